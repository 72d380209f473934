import { createHash } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { agentClaimsSchema, type AgentIdentity, type AgentRole } from '@baton/protocol';

/**
 * The longest lifetime an agent token may have. The relay keeps no list of tokens to revoke (short of
 * changing the secret, which signs everyone out), so a leaked token stays valid until it expires.
 */
export const MAX_AGENT_TOKEN_TTL_MS = 30 * 86_400_000;

/** How far ahead of the relay's clock a token's issue time may be: clocks drift, but not by minutes. */
const CLOCK_SKEW_MS = 60_000;

const ISSUER = 'baton';
const AUDIENCE = 'baton-agent';

export interface AgentTokenInput {
  /** Stable agent id; derived from the name when left out. */
  id?: string;
  name: string;
  role?: AgentRole;
  teams?: string[];
  /** Lifetime in milliseconds. */
  ttlMs: number;
  /** Issue time in epoch ms (injected clock); defaults to now. */
  now?: number;
}

/**
 * A stable id from a display name: `Ada Lovelace` → `ada-lovelace`, `Zoë Ünal` → `zoe-unal`. Letters
 * the slug cannot hold (李雷, Иван) add a short hash of the whole name, so two such names never share
 * an id: `李雷` → `agent-1c0d…`, `Ivan Петров` → `ivan-5b7e…`.
 */
export function agentIdFromName(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 52);
  const lossless = !/[^\s\p{P}\p{S}a-z0-9]/u.test(folded);
  if (lossless && slug) return slug;
  const hash = createHash('sha256').update(name.normalize('NFC'), 'utf8').digest('hex').slice(0, 10);
  return `${slug || 'agent'}-${hash}`;
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an agent token (HS256 JWT) carrying name, role and teams, for at most 30 days. */
export async function signAgentToken(secret: string, input: AgentTokenInput): Promise<string> {
  if (!(input.ttlMs >= 1_000 && input.ttlMs <= MAX_AGENT_TOKEN_TTL_MS)) {
    throw new RangeError(`an agent token lives from 1 s to 30 days; got ttlMs ${input.ttlMs}`);
  }
  const claims = agentClaimsSchema.parse({
    sub: input.id ?? agentIdFromName(input.name),
    name: input.name,
    role: input.role ?? 'agent',
    teams: input.teams ?? [],
  });
  const issuedAt = Math.floor((input.now ?? Date.now()) / 1000);
  return new SignJWT({ name: claims.name, role: claims.role, teams: claims.teams })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + Math.max(1, Math.floor(input.ttlMs / 1000)))
    .sign(key(secret));
}

export type VerifiedAgent = { ok: true; agent: AgentIdentity; expiresAt: number } | { ok: false; reason: string };

/**
 * Verifies signature, issuer, audience and expiry against `now`, then the lifetime (at most 30 days,
 * issued no later than now), then the claims' shape. The lifetime is checked here too because a
 * token may come from elsewhere than `signAgentToken`: another tool holding the secret, or a clock
 * set far ahead.
 */
export async function verifyAgentToken(secret: string, token: string, now: number): Promise<VerifiedAgent> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: new Date(now),
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    const issuedAt = payload.iat! * 1000;
    if (issuedAt > now + CLOCK_SKEW_MS) return { ok: false, reason: 'the agent token was issued in the future; check the clock where it was signed' };
    if (payload.exp! * 1000 - issuedAt > MAX_AGENT_TOKEN_TTL_MS) return { ok: false, reason: 'the agent token lives longer than 30 days; sign a new one' };
    const claims = agentClaimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'the agent token lacks a valid name, role or teams' };
    const { sub, name, role, teams } = claims.data;
    return { ok: true, agent: { id: sub, name, role, teams }, expiresAt: payload.exp! * 1000 };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'the agent token has expired; sign in again' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'the agent token signature does not match this relay' };
    if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: `the agent token is not valid here: ${error.message}` };
    return { ok: false, reason: 'the agent token is malformed' };
  }
}
