import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { conversationMachine, NO_HANDOFF, type CompiledPolicy, type ConversationEmitted, type ConversationEvent, type ConversationMachine } from '@baton/core';
import type { ContactDetails, CustomerEventPayload, EscalationDecision } from '@baton/protocol';
import type {
  ChatLine,
  ConnectionState,
  Handoff,
  HandoffEvent,
  HandoffEventType,
  HandoffOptions,
  HandoffPhase,
  HandoffView,
  ObservedMessage,
  ReviewView,
} from './handoff.types.js';
import { deriveView, initialHandoffView, phaseOf, sameView, type MachineValue } from './handoff.view.js';
import { readStored, writeStored, type StoredContext, type StoredHandoff } from './handoff.storage.js';
import { sessionStore } from '../session-storage.js';
import { clipText, fitPayload } from './fit-payload.js';
import { MAX_MESSAGE_CHARS } from '@baton/protocol/vocabulary';
import { randomId } from './ids.js';
import { createLanguageGate, pageLanguages } from './language-packs.js';
import { policySource } from './policy.loader.js';
import { RelayTransport, type AckOf, type OutboxEntry, type Settlement } from './relay.transport.js';

type ConversationActor = Actor<ConversationMachine>;
type ConversationSnapshot = SnapshotFrom<ConversationMachine>;

/** A typing signal goes out at most this often while the customer keeps typing. */
const TYPING_THROTTLE_MS = 2_000;
/** The customer stopped typing if no keystroke came for this long. */
const TYPING_IDLE_MS = 5_000;
/** An agent's typing indicator that was never switched off goes out after this long. */
const AGENT_TYPING_STALE_MS = 15_000;
/** Transient relay failures (`internal`, `unavailable`) are retried this many times with the same id. */
const MAX_TRANSIENT_RETRIES = 5;
/**
 * How long a request for a person may go without the relay's acknowledgement (the link down when it
 * was made, dropped meanwhile, or silent) before the customer is offered leave-a-message: `offline`
 * with `unreachable`. Nothing is given up: the request goes out by itself once the relay is back.
 * A request made after the link has already been down this long goes `offline` at once.
 */
export const HANDOFF_GRACE_MS = 8_000;

const TEAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Phases in which the host's bot is paused, for a page that reloads into one of them. */
const BOT_PAUSED: ReadonlySet<HandoffPhase> = new Set(['escalating', 'queued', 'connected', 'reconnecting']);
/** Phases whose handoff lives on the relay and needs a live link. */
const LINKED: ReadonlySet<HandoffPhase> = new Set(['queued', 'connected', 'reviewing']);
/** Phases (of the machine) in which an unacknowledged request leaves the customer waiting on the relay. */
const WAITING_FOR_RELAY: ReadonlySet<HandoffPhase> = new Set(['queued', 'reviewing', 'reconnecting']);

const OFFLINE_REASONS = { no_agent_online: 'no_agent', out_of_hours: 'out_of_hours' } as const;

type Listener = (event: HandoffEvent) => void;

/**
 * The headless SDK: one conversation's handoff, from the bot answering to a person owning the chat
 * and back. Wraps core's conversation machine and a socket.io link to the relay; renders nothing.
 */
