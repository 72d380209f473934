// <baton-handoff> against a real relay (real socket.io server, real SQLite) with a real agent socket:
// a request the relay refuses, and a page reloaded in the middle of a handoff.
import { expect } from 'chai';
import type { Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket, nextCard } from '../testing/agent-socket.js';
import { createHandoff, type Handoff } from '../sdk/index.js';
import './baton-handoff.js';
import type { BatonHandoff } from './handoff.component.js';
import type { BatonErrorEvent, BatonStatusEvent } from '../events.js';
import { mount, part, shadow, textOf, unmountAll, until } from '../testing/fixture.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

const STORAGE_KEY = 'baton.handoff.handoff-relay-test';

function contactRoutes(element: HTMLElement): HTMLAnchorElement {
  const link = document.createElement('a');
  link.slot = 'contact-routes';
  link.href = 'mailto:help@example.com';
  link.textContent = 'Email us';
  element.append(link);
  return link;
}

describe('<baton-handoff> with a real relay', () => {
  let relay: TestRelay;
  let agent: Socket | undefined;
  const handoffs: Handoff[] = [];

  beforeEach(async () => {
    sessionStorage.clear();
    relay = await startRelay();
  });

  afterEach(async () => {
    unmountAll();
    for (const handoff of handoffs.splice(0)) handoff.dispose();
    agent?.disconnect();
    agent = undefined;
    sessionStorage.clear();
    await relay.stop();
  });

  it('says honestly that a request the relay refused did not go through, with the other routes and the way back', async () => {
    agent = await agentSocket(relay);
    // A host whose id maker slips once: the relay answers the handoff request with invalid_payload.
    let ids = 0;
    const createId = () => (++ids === 3 ? 'not an id!' : `t-${crypto.randomUUID()}`);
    const handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storageKey: STORAGE_KEY, createId });
    handoffs.push(handoff);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    const routes = contactRoutes(element);
    await until(() => handoff.getView().connection === 'online', 'online');
    const errors: string[] = [];
    const onError = (event: BatonErrorEvent) => errors.push(event.code);
    element.addEventListener('baton-error', onError);

    part<HTMLButtonElement>(element, 'human-button')!.click();
    await until(() => textOf(part(element, 'status')).includes('We couldn’t pass your request to our team.'), 'the refusal said');
    const status = textOf(part(element, 'status'));
    expect(status, 'the relay is there: not "can’t reach"').not.to.contain('can’t reach');
    expect(status, 'nothing goes out again by itself').not.to.contain('as soon as we’re connected again');
    // The error event comes a task after the view that says so.
    await until(() => errors.includes('invalid_payload'), 'the relay’s code reported');
    expect(handoff.getView()).to.deep.include({ phase: 'offline', humanRequestPending: false });
    expect(handoff.getView().offline?.reason).to.equal('refused');
    expect(routes.checkVisibility(), 'the host’s contact routes').to.equal(true);
    expect(part(element, 'leave-form')).to.exist;
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.contain('We couldn’t pass your request to our team.');

    // Back to the assistant, and "Talk to a person" asks afresh: this time the request goes through.
    part<HTMLButtonElement>(element, 'restart-button')!.click();
    await until(() => handoff.getView().phase === 'bot', 'back with the bot');
    const card = nextCard(agent);
    part<HTMLButtonElement>(element, 'human-button')!.click();
    await card;
    await until(() => textOf(part(element, 'status')).includes('You’re next in line.'), 'in line');
    element.removeEventListener('baton-error', onError);
  });

  it('says a refused connection (unknown site key) did not go through, with the other routes and the way back, and no form that could never be sent', async () => {
    const element = await mount<BatonHandoff>('baton-handoff', {}, { relay: relay.url, 'site-key': 'no-such-site' });
    const routes = contactRoutes(element);
    const errors: BatonErrorEvent[] = [];
    const onError = (event: BatonErrorEvent) => errors.push(event);
    element.addEventListener('baton-error', onError);
    await until(() => errors.length > 0, 'the refusal reported to the host');
    expect(errors.map(({ code, message }) => ({ code, message }))).to.deep.equal([
      { code: 'unknown_site', message: 'the relay refused the connection: no site with key "no-such-site"' },
    ]);

    part<HTMLButtonElement>(element, 'human-button')!.click();
    await until(() => textOf(part(element, 'status')).includes('We couldn’t pass your request to our team.'), 'the refusal said');
    const status = textOf(part(element, 'status'));
    expect(status, 'the relay answered: not "can’t reach"').not.to.contain('can’t reach');
    expect(status, 'nothing goes out later').not.to.contain('as soon as we’re connected again');
    expect(status, 'no message can reach the relay').not.to.contain('Leave a message');
    expect(part(element, 'leave-form')).to.equal(null);
    expect(routes.checkVisibility(), 'the host’s contact routes').to.equal(true);
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.equal('We couldn’t pass your request to our team.');

    // Pressed again: still said plainly, nothing promised for later.
    part<HTMLButtonElement>(element, 'human-button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal(status);

    const back = part<HTMLButtonElement>(element, 'restart-button')!;
    expect(textOf(back)).to.equal('Back to the assistant');
    back.click();
    await until(() => textOf(part(element, 'status')) === 'You’re back with the assistant.', 'back with the assistant');
    expect(errors, 'one refusal, no retries').to.have.length(1);
    element.removeEventListener('baton-error', onError);
  });

  it('tells the host where the handoff stands after a reload, with a resumed baton-status', async () => {
    agent = await agentSocket(relay);
    const attributes = { relay: relay.url, 'site-key': relay.siteKey };
    const first = await mount<BatonHandoff>('baton-handoff', {}, attributes);
    const card = nextCard(agent);
    await until(() => part(first, 'human-button') !== null, 'rendered');
    first.requestHuman();
    const escalationId = await card;
    await agent.emitWithAck('escalation:claim', { escalationId });
    await until(() => textOf(part(first, 'status')).includes('Ada Agent has joined the conversation.'), 'connected');

    // A reload: the element goes with the page; the host's listener is in place before the new one is.
    first.remove();
    const statuses: BatonStatusEvent[] = [];
    const record = (event: BatonStatusEvent) => statuses.push(event);
    document.addEventListener('baton-status', record);
    try {
      await mount<BatonHandoff>('baton-handoff', {}, attributes);
      await until(() => statuses.length > 0, 'a baton-status after the reload');
      expect(statuses.map(({ phase, previous, resumed }) => ({ phase, previous, resumed }))[0]).to.deep.equal({ phase: 'connected', previous: 'connected', resumed: true });
    } finally {
      document.removeEventListener('baton-status', record);
    }
  });
});
