import { spawn, type ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore, StoreInUseError, type EscalationRecord, type NewAuditEntry, type NewConversation, type SqliteStore, type SqliteStoreOptions } from '../src/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { StoreLockLostError } from '../src/store/sqlite.store.js';
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
    const foreign = raw.prepare(
      `INSERT OR REPLACE INTO relay_lock (id, holder, host, pid_namespace, pid, started_at, heartbeat_at) VALUES (1, 'elsewhere:7:x', 'elsewhere', '', 7, ?, ?)`,
    );
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

  it('a failing write fails alone, whether it shares its commit with others or not', async () => {
    const message = (id: string) => ({ at: 2_000, commandId: id, events: [{ type: 'message' as const, id, from: 'customer' as const, text: id, agent: null, escalationId: null }] });
    // A conversation nobody opened breaks the events' foreign key.
    await expect(store.appendEvents('conv-nobody-opened', message('alone'))).rejects.toThrow(/FOREIGN KEY/);
    const batch = await Promise.allSettled([
      store.appendEvents('conv-1', message('before')),
      store.appendEvents('conv-nobody-opened', message('broken')),
      store.appendEvents('conv-1', message('after')),
    ]);
    expect(batch.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await store.eventsSince('conv-1', 0, { limit: 10, customerVisibleOnly: false });
    expect(stored.map((e) => (e.type === 'message' ? e.text : e.type))).toEqual(['before', 'after']);
    expect(await store.getConversation('conv-nobody-opened')).toBeNull();
    // The store goes on writing after both failures.
    expect((await store.appendEvents('conv-1', message('later'))).events.map((e) => e.seq)).toEqual([3]);
  });

  it('keeps sequence numbers exact when a write that stored events rolls back, in a batch or alone', async () => {
    const message = (id: string) => ({ at: 2_000, commandId: id, events: [{ type: 'message' as const, id, from: 'customer' as const, text: id, agent: null, escalationId: null }] });
    // Its events go in, then its audit entry breaks a NOT NULL constraint: the whole write rolls back.
    const broken = (id: string) => ({ ...message(id), audit: [{ actorType: 'customer', actorId: null, actorName: null, action: null } as unknown as NewAuditEntry] });
    expect((await store.appendEvents('conv-1', message('first'))).events.map((e) => e.seq)).toEqual([1]);
    const batch = await Promise.allSettled([
      store.appendEvents('conv-1', message('before')),
      store.appendEvents('conv-1', broken('broken')),
      store.appendEvents('conv-1', message('after')),
    ]);
    expect(batch.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batch.map((r) => (r.status === 'fulfilled' ? r.value.events.map((e) => e.seq) : null))).toEqual([[2], null, [3]]);
    // Alone, without a savepoint: the commit rolls back.
    await expect(store.appendEvents('conv-1', broken('broken alone'))).rejects.toThrow(/NOT NULL/);
    expect((await store.appendEvents('conv-1', message('later'))).events.map((e) => e.seq)).toEqual([4]);
    // The failed commands were never stored, so they are new when sent again, not retries.
    expect(await store.eventsByCommand('conv-1', 'broken')).toEqual([]);
    expect(await store.appendEvents('conv-1', message('broken'))).toMatchObject({ created: true, events: [{ seq: 5 }] });
    expect(await store.appendEvents('conv-1', message('broken alone'))).toMatchObject({ created: true, events: [{ seq: 6 }] });
    const stored = await store.eventsSince('conv-1', 0, { limit: 10, customerVisibleOnly: false });
    expect(stored.map((e) => [e.seq, e.type === 'message' ? e.text : e.type])).toEqual([
      [1, 'first'],
      [2, 'before'],
      [3, 'after'],
      [4, 'later'],
      [5, 'broken'],
      [6, 'broken alone'],
    ]);
    expect((await store.getConversation('conv-1'))?.lastSeq).toBe(6);
    // A failing write that reused a stored command id leaves that command found.
    const reuse = await Promise.allSettled([
      store.appendEvents('conv-1', message('beside')),
      store.createEscalation(escalation(), { ...broken('first'), events: [{ type: 'message', id: 'first', from: 'customer', text: 'again', agent: null, escalationId: null }] }),
    ]);
    expect(reuse.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await store.appendEvents('conv-1', message('first'))).toMatchObject({ created: false, events: [{ seq: 1, text: 'first' }] });
    expect(await store.getEscalation('esc-1')).toBeNull();
  });

  it('answers a retried command with its first result after a restart and after its conversation left the cache', async () => {
    const file = join(dir.dir, 'nested', 'relay.sqlite');
    const message = (conversation: string, id: string) => ({ at: 2_000, commandId: id, events: [{ type: 'message' as const, id, from: 'customer' as const, text: id, agent: null, escalationId: null }] });
    for (const id of ['conv-2', 'conv-3']) await store.openConversation({ id, siteKey: 'shop', ownerKey: 'v:visitor', visitorId: 'visitor', customerId: null, tier: null, createdAt: 1_000 });
    const first = await store.appendEvents('conv-1', message('conv-1', 'm1'));
    await store.appendEvents('conv-1', message('conv-1', 'm2'));
    // The same command id in another conversation is another command.
    expect(await store.appendEvents('conv-2', message('conv-2', 'm1'))).toMatchObject({ created: true, events: [{ seq: 1 }] });

    await store.close();
    store = createSqliteStore(file);
    expect(await store.appendEvents('conv-1', message('conv-1', 'm1'))).toEqual({ created: false, events: first.events });
    expect(await store.appendEvents('conv-1', message('conv-1', 'm3'))).toMatchObject({ created: true, events: [{ seq: 3 }] });

    // A cache of one command hash: every other conversation's use pushes conv-1 out.
    (store as unknown as { logCacheCommands: number }).logCacheCommands = 1;
    for (let i = 4; i <= 6; i++) {
      await store.appendEvents('conv-3', message('conv-3', `other-${i}`));
      expect(await store.appendEvents('conv-1', message('conv-1', 'm1'))).toEqual({ created: false, events: first.events });
      expect((await store.eventsByCommand('conv-1', 'm2')).map((e) => e.seq)).toEqual([2]);
      expect(await store.appendEvents('conv-1', message('conv-1', `m${i}`))).toMatchObject({ created: true, events: [{ seq: i }] });
    }
    expect((await store.getConversation('conv-1'))?.lastSeq).toBe(6);
    expect((await store.getConversation('conv-3'))?.lastSeq).toBe(3);
  });

  it('upgrades a file with the command index: commands written before are still found, and new events follow them', async () => {
    await store.close();
    const file = join(dir.dir, 'old.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    // The schema as the two migrations before the indexes went left it, with one message stored.
    for (const migration of MIGRATIONS.slice(0, 2)) raw.exec(migration.sql);
    raw.pragma('user_version = 2');
    raw.prepare(`INSERT INTO conversations (id, site_key, owner_key, visitor_id, created_at) VALUES ('conv-1', 'shop', 'v:visitor', 'visitor', 1000)`).run();
    const data = JSON.stringify({ type: 'message', id: 'old', from: 'customer', text: 'old', agent: null, escalationId: null });
    raw.prepare(`INSERT INTO events (conversation_id, seq, type, customer_visible, escalation_id, command_id, at, data) VALUES ('conv-1', 1, 'message', 0, NULL, 'old', 1500, ?)`).run(data);
    raw.prepare(`INSERT INTO audit (at, actor_type, actor_id, action, command_id) VALUES (1500, 'agent', 'ada', 'claim', 'claim-1')`).run();
    raw.close();

    store = createSqliteStore(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    const check = new Database(file, { readonly: true });
    const indexes = (check.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('events', 'audit') AND sql IS NOT NULL`).pluck().all() as string[]).sort();
    check.close();
    expect(indexes).toEqual(['audit_command']);
    const retry = await store.appendEvents('conv-1', { at: 2_000, commandId: 'old', events: [{ type: 'message', id: 'old', from: 'customer', text: 'old', agent: null, escalationId: null }] });
    expect(retry).toMatchObject({ created: false, events: [{ seq: 1, type: 'message', text: 'old' }] });
    expect(await store.appendEvents('conv-1', { at: 2_000, commandId: 'new', events: [{ type: 'message', id: 'new', from: 'customer', text: 'new', agent: null, escalationId: null }] })).toMatchObject({
      created: true,
      events: [{ seq: 2 }],
    });
    expect(await store.auditByCommand('ada', 'claim-1')).toMatchObject({ action: 'claim', commandId: 'claim-1' });
    expect((await store.auditPage({ from: 0, to: 10_000, afterSeq: 0, limit: 10 })).map((entry) => entry.action)).toEqual(['claim']);
  });

  it('compare-and-set: of two claims racing on one escalation exactly one applies', async () => {
    await store.createEscalation(escalation(), { at: 1_000, events: [] });
    const claim = (agent: string) =>
      store.updateEscalation('esc-1', { at: 2_000, expect: { status: ['queued'], assigneeId: null }, set: { status: 'assigned', assignee: { id: agent, name: agent } } });
    const results = await Promise.all([claim('ada'), claim('bea'), claim('cal')]);
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(results.filter((r) => !r.applied).every((r) => r.escalation?.assignee?.id === 'ada')).toBe(true);
  });

  it('writes a guarded event only while its escalation matches, also against a change in the same batch', async () => {
    await store.createEscalation(escalation({ status: 'connected', assignee: { id: 'ada', name: 'Ada' } }), { at: 1_000, events: [] });
    const line = (id: string) => ({ at: 2_000, commandId: id, events: [{ type: 'message' as const, id, from: 'agent' as const, text: id, agent: { id: 'ada', name: 'Ada' }, escalationId: 'esc-1' }] });
    const whileAdaChats = { escalationId: 'esc-1', status: ['connected'] as const, assigneeId: 'ada' };
    expect(await store.appendEvents('conv-1', { ...line('m1'), expect: whileAdaChats })).toMatchObject({ created: true, events: [{ seq: 1 }] });
    const [resolved, late] = await Promise.all([
      store.updateEscalation('esc-1', { at: 3_000, set: { status: 'resolved' } }),
      store.appendEvents('conv-1', { ...line('m2'), expect: whileAdaChats }),
    ]);
    expect(resolved.applied).toBe(true);
    expect(late).toMatchObject({ created: false, events: [], mismatched: { id: 'esc-1', status: 'resolved' } });
    expect((await store.getConversation('conv-1'))?.lastSeq).toBe(1);
  });

  it('opens an escalation exclusively: not beside another open one of its conversation, which comes back', async () => {
    await store.createEscalation(escalation({ status: 'offline', sla: null }), { at: 1_000, events: [] });
    await store.createEscalation(escalation({ id: 'esc-2', createdAt: 2_000 }), { at: 2_000, events: [] });
    const reopened = await store.updateEscalation('esc-1', { at: 3_000, expect: { status: ['offline'], exclusive: true }, set: { status: 'queued' } });
    expect(reopened).toMatchObject({ applied: false, escalation: { id: 'esc-1', status: 'offline' }, open: { id: 'esc-2' } });
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
    expect(await store.nextNotificationAt(99)).toBe(100);
    expect(await store.nextNotificationAt(100)).toBeNull();
    await store.updateNotification(queued.id, { status: 'failed', nextAttemptAt: null });
    expect(await store.nextNotificationAt(0)).toBeNull();
    expect((await store.listNotifications())[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 500' });
  });

  it("hands out due notifications per channel, so one channel's backlog never hides another's", async () => {
    const enqueue = (deliveryId: string, channelId: string) => store.enqueueNotification({ deliveryId, channelId, event: 'escalation.created', escalationId: null, body: '{}', createdAt: 5 });
    for (const id of ['s1', 's2', 's3']) await enqueue(id, 'slow');
    await enqueue('o1', 'ok');
    expect((await store.dueNotifications(5, 2)).map((n) => n.deliveryId)).toEqual(['s1', 's2', 'o1']);
  });
});

describe('SQLite store: one relay per database', () => {
  const storeProcess = fileURLToPath(new URL('./fixtures/open-store.ts', import.meta.url));
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const ourNamespace = (() => {
    try {
      return readlinkSync('/proc/self/ns/pid');
    } catch {
      return '';
    }
  })();
  // What another container on this host records: no real pid namespace shares this one's inode.
  const containerNamespace = 'pid:[4026532999]';

  let dir: ReturnType<typeof tempDir>;
  let file: string;
  const stores: SqliteStore[] = [];
  const children: ChildProcess[] = [];
  const open = (options?: SqliteStoreOptions) => {
    const store = createSqliteStore(file, options);
    stores.push(store);
    return store;
  };
  const conversation = (id: string): NewConversation => ({ id, siteKey: 'shop', ownerKey: 'v:visitor', visitorId: 'visitor', customerId: null, tier: null, createdAt: 1_000 });
  /** Writes the lock row another relay would have left. */
  const heldBy = (holder: { host?: string; pidNamespace?: string; pid: number; heartbeatAgoMs: number }) => {
    const raw = new Database(file);
    const now = Date.now();
    raw
      .prepare(`INSERT OR REPLACE INTO relay_lock (id, holder, host, pid_namespace, pid, started_at, heartbeat_at) VALUES (1, 'other relay', ?, ?, ?, ?, ?)`)
      .run(holder.host ?? hostname(), holder.pidNamespace ?? ourNamespace, holder.pid, now - 3_600_000, now - holder.heartbeatAgoMs);
    raw.close();
  };
  const refusal = (options?: SqliteStoreOptions): unknown => {
    try {
      open(options);
    } catch (error) {
      return error;
    }
    return null;
  };
  /** A real process, standing in for whatever now has a pid. */
  const bystander = () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1_000)'], { stdio: 'ignore' });
    children.push(child);
    return child.pid!;
  };
  const gone = async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    return child.pid!;
  };

  beforeEach(async () => {
    dir = tempDir();
    file = join(dir.dir, 'relay.sqlite');
    await open().close();
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const store of stores.splice(0)) await store.close();
    for (const child of children.splice(0)) child.kill('SIGKILL');
    dir.remove();
  });

  it('on this host, waits for a relay whose process runs, but only while its heartbeat is under a minute old (its pid may be reused)', async () => {
    const pid = bystander();
    heldBy({ pid, heartbeatAgoMs: 30_000 });
    expect(refusal()).toBeInstanceOf(StoreInUseError);
    heldBy({ pid, heartbeatAgoMs: 61_000 });
    expect(refusal()).toBeNull();
  });

  it('judges a relay in another pid namespace on this host (a container) by its heartbeat alone, whatever its pid', async () => {
    for (const pid of [process.pid, await gone(), bystander()]) {
      heldBy({ pidNamespace: containerNamespace, pid, heartbeatAgoMs: 2_000 });
      const error = refusal();
      expect(error, `pid ${pid}`).toBeInstanceOf(StoreInUseError);
      expect((error as StoreInUseError).holder).toMatchObject({ pid, host: hostname() });
    }
    heldBy({ pidNamespace: containerNamespace, pid: process.pid, heartbeatAgoMs: 16_000 });
    expect(refusal()).toBeNull();
  });

  it('a relay whose file another took over stops writing at once: writes reject, ping throws, onLockLost is called once', async () => {
    const onLockLost = vi.fn();
    const first = open({ onLockLost });
    await first.openConversation(conversation('before'));
    const second = open({ takeOver: true });

    const lost = await first.openConversation(conversation('after')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(lost).toBeInstanceOf(StoreLockLostError);
    expect((lost as Error).message).toBe(
      `another relay took over this database (${file}): process ${process.pid} on ${hostname()}, since ${new Date((refusal() as StoreInUseError).holder.startedAt).toISOString()}; this relay no longer writes to it`,
    );
    await expect(first.ping()).rejects.toBe(lost);
    await expect(first.appendEvents('before', { at: 2_000, events: [] })).rejects.toBe(lost);
    await new Promise((resolve) => setImmediate(resolve));
    expect(onLockLost.mock.calls).toEqual([[lost]]);

    expect(await second.getConversation('after')).toBeNull();
    expect(await second.getConversation('before')).not.toBeNull();
    await second.openConversation(conversation('second'));
    await second.ping();
    // Closing the first leaves the second's hold alone.
    await first.close();
    expect(refusal()).toBeInstanceOf(StoreInUseError);
  });

  it('reads the lock again whenever another connection has committed: a change of holder stops it, other writes do not and are seen', async () => {
    const onLockLost = vi.fn();
    const first = open({ onLockLost });
    await first.openConversation(conversation('mine'));
    const raw = new Database(file);
    // Someone else's commit that leaves the holder alone (here, the lock row itself).
    raw.prepare(`UPDATE relay_lock SET heartbeat_at = heartbeat_at + 1`).run();
    await first.openConversation(conversation('still mine'));
    await first.ping();
    for (let i = 0; i < 3; i++) await first.appendEvents('mine', { at: 2_000, commandId: `m${i}`, events: [{ type: 'message', id: `m${i}`, from: 'customer', text: 'hi', agent: null, escalationId: null }] });
    // Events another connection wrote are numbered after, and their commands found.
    const data = JSON.stringify({ type: 'message', id: 'theirs', from: 'customer', text: 'theirs', agent: null, escalationId: null });
    raw.prepare(`INSERT INTO events (conversation_id, seq, type, customer_visible, escalation_id, command_id, at, data) VALUES ('mine', 4, 'message', 0, NULL, 'theirs', 2500, ?)`).run(data);
    expect(await first.appendEvents('mine', { at: 2_000, commandId: 'theirs', events: [{ type: 'message', id: 'theirs', from: 'customer', text: 'theirs', agent: null, escalationId: null }] })).toMatchObject({
      created: false,
      events: [{ seq: 4 }],
    });
    expect(await first.appendEvents('mine', { at: 2_000, commandId: 'm3', events: [{ type: 'message', id: 'm3', from: 'customer', text: 'hi', agent: null, escalationId: null }] })).toMatchObject({
      created: true,
      events: [{ seq: 5 }],
    });
    // Another holder written behind its back, with no other change.
    raw.prepare(`UPDATE relay_lock SET holder = 'another relay'`).run();
    raw.close();
    await expect(first.appendEvents('mine', { at: 3_000, commandId: 'late', events: [{ type: 'message', id: 'late', from: 'customer', text: 'late', agent: null, escalationId: null }] })).rejects.toBeInstanceOf(
      StoreLockLostError,
    );
    await expect(first.ping()).rejects.toBeInstanceOf(StoreLockLostError);
    await new Promise((resolve) => setImmediate(resolve));
    expect(onLockLost).toHaveBeenCalledTimes(1);
    const check = new Database(file, { readonly: true });
    expect(check.prepare(`SELECT seq FROM events WHERE conversation_id = 'mine' ORDER BY seq`).pluck().all()).toEqual([1, 2, 3, 4, 5]);
    check.close();
  });

  it('notices a take-over from its heartbeat, with no writes of its own', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const onLockLost = vi.fn();
    const first = open({ onLockLost });
    open({ takeOver: true });
    expect(onLockLost).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    await expect.poll(() => onLockLost.mock.calls.length).toBe(1);
    expect(onLockLost.mock.calls[0]![0]).toBeInstanceOf(StoreLockLostError);
    await expect(first.ping()).rejects.toThrow(/^another relay took over this database/);
  });

  it('gives the file up when its heartbeat cannot be written, as another relay would soon find it stale', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const onLockLost = vi.fn();
    const first = open({ onLockLost });
    const raw = new Database(file);
    raw.exec(`CREATE TRIGGER heartbeat_fails BEFORE UPDATE ON relay_lock BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    raw.close();
    await first.openConversation(conversation('before'));
    vi.advanceTimersByTime(5_000);
    await expect.poll(() => onLockLost.mock.calls.length).toBe(1);
    const lost = onLockLost.mock.calls[0]![0] as Error;
    expect(lost.message).toBe(`this relay could not renew its hold on the database ${file} (disk trouble), so another relay may take it over; this relay no longer writes to it`);
    await expect(first.openConversation(conversation('after'))).rejects.toBe(lost);
    await expect(first.ping()).rejects.toBe(lost);
  });

  it('claims the file before migrating: a newer relay refused by a live older one leaves the schema alone', async () => {
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length - 1}`);
    raw.close();
    heldBy({ host: 'older-relay-host', pid: 7, heartbeatAgoMs: 1_000 });
    expect(refusal()).toBeInstanceOf(StoreInUseError);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length - 1);
    after.close();
  });

  it('of four relays starting together on a fresh file, one runs and the others are told another relay holds it', async () => {
    const racers = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', storeProcess], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      const lines: string[] = [];
      createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
      return { child, lines };
    });
    await expect.poll(() => racers.every((racer) => racer.lines[0] === 'ready'), { timeout: 15_000 }).toBe(true);
    const trials = 20;
    for (let trial = 1; trial <= trials; trial++) {
      const fresh = join(dir.dir, `race-${trial}.sqlite`);
      for (const racer of racers) racer.child.stdin!.write(`${fresh}\n`);
      await expect.poll(() => racers.every((racer) => racer.lines.length === trial + 1)).toBe(true);
      const outcomes = racers.map((racer) => racer.lines[trial]!);
      expect(outcomes.filter((outcome) => outcome === 'opened'), `trial ${trial}: ${outcomes.join(' | ')}`).toHaveLength(1);
      for (const outcome of outcomes.filter((o) => o !== 'opened')) {
        expect(outcome, `trial ${trial}`).toMatch(/^refused StoreInUseError: another relay is using it \(process \d+ on /);
      }
    }
    for (const racer of racers) racer.child.stdin!.end();
    await Promise.all(racers.map((racer) => new Promise((resolve) => racer.child.once('exit', resolve))));
  }, 60_000);
});
