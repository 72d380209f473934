import type { ConversationContext } from '@baton/core';
import type { ChatLine, ReviewView } from './handoff.types.js';
import type { MachineValue } from './handoff.view.js';
import type { OutboxEntry } from './relay.transport.js';

/**
 * The machine context minus what cannot be written down (the compiled policy holds regexes, the
 * clock and id maker are functions); those are supplied again when the machine is rebuilt.
 */
export type StoredContext = Omit<ConversationContext, 'policy' | 'now' | 'createId' | 'summarize'>;

/** What survives a reload: enough to resume the same handoff without asking the relay for a new one. */
export interface StoredHandoff {
  version: 1;
  visitorId: string;
  conversationId: string;
  /** The conversation exists on the relay: reopen it (with `since`) on every connect. */
  opened: boolean;
  /** The highest sequence number received; a reconnect replays everything after it. */
  lastSeq: number;
  /** The relay's id of the current handoff (usually the machine's handoff id). */
  escalationId: string | null;
  /** The handoff the relay answered `offline` for: the first message left is attached to it. */
  offlineEscalationId: string | null;
  machine: { value: MachineValue; context: StoredContext };
  lines: ChatLine[];
  review: ReviewView | null;
  leftMessages: number;
  /** "Talk to a person" pressed (or a handoff wanted) while nobody could be reached. */
  humanRequestPending?: boolean;
  /** The relay refused the request for a person (the view's offline reason is `refused`). */
  requestRefused?: boolean;
  /** Commands not yet acknowledged: sent again, with the same ids, once the relay is reachable. */
  outbox: OutboxEntry[];
}

export function readStored(storage: Storage | null, key: string): StoredHandoff | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredHandoff>;
    const usable =
      parsed.version === 1 &&
      typeof parsed.visitorId === 'string' &&
      typeof parsed.conversationId === 'string' &&
      typeof parsed.lastSeq === 'number' &&
      parsed.machine !== undefined &&
      Array.isArray(parsed.lines) &&
      Array.isArray(parsed.outbox);
    return usable ? (parsed as StoredHandoff) : null;
  } catch {
    return null;
  }
}

export function writeStored(storage: Storage | null, key: string, stored: StoredHandoff): void {
  if (!storage) return;
  try {
    storage.setItem(key, JSON.stringify(stored));
  } catch {
    // Quota exceeded or storage disabled: the conversation goes on, it just won't survive a reload.
  }
}
