import type { RedactedMessage } from '@baton/protocol';
// The zod-free entry: the limits without the schemas, which stay off the SDK's default path.
import { MAX_MESSAGE_CHARS, MAX_PAYLOAD_BYTES } from '@baton/protocol/vocabulary';
import type { OutboxEntry } from './relay.transport.js';

/**
 * Room for what socket.io wraps around a payload: `42/customer,<ack id>["handoff:request",…]` is
 * under 64 bytes, and long-polling adds 2 per packet. 4 KB (6% of the limit, a few transcript lines
 * at most) leaves a wide margin for that envelope to grow (a longer namespace or event name).
 */
const FRAMING_HEADROOM = 4 * 1024;
/** The most a command payload may take, as the UTF-8 length of its JSON. */
// (A bigger packet than MAX_PAYLOAD_BYTES closes the socket with no ack, and the outbox would send it again forever.)
export const PAYLOAD_BUDGET = MAX_PAYLOAD_BYTES - FRAMING_HEADROOM;

/** handoffRequestSchema's limits: transcript lines per request, characters per redacted line. */
const MAX_TRANSCRIPT_LINES = 200;
const MAX_LINE_CHARS = 20_000;
/** Once a transcript has to shrink, a line longer than this (a pasted document) keeps its start. */
const LONG_LINE_CHARS = 2_000;

type Payload<Name extends OutboxEntry['event']> = Extract<OutboxEntry, { event: Name }>['payload'];
type HandoffRequest = Payload<'handoff:request'>;

/**
 * The command with a payload the relay takes: the same entry when it already is (the common case
 * costs one measurement), otherwise one whose texts are shortened (ending with "…") to what the
 * relay's schemas allow (a customer's message: `MAX_MESSAGE_CHARS`) and to one relay packet, and,
 * for a handoff request, whose oldest transcript lines give way to the newest.
 */
export function fitPayload(entry: OutboxEntry, budget = PAYLOAD_BUDGET): OutboxEntry {
  switch (entry.event) {
    case 'handoff:request':
      return withPayload(entry, fitHandoffRequest(entry.payload, budget));
    case 'context:append':
      return withPayload(entry, fitWithin(clipMessages(entry.payload, MAX_MESSAGE_CHARS), clipMessages, budget));
    case 'customer:message':
    case 'offline:message':
      return withPayload(entry, fitWithin(clipTextField(entry.payload, MAX_MESSAGE_CHARS), clipTextField, budget));
    case 'handoff:cancel':
      // Two ids and a reason of at most 500 characters.
      return entry;
  }
}

/**
 * A handoff request that fits the budget and still passes `handoffRequestSchema`: at most 200
 * transcript lines of at most 20,000 characters, the newest kept in order, a `system` line saying
 * how many earlier ones were left out. If the summary, the held reply or the decision alone would
 * leave the transcript less than a quarter of the budget, their longest strings are shortened.
 */
export function fitHandoffRequest(request: HandoffRequest, budget = PAYLOAD_BUDGET): HandoffRequest {
  const transcript = request.transcript ?? [];
  const bytes = jsonBytes(request);
  const heldReply = request.heldReply ?? null;
  const withinSchema = transcript.length <= MAX_TRANSCRIPT_LINES && transcript.every((line) => line.text.length <= MAX_LINE_CHARS) && (heldReply?.text.length ?? 0) <= MAX_LINE_CHARS;
  if (bytes <= budget && withinSchema) return request;

  let rest: HandoffRequest = { ...request, transcript: [], heldReply: heldReply && clipLine(heldReply, MAX_LINE_CHARS) };
  const restBudget = transcript.length > 0 ? budget - Math.floor(budget / 4) : budget;
  if (jsonBytes(rest) > restBudget) rest = shortenToFit(rest, clipBriefing, restBudget);
  const lineChars = bytes > budget ? LONG_LINE_CHARS : MAX_LINE_CHARS;
  return { ...rest, transcript: newestLines(transcript, budget - jsonBytes(rest), lineChars) };
}

