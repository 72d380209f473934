import * as z from 'zod';
import { idSchema, teamNameSchema } from './common.schema.js';

/**
 * Why the relay refused a connection; sent as `connect_error` with `err.data = { code, message }`.
 * - `unsupported_version`: the client speaks another protocol version (`expected` says which the relay speaks).
 * - `invalid_handshake`: the handshake `auth` object failed validation.
 * - `unknown_site`: no site with that key.
 * - `origin_not_allowed`: the page's origin is not in the site's allowlist.
 * - `identity_invalid`: a verified identity whose signature does not match.
 * - `identity_required`: the site accepts verified customers only.
 * - `unauthorized`: missing, malformed, expired or wrongly signed agent token.
 */
export const HANDSHAKE_ERROR_CODES = [
  'unsupported_version',
  'invalid_handshake',
  'unknown_site',
  'origin_not_allowed',
  'identity_invalid',
  'identity_required',
  'unauthorized',
] as const;
export type HandshakeErrorCode = (typeof HANDSHAKE_ERROR_CODES)[number];

export const handshakeErrorSchema = z.object({
  code: z.enum(HANDSHAKE_ERROR_CODES),
  message: z.string(),
  /** With `unsupported_version`: the protocol version the relay speaks. */
  expected: z.number().int().optional(),
});
export type HandshakeError = z.infer<typeof handshakeErrorSchema>;

const protocolVersionSchema = z
  .number({ error: 'expected protocolVersion, the wire protocol number the client speaks' })
  .int({ error: 'expected a whole protocol version number' });

/**
 * A customer's proof of who they are: `signature` is the lowercase hex HMAC-SHA256 of `customerId`
 * (with a `tier`: of `JSON.stringify([customerId, tier])`, so the tier is signed too) with the site's
 * identity secret, computed by the host's backend (never in the browser).
 */
export const customerIdentitySchema = z.object({
  customerId: z.string({ error: 'expected the customer id as a string' }).min(1, { error: 'expected a customer id' }).max(200, { error: 'expected at most 200 characters' }),
  signature: z.string({ error: 'expected the hex HMAC-SHA256 signature' }).regex(/^[0-9a-f]{64}$/i, { error: 'expected 64 hex characters (HMAC-SHA256)' }),
  /** A routing hint such as `vip`; covered by the signature. */
  tier: teamNameSchema.optional(),
});
export type CustomerIdentity = z.infer<typeof customerIdentitySchema>;

/** socket.io `auth` for namespace `/customer`. */
export const customerHandshakeSchema = z.object({
  protocolVersion: protocolVersionSchema,
  siteKey: z.string({ error: 'expected the site key' }).min(1, { error: 'expected the site key' }).max(100),
  /** A random id the widget keeps per browser; anonymous visitors own their conversations through it. */
  visitorId: idSchema,
  identity: customerIdentitySchema.optional(),
});
export type CustomerHandshake = z.input<typeof customerHandshakeSchema>;

/** socket.io `auth` for namespace `/agent`. */
export const agentHandshakeSchema = z.object({
  protocolVersion: protocolVersionSchema,
  /** A signed agent token (JWT, HS256) from `baton token` or the host's own sign-in. */
  token: z.string({ error: 'expected the agent token' }).min(1, { error: 'expected the agent token' }).max(8_192),
});
export type AgentHandshake = z.input<typeof agentHandshakeSchema>;

export const AGENT_ROLES = ['agent', 'supervisor'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** Who an agent is, as their token says and the desk shows. */
export const agentIdentitySchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  role: z.enum(AGENT_ROLES),
  teams: z.array(teamNameSchema).max(50),
});
export type AgentIdentity = z.infer<typeof agentIdentitySchema>;

/** The claims an agent token carries besides the standard `iss`, `aud`, `iat`, `exp`. */
export const agentClaimsSchema = z.object({
  sub: idSchema,
  name: z.string({ error: 'expected the agent name' }).min(1).max(100),
  role: z.enum(AGENT_ROLES, { error: 'expected role agent or supervisor' }),
  teams: z.array(teamNameSchema).max(50).default([]),
});
export type AgentClaims = z.infer<typeof agentClaimsSchema>;
