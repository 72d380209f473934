import { describe, expect, it } from 'vitest';
import type { Analytics } from '@baton/protocol';
import { tuningHints } from '../src/analytics/tuning-hints.js';
import { emptyAnalytics, sampleAnalytics } from '../src/analytics/analytics.fixture.js';

type Outcome = Analytics['outcomesByRule'][number];

/** The relay lists only the actions that happened. */
function outcome(rule: string, trigger: Outcome['trigger'], actions: Outcome['actions']): Outcome {
  const resolved = Object.values(actions).reduce((sum, n) => sum + (n ?? 0), 0);
  return { rule, trigger, escalations: resolved, resolved, actions };
}

function withOutcomes(...outcomes: Outcome[]): Analytics {
  return { ...emptyAnalytics(), outcomesByRule: outcomes };
}

describe('tuningHints', () => {
  it('gives nothing for an empty window', () => {
    expect(tuningHints(emptyAnalytics())).toEqual([]);
  });

  it('finds the sample week’s two patterns, with their evidence', () => {
    expect(tuningHints(sampleAnalytics())).toEqual([
      { kind: 'mostly_allowed', subject: { type: 'trigger', trigger: 'low_confidence' }, count: 11, total: 12, share: 11 / 12 },
      { kind: 'breaches_concentrated', severity: 'high', count: 6, total: 8, share: 0.75 },
    ]);
  });

  it('says a topic rule is mostly allowed when reviewers allow 90 % of its items', () => {
    const hints = tuningHints(withOutcomes(outcome('finance', 'topic', { allow: 18, block: 1, redact_and_allow: 1, resolved: 5 })));
    // Takeover outcomes (resolved) do not dilute the review share.
    expect(hints).toEqual([{ kind: 'mostly_allowed', subject: { type: 'rule', rule: 'finance' }, count: 18, total: 20, share: 0.9 }]);
  });

  it('stays quiet below the allow share or the sample size', () => {
    expect(tuningHints(withOutcomes(outcome('finance', 'topic', { allow: 7, block: 3 })))).toEqual([]); // 70 %
    expect(tuningHints(withOutcomes(outcome('finance', 'topic', { allow: 9 })))).toEqual([]); // 9 decisions < 10
    expect(tuningHints(withOutcomes(outcome('finance', 'topic', { allow: 9 })), { minDecided: 5 })).toHaveLength(1);
  });

  it('ignores cancellations, which say nothing about the rule', () => {
    expect(tuningHints(withOutcomes(outcome('legal', 'topic', { allow: 8, block: 2, cancelled: 40 })))).toEqual([
      { kind: 'mostly_allowed', subject: { type: 'rule', rule: 'legal' }, count: 8, total: 10, share: 0.8 },
    ]);
  });

  it('says a trigger is mostly handed back to the bot', () => {
    expect(tuningHints(withOutcomes(outcome('loop', 'loop', { handed_back: 17, resolved: 2, transferred: 1 })))).toEqual([
      { kind: 'mostly_handed_back', subject: { type: 'trigger', trigger: 'loop' }, count: 17, total: 20, share: 0.85 },
    ]);
  });

  it('never suggests tuning "asked for a person", which is always honoured', () => {
    expect(tuningHints(withOutcomes(outcome('explicit_request', 'explicit_request', { handed_back: 30, allow: 30 })))).toEqual([]);
  });

  it('orders per-rule hints by how many decisions back them', () => {
    const hints = tuningHints(withOutcomes(outcome('legal', 'topic', { allow: 10 }), outcome('fraud', 'topic', { allow: 30 })));
    expect(hints.map((h) => (h.kind === 'mostly_allowed' && h.subject.type === 'rule' ? h.subject.rule : null))).toEqual(['fraud', 'legal']);
  });

  describe('SLA breaches', () => {
    const sla = (rows: [met: number, breached: number][]): Analytics => {
      const bySeverity = (['critical', 'high', 'medium', 'low'] as const).map((severity, i) => {
        const [met, breached] = rows[i]!;
        return { severity, met, breached, compliance: met + breached === 0 ? null : met / (met + breached) };
      });
      const met = rows.reduce((s, r) => s + r[0], 0);
      const breached = rows.reduce((s, r) => s + r[1], 0);
      return { ...emptyAnalytics(), sla: { met, breached, compliance: met / (met + breached), bySeverity } };
    };

    it('points at the severity holding most breaches beyond its share of the work', () => {
      expect(tuningHints(sla([[5, 7], [40, 1], [40, 2], [10, 0]]))).toEqual([
        { kind: 'breaches_concentrated', severity: 'critical', count: 7, total: 10, share: 0.7 },
      ]);
    });

    it('stays quiet when breaches merely follow the volume', () => {
      // 90 % of breaches are medium, but so is 90 % of the work.
      expect(tuningHints(sla([[0, 0], [9, 1], [81, 9], [0, 0]]))).toEqual([]);
    });

    it('stays quiet with too few breaches to mean anything', () => {
      expect(tuningHints(sla([[0, 4], [50, 0], [50, 0], [0, 0]]))).toEqual([]);
    });
  });

  describe('dominant trigger', () => {
    const triggers = (counts: Partial<Record<Analytics['byTrigger'][number]['trigger'], number>>): Analytics => {
      const base = emptyAnalytics();
      const byTrigger = base.byTrigger.map((row) => ({ ...row, count: counts[row.trigger] ?? 0 }));
      return { ...base, byTrigger, escalations: byTrigger.reduce((s, r) => s + r.count, 0) };
    };

    it('names a trigger behind half the escalations or more', () => {
      expect(tuningHints(triggers({ low_confidence: 30, explicit_request: 10, loop: 10 }))).toEqual([
        { kind: 'trigger_dominates', trigger: 'low_confidence', count: 30, total: 50, share: 0.6 },
      ]);
    });

    it('stays quiet when triggers are balanced or the window is small', () => {
      expect(tuningHints(triggers({ low_confidence: 20, explicit_request: 15, loop: 15 }))).toEqual([]);
      expect(tuningHints(triggers({ low_confidence: 19 }))).toEqual([]);
    });
  });

  describe('repeat customers', () => {
    const repeat = (count: number, top: number[], escalations: number): Analytics => ({
      ...emptyAnalytics(),
      escalations,
      repeatCustomers: { count, top: top.map((n, i) => ({ customer: `u${i}`, escalations: n })) },
    });

    it('counts at least the listed escalations plus two for each unlisted repeat customer', () => {
      // 10 listed with 3 each, 5 more unlisted with at least 2: 40 of 100.
      expect(tuningHints(repeat(15, Array.from({ length: 10 }, () => 3), 100))).toEqual([
        { kind: 'repeat_customers', customers: 15, count: 40, total: 100, share: 0.4 },
      ]);
    });

    it('stays quiet for a handful of repeats in a busy window', () => {
      expect(tuningHints(repeat(3, [2, 2, 2], 100))).toEqual([]);
      expect(tuningHints(repeat(2, [5, 5], 20))).toEqual([]);
    });
  });
});
