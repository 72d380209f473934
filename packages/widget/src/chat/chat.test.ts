import { expect } from 'chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './baton-chat.js';
import type { BatonChat, BotAdapter, ChatHistoryEntry } from './chat.component.js';
import { previewViews } from '../preview/preview-views.js';
import { RecordingHandoff } from '../testing/recording-handoff.js';
import { XSS_PAYLOADS } from '../testing/xss-payloads.js';
import { contrast, mount, nextEvent, part, parts, shadow, textOf, unmountAll, until } from '../testing/fixture.js';
import type { HandoffView } from '../sdk/handoff.types.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const afterEach: (body: Body) => void;

const focused = (element: BatonChat) => shadow(element).activeElement;
const panel = (element: BatonChat) => part(element, 'panel')!;

/** Types into the composer and presses Enter, as a customer would. */
async function say(element: BatonChat, text: string): Promise<void> {
  part<HTMLTextAreaElement>(element, 'composer-input')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
}

const echoBot: BotAdapter = async (text) => ({ text: `You said: ${text}`, confidence: 0.9, intent: 'echo' });

afterEach(async () => {
  unmountAll();
  sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  await setViewport({ width: 1024, height: 768 });
});

/** A long human conversation: enough lines to scroll the panel many times over. */
function longConversation(count = 60): HandoffView['lines'] {
  return Array.from({ length: count }, (_, n) => ({
    id: `l${n}`,
    role: n % 2 === 0 ? ('customer' as const) : ('agent' as const),
    text: `Line ${n}: ${'a few words about the order '.repeat(3)}`,
    at: Date.now() - (count - n) * 1_000,
    agentName: 'Ada',
    delivery: 'sent' as const,
  }));
}

/** Whether `inner` lies wholly within `outer` on screen (1 px of rounding allowed). */
function within(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.height > 0;
}

