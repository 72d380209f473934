import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import {
  ACTIONS_BY_KIND,
  MAX_MESSAGE_CHARS,
  type AgentEventName,
  type AgentEventPayload,
  type AgentIdentity,
  type Analytics,
  type CommandError,
  type ErrorCode,
  type EscalationView,
  type HandoffStatus,
  type ResolutionAction,
} from '@baton/protocol';
import { SEVERITIES, TRIGGER_IDS, triggerLabel, type Language, type Severity, type TriggerId } from '@baton/protocol/vocabulary';
import { DeskConnection, type ConnectionState, type RejectedEvent } from '../connection/desk.connection.js';
import { ClockController, type Now } from '../controllers/clock.controller.js';
import { LogFollowController } from '../controllers/log-follow.controller.js';
import { NotificationsController } from '../controllers/notifications.controller.js';
import { SHORTCUT_KEYS, ShortcutsController } from '../controllers/shortcuts.controller.js';
import { ThreadStore, type ThreadLine } from '../detail/thread.store.js';
import { customerPanel, heldReplyPanel, rawPanel, summaryPanel, whyPanel, type DetailContext } from '../detail/detail.templates.js';
import { stringsFor, languageOf, type DeskStrings } from '../locales/index.js';
import {
  DEFAULT_FILTER,
  QUEUE_SCOPES,
  QueueStore,
  STATUS_FILTERS,
  cardStatus,
  isClaimable,
  slaState,
  type QueueFilter,
} from '../queue/queue.store.js';
import { applyRedaction, tokenize, wordRange } from '../review/redaction.js';
import { BatonDeskClaimEvent, BatonDeskConnectionEvent, BatonDeskRejectedEvent, BatonDeskResolveEvent } from './desk.events.js';
import { deskStyles } from './desk.styles.js';

type View = 'queue' | 'analytics';

interface ResolveDraft {
  action: ResolutionAction;
  note: string;
  team: string;
  /** A transfer was submitted without a team: the field shows why. */
  teamMissing: boolean;
  /** Word indices of the held reply the reviewer removed. */
  removed: Set<number>;
  anchor: number | null;
  /** Reused when a submission is retried, so the relay never acts twice. */
  commandId: string;
}

const URGENT: ReadonlySet<Severity> = new Set(['critical', 'high']);
const TYPING_IDLE_MS = 3_000;
const CUSTOMER_TYPING_TIMEOUT_MS = 8_000;
const RAW_EVENTS_KEPT = 20;
const REJECTED_KEPT = 50;
const ANALYTICS_SERIES_DAYS = 14;
/** Failures after which the same command may simply be sent again: the relay did nothing. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['unavailable', 'internal', 'rate_limited']);
/** From this length on, the reply box says how much of the limit is used. */
const REPLY_COUNTER_FROM = Math.floor(MAX_MESSAGE_CHARS * 0.9);
/** A transcript snapshot younger than this is not fetched again when the resolve form gains focus. */
const SNAPSHOT_FRESH_MS = 5_000;

function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1_000));
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const newId = () => crypto.randomUUID();

/** The element id of an inline error (`resolve:<escalation id>` → `error-resolve:<escalation id>`). */
const errorId = (key: string) => `error-${key}`;

/** Local midnight starting the calendar day `daysBack` days before the one holding `at` (DST-safe). */
function startOfDay(at: number, daysBack = 0): number {
  const day = new Date(at);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - daysBack).getTime();
}

/**
 * The Baton agent desk: sign in with an agent token, work the escalation queue live (claim, review,
 * chat, resolve), with SLA countdowns, notifications, keyboard shortcuts and, for supervisors,
 * analytics.
 *
 * @summary Agent desk for the Baton relay: queue, claim, review, live chat, resolve, analytics.
 *
 * @event baton-desk-connection - The connection changed: `state` (`online`, `reconnecting`, `unauthorized`…).
 * @event baton-desk-claim - A claim finished: `escalationId`, `outcome` (`won` | `lost` | `failed`), `winner`.
 * @event baton-desk-resolve - An escalation was resolved or passed on: `action`, `escalation`.
 * @event baton-desk-rejected - The relay sent an event that failed the protocol schemas (not rendered).
 *
 * @csspart header - The top bar (who is signed in, views, notifications, help).
 * @csspart sign-in - The sign-in form shown without a (valid) token.
 * @csspart filters - The queue filters.
 * @csspart queue - The queue list.
 * @csspart card - One escalation card (`data-severity`, `data-sla`, `data-status` attributes).
 * @csspart card-select - The card's main button, which opens the detail.
 * @csspart severity - A severity badge.
 * @csspart sla - An SLA countdown (`data-level`: ok, warning, breached, none).
 * @csspart claim-button - A claim button.
 * @csspart detail - The detail pane of the selected escalation.
 * @csspart summary - The warm-transfer summary.
 * @csspart transcript - The live transcript.
 * @csspart composer - The chat reply form.
 * @csspart resolve - The resolve form.
 * @csspart redaction-editor - The inline redaction editor for review replies.
 * @csspart dev-errors - The list of rejected relay events, for developers.
 * @csspart help - The keyboard shortcut dialog.
 *
 * @cssproperty --baton-desk-font - Font family.
 * @cssproperty --baton-desk-bg - Page background.
 * @cssproperty --baton-desk-surface - Card and pane background.
 * @cssproperty --baton-desk-text - Text colour.
 * @cssproperty --baton-desk-muted - Secondary text colour.
 * @cssproperty --baton-desk-border - Border colour.
 * @cssproperty --baton-desk-accent - Buttons and focus ring.
 * @cssproperty --baton-desk-accent-text - Text on the accent colour.
 * @cssproperty --baton-desk-radius - Corner radius.
 * @cssproperty --baton-desk-sla-warning - SLA colour at half the window or less.
 * @cssproperty --baton-desk-sla-breached - SLA colour once breached.
 * @cssproperty --baton-desk-critical - Critical severity colour.
 * @cssproperty --baton-desk-high - High severity colour.
 */
export class BatonDesk extends LitElement {
  static override styles = deskStyles;

  /** Base URL of the relay, e.g. `https://relay.example.com` (the desk connects to `/agent`). */
  @property({ reflect: true }) relay = '';

  /** A signed agent token. Without one the desk shows a sign-in form to paste it. */
  @property() token = '';

  /** Language of the desk's own strings: en, es, fr, de, pt or it (regional variants accepted). */
  @property({ reflect: true }) locale = 'en';

  /** `light`, `dark`, or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Beep on new critical/high items and SLA alerts. */
  @property({ type: Boolean, reflect: true }) sound = false;

  /** Leave `document.title` alone instead of prefixing the number of open items. */
  @property({ type: Boolean, attribute: 'no-title-badge' }) noTitleBadge = false;

  /** The clock SLA countdowns read; tests inject a fixed one. */
  @property({ attribute: false }) now: Now = () => Date.now();

  @state() private connectionState: ConnectionState | 'signed-out' = 'signed-out';
  @state() private connectionProblem: { code: string; message: string } | null = null;
  @state() private agent: AgentIdentity | null = null;
  @state() private agentsOnline = 0;
  @state() private filter: QueueFilter = { ...DEFAULT_FILTER };
  @state() private selectedId: string | null = null;
  @state() private view: View = 'queue';
  @state() private announcement = '';
  @state() private rejected: RejectedEvent[] = [];
  @state() private analytics: Analytics | null = null;
  @state() private analyticsProblem: string | null = null;
  @state() private analyticsSeries: Analytics[] = [];
  @state() private busy = new Set<string>();
  /** Inline errors beside the control that failed, keyed like `busy` (`resolve:<id>`, `reply:<id>`…). */
  @state() private errors = new Map<string, string>();
  /** No queue is shown as empty before the relay sent one. */
  @state() private snapshotReceived = false;

