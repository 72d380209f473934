import type { ContextSummary, ConversationMessage, DistressKind, EscalationDecision, Language, RedactedMessage } from '@baton/protocol';
import { DISTRESS_KINDS, LANGUAGES, SENTIMENT_TRENDS, SUMMARY_LIMITS as LIMITS, type SentimentTrend } from '@baton/protocol/vocabulary';
import type { ConversationState } from './evaluate.js';
import type { CompiledPolicy } from './policy.js';
import { REFERENCE } from './redaction.js';
import { detectExplicitRequest } from './detectors/explicit-request.js';

/** Everything a summarizer may read. The transcript is already redacted. */
export interface SummaryInput {
  transcript: RedactedMessage[];
  state: ConversationState;
  decision: EscalationDecision;
}

/**
 * A host's own summarizer (an LLM call, say). It receives only redacted text; whatever it returns is
 * redacted again before it leaves the browser. If it throws or times out, the built-in one is used.
 */
export type Summarizer = (input: SummaryInput) => Promise<ContextSummary> | ContextSummary;

export interface HandoffContext {
  summary: ContextSummary;
  /** Redacted transcript: sent with warm transfers only. */
  transcript: RedactedMessage[];
}

const WANT_LIMIT = 280;
const ATTEMPT_LIMIT = 300;
const MAX_ATTEMPTS = 5;
const AMOUNT = /(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|euros?|usd|dollars?|gbp|pounds?|chf|brl|reais))/giu;

/** Redacts each line; a bot reply the customer never saw keeps its `withheld` mark for the agent. */
export function redactTranscript(compiled: CompiledPolicy, messages: ReadonlyArray<ConversationMessage & { withheld?: boolean }>): { transcript: RedactedMessage[]; redactions: number } {
  let redactions = 0;
  const transcript = messages.map((m) => {
    const { text, total } = compiled.redactor.redact(m.text);
    redactions += total;
    const line: RedactedMessage = { role: m.role, text };
    if (m.at !== undefined) line.at = m.at;
    if (m.confidence !== undefined) line.confidence = m.confidence;
    if (m.intent !== undefined) line.intent = m.intent;
    if (m.withheld) line.withheld = true;
    return line;
  });
  return { transcript, redactions };
}

/**
 * The built-in warm-transfer briefing: what the customer wants, what the AI tried and how sure it
 * was, intents and topics, the sentiment trajectory, key references, and contact history. No model
 * needed; everything comes from the redacted transcript and the evaluator's state.
 */
export function buildSummary(input: SummaryInput, redactions: number): ContextSummary {
  const { transcript, state, decision } = input;
  const customer = transcript.filter((m) => m.role === 'customer');
  const trigger = transcript[decision.messageIndex];
  // What they want: the most informative customer message, not "agent pls".
  const informative = customer.filter((m) => !isOnlyARequestForAPerson(m.text));
  const want =
    (decision.trigger === 'topic' && trigger?.role === 'customer' ? trigger : undefined) ??
    informative.reduce<RedactedMessage | undefined>((best, m) => (!best || m.text.length > best.text.length ? m : best), undefined) ??
    customer[0];
  const bot = transcript.filter((m) => m.role === 'bot').slice(-MAX_ATTEMPTS);
  const trajectory = state.sentiments.map((s) => Math.round(s * 100) / 100);

  return {
    want: truncate(want?.text ?? '', WANT_LIMIT),
    language: state.languages[0] ?? 'en',
    aiAttempts: bot.map((m) => ({
      text: truncate(m.text, ATTEMPT_LIMIT),
      confidence: m.confidence ?? null,
      intent: m.intent ?? null,
      ...(m.withheld ? { withheld: true } : {}),
    })),
    intents: [...new Set(state.intents.filter((i): i is string => i !== null))],
    topics: [...state.topics],
    sentiment: { trajectory: trajectory.slice(-LIMITS.trajectory), trend: trend(trajectory), distress: [...state.distress] },
    entities: entities(customer.map((m) => m.text).join('\n')),
    contacts: state.contacts.slice(-LIMITS.contacts),
    redactions,
  };
}


type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
/** The items of `value` if it is a list whose every item passes `ok`, else null (holes in a sparse list fail). */
function listOf<T>(value: unknown, ok: (item: unknown) => item is T): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: unknown[] = Array.from(value);
  return items.every(ok) ? (items as T[]) : null;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** An instant as the wire writes it (`2026-03-01T10:00:00.000Z`), or null for text that is not a date. */
function isoInstant(value: string): string | null {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  // Years beyond 9999 come out as `+010000-…`, which the wire's date-time format refuses.
  return /^\d{4}-/.test(iso) ? iso : null;
}

/**
 * A summary from the host's summarizer, made fit to leave the browser: every text redacted again (so
 * it cannot leak what the transcript hid) and held to the wire schema. Over-long text is shortened,
 * over-long lists cut, dates written as the wire writes them; a field that is missing or malformed is
 * taken from the built-in summary. A summarizer's slip (an LLM that writes an essay, a JavaScript
 * host returning the wrong shape) must never cost the customer their handoff: the relay refuses a
 * request that breaks the schema. Replies the customer never saw stay marked `withheld`, also when
 * the host did not copy the mark.
 */
