import * as z from 'zod';
import { problemsOf, type SchemaProblem } from '../errors.js';

/**
 * Why a command failed. Stable strings: clients branch on them, people read `message`.
 * - `invalid_payload`: the payload failed validation; `issues` names each path and problem.
 * - `rate_limited`: too many commands on this socket; retry after `retryAfterMs`.
 * - `not_found`: no such conversation or escalation for this caller (another customer's looks the same).
 * - `forbidden`: the caller may not do this (role, team, route).
 * - `already_claimed`: another agent won the claim.
 * - `not_owner`: the escalation is not assigned to the caller.
 * - `invalid_state`: the command does not apply in the current state (e.g. chatting on a resolved escalation).
 * - `invalid_action`: a resolution action that does not fit the escalation kind.
 * - `conflict`: the client-generated id is already used for something else.
 * - `unknown_event`: no command of that name.
 * - `missing_ack`: the command was sent without an acknowledgement callback; it was not run.
 * - `unauthorized`: the agent token expired during the session.
 * - `unavailable`: the relay is shutting down; retry against the next instance.
 * - `internal`: the relay failed; nothing was half-done, it is safe to retry with the same id.
 */
export const ERROR_CODES = [
  'invalid_payload',
  'rate_limited',
  'not_found',
  'forbidden',
  'already_claimed',
  'not_owner',
  'invalid_state',
  'invalid_action',
  'conflict',
  'unknown_event',
  'missing_ack',
  'unauthorized',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const schemaProblemSchema = z.object({ path: z.string(), message: z.string() });

export const commandErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** With `invalid_payload`: each problem, by path. */
  issues: z.array(schemaProblemSchema).optional(),
  /** With `rate_limited`: when a retry will be accepted. */
  retryAfterMs: z.number().int().min(0).optional(),
});
export type CommandError = z.infer<typeof commandErrorSchema>;

export const ackFailureSchema = z.object({ ok: z.literal(false), error: commandErrorSchema });
export type AckFailure = z.infer<typeof ackFailureSchema>;

/** What every command answers: its result with `ok: true`, or `ok: false` and an error. */
export type Ack<Result> = ({ ok: true } & Result) | AckFailure;

/** The zod schema of a command's ack, for clients and tests that check what the relay answered. */
export function ackSchemaOf<Result extends z.ZodObject>(result: Result) {
  return z.discriminatedUnion('ok', [result.extend({ ok: z.literal(true) }), ackFailureSchema]);
}

export function ackOk<Result extends object>(result: Result): { ok: true } & Result {
  return { ok: true, ...result };
}

export function ackError(code: ErrorCode, message: string, extra: Pick<CommandError, 'issues' | 'retryAfterMs'> = {}): AckFailure {
  return { ok: false, error: { code, message, ...extra } };
}

/** An `invalid_payload` failure whose message lists every problem as `path: problem`. */
export function invalidPayload(command: string, error: z.ZodError): AckFailure {
  const issues: SchemaProblem[] = problemsOf(error);
  const listed = issues
    .slice(0, 5)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return ackError('invalid_payload', `invalid ${command} payload: ${listed}${more}`, { issues });
}
