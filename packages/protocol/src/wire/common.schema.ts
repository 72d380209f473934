import * as z from 'zod';

// These live in the zod-free vocabulary so browser clients can use them without the schemas.
import { MAX_MESSAGE_CHARS } from '../vocabulary.js';
export { MAX_MESSAGE_CHARS, MAX_PAYLOAD_BYTES, PROTOCOL_VERSION } from '../vocabulary.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * A client-generated id (conversation, escalation, message, command): 1–128 characters of letters,
 * digits, `_`, `-`, `.` or `:`. Retrying a command with the same id never creates a second thing.
 */
export const idSchema = z
  .string({ error: 'expected an id string' })
  .regex(ID_PATTERN, { error: 'expected an id of 1-128 letters, digits, "_", "-", "." or ":" starting with a letter or digit' });

/** A per-conversation sequence number: increasing, not necessarily contiguous for one audience. */
export const seqSchema = z
  .number({ error: 'expected a sequence number' })
  .int({ error: 'expected a whole sequence number' })
  .min(0, { error: 'expected a sequence number of 0 or more' });

/** An instant on the wire: ISO-8601 in UTC, as the relay writes it. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'expected an ISO-8601 date-time' });

/** A chat message body: trimmed, not empty, at most MAX_MESSAGE_CHARS. */
export const messageTextSchema = z
  .string({ error: 'expected the message text as a string' })
  .trim()
  .min(1, { error: 'expected a non-empty message' })
  .max(MAX_MESSAGE_CHARS, { error: `expected at most ${MAX_MESSAGE_CHARS} characters` });

/** A team or agent name as routing rules and agent tokens spell it. */
export const teamNameSchema = z
  .string({ error: 'expected a team name' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, { error: 'expected a team name of letters, digits, "_", "-" or "." (at most 64)' });
