import { SEVERITY_RANK } from '@baton/protocol';
import type { RelayContext } from './context.js';
import type { TimerHandle } from './deps.js';
import type { EscalationRecord, QueueEntry } from './store/store.js';

export interface QueuePlace {
  /** 1 = next in line among escalations on the same route. */
  position: number;
  /** Null while nobody who could take it is online. */
  estimatedWaitMs: number | null;
}

const OPEN = new Set(['queued', 'assigned', 'connected']);

/** An index entry with its route serialised once, so grouping by route costs no JSON per comparison. */
type Indexed = QueueEntry & { routeKey: string };

const routeKeyOf = (route: QueueEntry['route']) => JSON.stringify(route);

function entryOf(e: EscalationRecord): QueueEntry {
  return {
    id: e.id,
    conversationId: e.conversationId,
    kind: e.kind,
    severity: e.severity,
    transfer: e.transfer,
    status: e.status,
    route: e.route,
    assigneeId: e.assignee?.id ?? null,
    followUp: e.followUp,
    createdAt: e.createdAt,
  };
}

const byUrgency = (a: QueueEntry, b: QueueEntry) =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Queue positions and wait estimates. Keeps an index of open escalations that mirrors the store
 * (loaded at start, updated on every write through `Escalations`) so positions cost no query, and
 * pushes a fresh `handoff:status` to each waiting customer whose place or wait changed.
 */
export class QueueService {
  private readonly open = new Map<string, Indexed>();
  private readonly byConversation = new Map<string, string>();
  private readonly lastSent = new Map<string, string>();
  private handleMs: number;
  private pending: TimerHandle | null = null;
  private stopped = false;

  constructor(
    private readonly ctx: RelayContext,
    private readonly refreshMs: number,
  ) {
    this.handleMs = ctx.config.queue.defaultHandleTime;
  }

  async load(): Promise<void> {
    for (const entry of await this.ctx.store.listQueue()) this.remember(entry);
    for (const ms of await this.ctx.store.recentHandleTimes(50)) this.recordHandleTime(ms);
  }

  /** The running average of claim-to-resolution times. */
  get handleTimeMs(): number {
    return this.handleMs;
  }

  recordHandleTime(ms: number) {
    const smoothing = this.ctx.config.queue.smoothing;
    this.handleMs = Math.round(smoothing * Math.max(0, ms) + (1 - smoothing) * this.handleMs);
  }

  track(e: EscalationRecord) {
    if (OPEN.has(e.status)) this.remember(entryOf(e));
    else {
      this.open.delete(e.id);
      if (this.byConversation.get(e.conversationId) === e.id) this.byConversation.delete(e.conversationId);
      this.lastSent.delete(e.id);
    }
    this.schedule();
  }

  /** An open (queued, assigned or connected) escalation, from the index: no store round trip on the chat path. */
  openEntry(escalationId: string): QueueEntry | undefined {
    return this.open.get(escalationId);
  }

  /** The conversation's open escalation, if it has one. */
  openFor(conversationId: string): QueueEntry | undefined {
    const id = this.byConversation.get(conversationId);
    return id === undefined ? undefined : this.open.get(id);
  }

  private remember(entry: QueueEntry) {
    this.open.set(entry.id, { ...entry, routeKey: routeKeyOf(entry.route) });
    this.byConversation.set(entry.conversationId, entry.id);
  }

  depth(): Record<string, number> {
    const depth: Record<string, number> = { takeover: 0, review: 0 };
    for (const entry of this.open.values()) if (entry.status === 'queued') depth[entry.kind] = (depth[entry.kind] ?? 0) + 1;
    return depth;
  }

  /** Where a queued escalation stands now; null when it is not waiting. */
  placeOf(e: Pick<EscalationRecord, 'id' | 'status' | 'route' | 'severity' | 'createdAt'>): QueuePlace | null {
    if (e.status !== 'queued') return null;
    const key = routeKeyOf(e.route);
    const self = { id: e.id, severity: e.severity, createdAt: e.createdAt } as QueueEntry;
    let position = 1;
    for (const other of this.open.values()) {
      if (other.id !== e.id && other.status === 'queued' && other.routeKey === key && byUrgency(other, self) < 0) position += 1;
    }
    return { position, estimatedWaitMs: this.waitFor(e.route, position, this.busyAgents()) };
  }

  /** Coalesces bursts of queue changes into one refresh. */
  schedule() {
    if (this.pending !== null || this.stopped) return;
    const run = () => {
      this.pending = null;
      this.refresh();
    };
    if (this.refreshMs === 0) {
      this.pending = {};
      setImmediate(run);
    } else {
      this.pending = this.ctx.timers.setTimeout(run, this.refreshMs);
    }
  }

  stop() {
    this.stopped = true;
    if (this.pending !== null && this.refreshMs !== 0) this.ctx.timers.clearTimeout(this.pending);
    this.pending = null;
  }

  /** Pushes `handoff:status` to every waiting customer whose position or wait changed. */
  refresh() {
    if (this.stopped) return;
    const groups = new Map<string, Indexed[]>();
    for (const entry of this.open.values()) {
      if (entry.status !== 'queued' || entry.followUp) continue;
      const group = groups.get(entry.routeKey);
      if (group) group.push(entry);
      else groups.set(entry.routeKey, [entry]);
    }
    const busy = this.busyAgents();
    const at = new Date(this.ctx.clock.now()).toISOString();
    for (const group of groups.values()) {
      group.sort(byUrgency);
      group.forEach((entry, index) => {
        const position = index + 1;
        const estimatedWaitMs = this.waitFor(entry.route, position, busy);
        const signature = `${position}|${estimatedWaitMs}`;
        if (this.lastSent.get(entry.id) === signature) return;
        this.lastSent.set(entry.id, signature);
        this.ctx.escalations.emitToCustomer(entry.conversationId, {
          name: 'handoff:status',
          payload: {
            conversationId: entry.conversationId,
            escalationId: entry.id,
            kind: entry.kind,
            status: entry.kind === 'review' ? 'in_review' : 'queued',
            at,
            transfer: entry.transfer,
            position,
            estimatedWaitMs,
            agentName: null,
            offlineReason: null,
          },
        });
      });
    }
  }

  /** Forgets what a customer was last told, so the next refresh tells them again (after a reconnect). */
  forget(escalationId: string) {
    this.lastSent.delete(escalationId);
  }

  private busyAgents(): Set<string> {
    const busy = new Set<string>();
    for (const entry of this.open.values()) if (entry.assigneeId !== null) busy.add(entry.assigneeId);
    return busy;
  }

  /**
   * Free agents take the first places at once; beyond them each agent works through the line one
   * smoothed handle time per escalation.
   */
  private waitFor(route: QueueEntry['route'], position: number, busy: Set<string>): number | null {
    const online = this.ctx.presence.availableFor(route);
    if (online.length === 0) return null;
    const free = online.filter((agent) => !busy.has(agent.id)).length;
    if (position <= free) return 0;
    return Math.ceil((position - free) / online.length) * this.handleMs;
  }
}
