/**
 * Who holds the file: one relay per database. The store creates this table and claims the file
 * before it runs any migration (so a newer relay never upgrades a schema under a live older one),
 * which means every version of Baton reads and writes it as it is: never change its shape.
 * `pid_namespace` says to whom `pid` means anything (see `lockIsLive` in sqlite.store.ts).
 */
export const RELAY_LOCK_TABLE = `
  CREATE TABLE IF NOT EXISTS relay_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    holder TEXT NOT NULL,
    host TEXT NOT NULL,
    pid_namespace TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL
  );
`;

/**
 * Schema changes in order; `PRAGMA user_version` records how many have run. Append, never edit:
 * a relay upgraded in place runs only the ones its file has not seen.
 */
export const MIGRATIONS: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: 'initial schema',
    sql: `
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        site_key TEXT NOT NULL,
        owner_key TEXT NOT NULL,
        visitor_id TEXT NOT NULL,
        customer_id TEXT,
        tier TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX conversations_created ON conversations (created_at);

      CREATE TABLE events (
        conversation_id TEXT NOT NULL REFERENCES conversations (id),
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        customer_visible INTEGER NOT NULL,
        escalation_id TEXT,
        command_id TEXT,
        at INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX events_command ON events (conversation_id, command_id, seq) WHERE command_id IS NOT NULL;

      CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id),
        site_key TEXT NOT NULL,
        owner_key TEXT NOT NULL,
        visitor_id TEXT NOT NULL,
        customer_id TEXT,
        tier TEXT,
        kind TEXT NOT NULL,
        trigger TEXT NOT NULL,
        rule TEXT,
        severity TEXT NOT NULL,
        severity_rank INTEGER NOT NULL,
        transfer TEXT NOT NULL,
        decision TEXT NOT NULL,
        team TEXT,
        summary TEXT,
        transcript TEXT NOT NULL,
        held_reply TEXT,
        follow_up INTEGER NOT NULL,
        contact TEXT,
        status TEXT NOT NULL,
        route TEXT NOT NULL,
        routing_rule TEXT,
        assignee_id TEXT,
        assignee_name TEXT,
        created_at INTEGER NOT NULL,
        claimed_at INTEGER,
        first_response_at INTEGER,
        resolved_at INTEGER,
        resolution TEXT,
        sla_target_ms INTEGER,
        sla_started_at INTEGER,
        sla_warn_at INTEGER,
        sla_due_at INTEGER,
        sla_warned INTEGER NOT NULL DEFAULT 0,
        sla_breaches INTEGER NOT NULL DEFAULT 0,
        sla_met_at INTEGER,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX escalations_open ON escalations (status, severity_rank, created_at);
      CREATE INDEX escalations_conversation ON escalations (conversation_id, created_at);
      CREATE INDEX escalations_created ON escalations (created_at);
      CREATE INDEX escalations_sla ON escalations (sla_due_at) WHERE sla_due_at IS NOT NULL;
      CREATE INDEX escalations_sla_warn ON escalations (sla_warn_at) WHERE sla_due_at IS NOT NULL AND sla_warned = 0;
      CREATE INDEX escalations_resolved ON escalations (resolved_at) WHERE resolved_at IS NOT NULL;

      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_type TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT,
        action TEXT NOT NULL,
        escalation_id TEXT,
        conversation_id TEXT,
        note TEXT,
        detail TEXT,
        duration_ms INTEGER,
        command_id TEXT
      );
      CREATE INDEX audit_at ON audit (at);
      CREATE INDEX audit_command ON audit (actor_id, command_id) WHERE command_id IS NOT NULL;

      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery_id TEXT NOT NULL UNIQUE,
        channel_id TEXT NOT NULL,
        event TEXT NOT NULL,
        escalation_id TEXT,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        delivered_at INTEGER
      );
      CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';
    `,
  },
  // The store has created the table already, when it claimed the file; this keeps the count.
  { name: 'one relay per database', sql: RELAY_LOCK_TABLE },
  // Two indexes every chat message wrote to, each a b-tree page (and often a rebalance) per commit.
  // No query reads the audit log by time through an index: an export walks its primary key (see
  // `auditPage`). A command id is looked up in the conversation's part of the events' primary key,
  // and only when the store's in-memory hashes of the conversation's command ids say it may be
  // there (see `logOf` in sqlite.store.ts), i.e. for retries.
  {
    name: 'fewer indexes on the message path',
    sql: `
      DROP INDEX IF EXISTS audit_at;
      DROP INDEX IF EXISTS events_command;
    `,
  },
];
