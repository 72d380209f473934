import type {
  AgentRef,
  ContactDetails,
  ContextSummary,
  ConversationEvent,
  EscalationDecision,
  EscalationStatus,
  HandoffKind,
  RedactedMessage,
  ResolutionAction,
  Route,
  Severity,
  TransferMode,
  TriggerId,
} from '@baton/protocol';

/** Escalations that hold a place in the queue: waiting, or with an agent. */
export const OPEN_STATUSES = ['queued', 'assigned', 'connected'] as const satisfies readonly EscalationStatus[];

export function isOpen(status: EscalationStatus): boolean {
  return (OPEN_STATUSES as readonly EscalationStatus[]).includes(status);
}

/**
 * Where the relay keeps everything it acknowledges. The relay holds no state of its own that a
 * restart would lose: queues, conversations, sequence numbers, SLA deadlines, audit and pending
 * notifications all live here. Methods are async so a networked store (PostgreSQL) fits the same
 * shape; each method is atomic on its own, which is what the claim race and sequence numbers rely on.
 */
export interface RelayStore {
  /** `sqlite`, `postgres`… for `/healthz`. */
  readonly kind: string;
  /** Throws when the store cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Creates the conversation, or returns the existing one (`created: false`) for a retried id. */
  openConversation(conversation: NewConversation): Promise<{ conversation: ConversationRecord; created: boolean }>;
  getConversation(id: string): Promise<ConversationRecord | null>;
  /** Who owns a conversation: the cheap check every customer command makes. */
  conversationOwner(id: string): Promise<{ ownerKey: string; siteKey: string } | null>;
  countConversations(from: number, to: number): Promise<number>;

  /**
   * Appends events with the conversation's next sequence numbers, together with audit entries.
   * With a `commandId` already used in this conversation, nothing is written and the events
   * stored the first time come back with `created: false`. With `expect`, nothing is written
   * either when the escalation no longer matches it (`mismatched`).
   */
  appendEvents(conversationId: string, input: AppendInput): Promise<AppendResult>;
  /** The events a command wrote, oldest first (empty when the id is unused). */
  eventsByCommand(conversationId: string, commandId: string): Promise<ConversationEvent[]>;
  /** The log after `since`, oldest first. */
  eventsSince(conversationId: string, since: number, options: { limit: number; customerVisibleOnly: boolean }): Promise<ConversationEvent[]>;

  /**
   * Writes a new escalation with its first events and audit, unless its id exists (that one comes back, `created: false`) or, with
   * `exclusive`, the conversation already has an open one (queued, assigned or connected), or, for a
   * new offline one, a current one (`activeEscalationFor`, offline too): then that one comes back, so
   * a conversation never has two people's places in line, nor a pile of unanswered offline requests.
   * Atomic with the write.
   */
  createEscalation(
    escalation: EscalationRecord,
    input: AppendInput,
    options?: { exclusive?: boolean },
  ): Promise<{ created: boolean; escalation: EscalationRecord; events: ConversationEvent[] }>;
  getEscalation(id: string): Promise<EscalationRecord | null>;
  /**
   * The conversation's current escalation: its open one (queued, assigned or connected), else its
   * newest if that is offline. An older offline request that a later handoff followed is not current.
   */
  activeEscalationFor(conversationId: string): Promise<EscalationRecord | null>;
  /** Queued, assigned and connected escalations, most severe first, then oldest first. */
  listOpenEscalations(): Promise<EscalationRecord[]>;
  /** The same set without the heavy fields, for queue positions and wait estimates. */
  listQueue(): Promise<QueueEntry[]>;
  /**
   * Compare-and-set: applies `set` only when the escalation matches `expect`, appending events and
   * audit in the same transaction. Exactly one of two racing claims sees `applied: true`. With
   * `expect.exclusive`, a failure because another escalation of the conversation is open returns
   * that one as `open`.
   */
  updateEscalation(id: string, change: EscalationUpdate): Promise<UpdateResult>;

  /** The earliest pending SLA warning or deadline. */
  nextSlaAt(): Promise<number | null>;
  /** Escalations whose SLA warning or deadline is at or before `now`. */
  slaDue(now: number): Promise<EscalationRecord[]>;

