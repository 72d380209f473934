import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { customerEvents, type CustomerEventPayload } from '@baton/protocol';
import { ManualClock } from '../src/index.js';
import { collect, nextEvent, requestTakeover, startRelay, tempDir, testConfig, uid, type CustomerClient, type StartOptions, type TestRelay } from './harness.js';

type Status = CustomerEventPayload<'handoff:status'>;

/** The default `queue.noAgentGrace`. */
const GRACE = 60_000;

const teamsConfig = () => testConfig({ routing: [{ id: 'billing', match: { team: 'billing' }, route: { team: 'billing' } }, { id: 'everyone' }] });

async function agentsOnline(relay: TestRelay): Promise<number> {
  const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { agentsOnline: number };
  return health.agentsOnline;
}

/** A customer asking for a person, with every `handoff:status` they receive. */
async function waitingCustomer(relay: TestRelay, options: { team?: string; visitorId?: string } = {}) {
  const socket: CustomerClient = await relay.customer(options.visitorId ? { visitorId: options.visitorId } : {});
  const statuses = collect<Status>(socket, 'handoff:status');
  const request = await requestTakeover(socket, options.team ? { team: options.team } : {});
  return { socket, statuses, ...request, offline: () => statuses.filter((s) => s.status === 'offline') };
}

async function statusOf(relay: TestRelay, escalationId: string) {
  return (await relay.store.getEscalation(escalationId))?.status;
}

