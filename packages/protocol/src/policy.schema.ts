import * as z from 'zod';
import { LANGUAGES, SEVERITIES, TRANSFER_MODES, type Language } from './vocabulary.js';
import { SchemaError, problemsOf, safeParseWith, type ParseResult } from './errors.js';

/** The policy document format this build understands. Bump when a change is not backward compatible. */
export const POLICY_VERSION = 1;

const between = (min: number, max: number) => {
  const error = `expected a number between ${min} and ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};
const positiveInt = (what: string) => {
  const error = `expected a whole number of ${what}, at least 1`;
  return z.number({ error }).int({ error }).min(1, { error });
};
const milliseconds = positiveInt('milliseconds');

export const severitySchema = z.enum(SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` });
export const transferModeSchema = z.enum(TRANSFER_MODES, { error: `expected one of ${TRANSFER_MODES.join(', ')}` });
export const languageSchema = z.enum(LANGUAGES, { error: `expected a supported language: ${LANGUAGES.join(', ')}` });

/** What every trigger shares: whether it runs, how urgent it is, and whether the summary travels with it. */
const triggerBase = (severity: z.infer<typeof severitySchema>, transfer: z.infer<typeof transferModeSchema>) => ({
  enabled: z.boolean().default(true),
  severity: severitySchema.default(severity),
  transfer: transferModeSchema.default(transfer),
});

const patternSchema = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

const perLanguage = <T extends z.ZodType>(item: T) =>
  z.partialRecord(languageSchema, z.array(item)).default({});

export const topicRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'expected a rule id of lowercase letters, digits, "_" or "-"' }),
  enabled: z.boolean().default(true),
  label: z.string().optional(),
  severity: severitySchema.optional(),
  transfer: transferModeSchema.optional(),
  /** Routing hint for the relay (a team name); routing rules may match on it. */
  route: z.string().optional(),
  /**
   * Words and phrases per language, matched on whole words after case and accent folding.
   * A trailing `*` matches any ending (`lawyer*` matches "lawyers").
   */
  keywords: perLanguage(z.string().min(1, { error: 'expected a non-empty keyword' })).optional(),
  /** Regular expressions per language, matched against the folded text (lowercase, accents removed). */
  patterns: perLanguage(patternSchema).optional(),
  /**
   * Words and phrases per language, written like keywords, that void a keyword match they overlap:
   * `is a lawyer` keeps "my sister is a lawyer" out of a rule whose keyword is `lawyer`. Patterns are
   * not affected (give them lookarounds instead).
   */
  exceptions: perLanguage(z.string().min(1, { error: 'expected a non-empty exception' })).optional(),
});

export const redactionRuleSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'expected a lowercase name such as "member_id"' }),
  pattern: patternSchema,
  replacement: z.string().optional(),
});

export const policySchema = z.strictObject({
  version: z.literal(POLICY_VERSION, {
    error: `expected policy version ${POLICY_VERSION}: this build of Baton reads version ${POLICY_VERSION} policies`,
  }),
  name: z.string().default('custom'),
  /**
   * `default` layers this document over Baton's default policy (its topic rules and lexicons);
   * `none` starts from empty topic rules, for authors who want full control.
   */
  extends: z.enum(['default', 'none']).default('default'),
  languages: z.array(languageSchema).min(1, { error: 'expected at least one language' }).default([...LANGUAGES]),
  triggers: z
    .strictObject({
      explicit_request: z
        .strictObject({
          enabled: z
            .literal(true, {
              error:
                'explicit_request cannot be disabled: a customer who asks for a person is always put through to one',
            })
            .default(true),
          severity: severitySchema.default('medium'),
          transfer: transferModeSchema.default('warm'),
        })
        .prefault({}),
      low_confidence: z
        .strictObject({
          ...triggerBase('medium', 'warm'),
          /** A bot reply whose confidence is below this escalates. */
          threshold: between(0, 1).default(0.5),
        })
        .prefault({}),
      sentiment: z
        .strictObject({
          ...triggerBase('high', 'warm'),
          /** Mean sentiment (-1..1) across the window at or below which the customer counts as upset. */
          threshold: between(-1, 0).default(-0.3),
          /** How many recent customer messages make up "sustained". */
          window: positiveInt('messages').default(3),
          /** How many negative messages the window must hold before the mean counts. */
          minNegative: positiveInt('messages').default(2),
          /** Escalate at once on a strong distress signal (anger, grief, fear, self-harm). */
          distress: z.boolean().default(true),
        })
        .prefault({}),
      topic: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
      repeat_contact: z
        .strictObject({
          ...triggerBase('medium', 'warm'),
          windowHours: between(1, 24 * 365).default(72),
        })
        .prefault({}),
      loop: z
        .strictObject({
          ...triggerBase('medium', 'warm'),
          /** The same intent this many bot turns in a row counts as a loop. */
          count: z
            .number({ error: 'expected a whole number of turns, at least 2' })
            .int({ error: 'expected a whole number of turns, at least 2' })
            .min(2, { error: 'expected a whole number of turns, at least 2' })
            .default(3),
        })
        .prefault({}),
      inactivity: z
        .strictObject({
          ...triggerBase('low', 'cold'),
          /** The AI must answer a customer message within this time. */
          aiTimeoutMs: milliseconds.default(30_000),
          /** Optional: escalate a conversation where nobody wrote for this long. */
          stallMs: milliseconds.nullable().default(null),
        })
        .prefault({}),
    })
    .prefault({}),
  /**
   * Human-in-the-loop review: a low-confidence reply whose confidence is at or above `floor`
   * (and below the low_confidence threshold) is held for a reviewer instead of a live takeover.
   */
  review: z
    .strictObject({
      enabled: z.boolean().default(false),
      floor: between(0, 1).default(0.3),
      severity: severitySchema.default('medium'),
    })
    .prefault({}),
  /** Topic rules; with `extends: default` an entry whose id matches a default rule overrides it. */
  topics: z.array(topicRuleSchema).default([]),
  redaction: z
    .strictObject({
      email: z.boolean().default(true),
      phone: z.boolean().default(true),
      card: z.boolean().default(true),
      iban: z.boolean().default(true),
      nationalId: z.boolean().default(true),
      custom: z.array(redactionRuleSchema).default([]),
    })
    .prefault({}),
})
  .superRefine((policy, ctx) => {
    if (policy.review.enabled && policy.review.floor >= policy.triggers.low_confidence.threshold) {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'floor'],
        message: `expected a floor below triggers.low_confidence.threshold (${policy.triggers.low_confidence.threshold}), or no reply would ever be reviewed`,
      });
    }
    const seen = new Set<string>();
    policy.topics.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: `duplicate topic rule id "${rule.id}"` });
      }
      seen.add(rule.id);
    });
  });

/** A policy document as an author writes it: every field but `version` may be left out. */
export type PolicyInput = z.input<typeof policySchema>;
/** A validated policy with every default filled in. */
export type Policy = z.output<typeof policySchema>;
export type TopicRule = z.output<typeof topicRuleSchema>;
export type RedactionRule = z.output<typeof redactionRuleSchema>;
export type PerLanguage<T> = Partial<Record<Language, T[]>>;

export function safeParsePolicy(input: unknown): ParseResult<Policy> {
  return safeParseWith(policySchema, input);
}

/** Validates a policy document; throws a `SchemaError` whose message names each path and problem. */
export function parsePolicy(input: unknown): Policy {
  const result = policySchema.safeParse(input);
  if (!result.success) throw new SchemaError('policy', problemsOf(result.error));
  return result.data;
}
