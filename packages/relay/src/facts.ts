import type { RoutingFacts } from './routing.js';
import type { EscalationRecord } from './store/store.js';

export function factsOf(e: Pick<EscalationRecord, 'kind' | 'trigger' | 'rule' | 'severity' | 'team' | 'tier'>): RoutingFacts {
  return { kind: e.kind, trigger: e.trigger, rule: e.rule, severity: e.severity, team: e.team, tier: e.tier };
}
