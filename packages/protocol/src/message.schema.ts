import * as z from 'zod';
import { HANDOFF_KINDS, SEVERITIES, TRANSFER_MODES, TRIGGER_IDS } from './vocabulary.js';
import { SchemaError, problemsOf } from './errors.js';

const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO-8601 date-time such as 2026-01-31T09:30:00Z' });

export const messageRoleSchema = z.enum(['customer', 'bot', 'agent', 'system'], {
  error: 'expected role customer, bot, agent or system',
});

/** One turn of a conversation, as the host feeds it to Baton and as replay files store it. */
export const conversationMessageSchema = z.object({
  role: messageRoleSchema,
  text: z.string({ error: 'expected the message text as a string' }).max(20_000, { error: 'expected at most 20000 characters' }),
  at: isoDate.optional(),
  /** The AI's confidence in this reply, 0..1 (bot messages). */
  confidence: z.number({ error: 'expected a number between 0 and 1' }).min(0, { error: 'expected a number between 0 and 1' }).max(1, { error: 'expected a number between 0 and 1' }).optional(),
  /** The intent the AI recognised (bot messages). */
  intent: z.string().max(200).optional(),
});
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const contactSchema = z.object({
  at: isoDate,
  topic: z.string().min(1),
});
export type Contact = z.infer<typeof contactSchema>;

export const customerSchema = z.object({
  id: z.string().min(1, { error: 'expected a customer id' }),
  tier: z.string().optional(),
});

/** One line of a replay file. */
export const replayConversationSchema = z.object({
  id: z.string({ error: 'expected a conversation id' }).min(1, { error: 'expected a conversation id' }),
  customer: customerSchema.optional(),
  messages: z.array(conversationMessageSchema, { error: 'expected an array of messages' }),
  contacts: z.array(contactSchema).default([]),
});
export type ReplayConversation = z.infer<typeof replayConversationSchema>;

export function parseReplayConversation(input: unknown): ReplayConversation {
  const result = replayConversationSchema.safeParse(input);
  if (!result.success) throw new SchemaError('conversation', problemsOf(result.error));
  return result.data;
}

/** Why a policy decided to hand over: the wire and replay form of a decision. */
export const decisionSchema = z.discriminatedUnion('escalated', [
  z.object({ id: z.string(), escalated: z.literal(false) }),
  z.object({
    id: z.string(),
    escalated: z.literal(true),
    trigger: z.enum(TRIGGER_IDS),
    rule: z.string().nullable(),
    severity: z.enum(SEVERITIES),
    transfer: z.enum(TRANSFER_MODES),
    kind: z.enum(HANDOFF_KINDS),
    messageIndex: z.number().int().min(0),
  }),
]);
export type ReplayDecision = z.infer<typeof decisionSchema>;
