import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type TestRelay } from '../../relay/test/harness.js';
import { HANDOFF_GRACE_MS } from '../src/sdk/handoff.js';
import type { HandoffView } from '../src/sdk/index.js';
import { RelayGate, disposeAll, record, sdk, sdkFor, until } from './support.js';

describe('createHandoff: nobody available', () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    disposeAll();
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function relay(): Promise<TestRelay> {
    const started = await startRelay();
    stops.push(() => started.stop());
    return started;
  }

  it('no agent online: offline "no_agent", the bot resumes, and a message left is acknowledged and queued as a follow-up', async () => {
    const server = await relay();
    const handoff = sdk(server);
    const announced = record(handoff);
    handoff.observe({ role: 'customer', text: 'my parcel never arrived' });
    handoff.requestHuman();
    const offline = await until(handoff, (v) => v.phase === 'offline', 'offline');
    expect(offline.offline).toEqual({ reason: 'no_agent', leftMessages: 0 });
    expect(announced.map((e) => e.type)).toEqual(expect.arrayContaining(['bot.pause', 'bot.resume']));

    await handoff.leaveMessage('Please call me back about order A-1042.', { name: 'Nora', email: 'nora@example.com' });
    expect(handoff.getView().offline).toEqual({ reason: 'no_agent', leftMessages: 1 });
    const [followUp] = (await server.store.listOpenEscalations()).filter((e) => e.conversationId === handoff.conversationId);
    expect(followUp).toMatchObject({ status: 'queued', followUp: true, contact: { name: 'Nora', email: 'nora@example.com' } });

    await handoff.leaveMessage('Also, the box was wet.');
    expect(handoff.getView().offline?.leftMessages).toBe(2);
  });

  it('leaving a message is refused outside the offline phase', async () => {
    const server = await relay();
    await server.agent();
    const handoff = sdk(server);
    await expect(handoff.leaveMessage('hello')).rejects.toThrow(/offline/);
  });

  it('"talk to a person" pressed again while offline asks again, and reaches an agent who came online meanwhile', async () => {
    const server = await relay();
    const handoff = sdk(server);
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'offline', 'offline');
    await server.agent({ name: 'Ada Agent' });
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
    expect(handoff.getView().humanRequestPending).toBe(false);
  });

  it('a message left while the relay is unreachable is delivered once it is back', async () => {
    const gate = await RelayGate.start();
    stops.push(() => gate.stop());
    const handoff = sdkFor(gate.url);
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'offline' && v.offline?.reason === 'unreachable', 'offline, unreachable');
    let delivered = false;
    const left = handoff.leaveMessage('Call me at 555 0100, please.').then(() => (delivered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(delivered).toBe(false);

    const server = await relay();
    gate.open(server.port);
    await left;
    const open = (await server.store.listOpenEscalations()).filter((e) => e.conversationId === handoff.conversationId);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ followUp: true });
  });

  describe('the relay lost after the page connected', () => {
    /** A relay with an agent online, reached through a gate, and a handoff that connected through it. */
    async function connectedThroughGate() {
      const server = await relay();
      await server.agent({ name: 'Ada Agent' });
      const gate = await RelayGate.start();
      stops.push(() => gate.stop());
      gate.open(server.port);
      const handoff = sdkFor(gate.url);
      await until(handoff, (v) => v.connection === 'online', 'online');
      const views: HandoffView[] = [];
      handoff.subscribe((view) => views.push(view));
      return { server, gate, handoff, views };
    }

    const openFor = async (server: TestRelay, conversationId: string) =>
      (await server.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId);

    it(`"talk to a person" with the link down: offline "unreachable" within ${HANDOFF_GRACE_MS} ms, never "queued"; the message left and the request go out when it is back`, async () => {
      const { server, gate, handoff, views } = await connectedThroughGate();
      expect(await handoff.observe({ role: 'customer', text: 'my parcel never arrived' })).toBe('bot');
      gate.close();
      await until(handoff, (v) => v.connection === 'reconnecting', 'the link lost');

      const pressed = Date.now();
      handoff.requestHuman();
      const offline = await until(handoff, (v) => v.phase === 'offline', 'offline', HANDOFF_GRACE_MS + 3_000);
      expect(Date.now() - pressed).toBeLessThan(HANDOFF_GRACE_MS + 2_000);
      expect(offline).toMatchObject({ offline: { reason: 'unreachable', leftMessages: 0 }, humanRequestPending: true });
      expect(views.map((v) => v.phase)).not.toContain('queued');

      // Pressing again while offline keeps the request pending; leave-a-message works and waits for the relay.
      handoff.requestHuman();
      expect(handoff.getView()).toMatchObject({ phase: 'offline', humanRequestPending: true });
      let delivered = false;
      const left = handoff.leaveMessage('Call me at 555 0100, please.').then(() => (delivered = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(delivered).toBe(false);
      expect(await openFor(server, handoff.conversationId)).toHaveLength(0);

      gate.open(server.port);
      await left;
      const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued once the relay is back', 8_000);
      expect(queued).toMatchObject({ connection: 'online', humanRequestPending: false });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await openFor(server, handoff.conversationId)).toHaveLength(1);
    }, 30_000);

    it('a request the relay does not acknowledge is never shown as "in line": offline after the grace, asked again once the link is back, one escalation', async () => {
      const { server, gate, handoff, views } = await connectedThroughGate();
      // A first request and cancel open the conversation, so the next request goes out at once.
      handoff.requestHuman();
      await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
      handoff.cancel();
      await expect.poll(async () => (await openFor(server, handoff.conversationId)).length, { timeout: 5_000 }).toBe(0);
      views.length = 0;

      // The link looks up, the request reaches the relay, but no answer comes back.
      gate.mute();
      handoff.requestHuman();
      await expect.poll(async () => (await openFor(server, handoff.conversationId)).length, { timeout: 5_000 }).toBe(1);
      expect(handoff.getView()).toMatchObject({ phase: 'escalating', connection: 'online' });
      const offline = await until(handoff, (v) => v.phase === 'offline', 'offline', HANDOFF_GRACE_MS + 3_000);
      expect(offline).toMatchObject({ offline: { reason: 'unreachable' }, humanRequestPending: true });
      expect(views.map((v) => v.phase)).not.toContain('queued');

      gate.cut();
      const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued after the reconnect', 8_000);
      expect(queued.humanRequestPending).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await openFor(server, handoff.conversationId)).toHaveLength(1);
      expect(handoff.getView().phase).toBe('queued');
    }, 30_000);
  });
});
