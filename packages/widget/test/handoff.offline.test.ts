import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type TestRelay } from '../../relay/test/harness.js';
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
});