describe('<baton-chat> launcher and panel', () => {
  it('opens with show(), moves focus into the panel, and closes with Escape back to the launcher', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    const launcher = part<HTMLButtonElement>(element, 'launcher')!;
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(launcher.getAttribute('aria-label')).to.equal('Open chat');
    expect(panel(element).checkVisibility({ visibilityProperty: true })).to.equal(false);

    const shown = nextEvent('baton-show');
    await element.show();
    await shown;
    expect(launcher.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(element).getAttribute('role')).to.equal('dialog');
    expect(panel(element).checkVisibility({ visibilityProperty: true })).to.equal(true);
    expect(focused(element)).to.equal(part(element, 'composer-input'));

    const hidden = nextEvent('baton-hide');
    await sendKeys({ press: 'Escape' });
    await hidden;
    await until(() => panel(element).checkVisibility({ visibilityProperty: true }) === false, 'the panel to hide');
    expect(focused(element)).to.equal(launcher);
    expect(element.open).to.equal(false);
  });

  it('positions the panel above the launcher with floating-ui while shown, and stops when hidden or removed', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    await element.show();
    const launcherBox = part(element, 'launcher')!.getBoundingClientRect();
    await until(() => panel(element).style.top !== '', 'a computed position');
    const box = panel(element).getBoundingClientRect();
    expect(box.bottom).to.be.at.most(launcherBox.top);
    expect(Math.round(box.right)).to.equal(Math.round(launcherBox.right));
    expect(getComputedStyle(panel(element)).position).to.equal('fixed');

    await element.hide();
    const top = panel(element).style.top;
    await setViewport({ width: 900, height: 600 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(panel(element).style.top, 'no autoUpdate after hide').to.equal(top);

    await element.show();
    await until(() => panel(element).style.top !== top, 'a new position once shown again');
    element.remove();
    const detachedTop = panel(element).style.top;
    await setViewport({ width: 1024, height: 768 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(panel(element).style.top, 'no autoUpdate after disconnect').to.equal(detachedTop);
  });

  it('fills the screen on small viewports', async () => {
    await setViewport({ width: 390, height: 700 });
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    await element.show();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = panel(element).getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height].map(Math.round)).to.deep.equal([0, 0, 390, 700]);
  });

  it('show() waits for the opening transition, and skips it under reduced motion', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    const started = performance.now();
    await element.show();
    expect(performance.now() - started).to.be.at.least(100);
    expect(getComputedStyle(panel(element)).opacity).to.equal('1');
    await element.hide();

    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const fast = performance.now();
      await element.show();
      expect(performance.now() - fast).to.be.below(100);
      expect(getComputedStyle(panel(element)).transitionDuration).to.match(/^0s/);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is modal when it fills the screen: focus stays inside, Escape closes back to the launcher', async () => {
    await setViewport({ width: 375, height: 667 });
    const handoff = new RecordingHandoff(previewViews.offlineNoAgent);
    const element = await mount<BatonChat>('baton-chat', { handoff });
    const routes = document.createElement('a');
    routes.slot = 'contact-routes';
    routes.href = 'mailto:help@example.com';
    routes.textContent = 'Email us';
    element.append(routes);
    await element.show();
    expect(panel(element).getAttribute('aria-modal')).to.equal('true');
    const close = part(element, 'close-button')!;
    close.focus();

    // Round the panel with Tab: through every control (the page's slotted link too), back to the first.
    const seen: Array<Element | null> = [];
    for (let press = 0; press < 12; press++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(element) ?? document.activeElement;
      seen.push(active);
      if (active === close) break;
    }
    expect(seen.at(-1), 'Tab came back round to the close button').to.equal(close);
    expect(seen).to.include(routes);
    expect(seen.every((node) => node === routes || shadow(element).contains(node)), 'never behind the panel').to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(element), 'Shift+Tab from the first control goes to the last').to.equal(part(element, 'restart-button'));

    await sendKeys({ press: 'Escape' });
    await until(() => !element.open, 'closed');
    expect(focused(element)).to.equal(part(element, 'launcher'));
    expect(panel(element).hasAttribute('aria-modal')).to.equal(false);
  });

  it('is not modal as a floating panel beside the page', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    await element.show();
    expect(panel(element).hasAttribute('aria-modal')).to.equal(false);
  });

  it('keeps "Talk to a person" and the transfer status in view however long the conversation, on a phone', async () => {
    await setViewport({ width: 375, height: 667 });
    const handoff = new RecordingHandoff({ ...previewViews.queuedWarm, lines: longConversation() });
    const element = await mount<BatonChat>('baton-chat', { handoff });
    await element.show();
    const body = part(element, 'body')!;
    expect(body.scrollHeight, 'the conversation scrolls').to.be.greaterThan(body.clientHeight * 2);
    for (const scrollTop of [0, body.scrollHeight / 2, body.scrollHeight]) {
      body.scrollTop = scrollTop;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const name of ['human-button', 'status']) {
        expect(within(part(element, name)!, panel(element)), `${name} at scrollTop ${scrollTop}`).to.equal(true);
        expect(part(element, name)!.getBoundingClientRect().top, name).to.be.at.least(0);
      }
    }
  });

  it('keeps the newest line in view when the status grows above the conversation', async () => {
    const lines = longConversation();
    const handoff = new RecordingHandoff({ ...previewViews.connected, lines });
    const element = await mount<BatonChat>('baton-chat', { handoff });
    await element.show();
    const newest = () => parts(element, 'message').at(-1)!;
    await until(() => within(newest(), part(element, 'body')!), 'the newest line in view');
    // The link drops and stays down: the status gains the reconnecting lines, contact routes and Cancel.
    handoff.setView({ ...previewViews.reconnectingStalled, lines });
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(within(newest(), part(element, 'body')!), 'the newest line after the status grew').to.equal(true);

    // A customer who scrolled up to read is left where they are.
    part(element, 'body')!.scrollTop = 0;
    part(element, 'body')!.dispatchEvent(new Event('scroll'));
    handoff.setView({ ...previewViews.reconnecting, lines });
    await element.updateComplete;
    expect(part(element, 'body')!.scrollTop).to.equal(0);
  });

  it('moves focus to the composer after Cancel or "Back to the assistant"', async () => {
    for (const [from, button] of [
      [previewViews.connected, 'cancel-button'],
      [previewViews.offlineNoAgent, 'restart-button'],
    ] as const) {
      const handoff = new RecordingHandoff(from);
      const element = await mount<BatonChat>('baton-chat', { handoff });
      await element.show();
      part<HTMLButtonElement>(element, button)!.focus();
      await sendKeys({ press: 'Enter' });
      handoff.setView(previewViews.bot);
      await element.updateComplete;
      expect(focused(element), button).to.equal(part(element, 'composer-input'));
      element.remove();
    }
  });

  it('offers "Back to the assistant" while offline, and the composer once back', async () => {
    const handoff = new RecordingHandoff(previewViews.offlineNoAgent);
    const element = await mount<BatonChat>('baton-chat', { handoff });
    await element.show();
    expect(part(element, 'composer'), 'offline: leave a message instead').to.equal(null);
    expect(part(element, 'leave-form')).to.exist;
    part<HTMLButtonElement>(element, 'restart-button')!.click();
    expect(handoff.called('restart')).to.have.length(1);
    handoff.setView(previewViews.bot);
    await element.updateComplete;
    expect(part(element, 'composer-input')).to.exist;
    expect(textOf(part(element, 'status'))).to.equal('You’re back with the assistant. Ask again, or talk to a person.');
  });

  it('counts agent messages that arrive while closed on the launcher badge, and clears it on open', async () => {
    const handoff = new RecordingHandoff(previewViews.queuedWarm);
    const element = await mount<BatonChat>('baton-chat', { handoff });
    expect(part(element, 'badge')).to.equal(null);
    handoff.setView(previewViews.connected);
    await element.updateComplete;
    expect(textOf(part(element, 'badge'))).to.equal('1');
    expect(part(element, 'launcher')!.getAttribute('aria-label')).to.equal('Open chat (1 unread message)');
    await element.show();
    expect(part(element, 'badge')).to.equal(null);
  });

  it('keeps the badge across a remount, counting agent lines that came while no chat was showing', async () => {
    const handoff = new RecordingHandoff(previewViews.queuedWarm);
    const first = await mount<BatonChat>('baton-chat', { handoff }, { 'site-key': 'acme' });
    handoff.setView(previewViews.connected);
    await first.updateComplete;
    expect(textOf(part(first, 'badge'))).to.equal('1');
    first.remove();

    // The page's own handoff goes on while the chat is away (a reload, or a route without it).
    const later = { id: 'a2', role: 'agent' as const, text: 'Still there?', at: Date.now(), agentName: 'Ada' };
    handoff.setView({ ...previewViews.connected, lines: [...previewViews.connected.lines, later] });
    const second = await mount<BatonChat>('baton-chat', { handoff }, { 'site-key': 'acme' });
    expect(textOf(part(second, 'badge'))).to.equal('2');
    await second.show();
    second.remove();
    const third = await mount<BatonChat>('baton-chat', { handoff }, { 'site-key': 'acme' });
    expect(part(third, 'badge'), 'read before the remount').to.equal(null);
  });
});

