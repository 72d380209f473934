import {
  SEVERITIES,
  SEVERITY_RANK,
  TRIGGER_IDS,
  type Severity,
  type TriggerId,
} from '@baton/protocol/vocabulary';
import { canSee, ownedByAnother, type AgentIdentity, type EscalationView } from '@baton/protocol';

/** Whose items a queue shows. */
export const QUEUE_SCOPES = ['mine', 'teams', 'all'] as const;
export type QueueScope = (typeof QUEUE_SCOPES)[number];

/** The four states a card shows, folded from the relay's escalation statuses. */
export const CARD_STATUSES = ['open', 'claimed', 'resolved', 'expired'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/** `active` = open or claimed (the default working view); `any` = everything kept. */
export const STATUS_FILTERS = ['active', ...CARD_STATUSES, 'any'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface QueueFilter {
  scope: QueueScope;
  status: StatusFilter;
  severity: Severity | 'any';
  trigger: TriggerId | 'any';
}

export const DEFAULT_FILTER: QueueFilter = { scope: 'all', status: 'active', severity: 'any', trigger: 'any' };

/** Counts per option of each filter, each with the other filters applied (what picking it would show). */
export interface QueueCounts {
  scope: Record<QueueScope, number>;
  status: Record<StatusFilter, number>;
  severity: Record<Severity | 'any', number>;
  trigger: Record<TriggerId | 'any', number>;
}

export type SlaLevel = 'none' | 'ok' | 'warning' | 'breached';

export interface SlaState {
  level: SlaLevel;
  /** Milliseconds left (negative once breached); null without a running SLA. */
  remainingMs: number | null;
}

/** How many SLA deadlines an escalation has missed, from its view (also once its window is gone). */
export function slaBreaches(escalation: Pick<EscalationView, 'sla' | 'slaBreaches'>): number {
  return Math.max(escalation.slaBreaches, escalation.sla?.breaches ?? 0);
}

type Agent = Pick<AgentIdentity, 'id' | 'role' | 'teams'>;

export function cardStatus(escalation: Pick<EscalationView, 'status'>): CardStatus {
  switch (escalation.status) {
    case 'queued':
    case 'offline':
      return 'open';
    case 'assigned':
    case 'connected':
      return 'claimed';
    case 'resolved':
      return 'resolved';
    case 'cancelled':
      return 'expired';
  }
}

/** Only a queued item can be claimed; an `offline` one waits for the customer's message first. */
export function isClaimable(escalation: Pick<EscalationView, 'status'>): boolean {
  return escalation.status === 'queued';
}

/**
 * Amber from half the window remaining (the relay's `sla:warning` moment), red once the deadline
 * passed. `now` is injected so tests and the desk's clock agree. `breaches` (the view's
 * `sla.breaches` by default, or what the desk remembers) keeps a breach red once the relay stopped
 * the window (`sla: null`, nowhere left to reassign it); a reassigned item shows its new window.
 */
export function slaState(escalation: Pick<EscalationView, 'sla' | 'slaBreaches'>, now: number, breaches = slaBreaches(escalation)): SlaState {
  const sla = escalation.sla;
  if (!sla) return breaches > 0 ? { level: 'breached', remainingMs: null } : { level: 'none', remainingMs: null };
  const started = Date.parse(sla.startedAt);
  const due = Date.parse(sla.dueAt);
  const remainingMs = due - now;
  if (remainingMs <= 0) return { level: 'breached', remainingMs };
  const windowMs = due - started;
  return { level: remainingMs <= windowMs / 2 ? 'warning' : 'ok', remainingMs };
}

/** Most severe first, then oldest, then by id so the order never flickers. */
export function compareUrgency(a: EscalationView, b: EscalationView): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function inScope(escalation: EscalationView, scope: QueueScope, agent: Agent | null): boolean {
  if (scope === 'all') return true;
  const mine = agent !== null && escalation.assignee?.id === agent.id;
  if (scope === 'mine') return mine;
  if (agent === null) return false;
  const routeTeam = escalation.route.to === 'team' ? escalation.route.team : null;
  return mine || [routeTeam, escalation.team].some((team) => team !== null && agent.teams.includes(team));
}

function statusMatches(escalation: EscalationView, filter: StatusFilter): boolean {
  if (filter === 'any') return true;
  const status = cardStatus(escalation);
  return filter === 'active' ? status === 'open' || status === 'claimed' : status === filter;
}

function matches(escalation: EscalationView, filter: QueueFilter, agent: Agent | null): boolean {
  return (
    inScope(escalation, filter.scope, agent) &&
    statusMatches(escalation, filter.status) &&
    (filter.severity === 'any' || escalation.severity === filter.severity) &&
    (filter.trigger === 'any' || escalation.trigger === filter.trigger)
  );
}

/** What `receive` did with an escalation view. */
export type ReceiveOutcome = 'added' | 'updated' | 'dropped' | 'ignored';

/**
 * The desk's queue: every escalation this agent may see, kept from `queue:snapshot` and the live
 * events. Pure (no DOM, no socket), so the sorting and filtering rules are tested in Node.
 */
export class QueueStore {
  #items = new Map<string, EscalationView>();
  /** SLA breaches seen per escalation: a later view may carry `sla: null` and so lose the count. */
  #breaches = new Map<string, number>();
  #agent: Agent | null = null;

  get agent(): Agent | null {
    return this.#agent;
  }

  get size(): number {
    return this.#items.size;
  }

  setAgent(agent: Agent | null): void {
    this.#agent = agent;
  }

  /**
   * A fresh snapshot replaces everything (reconnects deliver one too). The same rule as `receive`
   * applies: an agent keeps no item someone else owns, since the relay will not say how it ends.
   */
  replace(escalations: readonly EscalationView[]): void {
    const kept = escalations.filter((escalation) => !this.#isGoneForMe(escalation));
    this.#items = new Map(kept.map((escalation) => [escalation.id, escalation]));
    this.#breaches = new Map([...this.#breaches].filter(([id]) => this.#items.has(id)));
    for (const escalation of kept) this.#noteBreaches(escalation);
  }

  /**
   * Takes a created or updated view. An agent (not a supervisor) stops following an item someone
   * else owns (claimed, resolved or not) or that moved to a route they cannot see: the relay stops
   * telling them about it, so keeping the card would show a stale state.
   */
  receive(escalation: EscalationView): ReceiveOutcome {
    const known = this.#items.get(escalation.id);
    if (known && escalation.lastSeq < known.lastSeq) return 'ignored';
    if (this.#isGoneForMe(escalation)) {
      if (!known) return 'ignored';
      this.remove(escalation.id);
      return 'dropped';
    }
    this.#items.set(escalation.id, escalation);
    this.#noteBreaches(escalation);
    return known ? 'updated' : 'added';
  }

  remove(id: string): boolean {
    this.#breaches.delete(id);
    return this.#items.delete(id);
  }

  /**
   * `sla:breached` for the window ending at `dueAt`. Counted only while the view held is still the
   * one with that window, so the reassigned view that follows (already counting it) adds nothing.
   */
  noteBreach(id: string, dueAt: string): void {
    const known = this.#items.get(id);
    if (!known?.sla || Date.parse(known.sla.dueAt) !== Date.parse(dueAt)) return;
    this.#breaches.set(id, Math.max(this.#breaches.get(id) ?? 0, known.sla.breaches + 1));
  }

  /** SLA deadlines this escalation missed, as far as this desk knows. */
  breachesOf(escalation: EscalationView): number {
    return Math.max(slaBreaches(escalation), this.#breaches.get(escalation.id) ?? 0);
  }

  get(id: string): EscalationView | undefined {
    return this.#items.get(id);
  }

  all(): EscalationView[] {
    return [...this.#items.values()].sort(compareUrgency);
  }

  visible(filter: QueueFilter): EscalationView[] {
    return this.all().filter((escalation) => matches(escalation, filter, this.#agent));
  }

  counts(filter: QueueFilter): QueueCounts {
    const items = [...this.#items.values()];
    const countWith = (override: Partial<QueueFilter>) =>
      items.filter((escalation) => matches(escalation, { ...filter, ...override }, this.#agent)).length;
    const tally = <K extends string>(keys: readonly K[], field: keyof QueueFilter) =>
      Object.fromEntries(keys.map((key) => [key, countWith({ [field]: key })])) as Record<K, number>;
    return {
      scope: tally(QUEUE_SCOPES, 'scope'),
      status: tally(STATUS_FILTERS, 'status'),
      severity: tally(['any', ...SEVERITIES] as const, 'severity'),
      trigger: tally(['any', ...TRIGGER_IDS] as const, 'trigger'),
    };
  }

  #noteBreaches(escalation: EscalationView): void {
    const breaches = slaBreaches(escalation);
    if (breaches > (this.#breaches.get(escalation.id) ?? 0)) this.#breaches.set(escalation.id, breaches);
  }

  #isGoneForMe(escalation: EscalationView): boolean {
    const agent = this.#agent;
    if (!agent || agent.role === 'supervisor') return false;
    // Owned by someone else: the relay tells only the owner and supervisors what happens next.
    const assignee = escalation.assignee?.id ?? null;
    if (assignee !== null) return ownedByAnother(agent, assignee);
    // An unowned item that ended stays (it is final); an open one must still be on my route.
    const status = cardStatus(escalation);
    if (status === 'resolved' || status === 'expired') return false;
    return !canSee(agent, escalation.route, null);
  }
}