  /** Claim-to-resolution times of the latest terminal resolutions, oldest first. */
  recentHandleTimes(limit: number): Promise<number[]>;
  analyticsRows(from: number, to: number): Promise<AnalyticsRow[]>;

  /** Audit entries written in [from, to) after `afterSeq`, in writing order. */
  auditPage(query: AuditQuery): Promise<AuditEntry[]>;
  auditByCommand(actorId: string, commandId: string): Promise<AuditEntry | null>;

  enqueueNotification(notification: NewNotification): Promise<NotificationRecord>;
  /** Pending notifications due at `now`: the `perChannel` oldest of each channel, so one channel's backlog never hides another's. */
  dueNotifications(now: number, perChannel: number): Promise<NotificationRecord[]>;
  /** The earliest pending attempt scheduled after `after`. */
  nextNotificationAt(after: number): Promise<number | null>;
  updateNotification(id: number, patch: NotificationPatch): Promise<void>;
  listNotifications(): Promise<NotificationRecord[]>;
}

export interface NewConversation {
  id: string;
  siteKey: string;
  /** `v:<visitorId>` or `c:<customerId>`: who may read and write the conversation. */
  ownerKey: string;
  visitorId: string;
  customerId: string | null;
  tier: string | null;
  createdAt: number;
}

export interface ConversationRecord extends NewConversation {
  lastSeq: number;
}

/** A conversation event before the store numbers it. */
export type NewEvent = ConversationEvent extends infer E ? (E extends ConversationEvent ? Omit<E, 'seq' | 'at'> : never) : never;

export interface AppendInput {
  at: number;
  commandId?: string;
  events: NewEvent[];
  audit?: NewAuditEntry[];
  /**
   * Writes only while this escalation is in one of these statuses (and, with `assigneeId`, held by
   * that agent), checked in the write's own transaction: a chat line racing a resolution lands
   * before it or not at all.
   */
  expect?: { escalationId: string; status: readonly EscalationStatus[]; assigneeId?: string | null };
}

/**
 * What `appendEvents` did: wrote the events (`created`), found those an earlier try of the same
 * command wrote, or wrote nothing because the escalation no longer matched `expect` (`mismatched`:
 * the escalation as it is now, null if it does not exist).
 */
export type AppendResult =
  | { created: boolean; events: ConversationEvent[]; mismatched?: undefined }
  | { created: false; events: []; mismatched: EscalationRecord | null };

export const CUSTOMER_VISIBLE_EVENTS: ReadonlySet<ConversationEvent['type']> = new Set(['status', 'review_decision', 'message']);

/** Whether the customer receives this event (their own messages are not echoed back). */
export function isCustomerVisible(event: NewEvent | ConversationEvent): boolean {
  if (event.type === 'message') return event.from === 'agent';
  return CUSTOMER_VISIBLE_EVENTS.has(event.type);
}

export interface SlaWindow {
  targetMs: number;
  startedAt: number;
  warnAt: number;
  dueAt: number;
  warned: boolean;
}

export interface Resolution {
  action: ResolutionAction | 'cancelled';
  note: string;
  /** The reply the customer was shown (review decisions). */
  text: string | null;
  by: AgentRef | null;
  at: number;
}

export interface EscalationRecord {
  id: string;
  conversationId: string;
  siteKey: string;
  ownerKey: string;
  visitorId: string;
  customerId: string | null;
  tier: string | null;
  kind: HandoffKind;
  trigger: TriggerId;
  rule: string | null;
  severity: Severity;
  transfer: TransferMode;
  decision: EscalationDecision;
  team: string | null;
  summary: ContextSummary | null;
  transcript: RedactedMessage[];
  heldReply: RedactedMessage | null;
  followUp: boolean;
  contact: ContactDetails | null;
  status: EscalationStatus;
  route: Route;
  routingRule: string | null;
  assignee: AgentRef | null;
  createdAt: number;
  claimedAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  resolution: Resolution | null;
  sla: SlaWindow | null;
  slaBreaches: number;
  slaMetAt: number | null;
  updatedAt: number;
  /** The conversation's latest sequence number when this record was read (not stored on the escalation). */
  lastSeq: number;
}

