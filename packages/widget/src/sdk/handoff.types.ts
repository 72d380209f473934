// The contract between the headless SDK (`createHandoff`) and everything that renders it:
// <baton-handoff>, <baton-chat>, the demo's state gallery, and teams that build their own UI.
// Elements render purely from a `HandoffView`; they never reach into the machine or the socket.
import type { ConversationEmitted, Summarizer } from '@baton/core';
import type { ContactDetails, EscalationDecision, Policy, PolicyInput } from '@baton/protocol';
import type { CompiledPolicy } from '@baton/core';
import type { ManagerOptions, SocketOptions } from 'socket.io-client';

/**
 * Where the conversation is, as the customer sees it (the machine's top-level states), except that
 * a request the relay has not acknowledged yet shows as `escalating`, never `queued`.
 */
export type HandoffPhase = 'bot' | 'reviewing' | 'escalating' | 'queued' | 'connected' | 'reconnecting' | 'offline' | 'ended';

/**
 * Why nobody can take over right now. `unreachable`: the relay did not answer (the request goes out by
 * itself once it does); `refused`: it answered with an error, so nothing is asked for again by itself.
 * `refused` with `connection: 'unreachable'`: the relay refused the connection itself (unknown site key,
 * invalid identity, protocol version), for the rest of the page's life: no message can be left either.
 */
export type OfflineReason = 'no_agent' | 'out_of_hours' | 'unreachable' | 'refused';

/** The link to the relay. `unreachable`: never connected, or gave up retrying. */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'unreachable';

/** One line of the human part of the conversation (what the customer and agent said during a handoff). */
export interface ChatLine {
  /** Stable id: client-generated for the customer's lines, the relay's for the agent's. */
  id: string;
  role: 'customer' | 'agent' | 'system';
  text: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** The agent's display name on agent lines. */
  agentName?: string;
  /** Customer lines: `sending` until the relay acknowledged, `failed` if it refused (with a retry). */
  delivery?: 'sending' | 'sent' | 'failed';
}

/** The held AI reply in a review handoff, and what the reviewer decided. */
export interface ReviewView {
  /** `pending`: a teammate is checking; the others are the reviewer's decision. */
  state: 'pending' | 'released' | 'redacted' | 'blocked';
  /** The text the customer may now see (`released`, `redacted`), else null. */
  text: string | null;
}

/** Everything a customer-facing UI needs to render one conversation's handoff. Plain data, serializable. */
export interface HandoffView {
  phase: HandoffPhase;
  connection: ConnectionState;
  /** Why the handoff started (null in `bot` with no handoff). */
  decision: Pick<EscalationDecision, 'trigger' | 'rule' | 'severity' | 'transfer' | 'kind' | 'reason'> | null;
  /** Warm: the summary and redacted transcript were shared; cold: queue only. */
  transfer: 'warm' | 'cold' | null;
  /** While queued (or in review): 1 = next in line; null when the relay has not said yet. */
  queue: { position: number | null; estimatedWaitMs: number | null } | null;
  /** The person who has the conversation. */
  agent: { name: string } | null;
  agentTyping: boolean;
  review: ReviewView | null;
  /** Set in `offline`; `leftMessages` counts messages the relay acknowledged. */
  offline: { reason: OfflineReason; leftMessages: number } | null;
  /** "Talk to a person" pressed while offline or reconnecting: it goes out when the relay is back. */
  humanRequestPending: boolean;
  /**
   * In `reconnecting`: the link has been down for `HANDOFF_GRACE_MS` or more (or the SDK gave up).
   * The customer keeps their place; a UI offers the host's other contact routes and the way back to
   * the bot meanwhile, so a relay that stays away is never a dead end.
   */
  stalled: boolean;
  /** The human conversation, oldest first: the lines of every handoff of this conversation, not only the current one. */
  lines: ChatLine[];
}

