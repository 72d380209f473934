import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_CHARS,
  MAX_PAYLOAD_BYTES,
  contextAppendSchema,
  customerMessageSchema,
  handoffRequestSchema,
  offlineMessageSchema,
  type ContextSummary,
  type RedactedMessage,
} from '@baton/protocol';
import { PAYLOAD_BUDGET, fitHandoffRequest, fitPayload } from '../src/sdk/fit-payload.js';
import type { OutboxEntry } from '../src/sdk/relay.transport.js';
import { decision as escalationDecision } from '../../../test/fixtures/escalation.js';

type HandoffRequest = Parameters<typeof fitHandoffRequest>[0];

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const decision = escalationDecision({ evidence: ['talk to a human'], messageIndex: 0 });

const summary: ContextSummary = {
  want: 'A replacement for a parcel that never arrived',
  language: 'en',
  aiAttempts: [{ text: 'Let me check the tracking for you.', confidence: 0.4, intent: 'tracking' }],
  intents: ['tracking'],
  topics: [],
  sentiment: { trajectory: [0, -0.2], trend: 'worsening', distress: [] },
  entities: [{ kind: 'order', value: 'A-1042' }],
  contacts: [],
  redactions: 0,
};

/** `count` lines alternating customer and bot, each `chars` long and numbered so their order shows. */
function conversation(count: number, chars: number, filler = 'x'): RedactedMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const head = `#${i} `;
    return { role: i % 2 === 0 ? 'customer' : 'bot', text: head + filler.repeat(Math.ceil((chars - head.length) / filler.length)).slice(0, chars - head.length) };
  });
}

function request(transcript: RedactedMessage[], overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return { id: 'h-1', conversationId: 'c-1', decision: { ...decision, messageIndex: Math.max(0, transcript.length - 1) }, summary, transcript, heldReply: null, team: null, ...overrides };
}

