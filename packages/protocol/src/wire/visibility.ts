import type { AgentIdentity } from './handshake.schema.js';
import type { Route } from './escalation.schema.js';

/**
 * Whether an agent may see (and claim) an escalation on this route. Supervisors see everything;
 * the assignee always sees what they hold. The relay and the desk share this rule.
 */
export function canSee(agent: Pick<AgentIdentity, 'id' | 'role' | 'teams'>, route: Route, assigneeId: string | null = null): boolean {
  if (agent.role === 'supervisor' || assigneeId === agent.id) return true;
  switch (route.to) {
    case 'anyone':
      return true;
    case 'team':
      return agent.teams.includes(route.team);
    case 'agent':
      return route.agent === agent.id;
    case 'supervisors':
      return false;
  }
}

/**
 * Whether someone other than this agent owns the escalation, so the agent no longer follows it: once
 * claimed, only the owner and supervisors hear what happens next and may read the conversation. The
 * relay (history, queue snapshot) and the desk (which cards to keep) share this rule.
 */
export function ownedByAnother(agent: Pick<AgentIdentity, 'id' | 'role'>, assigneeId: string | null): boolean {
  return assigneeId !== null && assigneeId !== agent.id && agent.role !== 'supervisor';
}

/** A route in words, for desk cards and relay logs. */
export function describeRoute(route: Route): string {
  switch (route.to) {
    case 'anyone':
      return 'any agent';
    case 'team':
      return `team ${route.team}`;
    case 'agent':
      return `agent ${route.agent}`;
    case 'supervisors':
      return 'supervisors';
  }
}
