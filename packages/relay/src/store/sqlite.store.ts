import { randomUUID } from 'node:crypto';
import { mkdirSync, readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SEVERITY_RANK, type ConversationEvent, type EscalationStatus } from '@baton/protocol';
import { MIGRATIONS, RELAY_LOCK_TABLE } from './migrations.js';
import {
  isCustomerVisible,
  OPEN_STATUSES,
  type AnalyticsRow,
  type AppendInput,
  type AppendResult,
  type AuditEntry,
  type AuditQuery,
  type ConversationRecord,
  type EscalationUpdate,
  type EscalationPatch,
  type EscalationRecord,
  type NewAuditEntry,
  type NewConversation,
  type NewEvent,
  type NewNotification,
  type NotificationPatch,
  type NotificationRecord,
  type QueueEntry,
  type RelayStore,
  type UpdateResult,
} from './store.js';

export interface SqliteStoreOptions {
  /**
   * `normal` (default) survives a killed process: every commit is in the WAL before the ack.
   * `full` also fsyncs each commit, surviving power loss, at a throughput cost.
   */
  synchronous?: 'normal' | 'full';
  /**
   * How often a background thread folds the WAL into the database file (ms). Checkpoints write and
   * fsync; on their own thread they never stall the event loop. 0 leaves it to SQLite's inline
   * auto-checkpoint. Default 250.
   */
  checkpointIntervalMs?: number;
  /**
   * Opens the file even though another relay seems to hold it (see `StoreInUseError`): for a lock
   * left by a crashed relay whose process id now belongs to something else, without waiting for its
   * heartbeat to go stale. The relay that held it stops writing at once (see `onLockLost`).
   */
  takeOver?: boolean;
  /**
   * Called once when this store loses the file: another relay took it over, or the heartbeat could
   * not be written (so another relay may take it over any moment). From then on every write rejects
   * with the same error and `ping()` throws; the relay should shut down.
   */
  onLockLost?: (error: StoreLockLostError) => void;
}

interface LockHolder {
  host: string;
  pid: number;
  startedAt: number;
}

/**
 * Another relay holds the database. Two relays on one file would each keep their own queue, SLA
 * timers and sockets: customers on one would never reach agents on the other.
 */
export class StoreInUseError extends Error {
  readonly code = 'STORE_IN_USE';
  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    super(
      `another relay is using it (process ${holder.pid} on ${holder.host}, since ${new Date(holder.startedAt).toISOString()}); ` +
        'run one relay per database: stop that one first, or, if that process is not a Baton relay, take the file over (--take-over)',
    );
    this.name = 'StoreInUseError';
  }
}

/**
 * This store no longer holds its file. Every write from then on fails with it, so two relays never
 * both write to one database.
 */
export class StoreLockLostError extends Error {
  readonly code = 'STORE_LOCK_LOST';
  constructor(
    readonly file: string,
    reason: { takenBy: LockHolder | null } | { cause: unknown },
  ) {
    super(lockLostMessage(file, reason), 'cause' in reason ? { cause: reason.cause } : undefined);
    this.name = 'StoreLockLostError';
  }
}

function lockLostMessage(file: string, reason: { takenBy: LockHolder | null } | { cause: unknown }): string {
  if ('cause' in reason) {
    const cause = reason.cause instanceof Error ? reason.cause.message : String(reason.cause);
    return `this relay could not renew its hold on the database ${file} (${cause}), so another relay may take it over; this relay no longer writes to it`;
  }
  const holder = reason.takenBy ? `: process ${reason.takenBy.pid} on ${reason.takenBy.host}, since ${new Date(reason.takenBy.startedAt).toISOString()}` : '';
  return `another relay took over this database (${file})${holder}; this relay no longer writes to it`;
}

/** How long a statement waits for another connection's write lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;
const HEARTBEAT_MS = 5_000;
/**
 * A relay this process can see (same host, same pid namespace) is gone once its process is, or once
 * its heartbeat is this old even though the pid is in use: by then the pid may belong to something else.
 */
const LOCK_STALE_HERE_MS = 60_000;
/** Any other relay (another container or host) is judged by its heartbeat alone. */
const LOCK_STALE_ELSEWHERE_MS = 15_000;
/** Locks held by stores open in this process (a second store on the same file here is refused too). */
const heldHere = new Set<string>();

/** Runs in a worker thread with its own connection: PASSIVE checkpoints never block writers. */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * How many command hashes `logOf` keeps in memory, all conversations together: about 20 bytes
 * each, so a few MB (10,000 conversations of 25 commands).
 */
const LOG_CACHE_COMMANDS = 250_000;

/** What appending to one conversation needs to know of its log (see `SqliteStore.logOf`). */
interface ConversationLog {
  lastSeq: number;
  /** `commandHash` of every command id among the conversation's events. */
  commands: Set<number>;
}

/** A 30-bit FNV-1a hash (a small integer for V8) of a command id. */
function commandHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/** Inline auto-checkpoint stays as a backstop should the background thread ever fall behind. */
const BACKSTOP_CHECKPOINT_PAGES = 20_000;

type Row = Record<string, unknown>;

const sqlList = (values: readonly string[]) => `(${values.map((value) => `'${value}'`).join(', ')})`;
const OPEN = sqlList(OPEN_STATUSES);
const LAST_SEQ = (conversation: string) => `(SELECT COALESCE(MAX(seq), 0) FROM events WHERE conversation_id = ${conversation})`;
const SELECT_ESCALATION = `SELECT e.*, ${LAST_SEQ('e.conversation_id')} AS conversation_last_seq FROM escalations e`;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface PendingWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded store: one SQLite file in WAL mode through better-sqlite3.
 *
 * Writes use group commit: those issued in the same turn of the event loop run in one
 * `BEGIN IMMEDIATE` transaction, each inside its own savepoint (a failing write rolls back alone),
 * and every promise settles only after the COMMIT. Under load many messages share one commit;
 * alone, a write waits one `setImmediate`. better-sqlite3 is synchronous, so a batch runs start to
 * finish without other JavaScript in between: compare-and-set writes see every earlier write.
 */
