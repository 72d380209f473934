// <baton-handoff> against a real relay (real socket.io server, real SQLite) with a real agent socket:
// a request the relay refuses, and a page reloaded in the middle of a handoff.
import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { createHandoff, WIRE_PROTOCOL_VERSION, type Handoff } from '../sdk/index.js';
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

async function agentSocket(relay: TestRelay): Promise<Socket> {
  const token = await relay.token({ name: 'Ada Agent' });
  const socket = io(`${relay.url}/agent`, { forceNew: true, transports: ['websocket'], auth: { protocolVersion: WIRE_PROTOCOL_VERSION, token } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

const nextCard = (agent: Socket) => new Promise<string>((resolve) => agent.once('escalation:created', (card: { escalation: { id: string } }) => resolve(card.escalation.id)));

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
    expect(errors).to.include('invalid_payload');
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
