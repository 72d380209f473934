import * as z from 'zod';
import { HANDOFF_KINDS, REVIEW_DECISIONS, SEVERITIES } from '../vocabulary.js';
import { redactedMessageSchema } from '../summary.schema.js';
import { idSchema, instantSchema, messageTextSchema, seqSchema, teamNameSchema } from './common.schema.js';
import { agentIdentitySchema } from './handshake.schema.js';
import {
  RESOLUTION_ACTIONS,
  TAKEOVER_ACTIONS,
  analyticsSchema,
  conversationEventSchema,
  escalationViewSchema,
  routeSchema,
} from './escalation.schema.js';
import { emptyResultSchema, relayErrorEventSchema, sequencedResultSchema } from './customer.schema.js';

// ---- commands: client → relay on /agent ----------------------------------------------------

const escalationRef = { escalationId: idSchema };

export const escalationClaimSchema = z.object(escalationRef);
export const escalationResultSchema = z.object({ escalation: escalationViewSchema });

export const escalationReleaseSchema = z.object({
  ...escalationRef,
  note: z.string().max(2_000).optional(),
});

export const escalationResolveSchema = z
  .object({
    /** Client-generated; a retried resolve returns the first result instead of acting twice. */
    id: idSchema,
    ...escalationRef,
    /** Takeover: resolved, handed_back, transferred. Review: allow, block, redact_and_allow, escalate_further. */
    action: z.enum(RESOLUTION_ACTIONS, { error: `expected one of ${RESOLUTION_ACTIONS.join(', ')}` }),
    /** Kept in the audit log. */
    note: z.string().max(2_000, { error: 'expected at most 2000 characters' }).default(''),
    /** `redact_and_allow`: the reply as the customer should see it. */
    text: messageTextSchema.optional(),
    /** `transferred`: where to; left out, the next routing target takes it. */
    transferTo: z
      .union([z.object({ team: teamNameSchema }).strict(), z.object({ agent: idSchema }).strict()], {
        error: 'expected { team } or { agent }',
      })
      .optional(),
  })
  .superRefine((request, ctx) => {
    if (request.action === 'redact_and_allow' && request.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'expected the redacted reply text for redact_and_allow' });
    }
    if (request.transferTo !== undefined && request.action !== 'transferred') {
      ctx.addIssue({ code: 'custom', path: ['transferTo'], message: 'transferTo applies only to action "transferred"' });
    }
  });

export const agentMessageSchema = z.object({
  id: idSchema,
  ...escalationRef,
  text: messageTextSchema,
});

export const agentTypingSchema = z.object({
  ...escalationRef,
  typing: z.boolean({ error: 'expected typing: true or false' }),
});

export const escalationHistorySchema = z.object({
  ...escalationRef,
  /** Return the log after this sequence number (0: from the start). */
  since: seqSchema.default(0),
  limit: z.number().int().min(1).max(1_000).default(500),
});
export const escalationHistoryResultSchema = z.object({
  escalation: escalationViewSchema,
  events: z.array(conversationEventSchema),
  /** More entries follow: ask again with `since` = the last `seq`. */
  hasMore: z.boolean(),
});

export const analyticsRequestSchema = z.object({
  /** Window start; default 30 days before `to`. */
  from: instantSchema.optional(),
  /** Window end; default now. */
  to: instantSchema.optional(),
  /** IANA zone for the time-of-day figures; default UTC. */
  timezone: z
    .string()
    .max(64)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, { error: 'expected an IANA time zone such as Europe/Paris' })
    .default('UTC'),
});
export const analyticsResultSchema = z.object({ analytics: analyticsSchema });

// ---- events: relay → client on /agent ------------------------------------------------------

export const ESCALATION_CHANGES = [
  'claimed',
  'released',
  'responded',
  'resolved',
  'cancelled',
  'transferred',
  'reassigned',
  'escalated',
  'sla_warning',
] as const;
export type EscalationChange = (typeof ESCALATION_CHANGES)[number];

export const queueSnapshotEventSchema = z.object({
  at: instantSchema,
  /** Who the relay thinks you are (from your token). */
  agent: agentIdentitySchema,
  /** Open escalations you may see (plus those assigned to you), most urgent first. */
  escalations: z.array(escalationViewSchema),
  agentsOnline: z.number().int().min(0),
});

/**
 * The number of distinct agents online changed (not per conversation, so no `seq`): the latest one
 * wins, and `queue:snapshot` carries the count again after a reconnect.
 */
export const presenceUpdatedEventSchema = z.object({
  at: instantSchema,
  agentsOnline: z.number().int().min(0),
});

export const escalationCreatedEventSchema = z.object({ escalation: escalationViewSchema });
/** Also sent to agents who newly see an escalation (transfer, reassignment): treat an unknown id as new. */
export const escalationUpdatedEventSchema = z.object({ escalation: escalationViewSchema, change: z.enum(ESCALATION_CHANGES) });

export const contextAppendedEventSchema = z.object({
  escalationId: idSchema,
  conversationId: idSchema,
  seq: seqSchema,
  at: instantSchema,
  id: idSchema,
  messages: z.array(redactedMessageSchema),
});

export const customerMessageEventSchema = z.object({
  escalationId: idSchema,
  conversationId: idSchema,
  seq: seqSchema,
  at: instantSchema,
  id: idSchema,
  text: z.string(),
});

export const customerTypingEventSchema = z.object({
  escalationId: idSchema,
  conversationId: idSchema,
  typing: z.boolean(),
});

const slaEventBase = {
  escalationId: idSchema,
  conversationId: idSchema,
  kind: z.enum(HANDOFF_KINDS),
  severity: z.enum(SEVERITIES),
  dueAt: instantSchema,
  at: instantSchema,
};
export const slaWarningEventSchema = z.object({ ...slaEventBase, remainingMs: z.number().int().min(0) });
export const slaBreachedEventSchema = z.object({
  ...slaEventBase,
  /** The new route after auto-reassignment, or null when there was nowhere further to go. */
  reassignedTo: routeSchema.nullable(),
});

// ---- registries ----------------------------------------------------------------------------

export const agentCommands = {
  'escalation:claim': { request: escalationClaimSchema, result: escalationResultSchema },
  'escalation:release': { request: escalationReleaseSchema, result: escalationResultSchema },
  'escalation:resolve': { request: escalationResolveSchema, result: escalationResultSchema },
  'agent:message': { request: agentMessageSchema, result: sequencedResultSchema },
  'agent:typing': { request: agentTypingSchema, result: emptyResultSchema },
  'escalation:history': { request: escalationHistorySchema, result: escalationHistoryResultSchema },
  'analytics:get': { request: analyticsRequestSchema, result: analyticsResultSchema },
} as const;

export const agentEvents = {
  'queue:snapshot': queueSnapshotEventSchema,
  'escalation:created': escalationCreatedEventSchema,
  'escalation:updated': escalationUpdatedEventSchema,
  'context:appended': contextAppendedEventSchema,
  'customer:message': customerMessageEventSchema,
  'customer:typing': customerTypingEventSchema,
  'sla:warning': slaWarningEventSchema,
  'sla:breached': slaBreachedEventSchema,
  'presence:updated': presenceUpdatedEventSchema,
  'relay:error': relayErrorEventSchema,
} as const;

/** Which resolution actions fit which escalation kind. */
export const ACTIONS_BY_KIND = { takeover: TAKEOVER_ACTIONS, review: REVIEW_DECISIONS } as const;
