// <baton-chat> against a real relay (real socket.io server, real SQLite) with a real agent socket:
// the element creates its own handoff from `relay` + `site-key`, exactly as a host page uses it.
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket } from '../testing/agent-socket.js';
import { registeredLanguages } from '@baton/core';
import './baton-chat.js';
import type { BatonChat, BotAdapter } from './chat.component.js';
import type { BatonConnectionEvent, BatonErrorEvent } from '../events.js';
import { mount, part, parts, shadow, tabTo, textOf, unmountAll, until } from '../testing/fixture.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = (this: { timeout(ms: number): void }) => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

interface Card {
  escalation: { id: string; conversationId: string; transfer: string; transcript: Array<{ text: string }> };
}

const echoBot: BotAdapter = async (text) => ({ text: `Echo: ${text}`, confidence: 0.95, intent: 'echo' });

const said = (element: BatonChat, role: string) => parts(element, `message-${role}`).map((line) => textOf(line.querySelector('[part="text"]')));

describe('<baton-chat> with a real relay', () => {
  let relay: TestRelay;
  let agent: Socket | undefined;
  const connections: string[] = [];
  const onConnection = (event: BatonConnectionEvent) => connections.push(event.connection);

  beforeEach(async () => {
    sessionStorage.clear();
    connections.length = 0;
    document.addEventListener('baton-connection', onConnection);
    relay = await startRelay();
  });

  afterEach(async () => {
    document.removeEventListener('baton-connection', onConnection);
    unmountAll();
    agent?.disconnect();
    agent = undefined;
    sessionStorage.clear();
    await relay.stop();
  });

  it('hands the conversation to an agent, carries messages both ways, and returns to the bot', async () => {
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const atDesk: string[] = [];
    agent.on('customer:message', (message: { text: string }) => atDesk.push(message.text));

    let botAnswers = 0;
    const element = await mount<BatonChat>(
      'baton-chat',
      {
        bot: async (text, history) => {
          botAnswers++;
          return echoBot(text, history);
        },
      },
      { relay: relay.url, 'site-key': relay.siteKey },
    );
    await until(() => connections.includes('online'), 'the handoff online');

    // Keyboard only: launcher, a question for the bot, then "Talk to a person".
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).activeElement === part(element, 'composer-input'), 'focus in the composer');
    await sendKeys({ type: 'my parcel never arrived' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(element, 'bot').length === 1, 'the bot reply');
    await sendKeys({ press: 'Shift+Tab' });
    expect(shadow(element).activeElement).to.equal(part(element, 'human-button'));
    await sendKeys({ press: 'Enter' });

    await until(() => textOf(part(element, 'status')).includes('You’re next in line.'), 'queued at position 1');
    expect(textOf(part(element, 'status'))).to.contain('We’ve shared this conversation, you won’t need to repeat yourself.');
    await until(() => cards.length === 1, 'the escalation at the desk');
    const card = cards[0]!.escalation;
    expect(card.transfer).to.equal('warm');
    expect(card.transcript.map((line) => line.text)).to.deep.equal(['my parcel never arrived', 'Echo: my parcel never arrived']);

    const claim = (await agent.emitWithAck('escalation:claim', { escalationId: card.id })) as { ok: boolean };
    expect(claim.ok).to.equal(true);
    await until(() => textOf(part(element, 'status')).includes('Ada Agent has joined the conversation.'), 'the agent joined');
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.contain('Ada Agent has joined the conversation.');

    // The bot stays quiet while Ada has the conversation; the customer's words go to her.
    await tabTo(element, 'composer-input');
    await sendKeys({ type: 'It was order A-1042' });
    await sendKeys({ press: 'Enter' });
    await until(() => atDesk.includes('It was order A-1042'), 'the customer line at the desk');
    expect(botAnswers).to.equal(1);

    await agent.emitWithAck('agent:typing', { escalationId: card.id, typing: true });
    await until(() => textOf(part(element, 'typing')) === 'Ada Agent is typing…', 'the agent typing');
    await agent.emitWithAck('agent:message', { id: `m_${Date.now()}`, escalationId: card.id, text: 'Found it, a new one ships today.' });
    await until(() => said(element, 'agent').includes('Found it, a new one ships today.'), 'the agent line');
    expect(said(element, 'customer')).to.deep.equal(['my parcel never arrived', 'It was order A-1042']);

    await agent.emitWithAck('escalation:resolve', { id: `r_${Date.now()}`, escalationId: card.id, action: 'resolved', note: 'replacement shipped' });
    await until(() => part(element, 'restart-button') !== null, 'the conversation ended');
    expect(textOf(part(element, 'status'))).to.contain('Your conversation with Ada Agent has ended.');
    expect(part(element, 'composer'), 'no composer into the void').to.equal(null);

    // "Back to the assistant", still by keyboard, and the bot answers again.
    await tabTo(element, 'restart-button', true);
    await sendKeys({ press: 'Enter' });
    await until(() => part(element, 'composer-input') !== null && part(element, 'status') === null, 'back with the bot');
    await tabTo(element, 'composer-input');
    await sendKeys({ type: 'thanks' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(element, 'bot').includes('Echo: thanks'), 'the bot answering again');
    expect(botAnswers).to.equal(2);
  });

  it('says the customer is back with the assistant when the agent hands the conversation back', async () => {
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const element = await mount<BatonChat>('baton-chat', { bot: echoBot }, { relay: relay.url, 'site-key': relay.siteKey });
    await until(() => connections.includes('online'), 'the handoff online');
    await element.show();
    part<HTMLButtonElement>(element, 'human-button')!.click();
    await until(() => cards.length === 1, 'the escalation at the desk');
    const escalationId = cards[0]!.escalation.id;
    expect(((await agent.emitWithAck('escalation:claim', { escalationId })) as { ok: boolean }).ok).to.equal(true);
    await until(() => textOf(part(element, 'status')).includes('Ada Agent has joined the conversation.'), 'the agent joined');

    await agent.emitWithAck('escalation:resolve', { id: `r_${Date.now()}`, escalationId, action: 'handed_back', note: 'the bot can take it from here' });
    const back = 'You’re back with the assistant. Ask again, or talk to a person.';
    await until(() => textOf(part(element, 'status')) === back, 'the hand-back said');
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.equal(back);
    expect(part(element, 'human-button')!.checkVisibility()).to.equal(true);

    const input = part<HTMLTextAreaElement>(element, 'composer-input')!;
    input.value = 'is my parcel on its way?';
    part<HTMLButtonElement>(element, 'send-button')!.click();
    await until(() => said(element, 'bot').includes('Echo: is my parcel on its way?'), 'the bot answering again');
    expect(part(element, 'status') === null, 'the hand-back line has said its piece').to.equal(true);
  });

  it('asks the bot only after the policy has read the message, so a request in a language still loading is never put to it', async () => {
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const asked: Array<{ text: string; languages: string[] }> = [];
    const element = await mount<BatonChat>(
      'baton-chat',
      {
        bot: async (text, history) => {
          asked.push({ text, languages: registeredLanguages() });
          return echoBot(text, history);
        },
      },
      { relay: relay.url, 'site-key': relay.siteKey },
    );
    await until(() => connections.includes('online'), 'the handoff online');
    await element.show();
    expect(registeredLanguages()).to.deep.equal(['en']);

    // German, on an English page: the pack loads, the policy reads a request for a person, the bot is not asked.
    await tabTo(element, 'composer-input');
    await sendKeys({ type: 'Ich möchte mit einem Menschen sprechen' });
    await sendKeys({ press: 'Enter' });
    await until(() => cards.length === 1, 'the escalation at the desk');
    expect(registeredLanguages()).to.include('de');
    expect(asked).to.deep.equal([]);

    // Back with the bot, an Italian question waits for its pack and then goes to the bot, once.
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    // Cancelling is not silent: the status says where the customer is and what they can do.
    await until(() => textOf(part(element, 'status')) === 'You’re back with the assistant. Ask again, or talk to a person.', 'back with the bot');
    await tabTo(element, 'composer-input');
    await sendKeys({ type: 'Non ho ancora ricevuto niente' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(element, 'bot').includes('Echo: Non ho ancora ricevuto niente'), 'the bot reply');
    expect(asked).to.have.length(1);
    expect(asked[0]!.languages).to.include('it');
    expect(part(element, 'status') === null, 'the line has said its piece').to.equal(true);
  });

  it('offers leave-a-message when no agent is online, and the relay keeps the message', async () => {
    const element = await mount<BatonChat>('baton-chat', { bot: echoBot }, { relay: relay.url, 'site-key': relay.siteKey });
    await until(() => connections.includes('online'), 'the handoff online');
    await element.show();
    part<HTMLButtonElement>(element, 'human-button')!.click();
    await until(() => part(element, 'leave-form') !== null, 'the offline fallback');
    const status = textOf(part(element, 'status'));
    expect(status).to.satisfy((text: string) => text.includes('No one is available right now.') || text.includes('outside our opening hours'));
    const form = part<HTMLFormElement>(element, 'leave-form')!;
    (form.elements.namedItem('message') as HTMLTextAreaElement).value = 'Please call me about my refund';
    (form.elements.namedItem('email') as HTMLInputElement).value = 'sam@example.com';
    part<HTMLButtonElement>(element, 'leave-button')!.click();
    await until(() => textOf(part(element, 'leave-confirmation')) === 'Thanks, we’ve got your message.', 'the relay’s acknowledgement');
  });

  it('delivers a message over 10,000 characters shortened to the relay’s limit, and a long left message too', async () => {
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const atDesk: string[] = [];
    agent.on('customer:message', (message: { text: string }) => atDesk.push(message.text));
    const errors: string[] = [];
    const onError = (event: BatonErrorEvent) => errors.push(event.code);
    document.addEventListener('baton-error', onError);
    try {
      const element = await mount<BatonChat>('baton-chat', { bot: echoBot }, { relay: relay.url, 'site-key': relay.siteKey });
      await until(() => connections.includes('online'), 'the handoff online');
      await element.show();
      element.requestHuman();
      await until(() => cards.length === 1, 'the escalation at the desk');
      await agent.emitWithAck('escalation:claim', { escalationId: cards[0]!.escalation.id });
      await until(() => textOf(part(element, 'status')).includes('Ada Agent has joined the conversation.'), 'the agent joined');

      // Pasted past the composer's limit by a script (the field itself stops at 10,000): still delivered.
      const log = `Here is my log: ${'abcdefghij'.repeat(1_200)}`;
      part<HTMLTextAreaElement>(element, 'composer-input')!.value = log;
      part<HTMLButtonElement>(element, 'send-button')!.click();
      await until(() => atDesk.length === 1, 'the long line at the desk');
      expect(atDesk[0]).to.have.length(10_000);
      expect(atDesk[0]!.endsWith('…')).to.equal(true);
      expect(log.startsWith(atDesk[0]!.slice(0, -1))).to.equal(true);
      await until(() => parts(element, 'message-customer').length === 1 && !textOf(part(element, 'message-customer')).includes('Sending'), 'delivered');
      expect(part(element, 'retry-button'), 'not "Not delivered"').to.equal(null);
      expect(textOf(parts(element, 'message-customer')[0]!.querySelector('[part="text"]')), 'the customer sees what was sent').to.equal(atDesk[0]);
      expect(errors).to.deep.equal([]);

      // The agent goes, nobody else is there: a long message left for later is taken too.
      await agent.emitWithAck('escalation:resolve', { id: `r_${Date.now()}`, escalationId: cards[0]!.escalation.id, action: 'resolved', note: 'done' });
      agent.disconnect();
      await until(() => part(element, 'restart-button') !== null, 'the conversation ended');
      element.requestHuman();
      await until(() => part(element, 'leave-form') !== null, 'the offline fallback');
      const form = part<HTMLFormElement>(element, 'leave-form')!;
      (form.elements.namedItem('message') as HTMLTextAreaElement).value = 'x'.repeat(12_000);
      part<HTMLButtonElement>(element, 'leave-button')!.click();
      await until(() => textOf(part(element, 'leave-confirmation')) === 'Thanks, we’ve got your message.', 'the relay’s acknowledgement');
      expect(part(element, 'leave-error')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('baton-error', onError);
    }
  });

  it('goes back to the assistant from offline, also after a reload', async () => {
    let botAnswers = 0;
    const bot: BotAdapter = async (text, history) => {
      botAnswers++;
      return echoBot(text, history);
    };
    const attributes = { relay: relay.url, 'site-key': relay.siteKey };
    const first = await mount<BatonChat>('baton-chat', { bot }, attributes);
    await until(() => connections.includes('online'), 'the handoff online');
    first.requestHuman();
    await until(() => part(first, 'leave-form') !== null, 'offline: nobody is online');

    // A reload: the conversation is still offline, and the way back is there.
    first.remove();
    const second = await mount<BatonChat>('baton-chat', { bot }, attributes);
    await until(() => part(second, 'leave-form') !== null, 'still offline after the reload');
    await second.show();
    expect(part(second, 'composer')).to.equal(null);
    await tabTo(second, 'restart-button');
    expect(textOf(part(second, 'restart-button'))).to.equal('Back to the assistant');
    await sendKeys({ press: 'Enter' });
    await until(() => part(second, 'composer-input') !== null, 'back with the bot');
    expect(textOf(part(second, 'status'))).to.equal('You’re back with the assistant. Ask again, or talk to a person.');
    await until(() => shadow(second).activeElement === part(second, 'composer-input'), 'focus in the composer');
    await sendKeys({ type: 'where is my parcel?' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(second, 'bot').includes('Echo: where is my parcel?'), 'the bot answering again');
    expect(botAnswers).to.equal(1);
  });

  it('keeps the unread count across a reload, and counts what the agent wrote meanwhile', async () => {
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const attributes = { relay: relay.url, 'site-key': relay.siteKey };
    const badge = (element: BatonChat) => textOf(part(element, 'badge'));

    const first = await mount<BatonChat>('baton-chat', { bot: echoBot }, attributes);
    await until(() => connections.includes('online'), 'the handoff online');
    first.requestHuman();
    await until(() => cards.length === 1, 'the escalation at the desk');
    const escalationId = cards[0]!.escalation.id;
    await agent.emitWithAck('escalation:claim', { escalationId });
    await agent.emitWithAck('agent:message', { id: 'm_first', escalationId, text: 'Hi, Ada here.' });
    await until(() => badge(first) === '1', 'one unread line');

    // A reload; the agent writes while the page is away.
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await agent.emitWithAck('agent:message', { id: 'm_meanwhile', escalationId, text: 'Are you still there?' });
    const second = await mount<BatonChat>('baton-chat', { bot: echoBot }, attributes);
    await until(() => said(second, 'agent').length === 2, 'caught up');
    await until(() => badge(second) === '2', 'two unread lines');
    expect(part(second, 'launcher')!.getAttribute('aria-label')).to.equal('Open chat (2 unread messages)');

    await second.show();
    expect(part(second, 'badge')).to.equal(null);
    second.remove();
    const third = await mount<BatonChat>('baton-chat', { bot: echoBot }, attributes);
    await until(() => said(third, 'agent').length === 2, 'restored');
    expect(part(third, 'badge'), 'read before the reload').to.equal(null);
  });

  it('resumes after a page reload and catches up after the relay drops, without losing or repeating lines', async function () {
    // Reconnecting waits out socket.io's back-off (1 s, then up to 10 s) on both sockets.
    this.timeout(45_000);
    agent = await agentSocket(relay);
    const cards: Card[] = [];
    agent.on('escalation:created', (card: Card) => cards.push(card));
    const atDesk: string[] = [];
    agent.on('customer:message', (message: { text: string }) => atDesk.push(message.text));
    const attributes = { relay: relay.url, 'site-key': relay.siteKey };

    const first = await mount<BatonChat>('baton-chat', { bot: echoBot }, attributes);
    await until(() => connections.includes('online'), 'the handoff online');
    await first.show();
    await tabTo(first, 'composer-input');
    await sendKeys({ type: 'Where is my order?' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(first, 'bot').length === 1, 'the bot reply');
    first.requestHuman();
    await until(() => cards.length === 1, 'the escalation at the desk');
    const escalationId = cards[0]!.escalation.id;
    await agent.emitWithAck('escalation:claim', { escalationId });
    await agent.emitWithAck('agent:message', { id: 'm_before_reload', escalationId, text: 'Hi, Ada here.' });
    await until(() => said(first, 'agent').length === 1, 'the agent line');

    // A reload: the element goes away with the page, a new one takes its place with the same session.
    first.remove();
    connections.length = 0;
    const second = await mount<BatonChat>('baton-chat', { bot: echoBot }, attributes);
    await until(() => textOf(part(second, 'status')).includes('Ada Agent has joined the conversation.'), 'the resumed conversation');
    await until(() => connections.includes('online'), 'online again');
    expect(said(second, 'agent')).to.deep.equal(['Hi, Ada here.']);
    expect(said(second, 'bot'), 'the bot exchange before the handoff').to.deep.equal(['Echo: Where is my order?']);
    expect(cards).to.have.length(1);

    // The relay drops: the customer sees it, writes anyway, and nothing is lost or doubled once it is back.
    await relay.kill();
    await until(() => textOf(part(second, 'status')).includes('Connection lost. Reconnecting…'), 'the reconnecting status');
    await second.show();
    await tabTo(second, 'composer-input');
    await sendKeys({ type: 'Are you still there?' });
    await sendKeys({ press: 'Enter' });
    await relay.revive();
    // The desk's socket was closed by the relay going down; an agent signs in again.
    agent.disconnect();
    agent = await agentSocket(relay);
    // The desk catches up from the relay's log (the agent's socket was down too when the line arrived).
    const linesAtDesk = async () => {
      const history = (await agent!.emitWithAck('escalation:history', { escalationId })) as { ok: boolean; events?: Array<{ text?: string }> };
      return (history.events ?? []).filter((event) => event.text === 'Are you still there?').length;
    };
    let delivered = 0;
    for (let attempt = 0; attempt < 100 && delivered === 0; attempt++) {
      delivered = await linesAtDesk();
      if (delivered === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(delivered, 'the line written offline, at the desk once').to.equal(1);
    await agent.emitWithAck('agent:message', { id: 'm_after_drop', escalationId, text: 'Still here!' });
    await until(() => said(second, 'agent').length === 2, 'the agent line after the drop', 15_000);
    await until(() => !textOf(part(second, 'status')).includes('Reconnecting'), 'the reconnecting status gone');
    expect(said(second, 'agent')).to.deep.equal(['Hi, Ada here.', 'Still here!']);
    expect(said(second, 'customer')).to.deep.equal(['Where is my order?', 'Are you still there?']);
  });
});