describe('<baton-chat> bot adapter', () => {
  it('shows the customer’s message and the bot’s reply, feeding both to the policy', async () => {
    const handoff = RecordingHandoff.releasingBotReplies(previewViews.bot);
    const seen: Array<readonly ChatHistoryEntry[]> = [];
    const bot: BotAdapter = async (text, history) => {
      seen.push(history);
      return echoBot(text, history);
    };
    const element = await mount<BatonChat>('baton-chat', { handoff, bot });
    await element.show();
    await say(element, 'Where is my parcel?');
    await until(() => parts(element, 'message-bot').length === 1, 'the bot reply');
    await say(element, 'Thanks');
    await until(() => parts(element, 'message-bot').length === 2, 'the second reply');
    expect(parts(element, 'message').map((line) => `${line.dataset.role}: ${textOf(line.querySelector('[part="text"]'))}`)).to.deep.equal([
      'customer: Where is my parcel?',
      'bot: You said: Where is my parcel?',
      'customer: Thanks',
      'bot: You said: Thanks',
    ]);
    expect(seen[1]).to.deep.equal([
      { role: 'customer', text: 'Where is my parcel?' },
      { role: 'bot', text: 'You said: Where is my parcel?' },
      { role: 'customer', text: 'Thanks' },
    ]);
    expect(handoff.called('observe').map(([message]) => message)).to.deep.equal([
      { role: 'customer', text: 'Where is my parcel?' },
      { role: 'bot', text: 'You said: Where is my parcel?', confidence: 0.9, intent: 'echo' },
      { role: 'customer', text: 'Thanks' },
      { role: 'bot', text: 'You said: Thanks', confidence: 0.9, intent: 'echo' },
    ]);
  });

  it('reads the bot exchange back after a page reload, for the same site only', async () => {
    const lines = (element: BatonChat) => parts(element, 'message').map((line) => `${line.dataset.role}: ${textOf(line.querySelector('[part="text"]'))}`);
    const seen: Array<readonly ChatHistoryEntry[]> = [];
    const bot: BotAdapter = async (text, history) => {
      seen.push(history);
      return echoBot(text, history);
    };
    const first = await mount<BatonChat>('baton-chat', { bot }, { 'site-key': 'acme' });
    await first.show();
    await say(first, 'Where is my parcel?');
    await until(() => parts(first, 'message-bot').length === 1, 'the bot reply');

    // A reload: the element goes with the page and a new one takes its place in the same session.
    first.remove();
    const second = await mount<BatonChat>('baton-chat', { bot }, { 'site-key': 'acme' });
    expect(lines(second)).to.deep.equal(['customer: Where is my parcel?', 'bot: You said: Where is my parcel?']);
    await second.show();
    await say(second, 'Thanks');
    await until(() => parts(second, 'message-bot').length === 2, 'the reply after the reload');
    expect(seen[1], 'the bot hears the conversation so far').to.deep.equal([
      { role: 'customer', text: 'Where is my parcel?' },
      { role: 'bot', text: 'You said: Where is my parcel?' },
      { role: 'customer', text: 'Thanks' },
    ]);

    // Losing the site for a while (a preview, a framework re-rendering attributes) reads nothing twice.
    second.preview = previewViews.bot;
    await second.updateComplete;
    second.preview = undefined;
    await second.updateComplete;
    expect(lines(second)).to.have.length(4);
    expect(JSON.parse(sessionStorage.getItem('baton.chat.acme')!)).to.have.length(4);
    second.remove();

    const otherSite = await mount<BatonChat>('baton-chat', { bot }, { 'site-key': 'globex' });
    expect(parts(otherSite, 'message')).to.have.length(0);
    otherSite.remove();
    const preview = await mount<BatonChat>('baton-chat', { bot, preview: previewViews.bot }, { 'site-key': 'acme' });
    expect(parts(preview, 'message'), 'a preview shows its fixed state, not the saved chat').to.have.length(0);
  });

  it('skips saved lines that are not lines, and starts empty when none can be read', async () => {
    sessionStorage.setItem('baton.chat.globex', JSON.stringify([{ role: 'bot', text: 'Kept', at: 1 }, { role: 'admin', text: 'x', at: 2 }, { role: 'bot', text: 3, at: 3 }, null, 'line']));
    const kept = await mount<BatonChat>('baton-chat', { bot: echoBot }, { 'site-key': 'globex' });
    expect(parts(kept, 'message').map((line) => textOf(line.querySelector('[part="text"]')))).to.deep.equal(['Kept']);
    kept.remove();

    sessionStorage.setItem('baton.chat.acme', '{"not": "a list"');
    const element = await mount<BatonChat>('baton-chat', { bot: echoBot }, { 'site-key': 'acme' });
    expect(parts(element, 'message')).to.have.length(0);
    await element.show();
    await say(element, 'Hello?');
    await until(() => parts(element, 'message-bot').length === 1, 'the bot reply');
    expect(JSON.parse(sessionStorage.getItem('baton.chat.acme')!)).to.have.length(2);
  });

  it('never lets the bot answer while a person has the conversation', async () => {
    const handoff = new RecordingHandoff(previewViews.connected);
    let asked = 0;
    const element = await mount<BatonChat>('baton-chat', {
      handoff,
      bot: async (text) => {
        asked++;
        return { text };
      },
    });
    await element.show();
    await say(element, 'Hello Ada');
    expect(asked).to.equal(0);
    expect(handoff.called('send')).to.deep.equal([['Hello Ada']]);
  });

  it('drops a reply that arrives after the bot was paused, and shows a reviewed reply once released', async () => {
    const handoff = RecordingHandoff.releasingBotReplies(previewViews.bot);
    let answer!: (reply: { text: string }) => void;
    const element = await mount<BatonChat>('baton-chat', { handoff, bot: () => new Promise((resolve) => (answer = resolve)) });
    await element.show();
    await say(element, 'I need help');
    expect(textOf(part(element, 'typing'))).to.equal('The assistant is typing…');
    handoff.announce({ type: 'bot.pause' });
    handoff.setView(previewViews.queuedWarm);
    answer({ text: 'too late' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(textOf(shadow(element))).not.to.contain('too late');

    handoff.announce({ type: 'bot.resume' });
    handoff.setView(previewViews.reviewReleased);
    handoff.announce({ type: 'bot.reply.released', text: 'Your refund is on its way.', edited: false });
    await element.updateComplete;
    expect(parts(element, 'message-bot').map((line) => textOf(line.querySelector('[part="text"]')))).to.deep.equal(['Your refund is on its way.']);
    expect(textOf(part(element, 'status'))).to.contain('A teammate checked this answer.');
  });

  it('says so when the bot fails, and keeps the human control at hand', async () => {
    const element = await mount<BatonChat>('baton-chat', {
      preview: previewViews.bot,
      bot: async () => {
        throw new Error('model overloaded');
      },
    });
    await element.show();
    const failed = nextEvent<Event & { code: string }>('baton-error');
    await say(element, 'hello');
    expect((await failed).code).to.equal('bot_failed');
    await element.updateComplete;
    expect(textOf(part(element, 'message-system'))).to.equal('The assistant couldn’t answer. Try again, or talk to a person.');
    expect(part(element, 'human-button')!.checkVisibility()).to.equal(true);
  });
});

describe('<baton-chat> after a handoff comes back, or a reply is held back', () => {
  const back = 'You’re back with the assistant. Ask again, or talk to a person.';

  it('says the customer is back with the assistant when a person hands back or they cancel, and invites them to go on', async () => {
    for (const from of [previewViews.connected, previewViews.queuedWarm]) {
      const handoff = RecordingHandoff.releasingBotReplies(from);
      const element = await mount<BatonChat>('baton-chat', { handoff, bot: echoBot });
      await element.show();
      part<HTMLButtonElement>(element, 'cancel-button')!.click();
      expect(handoff.called('cancel')).to.have.length(1);
      handoff.announce({ type: 'bot.resume' });
      handoff.setView(previewViews.bot);
      await element.updateComplete;
      expect(textOf(part(element, 'status')), from.phase).to.equal(back);
      expect(textOf(shadow(element).querySelector('[role="status"]')), from.phase).to.equal(back);
      expect(part(element, 'human-button')!.checkVisibility()).to.equal(true);

      // Asking again goes to the bot, and the line has said what it had to.
      await say(element, 'where is my parcel?');
      await until(() => parts(element, 'message-bot').length === 1, 'the bot answering');
      expect(part(element, 'status') === null, 'status cleared').to.equal(true);
      element.remove();
    }
  });

  it('tells the truth when a reviewer blocks the held reply, with "Talk to a person" at hand', async () => {
    const handoff = new RecordingHandoff(previewViews.reviewing);
    const element = await mount<BatonChat>('baton-chat', { handoff, bot: echoBot });
    await element.show();
    handoff.setView(previewViews.reviewBlocked);
    handoff.announce({ type: 'bot.reply.blocked' });
    await element.updateComplete;
    const status = textOf(part(element, 'status'));
    expect(status).to.equal('A teammate held this answer back. Ask again, or talk to a person.');
    expect(status).not.to.contain('follow up');
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.equal(status);
    const human = part<HTMLButtonElement>(element, 'human-button')!;
    expect(human.checkVisibility()).to.equal(true);
    human.click();
    expect(handoff.called('requestHuman')).to.have.length(1);
    expect(part(element, 'composer-input') !== null, 'the customer can ask again').to.equal(true);
  });
});

describe('<baton-chat> keyboard only', () => {
  it('goes from the launcher to chatting with an agent without a mouse', async () => {
    const handoff = RecordingHandoff.releasingBotReplies(previewViews.bot);
    const element = await mount<BatonChat>('baton-chat', { handoff, bot: echoBot });
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'launcher'));
    await sendKeys({ press: 'Enter' });
    await until(() => focused(element) === part(element, 'composer-input'), 'focus in the composer');

    // Back through the panel to "Talk to a person".
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(element)).to.equal(part(element, 'human-button'));
    await sendKeys({ press: 'Enter' });
    expect(handoff.called('requestHuman')).to.have.length(1);

    handoff.setView(previewViews.connected);
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[role="status"]'))).to.contain('Ada has joined the conversation.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'composer-input'));
    await sendKeys({ type: 'Hi Ada' });
    await sendKeys({ press: 'Enter' });
    expect(handoff.called('send')).to.deep.equal([['Hi Ada']]);
  });
});

