import {
  SEVERITIES,
  SEVERITY_RANK,
  TRIGGER_IDS,
  type Severity,
  type TriggerId,
} from '@baton/protocol/vocabulary';
import { canSee, type AgentIdentity, type EscalationView } from '@baton/protocol';

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
 * passed. `now` is injected so tests and the desk's clock agree.
 */
export function slaState(escalation: Pick<EscalationView, 'sla'>, now: number): SlaState {
  const sla = escalation.sla;
  if (!sla) return { level: 'none', remainingMs: null };
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

  /** A fresh snapshot replaces everything (reconnects deliver one too). */
  replace(escalations: readonly EscalationView[]): void {
    this.#items = new Map(escalations.map((escalation) => [escalation.id, escalation]));
  }

  /**
   * Takes a created or updated view. An agent (not a supervisor) stops following an item someone
   * else claimed or that moved to a route they cannot see: the relay stops telling them about it,
   * so keeping the card would show a stale state.
   */
  receive(escalation: EscalationView): ReceiveOutcome {
    const known = this.#items.get(escalation.id);
    if (known && escalation.lastSeq < known.lastSeq) return 'ignored';
    if (this.#isGoneForMe(escalation)) {
      if (!known) return 'ignored';
      this.#items.delete(escalation.id);
      return 'dropped';
    }
    this.#items.set(escalation.id, escalation);
    return known ? 'updated' : 'added';
  }

  remove(id: string): boolean {
    return this.#items.delete(id);
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

  #isGoneForMe(escalation: EscalationView): boolean {
    const agent = this.#agent;
    if (!agent || agent.role === 'supervisor') return false;
    const status = cardStatus(escalation);
    if (status === 'resolved' || status === 'expired') return false;
    const assignee = escalation.assignee?.id ?? null;
    if (assignee !== null) return assignee !== agent.id;
    return !canSee(agent, escalation.route, null);
  }
}