/** The newest lines that fit in `room` bytes (array brackets already counted), oldest first. */
function newestLines(transcript: readonly RedactedMessage[], room: number, lineChars: number): RedactedMessage[] {
  // Room for the note, written with the largest count it could carry.
  const roomForLines = room - jsonBytes(omissionNote(transcript.length)) - 1;
  const most = transcript.length > MAX_TRANSCRIPT_LINES ? MAX_TRANSCRIPT_LINES - 1 : transcript.length;
  const kept: RedactedMessage[] = [];
  let used = 0;
  for (let i = transcript.length - 1; i >= 0 && kept.length < most; i--) {
    const line = clipLine(transcript[i]!, lineChars);
    const size = jsonBytes(line) + 1; // and its comma
    if (used + size > roomForLines) break;
    used += size;
    kept.push(line);
  }
  kept.reverse();
  const omitted = transcript.length - kept.length;
  return omitted === 0 ? kept : [omissionNote(omitted), ...kept];
}

function omissionNote(omitted: number): RedactedMessage {
  const earlier = omitted === 1 ? '1 earlier message was' : `${omitted} earlier messages were`;
  return { role: 'system', text: `${earlier} left out: the conversation was too long to send whole.` };
}

/** The payload when it fits, else its texts shortened just enough. */
function fitWithin<T>(payload: T, clipAll: (payload: T, chars: number) => T, budget: number): T {
  return jsonBytes(payload) <= budget ? payload : shortenToFit(payload, clipAll, budget);
}

/**
 * The value with its free text clipped to the largest length at which it fits (by bisection), so
 * the longest strings shrink first and short ones stay whole. At worst every text is "…".
 */
function shortenToFit<T>(value: T, clipAll: (value: T, chars: number) => T, budget: number): T {
  let best = clipAll(value, 1);
  // No string is longer than the JSON that holds it.
  let low = 2;
  let high = jsonBytes(value);
  while (low <= high) {
    const chars = (low + high) >>> 1;
    const candidate = clipAll(value, chars);
    if (jsonBytes(candidate) <= budget) {
      best = candidate;
      low = chars + 1;
    } else {
      high = chars - 1;
    }
  }
  return best;
}

/** The free text of a request's summary, held reply and decision; ids, enums and dates are left alone. */
function clipBriefing(request: HandoffRequest, chars: number): HandoffRequest {
  const clip = (text: string) => clipText(text, chars);
  const { decision, summary, heldReply } = request;
  return {
    ...request,
    decision: { ...decision, reason: clip(decision.reason), evidence: decision.evidence.map(clip) },
    summary: summary && {
      ...summary,
      want: clip(summary.want),
      aiAttempts: summary.aiAttempts.map((attempt) => ({ ...attempt, text: clip(attempt.text) })),
      intents: summary.intents.map(clip),
      topics: summary.topics.map(clip),
      entities: summary.entities.map((entity) => ({ ...entity, value: clip(entity.value) })),
      contacts: summary.contacts.map((contact) => ({ ...contact, topic: clip(contact.topic) })),
    },
    heldReply: heldReply && clipLine(heldReply, chars),
  };
}

function clipMessages(payload: Payload<'context:append'>, chars: number): Payload<'context:append'> {
  if (payload.messages.every((message) => message.text.length <= chars)) return payload;
  return { ...payload, messages: payload.messages.map((message) => clipLine(message, chars)) };
}

function clipTextField<T extends { text: string }>(payload: T, chars: number): T {
  return payload.text.length <= chars ? payload : { ...payload, text: clipText(payload.text, chars) };
}

function clipLine(line: RedactedMessage, chars: number): RedactedMessage {
  return line.text.length <= chars ? line : { ...line, text: clipText(line.text, chars) };
}

/** At most `chars` UTF-16 units (what zod's `max` counts), ending with "…" when shortened. */
export function clipText(text: string, chars: number): string {
  if (text.length <= chars) return text;
  let end = chars - 1;
  // Never keep half of a surrogate pair (an emoji, say).
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function withPayload<Entry extends OutboxEntry>(entry: Entry, payload: Entry['payload']): Entry {
  return payload === entry.payload ? entry : { ...entry, payload };
}

/** The UTF-8 length of the value's JSON, as socket.io sends it. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const unit = json.charCodeAt(i);
    // JSON.stringify escapes lone surrogates, so each surrogate here is half of a 4-byte pair.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