describe('every agent who could take a waiting customer goes offline', () => {
  const relays: TestRelay[] = [];
  const dirs: Array<{ remove: () => void }> = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  /** A relay on a manual clock, stopped after the test. */
  async function relayOnClock(config?: StartOptions['config']) {
    const clock = new ManualClock();
    const relay = await startRelay({ ...(config ? { config } : {}), deps: { clock, timers: clock } });
    relays.push(relay);
    return { clock, relay };
  }

  it('after the grace the customer is told offline (no_agent_online), can leave a message, or ask again once someone is back', async () => {
    const { clock, relay } = await relayOnClock();
    const ada = await relay.agent({ name: 'Ada Agent' });
    const nora = await waitingCustomer(relay);
    await clock.advance(1_000);
    const otto = await waitingCustomer(relay);
    expect([nora.ack.escalation, otto.ack.escalation]).toMatchObject([{ status: 'queued', position: 1 }, { status: 'queued', position: 2 }]);

    ada.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(0);
    const leftAt = clock.now();
    await clock.advance(GRACE - 1);
    expect([await statusOf(relay, nora.escalationId), await statusOf(relay, otto.escalationId)]).toEqual(['queued', 'queued']);
    expect([...nora.offline(), ...otto.offline()]).toEqual([]);

    await clock.advance(1);
    await expect.poll(() => [nora.offline().length, otto.offline().length]).toEqual([1, 1]);
    expect(customerEvents['handoff:status'].parse(nora.offline()[0])).toMatchObject({
      escalationId: nora.escalationId,
      status: 'offline',
      offlineReason: 'no_agent_online',
      position: null,
      estimatedWaitMs: null,
      seq: expect.any(Number),
    });
    expect(await relay.store.getEscalation(nora.escalationId)).toMatchObject({ status: 'offline', sla: null, followUp: false, assignee: null });
    const audit = await relay.store.auditPage({ from: 0, to: clock.now() + 1, afterSeq: 0, limit: 100, actions: ['offline'] });
    expect(audit.map((a) => [a.escalationId, a.actorType, a.actorName, a.at, (a.detail as { reason: string }).reason])).toEqual([
      [nora.escalationId, 'system', 'relay', leftAt + GRACE, 'no_agent_online'],
      [otto.escalationId, 'system', 'relay', leftAt + GRACE, 'no_agent_online'],
    ]);

    // An agent signing in later finds nobody waiting live: those customers are offered other routes now.
    const ben = await relay.agent({ name: 'Ben Later' });
    expect((await relay.snapshotOf(ben)).escalations).toEqual([]);
    expect(await ben.emitWithAck('escalation:history', { escalationId: nora.escalationId })).toMatchObject({ ok: true, escalation: { status: 'offline' } });
    expect(await ben.emitWithAck('escalation:claim', { escalationId: nora.escalationId })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });

    // Nora leaves a message: the offline handoff becomes a follow-up in the queue, and the desk sees it arrive.
    const arrived = nextEvent<{ escalation: { id: string; status: string; followUp: boolean } }>(ben, 'escalation:created');
    const left = await nora.socket.emitWithAck('offline:message', { id: uid('off'), conversationId: nora.conversationId, escalationId: nora.escalationId, text: 'Call me back, please.' });
    expect(left).toMatchObject({ ok: true, escalationId: nora.escalationId });
    expect((await arrived).escalation).toMatchObject({ id: nora.escalationId, status: 'queued', followUp: true });
    expect(await relay.store.getEscalation(nora.escalationId)).toMatchObject({ status: 'queued', followUp: true });

    // Otto presses "Talk to a person" again now that Ben is here: a new handoff queues, the offline one stays behind.
    const again = await requestTakeover(otto.socket, { conversationId: otto.conversationId });
    expect(again.ack.escalation).toMatchObject({ id: again.escalationId, status: 'queued', offlineReason: null });
    expect(await statusOf(relay, otto.escalationId)).toBe('offline');

    // With Ben online nobody else is moved.
    await clock.advance(2 * GRACE);
    expect(await statusOf(relay, again.escalationId)).toBe('queued');
  });

  it('an agent back within the grace keeps customers in line with their places; the grace starts again at the next departure', async () => {
    const { clock, relay } = await relayOnClock();
    const ada = await relay.agent({ name: 'Ada Agent' });
    const nora = await waitingCustomer(relay);
    await clock.advance(1_000);
    const otto = await waitingCustomer(relay);

    // Ada reloads the desk a little late.
    ada.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(0);
    await clock.advance(GRACE - 1_000);
    const adaAgain = await relay.agent({ name: 'Ada Agent' });
    await expect.poll(() => agentsOnline(relay)).toBe(1);
    await clock.advance(2 * GRACE);
    expect([await statusOf(relay, nora.escalationId), await statusOf(relay, otto.escalationId)]).toEqual(['queued', 'queued']);
    expect([...nora.offline(), ...otto.offline()]).toEqual([]);
    await expect.poll(() => [nora.statuses.at(-1), otto.statuses.at(-1)]).toMatchObject([
      { status: 'queued', position: 1, estimatedWaitMs: 0 },
      { status: 'queued', position: 2 },
    ]);

    // The grace counts from this departure, not the first.
    adaAgain.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(0);
    await clock.advance(GRACE - 1);
    expect([...nora.offline(), ...otto.offline()]).toEqual([]);
    await clock.advance(1);
    await expect.poll(() => [nora.offline().length, otto.offline().length]).toEqual([1, 1]);
  });

  it('an agent of another team staying online does not keep a customer of a team with nobody online in line', async () => {
    const { clock, relay } = await relayOnClock(teamsConfig());
    const bill = await relay.agent({ name: 'Bill Billing', teams: ['billing'] });
    await relay.agent({ name: 'Gus General' });
    const billing = await waitingCustomer(relay, { team: 'billing' });
    const general = await waitingCustomer(relay);
    expect([billing.ack.escalation.status, general.ack.escalation.status]).toEqual(['queued', 'queued']);

    bill.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(1);
    await clock.advance(GRACE);
    await expect.poll(() => billing.offline()).toMatchObject([{ escalationId: billing.escalationId, offlineReason: 'no_agent_online' }]);
    expect(await statusOf(relay, billing.escalationId)).toBe('offline');
    // Gus can take the general customer: they keep their place.
    expect(await statusOf(relay, general.escalationId)).toBe('queued');
    expect(general.offline()).toEqual([]);
  });

  it('a handoff transferred to a team with nobody online gets the same grace, then goes offline', async () => {
    const { clock, relay } = await relayOnClock();
    const gus = await relay.agent({ name: 'Gus General' });
    const nora = await waitingCustomer(relay);
    await gus.emitWithAck('escalation:claim', { escalationId: nora.escalationId });
    const moved = await gus.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: nora.escalationId, action: 'transferred', transferTo: { team: 'legal' } });
    expect(moved).toMatchObject({ ok: true, escalation: { status: 'queued', route: { to: 'team', team: 'legal' } } });
    await clock.advance(GRACE - 1);
    expect(await statusOf(relay, nora.escalationId)).toBe('queued');
    await clock.advance(1);
    await expect.poll(() => nora.offline()).toMatchObject([{ escalationId: nora.escalationId, offlineReason: 'no_agent_online' }]);
  });

  it('a claim racing the sweep ends one way or the other, never both', async () => {
    const { clock, relay } = await relayOnClock();
    const ada = await relay.agent({ name: 'Ada Agent' });
    const customers = [];
    for (let i = 0; i < 20; i++) customers.push(await waitingCustomer(relay));

    ada.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(0);
    await clock.advance(GRACE);
    // The sweep has begun; Ben signs in and claims every one of them while it runs.
    const ben = await relay.agent({ name: 'Ben Racer', id: 'ben' });
    const claims = await Promise.all(customers.map((c) => ben.emitWithAck('escalation:claim', { escalationId: c.escalationId })));
    await relay.relay.idle();

    const audit = await relay.store.auditPage({ from: 0, to: clock.now() + 1, afterSeq: 0, limit: 1_000, actions: ['offline', 'claim'] });
    let offline = 0;
    for (const [i, customer] of customers.entries()) {
      const stored = await relay.store.getEscalation(customer.escalationId);
      const actions = audit.filter((a) => a.escalationId === customer.escalationId).map((a) => a.action);
      await expect.poll(() => customer.statuses.some((s) => s.status === 'offline' || s.status === 'assigned')).toBe(true);
      const told = customer.statuses.filter((s) => s.seq !== undefined && s.status !== 'queued').map((s) => s.status);
      if (claims[i]!.ok) {
        expect(stored).toMatchObject({ status: 'assigned', assignee: { id: 'ben' } });
        expect(actions).toEqual(['claim']);
        expect(told).toEqual(['assigned']);
      } else {
        offline += 1;
        expect(claims[i]).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
        expect(stored).toMatchObject({ status: 'offline', assignee: null });
        expect(actions).toEqual(['offline']);
        expect(told).toEqual(['offline']);
      }
    }
    // The sweep started before Ben could connect: at least the first customer went offline.
    expect(offline).toBeGreaterThan(0);
  });

  it('after a restart with customers waiting and nobody online, the same grace applies before anyone is moved', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbFile = join(dir.dir, 'relay.sqlite');
    const clock = new ManualClock();
    const first = await startRelay({ config: teamsConfig(), deps: { clock, timers: clock }, dbFile });
    await first.agent({ name: 'Bill Billing', teams: ['billing'] });
    const billing = await waitingCustomer(first, { team: 'billing', visitorId: 'restart-billing' });
    const general = await waitingCustomer(first, { visitorId: 'restart-general' });
    await first.stop(false);
    expect(clock.timerCount).toBe(0);

    const second = await startRelay({ config: teamsConfig(), deps: { clock, timers: clock }, dbFile });
    relays.push(second);
    // Agents reconnect after a restart: nobody is moved at boot.
    await clock.advance(GRACE - 1_000);
    expect([await statusOf(second, billing.escalationId), await statusOf(second, general.escalationId)]).toEqual(['queued', 'queued']);
    // Only a generalist comes back in time.
    await second.agent({ name: 'Gus General' });
    await clock.advance(1_000);
    await expect.poll(() => statusOf(second, billing.escalationId)).toBe('offline');
    await clock.advance(2 * GRACE);
    expect(await statusOf(second, general.escalationId)).toBe('queued');

    // The billing customer reconnects and catches up on what they missed, by sequence number.
    const back = await second.customer({ visitorId: 'restart-billing' });
    const replayed = collect<Status>(back, 'handoff:status');
    const lastSeen = Math.max(...billing.statuses.flatMap((s) => (s.seq === undefined ? [] : [s.seq])));
    expect(await back.emitWithAck('conversation:open', { id: billing.conversationId, since: lastSeen })).toMatchObject({ ok: true, conversation: { status: 'offline' } });
    expect(replayed).toMatchObject([{ escalationId: billing.escalationId, status: 'offline', offlineReason: 'no_agent_online', seq: expect.any(Number) }]);
  });

  it('stopping the relay during the grace leaves no timer behind', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ deps: { clock, timers: clock } });
    const ada = await relay.agent({ name: 'Ada Agent' });
    await waitingCustomer(relay);
    ada.disconnect();
    await expect.poll(() => agentsOnline(relay)).toBe(0);
    // The customer's SLA deadline and the pending move offline (Ada's token-expiry timer went with her socket).
    await expect.poll(() => clock.timerCount).toBe(2);
    await clock.advance(GRACE / 2);
    await relay.stop();
    expect(clock.timerCount).toBe(0);
  });
});
