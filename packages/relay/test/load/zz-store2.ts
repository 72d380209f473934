import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/store/migrations.js';
const file = '/tmp/prof/s2.sqlite';
const db = new Database(file);
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
db.exec(MIGRATIONS[0]!.sql);
const convs = 200;
for (let c = 0; c < convs; c++) db.prepare(`INSERT INTO conversations (id, site_key, owner_key, visitor_id, created_at) VALUES (?, 's', 'o', 'v', 0)`).run(`c${c}`);
const sel = db.prepare(`SELECT seq, at, data FROM events WHERE conversation_id = ? AND command_id = ? ORDER BY seq`);
const bump = db.prepare(`UPDATE conversations SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq`);
const ins = db.prepare(`INSERT INTO events (conversation_id, seq, type, customer_visible, escalation_id, command_id, at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
const n = 20000;
function time(label: string, fn: (i: number) => void) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  console.log(label, ((performance.now() - t0) / n * 1000).toFixed(1), 'µs');
}
let k = 0;
time('select only', (i) => sel.all(`c${i % convs}`, `m${i}`));
time('bump only (autocommit)', (i) => bump.get(1, `c${i % convs}`));
time('tx: bump+insert', (i) => db.transaction(() => { const r = bump.get(1, `c${i % convs}`) as any; ins.run(`c${i % convs}`, r.last_seq, 'message', 0, 'e1', `x${k++}`, Date.now(), '{"type":"message","id":"m1","from":"customer","text":"How long until my refund arrives?","agent":null,"escalationId":"e1"}'); }).immediate());
time('tx: select+bump+insert', (i) => db.transaction(() => { sel.all(`c${i % convs}`, `y${i}`); const r = bump.get(1, `c${i % convs}`) as any; ins.run(`c${i % convs}`, r.last_seq, 'message', 0, 'e1', `y${k++}`, Date.now(), '{"type":"message"}'); }).immediate());
const tx = db.transaction((i: number) => { sel.all(`c${i % convs}`, `z${i}`); const r = bump.get(1, `c${i % convs}`) as any; ins.run(`c${i % convs}`, r.last_seq, 'message', 0, 'e1', `z${k++}`, Date.now(), '{"type":"message"}'); });
time('prebuilt tx: select+bump+insert', (i) => tx.immediate(i));
time('prebuilt tx deferred', (i) => tx(i));
db.close();
