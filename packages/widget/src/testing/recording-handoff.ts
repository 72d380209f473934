// A `Handoff` for element tests that must check what the element asks of the SDK (which method, with
// what) without a relay: it records every call, and the test drives its view and announcements.
import type { Handoff, HandoffEvent, HandoffEventType, HandoffPhase, HandoffView, ObservedMessage } from '../sdk/handoff.types.js';

export class RecordingHandoff implements Handoff {
  /** Lets every observed bot reply through, as the policy does for a confident reply in the `bot` phase. */
  static releasingBotReplies(view: HandoffView): RecordingHandoff {
    const handoff = new RecordingHandoff(view);
    handoff.onObserve = (message) => {
      if (message.role === 'bot') handoff.announce({ type: 'bot.reply.released', text: message.text, edited: false });
    };
    return handoff;
  }

  readonly conversationId = 'conv_test';
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  #view: HandoffView;
  #listeners = new Set<(view: HandoffView) => void>();
  #handlers = new Map<string, Set<(event: never) => void>>();
  disposed = false;
  /** Stands in for the policy where a test needs it (e.g. releasing every bot reply, as the machine does). */
  onObserve: ((message: ObservedMessage) => void) | null = null;

  constructor(view: HandoffView) {
    this.#view = view;
  }

  /** How many listeners and handlers are still attached (0 after the element let go). */
  get subscriberCount(): number {
    let count = this.#listeners.size;
    for (const set of this.#handlers.values()) count += set.size;
    return count;
  }

  called(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  setView(view: HandoffView): void {
    this.#view = view;
    for (const listener of this.#listeners) listener(view);
  }

  announce(event: HandoffEvent): void {
    for (const handler of this.#handlers.get(event.type) ?? []) (handler as (event: HandoffEvent) => void)(event);
  }

  getView(): HandoffView {
    return this.#view;
  }

  subscribe(listener: (view: HandoffView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  on<Type extends HandoffEventType>(type: Type, handler: (event: Extract<HandoffEvent, { type: Type }>) => void): () => void {
    const set = this.#handlers.get(type) ?? new Set();
    set.add(handler as (event: never) => void);
    this.#handlers.set(type, set);
    return () => set.delete(handler as (event: never) => void);
  }

  #record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  /** Reads at once, as the policy does for a message in a loaded language. */
  async observe(message: ObservedMessage): Promise<HandoffPhase> {
    this.#record('observe', message);
    this.onObserve?.(message);
    return this.#view.phase;
  }
  requestHuman(): void {
    this.#record('requestHuman');
  }
  send(text: string): void {
    this.#record('send', text);
  }
  retry(lineId: string): void {
    this.#record('retry', lineId);
  }
  setTyping(typing: boolean): void {
    this.#record('setTyping', typing);
  }
  cancel(): void {
    this.#record('cancel');
  }
  async leaveMessage(text: string, contact?: object): Promise<void> {
    this.#record('leaveMessage', text, contact);
  }
  restart(): void {
    this.#record('restart');
  }
  dispose(): void {
    this.disposed = true;
    this.#record('dispose');
  }
}