describe('<baton-chat> keeps remote text inert', () => {
  it(`renders ${XSS_PAYLOADS.length} injection payloads from the customer, the bot and the agent as plain text`, async () => {
    const calls: string[] = [];
    (window as unknown as { __batonXss: () => void }).__batonXss = () => calls.push('ran');
    const handoff = RecordingHandoff.releasingBotReplies(previewViews.bot);
    let index = 0;
    const element = await mount<BatonChat>('baton-chat', { handoff, bot: async () => ({ text: XSS_PAYLOADS[index++]! }) });
    await element.show();
    const composer = part<HTMLTextAreaElement>(element, 'composer-input')!;
    for (const payload of XSS_PAYLOADS) {
      composer.value = payload;
      part<HTMLButtonElement>(element, 'send-button')!.click();
      await until(() => parts(element, 'message-bot').length === index, 'the bot reply');
    }
    const agentLines: HandoffView['lines'] = XSS_PAYLOADS.map((payload, n) => ({ id: `a${n}`, role: 'agent', text: payload, at: Date.now() + n, agentName: payload }));
    handoff.setView({ ...previewViews.connected, lines: agentLines });
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));

    for (const role of ['customer', 'bot', 'agent']) {
      const texts = parts(element, `message-${role}`).map((line) => line.querySelector('[part="text"]')!);
      expect(texts, role).to.have.length(XSS_PAYLOADS.length);
      texts.forEach((text, n) => {
        expect(text.children.length, `${role} payload ${n} parsed`).to.equal(0);
        expect(text.textContent).to.equal(XSS_PAYLOADS[n]);
      });
    }
    expect(shadow(element).querySelectorAll('script, img, iframe, object, embed, style, link, meta, base, video, audio, details, math')).to.have.length(0);
    expect(shadow(element).querySelectorAll('svg')).to.have.length(1);
    expect(calls).to.deep.equal([]);
  });
});

