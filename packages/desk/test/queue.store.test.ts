import { describe, expect, it } from 'vitest';
import { QueueStore, cardStatus, isClaimable, slaState, DEFAULT_FILTER, type QueueFilter } from '../src/queue/queue.store.js';
import { T0, escalation, iso } from './fixtures.js';

const MINUTE = 60_000;
const ada = { id: 'ada', role: 'agent' as const, teams: ['billing'] };
const boss = { id: 'sam', role: 'supervisor' as const, teams: [] };
const filter = (patch: Partial<QueueFilter> = {}): QueueFilter => ({ ...DEFAULT_FILTER, ...patch });

function storeWith(agent: typeof ada | typeof boss = ada) {
  const store = new QueueStore();
  store.setAgent(agent);
  store.replace([
    escalation({ id: 'low-old', severity: 'low', createdAt: iso(T0 - 30 * MINUTE) }),
    escalation({ id: 'critical-new', severity: 'critical', createdAt: iso(T0), trigger: 'topic' }),
    escalation({ id: 'medium-new', severity: 'medium', createdAt: iso(T0 + MINUTE) }),
    escalation({ id: 'medium-old', severity: 'medium', createdAt: iso(T0 - MINUTE), route: { to: 'team', team: 'billing' } }),
    escalation({ id: 'mine', severity: 'high', status: 'assigned', assignee: { id: 'ada', name: 'Ada' }, trigger: 'sentiment' }),
    escalation({ id: 'done', severity: 'critical', status: 'resolved', sla: null }),
    escalation({ id: 'gone', severity: 'high', status: 'cancelled', sla: null }),
  ]);
  return store;
}