  private readonly queue = new QueueStore();
  private readonly threads = new Map<string, ThreadStore>();
  private readonly rawEvents = new Map<string, Array<{ event: string; payload: unknown }>>();
  private readonly customerTyping = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly drafts = new Map<string, ResolveDraft>();
  private readonly replies = new Map<string, string>();
  private readonly lastAssignee = new Map<string, string>();
  /** When each escalation's transcript was last fetched: the time a snapshot of another agent's chat shows. */
  private readonly transcriptAsOf = new Map<string, number>();
  private connection: DeskConnection | null = null;
  /** Whether this connection ever got through: decides between "can't reach" and "connection lost". */
  private everOnline = false;
  private typingSent: { escalationId: string; timer: ReturnType<typeof setTimeout> } | null = null;

  private readonly clock = new ClockController(this, () => this.now);
  private readonly notifications = new NotificationsController(this, () => ({ sound: this.sound, titleBadge: !this.noTitleBadge }));
  private readonly transcriptFollow = new LogFollowController(
    this,
    () => {
      const escalation = this.view === 'queue' && this.selectedId !== null ? this.queue.get(this.selectedId) : undefined;
      return escalation ? { key: escalation.id, lines: this.thread(escalation.conversationId).lines().length } : null;
    },
    () => this.renderRoot.querySelector<HTMLElement>('[data-testid="transcript"]'),
  );

  constructor() {
    super();
    new ShortcutsController(this, {
      next: () => this.moveSelection(1),
      previous: () => this.moveSelection(-1),
      claim: () => this.selectedId !== null && void this.claim(this.selectedId),
      reply: () => this.focusPart('reply'),
      resolve: () => this.focusPart('resolve-action'),
      help: () => this.openHelp(),
    });
  }

  private get t(): DeskStrings {
    return stringsFor(this.locale);
  }

  private get language(): Language {
    return languageOf(this.locale);
  }

  /** The relay and token the current connection (or sign-in form) was made for. */
  private connectedWith: { relay: string | null | undefined; token: string | null | undefined } = { relay: undefined, token: undefined };

  override connectedCallback(): void {
    super.connectedCallback();
    this.reconnect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.close();
    this.connection = null;
    for (const timer of this.customerTyping.values()) clearTimeout(timer);
    this.customerTyping.clear();
    if (this.typingSent) clearTimeout(this.typingSent.timer);
    this.typingSent = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also before the first render: a page may set relay and token just after inserting the element.
    if ((changed.has('relay') || changed.has('token')) && this.isConnected && (this.relay !== this.connectedWith.relay || this.token !== this.connectedWith.token)) {
      this.reconnect();
    }
  }

  protected override updated(): void {
    const waiting = this.connectionState === 'online' ? this.queue.all().filter((e) => cardStatus(e) === 'open').length : 0;
    this.notifications.badge(waiting);
  }

  /** Starts over with the current relay and token (closing any earlier connection). */
  private reconnect(): void {
    this.connectedWith = { relay: this.relay, token: this.token };
    this.connection?.close();
    this.connection = null;
    this.queue.replace([]);
    this.threads.clear();
    this.agent = null;
    this.snapshotReceived = false;
    this.everOnline = false;
    if (!this.relay || !this.token) {
      this.connectionState = 'signed-out';
      return;
    }
    this.connection = new DeskConnection(
      { relay: this.relay, token: this.token },
      {
        event: (name, payload) => this.onEvent(name, payload),
        rejected: (rejected) => this.onRejected(rejected),
        state: (next, detail) => this.onState(next, detail ?? null),
      },
    );
    this.connection.connect();
  }

  private onState(next: ConnectionState, detail: { code: string; message: string } | null): void {
    // Closing an old connection while opening a new one must not overwrite the new state.
    if (next === 'closed') return;
    const shownBefore = this.connectionText();
    const wasDown = this.connectionState === 'reconnecting';
    this.connectionState = next;
    this.connectionProblem = detail;
    if (next === 'online') {
      if (wasDown) this.announce(this.t.connected);
      this.everOnline = true;
    } else if (next === 'reconnecting' && this.connectionText() !== shownBefore) {
      // Announced once per change: socket.io reports every failed retry.
      this.announce(this.connectionText());
    }
    if (next === 'unauthorized' || next === 'failed') {
      this.connection?.close();
      this.connection = null;
    }
    this.dispatchEvent(new BatonDeskConnectionEvent(next, detail));
  }

  private onRejected(rejected: RejectedEvent): void {
    this.rejected = [rejected, ...this.rejected].slice(0, REJECTED_KEPT);
    this.dispatchEvent(new BatonDeskRejectedEvent(rejected));
  }

  private onEvent<Name extends AgentEventName>(name: Name, payload: AgentEventPayload<Name>): void {
    const event = { name, payload } as { [K in AgentEventName]: { name: K; payload: AgentEventPayload<K> } }[AgentEventName];
    switch (event.name) {
      case 'queue:snapshot': {
        this.agent = event.payload.agent;
        this.agentsOnline = event.payload.agentsOnline;
        this.queue.setAgent(event.payload.agent);
        this.queue.replace(event.payload.escalations);
        this.snapshotReceived = true;
        // After a reconnect, catch up on the conversation that is open.
        if (this.selectedId !== null) void this.loadHistory(this.selectedId);
        break;
      }
      case 'presence:updated':
        // Shown in the header, not announced: colleagues signing in and out is not worth interrupting for.
        this.agentsOnline = event.payload.agentsOnline;
        break;
      case 'escalation:created':
        this.keepRaw(event.payload.escalation.id, name, payload);
        this.receiveEscalation(event.payload.escalation, true);
        break;
      case 'escalation:updated': {
        const { escalation, change } = event.payload;
        this.keepRaw(escalation.id, name, payload);
        this.receiveEscalation(escalation, change === 'transferred' || change === 'reassigned' || change === 'escalated');
        if (change === 'cancelled' && this.queue.get(escalation.id)) this.announce(this.t.customerLeftItem(escalation.id));
        break;
      }
      case 'context:appended':
        this.keepRaw(event.payload.escalationId, name, payload);
        this.thread(event.payload.conversationId).addContext(event.payload.id, event.payload.seq, event.payload.messages);
        break;
      case 'customer:message':
        this.keepRaw(event.payload.escalationId, name, payload);
        this.thread(event.payload.conversationId).addCustomerMessage(event.payload.id, event.payload.seq, event.payload.text, event.payload.at);
        this.setCustomerTyping(event.payload.escalationId, false);
        break;
      case 'customer:typing':
        this.setCustomerTyping(event.payload.escalationId, event.payload.typing);
        break;
      case 'sla:warning': {
        this.keepRaw(event.payload.escalationId, name, payload);
        const message = this.t.slaWarning(event.payload.escalationId, formatDuration(event.payload.remainingMs));
        this.announce(message);
        this.notifications.alert(message, this.t.severities[event.payload.severity], `sla-${event.payload.escalationId}`);
        break;
      }
      case 'sla:breached': {
        this.keepRaw(event.payload.escalationId, name, payload);
        this.queue.noteBreach(event.payload.escalationId, event.payload.dueAt);
        const message = this.t.slaBreached(event.payload.escalationId);
        this.announce(message);
        this.notifications.alert(message, this.t.severities[event.payload.severity], `sla-${event.payload.escalationId}`);
        break;
      }
      case 'relay:error':
        this.announce(this.t.commandFailed(event.payload.error.message));
        break;
    }
    this.requestUpdate();
  }

