import type { ContextSummary, ConversationMessage, EscalationDecision, RedactedMessage } from '@baton/protocol';
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

export function redactTranscript(compiled: CompiledPolicy, messages: readonly ConversationMessage[]): { transcript: RedactedMessage[]; redactions: number } {
  let redactions = 0;
  const transcript = messages.map((m) => {
    const { text, total } = compiled.redactor.redact(m.text);
    redactions += total;
    const line: RedactedMessage = { role: m.role, text };
    if (m.at !== undefined) line.at = m.at;
    if (m.confidence !== undefined) line.confidence = m.confidence;
    if (m.intent !== undefined) line.intent = m.intent;
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
    aiAttempts: bot.map((m) => ({ text: truncate(m.text, ATTEMPT_LIMIT), confidence: m.confidence ?? null, intent: m.intent ?? null })),
    intents: [...new Set(state.intents.filter((i): i is string => i !== null))],
    topics: [...state.topics],
    sentiment: { trajectory: trajectory.slice(-200), trend: trend(trajectory), distress: [...state.distress] },
    entities: entities(customer.map((m) => m.text).join('\n')),
    contacts: state.contacts.slice(-50),
    redactions,
  };
}

/** Redacts a summary produced elsewhere, so a host summarizer cannot leak what the transcript hid. */
export function redactSummary(compiled: CompiledPolicy, summary: ContextSummary): ContextSummary {
  const r = (text: string) => compiled.redactor.redact(text).text;
  return {
    ...summary,
    want: r(summary.want),
    aiAttempts: summary.aiAttempts.map((a) => ({ ...a, text: r(a.text) })),
    entities: summary.entities.map((e) => ({ ...e, value: r(e.value) })),
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
function trend(trajectory: readonly number[]): 'improving' | 'steady' | 'worsening' {
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