/** Checks what every fitted request must be, and returns it as the relay would read it. */
function sendable(fitted: HandoffRequest) {
  expect(bytesOf(fitted)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  expect(JSON.stringify(fitted)).not.toMatch(LONE_SURROGATE);
  const parsed = handoffRequestSchema.safeParse(fitted);
  expect(parsed.error).toBeUndefined();
  return parsed.data!;
}

/** The kept lines, without the note, must be the original's newest ones, in order (texts may end in "…"). */
function expectNewestInOrder(fitted: RedactedMessage[], original: RedactedMessage[]) {
  const tail = original.slice(original.length - fitted.length);
  fitted.forEach((line, i) => {
    expect(line.role).toBe(tail[i]!.role);
    expect(line.text.endsWith('…') ? tail[i]!.text.startsWith(line.text.slice(0, -1)) : line.text === tail[i]!.text, `line ${i}`).toBe(true);
  });
}

describe('fitPayload', () => {
  it('budgets the relay packet limit minus 4 KB for socket.io framing', () => {
    expect(PAYLOAD_BUDGET).toBe(MAX_PAYLOAD_BYTES - 4 * 1024);
  });

  it('returns the very same objects when a command already fits', () => {
    const small = request(conversation(6, 120));
    expect(fitHandoffRequest(small)).toBe(small);
    const entries: OutboxEntry[] = [
      { key: 'request:h-1', event: 'handoff:request', payload: small },
      { key: 'line:m-1', event: 'customer:message', payload: { id: 'm-1', conversationId: 'c-1', text: 'Where is my parcel?' } },
      { key: 'line:m-2', event: 'context:append', payload: { id: 'm-2', conversationId: 'c-1', messages: [{ role: 'customer', text: 'Still there?' }] } },
      { key: 'offline:o-1', event: 'offline:message', payload: { id: 'o-1', conversationId: 'c-1', text: 'Call me back', contact: { email: 'a@example.com' } } },
      { key: 'cancel:h-1', event: 'handoff:cancel', payload: { conversationId: 'c-1', escalationId: 'h-1' } },
    ];
    for (const entry of entries) expect(fitPayload(entry)).toBe(entry);
  });

  it('fits QA’s 90 × 800-character transcript (about 74.7 KB): newest lines in order, a system line for the rest', () => {
    const transcript = conversation(90, 800);
    const original = request(transcript);
    expect(bytesOf(original)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    const entry: OutboxEntry = { key: 'request:h-1', event: 'handoff:request', payload: original };

    const fitted = fitPayload(entry);
    expect(fitted).not.toBe(entry);
    expect(fitted).toMatchObject({ key: 'request:h-1', event: 'handoff:request' });
    const parsed = sendable(fitted.payload as HandoffRequest);
    const [note, ...kept] = parsed.transcript;
    expect(kept.length).toBeGreaterThan(60);
    expect(note).toEqual({ role: 'system', text: `${90 - kept.length} earlier messages were left out: the conversation was too long to send whole.` });
    expectNewestInOrder(kept, transcript);
    // 800 characters is not a long line: nothing is shortened, only the oldest lines give way.
    expect(kept.every((line, i) => line.text === transcript[90 - kept.length + i]!.text)).toBe(true);
    expect(kept.at(-1)!.text.startsWith('#89 ')).toBe(true);
    // The rest of the request is untouched, and the input is not mutated.
    expect(parsed).toMatchObject({ id: 'h-1', conversationId: 'c-1', decision: original.decision, summary, heldReply: null });
    expect(original.transcript).toHaveLength(90);
  });

  it('fits 200 × 20,000-character lines: long lines keep their start and end with "…"', () => {
    const transcript = conversation(200, 20_000);
    const parsed = sendable(fitHandoffRequest(request(transcript)));
    const [note, ...kept] = parsed.transcript;
    expect(note!.role).toBe('system');
    expect(note!.text).toMatch(new RegExp(`^${200 - kept.length} earlier messages were left out`));
    expect(kept.length).toBeGreaterThanOrEqual(20);
    for (const line of kept) expect(line.text).toHaveLength(2_000);
    expect(kept.every((line) => line.text.endsWith('…'))).toBe(true);
    expectNewestInOrder(kept, transcript);
    expect(kept.at(-1)!.text.startsWith('#199 ')).toBe(true);
  });

  it('keeps at most 200 lines (the schema’s limit) even when they are short', () => {
    const transcript = conversation(250, 40);
    expect(bytesOf(request(transcript))).toBeLessThan(PAYLOAD_BUDGET);
    const parsed = sendable(fitHandoffRequest(request(transcript)));
    expect(parsed.transcript).toHaveLength(200);
    expect(parsed.transcript[0]).toEqual({ role: 'system', text: '51 earlier messages were left out: the conversation was too long to send whole.' });
    expect(parsed.transcript.slice(1)).toEqual(transcript.slice(51));
  });

  it('says "1 earlier message was" when only one gives way, and the note counts as one of the 200 lines', () => {
    const transcript = conversation(10, 400);
    const fitted = fitHandoffRequest(request(transcript), bytesOf(request(transcript)) - 50);
    expect(fitted.transcript).toEqual([{ role: 'system', text: '1 earlier message was left out: the conversation was too long to send whole.' }, ...transcript.slice(1)]);
    expect(sendable(fitHandoffRequest(request(conversation(201, 40)))).transcript[0]!.text).toMatch(/^2 earlier messages were/);
  });

  it('measures UTF-8, not characters, and never splits an emoji', () => {
    const transcript = conversation(90, 800, 'é😀漢');
    const parsed = sendable(fitHandoffRequest(request(transcript)));
    expect(parsed.transcript.length).toBeLessThan(60);
    expectNewestInOrder(parsed.transcript.slice(1), transcript);
    const clipped = sendable(fitHandoffRequest(request(conversation(10, 20_000, 'a😀'))));
    expect(clipped.transcript.every((line) => line.text.length <= 2_000)).toBe(true);
  });

  it('shortens a huge held reply and still carries the newest lines', () => {
    const transcript = conversation(30, 800);
    const review = request(transcript, { decision: { ...decision, trigger: 'low_confidence', kind: 'review' }, heldReply: { role: 'bot', text: 'y'.repeat(150_000) } });
    const parsed = sendable(fitHandoffRequest(review));
    expect(parsed.heldReply!.role).toBe('bot');
    expect(parsed.heldReply!.text.endsWith('…')).toBe(true);
    expect(parsed.heldReply!.text.length).toBeGreaterThan(10_000);
    expect(parsed.transcript.length).toBeGreaterThan(10);
    expectNewestInOrder(parsed.transcript.slice(1), transcript);
  });

  it('clips a held reply over the schema’s 20,000 characters even when it fits in bytes', () => {
    const review = request([], { decision: { ...decision, kind: 'review' }, heldReply: { role: 'bot', text: 'y'.repeat(30_000) } });
    expect(bytesOf(review)).toBeLessThan(PAYLOAD_BUDGET);
    expect(sendable(fitHandoffRequest(review)).heldReply!.text).toHaveLength(20_000);
  });

  it('shortens the longest strings of an outsized summary (a host summarizer’s) and leaves the short ones whole', () => {
    const huge: ContextSummary = {
      ...summary,
      want: 'w'.repeat(1_000),
      aiAttempts: Array.from({ length: 20 }, (_, i) => ({ text: `${i}`.padEnd(2_000, '漢'), confidence: 0.3, intent: 'tracking' })),
      topics: ['delivery'],
    };
    const transcript = conversation(40, 800);
    const parsed = sendable(fitHandoffRequest(request(transcript, { summary: huge })));
    expect(parsed.summary!.topics).toEqual(['delivery']);
    expect(parsed.summary!.entities).toEqual(summary.entities);
    expect(parsed.summary!.aiAttempts.every((attempt) => attempt.text.endsWith('…'))).toBe(true);
    expect(bytesOf(parsed) - bytesOf(parsed.transcript)).toBeLessThanOrEqual(PAYLOAD_BUDGET * 0.75);
    expectNewestInOrder(parsed.transcript.slice(1), transcript);
  });

  it('fits a context append of 50 × 20,000 characters, every message kept and shortened alike', () => {
    const messages = conversation(50, 20_000);
    const entry: OutboxEntry = { key: 'line:m-1', event: 'context:append', payload: { id: 'm-1', conversationId: 'c-1', messages } };
    const fitted = fitPayload(entry).payload;
    expect(bytesOf(fitted)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    const parsed = contextAppendSchema.parse(fitted);
    expect(parsed.messages).toHaveLength(50);
    expectNewestInOrder(parsed.messages, messages);
    expect(new Set(parsed.messages.map((m) => m.text.length)).size).toBe(1);
  });

  it('shortens a customer or offline message to the relay’s MAX_MESSAGE_CHARS, ending with "…"', () => {
    for (const event of ['customer:message', 'offline:message'] as const) {
      const text = 'z'.repeat(MAX_MESSAGE_CHARS + 2_000);
      const fitted = fitPayload({ key: 'k', event, payload: { id: 'm-1', conversationId: 'c-1', text } } as OutboxEntry).payload as { text: string };
      expect(fitted.text).toHaveLength(MAX_MESSAGE_CHARS);
      expect(fitted.text.endsWith('…')).toBe(true);
      expect((event === 'customer:message' ? customerMessageSchema : offlineMessageSchema).safeParse(fitted).success, event).toBe(true);
    }
    const exact: OutboxEntry = { key: 'k', event: 'customer:message', payload: { id: 'm-1', conversationId: 'c-1', text: 'x'.repeat(MAX_MESSAGE_CHARS) } };
    expect(fitPayload(exact)).toBe(exact);
  });

  it('shortens a customer line appended during a review to MAX_MESSAGE_CHARS too', () => {
    const entry: OutboxEntry = { key: 'k', event: 'context:append', payload: { id: 'm-1', conversationId: 'c-1', messages: [{ role: 'customer', text: 'y'.repeat(15_000) }] } };
    const [line] = contextAppendSchema.parse(fitPayload(entry).payload).messages;
    expect(line!.text).toHaveLength(MAX_MESSAGE_CHARS);
  });

  it('shortens a message to what fits a smaller packet budget', () => {
    for (const event of ['customer:message', 'offline:message'] as const) {
      const fitted = fitPayload({ key: 'k', event, payload: { id: 'm-1', conversationId: 'c-1', text: 'z'.repeat(5_000) } } as OutboxEntry, 2_000).payload as { text: string };
      expect(bytesOf(fitted)).toBeLessThanOrEqual(2_000);
      expect(bytesOf(fitted)).toBeGreaterThan(2_000 - 16);
      expect(fitted.text.endsWith('…')).toBe(true);
    }
  });
});