export class SqliteStore implements RelayStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements: ReturnType<SqliteStore['prepare']>;
  private pending: PendingWrite[] = [];
  private flushScheduled = false;
  private readonly savepoint: (run: () => unknown) => unknown;
  /** One group commit: `BEGIN IMMEDIATE`, the batch, `COMMIT` (made once: better-sqlite3 builds four wrappers per call). */
  private readonly commit: Database.Transaction<(batch: readonly PendingWrite[]) => Outcome[]>;
  private readonly checkpointer: Worker | null = null;
  /** This store's claim on the file (null for `:memory:`), renewed by `heartbeat`. */
  private readonly lock: string | null = null;
  private readonly heartbeat: ReturnType<typeof setInterval> | null = null;
  /** Set once another relay has the file: every write fails with it. */
  private lost: StoreLockLostError | null = null;
  private readonly onLockLost: SqliteStoreOptions['onLockLost'];
  /**
   * `PRAGMA data_version` when the lock row was last read and found ours. The value changes only
   * when another connection commits, so while it stays the same the row cannot have changed, and
   * `checkHold` need not read it again (nor forget `logs`).
   */
  private heldAtVersion: number | null = null;
  /**
   * What appending to a conversation needs to know of its log, for recently used conversations
   * (see `logOf`): so a message costs no lookups and no command index. Least recently used first.
   */
  private readonly logs = new Map<string, ConversationLog>();
  /** Command hashes held in `logs`, all conversations together, and how many it may hold. */
  private cachedCommands = 0;
  private readonly logCacheCommands = LOG_CACHE_COMMANDS;
  /** How to put back what the current batch changed in `logs`, newest last (see `runBatch`). */
  private undo: Array<() => void> = [];

  constructor(
    private readonly file: string,
    options: SqliteStoreOptions = {},
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.onLockLost = options.onLockLost;
    this.db = new Database(file);
    try {
      // First: a relay starting at the same moment then makes every step below wait, not fail.
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      useWal(this.db);
      this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
      this.db.pragma('foreign_keys = ON');
      // Claimed before migrating, so only the relay that holds the file ever changes its schema.
      if (file !== ':memory:') this.lock = claim(this.db, file, options.takeOver ?? false);
      migrate(this.db);
    } catch (error) {
      if (this.lock) release(this.db, this.lock);
      this.db.close();
      throw error;
    }
    this.statements = this.prepare();
    if (this.lock) {
      const lock = this.lock;
      // A write like any other, so `flush` first checks the file is still ours; one that cannot be
      // written loses the file too, as another relay would soon find the heartbeat stale.
      this.heartbeat = setInterval(() => {
        this.write(() => this.statements.renewLock.run(Date.now(), lock)).catch((error: unknown) =>
          this.loseLock(error instanceof StoreLockLostError ? error : new StoreLockLostError(file, { cause: error })),
        );
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
    }
    this.savepoint = this.db.transaction((run: () => unknown) => run());
    this.commit = this.db.transaction((batch: readonly PendingWrite[]) => this.runBatch(batch));
    const interval = options.checkpointIntervalMs ?? 250;
    if (file !== ':memory:' && interval > 0) {
      this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
      const module = createRequire(import.meta.url).resolve('better-sqlite3');
      this.checkpointer = new Worker(CHECKPOINT_WORKER, { eval: true, workerData: { file, module, intervalMs: interval } });
      // A failing checkpointer must not take the relay down: the inline backstop takes over.
      this.checkpointer.on('error', () => undefined);
      this.checkpointer.unref();
    }
  }

  /** Queues a write for the next group commit. */
  private write<T>(run: () => T): Promise<T> {
    if (!this.db.open) return Promise.reject(new Error('the store is closed'));
    if (this.lost) return Promise.reject(this.lost);
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush() {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.commit.immediate(batch);
    } catch (error) {
      // Nothing of the batch was stored. A log loaded during the batch may have seen its writes, so
      // rather than put back, forget them all: they are read again from the table when needed.
      this.undo.length = 0;
      this.logs.clear();
      this.cachedCommands = 0;
      for (const write of batch) write.reject(error);
      return;
    }
    this.undo.length = 0;
    batch.forEach((write, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  }

  /** Runs a batch inside the group commit's transaction (see `commit`). */
  private runBatch(batch: readonly PendingWrite[]): Outcome[] {
    this.undo.length = 0;
    // In the writes' own transaction: once another relay has the file, not one more write of ours lands.
    this.checkHold();
    // A write alone needs no savepoint: if it fails, the whole transaction rolls back and it is rejected.
    if (batch.length === 1) return [{ ok: true, value: batch[0]!.run() }];
    return batch.map((write): Outcome => {
      const mark = this.undo.length;
      try {
        return { ok: true, value: this.savepoint(write.run) };
      } catch (error) {
        // Its savepoint rolled back: so does what it remembered.
        this.rollBackMemory(mark);
        return { ok: false, error };
      }
    });
  }

  /** Puts back what the batch changed in `logs` since `undo` had `mark` entries. */
  private rollBackMemory(mark: number) {
    while (this.undo.length > mark) this.undo.pop()!();
  }

  /** Throws (and marks the file lost, once) when the lock row is no longer this store's. */
  private checkHold() {
    if (this.lost) throw this.lost;
    if (!this.lock) return;
    // No other connection has committed since the row was last found ours (our own commits, the
    // heartbeat's too, leave data_version alone): it still is.
    const version = this.statements.dataVersion.get() as number;
    if (version === this.heldAtVersion) return;
    // Someone else wrote to the file (a maintenance script, say): what `logs` knows may be out of date.
    this.logs.clear();
    this.cachedCommands = 0;
    const row = this.statements.lockHolder.get() as LockRow | undefined;
    if (row?.holder === this.lock) {
      this.heldAtVersion = version;
      return;
    }
    throw this.loseLock(new StoreLockLostError(this.file, { takenBy: row ? { host: row.host, pid: row.pid, startedAt: row.started_at } : null }));
  }

  private loseLock(error: StoreLockLostError): StoreLockLostError {
    if (this.lost) return this.lost;
    this.lost = error;
    if (this.heartbeat) clearInterval(this.heartbeat);
    heldHere.delete(this.lock!);
    // After the transaction that found it: the callback may well close the store.
    queueMicrotask(() => this.onLockLost?.(error));
    return error;
  }

  /** How many migrations this file has run. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private prepare() {
    const db = this.db;
    return {
      insertConversation: db.prepare(
        `INSERT INTO conversations (id, site_key, owner_key, visitor_id, customer_id, tier, created_at)
         VALUES (@id, @siteKey, @ownerKey, @visitorId, @customerId, @tier, @createdAt) ON CONFLICT (id) DO NOTHING`,
      ),
      conversationOwner: db.prepare(`SELECT owner_key, site_key FROM conversations WHERE id = ?`),
      getConversation: db.prepare(`SELECT c.*, ${LAST_SEQ('c.id')} AS last_seq FROM conversations c WHERE c.id = ?`),
      countConversations: db.prepare(`SELECT COUNT(*) AS n FROM conversations WHERE created_at >= ? AND created_at < ?`),
      // Sequence numbers come from the events' own primary key (read once per conversation, see `logOf`): no counter row to rewrite per message.
      insertEvent: db.prepare(
        `INSERT INTO events (conversation_id, seq, type, customer_visible, escalation_id, command_id, at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // The conversation's part of the primary key, filtered: run only when `logOf` says the command may be there.
      eventsByCommand: db.prepare(`SELECT seq, at, data FROM events WHERE conversation_id = ? AND command_id = ? ORDER BY seq`),
      logOf: db.prepare(`SELECT seq, command_id FROM events WHERE conversation_id = ? ORDER BY seq`).raw(),
      eventsSince: db.prepare(`SELECT seq, at, data FROM events WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?`),
      customerEventsSince: db.prepare(
        `SELECT seq, at, data FROM events WHERE conversation_id = ? AND seq > ? AND customer_visible = 1 ORDER BY seq LIMIT ?`,
      ),
      insertEscalation: db.prepare(
        `INSERT INTO escalations (id, conversation_id, site_key, owner_key, visitor_id, customer_id, tier, kind, trigger, rule,
           severity, severity_rank, transfer, decision, team, summary, transcript, held_reply, follow_up, contact, status, route,
           routing_rule, assignee_id, assignee_name, created_at, claimed_at, first_response_at, resolved_at, resolution,
           sla_target_ms, sla_started_at, sla_warn_at, sla_due_at, sla_warned, sla_breaches, sla_met_at, updated_at)
         VALUES (@id, @conversation_id, @site_key, @owner_key, @visitor_id, @customer_id, @tier, @kind, @trigger, @rule,
           @severity, @severity_rank, @transfer, @decision, @team, @summary, @transcript, @held_reply, @follow_up, @contact, @status,
           @route, @routing_rule, @assignee_id, @assignee_name, @created_at, @claimed_at, @first_response_at, @resolved_at,
           @resolution, @sla_target_ms, @sla_started_at, @sla_warn_at, @sla_due_at, @sla_warned, @sla_breaches, @sla_met_at, @updated_at)`,
      ),
      getEscalation: db.prepare(`${SELECT_ESCALATION} WHERE e.id = ?`),
      // What a chat line's guard compares, without reading and parsing the whole record.
      escalationState: db.prepare(`SELECT status, assignee_id FROM escalations WHERE id = ?`),
      openEscalationFor: db.prepare(`${SELECT_ESCALATION} WHERE e.conversation_id = ? AND e.status IN ${OPEN} LIMIT 1`),
      otherOpenEscalation: db.prepare(`${SELECT_ESCALATION} WHERE e.conversation_id = ? AND e.id <> ? AND e.status IN ${OPEN} LIMIT 1`),
      newestEscalationFor: db.prepare(`${SELECT_ESCALATION} WHERE e.conversation_id = ? ORDER BY e.created_at DESC, e.rowid DESC LIMIT 1`),
      listOpen: db.prepare(`${SELECT_ESCALATION} WHERE e.status IN ${OPEN} ORDER BY e.severity_rank, e.created_at, e.id`),
      listQueue: db.prepare(
        `SELECT id, conversation_id, kind, severity, transfer, status, route, assignee_id, claimed_at, follow_up, created_at
         FROM escalations WHERE status IN ${OPEN} ORDER BY severity_rank, created_at, id`,
      ),
      // Two index lookups rather than one scan: MIN over a partial index is a single seek.
      nextSlaWarning: db.prepare(`SELECT MIN(sla_warn_at) AS at FROM escalations WHERE sla_due_at IS NOT NULL AND sla_warned = 0`),
      nextSlaDue: db.prepare(`SELECT MIN(sla_due_at) AS at FROM escalations WHERE sla_due_at IS NOT NULL`),
      slaDue: db.prepare(
        `${SELECT_ESCALATION} WHERE e.sla_due_at IS NOT NULL AND (e.sla_due_at <= @now OR (e.sla_warned = 0 AND e.sla_warn_at <= @now))
         ORDER BY e.sla_due_at`,
      ),
      recentHandleTimes: db.prepare(
        `SELECT resolved_at - claimed_at AS ms FROM escalations
         WHERE resolved_at IS NOT NULL AND claimed_at IS NOT NULL AND status = 'resolved'
         ORDER BY resolved_at DESC LIMIT ?`,
      ),
      analyticsRows: db.prepare(
        `SELECT id, conversation_id, kind, trigger, rule, severity, status, owner_key, follow_up, created_at, claimed_at, resolved_at, resolution,
           sla_breaches, sla_met_at
         FROM escalations WHERE created_at >= ? AND created_at < ? ORDER BY created_at`,
      ),
      insertAudit: db.prepare(
        `INSERT INTO audit (at, actor_type, actor_id, actor_name, action, escalation_id, conversation_id, note, detail, duration_ms, command_id)
         VALUES (@at, @actorType, @actorId, @actorName, @action, @escalationId, @conversationId, @note, @detail, @durationMs, @commandId)`,
      ),
      // NOT INDEXED: walk the primary key from afterSeq. Through the `at` index every page would
      // gather and sort the whole window again (an export of 200,000 entries took 10 s).
      auditPage: db.prepare(
        `SELECT * FROM audit NOT INDEXED WHERE at >= @from AND at < @to AND seq > @afterSeq
           AND (@actions IS NULL OR instr(@actions, ',' || action || ',') > 0)
         ORDER BY seq LIMIT @limit`,
      ),
      auditByCommand: db.prepare(`SELECT * FROM audit INDEXED BY audit_command WHERE actor_id = ? AND command_id = ? ORDER BY seq LIMIT 1`),
      insertNotification: db.prepare(
        `INSERT INTO notifications (delivery_id, channel_id, event, escalation_id, body, status, attempts, next_attempt_at, created_at)
         VALUES (@deliveryId, @channelId, @event, @escalationId, @body, 'pending', 0, @createdAt, @createdAt) RETURNING *`,
      ),
      dueNotifications: db.prepare(
        `SELECT * FROM (
           SELECT *, ROW_NUMBER() OVER (PARTITION BY channel_id ORDER BY next_attempt_at, id) AS place
           FROM notifications WHERE status = 'pending' AND next_attempt_at <= @now
         ) WHERE place <= @perChannel ORDER BY next_attempt_at, id`,
      ),
      nextNotification: db.prepare(`SELECT MIN(next_attempt_at) AS at FROM notifications WHERE status = 'pending' AND next_attempt_at > ?`),
      listNotifications: db.prepare(`SELECT * FROM notifications ORDER BY id`),
      ping: db.prepare(`SELECT 1`),
      lockHolder: db.prepare(`SELECT holder, host, pid_namespace, pid, started_at, heartbeat_at FROM relay_lock WHERE id = 1`),
      dataVersion: db.prepare(`PRAGMA data_version`).pluck(),
      renewLock: db.prepare(`UPDATE relay_lock SET heartbeat_at = ? WHERE holder = ?`),
    };
  }

  /** Also fails once another relay has the file, so `/healthz` reports this relay unhealthy. */
  async ping(): Promise<void> {
    this.statements.ping.get();
    this.checkHold();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.flush();
    if (this.checkpointer) {
      const exited = new Promise((resolve) => this.checkpointer!.once('exit', resolve));
      // Held from here on, so a process with nothing else left waits for the thread to finish.
      this.checkpointer.ref();
      this.checkpointer.postMessage('stop');
      await exited;
    }
    // A file another relay has taken is its business now: no statistics, no checkpoint from here.
    if (!this.lost) {
      if (this.lock) release(this.db, this.lock);
      // Refresh planner statistics, and fold the WAL back into the main file so a copied .sqlite file is complete on its own.
      this.db.pragma('optimize');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    this.db.close();
  }

  // ---- conversations -----------------------------------------------------------------------

  async openConversation(conversation: NewConversation) {
    return this.write(() => {
      const info = this.statements.insertConversation.run(conversation);
      const row = this.statements.getConversation.get(conversation.id) as Row;
      return { conversation: toConversation(row), created: info.changes === 1 };
    });
  }

  async getConversation(id: string) {
    const row = this.statements.getConversation.get(id) as Row | undefined;
    return row ? toConversation(row) : null;
  }

  async conversationOwner(id: string) {
    const row = this.statements.conversationOwner.get(id) as { owner_key: string; site_key: string } | undefined;
    return row ? { ownerKey: row.owner_key, siteKey: row.site_key } : null;
  }

  async countConversations(from: number, to: number) {
    return (this.statements.countConversations.get(from, to) as { n: number }).n;
  }

  // ---- events ------------------------------------------------------------------------------

  async appendEvents(conversationId: string, input: AppendInput) {
    return this.write((): AppendResult => {
      if (input.commandId !== undefined) {
        const existing = this.commandEvents(conversationId, input.commandId);
        if (existing.length > 0) return { created: false, events: existing.map(toEvent) };
      }
      if (input.expect) {
        const { escalationId, ...expected } = input.expect;
        const state = this.statements.escalationState.get(escalationId) as { status: EscalationStatus; assignee_id: string | null } | undefined;
        if (!state || !matches(state.status, state.assignee_id, expected)) {
          const row = this.statements.getEscalation.get(escalationId) as Row | undefined;
          return { created: false, events: [], mismatched: row ? toEscalation(row) : null };
        }
      }
      const events = this.writeEvents(conversationId, input.at, input.events, input.commandId ?? null);
      this.writeAudit(input.at, input.audit);
      return { created: true, events };
    });
  }

  async eventsByCommand(conversationId: string, commandId: string) {
    return this.commandEvents(conversationId, commandId).map(toEvent);
  }

  /** The rows a command wrote in a conversation; a command the log has never seen costs no query. */
  private commandEvents(conversationId: string, commandId: string): Row[] {
    if (!this.logOf(conversationId).commands.has(commandHash(commandId))) return [];
    return this.statements.eventsByCommand.all(conversationId, commandId) as Row[];
  }

  /**
   * The conversation's last sequence number and the hashes of its events' command ids, read from
   * the table on first use and kept up to date by `writeEvents`. Exact: this store is the file's
   * only writer, and forgets every log when `checkHold` finds that another connection has committed;
   * a write whose savepoint rolls back puts back what it changed, a commit that fails forgets every
   * log. A hash that is there only says the command may be: the rows decide. Kept for the
   * conversations used most recently, up to `logCacheCommands` hashes.
   */
  private logOf(conversationId: string): ConversationLog {
    let log = this.logs.get(conversationId);
    if (log) {
      // Moved to the end: the map's order is least recently used first.
      this.logs.delete(conversationId);
      this.logs.set(conversationId, log);
      return log;
    }
    log = { lastSeq: 0, commands: new Set() };
    for (const [seq, commandId] of this.statements.logOf.iterate(conversationId) as IterableIterator<[number, string | null]>) {
      log.lastSeq = seq;
      if (commandId !== null) log.commands.add(commandHash(commandId));
    }
    this.logs.set(conversationId, log);
    this.cachedCommands += log.commands.size;
    // The oldest go first; the one just read stays, however long.
    for (const [oldest, old] of this.logs) {
      if (this.cachedCommands <= this.logCacheCommands || old === log) break;
      this.logs.delete(oldest);
      this.cachedCommands -= old.commands.size;
    }
    return log;
  }

  async eventsSince(conversationId: string, since: number, options: { limit: number; customerVisibleOnly: boolean }) {
    const statement = options.customerVisibleOnly ? this.statements.customerEventsSince : this.statements.eventsSince;
    return (statement.all(conversationId, since, options.limit) as Row[]).map(toEvent);
  }

  /** Numbers and writes events; call inside a write. */
  private writeEvents(conversationId: string, at: number, events: readonly NewEvent[], commandId: string | null): ConversationEvent[] {
    if (events.length === 0) return [];
    const log = this.logOf(conversationId);
    const before = log.lastSeq;
    const iso = new Date(at).toISOString();
    let seq = before;
    const stored = events.map((event) => {
      seq += 1;
      const escalationId = 'escalationId' in event ? (event.escalationId ?? null) : null;
      this.statements.insertEvent.run(conversationId, seq, event.type, isCustomerVisible(event) ? 1 : 0, escalationId, commandId, at, JSON.stringify(event));
      return { ...event, seq, at: iso } as ConversationEvent;
    });
    // Only once every row is in: a failing insert leaves the log as it was.
    log.lastSeq = seq;
    const hash = commandId === null ? null : commandHash(commandId);
    const added = hash !== null && !log.commands.has(hash);
    if (added) {
      log.commands.add(hash);
      this.cachedCommands += 1;
    }
    this.undo.push(() => {
      log.lastSeq = before;
      // A hash that was there before stays: another command (or an earlier write of this one) has it.
      if (added && log.commands.delete(hash) && this.logs.get(conversationId) === log) this.cachedCommands -= 1;
    });
    return stored;
  }

  private writeAudit(at: number, entries: readonly NewAuditEntry[] | undefined) {
    for (const entry of entries ?? []) {
      this.statements.insertAudit.run({
        at,
        actorType: entry.actorType,
        actorId: entry.actorId,
        actorName: entry.actorName,
        action: entry.action,
        escalationId: entry.escalationId ?? null,
        conversationId: entry.conversationId ?? null,
        note: entry.note ?? null,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        durationMs: entry.durationMs ?? null,
        commandId: entry.commandId ?? null,
      });
    }
  }

  // ---- escalations -------------------------------------------------------------------------

  async createEscalation(escalation: EscalationRecord, input: AppendInput, options: { exclusive?: boolean } = {}) {
    return this.write(() => {
      const existing = this.statements.getEscalation.get(escalation.id) as Row | undefined;
      if (existing) return { created: false, escalation: toEscalation(existing), events: [] as ConversationEvent[] };
      if (options.exclusive) {
        // A new offline request gives way to the current escalation, offline too; an open one only to another open one.
        const { conversationId } = escalation;
        const current = escalation.status === 'offline' ? this.activeRow(conversationId) : (this.statements.openEscalationFor.get(conversationId) as Row | undefined);
        if (current) return { created: false, escalation: toEscalation(current), events: [] as ConversationEvent[] };
      }
      this.statements.insertEscalation.run(fromEscalation(escalation));
      const events = this.writeEvents(escalation.conversationId, input.at, input.events, input.commandId ?? null);
      this.writeAudit(input.at, input.audit);
      const lastSeq = events.at(-1)?.seq ?? this.logOf(escalation.conversationId).lastSeq;
      return { created: true, escalation: { ...escalation, lastSeq }, events };
    });
  }

  async getEscalation(id: string) {
    const row = this.statements.getEscalation.get(id) as Row | undefined;
    return row ? toEscalation(row) : null;
  }

  async activeEscalationFor(conversationId: string) {
    const row = this.activeRow(conversationId);
    return row ? toEscalation(row) : null;
  }

  /** The open escalation, else the newest while it is offline: an offline one a later handoff followed is history. */
  private activeRow(conversationId: string): Row | undefined {
    const open = this.statements.openEscalationFor.get(conversationId) as Row | undefined;
    if (open) return open;
    const newest = this.statements.newestEscalationFor.get(conversationId) as Row | undefined;
    return newest?.status === 'offline' ? newest : undefined;
  }

  async listOpenEscalations() {
    return (this.statements.listOpen.all() as Row[]).map(toEscalation);
  }

  async listQueue(): Promise<QueueEntry[]> {
    return (this.statements.listQueue.all() as Row[]).map((row) => ({
      id: row.id as string,
      conversationId: row.conversation_id as string,
      kind: row.kind as QueueEntry['kind'],
      severity: row.severity as QueueEntry['severity'],
      transfer: row.transfer as QueueEntry['transfer'],
      status: row.status as QueueEntry['status'],
      route: JSON.parse(row.route as string),
      assigneeId: (row.assignee_id as string | null) ?? null,
      claimed: row.claimed_at !== null,
      followUp: row.follow_up === 1,
      createdAt: row.created_at as number,
    }));
  }

  async updateEscalation(id: string, change: EscalationUpdate): Promise<UpdateResult> {
    return this.write((): UpdateResult => {
      const row = this.statements.getEscalation.get(id) as Row | undefined;
      if (!row) return { applied: false, escalation: null };
      const current = toEscalation(row);
      if (change.commandId !== undefined) {
        const existing = this.commandEvents(current.conversationId, change.commandId);
        if (existing.length > 0) return { applied: false, escalation: current, duplicate: existing.map(toEvent) };
      }
      const expect = change.expect;
      if (expect) {
        if (!matches(current.status, current.assignee?.id ?? null, expect)) return { applied: false, escalation: current };
        if (expect.slaStartedAt !== undefined && (current.sla?.startedAt ?? null) !== expect.slaStartedAt) return { applied: false, escalation: current };
        if (expect.exclusive) {
          const other = this.statements.otherOpenEscalation.get(current.conversationId, id) as Row | undefined;
          if (other) return { applied: false, escalation: current, open: toEscalation(other) };
        }
      }
      const patch = typeof change.set === 'function' ? change.set(current) : change.set;
      const next: EscalationRecord = { ...current, ...patch, updatedAt: change.at };
      this.updateColumns(id, { ...patchColumns(patch), updated_at: change.at });
      const events = this.writeEvents(current.conversationId, change.at, change.events ?? [], change.commandId ?? null);
      this.writeAudit(change.at, change.audit);
      return { applied: true, escalation: { ...next, lastSeq: events.at(-1)?.seq ?? current.lastSeq }, events };
    });
  }

  private readonly updates = new Map<string, Database.Statement>();

  /** UPDATE of just the columns a change touches: unchanged indexes and JSON blobs are left alone. */
  private updateColumns(id: string, columns: Row) {
    const names = Object.keys(columns).sort();
    const key = names.join(',');
    let statement = this.updates.get(key);
    if (!statement) {
      statement = this.db.prepare(`UPDATE escalations SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`);
      this.updates.set(key, statement);
    }
    statement.run({ ...columns, id });
  }

  // ---- SLA ---------------------------------------------------------------------------------

  async nextSlaAt() {
    const warning = (this.statements.nextSlaWarning.get() as { at: number | null }).at;
    const due = (this.statements.nextSlaDue.get() as { at: number | null }).at;
    if (warning === null || due === null) return warning ?? due;
    return Math.min(warning, due);
  }

  async slaDue(now: number) {
    return (this.statements.slaDue.all({ now }) as Row[]).map(toEscalation);
  }

  // ---- analytics and audit -----------------------------------------------------------------

  async recentHandleTimes(limit: number) {
    return (this.statements.recentHandleTimes.all(limit) as Array<{ ms: number }>).map((r) => r.ms).reverse();
  }

  async analyticsRows(from: number, to: number): Promise<AnalyticsRow[]> {
    return (this.statements.analyticsRows.all(from, to) as Row[]).map((row) => ({
      id: row.id as string,
      conversationId: row.conversation_id as string,
      kind: row.kind as AnalyticsRow['kind'],
      trigger: row.trigger as AnalyticsRow['trigger'],
      rule: (row.rule as string | null) ?? null,
      severity: row.severity as AnalyticsRow['severity'],
      status: row.status as AnalyticsRow['status'],
      ownerKey: row.owner_key as string,
      followUp: row.follow_up === 1,
      createdAt: row.created_at as number,
      claimedAt: (row.claimed_at as number | null) ?? null,
      resolvedAt: (row.resolved_at as number | null) ?? null,
      resolution: parseJson(row.resolution),
      slaBreaches: row.sla_breaches as number,
      slaMetAt: (row.sla_met_at as number | null) ?? null,
    }));
  }

  async auditPage(query: AuditQuery) {
    const actions = query.actions ? `,${query.actions.join(',')},` : null;
    return (this.statements.auditPage.all({ from: query.from, to: query.to, afterSeq: query.afterSeq, limit: query.limit, actions }) as Row[]).map(toAudit);
  }

  async auditByCommand(actorId: string, commandId: string) {
    const row = this.statements.auditByCommand.get(actorId, commandId) as Row | undefined;
    return row ? toAudit(row) : null;
  }

  // ---- notifications -----------------------------------------------------------------------

  async enqueueNotification(notification: NewNotification) {
    return this.write(() => toNotification(this.statements.insertNotification.get(notification) as Row));
  }

  async dueNotifications(now: number, perChannel: number) {
    return (this.statements.dueNotifications.all({ now, perChannel }) as Row[]).map(toNotification);
  }

  async nextNotificationAt(after: number) {
    return ((this.statements.nextNotification.get(after) as { at: number | null }).at ?? null) as number | null;
  }

  async updateNotification(id: number, patch: NotificationPatch) {
    const columns: Record<keyof NotificationPatch, string> = {
      status: 'status',
      attempts: 'attempts',
      nextAttemptAt: 'next_attempt_at',
      lastError: 'last_error',
      deliveredAt: 'delivered_at',
    };
    const keys = (Object.keys(patch) as Array<keyof NotificationPatch>).filter((k) => k in columns);
    if (keys.length === 0) return;
    const sql = `UPDATE notifications SET ${keys.map((k) => `${columns[k]} = @${k}`).join(', ')} WHERE id = @id`;
    await this.write(() => this.db.prepare(sql).run({ ...patch, id }));
  }

  async listNotifications() {
    return (this.statements.listNotifications.all() as Row[]).map(toNotification);
  }
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function createSqliteStore(file: string, options?: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(file, options);
}

interface LockRow {
  holder: string;
  host: string;
  pid_namespace: string;
  pid: number;
  started_at: number;
  heartbeat_at: number;
}

/**
 * Takes the file for this store, unless a live relay holds it (see `lockIsLive`). Creates the lock
 * table if need be, in the same transaction: on a fresh file, relays starting together queue here.
 */
function claim(db: Database.Database, file: string, takeOver: boolean): string {
  const here = { host: hostname(), pidNamespace: pidNamespace() };
  const holder = `${here.host}:${process.pid}:${randomUUID()}`;
  db.transaction(() => {
    db.exec(RELAY_LOCK_TABLE);
    const row = db.prepare(`SELECT holder, host, pid_namespace, pid, started_at, heartbeat_at FROM relay_lock WHERE id = 1`).get() as LockRow | undefined;
    const now = Date.now();
    if (row && !takeOver && lockIsLive(row, here, now)) throw new StoreInUseError(file, { host: row.host, pid: row.pid, startedAt: row.started_at });
    db.prepare(`INSERT OR REPLACE INTO relay_lock (id, holder, host, pid_namespace, pid, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?, ?)`).run(
      holder,
      here.host,
      here.pidNamespace,
      process.pid,
      now,
      now,
    );
  }).immediate();
  heldHere.add(holder);
  return holder;
}

function release(db: Database.Database, holder: string) {
  db.prepare(`DELETE FROM relay_lock WHERE holder = ?`).run(holder);
  heldHere.delete(holder);
}

/**
 * Whether the relay in the lock row still runs. Its pid means something only to a process on the
 * same host and in the same pid namespace: containers can share a host name (`--network host`, a
 * fixed hostname) without seeing each other's processes, and are often both pid 1. There a relay
 * is live while its process exists, unless its heartbeat is a minute old (a crashed relay's pid
 * taken by something else); anywhere else, while its heartbeat is fresh.
 */
function lockIsLive(row: LockRow, here: { host: string; pidNamespace: string }, now: number): boolean {
  const age = now - row.heartbeat_at;
  if (row.host !== here.host || row.pid_namespace !== here.pidNamespace) return age < LOCK_STALE_ELSEWHERE_MS;
  if (age >= LOCK_STALE_HERE_MS) return false;
  if (row.pid === process.pid) return heldHere.has(row.holder);
  try {
    process.kill(row.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's pid namespace on Linux (`pid:[4026531836]`); '' where there is none to read. */
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

/**
 * Puts the file in WAL mode (a no-op once it is: the mode is stored in the file). Relays starting
 * together on a new file race to switch it, and SQLite then fails at once with SQLITE_BUSY instead
 * of waiting out the busy timeout (the connection already reads the file, and waiting could
 * deadlock): so wait here, as long as the busy timeout would.
 */
function useWal(db: Database.Database) {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY';
      if (!busy || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Brings the schema up to date, one migration per transaction. The caller holds the file. */
function migrate(db: Database.Database) {
  const step = db.transaction((): boolean => {
    // Read inside the write transaction: the version this step builds on cannot change under it.
    const applied = db.pragma('user_version', { simple: true }) as number;
    if (applied > MIGRATIONS.length) {
      throw new Error(`this relay database was written by a newer Baton (schema ${applied}; this build knows ${MIGRATIONS.length})`);
    }
    if (applied === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[applied]!.sql);
    db.pragma(`user_version = ${applied + 1}`);
    return true;
  });
  let pending = true;
  while (pending) pending = step.immediate();
}

/** Whether an escalation's status and assignee are what a compare-and-set expects. */
function matches(status: EscalationStatus, assigneeId: string | null, expect: { status?: readonly EscalationStatus[]; assigneeId?: string | null }): boolean {
  if (expect.status && !expect.status.includes(status)) return false;
  return expect.assigneeId === undefined || assigneeId === expect.assigneeId;
}

// ---- row mapping -----------------------------------------------------------------------------

function parseJson<T>(value: unknown): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : null;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function toConversation(row: Row): ConversationRecord {
  return {
    id: row.id as string,
    siteKey: row.site_key as string,
    ownerKey: row.owner_key as string,
    visitorId: row.visitor_id as string,
    customerId: (row.customer_id as string | null) ?? null,
    tier: (row.tier as string | null) ?? null,
    createdAt: row.created_at as number,
    lastSeq: row.last_seq as number,
  };
}

function toEvent(row: Row): ConversationEvent {
  return { ...(JSON.parse(row.data as string) as NewEvent), seq: row.seq as number, at: new Date(row.at as number).toISOString() } as ConversationEvent;
}

function toEscalation(row: Row): EscalationRecord {
  const dueAt = (row.sla_due_at as number | null) ?? null;
  return {
    id: row.id as string,
    conversationId: row.conversation_id as string,
    siteKey: row.site_key as string,
    ownerKey: row.owner_key as string,
    visitorId: row.visitor_id as string,
    customerId: (row.customer_id as string | null) ?? null,
    tier: (row.tier as string | null) ?? null,
    kind: row.kind as EscalationRecord['kind'],
    trigger: row.trigger as EscalationRecord['trigger'],
    rule: (row.rule as string | null) ?? null,
    severity: row.severity as EscalationRecord['severity'],
    transfer: row.transfer as EscalationRecord['transfer'],
    decision: JSON.parse(row.decision as string),
    team: (row.team as string | null) ?? null,
    summary: parseJson(row.summary),
    transcript: JSON.parse(row.transcript as string),
    heldReply: parseJson(row.held_reply),
    followUp: row.follow_up === 1,
    contact: parseJson(row.contact),
    status: row.status as EscalationRecord['status'],
    route: JSON.parse(row.route as string),
    routingRule: (row.routing_rule as string | null) ?? null,
    assignee: row.assignee_id ? { id: row.assignee_id as string, name: (row.assignee_name as string) ?? '' } : null,
    createdAt: row.created_at as number,
    claimedAt: (row.claimed_at as number | null) ?? null,
    firstResponseAt: (row.first_response_at as number | null) ?? null,
    resolvedAt: (row.resolved_at as number | null) ?? null,
    resolution: parseJson(row.resolution),
    sla:
      dueAt === null
        ? null
        : {
            targetMs: row.sla_target_ms as number,
            startedAt: row.sla_started_at as number,
            warnAt: row.sla_warn_at as number,
            dueAt,
            warned: row.sla_warned === 1,
          },
    slaBreaches: row.sla_breaches as number,
    slaMetAt: (row.sla_met_at as number | null) ?? null,
    updatedAt: row.updated_at as number,
    lastSeq: (row.conversation_last_seq as number | undefined) ?? 0,
  };
}

function fromEscalation(e: EscalationRecord): Row {
  return {
    id: e.id,
    conversation_id: e.conversationId,
    site_key: e.siteKey,
    owner_key: e.ownerKey,
    visitor_id: e.visitorId,
    customer_id: e.customerId,
    tier: e.tier,
    kind: e.kind,
    trigger: e.trigger,
    rule: e.rule,
    severity: e.severity,
    severity_rank: SEVERITY_RANK[e.severity],
    transfer: e.transfer,
    decision: JSON.stringify(e.decision),
    team: e.team,
    summary: json(e.summary),
    transcript: JSON.stringify(e.transcript),
    held_reply: json(e.heldReply),
    follow_up: e.followUp ? 1 : 0,
    contact: json(e.contact),
    status: e.status,
    route: JSON.stringify(e.route),
    routing_rule: e.routingRule,
    assignee_id: e.assignee?.id ?? null,
    assignee_name: e.assignee?.name ?? null,
    created_at: e.createdAt,
    claimed_at: e.claimedAt,
    first_response_at: e.firstResponseAt,
    resolved_at: e.resolvedAt,
    resolution: json(e.resolution),
    sla_target_ms: e.sla?.targetMs ?? null,
    sla_started_at: e.sla?.startedAt ?? null,
    sla_warn_at: e.sla?.warnAt ?? null,
    sla_due_at: e.sla?.dueAt ?? null,
    sla_warned: e.sla?.warned ? 1 : 0,
    sla_breaches: e.slaBreaches,
    sla_met_at: e.slaMetAt,
    updated_at: e.updatedAt,
  };
}

/** The columns an escalation patch changes, in storage form. */
function patchColumns(patch: EscalationPatch): Row {
  const columns: Row = {};
  if ('status' in patch) columns.status = patch.status;
  if ('route' in patch) columns.route = JSON.stringify(patch.route);
  if ('routingRule' in patch) columns.routing_rule = patch.routingRule;
  if ('assignee' in patch) {
    columns.assignee_id = patch.assignee?.id ?? null;
    columns.assignee_name = patch.assignee?.name ?? null;
  }
  if ('claimedAt' in patch) columns.claimed_at = patch.claimedAt;
  if ('firstResponseAt' in patch) columns.first_response_at = patch.firstResponseAt;
  if ('resolvedAt' in patch) columns.resolved_at = patch.resolvedAt;
  if ('resolution' in patch) columns.resolution = json(patch.resolution);
  if ('sla' in patch) {
    columns.sla_target_ms = patch.sla?.targetMs ?? null;
    columns.sla_started_at = patch.sla?.startedAt ?? null;
    columns.sla_warn_at = patch.sla?.warnAt ?? null;
    columns.sla_due_at = patch.sla?.dueAt ?? null;
    columns.sla_warned = patch.sla?.warned ? 1 : 0;
  }
  if ('slaBreaches' in patch) columns.sla_breaches = patch.slaBreaches;
  if ('slaMetAt' in patch) columns.sla_met_at = patch.slaMetAt;
  if ('followUp' in patch) columns.follow_up = patch.followUp ? 1 : 0;
  if ('contact' in patch) columns.contact = json(patch.contact);
  return columns;
}

function toAudit(row: Row): AuditEntry {
  return {
    seq: row.seq as number,
    at: row.at as number,
    actorType: row.actor_type as AuditEntry['actorType'],
    actorId: (row.actor_id as string | null) ?? null,
    actorName: (row.actor_name as string | null) ?? null,
    action: row.action as AuditEntry['action'],
    escalationId: (row.escalation_id as string | null) ?? null,
    conversationId: (row.conversation_id as string | null) ?? null,
    note: (row.note as string | null) ?? null,
    detail: parseJson(row.detail),
    durationMs: (row.duration_ms as number | null) ?? null,
    commandId: (row.command_id as string | null) ?? null,
  };
}

function toNotification(row: Row): NotificationRecord {
  return {
    id: row.id as number,
    deliveryId: row.delivery_id as string,
    channelId: row.channel_id as string,
    event: row.event as string,
    escalationId: (row.escalation_id as string | null) ?? null,
    body: row.body as string,
    createdAt: row.created_at as number,
    status: row.status as NotificationRecord['status'],
    attempts: row.attempts as number,
    nextAttemptAt: (row.next_attempt_at as number | null) ?? null,
    lastError: (row.last_error as string | null) ?? null,
    deliveredAt: (row.delivered_at as number | null) ?? null,
  };
}
