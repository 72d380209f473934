import {
  PROTOCOL_VERSION,
  agentHandshakeSchema,
  customerHandshakeSchema,
  formatProblems,
  problemsOf,
  type HandshakeError,
  type HandshakeErrorCode,
} from '@baton/protocol';
import type { RelayContext } from '../context.js';
import type { AgentSocket, CustomerSocket } from '../types.js';
import { verifyAgentToken } from './agent-token.js';
import { verifyCustomerIdentity } from './identity.js';
import { originAllowed } from './origin.js';

type Next = (error?: Error) => void;

/** A refused connection: socket.io hands `data` to the client's `connect_error`. */
export class HandshakeRefusal extends Error {
  readonly data: HandshakeError;
  constructor(code: HandshakeErrorCode, message: string, expected?: number) {
    super(message);
    this.name = 'HandshakeRefusal';
    this.data = { code, message, ...(expected === undefined ? {} : { expected }) };
  }
}

/** Checked before anything else so an old widget learns it is old, not that its payload is odd. */
function versionRefusal(auth: unknown): HandshakeRefusal | null {
  const version = (auth as { protocolVersion?: unknown } | null)?.protocolVersion;
  if (typeof version === 'number' && version !== PROTOCOL_VERSION) {
    return new HandshakeRefusal(
      'unsupported_version',
      `this relay speaks Baton protocol ${PROTOCOL_VERSION}, the client speaks ${version}; update the ${version < PROTOCOL_VERSION ? 'client' : 'relay'}`,
      PROTOCOL_VERSION,
    );
  }
  return null;
}

/** `/customer`: protocol version, site key, the site's origin allowlist, optional verified identity. */
export function customerHandshake(ctx: RelayContext) {
  return (socket: CustomerSocket, next: Next) => {
    const refuse = (refusal: HandshakeRefusal) => {
      ctx.metrics.handshakeRejections.inc({ namespace: 'customer', code: refusal.data.code });
      next(refusal);
    };
    const versionError = versionRefusal(socket.handshake.auth);
    if (versionError) return refuse(versionError);
    const parsed = customerHandshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return refuse(new HandshakeRefusal('invalid_handshake', `invalid customer handshake:\n${formatProblems(problemsOf(parsed.error))}`));
    const auth = parsed.data;
    const site = ctx.sites.get(auth.siteKey);
    if (!site) return refuse(new HandshakeRefusal('unknown_site', `no site with key "${auth.siteKey}"`));
    const origin = socket.handshake.headers.origin;
    if (!originAllowed(origin, site.origins)) {
      return refuse(new HandshakeRefusal('origin_not_allowed', `origin ${origin} is not allowed for site "${site.key}"`));
    }
    let customerId: string | null = null;
    let tier: string | null = null;
    if (auth.identity) {
      const { customerId: id, signature, tier: claimedTier } = auth.identity;
      if (!site.identitySecret || !verifyCustomerIdentity(site.identitySecret, id, signature, claimedTier)) {
        const signed = claimedTier === undefined ? 'the customer id' : 'JSON.stringify([customerId, tier]) (a tier is signed with the id)';
        return refuse(new HandshakeRefusal('identity_invalid', `the identity signature does not match: sign ${signed} with the site identity secret (HMAC-SHA256, hex)`));
      }
      customerId = auth.identity.customerId;
      tier = auth.identity.tier ?? null;
    } else if (site.requireIdentity) {
      return refuse(new HandshakeRefusal('identity_required', `site "${site.key}" accepts verified customers only`));
    }
    socket.data = {
      kind: 'customer',
      siteKey: site.key,
      visitorId: auth.visitorId,
      customerId,
      tier,
      ownerKey: customerId !== null ? `c:${customerId}` : `v:${auth.visitorId}`,
    };
    next();
  };
}

const MAX_TOKEN_LENGTH = agentHandshakeSchema.shape.token.maxLength ?? Number.POSITIVE_INFINITY;

/** What is wrong with a token the handshake schema refused, in words that say what to fix. */
function tokenProblem(token: unknown): string {
  if (token === undefined || token === null || token === '') return 'an agent token is required: sign one with `baton token --name NAME`';
  if (typeof token !== 'string') return `the agent token must be a string (the signed JWT from \`baton token\`), not ${Array.isArray(token) ? 'an array' : typeof token}`;
  if (token.length > MAX_TOKEN_LENGTH) {
    return `the agent token is ${token.length.toLocaleString('en')} characters long, over the limit of ${MAX_TOKEN_LENGTH.toLocaleString('en')}; a token from \`baton token\` is far shorter`;
  }
  return 'the agent token is malformed: expected the signed JWT from `baton token`';
}

/** `/agent`: protocol version, the desk's origin, and a valid signed token. No token, no access. */
export function agentHandshake(ctx: RelayContext) {
  return (socket: AgentSocket, next: Next) => {
    const refuse = (refusal: HandshakeRefusal) => {
      ctx.metrics.handshakeRejections.inc({ namespace: 'agent', code: refusal.data.code });
      next(refusal);
    };
    const versionError = versionRefusal(socket.handshake.auth);
    if (versionError) return refuse(versionError);
    const origin = socket.handshake.headers.origin;
    if (!originAllowed(origin, ctx.config.agents.origins)) {
      return refuse(new HandshakeRefusal('origin_not_allowed', `origin ${origin} is not allowed for the agent desk`));
    }
    const parsed = agentHandshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      const tokenRefused = parsed.error.issues.some((issue) => issue.path[0] === 'token');
      return refuse(
        tokenRefused
          ? new HandshakeRefusal('unauthorized', tokenProblem((socket.handshake.auth as { token?: unknown } | null)?.token))
          : new HandshakeRefusal('invalid_handshake', `invalid agent handshake:\n${formatProblems(problemsOf(parsed.error))}`),
      );
    }
    verifyAgentToken(ctx.config.agents.secret, parsed.data.token, ctx.clock.now()).then(
      (verified) => {
        if (!verified.ok) return refuse(new HandshakeRefusal('unauthorized', verified.reason));
        socket.data = { kind: 'agent', agent: verified.agent, expiresAt: verified.expiresAt };
        next();
      },
      (error: unknown) => refuse(new HandshakeRefusal('unauthorized', `the agent token could not be checked: ${String(error)}`)),
    );
  };
}
