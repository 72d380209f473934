import type { EscalationView } from '@baton/protocol';

const MINUTE = 60_000;
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const iso = (ms: number) => new Date(ms).toISOString();

/** A queued live takeover created at `T0`, with a 10-minute SLA; override anything. */
export function escalation(overrides: Partial<EscalationView> & { id: string }): EscalationView {
  const createdAt = overrides.createdAt ?? iso(T0);
  const start = Date.parse(createdAt);
  return {
    conversationId: `conv-${overrides.id}`,
    siteKey: 'demo',
    kind: 'takeover',
    status: 'queued',
    decision: { trigger: 'explicit_request', rule: null, severity: 'medium', transfer: 'warm', kind: 'takeover', reason: 'Asked for a person', evidence: [], messageIndex: 0 },
    trigger: 'explicit_request',
    severity: 'medium',
    transfer: 'warm',
    team: null,
    route: { to: 'anyone' },
    routingRule: 'everyone',
    summary: null,
    transcript: [],
    heldReply: null,
    customer: { visitorId: 'visitor-1', customerId: null, tier: null, contact: null },
    followUp: false,
    assignee: null,
    claimedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    resolution: null,
    sla: { startedAt: createdAt, warnAt: iso(start + 5 * MINUTE), dueAt: iso(start + 10 * MINUTE), warned: false, breaches: 0 },
    slaBreaches: 0,
    lastSeq: 1,
    ...overrides,
    createdAt,
  };
}
