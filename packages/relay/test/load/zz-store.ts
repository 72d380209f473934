import { createSqliteStore } from '../../src/index.js';
const store = createSqliteStore('/tmp/prof/store-bench.sqlite');
const convs = 200;
for (let c = 0; c < convs; c++) await store.openConversation({ id: `c${c}`, siteKey: 's', ownerKey: `v:${c}`, visitorId: `${c}`, customerId: null, tier: null, createdAt: Date.now() });
const n = 20000;
let t0 = performance.now();
for (let i = 0; i < n; i++) {
  const c = `c${i % convs}`;
  await store.appendEvents(c, { at: Date.now(), commandId: `m${i}`, events: [{ type: 'message', id: `m${i}`, from: 'customer', text: 'How long until my refund arrives?', agent: null, escalationId: 'e1' }],
    audit: [{ actorType: 'customer', actorId: `v:${i}`, actorName: null, action: 'message', escalationId: 'e1', conversationId: c, detail: { messageId: `m${i}`, characters: 30 }, commandId: `m${i}` }] });
}
let t1 = performance.now();
console.log('appendEvents+audit µs', ((t1 - t0) / n * 1000).toFixed(1));
t0 = performance.now();
for (let i = 0; i < n; i++) {
  const c = `c${i % convs}`;
  await store.appendEvents(c, { at: Date.now(), commandId: `n${i}`, events: [{ type: 'message', id: `n${i}`, from: 'customer', text: 'How long until my refund arrives?', agent: null, escalationId: 'e1' }] });
}
t1 = performance.now();
console.log('appendEvents µs', ((t1 - t0) / n * 1000).toFixed(1));
t0 = performance.now();
for (let i = 0; i < n; i++) await store.getConversation(`c${i % convs}`);
t1 = performance.now();
console.log('getConversation µs', ((t1 - t0) / n * 1000).toFixed(1));
await store.close();
