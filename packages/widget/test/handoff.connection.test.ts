import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IDENTITY_SECRET, SITE_ORIGIN, collect, nextEvent, requestTakeover, startRelay, tempDir, testConfig, uid, type AgentClient, type TestRelay } from '../../relay/test/harness.js';
import { signCustomerIdentity } from '../../relay/src/index.js';
import type { Handoff } from '../src/sdk/index.js';
import { MemoryStorage, RelayGate, disposeAll, idMaker, nextAnnouncement, sdk, sdkFor, until } from './support.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks for a person and has `agent` claim and greet: the handoff ends up connected. */
async function connect(handoff: Handoff, agent: AgentClient): Promise<string> {
  const card = nextEvent<{ escalation: { id: string } }>(agent, 'escalation:created');
  handoff.requestHuman();
  const escalationId = (await card).escalation.id;
  expect((await agent.emitWithAck('escalation:claim', { escalationId })).ok).toBe(true);
  await agent.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hi, Ada here.' });
  await until(handoff, (v) => v.phase === 'connected' && v.lines.length === 1, 'connected with the greeting');
  return escalationId;
}

describe('createHandoff: links that fail and come back', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    disposeAll();
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function relayBehindGate(dbFile?: string) {
    const relay = await startRelay(dbFile ? { dbFile } : {});
    const gate = await RelayGate.start();
    gate.open(relay.port);
    cleanup.push(() => gate.stop());
    return { relay, gate };
  }

  it('relay unreachable: offline "unreachable", the request waits, and goes out when the relay comes up', async () => {
    const gate = await RelayGate.start();
    cleanup.push(() => gate.stop());
    const handoff = sdkFor(gate.url);
    const error = await nextAnnouncement(handoff, 'error');
    expect(error.code).toBe('relay_unreachable');
    expect(error.message).toContain(gate.url);
    expect(handoff.getView().connection).toBe('unreachable');

    handoff.observe({ role: 'customer', text: 'my order is late' });
    handoff.requestHuman();
    const offline = await until(handoff, (v) => v.phase === 'offline', 'offline');
    // One view for the whole move: no intermediate "offline, nothing pending" is published.
    expect(offline).toMatchObject({ offline: { reason: 'unreachable', leftMessages: 0 }, humanRequestPending: true });

    const relay = await startRelay();
    cleanup.push(() => relay.stop());
    const agent = await relay.agent();
    const cards = collect<{ escalation: { conversationId: string } }>(agent, 'escalation:created');
    gate.open(relay.port);
    const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued once the relay is back', 8_000);
    expect(queued.connection).toBe('online');
    expect(queued.humanRequestPending).toBe(false);
    await expect.poll(() => cards.map((c) => c.escalation.conversationId)).toEqual([handoff.conversationId]);
  });

  it('reconnects after a relay restart and catches up in order, with nothing lost or doubled', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const dbFile = join(dir.dir, 'relay.sqlite');
    const first = await relayBehindGate(dbFile);
    const ada = await first.relay.agent({ name: 'Ada Agent', id: 'ada' });
    const handoff = sdkFor(first.gate.url);
    const escalationId = await connect(handoff, ada);

    first.gate.close();
    await first.relay.stop(false);
    await until(handoff, (v) => v.phase === 'reconnecting' && v.connection === 'reconnecting', 'reconnecting');
    handoff.send('are you still there?');
    expect(handoff.getView().lines.at(-1)).toMatchObject({ text: 'are you still there?', delivery: 'sending' });

    // The relay comes back from its SQLite file; the agent writes before the customer is back.
    const relay = await startRelay({ dbFile });
    cleanup.push(() => relay.stop(false));
    const adaAgain = await relay.agent({ name: 'Ada Agent', id: 'ada' });
    const atDesk = collect<{ text: string }>(adaAgain, 'customer:message');
    for (const text of ['Sorry, we had a hiccup.', 'Your refund is on its way.']) {
      expect((await adaAgain.emitWithAck('agent:message', { id: uid('m'), escalationId, text })).ok).toBe(true);
    }
    first.gate.open(relay.port);

    const caughtUp = await until(handoff, (v) => v.phase === 'connected' && v.lines.length === 4 && v.lines.every((l) => l.delivery !== 'sending'), 'caught up', 8_000);
    expect(caughtUp.lines.map((l) => [l.role, l.text])).toEqual([
      ['agent', 'Hi, Ada here.'],
      ['customer', 'are you still there?'],
      ['agent', 'Sorry, we had a hiccup.'],
      ['agent', 'Your refund is on its way.'],
    ]);
    expect(caughtUp.agent).toEqual({ name: 'Ada Agent' });
    await expect.poll(() => atDesk.map((m) => m.text)).toEqual(['are you still there?']);
    await sleep(200);
    expect(handoff.getView().lines).toHaveLength(4);
    expect(atDesk).toHaveLength(1);
  });

  it('a message whose ack was lost is sent again with the same id and lands once', async () => {
    const { relay, gate } = await relayBehindGate();
    cleanup.push(() => relay.stop());
    const agent = await relay.agent({ name: 'Ada Agent' });
    const handoff = sdkFor(gate.url);
    await connect(handoff, agent);

    const atDesk = collect<{ id: string; text: string }>(agent, 'customer:message');
    gate.mute();
    handoff.send('only once, please');
    await expect.poll(() => atDesk.length).toBe(1);
    expect(handoff.getView().lines.at(-1)?.delivery).toBe('sending');
    gate.cut();

    await until(handoff, (v) => v.lines.at(-1)?.delivery === 'sent', 'delivered after the reconnect', 8_000);
    await sleep(200);
    expect(atDesk.map((m) => m.text)).toEqual(['only once, please']);
    expect(handoff.getView().lines.filter((l) => l.text === 'only once, please')).toHaveLength(1);
  });

  it('a handoff request whose ack was lost is sent again and makes one escalation', async () => {
    const { relay, gate } = await relayBehindGate();
    cleanup.push(() => relay.stop());
    const agent = await relay.agent();
    const cards = collect<{ escalation: { id: string } }>(agent, 'escalation:created');
    const handoff = sdkFor(gate.url);
    // A first request and cancel open the conversation, so the next request is the only command in flight.
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
    handoff.cancel();
    await expect.poll(async () => (await relay.store.listOpenEscalations()).length).toBe(0);

    gate.mute();
    handoff.requestHuman();
    await expect.poll(() => cards.length).toBe(2);
    expect(handoff.getView().queue?.position).toBeNull();
    gate.cut();
    await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued after the reconnect', 8_000);
    await sleep(200);
    expect(cards).toHaveLength(2);
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === handoff.conversationId)).toHaveLength(1);
  });
});

