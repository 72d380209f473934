import { canSee, type AgentIdentity, type Route } from '@baton/protocol';

/**
 * Agents connected to this relay node. Presence is live by nature: after a restart agents
 * reconnect and announce themselves again, so it is the one thing not kept in the store.
 */
export class Presence {
  private readonly agents = new Map<string, { agent: AgentIdentity; sockets: number }>();

  /** Returns true when this is the agent's first socket. */
  add(agent: AgentIdentity): boolean {
    const entry = this.agents.get(agent.id);
    if (entry) {
      entry.sockets += 1;
      entry.agent = agent;
      return false;
    }
    this.agents.set(agent.id, { agent, sockets: 1 });
    return true;
  }

  /** Returns true when the agent's last socket left. */
  remove(agentId: string): boolean {
    const entry = this.agents.get(agentId);
    if (!entry) return false;
    entry.sockets -= 1;
    if (entry.sockets > 0) return false;
    this.agents.delete(agentId);
    return true;
  }

  get count(): number {
    return this.agents.size;
  }

  /** Online agents who could pick up an escalation on this route (supervisors included). */
  availableFor(route: Route): AgentIdentity[] {
    return [...this.agents.values()].map((e) => e.agent).filter((agent) => canSee(agent, route));
  }
}
