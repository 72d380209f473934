// On an English page only English is built into the core: a message in another language loads that
// language's pack (a chunk of its own) before the machine reads it. Real relay, real Chromium.
import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import { registeredLanguages } from '@baton/core';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { untilView } from '../testing/until-view.js';
import { createHandoff, WIRE_PROTOCOL_VERSION, type Handoff, type HandoffView } from './index.js';
import { pageLanguages } from './language-packs.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const before: (body: Body) => void;
declare const after: (body: Body) => void;
declare const afterEach: (body: Body) => void;

interface Card {
  escalation: { conversationId: string; trigger: string; severity: string };
}

const until = (handoff: Handoff, predicate: (view: HandoffView) => boolean, what: string) => untilView(handoff, predicate, what, 10_000);

describe('language packs on an English page', () => {
  let relay: TestRelay;
  let agent: Socket;
  const cards: Card[] = [];
  const handoffs: Handoff[] = [];

  function open(): Handoff {
    const handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storage: null });
    handoffs.push(handoff);
    return handoff;
  }

  /** The escalation the relay created for a conversation, as the desk receives it. */
  async function cardOf(handoff: Handoff): Promise<Card['escalation']> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const card = cards.find((c) => c.escalation.conversationId === handoff.conversationId);
      if (card) return card.escalation;
      if (Date.now() > deadline) throw new Error(`no escalation reached the desk for ${handoff.conversationId}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  before(async () => {
    document.documentElement.lang = 'en';
    relay = await startRelay();
    const token = await relay.token({ name: 'Ada Agent', agentId: 'ada' });
    agent = io(`${relay.url}/agent`, { forceNew: true, transports: ['websocket'], auth: { protocolVersion: WIRE_PROTOCOL_VERSION, token } });
    agent.on('escalation:created', (card: Card) => cards.push(card));
    await new Promise<void>((resolve, reject) => {
      agent.once('connect', () => resolve());
      agent.once('connect_error', reject);
    });
  });
  afterEach(() => {
    for (const handoff of handoffs.splice(0)) handoff.dispose();
  });
  after(async () => {
    agent.disconnect();
    await relay.stop();
  });

  it('starts with English alone: the page asks for no other pack', () => {
    expect(pageLanguages().filter((language) => language !== 'en')).to.deep.equal([]);
    expect(registeredLanguages()).to.deep.equal(['en']);
  });

  it('passes a message to a person at once: only the bot’s side waits for a pack', async () => {
    const handoff = open();
    await until(handoff, (v) => v.connection === 'online', 'online');
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'queued', 'queued');
    expect(registeredLanguages()).not.to.include('it');
    handoff.observe({ role: 'customer', text: 'Buongiorno, il mio ordine è arrivato rotto' });
    expect(handoff.getView().lines.map((line) => line.text)).to.include('Buongiorno, il mio ordine è arrivato rotto');
    expect(registeredLanguages()).not.to.include('it');
  });

  it('settles observe() with `bot` once a message that hands over nothing has waited for its pack', async () => {
    const handoff = open();
    await until(handoff, (v) => v.connection === 'online', 'online');
    expect(registeredLanguages()).not.to.include('pt');
    const phase = await handoff.observe({ role: 'customer', text: 'Não consigo entrar na minha conta' });
    expect(phase).to.equal('bot');
    expect(registeredLanguages()).to.include('pt');
    expect(await handoff.observe({ role: 'bot', text: 'Pode repor a palavra-passe na página de início de sessão.', confidence: 0.9 })).to.equal('bot');
  });

  it('settles what is still waiting for a pack when the handoff is disposed', async () => {
    const handoff = open();
    expect(registeredLanguages()).not.to.include('it');
    const read = handoff.observe({ role: 'customer', text: 'Non ho ancora ricevuto niente' });
    handoff.dispose();
    expect(await read).to.equal('bot');
    expect(await handoff.observe({ role: 'customer', text: 'still there?' })).to.equal('bot');
  });

  it('loads Spanish for "quiero hablar con una persona" and hands over to a person', async () => {
    const handoff = open();
    await until(handoff, (v) => v.connection === 'online', 'online');
    const read = handoff.observe({ role: 'customer', text: 'Hola, quiero hablar con una persona, por favor' });
    // Read once the pack is in: the message waits for it rather than being read as English.
    expect(handoff.getView().phase).to.equal('bot');
    // observe() settles once the policy has read it: a host asking its bot then would not ask it now.
    expect(await read).not.to.equal('bot');
    expect(registeredLanguages()).to.include('es');
    const queued = await until(handoff, (v) => v.phase === 'queued', 'queued');
    expect(queued.decision).to.include({ trigger: 'explicit_request', kind: 'takeover' });
    expect(registeredLanguages()).to.include('es');
    expect(await cardOf(handoff)).to.include({ trigger: 'explicit_request', severity: 'medium' });
  });

  it('loads French for a self-harm message and escalates it as critical', async () => {
    const handoff = open();
    await until(handoff, (v) => v.connection === 'online', 'online');
    handoff.observe({ role: 'customer', text: "je n'en peux plus, j'ai envie de mourir" });
    const queued = await until(handoff, (v) => v.phase === 'queued', 'queued');
    expect(queued.decision?.severity).to.equal('critical');
    expect(registeredLanguages()).to.include('fr');
    expect(await cardOf(handoff)).to.include({ severity: 'critical' });
  });

  it('keeps the host’s order: a bot reply observed while the German pack loads is read after the customer’s message', async () => {
    const handoff = open();
    await until(handoff, (v) => v.connection === 'online', 'online');
    expect(registeredLanguages()).not.to.include('de');
    handoff.observe({ role: 'customer', text: 'Ich möchte mit einem Menschen sprechen' });
    // Alone, this reply would hand over for low confidence; read second, the customer's request wins.
    handoff.observe({ role: 'bot', text: 'Das habe ich leider nicht verstanden.', confidence: 0.1 });
    const queued = await until(handoff, (v) => v.phase === 'queued', 'queued');
    expect(queued.decision).to.include({ trigger: 'explicit_request' });
  });

  it('reads English at once, with no pack to wait for', () => {
    const handoff = open();
    handoff.observe({ role: 'customer', text: 'I want to talk to a real person' });
    expect(handoff.getView().decision).to.include({ trigger: 'explicit_request' });
  });
});
