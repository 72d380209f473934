import Database from 'better-sqlite3';
const variants: Record<string, string> = {
  'without rowid + cmd idx': `CREATE TABLE events (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT, command_id TEXT, at INTEGER, data TEXT, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID; CREATE INDEX ec ON events (conversation_id, command_id) WHERE command_id IS NOT NULL;`,
  'without rowid, no cmd idx': `CREATE TABLE events (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT, command_id TEXT, at INTEGER, data TEXT, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;`,
  'rowid + pk idx + cmd idx': `CREATE TABLE events (id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT, command_id TEXT, at INTEGER, data TEXT); CREATE UNIQUE INDEX ep ON events (conversation_id, seq); CREATE INDEX ec ON events (conversation_id, command_id) WHERE command_id IS NOT NULL;`,
  'rowid, no indexes': `CREATE TABLE events (id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT, command_id TEXT, at INTEGER, data TEXT);`,
};
for (const [name, sql] of Object.entries(variants)) {
  const file = `/tmp/prof/v-${name.replace(/\W+/g, '_')}.sqlite`;
  const db = new Database(file);
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
  db.exec(sql);
  const ins = db.prepare(`INSERT INTO events (conversation_id, seq, type, command_id, at, data) VALUES (?, ?, ?, ?, ?, ?)`);
  const tx = db.transaction((i: number) => ins.run(`conversation-${i % 200}-abcdef`, i, 'message', `cmd-${i}-${Math.random()}`, Date.now(), '{"type":"message","id":"m1","from":"customer","text":"How long until my refund arrives?","agent":null,"escalationId":"e1"}'));
  const n = 20000; const t0 = performance.now();
  for (let i = 0; i < n; i++) tx.immediate(i);
  console.log(name, ((performance.now() - t0) / n * 1000).toFixed(1), 'µs');
  db.close();
}
