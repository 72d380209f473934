// The headless SDK in Chromium against a real relay (real socket.io server, real SQLite file):
// reload resume through the browser's own sessionStorage, and reconnect across a relay restart.
import { expect } from 'chai';
import type { Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket, nextCard } from '../testing/agent-socket.js';
import { createHandoff, type Handoff, type HandoffOptions, type HandoffView } from './index.js';
import { HANDOFF_GRACE_MS } from './handoff.js';
import { untilView } from '../testing/until-view.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

const STORAGE_KEY = 'baton.handoff.sdk-test';

const until = (handoff: Handoff, predicate: (view: HandoffView) => boolean, what: string) => untilView(handoff, predicate, what, 10_000);

describe('createHandoff in the browser, with a real relay', () => {
  let relay: TestRelay;
  const agents: Socket[] = [];
  const handoffs: Handoff[] = [];

  function open(overrides: Partial<HandoffOptions> = {}): Handoff {
    // Default storage: the page's real sessionStorage.
    const handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storageKey: STORAGE_KEY, socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 300 }, ...overrides });
    handoffs.push(handoff);
    return handoff;
  }

  async function connected(handoff: Handoff, agent: Socket): Promise<string> {
    const card = nextCard(agent);
    handoff.requestHuman();
    const escalationId = await card;
    await agent.emitWithAck('escalation:claim', { escalationId });
    await agent.emitWithAck('agent:message', { id: `m-${crypto.randomUUID()}`, escalationId, text: 'Hi, Ada here.' });
    await until(handoff, (v) => v.phase === 'connected' && v.lines.length === 1, 'connected');
    return escalationId;
  }

  beforeEach(async () => {
    sessionStorage.removeItem(STORAGE_KEY);
    relay = await startRelay();
  });
  afterEach(async () => {
    for (const handoff of handoffs.splice(0)) handoff.dispose();
    for (const agent of agents.splice(0)) agent.disconnect();
    sessionStorage.removeItem(STORAGE_KEY);
    await relay.stop();
  });

  it('resumes after a reload from sessionStorage: same conversation, same agent, lines intact, no new escalation', async () => {
    const agent = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    agents.push(agent);
    const cards: unknown[] = [];
    agent.on('escalation:created', (card) => cards.push(card));
    const before = open();
    const escalationId = await connected(before, agent);
    before.send('Where is my parcel?');
    await until(before, (v) => v.lines.at(-1)?.delivery === 'sent', 'the line delivered');
    before.dispose();
    expect(sessionStorage.getItem(STORAGE_KEY)).to.be.a('string');

    const after = open();
    expect(after.conversationId).to.equal(before.conversationId);
    const restored = after.getView();
    expect(restored.phase).to.equal('connected');
    expect(restored.agent).to.deep.equal({ name: 'Ada Agent' });
    expect(restored.lines.map((l) => l.text)).to.deep.equal(['Hi, Ada here.', 'Where is my parcel?']);

    await until(after, (v) => v.connection === 'online', 'online');
    await agent.emitWithAck('agent:message', { id: `m-${crypto.randomUUID()}`, escalationId, text: 'It ships today.' });
    const latest = await until(after, (v) => v.lines.length === 3, 'the agent’s next line');
    expect(latest.lines.map((l) => l.text)).to.deep.equal(['Hi, Ada here.', 'Where is my parcel?', 'It ships today.']);
    expect(cards).to.have.length(1);
  });

  it('reconnects after the relay is killed and revived, and catches up without losing or doubling a line', async () => {
    const agent = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    agents.push(agent);
    const handoff = open();
    const escalationId = await connected(handoff, agent);

    await relay.kill();
    await until(handoff, (v) => v.phase === 'reconnecting' && v.connection === 'reconnecting', 'reconnecting');
    handoff.send('Are you still there?');
    expect(handoff.getView().lines.at(-1)).to.include({ text: 'Are you still there?', delivery: 'sending' });

    await relay.revive();
    const back = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    agents.push(back);
    await back.emitWithAck('agent:message', { id: `m-${crypto.randomUUID()}`, escalationId, text: 'Yes, sorry about that.' });

    const caughtUp = await until(
      handoff,
      (v) => v.phase === 'connected' && v.lines.length === 3 && v.lines.every((l) => l.delivery !== 'sending'),
      'caught up',
    );
    expect(caughtUp.lines.map((l) => [l.role, l.text])).to.deep.equal([
      ['agent', 'Hi, Ada here.'],
      ['customer', 'Are you still there?'],
      ['agent', 'Yes, sorry about that.'],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handoff.getView().lines).to.have.length(3);
    // The relay's record of the conversation has the customer's line exactly once.
    const history = (await back.emitWithAck('escalation:history', { escalationId })) as { ok: boolean; events: Array<{ type: string; text?: string }> };
    expect(history.events.filter((e) => e.type === 'message' && e.text === 'Are you still there?')).to.have.length(1);
  });

  it('offers the way back to the bot when the relay stays away, and the relay hears of the cancel once back', async () => {
    const agent = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    agents.push(agent);
    const handoff = open();
    const card = nextCard(agent);
    handoff.requestHuman();
    const escalationId = await card;
    await until(handoff, (v) => v.phase === 'queued', 'queued');

    // Timed from before the kill: the SDK may notice the drop before kill() returns here, and its
    // grace period cannot start before the relay went away.
    // The view at the moment of the drop, caught as it happens: on a loaded machine kill() itself can
    // take most of the grace to return, and the view read after it would no longer be "brief".
    const lost = performance.now();
    const dropped = until(handoff, (v) => v.phase === 'reconnecting', 'reconnecting');
    await relay.kill();
    expect((await dropped).stalled, 'a brief drop is not stalled').to.equal(false);
    const stalled = await untilView(handoff, (v) => v.stalled, 'stalled', HANDOFF_GRACE_MS + 5_000);
    expect(performance.now() - lost).to.be.at.least(HANDOFF_GRACE_MS - 100);
    expect(stalled.phase).to.equal('reconnecting');

    // Pressing "Talk to a person" again meanwhile asks for nothing new: the place in line resumes by itself.
    handoff.requestHuman();
    expect(handoff.getView().humanRequestPending).to.equal(false);
    const resumed = new Promise((resolve) => handoff.on('bot.resume', resolve));
    handoff.cancel();
    await resumed;
    expect(handoff.getView()).to.include({ phase: 'bot', stalled: false, humanRequestPending: false });

    await relay.revive();
    const back = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    agents.push(back);
    const deadline = performance.now() + 10_000;
    for (;;) {
      const history = (await back.emitWithAck('escalation:history', { escalationId })) as { ok: boolean; escalation?: { status: string } };
      if (history.escalation?.status === 'cancelled') break;
      if (performance.now() > deadline) throw new Error(`the relay never heard of the cancel: ${JSON.stringify(history)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(handoff.getView().phase, 'nobody is asked for after the cancel').to.equal('bot');
  });
});
