import type { Route } from '@baton/protocol';
import type { RelayContext } from './context.js';
import { DeadlineTimer, RETRY_AFTER_FAILURE_MS } from './deadline-timer.js';
import { routeKeyOf } from './queue.js';
import { RELAY_ACTOR, type QueueEntry } from './store/store.js';

type Wait = Pick<QueueEntry, 'status' | 'kind' | 'followUp'>;

/**
 * A customer on screen waiting for a person. Reviews are asynchronous by design, and a follow-up
 * (a message left while offline) has nobody waiting on it: both stay in the queue.
 */
function waitsLive(e: Wait): boolean {
  return e.status === 'queued' && e.kind === 'takeover' && !e.followUp;
}

/**
 * Customers waiting live on a route that nobody online can take are told `offline`
 * (`no_agent_online`) once the route has stayed that way for the grace period (`queue.noAgentGrace`),
 * as a request made with nobody online is answered: they can leave a message instead of waiting in
 * a line nobody serves. The grace lets agents reload the desk or ride out a network blip without
 * customers losing their place. A route's grace starts when the relay notices nobody can take it:
 * an agent's last socket leaving, a live handoff queued on it with nobody there, or the relay
 * starting (agents reconnect after a restart, so nobody is moved before the grace has passed).
 */
export class UnstaffedSweep {
  /** Per route key: its route, and when its live waits go offline unless someone comes. */
  private readonly due = new Map<string, { route: Route; at: number }>();
  private readonly timer: DeadlineTimer;

  constructor(
    private readonly ctx: RelayContext,
    private readonly graceMs: number,
  ) {
    this.timer = new DeadlineTimer(ctx, () => this.sweep(), 'moving unstaffed queues offline failed');
  }

  /** Looks at every live wait in the queue: at start, and when an agent's last socket has left. */
  check() {
    if (this.timer.stopped) return;
    const at = this.ctx.clock.now() + this.graceMs;
    const staffed = new Map<string, boolean>();
    for (const entry of this.ctx.queue.queued()) {
      if (!waitsLive(entry)) continue;
      const key = routeKeyOf(entry.route);
      if (this.due.has(key)) continue;
      let served = staffed.get(key);
      if (served === undefined) {
        served = this.staffed(entry.route);
        staffed.set(key, served);
      }
      if (!served) this.due.set(key, { route: entry.route, at });
    }
    this.arm();
  }

  /** A handoff was written: one left waiting live where nobody can take it starts its route's grace. */
  consider(e: Wait & Pick<QueueEntry, 'route'>) {
    if (this.timer.stopped || !waitsLive(e)) return;
    const key = routeKeyOf(e.route);
    if (this.due.has(key) || this.staffed(e.route)) return;
    this.due.set(key, { route: e.route, at: this.ctx.clock.now() + this.graceMs });
    this.arm();
  }

  /** An agent's socket connected: the customers of every route they can take keep their place. */
  agentArrived() {
    if (this.timer.stopped || this.due.size === 0) return;
    for (const [key, { route }] of this.due) if (this.staffed(route)) this.due.delete(key);
    this.arm();
  }

  /** On shutdown: no timer left running, and a sweep in progress moves nobody else. */
  stop() {
    this.timer.stop();
    this.due.clear();
  }

  /** Resolves once a sweep in progress is done (tests and shutdown). */
  idle(): Promise<void> {
    return this.timer.idle();
  }

  private staffed(route: Route): boolean {
    return this.ctx.presence.availableFor(route).length > 0;
  }

  private arm() {
    let next: number | null = null;
    for (const { at } of this.due.values()) if (next === null || at < next) next = at;
    this.timer.armFor(next);
  }

  private async sweep() {
    if (this.timer.stopped) return;
    const now = this.ctx.clock.now();
    for (const [key, { route, at }] of [...this.due]) {
      if (at > now) continue;
      this.due.delete(key);
      const waiting = this.ctx.queue.queued().filter((entry) => waitsLive(entry) && routeKeyOf(entry.route) === key);
      for (const entry of waiting) {
        // Someone who connects while the line is being emptied keeps the rest of it in place.
        if (this.timer.stopped || this.staffed(route)) break;
        try {
          await this.moveOffline(entry);
        } catch (error) {
          this.ctx.logger.error('could not move a waiting customer offline', { escalationId: entry.id, error: String(error) });
          if (!this.due.has(key)) this.due.set(key, { route, at: this.ctx.clock.now() + RETRY_AFTER_FAILURE_MS });
        }
      }
    }
    this.arm();
  }

  private async moveOffline(entry: QueueEntry) {
    const now = this.ctx.clock.now();
    const offline = { ...entry, status: 'offline' as const, assignee: null, resolution: null };
    const result = await this.ctx.escalations.update(entry.id, {
      at: now,
      // A claim that lands first keeps the customer in the chat; one that lands after finds the handoff offline.
      expect: { status: ['queued'], assigneeId: null },
      set: { status: 'offline', sla: null },
      events: [this.ctx.escalations.statusEvent(offline, { offlineReason: 'no_agent_online' })],
      audit: [
        {
          ...RELAY_ACTOR,
          action: 'offline',
          escalationId: entry.id,
          conversationId: entry.conversationId,
          note: 'nobody online could take it',
          durationMs: now - entry.createdAt,
          detail: { reason: 'no_agent_online', route: entry.route, graceMs: this.graceMs },
        },
      ],
    });
    if (!result.applied) return;
    this.ctx.escalations.publish(result.escalation, result.events);
    // No change of its own in protocol v1: `released` updates desks without announcing a new item or a departure.
    this.ctx.escalations.announce(result.escalation, 'released', { route: entry.route, assignee: null, status: 'queued' });
    this.ctx.logger.info('nobody online for a waiting customer: told offline', { escalationId: entry.id, route: entry.route });
  }
}
