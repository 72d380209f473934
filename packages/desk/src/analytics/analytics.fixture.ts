import type { Analytics } from '@baton/protocol';
import { SEVERITIES, TRIGGER_IDS } from '@baton/protocol/vocabulary';

/**
 * Known analytics for tests, the state gallery and the README example: the shape `analytics:get`
 * answers, with every figure spelled out so a chart can be checked against it.
 */

/** A window in which nothing happened. */
export function emptyAnalytics(window: { from?: string; to?: string; timezone?: string } = {}): Analytics {
  return {
    from: window.from ?? '2026-11-01T00:00:00.000Z',
    to: window.to ?? '2026-11-08T00:00:00.000Z',
    timezone: window.timezone ?? 'UTC',
    conversations: 0,
    escalations: 0,
    byTrigger: TRIGGER_IDS.map((trigger) => ({ trigger, count: 0, conversations: 0, rate: null })),
    topRules: [],
    outcomesByRule: [],
    resolutions: [],
    sla: { met: 0, breached: 0, compliance: null, bySeverity: SEVERITIES.map((severity) => ({ severity, met: 0, breached: 0, compliance: null })) },
    resolutionTime: SEVERITIES.map((severity) => ({ severity, count: 0, meanMs: null })),
    reviewers: [],
    repeatCustomers: { count: 0, top: [] },
    byHour: Array.from({ length: 24 }, () => 0),
  };
}

/** A week with 200 conversations and 60 escalations; its hints are "Low AI confidence is allowed 11 of 12" and "6 of 8 breaches are high". */
export function sampleAnalytics(): Analytics {
  return {
    ...emptyAnalytics({ timezone: 'Europe/Paris' }),
    conversations: 200,
    escalations: 60,
    byTrigger: [
      { trigger: 'explicit_request', count: 20, conversations: 20, rate: 0.1 },
      { trigger: 'low_confidence', count: 15, conversations: 15, rate: 0.075 },
      { trigger: 'sentiment', count: 5, conversations: 5, rate: 0.025 },
      { trigger: 'topic', count: 8, conversations: 8, rate: 0.04 },
      { trigger: 'repeat_contact', count: 2, conversations: 2, rate: 0.01 },
      { trigger: 'loop', count: 10, conversations: 10, rate: 0.05 },
      { trigger: 'inactivity', count: 0, conversations: 0, rate: 0 },
    ],
    topRules: [
      { rule: 'legal', count: 5 },
      { rule: 'fraud', count: 3 },
    ],
    outcomesByRule: [
      { rule: 'explicit_request', trigger: 'explicit_request', escalations: 20, resolved: 18, actions: { resolved: 12, handed_back: 6 } },
      { rule: 'low_confidence', trigger: 'low_confidence', escalations: 15, resolved: 12, actions: { allow: 11, block: 1 } },
      { rule: 'legal', trigger: 'topic', escalations: 5, resolved: 3, actions: { resolved: 2, transferred: 1 } },
    ],
    resolutions: [
      { action: 'resolved', count: 20 },
      { action: 'allow', count: 11 },
      { action: 'handed_back', count: 6 },
      { action: 'cancelled', count: 2 },
      { action: 'block', count: 1 },
    ],
    sla: {
      met: 40,
      breached: 8,
      compliance: 40 / 48,
      bySeverity: [
        { severity: 'critical', met: 2, breached: 0, compliance: 1 },
        { severity: 'high', met: 6, breached: 6, compliance: 0.5 },
        { severity: 'medium', met: 30, breached: 2, compliance: 30 / 32 },
        { severity: 'low', met: 2, breached: 0, compliance: 1 },
      ],
    },
    resolutionTime: [
      { severity: 'critical', count: 2, meanMs: 10 * 60_000 },
      { severity: 'high', count: 12, meanMs: 60 * 60_000 },
      { severity: 'medium', count: 30, meanMs: 90 * 60_000 },
      { severity: 'low', count: 0, meanMs: null },
    ],
    reviewers: [
      { agent: { id: 'grace', name: 'Grace Hopper' }, decisions: 4, meanDecisionMs: 4 * 60_000, byDecision: { allow: 4, block: 0, redact_and_allow: 0, escalate_further: 0 } },
      { agent: { id: 'ada', name: 'Ada Lovelace' }, decisions: 8, meanDecisionMs: 2 * 60_000, byDecision: { allow: 7, block: 1, redact_and_allow: 0, escalate_further: 0 } },
    ],
    repeatCustomers: {
      count: 2,
      top: [
        { customer: 'u-42', escalations: 3 },
        { customer: 'u-7', escalations: 2 },
      ],
    },
    byHour: [0, 0, 0, 5, 0, 0, 0, 0, 2, 4, 6, 5, 4, 3, 10, 6, 5, 4, 3, 2, 1, 0, 0, 0],
  };
}

/** One `analytics:get` per day from `start`, each with the given SLA compliance (null: nothing measured that day). */
export function dailySeries(compliances: readonly (number | null)[], start = '2026-11-01T00:00:00.000Z'): Analytics[] {
  return compliances.map((compliance, day) => {
    const from = new Date(Date.parse(start) + day * 86_400_000).toISOString();
    const to = new Date(Date.parse(start) + (day + 1) * 86_400_000).toISOString();
    const measured = compliance === null ? 0 : 20;
    const met = Math.round(measured * (compliance ?? 0));
    return { ...emptyAnalytics({ from, to }), sla: { ...emptyAnalytics().sla, met, breached: measured - met, compliance } };
  });
}
