// The demo's drop-in page (demo/src/dropin/dropin-chat.ts: a hand-made chat with <baton-handoff> in it)
// against a real relay. The demo has no browser runner of its own, so its pages are tested here.
import { expect } from 'chai';
import type { Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket } from '../testing/agent-socket.js';
import { createSimulatedBot } from '../../../../demo/src/bot/simulated-bot.js';
import { startDropinChat, WHO_ANSWERS, WRITE_BELOW, type DropinElements } from '../../../../demo/src/dropin/dropin-chat.js';
import '../handoff/baton-handoff.js';
import { part, until } from '../testing/fixture.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = (this: { timeout(ms: number): void }) => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

describe('the demo’s drop-in chat with a real relay', () => {
  let relay: TestRelay;
  let agent: Socket | undefined;
  let pageRoot: HTMLElement | null = null;

  /** The page as dropin.html lays it out, started as dropin.ts starts it; a second call is a reload. */
  function openPage(): DropinElements {
    pageRoot?.remove();
    pageRoot = document.createElement('section');
    const botState = document.createElement('p');
    botState.textContent = WHO_ANSWERS.bot;
    const log = document.createElement('ol');
    const typing = document.createElement('p');
    typing.hidden = true;
    const handoff = document.createElement('baton-handoff');
    handoff.setAttribute('site-key', relay.siteKey);
    const composer = document.createElement('form');
    const input = document.createElement('input');
    composer.append(input);
    pageRoot.append(botState, log, typing, handoff, composer);
    document.body.append(pageRoot);
    const elements = { handoff, log, composer, input, typing, botState };
    startDropinChat(elements, { bot: createSimulatedBot(), botDelayMs: 0, storage: sessionStorage });
    handoff.relay = relay.url;
    return elements;
  }

  const write = (page: DropinElements, text: string) => {
    page.input.value = text;
    page.composer.requestSubmit();
  };
  const logLines = (page: DropinElements, from: string) => [...page.log.querySelectorAll(`li.from-${from}`)].map((line) => line.textContent);

  beforeEach(async () => {
    sessionStorage.clear();
    relay = await startRelay();
  });

  afterEach(async () => {
    pageRoot?.remove();
    pageRoot = null;
    agent?.disconnect();
    agent = undefined;
    sessionStorage.clear();
    await relay.stop();
  });

  it('says in its header who has the conversation in every phase, also after a reload, and never drops what the customer writes', async () => {
    agent = await agentSocket(relay);
    const escalations: string[] = [];
    agent.on('escalation:created', (card: { escalation: { id: string } }) => escalations.push(card.escalation.id));
    const atDesk: string[] = [];
    agent.on('customer:message', (message: { text: string }) => atDesk.push(message.text));

    const page = openPage();
    await until(() => part(page.handoff, 'human-button') !== null, 'the handoff rendered');
    write(page, 'Where is my order BT-40404?');
    await until(() => logLines(page, 'bot').length === 2, 'Nova answering');

    part<HTMLButtonElement>(page.handoff, 'human-button')!.click();
    await until(() => page.botState.textContent === WHO_ANSWERS.queued, 'waiting for a person, not "a person has it"');
    expect(page.composer.hidden).to.equal(true);
    await until(() => escalations.length === 1, 'the escalation at the desk');
    await agent.emitWithAck('escalation:claim', { escalationId: escalations[0] });
    await until(() => page.botState.textContent === WHO_ANSWERS.connected, 'a person has it');

    // A reload: the header and the host's composer follow the resumed handoff at once.
    const reloaded = openPage();
    await until(() => reloaded.botState.textContent === WHO_ANSWERS.connected, 'the resumed status in the header');
    expect(reloaded.composer.hidden, 'one composer: the handoff’s').to.equal(true);
    expect(logLines(reloaded, 'bot'), 'the host’s own history').to.have.length(2);

    // Words that reach the host's composer anyway go to the person, not nowhere.
    write(reloaded, 'It was the blue one');
    await until(() => atDesk.includes('It was the blue one'), 'the line at the desk');
    expect(reloaded.input.value).to.equal('');

    await relay.kill();
    await until(() => reloaded.botState.textContent === WHO_ANSWERS.reconnecting, 'reconnecting, not "a person has it"');
  });

  it('keeps the customer’s words and says where to go while nobody can take the chat', async () => {
    const page = openPage();
    await until(() => part(page.handoff, 'human-button') !== null, 'the handoff rendered');
    part<HTMLButtonElement>(page.handoff, 'human-button')!.click();
    await until(() => page.botState.textContent === WHO_ANSWERS.offline, 'offline in the header');
    expect(page.composer.hidden).to.equal(true);

    write(page, 'Can someone call me?');
    expect(page.input.value, 'not dropped').to.equal('Can someone call me?');
    expect(logLines(page, 'system').at(-1)).to.equal(WRITE_BELOW);

    part<HTMLButtonElement>(page.handoff, 'restart-button')!.click();
    await until(() => page.botState.textContent === WHO_ANSWERS.bot, 'back with Nova');
    expect(page.composer.hidden).to.equal(false);
    expect(logLines(page, 'system').at(-1)).to.equal('You’re back with Nova, the assistant.');
  });
});
