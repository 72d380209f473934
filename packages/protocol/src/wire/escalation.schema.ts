import * as z from 'zod';
import { HANDOFF_KINDS, REVIEW_DECISIONS, SEVERITIES, TRANSFER_MODES, TRIGGER_IDS } from '../vocabulary.js';
import { contextSummarySchema, escalationDecisionSchema, redactedMessageSchema } from '../summary.schema.js';
import { idSchema, instantSchema, seqSchema, teamNameSchema } from './common.schema.js';

/** Where an escalation is, as agents see it. */
export const ESCALATION_STATUSES = ['offline', 'queued', 'assigned', 'connected', 'resolved', 'cancelled'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** Where a handoff is, as the customer sees it (`handoff:status`). */
export const HANDOFF_STATUSES = ['queued', 'assigned', 'connected', 'in_review', 'resolved', 'returned', 'offline'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** Why the customer sees `offline`. */
export const OFFLINE_REASONS = ['out_of_hours', 'no_agent_online'] as const;
export type OfflineReason = (typeof OFFLINE_REASONS)[number];

/** How an agent ends (or passes on) a live takeover. */
export const TAKEOVER_ACTIONS = ['resolved', 'handed_back', 'transferred'] as const;
export type TakeoverAction = (typeof TAKEOVER_ACTIONS)[number];

/** Every `escalation:resolve` action: the takeover ones and the review decisions. */
export const RESOLUTION_ACTIONS = [...TAKEOVER_ACTIONS, ...REVIEW_DECISIONS] as const;
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number];

/** Who may pick an escalation up. Supervisors see every escalation whatever its route. */
export const routeSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('anyone') }),
  z.object({ to: z.literal('team'), team: teamNameSchema }),
  z.object({ to: z.literal('agent'), agent: idSchema }),
  z.object({ to: z.literal('supervisors') }),
]);
export type Route = z.infer<typeof routeSchema>;

export const agentRefSchema = z.object({ id: idSchema, name: z.string() });
export type AgentRef = z.infer<typeof agentRefSchema>;

export const contactDetailsSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email({ error: 'expected an email address' }).max(320).optional(),
});
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

/** One escalation as the desk shows it: queue card, claim, chat, resolution, SLA. */
export const escalationViewSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  siteKey: z.string(),
  kind: z.enum(HANDOFF_KINDS),
  status: z.enum(ESCALATION_STATUSES),
  decision: escalationDecisionSchema,
  trigger: z.enum(TRIGGER_IDS),
  severity: z.enum(SEVERITIES),
  transfer: z.enum(TRANSFER_MODES),
  /** The policy's route hint (a team), if any. */
  team: teamNameSchema.nullable(),
  route: routeSchema,
  /** The routing rule that placed it. */
  routingRule: z.string().nullable(),
  /** Warm transfers only in the queue; cold transfers reveal it after a claim through `escalation:history`. */
  summary: contextSummarySchema.nullable(),
  transcript: z.array(redactedMessageSchema),
  /** Review kind: the AI reply held for a decision. */
  heldReply: redactedMessageSchema.nullable(),
  customer: z.object({
    visitorId: idSchema,
    /** Set only for a verified identity. */
    customerId: z.string().nullable(),
    tier: z.string().nullable(),
    contact: contactDetailsSchema.nullable(),
  }),
  /** Left through `offline:message` while nobody was available. */
  followUp: z.boolean(),
  assignee: agentRefSchema.nullable(),
  createdAt: instantSchema,
  claimedAt: instantSchema.nullable(),
  firstResponseAt: instantSchema.nullable(),
  resolvedAt: instantSchema.nullable(),
  resolution: z
    .object({ action: z.enum([...RESOLUTION_ACTIONS, 'cancelled']), note: z.string(), by: agentRefSchema.nullable(), at: instantSchema })
    .nullable(),
  /** The running SLA window, or null once met, resolved, or not applicable. */
  sla: z
    .object({ startedAt: instantSchema, warnAt: instantSchema, dueAt: instantSchema, warned: z.boolean(), breaches: z.number().int().min(0) })
    .nullable(),
  /** SLA deadlines missed so far, also once the window is gone (met, or nowhere left to reassign). */
  slaBreaches: z.number().int().min(0),
  /** The conversation's latest sequence number when this view was taken. */
  lastSeq: seqSchema,
});
export type EscalationView = z.infer<typeof escalationViewSchema>;

/**
 * One entry of a conversation's durable log, in `escalation:history`. `seq` orders the log;
 * the customer receives the entries meant for them (`agent` messages, `status`, `review_decision`)
 * as `agent:message`, `handoff:status` and `review:decision`.
 */
