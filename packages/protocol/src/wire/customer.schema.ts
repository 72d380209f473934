import * as z from 'zod';
import { HANDOFF_KINDS, REVIEW_DECISIONS, TRANSFER_MODES } from '../vocabulary.js';
import { contextSummarySchema, escalationDecisionSchema, redactedMessageSchema } from '../summary.schema.js';
import { idSchema, instantSchema, messageTextSchema, seqSchema, teamNameSchema } from './common.schema.js';
import { HANDOFF_STATUSES, OFFLINE_REASONS, contactDetailsSchema } from './escalation.schema.js';
import { commandErrorSchema } from './ack.schema.js';

// ---- commands: client → relay on /customer -------------------------------------------------

export const conversationOpenSchema = z.object({
  /** Client-generated conversation id; opening it again (another tab, a reconnect) is the same conversation. */
  id: idSchema,
  /**
   * The last sequence number this client saw. The relay replays every later event meant for the
   * customer, in order, before it acknowledges. Leave out on a fresh conversation.
   */
  since: seqSchema.optional(),
});
export const conversationOpenResultSchema = z.object({
  conversation: z.object({
    id: idSchema,
    lastSeq: seqSchema,
    /** The open handoff, if any. */
    escalationId: idSchema.nullable(),
    status: z.enum(HANDOFF_STATUSES).nullable(),
  }),
  /** How many missed events were replayed before this ack. */
  replayed: z.number().int().min(0),
});

export const handoffRequestSchema = z
  .object({
    /** Client-generated escalation id. */
    id: idSchema,
    conversationId: idSchema,
    /** What the policy decided: kind, trigger, rule, severity, transfer, reason, evidence. */
    decision: escalationDecisionSchema,
    /** Warm transfers: the briefing the agent reads before engaging. */
    summary: contextSummarySchema.nullable().default(null),
    /** The conversation so far, after PII redaction. */
    transcript: z.array(redactedMessageSchema).max(200, { error: 'expected at most 200 transcript messages' }).default([]),
    /** Review kind: the AI reply held until a reviewer decides. */
    heldReply: redactedMessageSchema.nullable().default(null),
    /** The policy's route hint (a topic rule's `route`). */
    team: teamNameSchema.nullable().default(null),
  })
  .superRefine((request, ctx) => {
    if (request.decision.kind === 'review' && request.heldReply === null) {
      ctx.addIssue({ code: 'custom', path: ['heldReply'], message: 'expected the held AI reply for a review handoff' });
    }
    if (request.decision.kind === 'takeover' && request.heldReply !== null) {
      ctx.addIssue({ code: 'custom', path: ['heldReply'], message: 'a takeover carries no held reply; use kind "review"' });
    }
  });
export const handoffRequestResultSchema = z.object({
  escalation: z.object({
    id: idSchema,
    status: z.enum(HANDOFF_STATUSES),
    position: z.number().int().min(1).nullable(),
    estimatedWaitMs: z.number().int().min(0).nullable(),
    transfer: z.enum(TRANSFER_MODES),
    offlineReason: z.enum(OFFLINE_REASONS).nullable(),
  }),
});

export const contextAppendSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  messages: z
    .array(redactedMessageSchema)
    .min(1, { error: 'expected at least one message' })
    .max(50, { error: 'expected at most 50 messages per append' }),
});
export const sequencedResultSchema = z.object({ seq: seqSchema });

export const customerMessageSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  text: messageTextSchema,
});

export const customerTypingSchema = z.object({
  conversationId: idSchema,
  typing: z.boolean({ error: 'expected typing: true or false' }),
});
export const emptyResultSchema = z.object({});

export const handoffCancelSchema = z.object({
  conversationId: idSchema,
  escalationId: idSchema,
  reason: z.string().max(500).optional(),
});
export const handoffCancelResultSchema = z.object({ status: z.enum(HANDOFF_STATUSES) });

export const offlineMessageSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  /** The handoff that came back `offline`, if there was one; its decision travels with the message. */
  escalationId: idSchema.optional(),
  text: messageTextSchema,
  /** How to get back to the customer. */
  contact: contactDetailsSchema.optional(),
});
export const offlineMessageResultSchema = z.object({ escalationId: idSchema, seq: seqSchema });

// ---- events: relay → client on /customer ---------------------------------------------------

export const handoffStatusEventSchema = z.object({
  conversationId: idSchema,
  escalationId: idSchema,
  kind: z.enum(HANDOFF_KINDS),
  status: z.enum(HANDOFF_STATUSES),
  /** Present on durable transitions (replayed on reconnect); absent on live queue-position refreshes. */
  seq: seqSchema.optional(),
  at: instantSchema,
  transfer: z.enum(TRANSFER_MODES),
  /** 1 = next in line. Only while queued or in review. */
  position: z.number().int().min(1).nullable(),
  estimatedWaitMs: z.number().int().min(0).nullable(),
  /** The person who has the conversation, once assigned. */
  agentName: z.string().nullable(),
  offlineReason: z.enum(OFFLINE_REASONS).nullable(),
});
export type HandoffStatusEvent = z.infer<typeof handoffStatusEventSchema>;

export const agentMessageEventSchema = z.object({
  conversationId: idSchema,
  escalationId: idSchema,
  seq: seqSchema,
  id: idSchema,
  text: z.string(),
  agentName: z.string(),
  at: instantSchema,
});
export type AgentMessageEvent = z.infer<typeof agentMessageEventSchema>;

export const agentTypingEventSchema = z.object({
  conversationId: idSchema,
  escalationId: idSchema,
  typing: z.boolean(),
  agentName: z.string(),
});
export type AgentTypingEvent = z.infer<typeof agentTypingEventSchema>;

export const reviewDecisionEventSchema = z.object({
  conversationId: idSchema,
  escalationId: idSchema,
  seq: seqSchema,
  at: instantSchema,
  decision: z.enum(REVIEW_DECISIONS),
  /**
   * What to show the customer: the held reply (`allow`), the reviewer's redacted version
   * (`redact_and_allow`), or null (`block`: show the fallback; `escalate_further`: still in review).
   */
  text: z.string().nullable(),
});
export type ReviewDecisionEvent = z.infer<typeof reviewDecisionEventSchema>;

/** A command that could not be answered through an ack (none given, or an unknown event name). */
export const relayErrorEventSchema = z.object({ event: z.string(), error: commandErrorSchema });
export type RelayErrorEvent = z.infer<typeof relayErrorEventSchema>;

// ---- registries: one source of truth for names, payloads and acks --------------------------

export const customerCommands = {
  'conversation:open': { request: conversationOpenSchema, result: conversationOpenResultSchema },
  'handoff:request': { request: handoffRequestSchema, result: handoffRequestResultSchema },
  'context:append': { request: contextAppendSchema, result: sequencedResultSchema },
  'customer:message': { request: customerMessageSchema, result: sequencedResultSchema },
  'customer:typing': { request: customerTypingSchema, result: emptyResultSchema },
  'handoff:cancel': { request: handoffCancelSchema, result: handoffCancelResultSchema },
  'offline:message': { request: offlineMessageSchema, result: offlineMessageResultSchema },
} as const;

export const customerEvents = {
  'handoff:status': handoffStatusEventSchema,
  'agent:message': agentMessageEventSchema,
  'agent:typing': agentTypingEventSchema,
  'review:decision': reviewDecisionEventSchema,
  'relay:error': relayErrorEventSchema,
} as const;