export function createHandoff(options: HandoffOptions): Handoff {
  const now = options.now ?? Date.now;
  const createId = options.createId ?? (() => randomId('b'));
  const storage = options.storage === undefined ? sessionStore() : options.storage;
  const storageKey = options.storageKey ?? `baton.handoff.${options.siteKey}`;
  const stored = readStored(storage, storageKey);

  const visitorId = stored?.visitorId ?? createId();
  const conversationId = stored?.conversationId ?? createId();
  let opened = stored?.opened ?? false;
  let lastSeq = stored?.lastSeq ?? 0;
  let escalationId = stored?.escalationId ?? null;
  let offlineEscalationId = stored?.offlineEscalationId ?? null;
  let lines: ChatLine[] = stored?.lines ?? [];
  let review: ReviewView | null = stored?.review ?? null;
  let leftMessages = stored?.leftMessages ?? 0;
  /**
   * "Talk to a person" while nobody can be reached: asked for as soon as the relay is back. Kept
   * here rather than in the machine's own flag, which outlives the request it stood for and would
   * escalate again on a later reconnect.
   */
  let humanPending = stored?.humanRequestPending ?? false;
  /**
   * The relay answered the request for a person with a refusal (an invalid or out-of-turn request),
   * not silence: the view says `refused`, not `unreachable`, and nothing is asked for again by itself
   * (it would be refused again). Cleared once the conversation leaves `offline`.
   */
  let requestRefused = stored?.requestRefused ?? false;
  /**
   * Why the relay refused the connection itself (unknown site, bad identity, protocol version), or why
   * no relay can be addressed at all (see `misconfigured`), else null. Final: socket.io does not try again, so every request is refused at once, no message can be
   * left, and nothing is written down: a later page load (the site fixed) starts from what was last true.
   */
  let linkRefused: string | null = null;
  /**
   * The handoff whose request the relay has not acknowledged yet (it is in the outbox). Until it
   * has, the customer is not told they are in line: the view says `escalating`.
   */
  let unacknowledged: string | null = unacknowledgedIn(stored);
  /** The relay answered that request without settling it (rate limit, transient failure): it is there. */
  let requestHeard = false;
  /** Gives up waiting for that acknowledgement: see `HANDOFF_GRACE_MS`. */
  let requestGrace: ReturnType<typeof setTimeout> | null = null;
  /** When the link was lost (`now()`), null while it is up. */
  let linkDownSince: number | null = null;
  /** Marks the link stalled once it has been down for the grace (see `HandoffView.stalled`). */
  let stallCheck: ReturnType<typeof setTimeout> | null = null;
  /**
   * The link has been down for the grace, or is up but the relay would not reopen the conversation:
   * either way the handoff cannot go on for now. Set by the timer itself, not by comparing clocks
   * (a timer may fire a little early, and nothing would look again).
   */
  let stalled = false;
  const seenSeqs = new Set<number>();
  const seenAgentMessages = new Set(lines.filter((l) => l.role === 'agent').map((l) => l.id));
  const attempts = new Map<string, number>();

  let actor: ConversationActor | null = null;
  let policy: CompiledPolicy | null = null;
  let transport: RelayTransport | null = null;
  let connection: ConnectionState = 'connecting';
  let disposed = false;
  let view: HandoffView = stored ? viewOf(restoredValue(stored.machine.value), stored.machine.context) : initialHandoffView();
  let phase: HandoffPhase = view.phase;
  /** The last view subscribers were given. */
  let published = view;
  let dirty = false;
  let scheduled = false;
  let handoffId: string | null = stored?.machine.context.handoffId ?? null;
  let reviewOutcome = stored?.machine.context.reviewOutcome ?? null;
  /**
   * The latest reply the machine released: the held reply as the bot wrote it (`allow`) or the
   * reviewer's version. Emits run before snapshot listeners, so it is set when the outcome lands.
   */
  let releasedText: string | null = null;

  const viewListeners = new Set<(view: HandoffView) => void>();
  const eventListeners = new Map<HandoffEventType, Set<Listener>>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** Inputs that arrive while a policy document is being validated. */
  const beforeBoot: ConversationEvent[] = [];
  /** observe() calls whose message the machine has not read yet: each settles once it has (or on dispose). */
  const unread = new Set<() => void>();
  /** Of those, the ones whose message waits in `beforeBoot`. */
  const readAtBoot: Array<() => void> = [];
  /** Relay events replayed while reconnecting that only the resumed state can take (returned, review decided, …). */
  const afterRestore: ConversationEvent[] = [];
  /** What the customer writes while the summary is being built: forwarded once the request is out. */
  let heldWhileEscalating: string[] = [];
  /** Set while one of our own calls runs the machine, so its emits can pick them up. */
  let typedText: string | null = null;
  let leaving: { contact?: ContactDetails; resolve: () => void; reject: (error: Error) => void } | null = null;
  const leaveWaiters = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  let typingSent = false;
  let typingSentAt = 0;
  let typingIdle: ReturnType<typeof setTimeout> | null = null;
  let agentTypingStale: ReturnType<typeof setTimeout> | null = null;
  /** Holds a message until the packs of its language are loaded; the page's own languages load at once. */
  const languages = createLanguageGate((error) => fail('language_pack_unavailable', error.message), () => policy);
  languages.preload(pageLanguages());

  // ---- announcements -------------------------------------------------------------------------

  function announce(event: HandoffEvent) {
    for (const listener of [...(eventListeners.get(event.type) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        // A host listener that throws must not break the conversation; surface it asynchronously.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function fail(code: string, message: string) {
    // Asynchronous so a failure found while creating the handoff reaches listeners added right after.
    later(0, () => announce({ type: 'error', code, message }));
  }

  function later(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!disposed) run();
    }, ms);
    timers.add(timer);
    return timer;
  }

  function cancelTimer(timer: ReturnType<typeof setTimeout> | null) {
    if (timer === null) return;
    clearTimeout(timer);
    timers.delete(timer);
  }

  // ---- view and persistence ------------------------------------------------------------------

  function viewOf(value: MachineValue, context: StoredContext): HandoffView {
    const awaitingRelay = context.handoffId !== null && context.handoffId === unacknowledged;
    const linkStalled = connection === 'unreachable' || stalled;
    return deriveView({ value, context: { ...context, humanRequestPending: humanPending }, connection, lines, review, leftMessages, awaitingRelay, linkStalled, requestRefused: requestRefused || linkRefused !== null });
  }

  /**
   * Marks the view stale. Subscribers hear once per burst (a relay answer often moves the machine
   * twice in a row), on a microtask; `getView()` is always current.
   */
  function refresh() {
    if (disposed) return;
    dirty = true;
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(publish);
  }

  function publish() {
    scheduled = false;
    update();
    if (disposed || view === published) return;
    published = view;
    for (const listener of [...viewListeners]) listener(view);
  }

  function update() {
    if (!dirty || disposed) return;
    dirty = false;
    const snapshot = actor?.getSnapshot();
    const next = snapshot ? viewOf(snapshot.value as MachineValue, snapshot.context) : { ...view, connection, lines, review };
    persist();
    if (next.phase !== phase) {
      const previous = phase;
      phase = next.phase;
      announce({ type: 'phase.changed', phase: next.phase, previous });
    }
    if (!sameView(next, view)) view = next;
  }

  function persist() {
    const snapshot = actor?.getSnapshot();
    if (!snapshot || !storage || linkRefused) return;
    const { policy: _policy, now: _now, createId: _createId, summarize: _summarize, ...context } = snapshot.context;
    const record: StoredHandoff = {
      version: 1,
      visitorId,
      conversationId,
      opened,
      lastSeq,
      escalationId,
      offlineEscalationId,
      machine: { value: snapshot.value as MachineValue, context },
      lines,
      review,
      leftMessages,
      humanRequestPending: humanPending,
      requestRefused,
      outbox: transport?.pending() ?? [],
    };
    writeStored(storage, storageKey, record);
  }

  function setLines(next: ChatLine[]) {
    lines = next;
    refresh();
  }

  function updateLine(id: string, change: Partial<ChatLine>) {
    setLines(lines.map((line) => (line.id === id ? { ...line, ...change } : line)));
  }

  // ---- the machine ---------------------------------------------------------------------------

  function send(event: ConversationEvent) {
    if (disposed) return;
    if (actor) actor.send(event);
    else beforeBoot.push(event);
  }

  /** What the relay says, in order; what the reconnecting machine cannot take yet waits for the resume. */
  function fromRelay(event: ConversationEvent) {
    const snapshot = actor?.getSnapshot();
    if (snapshot && phaseOf(snapshot.value as MachineValue) === 'reconnecting' && !snapshot.can(event)) {
      afterRestore.push(event);
      return;
    }
    send(event);
  }

  function currentPhase(): HandoffPhase {
    return actor ? phaseOf(actor.getSnapshot().value as MachineValue) : phase;
  }

  function boot(compiled: CompiledPolicy) {
    if (disposed) return;
    policy = compiled;
    const input = { policy: compiled, now, createId, ...(options.summarize ? { summarize: options.summarize } : {}) };
    const restored = stored ? restore(stored, compiled) : null;
    actor = createActor(conversationMachine, restored ? { input, snapshot: restored.snapshot } : { input });
    actor.on('*', onEmitted);
    actor.subscribe({ next: onSnapshot, error: (error) => fail('machine_failed', error instanceof Error ? error.message : String(error)) });
    actor.start();
    if (restored?.askAgain) actor.send({ type: 'human.request' });
    if (restored && BOT_PAUSED.has(phaseOf(restored.snapshot.value as MachineValue))) {
      later(0, () => announce({ type: 'bot.pause' }));
    }
    refresh();
    startTransport();
    // Reloaded while the relay had not acknowledged the request: the same grace starts again.
    if (unacknowledged !== null && unacknowledged === actor.getSnapshot().context.handoffId) awaitAcknowledgement(unacknowledged);
    for (const event of beforeBoot.splice(0)) actor.send(event);
    for (const read of readAtBoot.splice(0)) read();
  }

  /**
   * The machine as it was before the reload. States whose work was under way (the summary being
   * built) restart from the bot: a handoff asked for but not yet sent is asked for again.
   */
  function restore(record: StoredHandoff, compiled: CompiledPolicy) {
    const value = restoredValue(record.machine.value);
    const interrupted = phaseOf(record.machine.value) === 'escalating' || (typeof record.machine.value === 'object' && (record.machine.value as Record<string, unknown>).reviewing === 'preparing');
    const context = interrupted ? { ...record.machine.context, ...NO_HANDOFF } : { ...record.machine.context, agentTyping: false };
    const snapshot = conversationMachine.resolveState({
      value: interrupted ? { bot: 'idle' } : value,
      context: { ...context, policy: compiled, now, createId, summarize: options.summarize },
    });
    return { snapshot, askAgain: interrupted && phaseOf(record.machine.value) === 'escalating' };
  }

  function onSnapshot(snapshot: ConversationSnapshot) {
    const nextHandoff = snapshot.context.handoffId;
    if (nextHandoff !== null && nextHandoff !== handoffId) {
      // A new handoff. The customer keeps the lines of the earlier ones in this conversation.
      review = null;
      leftMessages = 0;
      escalationId = null;
      offlineEscalationId = null;
    }
    handoffId = nextHandoff;
    if (phaseOf(snapshot.value as MachineValue) !== 'offline') requestRefused = false;
    const outcome = snapshot.context.reviewOutcome;
    if (outcome !== reviewOutcome) {
      reviewOutcome = outcome;
      // The machine forgets the held reply once decided; the view keeps what the customer was shown.
      if (outcome && outcome.decision !== 'escalate_further') review = reviewViewOf(outcome.decision, releasedText);
    }
    refresh();
    if (heldWhileEscalating.length > 0 && phaseOf(snapshot.value as MachineValue) !== 'escalating') {
      const held = heldWhileEscalating;
      heldWhileEscalating = [];
      for (const text of held) customerWrote(text);
    }
  }

  function onEmitted(event: ConversationEmitted) {
    switch (event.type) {
      case 'handoff.requested':
        requestHandoff(event);
        break;
      case 'customer.message.forward':
        forward(event);
        break;
      case 'handoff.cancelled':
        if (!transport?.withdraw(`request:${event.id}`)) {
          enqueue({ key: `cancel:${event.id}`, event: 'handoff:cancel', payload: { conversationId, escalationId: escalationId ?? event.id } });
        }
        break;
      case 'offline.message':
        leaveOffline(event.id, event.text);
        break;
      case 'bot.reply.released':
        releasedText = event.text;
        break;
      case 'agent.message':
        cancelTimer(agentTypingStale);
        break;
      default:
        break;
    }
    announce(event);
  }

  // ---- machine announcements → relay commands ------------------------------------------------

  function enqueue(entry: OutboxEntry) {
    if (!opened) {
      opened = true;
      persist();
    }
    // A packet over the relay's limit closes the socket unanswered and would be re-sent forever.
    transport?.enqueue(fitPayload(entry));
    persist();
  }

  function requestHandoff(event: Extract<ConversationEmitted, { type: 'handoff.requested' }>) {
    if (!transport || transport.connection === 'unreachable' || (linkDownSince !== null && now() - linkDownSince >= HANDOFF_GRACE_MS)) {
      unreachableForHandoff();
      return;
    }
    enqueue({
      key: `request:${event.id}`,
      event: 'handoff:request',
      payload: {
        id: event.id,
        conversationId,
        decision: event.decision,
        summary: event.summary,
        transcript: event.transcript,
        heldReply: event.heldReply,
        team: routeHint(event.decision),
      },
    });
    awaitAcknowledgement(event.id);
    // Dropped between the press and now: the phase says so until the relay is back.
    if (transport.connection === 'reconnecting') send({ type: 'connection.lost' });
  }

  /** The request of handoff `id` is out (or on its way): without an answer in time, offline. */
  function awaitAcknowledgement(id: string) {
    unacknowledged = id;
    requestHeard = false;
    cancelTimer(requestGrace);
    requestGrace = later(HANDOFF_GRACE_MS, () => {
      requestGrace = null;
      requestOverdue(id);
    });
  }

  function acknowledged(id: string) {
    if (unacknowledged !== id) return;
    unacknowledged = null;
    requestHeard = false;
    cancelTimer(requestGrace);
    requestGrace = null;
  }

  /**
   * Nobody acknowledged the request in time: offline (`unreachable`) with leave-a-message, and the
   * request pending, asked for afresh once the relay is back (the relay keeps one open handoff per
   * conversation, so a copy that did reach it is answered with the same place in line). A request
   * still on its way cannot be taken back; if its answer comes after all, it is asked for again then.
   */
  function requestOverdue(id: string) {
    if (unacknowledged !== id || handoffId !== id || requestHeard) return;
    if (!WAITING_FOR_RELAY.has(currentPhase())) return;
    if (transport?.withdraw(`request:${id}`)) acknowledged(id);
    unreachableForHandoff();
  }

  function routeHint(decision: EscalationDecision): string | null {
    const route = decision.rule ? policy?.topicRules.find((rule) => rule.id === decision.rule)?.route : undefined;
    return route && TEAM_NAME.test(route) ? route : null;
  }

  /** Nobody can be asked now. The request stays pending and goes out when the relay is back. */
  function unreachableForHandoff() {
    if (linkRefused) return refusedForHandoff();
    send({ type: 'relay.offline', reason: 'unreachable' });
    humanPending = true;
    refresh();
  }

  /**
   * The relay is there but would not take the request. The customer is told so, with leave-a-message,
   * the host's other routes and the way back to the bot; "talk to a person" asks again, afresh. After a
   * refused connection (`linkRefused`) the same, without leave-a-message or asking again. The machine
   * has no reason of its own for this: any but `unreachable` (which waits for the link) will do.
   */
  function refusedForHandoff() {
    requestRefused = true;
    humanPending = false;
    send({ type: 'relay.offline', reason: 'no_agent' });
    refresh();
  }

  /** Asks for a person again, afresh: a pending request made while offline or reconnecting. */
  function askPending() {
    humanPending = false;
    if (currentPhase() === 'offline') send({ type: 'conversation.restart' });
    send({ type: 'human.request' });
    refresh();
  }

  function forward(event: Extract<ConversationEmitted, { type: 'customer.message.forward' }>) {
    // Shortened as the relay will get it (see `fitPayload`), so the customer sees what was sent.
    const line: ChatLine = { id: event.id, role: 'customer', text: clipText(typedText ?? event.text, MAX_MESSAGE_CHARS), at: now(), delivery: 'sending' };
    lines = [...lines, line];
    sendLine(event.id, event.text, event.while === 'reviewing');
    refresh();
  }

  /** A customer line for the relay: context for the reviewer while a reply is held, else a message for the person. */
  function sendLine(id: string, text: string, inReview: boolean) {
    enqueue(
      inReview
        ? { key: `line:${id}`, event: 'context:append', payload: { id, conversationId, messages: [{ role: 'customer', text }] } }
        : { key: `line:${id}`, event: 'customer:message', payload: { id, conversationId, text } },
    );
  }

  function leaveOffline(id: string, text: string) {
    const waiter = leaving;
    leaving = null;
    if (waiter) leaveWaiters.set(id, waiter);
    const attachTo = offlineEscalationId;
    // Only the first message turns the offline handoff into a follow-up; later ones start their own.
    offlineEscalationId = null;
    enqueue({
      key: `offline:${id}`,
      event: 'offline:message',
      payload: { id, conversationId, text, ...(attachTo ? { escalationId: attachTo } : {}), ...(waiter?.contact ? { contact: waiter.contact } : {}) },
    });
  }

  // ---- relay answers -------------------------------------------------------------------------

  function settled(entry: OutboxEntry, ack: AckOf<OutboxEntry['event']>): Settlement {
    if (entry.event === 'handoff:request' && entry.payload.id === unacknowledged) requestHeard = true;
    if (!ack.ok) {
      const tries = (attempts.get(entry.key) ?? 0) + 1;
      attempts.set(entry.key, tries);
      if (ack.error.code === 'rate_limited') return { retryInMs: ack.error.retryAfterMs ?? 1_000 };
      if ((ack.error.code === 'internal' || ack.error.code === 'unavailable') && tries < MAX_TRANSIENT_RETRIES) return { retryInMs: 1_000 * tries };
    }
    attempts.delete(entry.key);
    switch (entry.event) {
      case 'handoff:request':
        requestAnswered(entry.payload.id, ack as AckOf<'handoff:request'>);
        break;
      case 'customer:message':
      case 'context:append':
        updateLine(entry.payload.id, { delivery: ack.ok ? 'sent' : 'failed' });
        if (!ack.ok) fail(ack.error.code, `the message was not delivered: ${ack.error.message}`);
        break;
      case 'offline:message':
        leftAnswered(entry.payload.id, ack as AckOf<'offline:message'>);
        break;
      case 'handoff:cancel':
        if (!ack.ok) fail(ack.error.code, `cancelling the handoff failed: ${ack.error.message}`);
        break;
    }
    // Saved once the transport has dropped the answered command (a microtask later).
    refresh();
    return 'done';
  }

  function requestAnswered(id: string, ack: AckOf<'handoff:request'>) {
    acknowledged(id);
    if (!ack.ok) {
      fail(ack.error.code, `the handoff request was refused: ${ack.error.message}`);
      if (handoffId === id) refusedForHandoff();
      return;
    }
    if (handoffId !== id) return;
    if (currentPhase() === 'offline' && humanPending) {
      // Answered after the grace ran out: ask again now (the relay answers with this same handoff).
      askPending();
      return;
    }
    const { escalation } = ack;
    escalationId = escalation.id;
    if (escalation.status === 'offline') {
      offlineEscalationId = escalation.id;
      fromRelay({ type: 'relay.offline', reason: escalation.offlineReason ? OFFLINE_REASONS[escalation.offlineReason] : 'no_agent' });
    } else if (escalation.status === 'queued' || escalation.status === 'in_review') {
      fromRelay({ type: 'handoff.queued', position: escalation.position, estimatedWaitMs: escalation.estimatedWaitMs });
    }
    refresh();
  }

  function leftAnswered(id: string, ack: AckOf<'offline:message'>) {
    const waiter = leaveWaiters.get(id);
    leaveWaiters.delete(id);
    if (ack.ok) {
      leftMessages += 1;
      refresh();
      waiter?.resolve();
    } else {
      const error = new Error(`leaving the message failed: ${ack.error.message}`);
      waiter?.reject(error);
      fail(ack.error.code, error.message);
    }
  }

  /** Durable relay events carry a sequence number: each is applied once, also when replayed. */
  function fresh(seq: number | undefined): boolean {
    if (seq === undefined) return true;
    if (seenSeqs.has(seq)) return false;
    seenSeqs.add(seq);
    if (seq > lastSeq) lastSeq = seq;
    return true;
  }

  const ours = (id: string) => id === (escalationId ?? handoffId);

  /** An event of our handoff from the relay: it has the request, whether or not its ack arrived. */
  function heardOf() {
    if (handoffId !== null) acknowledged(handoffId);
  }

  function onStatus(status: CustomerEventPayload<'handoff:status'>) {
    if (status.conversationId !== conversationId || !fresh(status.seq)) return;
    if (!ours(status.escalationId)) return refresh();
    heardOf();
    switch (status.status) {
      case 'queued':
      case 'in_review':
        fromRelay({ type: 'handoff.queued', position: status.position, estimatedWaitMs: status.estimatedWaitMs });
        break;
      case 'assigned':
      case 'connected':
        fromRelay({ type: 'agent.joined', name: status.agentName ?? '' });
        break;
      case 'resolved':
        fromRelay({ type: 'handoff.resolved' });
        break;
      case 'returned':
        fromRelay({ type: 'handoff.returned' });
        break;
      case 'offline':
        offlineEscalationId = status.escalationId;
        fromRelay({ type: 'relay.offline', reason: status.offlineReason ? OFFLINE_REASONS[status.offlineReason] : 'no_agent' });
        break;
    }
    refresh();
  }

  function onAgentMessage(message: CustomerEventPayload<'agent:message'>) {
    if (message.conversationId !== conversationId || !fresh(message.seq)) return;
    if (!ours(message.escalationId) || seenAgentMessages.has(message.id)) return refresh();
    heardOf();
    seenAgentMessages.add(message.id);
    const at = Date.parse(message.at);
    lines = [...lines, { id: message.id, role: 'agent', text: message.text, at: Number.isNaN(at) ? now() : at, agentName: message.agentName }];
    // A message can only come from the agent who has the conversation, even if we missed them joining.
    if (currentPhase() === 'queued') fromRelay({ type: 'agent.joined', name: message.agentName });
    fromRelay({ type: 'agent.message', text: message.text });
    refresh();
  }

  function onAgentTyping(typing: CustomerEventPayload<'agent:typing'>) {
    if (typing.conversationId !== conversationId || !ours(typing.escalationId)) return;
    cancelTimer(agentTypingStale);
    agentTypingStale = typing.typing ? later(AGENT_TYPING_STALE_MS, () => send({ type: 'agent.typing', typing: false })) : null;
    send({ type: 'agent.typing', typing: typing.typing });
  }

  function onReviewDecision(decision: CustomerEventPayload<'review:decision'>) {
    if (decision.conversationId !== conversationId || !fresh(decision.seq)) return;
    if (!ours(decision.escalationId)) return refresh();
    heardOf();
    fromRelay({ type: 'review.decision', decision: decision.decision, text: decision.text });
    refresh();
  }

  // ---- the link ------------------------------------------------------------------------------

  /**
   * A relay this page cannot even address is refused for good, like a refused connection (see
   * `linkRefused`): nothing would ever be delivered, so no request waits for it and no message is taken.
   */
  function misconfigured(code: string, message: string) {
    connection = 'unreachable';
    linkRefused = message;
    fail(code, message);
    refresh();
  }

  function startTransport() {
    const url = validRelayUrl(options.relay);
    if (!url) return misconfigured('invalid_relay_url', `"${options.relay}" is not a relay URL; expected http(s)://host[:port]`);
    if (!options.siteKey) return misconfigured('invalid_site_key', 'a site key is required to reach the relay');
    transport = new RelayTransport(
      { relay: url, siteKey: options.siteKey, visitorId, identity: options.identity, socketOptions: options.socketOptions, outbox: stored?.outbox ?? [] },
      {
        conversation: () => (opened ? { id: conversationId, since: lastSeq } : null),
        connection: onConnection,
        ready: onReady,
        unreachable: (error) => {
          fail('relay_unreachable', `cannot reach the relay at ${url} (${error.message}); retrying in the background`);
          onUnreachable();
        },
        refused: (code, message) => {
          // Final (see `linkRefused`): refused now, and every later request is refused at once.
          linkRefused = `the relay refused the connection: ${message}`;
          fail(code, linkRefused);
          refusedForHandoff();
        },
        openFailed: (code, message) => {
          fail(code, `the conversation could not be reopened: ${message}`);
          // Online, but the handoff cannot resume: offer the other routes and the way back now.
          stalled = true;
          refresh();
        },
        settled,
        events: {
          'handoff:status': onStatus,
          'agent:message': onAgentMessage,
          'agent:typing': onAgentTyping,
          'review:decision': onReviewDecision,
          'relay:error': (error) => fail(error.error.code, `the relay could not answer ${error.event}: ${error.error.message}`),
        },
      },
    );
    transport.start();
  }

  function onConnection(state: ConnectionState) {
    connection = state;
    if (state === 'online') {
      linkDownSince = null;
      stalled = false;
      cancelTimer(stallCheck);
      stallCheck = null;
    } else if (state !== 'connecting' && linkDownSince === null) {
      linkDownSince = now();
      stallCheck = later(HANDOFF_GRACE_MS, () => {
        stallCheck = null;
        stalled = true;
        refresh();
      });
    }
    // Dropped with the request unanswered: the grace from the press goes on; if it already ran out
    // while the relay was answering (rate limit, transient failure), the drop starts a new one.
    if (state === 'reconnecting' && unacknowledged !== null && unacknowledged === handoffId) {
      requestHeard = false;
      if (requestGrace === null) awaitAcknowledgement(unacknowledged);
    }
    if (state === 'reconnecting') send({ type: 'connection.lost' });
    announce({ type: 'connection.changed', connection: state });
    refresh();
  }

  function onUnreachable() {
    // A request that never went out is not sent later as is: the pending human request replaces it.
    if (handoffId !== null && transport?.withdraw(`request:${handoffId}`)) {
      unreachableForHandoff();
    } else if (LINKED.has(currentPhase())) {
      send({ type: 'connection.lost' });
    }
    refresh();
  }

  /** Connected, with what was missed replayed: resume where the conversation was. */
  function onReady() {
    const snapshot = actor?.getSnapshot();
    if (!snapshot) return;
    const current = phaseOf(snapshot.value as MachineValue);
    if (current === 'reconnecting') send({ type: 'connection.restored' });
    for (const event of afterRestore.splice(0)) send(event);
    if (humanPending) askPending();
    refresh();
  }

  // ---- the customer's inputs -----------------------------------------------------------------

  function customerWrote(text: string, delivered?: () => void) {
    // Only the bot's side reads a message (a person reads it themselves): there it waits for the
    // packs of its language; with a person it keeps its place in line but waits for nothing.
    const read = currentPhase() === 'bot' || currentPhase() === 'ended';
    inTurn(read ? text : null, () => deliverCustomerText(text), delivered);
  }

  /** Through the language gate in the host's order; `delivered` is told once `deliver` has run, even if it threw. */
  function inTurn(text: string | null, deliver: () => void, delivered?: () => void) {
    languages.pass(text, () => {
      try {
        deliver();
      } finally {
        delivered?.();
      }
    });
  }

  /**
   * Feeds the gate and tells the caller once the machine has read the input, with the phase it left:
   * a message may first wait for its language pack, and inputs wait in `beforeBoot` until the policy runs.
   */
  function observed(feed: (delivered: () => void) => void): Promise<HandoffPhase> {
    if (disposed) return Promise.resolve(currentPhase());
    return new Promise<HandoffPhase>((resolve) => {
      const read = () => {
        unread.delete(read);
        resolve(currentPhase());
      };
      unread.add(read);
      feed(() => (actor ? read() : readAtBoot.push(read)));
    });
  }

  function deliverCustomerText(text: string) {
    if (currentPhase() === 'escalating') {
      // The summary is being built: the words go to the person once the request is out.
      heldWhileEscalating.push(text);
      return;
    }
    typedText = text;
    try {
      send({ type: 'customer.message', text });
    } finally {
      typedText = null;
    }
  }

  function sendTyping(typing: boolean) {
    if (!transport) return;
    typingSent = typing;
    typingSentAt = now();
    transport.signal(typing, conversationId);
  }

  const handoff: Handoff = {
    conversationId,
    getView() {
      update();
      return view;
    },
    subscribe(listener) {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    on(type, handler) {
      let set = eventListeners.get(type);
      if (!set) eventListeners.set(type, (set = new Set()));
      set.add(handler as Listener);
      return () => set.delete(handler as Listener);
    },
    observe(message: ObservedMessage) {
      if (message.role === 'customer') return observed((delivered) => customerWrote(message.text, delivered));
      // After any customer message still waiting for its language pack, as the host wrote them.
      const reply: ConversationEvent = {
        type: 'bot.reply',
        text: message.text,
        ...(message.confidence !== undefined ? { confidence: message.confidence } : {}),
        ...(message.intent !== undefined ? { intent: message.intent } : {}),
      };
      return observed((delivered) => inTurn(null, () => send(reply), delivered));
    },
    requestHuman() {
      const snapshot = actor?.getSnapshot();
      const current = currentPhase();
      if (!snapshot || (current !== 'offline' && current !== 'reconnecting')) return send({ type: 'human.request' });
      // A handoff cut off by a dropped link resumes by itself; asking again would only start a second one.
      if ((current === 'offline' && !linkRefused) || snapshot.context.resumeTo === 'reviewing') humanPending = true;
      announce({ type: 'human.request.acknowledged', state: current });
      if (humanPending && transport?.ready) askPending();
      refresh();
    },
    send(text) {
      customerWrote(text);
    },
    retry(lineId) {
      const line = lines.find((l) => l.id === lineId && l.delivery === 'failed');
      if (!line || !handoffId) return;
      updateLine(lineId, { delivery: 'sending' });
      sendLine(lineId, policy ? policy.redactor.redact(line.text).text : line.text, currentPhase() === 'reviewing');
    },
    setTyping(typing) {
      const current = currentPhase();
      if (current !== 'queued' && current !== 'connected') return;
      cancelTimer(typingIdle);
      typingIdle = null;
      if (!typing) {
        if (typingSent) sendTyping(false);
        return;
      }
      if (!typingSent || now() - typingSentAt >= TYPING_THROTTLE_MS) sendTyping(true);
      typingIdle = later(TYPING_IDLE_MS, () => {
        typingIdle = null;
        if (typingSent) sendTyping(false);
      });
    },
    cancel() {
      // Back to the bot on purpose: a "talk to a person" waiting for the relay goes with it.
      humanPending = false;
      send({ type: 'handoff.cancel' });
      refresh();
    },
    leaveMessage(text, contact) {
      return new Promise<void>((resolve, reject) => {
        if (disposed || !actor) return reject(new Error(disposed ? 'this handoff is disposed' : 'the policy is still loading'));
        if (currentPhase() !== 'offline') return reject(new Error('messages are left while nobody is available (the offline phase)'));
        if (linkRefused) return reject(new Error(linkRefused));
        leaving = { ...(contact ? { contact } : {}), resolve, reject };
        send({ type: 'offline.leave_message', text });
        if (leaving) {
          leaving = null;
          reject(new Error('the message was not accepted'));
        }
      });
    },
    restart() {
      humanPending = false;
      send({ type: 'conversation.restart' });
      refresh();
    },
    dispose() {
      if (disposed) return;
      persist();
      disposed = true;
      languages.dispose();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      transport?.dispose();
      transport = null;
      actor?.stop();
      actor = null;
      viewListeners.clear();
      eventListeners.clear();
      for (const waiter of leaveWaiters.values()) waiter.reject(new Error('this handoff is disposed'));
      leaveWaiters.clear();
      beforeBoot.length = 0;
      afterRestore.length = 0;
      readAtBoot.length = 0;
      // What was never read settles with the phase the handoff ended in: no caller waits forever.
      for (const read of [...unread]) read();
    },
  };

  const source = policySource(options.policy);
  if (source.kind === 'ready') {
    boot(source.policy);
  } else {
    void source.policy.then(({ policy: compiled, error }) => {
      if (error) fail('invalid_policy', error.message);
      boot(compiled);
    });
  }
  return handoff;
}


/** The handoff whose request was still in the outbox when the page was left. */
function unacknowledgedIn(stored: StoredHandoff | null): string | null {
  const id = stored?.machine.context.handoffId ?? null;
  if (id === null) return null;
  return stored!.outbox.some((entry) => entry.event === 'handoff:request' && entry.payload.id === id) ? id : null;
}

function reviewViewOf(decision: 'allow' | 'block' | 'redact_and_allow', text: string | null): ReviewView {
  if (decision === 'block') return { state: 'blocked', text: null };
  return { state: decision === 'allow' ? 'released' : 'redacted', text };
}

/** Where a reloaded machine resumes: sub-states that were waiting on a timer resume idle. */
function restoredValue(value: MachineValue): MachineValue {
  return phaseOf(value) === 'bot' ? { bot: 'idle' } : value;
}

function validRelayUrl(relay: string): string | null {
  try {
    const url = new URL(relay);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString().replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}
