import type { Analytics } from '@baton/protocol';
import { REVIEW_DECISIONS, SEVERITIES, TRIGGER_IDS, type Severity, type TriggerId } from '@baton/protocol/vocabulary';

/** How much evidence a hint needs and how strong a pattern must be. Every share is 0..1. */
export interface TuningThresholds {
  /** Decided escalations (review decisions, or takeover outcomes) a rule needs before its outcomes count. */
  minDecided: number;
  /** Share of a rule's review decisions that are `allow` for "resolved as allow X % of the time". */
  allowShare: number;
  /** Share of a rule's takeover outcomes that are `handed_back` for "handed back to the bot X %". */
  handBackShare: number;
  /** SLA breaches in the window before their distribution says anything. */
  minBreaches: number;
  /** Share of all breaches in one severity for "breaches concentrated in a severity". */
  breachShare: number;
  /** Escalations in the window before one trigger's share says anything. */
  minEscalations: number;
  /** Share of escalations from one trigger for "a trigger dominates". */
  dominantShare: number;
  /** Customers with more than one escalation before they are worth a hint. */
  minRepeatCustomers: number;
  /** Share of escalations (at least) coming from repeat customers. */
  repeatShare: number;
}

export const DEFAULT_TUNING_THRESHOLDS: Readonly<TuningThresholds> = {
  minDecided: 10,
  allowShare: 0.8,
  handBackShare: 0.8,
  minBreaches: 5,
  breachShare: 0.6,
  minEscalations: 20,
  dominantShare: 0.5,
  minRepeatCustomers: 3,
  repeatShare: 0.25,
};

/** A topic rule by id, or a trigger that escalates without a rule (the relay keys those by trigger id). */
export type HintSubject = { type: 'rule'; rule: string } | { type: 'trigger'; trigger: TriggerId };

/** Every hint carries its evidence: `count` of `total` (`share` = count / total), never a made-up figure. */
interface Evidence {
  count: number;
  total: number;
  share: number;
}

export type TuningHint =
  /** Needs `outcomesByRule[].actions` (review decisions per rule). */
  | ({ kind: 'mostly_allowed'; subject: HintSubject } & Evidence)
  /** Needs `outcomesByRule[].actions` (takeover outcomes per rule). */
  | ({ kind: 'mostly_handed_back'; subject: HintSubject } & Evidence)
  /** Needs `sla.bySeverity` (met and breached per severity). */
  | ({ kind: 'breaches_concentrated'; severity: Severity } & Evidence)
  /** Needs `byTrigger[].count`. */
  | ({ kind: 'trigger_dominates'; trigger: TriggerId } & Evidence)
  /** Needs `repeatCustomers` and `escalations`; `count` is a lower bound (only the top ten are listed). */
  | ({ kind: 'repeat_customers'; customers: number } & Evidence);

export type TuningHintKind = TuningHint['kind'];

const TAKEOVER_OUTCOMES = ['resolved', 'handed_back', 'transferred'] as const;

function subjectOf(rule: string, trigger: TriggerId): HintSubject {
  return rule === trigger ? { type: 'trigger', trigger } : { type: 'rule', rule };
}

function ruleHints(analytics: Analytics, t: TuningThresholds): TuningHint[] {
  const hints: TuningHint[] = [];
  for (const outcome of analytics.outcomesByRule) {
    // A customer asking for a person is always honoured: nothing to tune there.
    if (outcome.trigger === 'explicit_request') continue;
    const { actions } = outcome;
    const subject = subjectOf(outcome.rule, outcome.trigger);

    const decided = REVIEW_DECISIONS.reduce((sum, decision) => sum + (actions[decision] ?? 0), 0);
    const allowed = actions.allow ?? 0;
    if (decided >= t.minDecided && allowed / decided >= t.allowShare) {
      hints.push({ kind: 'mostly_allowed', subject, count: allowed, total: decided, share: allowed / decided });
    }

    const takenOver = TAKEOVER_OUTCOMES.reduce((sum, action) => sum + (actions[action] ?? 0), 0);
    const handedBack = actions.handed_back ?? 0;
    if (takenOver >= t.minDecided && handedBack / takenOver >= t.handBackShare) {
      hints.push({ kind: 'mostly_handed_back', subject, count: handedBack, total: takenOver, share: handedBack / takenOver });
    }
  }
  return hints.sort((a, b) => b.count - a.count);
}

function breachHint(analytics: Analytics, t: TuningThresholds): TuningHint[] {
  const rows = analytics.sla.bySeverity;
  const breaches = rows.reduce((sum, row) => sum + row.breached, 0);
  const tracked = rows.reduce((sum, row) => sum + row.met + row.breached, 0);
  if (breaches < t.minBreaches) return [];
  const worst = [...rows].sort((a, b) => b.breached - a.breached || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
  if (!worst) return [];
  const share = worst.breached / breaches;
  // Concentrated means more than its share of the SLA-tracked work, not just the busiest severity.
  const shareOfWork = (worst.met + worst.breached) / tracked;
  if (share < t.breachShare || share <= shareOfWork) return [];
  return [{ kind: 'breaches_concentrated', severity: worst.severity, count: worst.breached, total: breaches, share }];
}

function triggerHint(analytics: Analytics, t: TuningThresholds): TuningHint[] {
  const total = analytics.byTrigger.reduce((sum, row) => sum + row.count, 0);
  if (total < t.minEscalations) return [];
  const top = [...analytics.byTrigger].sort((a, b) => b.count - a.count || TRIGGER_IDS.indexOf(a.trigger) - TRIGGER_IDS.indexOf(b.trigger))[0];
  if (!top || top.count / total < t.dominantShare) return [];
  return [{ kind: 'trigger_dominates', trigger: top.trigger, count: top.count, total, share: top.count / total }];
}

function repeatHint(analytics: Analytics, t: TuningThresholds): TuningHint[] {
  const { count: customers, top } = analytics.repeatCustomers;
  const total = analytics.escalations;
  if (customers < t.minRepeatCustomers || total === 0) return [];
  // The relay lists the top ten only; every unlisted repeat customer escalated at least twice.
  const listed = top.reduce((sum, row) => sum + row.escalations, 0);
  const atLeast = Math.min(total, listed + 2 * Math.max(0, customers - top.length));
  if (atLeast / total < t.repeatShare) return [];
  return [{ kind: 'repeat_customers', customers, count: atLeast, total, share: atLeast / total }];
}

/**
 * Suggestions for a policy author, from one window's figures. Pure: the same analytics give the
 * same hints, ordered per-rule first (most decisions first), then SLA, triggers, repeat customers.
 */
export function tuningHints(analytics: Analytics, thresholds: Partial<TuningThresholds> = {}): TuningHint[] {
  const t = { ...DEFAULT_TUNING_THRESHOLDS, ...thresholds };
  return [...ruleHints(analytics, t), ...breachHint(analytics, t), ...triggerHint(analytics, t), ...repeatHint(analytics, t)];
}