export const conversationEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message'),
    seq: seqSchema,
    at: instantSchema,
    id: idSchema,
    from: z.enum(['customer', 'agent']),
    text: z.string(),
    agent: agentRefSchema.nullable(),
    escalationId: idSchema.nullable(),
  }),
  z.object({
    type: z.literal('handoff'),
    seq: seqSchema,
    at: instantSchema,
    escalationId: idSchema,
    decision: escalationDecisionSchema,
  }),
  z.object({
    type: z.literal('context'),
    seq: seqSchema,
    at: instantSchema,
    id: idSchema,
    escalationId: idSchema,
    messages: z.array(redactedMessageSchema),
  }),
  z.object({
    type: z.literal('status'),
    seq: seqSchema,
    at: instantSchema,
    escalationId: idSchema,
    kind: z.enum(HANDOFF_KINDS),
    transfer: z.enum(TRANSFER_MODES),
    status: z.enum(HANDOFF_STATUSES),
    /** Queue position and wait when the status was recorded; live refreshes follow separately. */
    position: z.number().int().min(1).nullable(),
    estimatedWaitMs: z.number().int().min(0).nullable(),
    agentName: z.string().nullable(),
    offlineReason: z.enum(OFFLINE_REASONS).nullable(),
  }),
  z.object({
    type: z.literal('review_decision'),
    seq: seqSchema,
    at: instantSchema,
    escalationId: idSchema,
    decision: z.enum(REVIEW_DECISIONS),
    text: z.string().nullable(),
  }),
  z.object({
    type: z.literal('offline_message'),
    seq: seqSchema,
    at: instantSchema,
    id: idSchema,
    escalationId: idSchema,
    text: z.string(),
    contact: contactDetailsSchema.nullable(),
  }),
]);
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
export type ConversationEventType = ConversationEvent['type'];

const share = z.number().min(0).max(1).nullable();

/** `analytics:get`: the figures DESIGN.md lists, over a time window. */
export const analyticsSchema = z.object({
  from: instantSchema,
  to: instantSchema,
  timezone: z.string(),
  conversations: z.number().int().min(0),
  escalations: z.number().int().min(0),
  /**
   * Per trigger: escalations, the conversations they came from, and `rate` = those conversations
   * per conversation opened in the window (can pass 1 when older conversations escalate).
   */
  byTrigger: z.array(z.object({ trigger: z.enum(TRIGGER_IDS), count: z.number().int(), conversations: z.number().int(), rate: z.number().min(0).nullable() })),
  topRules: z.array(z.object({ rule: z.string(), count: z.number().int() })),
  /**
   * How each rule's escalations ended, keyed by topic rule id, or by trigger for triggers without
   * rules: the basis of tuning hints ("rule X is allowed by reviewers 90 % of the time").
   */
  outcomesByRule: z.array(
    z.object({
      rule: z.string(),
      trigger: z.enum(TRIGGER_IDS),
      escalations: z.number().int(),
      resolved: z.number().int(),
      actions: z.partialRecord(z.enum([...RESOLUTION_ACTIONS, 'cancelled']), z.number().int()),
    }),
  ),
  /** Every `escalation:resolve` action (and customer cancellations) in the window. */
  resolutions: z.array(z.object({ action: z.enum([...RESOLUTION_ACTIONS, 'cancelled']), count: z.number().int() })),
  sla: z.object({
    met: z.number().int(),
    breached: z.number().int(),
    compliance: share,
    bySeverity: z.array(z.object({ severity: z.enum(SEVERITIES), met: z.number().int(), breached: z.number().int(), compliance: share })),
  }),
  /** From request to resolution, per severity. */
  resolutionTime: z.array(z.object({ severity: z.enum(SEVERITIES), count: z.number().int(), meanMs: z.number().nullable() })),
  reviewers: z.array(
    z.object({
      agent: agentRefSchema,
      decisions: z.number().int(),
      /** From claim to decision. */
      meanDecisionMs: z.number().nullable(),
      byDecision: z.record(z.enum(REVIEW_DECISIONS), z.number().int()),
    }),
  ),
  /** Customers (verified id, else visitor id) with more than one escalation in the window. */
  repeatCustomers: z.object({
    count: z.number().int(),
    top: z.array(z.object({ customer: z.string(), escalations: z.number().int() })),
  }),
  /** Escalations per hour of day (0-23) in `timezone`. */
  byHour: z.array(z.number().int()).length(24),
});
export type Analytics = z.infer<typeof analyticsSchema>;