/** What the host feeds in: the customer's words and the bot's replies, from its own chat UI or bot. */
export interface ObservedMessage {
  role: 'customer' | 'bot';
  text: string;
  /** Bot replies: the AI's confidence in this reply, 0..1. */
  confidence?: number;
  /** Bot replies: the intent the AI recognised (loops are counted per intent). */
  intent?: string;
}

/** A verified customer identity: `signature` is HMAC-SHA256(customerId) with the site's identity secret, made by the host's backend. */
export interface CustomerIdentity {
  customerId: string;
  signature: string;
  tier?: string;
}

export interface HandoffOptions {
  /** The relay's base URL, e.g. `http://localhost:8787`. */
  relay: string;
  siteKey: string;
  /** A policy document (validated), an already compiled policy, or left out for `defaultPolicy`. */
  policy?: PolicyInput | Policy | CompiledPolicy;
  identity?: CustomerIdentity;
  /** The host's own summarizer for warm transfers; the built-in one is used if it fails or is slow. */
  summarize?: Summarizer;
  /** Where the conversation id, last sequence and lines survive a reload. Default `sessionStorage`; null keeps nothing. */
  storage?: Storage | null;
  /** Injected clock (ms since the epoch). */
  now?: () => number;
  /** Injected id maker for client-generated ids (visitor, conversation, handoff, message ids): 1-128 of `A-Z a-z 0-9 _ - . :`. */
  createId?: () => string;
  /** The storage key; default `baton.handoff.<siteKey>`. Two conversations on one page need two keys. */
  storageKey?: string;
  /**
   * Extra socket.io-client options, merged over the SDK's own: `extraHeaders` (an `Origin` outside
   * browsers), `transports`, or shorter `reconnectionDelay` in tests. The SDK keeps `auth` and `autoConnect`.
   */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

/** Announcements for the host, from the machine (`ConversationEmitted`) and the transport. */
export type HandoffEvent =
  | ConversationEmitted
  | { type: 'phase.changed'; phase: HandoffPhase; previous: HandoffPhase }
  | { type: 'connection.changed'; connection: ConnectionState }
  | { type: 'error'; code: string; message: string };

export type HandoffEventType = HandoffEvent['type'];

/** The headless SDK: one per conversation on the page. */
export interface Handoff {
  readonly conversationId: string;
  /** The current view; the same object until something changes. */
  getView(): HandoffView;
  /** Called with each new view; returns the unsubscribe. */
  subscribe(listener: (view: HandoffView) => void): () => void;
  /** Typed announcements (pause/resume the bot, escalated, reply released or blocked, …); returns the unsubscribe. */
  on<Type extends HandoffEventType>(type: Type, handler: (event: Extract<HandoffEvent, { type: Type }>) => void): () => void;
  /**
   * Feed a customer message or a bot reply from the host's chat; every one is evaluated by the policy.
   * Resolves once the policy has read it, with the phase it left the conversation in: a message in
   * a language whose pack is not loaded yet waits for it (at most 3 s), so a host that asks its bot
   * only when this resolves with `bot` never asks it about a message that hands over. Never rejects.
   */
  observe(message: ObservedMessage): Promise<HandoffPhase>;
  /** "Talk to a person": always honoured, in every phase, also when the relay is unreachable. */
  requestHuman(): void;
  /** The customer writes to the human side (queued, reviewing, connected); in `bot` it is the same as observing a customer message. */
  send(text: string): void;
  /** Re-send a customer line whose delivery failed. */
  retry(lineId: string): void;
  setTyping(typing: boolean): void;
  /** Cancel the handoff and go back to the bot. */
  cancel(): void;
  /**
   * Offline: leave a message (and how to reach the customer) for follow-up. Resolves once the relay has it;
   * rejects at once if the relay refused the connection (nothing can reach it).
   */
  leaveMessage(text: string, contact?: ContactDetails): Promise<void>;
  /** After `ended` or `offline`: back to the bot. */
  restart(): void;
  /** Closes the socket, stops the machine and timers, drops listeners. Idempotent. */
  dispose(): void;
}
