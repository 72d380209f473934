import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/index.js';
import { requestTakeover, startRelay, testConfig, type TestRelay } from './harness.js';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP endpoint on loopback that records what it receives and answers as told. */
async function webhookServer(answer: (req: Received, count: number) => number | 'hang') {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const entry = { path: req.url ?? '', headers: req.headers, body };
      received.push(entry);
      const status = answer(entry, received.filter((r) => r.path === entry.path).length);
      if (status === 'hang') return;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

const SIGNING = 'webhook-signing-secret-123';

describe('webhook notifications', () => {
  let relay: TestRelay;
  let hooks: Awaited<ReturnType<typeof webhookServer>>;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock();
    // The generic endpoint fails twice, then accepts; Slack accepts at once; /dead always fails.
    hooks = await webhookServer((req, count) => (req.path === '/slack' ? 200 : req.path === '/hang' ? 'hang' : req.path === '/generic' && count > 2 ? 204 : 500));
    relay = await startRelay({
      deps: { clock, timers: clock },
      notificationRetry: { attempts: 4, baseDelayMs: 1_000, factor: 2, timeoutMs: 300 },
      config: testConfig({
        notifications: [
          { id: 'ops', type: 'webhook', url: `${hooks.base}/generic`, secret: SIGNING },
          { id: 'slack', type: 'slack', url: `${hooks.base}/slack`, events: ['escalation.created', 'sla.breached'] },
          { id: 'dead', type: 'webhook', url: `${hooks.base}/dead` },
          { id: 'slow', type: 'webhook', url: `${hooks.base}/hang` },
        ],
        routing: [
          { id: 'fraud', match: { rule: 'fraud' }, route: { team: 'fraud' }, notify: ['ops', 'slack'] },
          { id: 'flaky', match: { rule: 'flaky' }, notify: ['dead', 'slow'] },
          { id: 'everyone' },
        ],
      }),
    });
  });
  afterEach(async () => {
    await relay.stop();
    await hooks.close();
  });

  it('posts the generic JSON and the Slack text, retrying with backoff until delivered', async () => {
    await relay.agent({ teams: ['fraud'] });
    const { escalationId } = await requestTakeover(await relay.customer(), { decision: { trigger: 'topic', rule: 'fraud', severity: 'high' } });

    await expect.poll(() => hooks.received.filter((r) => r.path === '/slack').length).toBe(1);
    const slack = hooks.received.find((r) => r.path === '/slack')!;
    expect(JSON.parse(slack.body)).toEqual({ text: expect.stringMatching(/^:rotating_light: High takeover: Policy topic \(fraud\) - waiting for team fraud\./) });

    await expect.poll(() => hooks.received.filter((r) => r.path === '/generic').length).toBe(1);
    await clock.advance(1_000);
    await expect.poll(() => hooks.received.filter((r) => r.path === '/generic').length).toBe(2);
    await clock.advance(1_999);
    expect(hooks.received.filter((r) => r.path === '/generic')).toHaveLength(2);
    await clock.advance(1);
    await expect.poll(() => hooks.received.filter((r) => r.path === '/generic').length).toBe(3);

    const attempts = hooks.received.filter((r) => r.path === '/generic');
    const body = JSON.parse(attempts[2]!.body);
    expect(body).toMatchObject({ event: 'escalation.created', escalation: { id: escalationId, trigger: 'topic', triggerLabel: 'Policy topic', rule: 'fraud', severity: 'high', route: { to: 'team', team: 'fraud' } } });
    expect(body.escalation).not.toHaveProperty('transcript');
    expect(new Set(attempts.map((a) => a.headers['x-baton-delivery'])).size).toBe(1);
    expect(attempts[2]!.headers['x-baton-signature']).toBe(`sha256=${createHmac('sha256', SIGNING).update(attempts[2]!.body).digest('hex')}`);

    await expect.poll(async () => (await relay.store.listNotifications()).map((n) => [n.channelId, n.status, n.attempts])).toEqual([
      ['ops', 'delivered', 3],
      ['slack', 'delivered', 1],
    ]);
  });

  it('escapes what the customer’s browser sent, so a Slack post cannot @channel or plant a link', async () => {
    await relay.agent({ teams: ['fraud'] });
    await requestTakeover(await relay.customer(), {
      decision: { trigger: 'topic', rule: 'fraud', severity: 'high', reason: '<!channel> URGENT <https://evil.example/login|Open the desk> & sign in' },
    });
    await expect.poll(() => hooks.received.filter((r) => r.path === '/slack').length).toBe(1);
    const { text } = JSON.parse(hooks.received.find((r) => r.path === '/slack')!.body) as { text: string };
    expect(text).toContain('&lt;!channel&gt; URGENT &lt;https://evil.example/login|Open the desk&gt; &amp; sign in');
    expect(text).not.toMatch(/[<>]/);
  });

  it('records a failure after the last attempt, and never holds up the handoff', async () => {
    await relay.agent();
    const { ack } = await requestTakeover(await relay.customer(), { decision: { trigger: 'topic', rule: 'flaky' } });
    expect(ack.escalation.status).toBe('queued');
    // While the slow endpoint holds its request open, the relay keeps answering.
    await expect.poll(() => hooks.received.some((r) => r.path === '/hang')).toBe(true);
    const next = await requestTakeover(await relay.customer());
    expect(next.ack.ok).toBe(true);
    expect((await relay.store.listNotifications()).find((n) => n.channelId === 'slow')).toMatchObject({ status: 'pending', attempts: 0 });

    // Backoff 1 s, 2 s, 4 s: keep moving the clock until both channels have given up.
    await expect
      .poll(
        async () => {
          await clock.advance(500);
          return (await relay.store.listNotifications()).map((n) => [n.channelId, n.status, n.attempts, n.lastError]);
        },
        { timeout: 8_000, interval: 20 },
      )
      .toEqual([
        ['dead', 'failed', 4, 'HTTP 500'],
        ['slow', 'failed', 4, 'timed out after 300 ms'],
      ]);
    const attempts = hooks.received.filter((r) => r.path === '/dead').length;
    expect(attempts).toBe(4);
  });
});