describe('createHandoff: a page reload resumes the handoff', () => {
  let relay: TestRelay;
  afterEach(async () => {
    disposeAll();
    await relay.stop();
  });

  it('same place in the queue, then the same agent and the same lines, without a new escalation', async () => {
    relay = await startRelay();
    const agent = await relay.agent({ name: 'Ada Agent' });
    await requestTakeover(await relay.customer());
    const storage = new MemoryStorage();

    const before = sdk(relay, { storage });
    before.requestHuman();
    await until(before, (v) => v.phase === 'queued' && v.queue?.position === 2, 'second in line');
    before.send('hello, anyone?');
    await until(before, (v) => v.lines[0]?.delivery === 'sent', 'the line delivered');
    before.dispose();

    // A fresh id maker: anything the resumed handoff re-created instead of restoring would differ.
    const after = sdk(relay, { storage, createId: idMaker('reloaded') });
    expect(after.conversationId).toBe(before.conversationId);
    expect(after.getView()).toMatchObject({ phase: 'queued', queue: { position: 2 }, lines: [{ text: 'hello, anyone?', delivery: 'sent' }] });
    await until(after, (v) => v.connection === 'online', 'online');
    await sleep(200);
    const mine = (await relay.store.listOpenEscalations()).filter((e) => e.conversationId === after.conversationId);
    expect(mine).toHaveLength(1);
    expect(after.getView()).toMatchObject({ phase: 'queued', queue: { position: 2 } });

    await agent.emitWithAck('escalation:claim', { escalationId: mine[0]!.id });
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId: mine[0]!.id, text: 'Ada here, reading your message.' });
    await until(after, (v) => v.phase === 'connected' && v.lines.length === 2, 'connected');
    after.dispose();

    const again = sdk(relay, { storage, createId: idMaker('again') });
    expect(again.getView()).toMatchObject({ phase: 'connected', agent: { name: 'Ada Agent' } });
    expect(again.getView().lines.map((l) => l.text)).toEqual(['hello, anyone?', 'Ada here, reading your message.']);
    await until(again, (v) => v.connection === 'online', 'online');
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId: mine[0]!.id, text: 'Found your order.' });
    const latest = await until(again, (v) => v.lines.length === 3, 'the next line');
    expect(latest.lines.map((l) => l.text)).toEqual(['hello, anyone?', 'Ada here, reading your message.', 'Found your order.']);
    await sleep(200);
    expect(again.getView().lines).toHaveLength(3);
  });

  it('a message sent just before the reload goes out after it, once', async () => {
    relay = await startRelay();
    const agent = await relay.agent({ name: 'Ada Agent' });
    const storage = new MemoryStorage();
    const before = sdk(relay, { storage });
    await connect(before, agent);
    const atDesk = collect<{ text: string }>(agent, 'customer:message');
    before.send('sent as the page unloads');
    before.dispose();

    const after = sdk(relay, { storage });
    await until(after, (v) => v.lines.at(-1)?.delivery === 'sent', 'delivered after the reload');
    await sleep(200);
    expect(atDesk.map((m) => m.text)).toEqual(['sent as the page unloads']);
  });
});

