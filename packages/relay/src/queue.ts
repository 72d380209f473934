import { SEVERITY_RANK } from '@baton/protocol';
import type { RelayContext } from './context.js';
import { Coalescer } from './coalesce.js';
import { isOpen, type EscalationRecord, type QueueEntry } from './store/store.js';

export interface QueuePlace {
  /** 1 = next in line among escalations on the same route. */
  position: number;
  /** Null while nobody who could take it is online. */
  estimatedWaitMs: number | null;
}


/** An index entry with its route serialised once, so grouping by route costs no JSON per comparison. */
type Indexed = QueueEntry & { routeKey: string };

/** One string per route, to group escalations by where they wait. */
export const routeKeyOf = (route: QueueEntry['route']) => JSON.stringify(route);

const signatureOf = (position: number, estimatedWaitMs: number | null) => `${position}|${estimatedWaitMs}`;

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
    claimed: e.claimedAt !== null,
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
  /** Queued escalations per route, per severity rank: a new arrival's place without a scan. */
  private readonly queuedCounts = new Map<string, number[]>();
  /** The newest queued arrival per route (it may have left since: then positions fall back to a scan). */
  private readonly newest = new Map<string, { at: number; id: string }>();
  /** Open escalations each agent holds. */
  private readonly held = new Map<string, number>();
  private readonly lastSent = new Map<string, string>();
  private handleMs: number;
  private readonly refreshes: Coalescer;
  private stopped = false;

  constructor(
    private readonly ctx: RelayContext,
    refreshMs: number,
  ) {
    this.handleMs = ctx.config.queue.defaultHandleTime;
    this.refreshes = new Coalescer(ctx.timers, refreshMs, () => this.refresh());
  }

  async load(): Promise<void> {
    for (const entry of await this.ctx.store.listQueue()) this.remember(entry);
    for (const ms of await this.ctx.store.recentHandleTimes(50)) this.recordHandleTime(ms);
  }

  recordHandleTime(ms: number) {
    const smoothing = this.ctx.config.queue.smoothing;
    this.handleMs = Math.round(smoothing * Math.max(0, ms) + (1 - smoothing) * this.handleMs);
  }

  track(e: EscalationRecord) {
    if (isOpen(e.status)) this.remember(entryOf(e));
    else {
      this.forgetEntry(e.id);
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

  /** The escalations waiting for someone to claim them, from the index. */
  queued(): QueueEntry[] {
    return [...this.open.values()].filter((entry) => entry.status === 'queued');
  }

  private remember(entry: QueueEntry) {
    this.forgetEntry(entry.id);
    const indexed = { ...entry, routeKey: routeKeyOf(entry.route) };
    this.open.set(entry.id, indexed);
    this.byConversation.set(entry.conversationId, entry.id);
    if (indexed.status === 'queued') {
      const counts = this.queuedCounts.get(indexed.routeKey) ?? [0, 0, 0, 0];
      counts[SEVERITY_RANK[indexed.severity]]! += 1;
      this.queuedCounts.set(indexed.routeKey, counts);
      const newest = this.newest.get(indexed.routeKey);
      if (!newest || newest.at < indexed.createdAt || (newest.at === indexed.createdAt && newest.id < indexed.id)) {
        this.newest.set(indexed.routeKey, { at: indexed.createdAt, id: indexed.id });
      }
    }
    if (indexed.assigneeId !== null) this.held.set(indexed.assigneeId, (this.held.get(indexed.assigneeId) ?? 0) + 1);
  }

  private forgetEntry(id: string) {
    const previous = this.open.get(id);
    if (!previous) return;
    this.open.delete(id);
    if (previous.status === 'queued') this.queuedCounts.get(previous.routeKey)![SEVERITY_RANK[previous.severity]]! -= 1;
    if (previous.assigneeId !== null) {
      const held = (this.held.get(previous.assigneeId) ?? 1) - 1;
      if (held > 0) this.held.set(previous.assigneeId, held);
      else this.held.delete(previous.assigneeId);
    }
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
    const rank = SEVERITY_RANK[e.severity];
    const newest = this.newest.get(key);
    let position = 1;
    if (!newest || newest.at < e.createdAt || newest.id === e.id) {
      // The newest arrival: everything queued on its route at its severity or above is ahead of it.
      const counts = this.queuedCounts.get(key) ?? [0, 0, 0, 0];
      for (let r = 0; r <= rank; r++) position += counts[r]!;
      const self = this.open.get(e.id);
      if (self && self.status === 'queued' && self.routeKey === key) position -= 1;
    } else {
      const self = { id: e.id, severity: e.severity, createdAt: e.createdAt } as QueueEntry;
      for (const other of this.open.values()) {
        if (other.id !== e.id && other.status === 'queued' && other.routeKey === key && byUrgency(other, self) < 0) position += 1;
      }
    }
    return { position, estimatedWaitMs: this.waitFor(e.route, position) };
  }

  /** Coalesces bursts of queue changes into one refresh. */
  schedule() {
    this.refreshes.request();
  }

  stop() {
    this.stopped = true;
    this.refreshes.stop();
  }

  /** Pushes `handoff:status` to every waiting customer whose position or wait changed. */
  refresh() {
    if (this.stopped) return;
    const groups = new Map<string, Indexed[]>();
    for (const entry of this.open.values()) {
      if (entry.status !== 'queued') continue;
      const group = groups.get(entry.routeKey);
      if (group) group.push(entry);
      else groups.set(entry.routeKey, [entry]);
    }
    const at = new Date(this.ctx.clock.now()).toISOString();
    for (const group of groups.values()) {
      group.sort(byUrgency);
      const staffing = this.staffing(group[0]!.route);
      group.forEach((entry, index) => {
        // Messages left offline count in the line but have nobody waiting on a screen.
        if (entry.followUp) return;
        const position = index + 1;
        const estimatedWaitMs = this.estimate(staffing, position);
        const signature = signatureOf(position, estimatedWaitMs);
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

  /**
   * The customer was just told their place by a stored status event: the next refresh sends them
   * only a change, not the same position again (under a burst of arrivals, that was one more packet
   * per handoff and a refresh that stalled the event loop for milliseconds).
   */
  told(escalationId: string, position: number | null, estimatedWaitMs: number | null) {
    if (position === null || !this.open.has(escalationId)) this.lastSent.delete(escalationId);
    else this.lastSent.set(escalationId, signatureOf(position, estimatedWaitMs));
  }

  /** Forgets what a customer was last told, so the next refresh tells them again (after a reconnect). */
  forget(escalationId: string) {
    this.lastSent.delete(escalationId);
  }

  private waitFor(route: QueueEntry['route'], position: number): number | null {
    return this.estimate(this.staffing(route), position);
  }

  /** Who could take escalations on a route: agents online for it, and how many hold none. */
  private staffing(route: QueueEntry['route']): { online: number; free: number } {
    const online = this.ctx.presence.availableFor(route);
    return { online: online.length, free: online.filter((agent) => !this.held.has(agent.id)).length };
  }

  /**
   * Free agents take the first places at once; beyond them each agent works through the line one
   * smoothed handle time per escalation.
   */
  private estimate({ online, free }: { online: number; free: number }, position: number): number | null {
    if (online === 0) return null;
    if (position <= free) return 0;
    return Math.ceil((position - free) / online) * this.handleMs;
  }
}