describe('<baton-chat> locale, direction and theme', () => {
  it('labels the launcher and panel in the page language', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot }, { locale: 'it' });
    expect(part(element, 'launcher')!.getAttribute('aria-label')).to.equal('Apri la chat');
    expect(textOf(part(element, 'title'))).to.equal('Scrivici');
    expect(part(element, 'close-button')!.getAttribute('aria-label')).to.equal('Chiudi la chat');
  });

  it('marks the launcher, panel and live region with the language it speaks, whatever the page says', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.queuedWarm }, { locale: 'fr' });
    const nodes = [part(element, 'launcher'), part(element, 'panel'), part(element, 'status'), part(element, 'composer-input'), shadow(element).querySelector('[role="status"]')];
    for (const node of nodes) expect(node!.matches(':lang(fr)') && !node!.matches(':lang(en)'), node!.getAttribute('part') ?? 'live region').to.equal(true);
    element.locale = 'de';
    await element.updateComplete;
    for (const node of nodes) expect(node!.matches(':lang(de)'), node!.getAttribute('part') ?? 'live region').to.equal(true);
  });

  it('reads left to right when it falls back to English from a right-to-left page language', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.connected });
    await element.show();
    expect(panel(element).matches(':lang(en)')).to.equal(true);
    expect(getComputedStyle(part(element, 'status')!).direction).to.equal('ltr');
    expect(getComputedStyle(shadow(element).querySelector('[role="status"]')!).direction).to.equal('ltr');
  });

  it('sits at the inline end: bottom right in LTR, bottom left in RTL', async () => {
    const ltr = await mount<BatonChat>('baton-chat', { preview: previewViews.bot });
    const rtl = await mount<BatonChat>('baton-chat', { preview: previewViews.bot }, { dir: 'rtl' });
    expect(part(ltr, 'launcher')!.getBoundingClientRect().left).to.be.greaterThan(window.innerWidth / 2);
    expect(part(rtl, 'launcher')!.getBoundingClientRect().right).to.be.lessThan(window.innerWidth / 2);
    expect(getComputedStyle(panel(rtl)).direction).to.equal('rtl');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps launcher, header, badge and bubbles at 4.5:1 contrast or more in the ${scheme} theme`, async () => {
      const handoff = RecordingHandoff.releasingBotReplies(previewViews.bot);
      const element = await mount<BatonChat>('baton-chat', { handoff, bot: echoBot }, { theme: scheme });
      await element.show();
      await say(element, 'hello');
      await until(() => part(element, 'message-bot') !== null, 'the bot reply');
      handoff.setView(previewViews.connected);
      await element.updateComplete;
      const check = (name: string) => {
        const style = getComputedStyle(part(element, name)!);
        expect(contrast(style.color, style.backgroundColor), name).to.be.at.least(4.5);
      };
      for (const name of ['launcher', 'header', 'message-customer', 'message-bot', 'message-agent', 'status', 'send-button']) check(name);
      // The unread badge: an agent line arriving while the panel is closed.
      await element.hide();
      handoff.setView({ ...previewViews.connected, lines: [...previewViews.connected.lines, { id: 'a2', role: 'agent', text: 'Still there?', at: Date.now() }] });
      await element.updateComplete;
      check('badge');
    });
  }

  it('goes dark with the theme attribute', async () => {
    const element = await mount<BatonChat>('baton-chat', { preview: previewViews.bot }, { theme: 'dark' });
    expect(getComputedStyle(panel(element)).backgroundColor).to.equal('rgb(27, 29, 33)');
    expect(getComputedStyle(part(element, 'launcher')!).backgroundColor).to.equal('rgb(138, 180, 248)');
  });
});
