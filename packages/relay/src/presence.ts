import { canSee, type AgentIdentity, type Route } from '@baton/protocol';
import type { RelayContext } from './context.js';
import { Coalescer } from './coalesce.js';

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

/**
 * Tells every desk how many agents are online (`presence:updated`). Changes are coalesced: after a
 * relay restart every desk reconnects at once, and one update per arrival would send each desk as
 * many updates as there are desks. Whatever is sent carries the count at sending time, so a desk's
 * last update (or its later `queue:snapshot`) always holds the current number.
 */
export class PresenceBroadcast {
  private readonly sends: Coalescer;

  constructor(ctx: RelayContext, windowMs: number) {
    this.sends = new Coalescer(ctx.timers, windowMs, () =>
      ctx.agents.emit('presence:updated', { at: new Date(ctx.clock.now()).toISOString(), agentsOnline: ctx.presence.count }),
    );
  }

  /** The distinct count changed: send it at the end of the window, with any other change meanwhile. */
  changed() {
    this.sends.request();
  }

  /** On shutdown: no update is left pending once the relay has closed. */
  stop() {
    this.sends.stop();
  }
}
