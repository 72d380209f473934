// What the playground shows about a policy: escalation rate by trigger over the bundled samples, how
// it differs from the default policy, and message by message what evaluate() said. The same
// replayConversation()/evaluate() that `baton replay` and the widget run, so what an author sees here
// is what customers get.
import {
  diffDecisions,
  evaluate,
  initialState,
  replayConversation,
  ReplayTotals,
  type CompiledPolicy,
  type DecisionChange,
  type ReplayOutcome,
} from '@baton/core';
import { registerAllLanguages } from '@baton/core/languages/all';
import { replayConversationSchema, type ConversationMessage, type EscalationDecision, type ReplayConversation } from '@baton/protocol';
import { TRIGGER_IDS, triggerLabel, type TriggerId } from '@baton/protocol/vocabulary';

// The samples are in six languages, and what the playground shows is what replay decides: every pack.
registerAllLanguages();

export interface SampleSet {
  conversations: ReplayConversation[];
  /** Lines that are not valid conversations: 1-based line number and the problem. */
  errors: Array<{ line: number; message: string }>;
}

/** Parses JSONL replay lines with the replay schema; a bad line is reported and skipped. */
export function parseSamples(text: string): SampleSet {
  const conversations: ReplayConversation[] = [];
  const errors: SampleSet['errors'] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      errors.push({ line: i + 1, message: (error as Error).message });
      return;
    }
    const result = replayConversationSchema.safeParse(json);
    if (result.success) conversations.push(result.data);
    else errors.push({ line: i + 1, message: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
  });
  return { conversations, errors };
}

export interface TriggerRate {
  trigger: TriggerId;
  label: string;
  count: number;
  /** Share of all conversations, 0..1. */
  rate: number;
}

export interface ReplayReport {
  conversations: number;
  escalated: number;
  rate: number;
  byTrigger: TriggerRate[];
  /** Topic rules that fired, most first. */
  byRule: Array<{ rule: string; count: number }>;
  outcomes: Map<string, ReplayOutcome>;
}

export function runReplay(compiled: CompiledPolicy, conversations: readonly ReplayConversation[]): ReplayReport {
  const totals = new ReplayTotals();
  const outcomes = new Map<string, ReplayOutcome>();
  for (const conversation of conversations) {
    const outcome = replayConversation(compiled, conversation);
    totals.add(outcome.decision);
    outcomes.set(conversation.id, outcome);
  }
  return {
    conversations: totals.conversations,
    escalated: totals.escalated,
    rate: totals.rate(totals.escalated),
    byTrigger: TRIGGER_IDS.map((trigger) => {
      const count = totals.byTrigger.get(trigger) ?? 0;
      return { trigger, label: triggerLabel(trigger), count, rate: totals.rate(count) };
    }),
    byRule: [...totals.byRule].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    outcomes,
  };
}

export interface ReportComparison {
  /** Conversations whose decision changed, in sample order. */
  changes: DecisionChange[];
  byTrigger: Array<{ trigger: TriggerId; label: string; before: number; after: number }>;
  escalatedBefore: number;
  escalatedAfter: number;
}

/** The candidate policy against a baseline (the default policy) over the same conversations. */
export function compareReports(baseline: ReplayReport, candidate: ReplayReport): ReportComparison {
  const changes: DecisionChange[] = [];
  for (const [id, before] of baseline.outcomes) {
    const after = candidate.outcomes.get(id);
    if (!after) continue;
    const change = diffDecisions(before.decision, after.decision);
    if (change) changes.push(change);
  }
  return {
    changes,
    byTrigger: baseline.byTrigger.map((row, i) => ({ trigger: row.trigger, label: row.label, before: row.count, after: candidate.byTrigger[i]!.count })),
    escalatedBefore: baseline.escalated,
    escalatedAfter: candidate.escalated,
  };
}

/** One message of a conversation and what evaluate() said about it. */
export interface TraceStep {
  index: number;
  message: ConversationMessage;
  decision: EscalationDecision | null;
  /** The decision that hands over: the first one. Later steps show what would have happened next. */
  handsOver: boolean;
  /** Past the handoff: in the live product a person has the conversation by now. */
  afterHandoff: boolean;
  /** Customer messages: the sentiment score the detector read (-1..1). */
  sentiment: number | null;
  /** Bot replies: the intents in a row ending here, for the loop detector. */
  intentRun: number | null;
}

export function traceConversation(compiled: CompiledPolicy, conversation: ReplayConversation): TraceStep[] {
  let state = initialState(conversation.contacts);
  let handedOver = false;
  return conversation.messages.map((message, index) => {
    const result = evaluate(compiled, state, message);
    state = result.state;
    const handsOver = result.decision !== null && !handedOver;
    const step: TraceStep = {
      index,
      message,
      decision: result.decision,
      handsOver,
      afterHandoff: handedOver,
      sentiment: message.role === 'customer' ? (state.sentiments.at(-1) ?? null) : null,
      // The state counts the current run of one intent (what the loop trigger compares with its count).
      intentRun: message.role === 'bot' && message.intent && state.lastIntent === message.intent ? state.intentRun : null,
    };
    if (handsOver) handedOver = true;
    return step;
  });
}

/** "Asked for a person", "Policy topic: legal", or "No handoff", for tables and the diff. */
export function describeOutcome(decision: ReplayOutcome['decision']): string {
  if (!decision.escalated) return 'No handoff';
  const label = decision.rule ? `${triggerLabel(decision.trigger)}: ${decision.rule}` : triggerLabel(decision.trigger);
  return decision.kind === 'review' ? `${label} (review)` : label;
}
