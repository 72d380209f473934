import type { HandoffKind, Route, Severity, TriggerId } from '@baton/protocol';
import type { RoutingRule } from './config.schema.js';
import { withinSchedule } from './schedule.js';

/** What routing rules may match on. */
export interface RoutingFacts {
  kind: HandoffKind;
  trigger: TriggerId;
  rule: string | null;
  severity: Severity;
  /** The policy's route hint. */
  team: string | null;
  tier: string | null;
}

export interface RouteChoice {
  /** The rule that chose the route; null for the supervisors fallback. */
  ruleId: string | null;
  route: Route;
}

const SUPERVISORS: Route = { to: 'supervisors' };

function includes<T>(list: readonly T[] | undefined, value: T | null): boolean {
  return list === undefined || (value !== null && list.includes(value));
}

export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** First match wins; the config guarantees a catch-all last. */
export class Router {
  constructor(private readonly rules: readonly RoutingRule[]) {}

  matches(rule: RoutingRule, facts: RoutingFacts, at: number): boolean {
    const match = rule.match;
    return (
      includes(match.kind, facts.kind) &&
      includes(match.trigger, facts.trigger) &&
      includes(match.rule, facts.rule) &&
      includes(match.severity, facts.severity) &&
      includes(match.team, facts.team) &&
      includes(match.tier, facts.tier) &&
      (match.time === undefined || withinSchedule(match.time, at))
    );
  }

  first(facts: RoutingFacts, at: number): RouteChoice {
    const rule = this.rules.find((r) => this.matches(r, facts, at));
    return rule ? { ruleId: rule.id, route: rule.route } : { ruleId: null, route: { to: 'anyone' } };
  }

  /**
   * Where an escalation goes when its current target cannot take it (`escalate_further`, SLA
   * breach): the next matching rule after the current one with a different route, then
   * supervisors, then nowhere (null).
   */
  next(current: { ruleId: string | null; route: Route }, facts: RoutingFacts, at: number): RouteChoice | null {
    if (current.route.to !== 'supervisors') {
      const index = current.ruleId === null ? -1 : this.rules.findIndex((r) => r.id === current.ruleId);
      for (const rule of this.rules.slice(index + 1)) {
        if (this.matches(rule, facts, at) && !sameRoute(rule.route, current.route)) return { ruleId: rule.id, route: rule.route };
      }
      return { ruleId: null, route: SUPERVISORS };
    }
    return null;
  }

  /** The notification channels of a rule. */
  channelsOf(ruleId: string | null): readonly string[] {
    return this.rules.find((r) => r.id === ruleId)?.notify ?? [];
  }
}
