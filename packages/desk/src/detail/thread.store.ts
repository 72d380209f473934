import type { ConversationEvent, EscalationDecision, EscalationView, RedactedMessage } from '@baton/protocol';

export type Speaker = RedactedMessage['role'];
export type Delivery = 'sending' | 'sent' | 'failed';

/** One line of the transcript pane. */
export type ThreadLine =
  | {
      kind: 'message';
      key: string;
      order: number;
      speaker: Speaker;
      text: string;
      at: string | null;
      author: string | null;
      confidence: number | null;
      delivery: Delivery | null;
      id: string | null;
      /** A bot reply the customer never saw (the policy handed over instead). */
      withheld?: boolean;
    }
  | { kind: 'review_decision'; key: string; order: number; decision: string; text: string | null; at: string }
  | { kind: 'status'; key: string; order: number; status: string; at: string };

/** An earlier handoff of the same conversation, from its history. */
export interface PreviousEscalation {
  escalationId: string;
  at: string;
  decision: EscalationDecision;
}

// Lines without a sequence number sort around the durable ones: the handoff transcript before,
// messages still being sent after.
const TRANSCRIPT_BASE = -1_000_000;
const PENDING_BASE = Number.MAX_SAFE_INTEGER / 2;

/**
 * One conversation as the desk shows it: the handoff transcript, the durable history and the live
 * events, merged and de-duplicated (by message id, else by sequence number) so a retry or a
 * reconnect never shows a line twice.
 */
export class ThreadStore {
  #lines = new Map<string, ThreadLine>();
  #previous = new Map<string, PreviousEscalation>();
  #pending = 0;
  lastSeq = 0;
  loaded = false;

  seedTranscript(view: Pick<EscalationView, 'transcript'>): void {
    view.transcript.forEach((message, index) => this.#message(`t:${index}`, TRANSCRIPT_BASE + index, message, null));
  }

  addHistory(events: readonly ConversationEvent[], currentEscalationId: string): void {
    for (const event of events) {
      this.#seen(event.seq);
      switch (event.type) {
        case 'message':
          this.#put({ kind: 'message', key: `m:${event.id}`, order: event.seq, speaker: event.from, text: event.text, at: event.at, author: event.agent?.name ?? null, confidence: null, delivery: event.from === 'agent' ? 'sent' : null, id: event.id });
          break;
        case 'context':
          this.addContext(event.id, event.seq, event.messages);
          break;
        case 'offline_message':
          this.#put({ kind: 'message', key: `m:${event.id}`, order: event.seq, speaker: 'customer', text: event.text, at: event.at, author: null, confidence: null, delivery: null, id: event.id });
          break;
        case 'review_decision':
          this.#put({ kind: 'review_decision', key: `s:${event.seq}`, order: event.seq, decision: event.decision, text: event.text, at: event.at });
          break;
        case 'status':
          this.#put({ kind: 'status', key: `s:${event.seq}`, order: event.seq, status: event.status, at: event.at });
          break;
        case 'handoff':
          if (event.escalationId !== currentEscalationId) this.#previous.set(event.escalationId, { escalationId: event.escalationId, at: event.at, decision: event.decision });
          break;
      }
    }
    this.loaded = true;
  }

  addContext(id: string, seq: number, messages: readonly RedactedMessage[]): void {
    this.#seen(seq);
    messages.forEach((message, index) => this.#message(`c:${id}:${index}`, seq + index / 1_000, message, null));
  }

  addCustomerMessage(id: string, seq: number, text: string, at: string): void {
    this.#seen(seq);
    this.#put({ kind: 'message', key: `m:${id}`, order: seq, speaker: 'customer', text, at, author: null, confidence: null, delivery: null, id });
  }

  /** The agent's own message, shown at once as "sending". */
  addOutgoing(id: string, text: string, author: string, at: string): void {
    this.#put({ kind: 'message', key: `m:${id}`, order: PENDING_BASE + ++this.#pending, speaker: 'agent', text, at, author, confidence: null, delivery: 'sending', id });
  }

  delivered(id: string, seq: number): void {
    this.#seen(seq);
    this.#update(id, { delivery: 'sent', order: seq });
  }

  failed(id: string): void {
    this.#update(id, { delivery: 'failed' });
  }

  retrying(id: string): void {
    this.#update(id, { delivery: 'sending' });
  }

  /** An own message the relay refused: it never happened, so its line goes (the text returns to the draft). */
  discard(id: string): void {
    const line = this.#lines.get(`m:${id}`);
    if (line?.kind === 'message' && line.delivery !== 'sent') this.#lines.delete(line.key);
  }

  line(key: string): ThreadLine | undefined {
    return this.#lines.get(key);
  }

  lines(): ThreadLine[] {
    return [...this.#lines.values()].sort((a, b) => a.order - b.order);
  }

  previousEscalations(): PreviousEscalation[] {
    return [...this.#previous.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  }

  #message(key: string, order: number, message: RedactedMessage, id: string | null): void {
    if (this.#lines.has(key)) return;
    this.#put({
      kind: 'message',
      key,
      order,
      speaker: message.role,
      text: message.text,
      at: message.at ?? null,
      author: null,
      confidence: message.confidence ?? null,
      delivery: null,
      id,
      ...(message.withheld ? { withheld: true } : {}),
    });
  }

  #put(line: ThreadLine): void {
    const known = this.#lines.get(line.key);
    // An own message confirmed by the ack stays "sent" when the history repeats it.
    if (known?.kind === 'message' && line.kind === 'message' && known.delivery === 'sent') return;
    this.#lines.set(line.key, line);
  }

  #update(id: string, patch: Partial<Extract<ThreadLine, { kind: 'message' }>>): void {
    const line = this.#lines.get(`m:${id}`);
    if (line?.kind === 'message') this.#lines.set(line.key, { ...line, ...patch });
  }

  #seen(seq: number): void {
    if (seq > this.lastSeq) this.lastSeq = seq;
  }
}