export function fitHostSummary(compiled: CompiledPolicy, raw: unknown, builtIn: ContextSummary): ContextSummary {
  if (!isObject(raw)) return builtIn;
  const text = (value: string, limit: number) => truncate(compiled.redactor.redact(value).text, limit);
  const labels = (value: unknown) => listOf(value, isString)?.slice(0, LIMITS.labels).map((label) => text(label, LIMITS.label));
  const attempts = listOf(raw.aiAttempts, (a): a is Loose => isObject(a) && isString(a.text));
  const entities = listOf(raw.entities, (e): e is Loose => isObject(e) && isString(e.kind) && isString(e.value));
  const contacts = listOf(raw.contacts, (c): c is Loose => isObject(c) && isString(c.at) && isoInstant(c.at) !== null && isString(c.topic) && c.topic !== '');
  const sentiment = isObject(raw.sentiment) ? raw.sentiment : {};
  const trajectory = listOf(sentiment.trajectory, isNumber);
  const distress = listOf(sentiment.distress, (d): d is DistressKind => DISTRESS_KINDS.includes(d as DistressKind));
  const unseen = builtIn.aiAttempts.filter((a) => a.withheld).map((a) => a.text.replace(/…$/, ''));
  const withheld = (attempt: Loose, said: string) => attempt.withheld === true || unseen.some((start) => start !== '' && said.startsWith(start));
  return {
    want: isString(raw.want) ? text(raw.want, LIMITS.want) : builtIn.want,
    language: LANGUAGES.includes(raw.language as Language) ? (raw.language as Language) : builtIn.language,
    aiAttempts: attempts
      ? attempts.slice(0, LIMITS.attempts).map((a) => {
          const said = text(a.text as string, LIMITS.attempt);
          return {
            text: said,
            confidence: isNumber(a.confidence) ? clamp(a.confidence, 0, 1) : null,
            intent: isString(a.intent) ? text(a.intent, LIMITS.label) : null,
            ...(withheld(a, said) ? { withheld: true } : {}),
          };
        })
      : builtIn.aiAttempts,
    intents: labels(raw.intents) ?? builtIn.intents,
    topics: labels(raw.topics) ?? builtIn.topics,
    sentiment: {
      trajectory: trajectory ? trajectory.slice(-LIMITS.trajectory).map((score) => clamp(score, -1, 1)) : builtIn.sentiment.trajectory,
      trend: SENTIMENT_TRENDS.includes(sentiment.trend as SentimentTrend) ? (sentiment.trend as SentimentTrend) : builtIn.sentiment.trend,
      distress: distress ? [...new Set(distress)] : builtIn.sentiment.distress,
    },
    entities: entities
      ? entities.slice(0, LIMITS.entities).map((e) => ({ kind: text(e.kind as string, LIMITS.kind), value: text(e.value as string, LIMITS.value) }))
      : builtIn.entities,
    contacts: contacts ? contacts.slice(-LIMITS.contacts).map((c) => ({ at: isoInstant(c.at as string)!, topic: text(c.topic as string, LIMITS.label) })) : builtIn.contacts,
    redactions: Number.isSafeInteger(raw.redactions) && (raw.redactions as number) >= 0 ? (raw.redactions as number) : builtIn.redactions,
  };
}

function isOnlyARequestForAPerson(text: string): boolean {
  const match = detectExplicitRequest(text);
  return !!match && (match.form === 'terse' || text.length < 40);
}

/**
 * The first half of the trajectory against the second. The evaluator keeps only the recent
 * sentiments (`SENTIMENT_HISTORY`, 200, or the policy's window if larger), so in a longer
 * conversation this is the trend over those recent customer messages.
 */
function trend(trajectory: readonly number[]): SentimentTrend {
  if (trajectory.length < 2) return 'steady';
  const half = Math.ceil(trajectory.length / 2);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const delta = mean(trajectory.slice(-half)) - mean(trajectory.slice(0, half));
  return delta > 0.15 ? 'improving' : delta < -0.15 ? 'worsening' : 'steady';
}

function entities(text: string): Array<{ kind: string; value: string }> {
  const found: Array<{ kind: string; value: string }> = [];
  const seen = new Set<string>();
  const add = (kind: string, value: string) => {
    const key = `${kind}:${value}`;
    if (seen.has(key) || found.length >= 50) return;
    seen.add(key);
    found.push({ kind, value });
  };
  for (const m of text.matchAll(REFERENCE)) {
    const kind = /track|seguim|suivi|sendung|rastre|spediz/i.test(m[0]) ? 'tracking' : /ticket|case|ref/i.test(m[0]) ? 'reference' : 'order';
    add(kind, m[1]!);
  }
  for (const m of text.matchAll(AMOUNT)) add('amount', m[0].trim());
  return found;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