  /** `mayBeNew`: updates that move an item onto this agent's route count as arrivals too. */
  private receiveEscalation(escalation: EscalationView, mayBeNew: boolean): void {
    if (escalation.assignee && escalation.assignee.id !== this.agent?.id) this.lastAssignee.set(escalation.id, escalation.assignee.name);
    const before = this.queue.get(escalation.id);
    const outcome = this.queue.receive(escalation);
    // Nobody types into an escalation that ended.
    const status = cardStatus(escalation);
    if ((status === 'resolved' || status === 'expired') && this.customerTyping.has(escalation.id)) this.setCustomerTyping(escalation.id, false);
    // A claim or release error is about a state that has passed.
    if (before && cardStatus(before) !== status) this.clearErrors(`claim:${escalation.id}`, `release:${escalation.id}`);
    if (outcome === 'added' && (mayBeNew || cardStatus(escalation) === 'open')) {
      const message = this.t.newItem(this.t.severities[escalation.severity], triggerLabel(escalation.trigger, this.language));
      this.announce(message);
      if (URGENT.has(escalation.severity)) this.notifications.alert(message, escalation.decision.reason, escalation.id);
    }
    if (before && this.heldByMe(before) && !this.heldByMe(escalation)) this.noticeTakenAway(escalation);
    // A claimed cold transfer reveals its conversation now.
    if (escalation.id === this.selectedId && escalation.assignee?.id === this.agent?.id && !this.thread(escalation.conversationId).loaded) {
      void this.loadHistory(escalation.id);
    }
  }

  private heldByMe(escalation: EscalationView): boolean {
    return cardStatus(escalation) === 'claimed' && escalation.assignee !== null && escalation.assignee.id === this.agent?.id;
  }

  /**
   * An item this agent was working on ended or moved on without their doing (a supervisor resolved
   * or transferred it, an SLA reassignment): its composer disappears, so say why.
   */
  private noticeTakenAway(escalation: EscalationView): void {
    const id = escalation.id;
    // Their own resolve or release: the command's answer speaks for it.
    if (this.busy.has(`resolve:${id}`) || this.busy.has(`release:${id}`)) return;
    const status = cardStatus(escalation);
    // The customer leaving is announced on its own.
    if (status === 'expired') return;
    const resolution = escalation.resolution;
    this.announce(status === 'resolved' && resolution?.by ? this.t.resolvedByOther(id, this.t.actions[resolution.action], resolution.by.name) : this.t.movedAway(id));
    if (id !== this.selectedId) return;
    // Focus was probably in the reply box that just went away.
    void this.updateComplete.then(() => {
      if (this.focusIsLost()) this.detailHeading()?.focus();
    });
  }

  private keepRaw(escalationId: string, event: string, payload: unknown): void {
    const kept = this.rawEvents.get(escalationId) ?? [];
    kept.push({ event, payload });
    this.rawEvents.set(escalationId, kept.slice(-RAW_EVENTS_KEPT));
  }

  private setCustomerTyping(escalationId: string, typing: boolean): void {
    clearTimeout(this.customerTyping.get(escalationId));
    this.customerTyping.delete(escalationId);
    // A lost "stopped typing" must not leave the indicator on forever.
    if (typing) {
      this.customerTyping.set(
        escalationId,
        setTimeout(() => {
          this.customerTyping.delete(escalationId);
          this.requestUpdate();
        }, CUSTOMER_TYPING_TIMEOUT_MS),
      );
    }
    this.requestUpdate();
  }

  private thread(conversationId: string): ThreadStore {
    let thread = this.threads.get(conversationId);
    if (!thread) {
      thread = new ThreadStore();
      this.threads.set(conversationId, thread);
    }
    return thread;
  }

  private announce(message: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  /** Shows `message` beside the control `key` names (`null` clears it). */
  private setError(key: string, message: string | null): void {
    if ((this.errors.get(key) ?? null) === message) return;
    const next = new Map(this.errors);
    if (message === null) next.delete(key);
    else next.set(key, message);
    this.errors = next;
  }

  private clearErrors(...keys: string[]): void {
    for (const key of keys) this.setError(key, null);
  }

  /** The transcript as the relay has it now; resolves with the failure, if any. */
  private async loadHistory(escalationId: string): Promise<CommandError | null> {
    const connection = this.connection;
    const escalation = this.queue.get(escalationId);
    if (!escalation) return null;
    if (!connection) return { code: 'unavailable', message: this.connectionText() };
    const thread = this.thread(escalation.conversationId);
    thread.seedTranscript(escalation);
    let since = 0;
    for (let page = 0; page < 10; page++) {
      const ack = await connection.command('escalation:history', { escalationId, since });
      if (!ack.ok) return ack.error;
      // The history carries the current view: a card that missed an update catches up (or leaves).
      this.queue.receive(ack.escalation);
      thread.seedTranscript(ack.escalation);
      thread.addHistory(ack.events, escalationId);
      if (!ack.hasMore || ack.events.length === 0) break;
      since = ack.events[ack.events.length - 1]!.seq;
    }
    this.transcriptAsOf.set(escalationId, this.now());
    this.requestUpdate();
    return null;
  }

  /**
   * Fetches again the transcript of a chat another agent holds (the relay sends its live messages
   * to them alone). Resolves with how many lines it brought, or null when it failed (shown inline).
   */
  private async refreshTranscript(escalation: EscalationView, errorKey: string): Promise<number | null> {
    const thread = this.thread(escalation.conversationId);
    const before = thread.lines().length;
    this.setBusy(`history:${escalation.id}`, true);
    const failure = await this.loadHistory(escalation.id);
    this.setBusy(`history:${escalation.id}`, false);
    if (failure) {
      this.setError(errorKey, this.t.transcriptRefreshFailed(failure.message));
      return null;
    }
    return thread.lines().length - before;
  }

  /** The other agent who holds this claimed chat, if it is not this one. */
  private otherOwner(escalation: EscalationView): string | null {
    return cardStatus(escalation) === 'claimed' && escalation.assignee && escalation.assignee.id !== this.agent?.id ? escalation.assignee.name : null;
  }

  /** `reveal`: a card was pressed, so in the one-column layout the detail is brought into view. */
  private select(id: string, { reveal = false } = {}): void {
    if (this.selectedId !== id) {
      this.stopTyping();
      this.selectedId = id;
      const escalation = this.queue.get(id);
      if (escalation) {
        this.thread(escalation.conversationId).seedTranscript(escalation);
        this.transcriptAsOf.set(id, this.now());
        void this.loadHistory(id);
      }
    }
    if (reveal) void this.updateComplete.then(() => this.revealDetailIfStacked());
  }

  /** In the one-column layout the detail sits below the whole queue: take the agent, and focus, there. */
  private revealDetailIfStacked(): void {
    const queuePane = this.renderRoot.querySelector('.queue-pane');
    const heading = this.detailHeading();
    if (!queuePane || !heading) return;
    // Side by side, the detail starts level with the queue.
    if (heading.getBoundingClientRect().top < queuePane.getBoundingClientRect().bottom) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  private moveSelection(step: 1 | -1): void {
    const items = this.queue.visible(this.filter);
    if (items.length === 0) return;
    const at = items.findIndex((item) => item.id === this.selectedId);
    const next = items[at === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step))]!;
    this.select(next.id);
    void this.updateComplete.then(() => this.cardButton(next.id)?.focus());
  }

