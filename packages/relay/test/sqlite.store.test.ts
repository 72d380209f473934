import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore, StoreInUseError, type EscalationRecord, type SqliteStore } from '../src/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { decision, tempDir } from './harness.js';

function escalation(overrides: Partial<EscalationRecord> = {}): EscalationRecord {
  return {
    id: 'esc-1',
    conversationId: 'conv-1',
    siteKey: 'shop',
    ownerKey: 'v:visitor',
    visitorId: 'visitor',
    customerId: null,
    tier: null,
    kind: 'takeover',
    trigger: 'explicit_request',
    rule: null,
    severity: 'medium',
    transfer: 'warm',
    decision: decision(),
    team: null,
    summary: null,
    transcript: [],
    heldReply: null,
    followUp: false,
    contact: null,
    status: 'queued',
    route: { to: 'anyone' },
    routingRule: 'everyone',
    assignee: null,
    createdAt: 1_000,
    claimedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    resolution: null,
    sla: { targetMs: 600_000, startedAt: 1_000, warnAt: 301_000, dueAt: 601_000, warned: false },
    slaBreaches: 0,
    slaMetAt: null,
    updatedAt: 1_000,
    lastSeq: 0,
    ...overrides,
  };
}

describe('SQLite store', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = tempDir();
    store = createSqliteStore(join(dir.dir, 'nested', 'relay.sqlite'));
    await store.openConversation({ id: 'conv-1', siteKey: 'shop', ownerKey: 'v:visitor', visitorId: 'visitor', customerId: null, tier: null, createdAt: 1_000 });
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('creates its directory, runs migrations once and uses WAL', async () => {
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    await store.close();
    store = createSqliteStore(join(dir.dir, 'nested', 'relay.sqlite'));
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    const raw = new Database(join(dir.dir, 'nested', 'relay.sqlite'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a second store on a file another one holds, and names the holder', async () => {
    const file = join(dir.dir, 'nested', 'relay.sqlite');
    let refusal: unknown;
    try {
      createSqliteStore(file);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StoreInUseError);
    expect((refusal as StoreInUseError).holder.pid).toBe(process.pid);
    expect((refusal as Error).message).toMatch(new RegExp(`another relay is using it \\(process ${process.pid} on `));
    // The holder keeps working; once it closes, the file is free.
    expect(await store.getConversation('conv-1')).not.toBeNull();
    await store.close();
    store = createSqliteStore(file);
    expect(await store.getConversation('conv-1')).not.toBeNull();
  });

  it('waits out a relay on another host while its heartbeat is fresh, then takes the file over', async () => {
    const file = join(dir.dir, 'nested', 'relay.sqlite');
    await store.close();
    const raw = new Database(file);
    const foreign = raw.prepare(`INSERT OR REPLACE INTO relay_lock (id, holder, host, pid, started_at, heartbeat_at) VALUES (1, 'elsewhere:7:x', 'elsewhere', 7, ?, ?)`);
    foreign.run(Date.now() - 60_000, Date.now() - 2_000);
    expect(() => createSqliteStore(file)).toThrow(/process 7 on elsewhere/);
    foreign.run(Date.now() - 60_000, Date.now() - 20_000);
    raw.close();
    store = createSqliteStore(file);
    expect(await store.getConversation('conv-1')).not.toBeNull();
  });

  it('takes the file over when told to, whoever seems to hold it', async () => {
    const file = join(dir.dir, 'nested', 'relay.sqlite');
    const other = createSqliteStore(file, { takeOver: true });
    expect(await other.getConversation('conv-1')).not.toBeNull();
    await other.close();
  });

  it('refuses a file written by a newer schema', async () => {
    await store.close();
    const raw = new Database(join(dir.dir, 'nested', 'relay.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => createSqliteStore(join(dir.dir, 'nested', 'relay.sqlite'))).toThrow(/newer Baton \(schema 99/);
    store = createSqliteStore(join(dir.dir, 'other.sqlite'));
  });

  it('numbers events per conversation and returns the first write for a repeated command id', async () => {
    const first = await store.appendEvents('conv-1', { at: 2_000, commandId: 'm1', events: [{ type: 'message', id: 'm1', from: 'customer', text: 'hi', agent: null, escalationId: null }] });
    const second = await store.appendEvents('conv-1', { at: 3_000, commandId: 'm2', events: [{ type: 'message', id: 'm2', from: 'customer', text: 'again', agent: null, escalationId: null }] });
    const retry = await store.appendEvents('conv-1', { at: 4_000, commandId: 'm1', events: [{ type: 'message', id: 'm1', from: 'customer', text: 'hi', agent: null, escalationId: null }] });
    expect(first.events.map((e) => e.seq)).toEqual([1]);
    expect(second.events.map((e) => e.seq)).toEqual([2]);
    expect(retry).toEqual({ created: false, events: first.events });
    expect((await store.getConversation('conv-1'))?.lastSeq).toBe(2);
    expect(await store.eventsSince('conv-1', 1, { limit: 10, customerVisibleOnly: false })).toEqual(second.events);
    expect(await store.eventsSince('conv-1', 0, { limit: 10, customerVisibleOnly: true })).toEqual([]);
  });

  it('compare-and-set: of two claims racing on one escalation exactly one applies', async () => {
    await store.createEscalation(escalation(), { at: 1_000, events: [] });
    const claim = (agent: string) =>
      store.updateEscalation('esc-1', { at: 2_000, expect: { status: ['queued'], assigneeId: null }, set: { status: 'assigned', assignee: { id: agent, name: agent } } });
    const results = await Promise.all([claim('ada'), claim('bea'), claim('cal')]);
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(results.filter((r) => !r.applied).every((r) => r.escalation?.assignee?.id === 'ada')).toBe(true);
  });

  it('finds the next SLA deadline and what is due, warning before breach', async () => {
    await store.createEscalation(escalation(), { at: 1_000, events: [] });
    expect(await store.nextSlaAt()).toBe(301_000);
    expect(await store.slaDue(300_999)).toEqual([]);
    expect((await store.slaDue(301_000)).map((e) => e.id)).toEqual(['esc-1']);
    await store.updateEscalation('esc-1', { at: 301_000, set: { sla: { targetMs: 600_000, startedAt: 1_000, warnAt: 301_000, dueAt: 601_000, warned: true } } });
    expect(await store.nextSlaAt()).toBe(601_000);
    await store.updateEscalation('esc-1', { at: 400_000, set: { sla: null } });
    expect(await store.nextSlaAt()).toBeNull();
  });

  it('keeps notifications pending until delivered or given up', async () => {
    const queued = await store.enqueueNotification({ deliveryId: 'd1', channelId: 'ops', event: 'escalation.created', escalationId: 'esc-1', body: '{}', createdAt: 5 });
    expect(await store.dueNotifications(5, 10)).toEqual([queued]);
    await store.updateNotification(queued.id, { attempts: 1, nextAttemptAt: 100, lastError: 'HTTP 500' });
    expect(await store.dueNotifications(99, 10)).toEqual([]);
    expect(await store.nextNotificationAt()).toBe(100);
    await store.updateNotification(queued.id, { status: 'failed', nextAttemptAt: null });
    expect(await store.nextNotificationAt()).toBeNull();
    expect((await store.listNotifications())[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 500' });
  });
});