describe('createHandoff: clear errors', () => {
  const relays: TestRelay[] = [];
  afterEach(async () => {
    disposeAll();
    for (const relay of relays.splice(0)) await relay.stop();
  });

  it('a relay URL that is not one: an error event, and offline "refused" (no promise of later, no message taken)', async () => {
    const handoff = sdkFor('not a url');
    const error = await nextAnnouncement(handoff, 'error');
    expect(error).toMatchObject({ code: 'invalid_relay_url', message: expect.stringContaining('"not a url"') });
    expect(handoff.getView().connection).toBe('unreachable');
    handoff.requestHuman();
    const offline = await until(handoff, (v) => v.phase === 'offline', 'offline');
    // Not "unreachable": no relay will ever answer this page, so nothing is said to wait for one.
    expect(offline).toMatchObject({ offline: { reason: 'refused' }, humanRequestPending: false });
    await expect(handoff.leaveMessage('Please call me back.')).rejects.toThrow('is not a relay URL');
  });

  it('no site key: an error event, and offline "refused" in the same way', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const handoff = sdk(relay, { siteKey: '' });
    expect(await nextAnnouncement(handoff, 'error')).toEqual({ type: 'error', code: 'invalid_site_key', message: 'a site key is required to reach the relay' });
    handoff.requestHuman();
    expect(await until(handoff, (v) => v.phase === 'offline', 'offline')).toMatchObject({ offline: { reason: 'refused' }, humanRequestPending: false });
    await expect(handoff.leaveMessage('Please call me back.')).rejects.toThrow('a site key is required');
  });

  it('a site key the relay does not know: the refusal as an error event, and offline "refused" for good, never retried', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const handoff = sdk(relay, { siteKey: 'no-such-site' });
    const error = await nextAnnouncement(handoff, 'error');
    expect(error).toEqual({ type: 'error', code: 'unknown_site', message: 'the relay refused the connection: no site with key "no-such-site"' });
    expect(handoff.getView().connection).toBe('unreachable');

    handoff.requestHuman();
    const offline = await until(handoff, (v) => v.phase === 'offline', 'offline');
    // Not "unreachable": nothing waits for the relay, since it would only be refused again.
    expect(offline).toMatchObject({ connection: 'unreachable', offline: { reason: 'refused', leftMessages: 0 }, humanRequestPending: false });
    handoff.requestHuman();
    await expect(handoff.leaveMessage('Please call me back.')).rejects.toThrow('the relay refused the connection');

    // Reconnection delays are 50-200 ms here: a socket that retried would have been refused many times by now.
    await sleep(1_500);
    expect(handoff.getView()).toMatchObject({ phase: 'offline', offline: { reason: 'refused' }, humanRequestPending: false });
    const rejections = await relay.relay.metrics.getSingleMetricAsString('baton_handshake_rejections_total');
    expect(rejections).toMatch(/^baton_handshake_rejections_total\{namespace="customer",code="unknown_site"\} 1$/m);
  });

  it('a refused connection writes nothing down: once the relay knows the site, the next page load starts afresh and reaches a person', async () => {
    const storage = new MemoryStorage();
    const refusing = await startRelay({ config: testConfig({ sites: [{ key: 'bank', origins: [SITE_ORIGIN] }] }) });
    relays.push(refusing);
    const refused = sdk(refusing, { storage });
    expect((await nextAnnouncement(refused, 'error')).code).toBe('unknown_site');
    refused.requestHuman();
    await until(refused, (v) => v.phase === 'offline' && v.offline?.reason === 'refused', 'refused');
    refused.dispose();

    // The site owner adds the site: the same page, reloaded, is neither offline nor waiting on an old request.
    const fixed = await startRelay();
    relays.push(fixed);
    await fixed.agent();
    const after = sdk(fixed, { storage });
    expect(after.getView()).toMatchObject({ phase: 'bot', offline: null, humanRequestPending: false });
    await until(after, (v) => v.connection === 'online', 'online');
    after.requestHuman();
    await until(after, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
  });

  it('a verified identity is carried to the desk; a forged one is refused with a clear error', async () => {
    const relay = await startRelay();
    relays.push(relay);
    await relay.agent();
    const verified = sdk(relay, { identity: { customerId: 'cust-42', signature: signCustomerIdentity(IDENTITY_SECRET, 'cust-42', 'vip'), tier: 'vip' } });
    verified.requestHuman();
    await until(verified, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
    const [mine] = (await relay.store.listOpenEscalations()).filter((e) => e.conversationId === verified.conversationId);
    expect(mine).toMatchObject({ customerId: 'cust-42', tier: 'vip' });

    const forged = sdk(relay, { identity: { customerId: 'cust-42', signature: 'f'.repeat(64) } });
    const error = await nextAnnouncement(forged, 'error');
    expect(error.code).toBe('identity_invalid');
  });

  it('a policy document is validated (zod loaded on demand); an invalid one names the problem and the default applies', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const valid = sdk(relay, { policy: { version: 1, review: { enabled: true, floor: 0.3 } } });
    valid.observe({ role: 'customer', text: 'can I get a refund on my premium plan?' });
    valid.observe({ role: 'bot', text: 'Yes, fully refunded.', confidence: 0.4 });
    await until(valid, (v) => v.phase === 'reviewing', 'held for review by the document’s review band');

    const invalid = sdk(relay, { policy: { version: 1, triggers: { low_confidence: { threshold: 7 } } } as never });
    const error = await nextAnnouncement(invalid, 'error');
    expect(error.code).toBe('invalid_policy');
    expect(error.message).toContain('triggers.low_confidence.threshold');
    invalid.observe({ role: 'customer', text: 'hello' });
    invalid.observe({ role: 'bot', text: 'Maybe?', confidence: 0.4 });
    // No agent is online, so the relay answers "offline"; nobody is "queued" before the relay said so.
    await until(invalid, (v) => v.decision?.kind === 'takeover' && v.phase !== 'bot', 'the default policy takes over a low-confidence reply');
  });
});

describe('createHandoff: dispose', () => {
  it('closes every socket and stops announcing, also when mounted and unmounted many times', async () => {
    const relay = await startRelay();
    try {
      const customers = relay.relay.io.of('/customer');
      for (let round = 0; round < 20; round++) {
        const handoff = sdk(relay);
        await until(handoff, (v) => v.connection === 'online', 'online');
        handoff.dispose();
        handoff.dispose();
      }
      await expect.poll(() => customers.sockets.size).toBe(0);

      const last = sdk(relay);
      const views: unknown[] = [];
      last.subscribe((view) => views.push(view));
      last.dispose();
      last.requestHuman();
      await sleep(100);
      expect(views).toEqual([]);
      expect(last.getView().phase).toBe('bot');
    } finally {
      disposeAll();
      await relay.stop();
    }
  });
});
