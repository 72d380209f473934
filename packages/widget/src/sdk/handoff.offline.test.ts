// QA's repro in Chromium against a real relay: the relay lost after the page connected, then
// "Talk to a person". The customer must reach leave-a-message, never a false "in line".
import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { createHandoff, type Handoff, type HandoffView } from './index.js';
import { HANDOFF_GRACE_MS } from './handoff.js';
import { untilView } from '../testing/until-view.js';

type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

const STORAGE_KEY = 'baton.handoff.sdk-offline-test';

describe('createHandoff in the browser: the relay lost after connecting', () => {
  let relay: TestRelay;
  const handoffs: Handoff[] = [];

  beforeEach(async () => {
    sessionStorage.removeItem(STORAGE_KEY);
    relay = await startRelay();
  });
  afterEach(async () => {
    for (const handoff of handoffs.splice(0)) handoff.dispose();
    sessionStorage.removeItem(STORAGE_KEY);
    await relay.stop();
  });

  it('"talk to a person" goes offline ("unreachable") with leave-a-message within the grace, and both go out once the relay is back', async () => {
    const handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storageKey: STORAGE_KEY, socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 300 } });
    handoffs.push(handoff);
    await untilView(handoff, (v) => v.connection === 'online', 'online');
    await handoff.observe({ role: 'customer', text: 'my parcel never arrived' });
    const views: HandoffView[] = [];
    handoff.subscribe((view) => views.push(view));

    await relay.kill();
    await untilView(handoff, (v) => v.connection === 'reconnecting', 'the link lost');
    const pressed = performance.now();
    handoff.requestHuman();
    const offline = await untilView(handoff, (v) => v.phase === 'offline', 'offline', HANDOFF_GRACE_MS + 3_000);
    expect(performance.now() - pressed).to.be.below(HANDOFF_GRACE_MS + 2_000);
    expect(offline.offline).to.deep.equal({ reason: 'unreachable', leftMessages: 0 });
    expect(offline.humanRequestPending).to.equal(true);
    expect(views.map((v) => v.phase)).not.to.include('queued');

    const left = handoff.leaveMessage('Please call me back.');
    await relay.revive();
    await left;
    const queued = await untilView(handoff, (v) => v.phase === 'queued' && v.connection === 'online', 'queued once the relay is back', 10_000);
    expect(queued.humanRequestPending).to.equal(false);
    expect(queued.offline).to.equal(null);
  });

  it('back to the assistant while offline drops the waiting request: nobody is asked for once the relay is back', async () => {
    const handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storageKey: STORAGE_KEY, socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 300 } });
    handoffs.push(handoff);
    await untilView(handoff, (v) => v.connection === 'online', 'online');
    await relay.kill();
    await untilView(handoff, (v) => v.connection === 'reconnecting', 'the link lost');
    handoff.requestHuman();
    await untilView(handoff, (v) => v.phase === 'offline' && v.humanRequestPending, 'offline, the request waiting', HANDOFF_GRACE_MS + 3_000);
    handoff.restart();
    expect(handoff.getView()).to.include({ phase: 'bot', humanRequestPending: false });
    await relay.revive();
    await untilView(handoff, (v) => v.connection === 'online', 'online again', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(handoff.getView().phase).to.equal('bot');
  });
});