export type EscalationPatch = Partial<
  Pick<
    EscalationRecord,
    | 'status'
    | 'route'
    | 'routingRule'
    | 'assignee'
    | 'claimedAt'
    | 'firstResponseAt'
    | 'resolvedAt'
    | 'resolution'
    | 'sla'
    | 'slaBreaches'
    | 'slaMetAt'
    | 'followUp'
    | 'contact'
  >
>;

export interface EscalationUpdate {
  at: number;
  /**
   * The client-generated command id, stamped on the appended events. When events with it already
   * exist the change is not applied and those events come back (`duplicate: true`).
   */
  commandId?: string;
  expect?: {
    status?: readonly EscalationStatus[];
    /** `null`: must be unassigned. */
    assigneeId?: string | null;
    /** Guards SLA processing against a window that moved on meanwhile. */
    slaStartedAt?: number | null;
    /** No other escalation of the conversation is open: for a change that opens this one. */
    exclusive?: boolean;
  };
  /** The new values, or a function of the current record (evaluated inside the transaction). */
  set: EscalationPatch | ((current: EscalationRecord) => EscalationPatch);
  events?: NewEvent[];
  audit?: NewAuditEntry[];
}

export type UpdateResult =
  | { applied: true; escalation: EscalationRecord; events: ConversationEvent[] }
  | { applied: false; escalation: EscalationRecord | null; duplicate?: ConversationEvent[]; open?: EscalationRecord };

export interface QueueEntry {
  id: string;
  conversationId: string;
  kind: HandoffKind;
  severity: Severity;
  transfer: TransferMode;
  status: EscalationStatus;
  route: Route;
  assigneeId: string | null;
  /** Someone has owned it at some point (a cold transfer shows its conversation from then on). */
  claimed: boolean;
  followUp: boolean;
  createdAt: number;
}

export interface AnalyticsRow {
  id: string;
  conversationId: string;
  kind: HandoffKind;
  trigger: TriggerId;
  rule: string | null;
  severity: Severity;
  status: EscalationStatus;
  ownerKey: string;
  followUp: boolean;
  createdAt: number;
  claimedAt: number | null;
  resolvedAt: number | null;
  resolution: Resolution | null;
  slaBreaches: number;
  slaMetAt: number | null;
}

export const AUDIT_ACTIONS = [
  'escalation_created',
  'claim',
  'release',
  'message',
  'resolve',
  'review_decision',
  'reassign',
  'transfer',
  'cancel',
  'offline_message',
  'sla_warning',
  'sla_breach',
  'offline',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface NewAuditEntry {
  actorType: 'agent' | 'customer' | 'system';
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  escalationId?: string | null;
  conversationId?: string | null;
  note?: string | null;
  detail?: Record<string, unknown> | null;
  /** How long the step took: wait before a claim, handle time for a resolution. */
  durationMs?: number | null;
  /** The client-generated command id, so a retried command finds what it did the first time. */
  commandId?: string | null;
}

/** The relay itself as the actor of what it does on its own (SLA breaches, moving unstaffed queues offline). */
export const RELAY_ACTOR: Pick<NewAuditEntry, 'actorType' | 'actorId' | 'actorName'> = { actorType: 'system', actorId: null, actorName: 'relay' };

export interface AuditQuery {
  from: number;
  to: number;
  afterSeq: number;
  limit: number;
  /** Only these actions. */
  actions?: readonly AuditAction[];
}

export interface AuditEntry extends Required<NewAuditEntry> {
  /** Order of writing; unique, so it doubles as the entry's id. */
  seq: number;
  at: number;
}

export type NotificationStatus = 'pending' | 'delivered' | 'failed';

export interface NewNotification {
  /** Sent as `X-Baton-Delivery`, the same on every retry, so receivers can de-duplicate. */
  deliveryId: string;
  channelId: string;
  event: string;
  escalationId: string | null;
  /** The exact body to POST. */
  body: string;
  createdAt: number;
}

export interface NotificationRecord extends NewNotification {
  id: number;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: string | null;
  deliveredAt: number | null;
}

export type NotificationPatch = Partial<Pick<NotificationRecord, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'deliveredAt'>>;