describe('webhook channels', () => {
  it('a receiver that hangs holds up only its own channel, and only a few deliveries of it at a time', async () => {
    const hooks = await webhookServer((req) => (req.path === '/hang' ? 'hang' : 200));
    const clock = new ManualClock();
    const relay = await startRelay({
      deps: { clock, timers: clock },
      // Long enough that the hanging requests stay open for the whole test.
      notificationRetry: { timeoutMs: 60_000 },
      config: testConfig({
        notifications: [
          { id: 'stuck', type: 'webhook', url: `${hooks.base}/hang` },
          { id: 'healthy', type: 'webhook', url: `${hooks.base}/ok` },
        ],
        routing: [{ id: 'everyone', notify: ['stuck', 'healthy'] }],
      }),
    });
    try {
      await relay.agent();
      const handoffs = 6;
      for (let i = 0; i < handoffs; i++) await requestTakeover(await relay.customer());
      await expect.poll(() => hooks.received.filter((r) => r.path === '/ok').length).toBe(handoffs);
      await expect.poll(async () => (await relay.store.listNotifications()).filter((n) => n.channelId === 'healthy' && n.status === 'delivered').length).toBe(handoffs);
      // Four of the stuck channel's deliveries wait on the receiver; the other two wait their turn.
      await expect.poll(() => hooks.received.filter((r) => r.path === '/hang').length).toBe(4);
      expect((await relay.store.listNotifications()).filter((n) => n.channelId === 'stuck').map((n) => n.status)).toEqual(Array(handoffs).fill('pending'));
    } finally {
      await hooks.close();
      await relay.stop();
    }
  });
});