  private cardButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`[part~="card-select"][data-id="${CSS.escape(id)}"]`);
  }

  private detailHeading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="detail"] h2');
  }

  private focusPart(part: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-focus="${part}"]`)?.focus();
  }

  /** The card after this one (else the one before): where focus goes when this card's controls go away. */
  private neighbourOf(id: string): string | null {
    const items = this.queue.visible(this.filter);
    const at = items.findIndex((item) => item.id === id);
    if (at === -1) return items[0]?.id ?? null;
    return (items[at + 1] ?? items[at - 1])?.id ?? null;
  }

  /** Focus fell back to the page: the focused control was removed or disabled. */
  private focusIsLost(): boolean {
    const active = this.ownerDocument.activeElement;
    return active === null || active === this.ownerDocument.body;
  }

  /** What has focus inside the desk (null: nothing there has). */
  private focusedInside(): Element | null {
    return this.ownerDocument.activeElement === this ? (this.shadowRoot?.activeElement ?? null) : null;
  }

  /**
   * Whether the desk may move focus once an action is answered: only when focus fell back to the
   * page or still sits where the action started. An agent who went on meanwhile keeps their place.
   */
  private mayMoveFocus(startedAt: Element | null): boolean {
    return this.focusIsLost() || (startedAt !== null && this.focusedInside() === startedAt);
  }

  /** After an action took the focused control away: the first of `cards` still shown, else the queue. */
  private async focusQueue(startedAt: Element | null, ...cards: Array<string | null>): Promise<void> {
    await this.updateComplete;
    if (!this.mayMoveFocus(startedAt)) return;
    for (const id of cards) {
      const button = id === null ? null : this.cardButton(id);
      if (button) return button.focus();
    }
    this.focusPart('queue');
  }

  private openHelp(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog[part~="help"]')?.showModal();
  }

  private setBusy(key: string, on: boolean): void {
    const next = new Set(this.busy);
    if (on) next.add(key);
    else next.delete(key);
    this.busy = next;
  }

  // ---- commands ------------------------------------------------------------------------------

  private async claim(escalationId: string): Promise<void> {
    const connection = this.connection;
    const escalation = this.queue.get(escalationId);
    if (!connection || !escalation || !isClaimable(escalation) || this.busy.has(`claim:${escalationId}`)) return;
    const neighbour = this.neighbourOf(escalationId);
    const startedAt = this.focusedInside();
    this.setBusy(`claim:${escalationId}`, true);
    this.setError(`claim:${escalationId}`, null);
    const ack = await connection.command('escalation:claim', { escalationId });
    this.setBusy(`claim:${escalationId}`, false);
    if (ack.ok) {
      this.queue.receive(ack.escalation);
      this.announce(this.t.claimedByYou(escalationId));
      this.dispatchEvent(new BatonDeskClaimEvent(escalationId, 'won'));
      this.selectedId = escalationId;
      void this.loadHistory(escalationId);
      await this.updateComplete;
      // Straight to work: the reply box of a takeover, the decision of a review.
      if (this.mayMoveFocus(startedAt)) this.focusPart(ack.escalation.kind === 'takeover' ? 'reply' : 'resolve-action');
      return;
    }
    if (ack.error.code === 'already_claimed') {
      const winner = this.lastAssignee.get(escalationId) ?? /claimed by (.+)$/.exec(ack.error.message)?.[1] ?? '—';
      if (this.agent?.role !== 'supervisor') this.queue.remove(escalationId);
      const movedOn = this.selectedId === escalationId && this.moveOn(escalationId);
      this.announce(this.t.lostRace(escalationId, winner, movedOn));
      this.dispatchEvent(new BatonDeskClaimEvent(escalationId, 'lost', winner));
      this.requestUpdate();
      // A supervisor keeps following the lost card; an agent goes on to the next one.
      await this.focusQueue(startedAt, movedOn ? this.selectedId : null, escalationId, neighbour);
      return;
    }
    this.setError(`claim:${escalationId}`, this.t.commandFailed(ack.error.message));
    this.dispatchEvent(new BatonDeskClaimEvent(escalationId, 'failed'));
  }

  /** After losing an item: the next open one, if any. Says whether there was one. */
  private moveOn(lostId: string): boolean {
    const next = this.queue.visible(this.filter).find((item) => item.id !== lostId && isClaimable(item));
    this.selectedId = next?.id ?? null;
    if (next) void this.loadHistory(next.id);
    return next !== undefined;
  }

  private async release(escalationId: string): Promise<void> {
    if (!this.connection || this.busy.has(`release:${escalationId}`)) return;
    const startedAt = this.focusedInside();
    this.setBusy(`release:${escalationId}`, true);
    this.setError(`release:${escalationId}`, null);
    const ack = await this.connection.command('escalation:release', { escalationId });
    this.setBusy(`release:${escalationId}`, false);
    if (!ack.ok) return this.setError(`release:${escalationId}`, this.t.commandFailed(ack.error.message));
    this.queue.receive(ack.escalation);
    this.announce(this.t.releasedItem(escalationId));
    // Back in the queue: its card is where it now is.
    await this.focusQueue(startedAt, escalationId, this.neighbourOf(escalationId));
  }

  private draft(escalation: EscalationView): ResolveDraft {
    let draft = this.drafts.get(escalation.id);
    if (!draft) {
      draft = { action: ACTIONS_BY_KIND[escalation.kind][0], note: '', team: '', teamMissing: false, removed: new Set(), anchor: null, commandId: newId() };
      this.drafts.set(escalation.id, draft);
    }
    return draft;
  }

  private redactedText(escalation: EscalationView, draft: ResolveDraft): string {
    return applyRedaction(tokenize(escalation.heldReply?.text ?? ''), draft.removed, this.t.redactionMarker);
  }

  private async resolve(escalation: EscalationView): Promise<void> {
    const connection = this.connection;
    if (!connection || this.busy.has(`resolve:${escalation.id}`)) return;
    const draft = this.draft(escalation);
    const errorKey = `resolve:${escalation.id}`;
    this.setError(errorKey, null);
    if (draft.action === 'redact_and_allow' && draft.removed.size === 0) {
      this.setError(`redaction:${escalation.id}`, this.t.redactionEmpty);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('[part~="redaction-editor"] .token')?.focus();
      return;
    }
    const team = draft.team.trim();
    if (draft.action === 'transferred' && team === '') {
      // Without a team the relay would pick the next route: never a silent surprise.
      draft.teamMissing = true;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="team"]')?.focus();
      return;
    }
    const neighbour = this.neighbourOf(escalation.id);
    const startedAt = this.focusedInside();
    this.setBusy(errorKey, true);
    // Another agent's chat does not reach this desk live: decide on what the conversation is now.
    if (this.otherOwner(escalation)) {
      const arrived = await this.refreshTranscript(escalation, errorKey);
      if (arrived === null || arrived > 0) {
        this.setBusy(errorKey, false);
        if (arrived) this.setError(errorKey, this.t.newSinceSnapshot);
        return;
      }
    }
    const ack = await connection.command('escalation:resolve', {
      id: draft.commandId,
      escalationId: escalation.id,
      action: draft.action,
      note: draft.note,
      ...(draft.action === 'redact_and_allow' ? { text: this.redactedText(escalation, draft) } : {}),
      ...(draft.action === 'transferred' && team !== '' ? { transferTo: { team } } : {}),
    });
    this.setBusy(errorKey, false);
    if (!ack.ok) {
      // A rejected command did nothing: the next attempt may reuse the id only if it is the same command.
      if (!RETRYABLE.has(ack.error.code)) draft.commandId = newId();
      return this.setError(errorKey, this.t.commandFailed(ack.error.message));
    }
    this.drafts.delete(escalation.id);
    this.queue.receive(ack.escalation);
    this.announce(this.t.resolvedItem(escalation.id, this.t.actions[draft.action]));
    this.dispatchEvent(new BatonDeskResolveEvent(draft.action, ack.escalation));
    // The resolve form is gone: on to the next card.
    await this.focusQueue(startedAt, neighbour, escalation.id);
  }

  private async sendReply(escalation: EscalationView, retryId?: string): Promise<void> {
    const connection = this.connection;
    const thread = this.thread(escalation.conversationId);
    const errorKey = `reply:${escalation.id}`;
    let id = retryId;
    let text: string;
    if (id) {
      const line = thread.line(`m:${id}`);
      if (line?.kind !== 'message') return;
      text = line.text;
      thread.retrying(id);
    } else {
      text = (this.replies.get(escalation.id) ?? '').trim();
      if (text === '') return;
      if (text.length > MAX_MESSAGE_CHARS) {
        // The relay would refuse it: keep the draft and say what to change.
        this.setError(errorKey, this.t.replyTooLong(this.formatCount(MAX_MESSAGE_CHARS)));
        return;
      }
      id = newId();
      this.replies.delete(escalation.id);
      thread.addOutgoing(id, text, this.agent?.name ?? '', new Date(this.now()).toISOString());
      this.transcriptFollow.follow();
    }
    this.setError(errorKey, null);
    this.stopTyping();
    this.requestUpdate();
    if (!connection) return thread.failed(id);
    const ack = await connection.command('agent:message', { id, escalationId: escalation.id, text });
    if (ack.ok) thread.delivered(id, ack.seq);
    else if (RETRYABLE.has(ack.error.code)) {
      // Not delivered yet: the line keeps the text and offers Retry.
      thread.failed(id);
      this.setError(errorKey, this.t.commandFailed(ack.error.message));
    } else {
      // Refused: sending it again would fail the same way, so the text goes back to be edited.
      thread.discard(id);
      const typedSince = (this.replies.get(escalation.id) ?? '').trim();
      this.replies.set(escalation.id, typedSince === '' ? text : `${text}\n${typedSince}`);
      this.setError(errorKey, this.t.replyRefused(ack.error.message));
    }
    this.requestUpdate();
  }

  private formatCount(count: number): string {
    return new Intl.NumberFormat(this.locale).format(count);
  }

  private onReplyInput(escalation: EscalationView, value: string): void {
    const before = this.replies.get(escalation.id) ?? '';
    this.replies.set(escalation.id, value);
    // The counter shows near the limit; an error about the last reply goes once the agent edits.
    if (value.length >= REPLY_COUNTER_FROM || before.length >= REPLY_COUNTER_FROM) this.requestUpdate();
    if (value.trim().length <= MAX_MESSAGE_CHARS) this.setError(`reply:${escalation.id}`, null);
    if (!this.connection) return;
    if (this.typingSent?.escalationId !== escalation.id) {
      this.stopTyping();
      void this.connection.command('agent:typing', { escalationId: escalation.id, typing: true });
    } else {
      clearTimeout(this.typingSent.timer);
    }
    this.typingSent = { escalationId: escalation.id, timer: setTimeout(() => this.stopTyping(), TYPING_IDLE_MS) };
  }

  private stopTyping(): void {
    if (!this.typingSent) return;
    clearTimeout(this.typingSent.timer);
    const { escalationId } = this.typingSent;
    this.typingSent = null;
    void this.connection?.command('agent:typing', { escalationId, typing: false });
  }

  private async loadAnalytics(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    this.analyticsProblem = null;
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = this.now();
    // One window for the totals, one per calendar day (in the agent's zone, today so far last) for
    // the compliance-over-time line, each labelled by the day it covers.
    const days = Array.from({ length: ANALYTICS_SERIES_DAYS }, (_, i) => ({
      from: new Date(startOfDay(now, i)).toISOString(),
      to: new Date(i === 0 ? now : startOfDay(now, i - 1)).toISOString(),
      timezone,
    }));
    // The totals cover the same days as the series, so every chart describes one period.
    const window = { from: days.at(-1)!.from, to: new Date(now).toISOString(), timezone };
    const [whole, ...daily] = await Promise.all([window, ...days].map((request) => connection.command('analytics:get', request)));
    if (!whole?.ok) {
      this.analyticsProblem = whole?.error.message ?? '';
      return;
    }
    this.analytics = whole.analytics;
    this.analyticsSeries = daily.flatMap((ack) => (ack.ok ? [ack.analytics] : []));
  }

  private showView(view: View): void {
    this.view = view;
    if (view === 'analytics') void this.loadAnalytics();
  }

  private signIn(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const relay = String(form.get('relay') ?? this.relay).trim();
    const token = String(form.get('token') ?? '').trim();
    if (relay) this.relay = relay;
    // The same token again after a refusal still means "try again".
    if (token === this.token) this.reconnect();
    else this.token = token;
  }

  private signOut(): void {
    this.token = '';
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const signedIn = this.connectionState !== 'signed-out' && this.connectionState !== 'unauthorized' && this.connectionState !== 'failed';
    return html`
      <div class="desk" role="region" aria-label=${t.deskLabel} lang=${this.language}>
        ${signedIn ? this.renderWorkspace() : this.renderSignIn()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">${this.announcement}</div>
        ${this.renderRejected()} ${this.renderHelp()}
      </div>
    `;
  }

  private renderSignIn(): TemplateResult {
    const t = this.t;
    const problem =
      this.connectionState === 'unauthorized' ? t.unauthorized : this.connectionState === 'failed' && this.connectionProblem ? t.refused(this.connectionProblem.message) : null;
    return html`
      <form part="sign-in" class="sign-in" @submit=${this.signIn}>
        <h2>${t.signInTitle}</h2>
        <p>${t.signInHelp}</p>
        ${problem ? html`<p class="error" role="alert" data-testid="sign-in-error">${problem}</p>` : nothing}
        ${this.relay
          ? nothing
          : html`<label>${t.relayLabel}<input name="relay" type="url" required placeholder="https://relay.example.com" /></label>`}
        <label>${t.tokenLabel}<input name="token" type="password" required autocomplete="off" spellcheck="false" /></label>
        <button type="submit" class="primary">${t.signIn}</button>
      </form>
    `;
  }

  private renderWorkspace(): TemplateResult {
    const t = this.t;
    const agent = this.agent;
    const supervisor = agent?.role === 'supervisor';
    return html`
      <header part="header" class="header">
        <div class="who">
          ${agent ? html`<strong data-testid="agent">${t.signedInAs(agent.name, t.roles[agent.role])}</strong>` : nothing}
          <span class="muted" data-testid="connection">${this.connectionText()}</span>
        </div>
        ${supervisor
          ? html`<nav aria-label=${t.viewsLabel} class="views">
              ${(['queue', 'analytics'] as const).map(
                (view) => html`<button type="button" aria-pressed=${String(this.view === view)} data-view=${view} @click=${() => this.showView(view)}>${t.views[view]}</button>`,
              )}
            </nav>`
          : nothing}
        <div class="tools">
          ${this.notifications.permission === 'default'
            ? html`<button type="button" @click=${() => void this.notifications.requestPermission()}>${t.enableNotifications}</button>`
            : nothing}
          <label class="inline"><input type="checkbox" .checked=${this.sound} @change=${(e: Event) => (this.sound = (e.target as HTMLInputElement).checked)} />${t.sound}</label>
          <button type="button" @click=${this.openHelp} aria-keyshortcuts="?">${t.helpButton}</button>
          <button type="button" @click=${this.signOut}>${t.signOut}</button>
        </div>
      </header>
      ${this.view === 'analytics' && supervisor ? this.renderAnalytics() : this.renderQueueView()}
    `;
  }

  /** The header's connection line; its changes (other than colleagues coming and going) are announced in onState. */
  private connectionText(): string {
    const t = this.t;
    switch (this.connectionState) {
      case 'online':
        return this.snapshotReceived ? t.agentsOnline(this.agentsOnline) : t.connecting;
      case 'reconnecting':
        return this.everOnline ? t.reconnecting : t.unreachable;
      default:
        return t.connecting;
    }
  }

  private renderQueueView(): TemplateResult {
    const selected = this.selectedId !== null ? (this.queue.get(this.selectedId) ?? null) : null;
    return html`
      <div class="columns">
        <aside class="queue-pane">${this.renderFilters()} ${this.renderQueue()}</aside>
        ${selected ? this.renderDetail(selected) : html`<section part="detail" class="detail empty"><p class="muted">${this.t.selectPrompt}</p></section>`}
      </div>
    `;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const counts = this.queue.counts(this.filter);
    const set = (patch: Partial<QueueFilter>) => (this.filter = { ...this.filter, ...patch });
    const value = (e: Event) => (e.target as HTMLSelectElement).value;
    return html`
      <form part="filters" class="filters" aria-label=${t.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${t.scopeLabel}
          <select name="scope" @change=${(e: Event) => set({ scope: value(e) as QueueFilter['scope'] })}>
            ${QUEUE_SCOPES.map((scope) => html`<option value=${scope} ?selected=${this.filter.scope === scope}>${t.withCount(t.scopes[scope], counts.scope[scope])}</option>`)}
          </select>
        </label>
        <label
          >${t.statusLabel}
          <select name="status" @change=${(e: Event) => set({ status: value(e) as QueueFilter['status'] })}>
            ${STATUS_FILTERS.map((status) => html`<option value=${status} ?selected=${this.filter.status === status}>${t.withCount(t.statusFilters[status], counts.status[status])}</option>`)}
          </select>
        </label>
        <label
          >${t.severityLabel}
          <select name="severity" @change=${(e: Event) => set({ severity: value(e) as QueueFilter['severity'] })}>
            <option value="any" ?selected=${this.filter.severity === 'any'}>${t.withCount(t.anySeverity, counts.severity.any)}</option>
            ${SEVERITIES.map((severity) => html`<option value=${severity} ?selected=${this.filter.severity === severity}>${t.withCount(t.severities[severity], counts.severity[severity])}</option>`)}
          </select>
        </label>
        <label
          >${t.triggerLabel}
          <select name="trigger" @change=${(e: Event) => set({ trigger: value(e) as QueueFilter['trigger'] })}>
            <option value="any" ?selected=${this.filter.trigger === 'any'}>${t.withCount(t.anyTrigger, counts.trigger.any)}</option>
            ${TRIGGER_IDS.map((trigger: TriggerId) => html`<option value=${trigger} ?selected=${this.filter.trigger === trigger}>${t.withCount(triggerLabel(trigger, this.language), counts.trigger[trigger])}</option>`)}
          </select>
        </label>
      </form>
    `;
  }

  private renderQueue(): TemplateResult {
    // Focusable (tabindex -1) so focus has somewhere to go when the card it was on leaves.
    if (!this.snapshotReceived) return html`<p class="muted empty-queue" data-testid="queue-waiting" data-focus="queue" tabindex="-1">${this.t.queueWaiting}</p>`;
    const items = this.queue.visible(this.filter);
    if (items.length === 0) return html`<p class="muted empty-queue" data-testid="empty-queue" data-focus="queue" tabindex="-1">${this.t.emptyQueue}</p>`;
    return html`<ul part="queue" class="queue" role="list" aria-label=${this.t.queueLabel} data-focus="queue" tabindex="-1">
      ${repeat(items, (item) => item.id, (item) => this.renderCard(item))}
    </ul>`;
  }

  private get detailContext(): DetailContext {
    return { t: this.t, language: this.language, locale: this.locale, timeOf: (iso) => this.timeOf(iso) };
  }

  private timeOf(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  }

  private renderSla(escalation: EscalationView): TemplateResult {
    const t = this.t;
    const breaches = this.queue.breachesOf(escalation);
    const sla = slaState(escalation, this.clock.read(), breaches);
    const text =
      sla.remainingMs === null
        ? sla.level === 'breached'
          ? t.slaBreachedStopped(breaches)
          : t.slaNone
        : sla.level === 'breached'
          ? t.slaOver(formatDuration(-sla.remainingMs))
          : t.slaLeft(formatDuration(sla.remainingMs));
    // A reassigned item counts down a new window; its earlier breach stays visible (and red).
    const earlier = sla.remainingMs !== null && sla.remainingMs > 0 && breaches > 0;
    // role=timer is not announced as it changes: countdowns must not chatter every second.
    return html`<span part="sla" class="sla" role="timer" aria-live="off" data-level=${sla.level} data-breaches=${breaches}>${text}${earlier
        ? html` <span class="sla-breaches" data-testid="sla-breaches">(${t.slaBreachedBefore(breaches)})</span>`
        : nothing}</span>`;
  }

  private renderCard(escalation: EscalationView): TemplateResult {
    const t = this.t;
    const status = cardStatus(escalation);
    const claiming = this.busy.has(`claim:${escalation.id}`);
    const assignee = escalation.assignee ? t.assignedTo(escalation.assignee.id === this.agent?.id ? `${escalation.assignee.name} ✓` : escalation.assignee.name) : t.unassigned;
    const sla = slaState(escalation, this.clock.read(), this.queue.breachesOf(escalation));
    // A claim error shows where the agent is looking: in the detail when the item is open there.
    const claimError = this.selectedId === escalation.id ? null : `claim:${escalation.id}`;
    return html`
      <li part="card" class="card" role="listitem" data-id=${escalation.id} data-severity=${escalation.severity} data-sla=${sla.level} data-status=${status} aria-current=${this.selectedId === escalation.id ? 'true' : 'false'}>
        <button type="button" part="card-select" class="card-select" id=${`card-${escalation.id}`} data-id=${escalation.id} @click=${() => this.select(escalation.id, { reveal: true })}>
          <span part="severity" class="severity" data-severity=${escalation.severity}>${t.severities[escalation.severity]}</span>
          <span class="trigger">${triggerLabel(escalation.trigger, this.language)}</span>
          <span class="id muted">${escalation.id}</span>
        </button>
        <div class="meta">
          <span class="kind">${t.kinds[escalation.kind]}</span>
          <time datetime=${escalation.createdAt}>${t.created(this.timeOf(escalation.createdAt))}</time>
          ${this.renderSla(escalation)}
          <span class="status" data-status=${status}>${t.cardStatuses[status]}</span>
          <span class="assignee">${assignee}</span>
        </div>
        ${isClaimable(escalation)
          ? html`<button type="button" part="claim-button" class="primary claim" data-id=${escalation.id} aria-describedby=${this.describedBy([`card-${escalation.id}`], claimError)} aria-disabled=${String(claiming)} aria-busy=${String(claiming)} aria-keyshortcuts="c" @click=${() => void this.claim(escalation.id)}>
              ${claiming ? t.claiming : t.claim}
            </button>`
          : nothing}
        ${claimError ? this.renderError(claimError) : nothing}
      </li>
    `;
  }

  private renderDetail(escalation: EscalationView): TemplateResult {
    const t = this.t;
    const mine = escalation.assignee?.id === this.agent?.id;
    const status = cardStatus(escalation);
    const context = this.detailContext;
    // A customer who cancelled ends it with nobody's name on it.
    const resolution = escalation.resolution;
    return html`
      <section part="detail" class="detail" aria-label=${t.detailLabel(escalation.id)} data-id=${escalation.id}>
        <header class="detail-header">
          <h2 tabindex="-1"><span part="severity" class="severity" data-severity=${escalation.severity}>${t.severities[escalation.severity]}</span> ${triggerLabel(escalation.trigger, this.language)}</h2>
          <p class="muted">${escalation.id} · ${t.kinds[escalation.kind]} · ${t.cardStatuses[status]} · ${this.renderSla(escalation)}</p>
          <div class="actions">
            ${isClaimable(escalation)
              ? html`<button type="button" class="primary" data-action="claim" aria-describedby=${this.describedBy([], `claim:${escalation.id}`)} aria-disabled=${String(this.busy.has(`claim:${escalation.id}`))} @click=${() => void this.claim(escalation.id)}>
                  ${this.busy.has(`claim:${escalation.id}`) ? t.claiming : t.claim}
                </button>`
              : nothing}
            ${status === 'claimed' && mine
              ? html`<button type="button" data-action="release" aria-describedby=${this.describedBy([], `release:${escalation.id}`)} aria-disabled=${String(this.busy.has(`release:${escalation.id}`))} @click=${() => void this.release(escalation.id)}>${t.release}</button>`
              : nothing}
          </div>
          ${this.renderError(`claim:${escalation.id}`)} ${this.renderError(`release:${escalation.id}`)}
          ${resolution
            ? html`<p class="resolution" data-testid="resolution">
                ${resolution.by ? t.resolvedBy(t.actions[resolution.action], resolution.by.name) : t.actions[resolution.action]}${resolution.note
                  ? html` <q>${resolution.note}</q>`
                  : nothing}
              </p>`
            : nothing}
        </header>
        <div class="detail-grid">
          <div class="main-column">
            ${summaryPanel(context, escalation)} ${whyPanel(context, escalation)} ${escalation.heldReply ? heldReplyPanel(context, escalation) : nothing}
            ${this.renderTranscript(escalation)} ${escalation.kind === 'takeover' ? this.renderComposer(escalation, mine && status === 'claimed') : nothing}
            ${status === 'claimed' || (status === 'open' && this.agent?.role === 'supervisor') ? this.renderResolve(escalation, mine) : nothing}
          </div>
          <div class="side-column">
            ${customerPanel(context, escalation, this.thread(escalation.conversationId))} ${rawPanel(context, escalation, this.rawEvents.get(escalation.id) ?? [])}
          </div>
        </div>
      </section>
    `;
  }

  /** The inline error for `key` beside the control that failed; `role=alert` reads it as it appears. */
  private renderError(key: string): TemplateResult | typeof nothing {
    const message = this.errors.get(key);
    if (message === undefined) return nothing;
    return html`<p class="error" role="alert" id=${errorId(key)} data-testid=${`${key.slice(0, key.indexOf(':'))}-error`}>${message}</p>`;
  }

  /** `aria-describedby` of a control: the ids given, plus the error of `errorKey` while it shows. */
  private describedBy(ids: readonly string[], errorKey: string | null): string | typeof nothing {
    const all = errorKey !== null && this.errors.has(errorKey) ? [...ids, errorId(errorKey)] : ids;
    return all.length > 0 ? all.join(' ') : nothing;
  }

  private renderTranscript(escalation: EscalationView): TemplateResult {
    const t = this.t;
    const lines = this.thread(escalation.conversationId).lines();
    const owner = this.otherOwner(escalation);
    // Focusable (tabindex 0) so keyboard users can scroll it, and focus has a place after "New messages".
    return html`
      <section part="transcript" class="panel transcript">
        <h3>${t.transcriptTitle}</h3>
        ${escalation.transfer === 'cold' ? html`<p class="muted" data-testid="cold-transcript">${t.coldTranscript}</p>` : nothing}
        ${owner ? this.renderSnapshot(escalation, owner) : nothing}
        <ol role="log" aria-live="polite" aria-label=${t.transcriptTitle} data-testid="transcript" tabindex="0" @scroll=${this.transcriptFollow.onScroll}>
          ${repeat(lines, (line) => line.key, (line) => this.renderLine(line, escalation.id))}
        </ol>
        ${this.transcriptFollow.unseen
          ? html`<button type="button" class="new-messages" data-testid="new-messages" @click=${this.jumpToLatest}>${t.newMessages} <span aria-hidden="true">↓</span></button>`
          : nothing}
        ${this.customerTyping.has(escalation.id) ? html`<p class="typing muted" data-testid="customer-typing">${t.customerTyping}</p>` : nothing}
      </section>
    `;
  }

  private readonly jumpToLatest = (): void => {
    this.transcriptFollow.jumpToLatest();
    // The cue goes away with the press: focus stays on what it pointed at.
    this.renderRoot.querySelector<HTMLElement>('[data-testid="transcript"]')?.focus();
  };

  /** Another agent holds this chat and the relay sends its live messages to them alone: say so, offer a refresh. */
  private renderSnapshot(escalation: EscalationView, owner: string): TemplateResult {
    const key = `history:${escalation.id}`;
    const refreshing = this.busy.has(key);
    const noteId = `snapshot-${escalation.id}`;
    const asOf = this.transcriptAsOf.get(escalation.id) ?? this.now();
    return html`
      <div class="snapshot" data-testid="snapshot">
        <p id=${noteId}>${this.t.snapshotNote(owner, this.clockTimeOf(asOf))}</p>
        <button type="button" data-action="refresh-transcript" aria-describedby=${this.describedBy([noteId], key)} aria-disabled=${String(refreshing)} aria-busy=${String(refreshing)} @click=${() => void this.refreshSnapshot(escalation)}>
          ${this.t.refreshTranscript}
        </button>
        ${this.renderError(key)}
      </div>
    `;
  }

  private async refreshSnapshot(escalation: EscalationView): Promise<void> {
    const key = `history:${escalation.id}`;
    if (this.busy.has(key)) return;
    this.setError(key, null);
    if ((await this.refreshTranscript(escalation, key)) !== null) this.announce(this.t.transcriptRefreshed);
  }

  /** Opening the resolve form on another agent's chat fetches the conversation again, unless it just was. */
  private refreshIfStale(escalation: EscalationView): void {
    const key = `history:${escalation.id}`;
    if (!this.otherOwner(escalation) || this.busy.has(key) || this.now() - (this.transcriptAsOf.get(escalation.id) ?? 0) < SNAPSHOT_FRESH_MS) return;
    void this.refreshTranscript(escalation, key);
  }

  private clockTimeOf(at: number): string {
    return new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(at));
  }

  private renderLine(line: ThreadLine, escalationId: string): TemplateResult {
    const t = this.t;
    switch (line.kind) {
      case 'message':
        return html`<li class="line" data-speaker=${line.speaker} data-delivery=${line.delivery ?? nothing}>
          <span class="speaker">${line.author ?? t.speakers[line.speaker]}</span>
          <span class="text">${line.text}</span>
          ${line.withheld ? html`<span class="muted" data-testid="withheld">(${t.withheld})</span>` : nothing}
          ${line.delivery
            ? html`<span class="delivery muted" data-testid="delivery">${t.delivery[line.delivery]}</span>
                ${line.delivery === 'failed'
                  ? html`<button type="button" class="link" @click=${() => {
                      const escalation = this.queue.get(escalationId);
                      if (escalation && line.id) void this.sendReply(escalation, line.id);
                    }}>${t.retry}</button>`
                  : nothing}`
            : nothing}
        </li>`;
      case 'review_decision':
        return html`<li class="line note">${t.reviewDecision(t.actions[line.decision as ResolutionAction] ?? line.decision)}${line.text !== null ? html`: <q>${line.text}</q>` : nothing}</li>`;
      case 'status':
        return html`<li class="line note muted">${t.statusEntry(t.handoffStatuses[line.status as HandoffStatus] ?? line.status)}</li>`;
    }
  }

  private renderComposer(escalation: EscalationView, canChat: boolean): TemplateResult {
    const t = this.t;
    if (!canChat) {
      const status = cardStatus(escalation);
      const ended = status === 'expired' ? t.customerLeft : status === 'resolved' ? t.chatEnded : null;
      if (ended) return html`<p class="muted" data-testid="chat-ended">${ended}</p>`;
      const owner = this.otherOwner(escalation);
      return html`<p class="muted" data-testid="chat-hint">${owner ? t.chatOwnedBy(owner) : t.chatNeedsClaim}</p>`;
    }
    const submit = (event: Event) => {
      event.preventDefault();
      void this.sendReply(escalation);
    };
    const draft = this.replies.get(escalation.id) ?? '';
    const counterId = `reply-count-${escalation.id}`;
    const showCounter = draft.length >= REPLY_COUNTER_FROM;
    const tooLong = draft.trim().length > MAX_MESSAGE_CHARS;
    return html`
      <form part="composer" class="panel composer" @submit=${submit}>
        <label for="reply">${t.chatTitle}</label>
        <textarea
          id="reply"
          data-focus="reply"
          name="reply"
          rows="3"
          maxlength=${MAX_MESSAGE_CHARS}
          aria-keyshortcuts="r"
          aria-invalid=${String(tooLong)}
          aria-describedby=${this.describedBy(showCounter ? [counterId] : [], `reply:${escalation.id}`)}
          .value=${live(draft)}
          @input=${(e: Event) => this.onReplyInput(escalation, (e.target as HTMLTextAreaElement).value)}
          @blur=${() => this.stopTyping()}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
          }}
        ></textarea>
        ${showCounter
          ? html`<p id=${counterId} class=${tooLong ? 'counter error' : 'counter muted'} data-testid="reply-count">
              ${t.replyCount(this.formatCount(draft.length), this.formatCount(MAX_MESSAGE_CHARS))}
            </p>`
          : nothing}
        ${this.renderError(`reply:${escalation.id}`)}
        <button type="submit" class="primary">${t.send}</button>
      </form>
    `;
  }

  private renderResolve(escalation: EscalationView, mine: boolean): TemplateResult {
    const t = this.t;
    if (!mine && this.agent?.role !== 'supervisor') return html`<p class="muted">${t.resolveNeedsClaim}</p>`;
    const draft = this.draft(escalation);
    const errorKey = `resolve:${escalation.id}`;
    const busy = this.busy.has(errorKey);
    const change = () => this.requestUpdate();
    // While busy the submit button is aria-disabled, not disabled: disabling it would drop focus to the page.
    return html`
      <form
        part="resolve"
        class="panel resolve"
        novalidate
        @focusin=${() => this.refreshIfStale(escalation)}
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.resolve(escalation);
        }}
      >
        <h3>${t.resolveTitle}</h3>
        <label
          >${t.actionLabel}
          <select
            name="action"
            data-focus="resolve-action"
            aria-keyshortcuts="e"
            @change=${(e: Event) => {
              draft.action = (e.target as HTMLSelectElement).value as ResolutionAction;
              this.clearErrors(errorKey, `redaction:${escalation.id}`);
              change();
            }}
          >
            ${ACTIONS_BY_KIND[escalation.kind].map((action) => html`<option value=${action} ?selected=${draft.action === action}>${t.actions[action]}</option>`)}
          </select>
        </label>
        ${draft.action === 'transferred'
          ? html`<label
                >${t.teamLabel}
                <input
                  name="team"
                  required
                  autocomplete="off"
                  aria-invalid=${draft.teamMissing ? 'true' : 'false'}
                  aria-describedby=${draft.teamMissing ? `team-error-${escalation.id}` : nothing}
                  .value=${live(draft.team)}
                  @input=${(e: Event) => {
                    draft.team = (e.target as HTMLInputElement).value;
                    if (draft.teamMissing && draft.team.trim() !== '') {
                      draft.teamMissing = false;
                      change();
                    }
                  }}
              /></label>
              ${draft.teamMissing
                ? html`<p class="error" role="alert" id=${`team-error-${escalation.id}`} data-testid="team-error">${t.teamRequired}</p>`
                : nothing}`
          : nothing}
        ${draft.action === 'redact_and_allow' ? this.renderRedactionEditor(escalation, draft) : nothing}
        <label
          >${t.noteLabel}
          <textarea name="note" rows="2" maxlength="2000" .value=${live(draft.note)} @input=${(e: Event) => (draft.note = (e.target as HTMLTextAreaElement).value)}></textarea>
        </label>
        ${this.renderError(errorKey)}
        <button type="submit" class="primary" aria-disabled=${String(busy)} aria-busy=${String(busy)} aria-describedby=${this.describedBy([], errorKey)}>${busy ? t.submitting : t.submit}</button>
      </form>
    `;
  }

  private renderRedactionEditor(escalation: EscalationView, draft: ResolveDraft): TemplateResult {
    const t = this.t;
    const tokens = tokenize(escalation.heldReply?.text ?? '');
    const toggle = (index: number, extend: boolean) => {
      const indices = extend && draft.anchor !== null ? wordRange(tokens, draft.anchor, index) : [index];
      const remove = !draft.removed.has(index);
      for (const i of indices) {
        if (remove) draft.removed.add(i);
        else draft.removed.delete(i);
      }
      draft.anchor = index;
      this.setError(`redaction:${escalation.id}`, null);
      this.requestUpdate();
    };
    return html`
      <fieldset part="redaction-editor" class="redaction" aria-describedby=${this.describedBy([], `redaction:${escalation.id}`)}>
        <legend>${t.redactionTitle}</legend>
        <p class="muted" id="redaction-help">${t.redactionHelp}</p>
        <p class="tokens" aria-describedby="redaction-help">
          ${tokens.map((token, index) =>
            token.kind === 'space'
              ? token.text
              : html`<button
                  type="button"
                  class="token"
                  data-index=${index}
                  aria-pressed=${String(draft.removed.has(index))}
                  @click=${(e: MouseEvent) => toggle(index, e.shiftKey)}
                >${draft.removed.has(index) ? html`<s>${token.text}</s>` : token.text}</button>`,
          )}
        </p>
        ${this.renderError(`redaction:${escalation.id}`)}
        <p class="preview-label">${t.redactionPreview}</p>
        <output class="preview" data-testid="redaction-preview">${this.redactedText(escalation, draft)}</output>
      </fieldset>
    `;
  }



  private renderAnalytics(): TemplateResult {
    const t = this.t;
    return html`
      <section class="analytics" aria-label=${t.views.analytics}>
        <button type="button" @click=${() => void this.loadAnalytics()}>${t.refresh}</button>
        ${this.analyticsProblem ? html`<p role="alert" class="error">${t.analyticsFailed(this.analyticsProblem)}</p>` : nothing}
        ${this.analytics
          ? html`<baton-desk-analytics
              .analytics=${this.analytics}
              .series=${this.analyticsSeries}
              .theme=${this.theme === 'auto' ? undefined : this.theme}
              locale=${this.locale}
            ></baton-desk-analytics>`
          : this.analyticsProblem
            ? nothing
            : html`<p class="muted">${t.analyticsLoading}</p>`}
      </section>
    `;
  }

  private renderRejected(): TemplateResult | typeof nothing {
    if (this.rejected.length === 0) return nothing;
    return html`
      <details part="dev-errors" class="dev-errors" open>
        <summary>${this.t.errorsTitle} (${this.rejected.length})</summary>
        <ul role="log" data-testid="rejected">
          ${this.rejected.map((item) => html`<li><code>${item.event}</code>: ${item.problems}</li>`)}
        </ul>
      </details>
    `;
  }

  private renderHelp(): TemplateResult {
    const t = this.t;
    return html`
      <dialog part="help" class="help" aria-labelledby="help-title">
        <h2 id="help-title">${t.helpTitle}</h2>
        <dl class="shortcuts">
          ${SHORTCUT_KEYS.map(([key, action]) => html`<dt><kbd>${key}</kbd></dt><dd>${t.shortcuts[action]}</dd>`)}
        </dl>
        <form method="dialog"><button type="submit" class="primary">${t.close}</button></form>
      </dialog>
    `;
  }
}
