import { afterEach, describe, expect, it } from 'vitest';
import { agentEvents, type AgentEventPayload } from '@baton/protocol';
import { ManualClock } from '../src/index.js';
import { collect, connected, startRelay, type AgentClient, type TestRelay } from './harness.js';

type PresenceUpdate = AgentEventPayload<'presence:updated'>;

describe('agents online (presence:updated)', () => {
  const relays: TestRelay[] = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
  });

  /** An agent socket that records every presence update from its first moment on. */
  async function watchingAgent(relay: TestRelay, name: string): Promise<{ socket: AgentClient; counts: number[]; updates: PresenceUpdate[] }> {
    const socket = await relay.agent({ name, connect: false });
    const updates = collect<PresenceUpdate>(socket, 'presence:updated');
    await connected(socket);
    return { socket, updates, get counts() { return updates.map((u) => u.agentsOnline); } };
  }

  it('tells agents already online when another agent signs in or out, but not about a second tab', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const ada = await watchingAgent(relay, 'Ada Presence');
    expect((await relay.snapshotOf(ada.socket)).agentsOnline).toBe(1);
    await expect.poll(() => ada.counts).toEqual([1]);

    const bob = await relay.agent({ name: 'Bob Presence' });
    await expect.poll(() => ada.counts).toEqual([1, 2]);
    expect((await relay.snapshotOf(bob)).agentsOnline).toBe(2);

    // Bob opens a second tab: still two agents, so nobody hears anything.
    const bobAgain = await relay.agent({ name: 'Bob Presence' });
    expect((await relay.snapshotOf(bobAgain)).agentsOnline).toBe(2);

    // Closing one of Bob's tabs leaves him online; closing the last one takes him off.
    bob.disconnect();
    bobAgain.disconnect();
    await expect.poll(() => ada.counts).toEqual([1, 2, 1]);
    expect(agentEvents['presence:updated'].parse(ada.updates.at(-1))).toEqual({ at: expect.any(String), agentsOnline: 1 });
    const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { agentsOnline: number };
    expect(health.agentsOnline).toBe(1);
  });

  it('coalesces a burst of arrivals and departures into one update with the latest count', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ queueRefreshMs: 250, deps: { clock, timers: clock } });
    relays.push(relay);
    const ada = await watchingAgent(relay, 'Ada Burst');
    await clock.advance(250);
    await expect.poll(() => ada.counts).toEqual([1]);

    // As after a relay restart: several desks connect within one refresh window.
    const others = await Promise.all(['Bo', 'Cy', 'Di'].map((name) => relay.agent({ name: `${name} Burst` })));
    expect(ada.counts).toEqual([1]);
    await clock.advance(250);
    await expect.poll(() => ada.counts).toEqual([1, 4]);

    // Two leave and one arrives within a window: one update, with the count at sending time.
    others[0]!.disconnect();
    others[1]!.disconnect();
    await relay.agent({ name: 'Ed Burst' });
    await expect.poll(async () => (await (await fetch(`${relay.url}/healthz`)).json() as { agentsOnline: number }).agentsOnline).toBe(3);
    await clock.advance(250);
    await expect.poll(() => ada.counts).toEqual([1, 4, 3]);
    expect(ada.updates.at(-1)!.at).toBe(new Date(clock.now()).toISOString());
  });
});