describe('QueueStore ordering', () => {
  it('sorts by severity first, then by age (oldest first)', () => {
    expect(storeWith().all().map((e) => e.id)).toEqual(['critical-new', 'done', 'gone', 'mine', 'medium-old', 'medium-new', 'low-old']);
  });

  it('keeps the order stable for equal severity and time (by id)', () => {
    const store = new QueueStore();
    store.replace([escalation({ id: 'b' }), escalation({ id: 'a' })]);
    expect(store.all().map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('QueueStore filters and counts', () => {
  it('shows open and claimed items by default, hiding resolved and expired ones', () => {
    expect(storeWith().visible(filter()).map((e) => e.id)).toEqual(['critical-new', 'mine', 'medium-old', 'medium-new', 'low-old']);
  });

  it('filters by scope: mine, my teams (route or team hint), all', () => {
    const store = storeWith();
    expect(store.visible(filter({ scope: 'mine' })).map((e) => e.id)).toEqual(['mine']);
    expect(store.visible(filter({ scope: 'teams' })).map((e) => e.id)).toEqual(['mine', 'medium-old']);
    store.receive(escalation({ id: 'hinted', team: 'billing', severity: 'low' }));
    expect(store.visible(filter({ scope: 'teams' })).map((e) => e.id)).toContain('hinted');
  });

  it('filters by status, severity and trigger together', () => {
    const store = storeWith();
    expect(store.visible(filter({ status: 'resolved' })).map((e) => e.id)).toEqual(['done']);
    expect(store.visible(filter({ status: 'expired' })).map((e) => e.id)).toEqual(['gone']);
    expect(store.visible(filter({ status: 'any', severity: 'critical' })).map((e) => e.id)).toEqual(['critical-new', 'done']);
    expect(store.visible(filter({ trigger: 'sentiment' })).map((e) => e.id)).toEqual(['mine']);
    expect(store.visible(filter({ severity: 'medium', scope: 'teams' })).map((e) => e.id)).toEqual(['medium-old']);
  });

  it('counts each option with the other filters applied', () => {
    const counts = storeWith().counts(filter());
    expect(counts.scope).toEqual({ mine: 1, teams: 2, all: 5 });
    expect(counts.status).toEqual({ active: 5, open: 4, claimed: 1, resolved: 1, expired: 1, any: 7 });
    expect(counts.severity).toEqual({ any: 5, critical: 1, high: 1, medium: 2, low: 1 });
    expect(counts.trigger.topic).toBe(1);
    expect(counts.trigger.explicit_request).toBe(3);
    const onlyMine = storeWith().counts(filter({ scope: 'mine' }));
    expect(onlyMine.severity).toEqual({ any: 1, critical: 0, high: 1, medium: 0, low: 0 });
  });
});

describe('QueueStore live updates', () => {
  it('adds, updates, and ignores a view older than the one it holds', () => {
    const store = storeWith();
    expect(store.receive(escalation({ id: 'new-one', severity: 'high' }))).toBe('added');
    expect(store.receive(escalation({ id: 'new-one', severity: 'high', status: 'assigned', assignee: { id: 'ada', name: 'Ada' }, lastSeq: 3 }))).toBe('updated');
    expect(store.receive(escalation({ id: 'new-one', severity: 'high', lastSeq: 2 }))).toBe('ignored');
    expect(store.get('new-one')?.status).toBe('assigned');
  });

  it('an agent drops an item someone else claimed; a supervisor keeps following it', () => {
    const claimedByBob = escalation({ id: 'medium-new', status: 'assigned', assignee: { id: 'bob', name: 'Bob' }, lastSeq: 2 });
    const agentStore = storeWith(ada);
    expect(agentStore.receive(claimedByBob)).toBe('dropped');
    expect(agentStore.get('medium-new')).toBeUndefined();
    const supervisorStore = storeWith(boss);
    expect(supervisorStore.receive(claimedByBob)).toBe('updated');
    expect(supervisorStore.get('medium-new')?.assignee?.name).toBe('Bob');
  });

  it('an agent drops an item moved to a route they cannot see', () => {
    const store = storeWith(ada);
    expect(store.receive(escalation({ id: 'medium-new', route: { to: 'team', team: 'legal' }, lastSeq: 2 }))).toBe('dropped');
    expect(store.receive(escalation({ id: 'other', route: { to: 'supervisors' } }))).toBe('ignored');
  });
});

describe('card status and SLA colour (injected clock)', () => {
  it('folds relay statuses into open, claimed, resolved, expired', () => {
    expect(['offline', 'queued', 'assigned', 'connected', 'resolved', 'cancelled'].map((status) => cardStatus({ status } as never))).toEqual([
      'open',
      'open',
      'claimed',
      'claimed',
      'resolved',
      'expired',
    ]);
  });

  it('lets only queued items be claimed (an offline one waits for the customer’s message)', () => {
    expect(isClaimable({ status: 'queued' })).toBe(true);
    expect(isClaimable({ status: 'offline' })).toBe(false);
    expect(isClaimable({ status: 'assigned' })).toBe(false);
  });

  it('is ok above half the window, amber at 50 % remaining or less, red once breached', () => {
    const item = escalation({ id: 'sla', createdAt: iso(T0) }); // 10-minute window
    expect(slaState(item, T0)).toEqual({ level: 'ok', remainingMs: 10 * MINUTE });
    expect(slaState(item, T0 + 5 * MINUTE - 1).level).toBe('ok');
    expect(slaState(item, T0 + 5 * MINUTE)).toEqual({ level: 'warning', remainingMs: 5 * MINUTE });
    expect(slaState(item, T0 + 10 * MINUTE - 1).level).toBe('warning');
    expect(slaState(item, T0 + 10 * MINUTE)).toEqual({ level: 'breached', remainingMs: 0 });
    expect(slaState(item, T0 + 12 * MINUTE)).toEqual({ level: 'breached', remainingMs: -2 * MINUTE });
  });

  it('has no colour without a running SLA', () => {
    expect(slaState(escalation({ id: 'none', sla: null }), T0)).toEqual({ level: 'none', remainingMs: null });
  });

  it('stays red for a breach whose window is gone (a freshly loaded desk reads slaBreaches)', () => {
    expect(slaState(escalation({ id: 'gone', sla: null, slaBreaches: 2 }), T0)).toEqual({ level: 'breached', remainingMs: null });
  });
});

describe('QueueStore: items owned by someone else (snapshot and live agree)', () => {
  const claimedByBob = (id: string, patch: Partial<Parameters<typeof escalation>[0]> = {}) =>
    escalation({ id, status: 'assigned', assignee: { id: 'bob', name: 'Bob' }, claimedAt: iso(T0), lastSeq: 2, ...patch });

  it('an agent keeps no snapshot item claimed by someone else; a supervisor keeps it', () => {
    const agentStore = new QueueStore();
    agentStore.setAgent(ada);
    agentStore.replace([escalation({ id: 'open' }), claimedByBob('bobs'), escalation({ id: 'mine', status: 'assigned', assignee: { id: 'ada', name: 'Ada' } })]);
    expect(agentStore.all().map((e) => e.id).sort()).toEqual(['mine', 'open']);
    // How it ends is never told to Ada: a later view of it changes nothing either.
    expect(agentStore.receive(claimedByBob('bobs', { status: 'resolved', lastSeq: 5 }))).toBe('ignored');
    expect(agentStore.get('bobs')).toBeUndefined();
    const supervisorStore = new QueueStore();
    supervisorStore.setAgent(boss);
    supervisorStore.replace([claimedByBob('bobs')]);
    expect(supervisorStore.get('bobs')?.assignee?.name).toBe('Bob');
  });

  it('an agent drops a known item someone else ended; an unowned ended item stays', () => {
    const store = storeWith(ada);
    expect(store.receive(claimedByBob('medium-new', { status: 'resolved', lastSeq: 3 }))).toBe('dropped');
    expect(store.receive(escalation({ id: 'low-old', status: 'cancelled', sla: null, lastSeq: 3 }))).toBe('updated');
    expect(cardStatus(store.get('low-old')!)).toBe('expired');
  });
});

describe('QueueStore: SLA breaches survive reloads and reassignment', () => {
  const window = (startMs: number, breaches: number) => ({
    startedAt: iso(startMs),
    warnAt: iso(startMs + 5 * MINUTE),
    dueAt: iso(startMs + 10 * MINUTE),
    warned: false,
    breaches,
  });

  it('stays red without a running window once a breach is known', () => {
    expect(slaState(escalation({ id: 'x', sla: null }), T0, 1)).toEqual({ level: 'breached', remainingMs: null });
  });

  it('a reassigned item (fresh snapshot) counts down its new window and keeps the breach count', () => {
    const store = new QueueStore();
    store.setAgent(boss);
    const reassigned = escalation({ id: 'r', route: { to: 'supervisors' }, sla: window(T0 + 10 * MINUTE, 1) });
    store.replace([reassigned]);
    expect(store.breachesOf(store.get('r')!)).toBe(1);
    expect(slaState(store.get('r')!, T0 + 11 * MINUTE, store.breachesOf(store.get('r')!)).level).toBe('ok');
  });

  it('remembers a live breach when the next view stops the window (sla: null), without counting twice', () => {
    const store = new QueueStore();
    store.setAgent(boss);
    store.replace([escalation({ id: 'b' })]);
    store.noteBreach('b', iso(T0 + 10 * MINUTE));
    store.noteBreach('b', iso(T0 + 10 * MINUTE));
    store.receive(escalation({ id: 'b', status: 'assigned', assignee: { id: 'sam', name: 'Sam' }, sla: null, lastSeq: 2 }));
    const held = store.get('b')!;
    expect(store.breachesOf(held)).toBe(1);
    expect(slaState(held, T0 + 20 * MINUTE, store.breachesOf(held)).level).toBe('breached');
    // The reassigned view already counts the breach: an sla:breached arriving after it adds nothing.
    store.receive(escalation({ id: 'c', sla: window(T0 + 10 * MINUTE, 1), lastSeq: 3 }));
    store.noteBreach('c', iso(T0 + 10 * MINUTE));
    expect(store.breachesOf(store.get('c')!)).toBe(1);
  });
});
