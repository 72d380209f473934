import { REVIEW_DECISIONS, SEVERITIES, TRIGGER_IDS, type Analytics, type ReviewDecision } from '@baton/protocol';
import { localTime } from './schedule.js';
import type { AuditEntry, RelayStore } from './store/store.js';

const AUDIT_PAGE = 1_000;

async function auditOf(store: RelayStore, from: number, to: number, actions: AuditEntry['action'][]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await store.auditPage({ from, to, afterSeq, limit: AUDIT_PAGE, actions });
    entries.push(...page);
    if (page.length < AUDIT_PAGE) return entries;
    afterSeq = page.at(-1)!.seq;
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Escalation rate by trigger, top rules, resolution breakdown, SLA compliance, mean resolution
 * time by severity, reviewer performance, repeat customers and time of day, over [from, to).
 * Computed from store rows so any store can serve it.
 */
export async function computeAnalytics(store: RelayStore, window: { from: number; to: number; timezone: string }): Promise<Analytics> {
  const { from, to, timezone } = window;
  const [rows, conversations, decisions] = await Promise.all([
    store.analyticsRows(from, to),
    store.countConversations(from, to),
    auditOf(store, from, to, ['resolve', 'review_decision', 'cancel']),
  ]);

  const byTrigger = TRIGGER_IDS.map((trigger) => {
    const matching = rows.filter((r) => r.trigger === trigger);
    const escalated = new Set(matching.map((r) => r.conversationId)).size;
    return { trigger, count: matching.length, conversations: escalated, rate: conversations === 0 ? null : escalated / conversations };
  });

  const ruleCounts = new Map<string, number>();
  for (const row of rows) if (row.rule !== null) ruleCounts.set(row.rule, (ruleCounts.get(row.rule) ?? 0) + 1);
  const topRules = [...ruleCounts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, 10);

  const outcomes = new Map<string, Analytics['outcomesByRule'][number]>();
  for (const row of rows) {
    const key = row.rule ?? row.trigger;
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = { rule: key, trigger: row.trigger, escalations: 0, resolved: 0, actions: {} };
      outcomes.set(key, outcome);
    }
    outcome.escalations += 1;
    if (row.resolution) {
      outcome.resolved += 1;
      outcome.actions[row.resolution.action] = (outcome.actions[row.resolution.action] ?? 0) + 1;
    }
  }
  const outcomesByRule = [...outcomes.values()].sort((a, b) => b.escalations - a.escalations || a.rule.localeCompare(b.rule));

  const actionCounts = new Map<string, number>();
  for (const entry of decisions) {
    const action = entry.action === 'cancel' ? 'cancelled' : String(entry.detail?.action ?? '');
    if (action) actionCounts.set(action, (actionCounts.get(action) ?? 0) + 1);
  }
  const resolutions = [...actionCounts]
    .map(([action, count]) => ({ action: action as Analytics['resolutions'][number]['action'], count }))
    .sort((a, b) => b.count - a.count);

  const slaFor = (subset: typeof rows) => {
    const breached = subset.filter((r) => r.slaBreaches > 0).length;
    const met = subset.filter((r) => r.slaBreaches === 0 && r.slaMetAt !== null).length;
    return { met, breached, compliance: ratio(met, met + breached) };
  };
  const sla = {
    ...slaFor(rows),
    bySeverity: SEVERITIES.map((severity) => ({ severity, ...slaFor(rows.filter((r) => r.severity === severity)) })),
  };

  const resolutionTime = SEVERITIES.map((severity) => {
    const times = rows.filter((r) => r.severity === severity && r.status === 'resolved' && r.resolvedAt !== null).map((r) => r.resolvedAt! - r.createdAt);
    return { severity, count: times.length, meanMs: mean(times) };
  });

  const reviewers = new Map<string, { agent: { id: string; name: string }; times: number[]; byDecision: Record<ReviewDecision, number> }>();
  for (const entry of decisions) {
    if (entry.action !== 'review_decision' || entry.actorId === null) continue;
    let reviewer = reviewers.get(entry.actorId);
    if (!reviewer) {
      reviewer = {
        agent: { id: entry.actorId, name: entry.actorName ?? entry.actorId },
        times: [],
        byDecision: Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, 0])) as Record<ReviewDecision, number>,
      };
      reviewers.set(entry.actorId, reviewer);
    }
    const decision = entry.detail?.action as ReviewDecision | undefined;
    if (decision && decision in reviewer.byDecision) reviewer.byDecision[decision] += 1;
    if (entry.durationMs !== null) reviewer.times.push(entry.durationMs);
  }

  const perCustomer = new Map<string, number>();
  for (const row of rows) perCustomer.set(row.ownerKey, (perCustomer.get(row.ownerKey) ?? 0) + 1);
  const repeat = [...perCustomer].filter(([, n]) => n > 1).map(([customer, escalations]) => ({ customer, escalations }));
  repeat.sort((a, b) => b.escalations - a.escalations || a.customer.localeCompare(b.customer));

  const byHour = Array.from({ length: 24 }, () => 0);
  for (const row of rows) byHour[localTime(row.createdAt, timezone).hour]! += 1;

  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    timezone,
    conversations,
    escalations: rows.length,
    byTrigger,
    topRules,
    outcomesByRule,
    resolutions,
    sla,
    resolutionTime,
    reviewers: [...reviewers.values()].map((r) => ({
      agent: r.agent,
      decisions: Object.values(r.byDecision).reduce((a, b) => a + b, 0),
      meanDecisionMs: mean(r.times),
      byDecision: r.byDecision,
    })),
    repeatCustomers: { count: repeat.length, top: repeat.slice(0, 10) },
    byHour,
  };
}
