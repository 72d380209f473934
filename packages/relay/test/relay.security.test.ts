import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, handshakeErrorSchema } from '@baton/protocol';
import { ManualClock, signAgentToken, signCustomerIdentity } from '../src/index.js';
import { AGENT_SECRET, IDENTITY_SECRET, SITE_ORIGIN, collect, connected, nextEvent, requestTakeover, sleep, startRelay, testConfig, uid, type TestRelay } from './harness.js';

async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => {
      throw new Error('expected the connection to be refused');
    },
    (e: unknown) => e,
  )) as Error & { data?: unknown };
  return error;
}

describe('handshake defences', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startRelay({
      config: testConfig({
        sites: [
          { key: 'shop', origins: [SITE_ORIGIN], identitySecret: 'test-identity-secret-0123456789' },
          { key: 'bank', origins: ['https://bank.example'], identitySecret: 'bank-identity-secret-0123456789', requireIdentity: true },
        ],
      }),
    });
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('rejects a page from an origin no site allows, before any socket.io handshake', async () => {
    const response = await fetch(`${relay.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 4, message: 'origin https://evil.example is not allowed to connect to this relay' });
    const error = await refusal(relay.customer({ origin: 'https://evil.example' }));
    expect(error.message).toMatch(/websocket error/);
    // Counted like every other refusal, under namespace "any" (no namespace is known yet).
    const metric = (await relay.relay.metrics.getSingleMetricAsString('baton_handshake_rejections_total'));
    expect(metric).toMatch(/baton_handshake_rejections_total\{namespace="any",code="origin_not_allowed"\} 2/);
  });

  it("rejects another site's origin for this site key, naming the site", async () => {
    const error = await refusal(relay.customer({ origin: 'https://bank.example', siteKey: 'shop' }));
    expect(handshakeErrorSchema.parse(error.data)).toEqual({ code: 'origin_not_allowed', message: 'origin https://bank.example is not allowed for site "shop"' });
  });

  it('refuses an unknown site key, a bad identity signature, and anonymous visitors where identity is required', async () => {
    expect((await refusal(relay.customer({ siteKey: 'nope' }))).data).toMatchObject({ code: 'unknown_site' });
    const forged = await refusal(relay.customer({ identity: { customerId: 'cust-1', signature: 'a'.repeat(64) } }));
    expect(forged.data).toMatchObject({ code: 'identity_invalid' });
    expect((await refusal(relay.customer({ siteKey: 'bank', origin: 'https://bank.example' }))).data).toMatchObject({ code: 'identity_required' });
  });

  it('says clearly when the protocol version does not match', async () => {
    const error = await refusal(relay.customer({ protocolVersion: PROTOCOL_VERSION + 1 }));
    expect(error.data).toEqual({
      code: 'unsupported_version',
      message: `this relay speaks Baton protocol ${PROTOCOL_VERSION}, the client speaks ${PROTOCOL_VERSION + 1}; update the relay`,
      expected: PROTOCOL_VERSION,
    });
  });

  it('names the problem in a malformed handshake', async () => {
    const socket = io(`${relay.url}/customer`, { forceNew: true, transports: ['websocket'], reconnection: false, autoConnect: false, auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'shop' } });
    relay.sockets.push(socket);
    const error = await refusal(connected(socket));
    expect(error.data).toMatchObject({ code: 'invalid_handshake', message: expect.stringContaining('visitorId') });
  });

  it('refuses the agent namespace without a token, with a wrongly signed token, and with an expired one', async () => {
    expect((await refusal(relay.agent({ token: null }))).data).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('baton token') });
    const forged = await signAgentToken('another-secret-that-is-long-enough-000', { name: 'Mallory', role: 'supervisor', ttlMs: 60_000 });
    expect((await refusal(relay.agent({ token: forged }))).data).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('signature') });
    const expired = await signAgentToken(AGENT_SECRET, { name: 'Old', ttlMs: 1_000, now: Date.now() - 60_000 });
    expect((await refusal(relay.agent({ token: expired }))).data).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('expired') });
    expect((await refusal(relay.agent({ token: 'not.a.jwt' }))).data).toMatchObject({ code: 'unauthorized' });
  });

  it('says what is wrong with an agent token that is too long or not a string', async () => {
    expect((await refusal(relay.agent({ token: 'x'.repeat(8_193) }))).data).toEqual({
      code: 'unauthorized',
      message: 'the agent token is 8,193 characters long, over the limit of 8,192; a token from `baton token` is far shorter',
    });
    expect((await refusal(relay.agent({ token: 42 as unknown as string }))).data).toEqual({
      code: 'unauthorized',
      message: 'the agent token must be a string (the signed JWT from `baton token`), not number',
    });
  });

  it('refuses the default namespace', async () => {
    const socket = io(relay.url, { forceNew: true, transports: ['websocket'], reconnection: false, autoConnect: false });
    relay.sockets.push(socket);
    expect((await refusal(connected(socket))).data).toMatchObject({ code: 'invalid_handshake' });
  });
});

describe('customer isolation', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('a tier is taken only when the signature covers it', async () => {
    const customerId = uid('cust');
    const unsigned = await relay.customer({ identity: { customerId, signature: signCustomerIdentity(IDENTITY_SECRET, customerId), tier: 'vip' }, connect: false });
    expect((await refusal(connected(unsigned))).data).toMatchObject({ code: 'identity_invalid', message: expect.stringContaining('tier') });
    const signed = await relay.customer({ identity: { customerId, signature: signCustomerIdentity(IDENTITY_SECRET, customerId, 'vip'), tier: 'vip' } });
    expect(signed.connected).toBe(true);
    // Without a tier the id alone is signed, as before.
    expect((await relay.customer({ identity: { customerId, signature: signCustomerIdentity(IDENTITY_SECRET, customerId) } })).connected).toBe(true);
  });

  it('once claimed, only the assignee and supervisors can read the conversation', async () => {
    const ada = await relay.agent({ name: 'Ada Agent', id: 'ada' });
    const bea = await relay.agent({ name: 'Bea Agent', id: 'bea' });
    const sam = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    const customer = await relay.customer();
    const { escalationId, conversationId } = await requestTakeover(customer);
    expect(await bea.emitWithAck('escalation:history', { escalationId })).toMatchObject({ ok: true });
    await ada.emitWithAck('escalation:claim', { escalationId });
    await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'my account number is 12345' });
    expect(await bea.emitWithAck('escalation:history', { escalationId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Ada Agent') } });
    expect(await ada.emitWithAck('escalation:history', { escalationId })).toMatchObject({ ok: true });
    expect(await sam.emitWithAck('escalation:history', { escalationId })).toMatchObject({ ok: true });
  });

  it('customer A can neither read nor write conversation B', async () => {
    const agent = await relay.agent();
    const alice = await relay.customer({ visitorId: 'alice' });
    const bob = await relay.customer({ visitorId: 'bob' });
    const { conversationId, escalationId } = await requestTakeover(bob);
    await agent.emitWithAck('escalation:claim', { escalationId });
    const aliceHears = collect(alice, 'agent:message');

    const notFound = { ok: false, error: { code: 'not_found' } };
    expect(await alice.emitWithAck('conversation:open', { id: conversationId, since: 0 })).toMatchObject(notFound);
    expect(await alice.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'I am Bob' })).toMatchObject(notFound);
    expect(await alice.emitWithAck('context:append', { id: uid('c'), conversationId, messages: [{ role: 'customer', text: 'x' }] })).toMatchObject(notFound);
    expect(await alice.emitWithAck('customer:typing', { conversationId, typing: true })).toMatchObject(notFound);
    expect(await alice.emitWithAck('handoff:cancel', { conversationId, escalationId })).toMatchObject(notFound);
    expect(await alice.emitWithAck('offline:message', { id: uid('o'), conversationId, text: 'hi' })).toMatchObject(notFound);
    expect(
      await alice.emitWithAck('handoff:request', { id: uid('e'), conversationId, decision: (await import('./harness.js')).decision(), transcript: [] }),
    ).toMatchObject(notFound);

    const bobHears = nextEvent(bob, 'agent:message');
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'for Bob only' });
    await bobHears;
    await sleep(50);
    expect(aliceHears).toHaveLength(0);
    expect((await relay.store.getEscalation(escalationId))?.status).toBe('connected');
  });

  it('a verified customer reaches their conversation from another device; the same visitor id without the signature does not', async () => {
    const laptop = await relay.customer({ visitorId: 'laptop', identity: { customerId: 'cust-42' } });
    const { conversationId } = await requestTakeover(laptop);
    const phone = await relay.customer({ visitorId: 'phone', identity: { customerId: 'cust-42' } });
    expect(await phone.emitWithAck('conversation:open', { id: conversationId })).toMatchObject({ ok: true, conversation: { status: 'queued' } });
    const anonymous = await relay.customer({ visitorId: 'laptop' });
    expect(await anonymous.emitWithAck('conversation:open', { id: conversationId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('command defences', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startRelay({ config: testConfig({ limits: { rateLimit: { burst: 5, perSecond: 1 } } }) });
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('rate-limits a flooding socket with a retry hint, and other sockets are unaffected', async () => {
    const flooder = await relay.customer();
    const acks = await Promise.all(Array.from({ length: 8 }, () => flooder.emitWithAck('conversation:open', { id: uid('c') })));
    expect(acks.filter((a) => a.ok)).toHaveLength(5);
    expect(acks.filter((a) => !a.ok)[0]).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterMs: expect.any(Number) } });
    const calm = await relay.customer();
    expect(await calm.emitWithAck('conversation:open', { id: uid('c') })).toMatchObject({ ok: true });
  });

  it('answers unknown events and commands without an ack through relay:error', async () => {
    const customer = await relay.customer();
    const errors = collect<{ event: string; error: { code: string } }>(customer, 'relay:error');
    (customer as unknown as { emit(event: string, payload: unknown): void }).emit('escalation:claim', { escalationId: 'x' });
    (customer as unknown as { emit(event: string, payload: unknown): void }).emit('conversation:open', { id: 'c1' });
    const unknown = await (customer as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> }).emitWithAck('drop:tables', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
    await expect.poll(() => errors.map((e) => e.error.code)).toEqual(['unknown_event', 'missing_ack']);
    expect(await relay.store.getConversation('c1')).toBeNull();
  });

  it('drops a connection that sends more than 64 KB in one packet, and keeps serving everyone else', async () => {
    const big = await relay.customer();
    const dropped = nextEvent<string>(big, 'disconnect');
    big.emit('customer:message', { id: uid('m'), conversationId: 'c', text: 'x'.repeat(70 * 1024) }, () => undefined);
    expect(await dropped).toMatch(/transport (close|error)/);
    const other = await relay.customer();
    expect(await other.emitWithAck('conversation:open', { id: uid('c') })).toMatchObject({ ok: true });
  });

});

describe('agent token expiry', () => {
  it('closes an agent socket the moment its token expires, without waiting for a command, and refuses it back', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ deps: { clock, timers: clock } });
    try {
      const token = await signAgentToken(AGENT_SECRET, { name: 'Short Lived', ttlMs: 60 * 60_000, now: clock.now() });
      const agent = await relay.agent({ token });
      expect(await agent.emitWithAck('escalation:history', { escalationId: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const gone = nextEvent<string>(agent, 'disconnect');
      await clock.advance(60 * 60_000 - 1_000);
      expect(agent.connected).toBe(true);
      await clock.advance(1_000);
      // Closed by the relay: it no longer hears of new escalations or customer messages.
      expect(await gone).toBe('io server disconnect');
      expect((await refusal(relay.agent({ token }))).data).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('expired') });
    } finally {
      await relay.stop();
    }
  });
});
