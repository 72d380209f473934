import { describe, expect, it } from 'vitest';
import { ThreadStore } from '../src/detail/thread.store.js';

const at = '2026-03-02T09:00:00.000Z';

describe('ThreadStore', () => {
  it('merges the handoff transcript, history and live events in order without duplicates', () => {
    const thread = new ThreadStore();
    thread.seedTranscript({ transcript: [{ role: 'customer', text: 'hello' }, { role: 'bot', text: 'hi, how can I help?' }] });
    thread.addCustomerMessage('m1', 5, 'is anyone there?', at);
    thread.addHistory(
      [
        { type: 'context', seq: 3, at, id: 'ctx1', escalationId: 'e1', messages: [{ role: 'customer', text: 'the blue one' }] },
        { type: 'message', seq: 5, at, id: 'm1', from: 'customer', text: 'is anyone there?', agent: null, escalationId: 'e1' },
        { type: 'handoff', seq: 1, at, escalationId: 'e0', decision: { trigger: 'loop', rule: null, severity: 'low', transfer: 'warm', kind: 'takeover', reason: 'loop', evidence: [], messageIndex: 0 } },
      ],
      'e1',
    );
    thread.seedTranscript({ transcript: [{ role: 'customer', text: 'hello' }, { role: 'bot', text: 'hi, how can I help?' }] });
    expect(thread.lines().map((line) => (line.kind === 'message' ? line.text : line.kind))).toEqual(['hello', 'hi, how can I help?', 'the blue one', 'is anyone there?']);
    expect(thread.previousEscalations().map((p) => p.escalationId)).toEqual(['e0']);
    expect(thread.lastSeq).toBe(5);
  });

  it('tracks delivery of the agent’s own messages: sending, delivered, failed, retried', () => {
    const thread = new ThreadStore();
    thread.addOutgoing('a1', 'on it', 'Ada', at);
    expect(thread.line('m:a1')).toMatchObject({ delivery: 'sending' });
    thread.failed('a1');
    expect(thread.line('m:a1')).toMatchObject({ delivery: 'failed' });
    thread.retrying('a1');
    thread.delivered('a1', 9);
    expect(thread.line('m:a1')).toMatchObject({ delivery: 'sent', order: 9 });
    thread.addHistory([{ type: 'message', seq: 9, at, id: 'a1', from: 'agent', text: 'on it', agent: { id: 'ada', name: 'Ada' }, escalationId: 'e1' }], 'e1');
    expect(thread.lines()).toHaveLength(1);
  });

  it('drops a refused message of the agent’s own, never a delivered one', () => {
    const thread = new ThreadStore();
    thread.addOutgoing('a1', 'on it', 'Ada', at);
    thread.addOutgoing('a2', 'refused', 'Ada', at);
    thread.delivered('a1', 4);
    thread.discard('a1');
    thread.discard('a2');
    expect(thread.lines().map((line) => (line.kind === 'message' ? line.text : line.kind))).toEqual(['on it']);
  });
});
