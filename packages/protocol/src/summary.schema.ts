import * as z from 'zod';
import { DISTRESS_KINDS, HANDOFF_KINDS, LANGUAGES, SENTIMENT_TRENDS, SEVERITIES, SUMMARY_LIMITS as LIMITS, TRANSFER_MODES, TRIGGER_IDS } from './vocabulary.js';
import { contactSchema, messageRoleSchema } from './message.schema.js';

/** Why a policy handed the conversation over, with the evidence a person can check. */
export const escalationDecisionSchema = z.object({
  trigger: z.enum(TRIGGER_IDS),
  rule: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  transfer: z.enum(TRANSFER_MODES),
  kind: z.enum(HANDOFF_KINDS),
  /** One human-readable line, e.g. `Asked for a person: "can I talk to a human" (en)`. */
  reason: z.string().max(1_000),
  /** What matched: phrases, scores, counts. */
  evidence: z.array(z.string().max(500)).max(20),
  /** Index of the message that triggered the decision. */
  messageIndex: z.number().int().min(0),
});
export type EscalationDecision = z.infer<typeof escalationDecisionSchema>;

/** A transcript line after PII redaction: the only form in which text leaves the browser. */
export const redactedMessageSchema = z.object({
  role: messageRoleSchema,
  text: z.string().max(20_000),
  at: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  intent: z.string().max(200).optional(),
  /** A bot reply the customer has not seen: the policy handed over, or held it for a reviewer, instead. */
  withheld: z.boolean().optional(),
});
export type RedactedMessage = z.infer<typeof redactedMessageSchema>;

/** The warm-transfer briefing an agent reads before engaging, so the customer never repeats themselves. */
export const contextSummarySchema = z.object({
  /** What the customer wants, in one line (redacted). */
  want: z.string().max(LIMITS.want),
  language: z.enum(LANGUAGES),
  /** What the AI tried, with its confidence (redacted). */
  aiAttempts: z
    .array(
      z.object({
        text: z.string().max(LIMITS.attempt),
        confidence: z.number().min(0).max(1).nullable(),
        intent: z.string().max(LIMITS.label).nullable(),
        /** The customer has not seen this reply (see `RedactedMessage.withheld`). */
        withheld: z.boolean().optional(),
      }),
    )
    .max(LIMITS.attempts),
  intents: z.array(z.string().max(LIMITS.label)).max(LIMITS.labels),
  topics: z.array(z.string().max(LIMITS.label)).max(LIMITS.labels),
  sentiment: z.object({
    /** Per customer message, -1 (very negative) .. 1 (very positive), oldest first. */
    trajectory: z.array(z.number().min(-1).max(1)).max(LIMITS.trajectory),
    trend: z.enum(SENTIMENT_TRENDS),
    distress: z.array(z.enum(DISTRESS_KINDS)),
  }),
  /** Key entities such as order numbers; never PII. */
  entities: z.array(z.object({ kind: z.string().max(LIMITS.kind), value: z.string().max(LIMITS.value) })).max(LIMITS.entities),
  contacts: z.array(contactSchema).max(LIMITS.contacts),
  /** How many PII items were removed before the summary left the browser. */
  redactions: z.number().int().min(0),
});
export type ContextSummary = z.infer<typeof contextSummarySchema>;
