import { expect } from 'chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './baton-handoff.js';
import type { BatonHandoff } from './handoff.component.js';
import type { BatonChat } from '../chat/chat.component.js';
import { previewViews, type PreviewName } from '../preview/preview-views.js';
import { LOCALES } from '../locales/index.js';
import '../chat/baton-chat.js';
import { RecordingHandoff } from '../testing/recording-handoff.js';
import { XSS_PAYLOADS } from '../testing/xss-payloads.js';
import { contrast, mount, nextEvent, part, parts, shadow, textOf, unmountAll } from '../testing/fixture.js';
import type { HandoffView } from '../sdk/handoff.types.js';
import type {
  BatonAgentMessageEvent,
  BatonBotPauseEvent,
  BatonEscalateEvent,
  BatonHumanRequestEvent,
  BatonReplyReleasedEvent,
  BatonStatusEvent,
} from '../events.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const afterEach: (body: Body) => void;

const render = (view: HandoffView, attributes: Record<string, string> = {}) => mount<BatonHandoff>('baton-handoff', { preview: view }, attributes);

/** What a customer must read in each state (English). */
const EXPECTED: Record<PreviewName, string[]> = {
  bot: [],
  escalating: ['Getting a person for you…', 'Reason: Asked for a person'],
  queuedWarm: ['We’ve shared this conversation, you won’t need to repeat yourself.', 'You’re number 3 in line.', 'Estimated wait: about 4 min.'],
  queuedCold: ['They won’t see the conversation so far', 'You’re next in line.', 'Estimated wait: under a minute.', 'Reason: AI not responding'],
  connected: ['Ada has joined the conversation.', 'My order arrived broken.', 'let me fix that'],
  agentTyping: ['Ada is typing…'],
  sendFailed: ['Not delivered.', 'Retry'],
  reviewing: ['A teammate is checking this answer.'],
  reviewReleased: ['A teammate checked this answer.'],
  reviewRedacted: ['A teammate checked this answer and removed some details.'],
  reviewBlocked: ['A teammate held this answer back. Ask again, or talk to a person.'],
  offlineNoAgent: ['No one is available right now.', 'Leave a message and we’ll get back to you.', 'Other ways to reach us', 'Back to the assistant'],
  offlineOutOfHours: ['We’re outside our opening hours.', 'Back to the assistant'],
  offlineUnreachable: ['We can’t reach our team right now.', 'will go out as soon as we’re connected again', 'Back to the assistant'],
  offlineRefused: ['We couldn’t pass your request to our team.', 'Leave a message and we’ll get back to you.', 'Other ways to reach us', 'Back to the assistant'],
  offlineConnectionRefused: ['We couldn’t pass your request to our team.', 'Other ways to reach us', 'Back to the assistant'],
  messageLeft: ['Thanks, we’ve got your message.', 'Back to the assistant'],
  reconnecting: ['Connection lost. Reconnecting…', 'Cancel and go back to the assistant'],
  reconnectingStalled: ['Connection lost. Reconnecting…', 'We still can’t reach our team. You keep your place', 'Other ways to reach us'],
  ended: ['Your conversation with Ada has ended.', 'Back to the assistant'],
};

const names = Object.keys(previewViews) as PreviewName[];

afterEach(() => {
  unmountAll();
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

describe('<baton-handoff> renders every state', () => {
  for (const name of names) {
    it(`${name}: shows its status text and an always-visible "Talk to a person" button`, async () => {
      const element = await render(previewViews[name]);
      const human = part<HTMLButtonElement>(element, 'human-button');
      expect(human, 'human button').to.exist;
      expect(textOf(human)).to.equal('Talk to a person');
      expect(human!.checkVisibility()).to.equal(true);
      const text = textOf(shadow(element));
      for (const expected of EXPECTED[name]) expect(text).to.contain(expected);
      const status = part(element, 'status');
      if (EXPECTED[name].length === 0) expect(status).to.equal(null);
      else expect(status?.getAttribute('aria-label')).to.equal('Transfer status');
      expect(shadow(element).querySelector('[role="status"][aria-live="polite"]'), 'live region').to.exist;
    });
  }

  it('shows the human conversation as a labelled log with a labelled composer while a person has it', async () => {
    const element = await render(previewViews.connected);
    const log = part(element, 'messages');
    expect(log?.getAttribute('role')).to.equal('log');
    expect(log?.getAttribute('aria-label')).to.equal('Conversation');
    const lines = parts(element, 'message');
    expect(lines.map((line) => line.dataset.role)).to.deep.equal(['customer', 'agent']);
    expect(textOf(lines[1]?.querySelector('[part="sender"]'))).to.equal('Ada');
    expect(part(element, 'composer-input')?.getAttribute('aria-label')).to.equal('Message');
    expect(textOf(part(element, 'send-button'))).to.equal('Send');
  });

  it('hides the composer while the bot has the conversation (the host chats there)', async () => {
    for (const name of ['bot', 'offlineNoAgent', 'ended'] as const) {
      const element = await render(previewViews[name]);
      expect(part(element, 'composer'), name).to.equal(null);
      element.remove();
    }
  });

  it('offers a labelled leave-a-message form and the host’s contact routes when offline', async () => {
    const element = await render(previewViews.offlineNoAgent);
    const routes = document.createElement('a');
    routes.slot = 'contact-routes';
    routes.href = 'tel:+15550100';
    routes.textContent = 'Call us';
    element.append(routes);
    const form = part<HTMLFormElement>(element, 'leave-form')!;
    const labels = [...form.querySelectorAll('label')].map((label) => textOf(label));
    expect(labels).to.deep.equal(['Your message', 'Name (optional)', 'Email (optional)']);
    const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name="contact-routes"]')!;
    expect(slot.assignedElements()).to.deep.equal([routes]);
    expect(routes.checkVisibility()).to.equal(true);
  });

  it('offers the host’s contact routes and the way back to the bot once the link has stayed down, not before', async () => {
    const routes = () => {
      const link = document.createElement('a');
      link.slot = 'contact-routes';
      link.href = 'mailto:help@example.com';
      link.textContent = 'Email us';
      return link;
    };
    const brief = await render(previewViews.reconnecting);
    brief.append(routes());
    expect(part(brief, 'contact-routes'), 'a brief drop').to.equal(null);
    const stalled = await render(previewViews.reconnectingStalled);
    const link = routes();
    stalled.append(link);
    expect(shadow(stalled).querySelector<HTMLSlotElement>('slot[name="contact-routes"]')!.assignedElements()).to.deep.equal([link]);
    expect(link.checkVisibility()).to.equal(true);
    expect(textOf(part(stalled, 'cancel-button'))).to.equal('Cancel and go back to the assistant');
    expect(part(stalled, 'composer'), 'what the customer writes waits for the relay').to.exist;
    // A reply held for review waits for its reviewer: no cancel, as online.
    const review = await render({ ...previewViews.reconnectingStalled, decision: { ...previewViews.reviewing.decision!, kind: 'review' } });
    expect(part(review, 'cancel-button')).to.equal(null);
    expect(part(review, 'contact-routes')).to.exist;
  });

  it('says plainly that a refused request did not go through, promising nothing it will not do', async () => {
    const element = await render(previewViews.offlineRefused);
    const status = textOf(part(element, 'status'));
    expect(status).not.to.contain('can’t reach');
    expect(status).not.to.contain('as soon as we’re connected again');
    expect(part(element, 'leave-form')).to.exist;
    expect(part(element, 'contact-routes')).to.exist;
    expect(textOf(part(element, 'restart-button'))).to.equal('Back to the assistant');
  });

  it('stops the composer and the leave-a-message field at 10,000 characters, counting down near the limit', async () => {
    const near = (field: HTMLTextAreaElement, length: number) => {
      field.value = 'x'.repeat(length);
      field.dispatchEvent(new Event('input'));
    };
    const connected = await render(previewViews.connected);
    const composer = part<HTMLTextAreaElement>(connected, 'composer-input')!;
    expect(composer.maxLength).to.equal(10_000);
    near(composer, 8_500);
    await connected.updateComplete;
    expect(part(connected, 'counter')!.checkVisibility(), 'far from the limit').to.equal(false);
    near(composer, 9_250);
    await connected.updateComplete;
    const counter = part(connected, 'counter')!;
    expect(textOf(counter)).to.equal('750 characters left');
    expect(counter.checkVisibility()).to.equal(true);
    expect(composer.getAttribute('aria-describedby')).to.equal(counter.id);

    const offline = await render(previewViews.offlineNoAgent, { locale: 'de' });
    const message = shadow(offline).querySelector<HTMLTextAreaElement>('textarea[name="message"]')!;
    expect(message.maxLength).to.equal(10_000);
    near(message, 10_000);
    await offline.updateComplete;
    expect(textOf(part(offline, 'counter'))).to.equal('Noch 0 Zeichen');
    expect(message.getAttribute('aria-describedby')).to.equal(part(offline, 'counter')!.id);
  });
});

describe('<baton-handoff> drives the handoff it renders', () => {
  for (const name of names) {
    it(`"Talk to a person" asks for a person from ${name}`, async () => {
      const handoff = new RecordingHandoff(previewViews[name]);
      const element = await mount<BatonHandoff>('baton-handoff', { handoff });
      const heard = nextEvent<BatonHumanRequestEvent>('baton-human-request');
      part<HTMLButtonElement>(element, 'human-button')!.click();
      expect((await heard).phase).to.equal(previewViews[name].phase);
      expect(handoff.called('requestHuman')).to.have.length(1);
    });
  }

  it('re-renders when the handoff’s view changes', async () => {
    const handoff = new RecordingHandoff(previewViews.queuedWarm);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    handoff.setView(previewViews.connected);
    await element.updateComplete;
    expect(textOf(shadow(element))).to.contain('Ada has joined the conversation.');
  });

  it('cancels, restarts, retries, sends and reports typing through the handoff', async () => {
    const handoff = new RecordingHandoff(previewViews.queuedWarm);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    expect(handoff.called('cancel')).to.have.length(1);

    handoff.setView(previewViews.sendFailed);
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    expect(handoff.called('retry')).to.deep.equal([['c2']]);

    const input = part<HTMLTextAreaElement>(element, 'composer-input')!;
    input.value = '  it is the blue one  ';
    input.dispatchEvent(new Event('input'));
    expect(handoff.called('setTyping')).to.deep.equal([[true]]);
    part<HTMLButtonElement>(element, 'send-button')!.click();
    expect(handoff.called('send')).to.deep.equal([['it is the blue one']]);
    expect(handoff.called('setTyping')).to.deep.equal([[true], [false]]);
    expect(input.value).to.equal('');

    handoff.setView(previewViews.ended);
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'restart-button')!.click();
    expect(handoff.called('restart')).to.have.length(1);
  });

  it('goes back to the assistant from every offline state, for good', async () => {
    for (const name of ['offlineNoAgent', 'offlineOutOfHours', 'offlineUnreachable', 'offlineRefused', 'offlineConnectionRefused', 'messageLeft'] as const) {
      const handoff = new RecordingHandoff(previewViews[name]);
      const element = await mount<BatonHandoff>('baton-handoff', { handoff });
      part<HTMLButtonElement>(element, 'restart-button')!.click();
      expect(handoff.called('restart'), name).to.have.length(1);
      handoff.setView(previewViews.bot);
      await element.updateComplete;
      expect(textOf(part(element, 'status')), name).to.equal('You’re back with the assistant.');
      element.remove();
    }
  });

  it('keeps keyboard focus after Cancel or "Back to the assistant", on "Talk to a person"', async () => {
    for (const [from, button] of [
      [previewViews.queuedWarm, 'cancel-button'],
      [previewViews.offlineNoAgent, 'restart-button'],
      [previewViews.ended, 'restart-button'],
    ] as const) {
      const handoff = new RecordingHandoff(from);
      const element = await mount<BatonHandoff>('baton-handoff', { handoff });
      part<HTMLButtonElement>(element, button)!.focus();
      await sendKeys({ press: 'Enter' });
      handoff.setView(previewViews.bot);
      await element.updateComplete;
      expect(shadow(element).activeElement, `${from.phase}: ${button}`).to.equal(part(element, 'human-button'));
      element.remove();
    }
  });

  it('tells the host where a handoff it takes up mid-way stands (a reload), once, as a resumed status', async () => {
    const statuses: BatonStatusEvent[] = [];
    const record = (event: BatonStatusEvent) => statuses.push(event);
    document.addEventListener('baton-status', record);
    try {
      await mount<BatonHandoff>('baton-handoff', { handoff: new RecordingHandoff(previewViews.connected) });
      expect(statuses.map(({ phase, previous, resumed }) => ({ phase, previous, resumed }))).to.deep.equal([{ phase: 'connected', previous: 'connected', resumed: true }]);
      await mount<BatonHandoff>('baton-handoff', { handoff: new RecordingHandoff(previewViews.bot) });
      expect(statuses, 'nothing to say about a conversation with the bot').to.have.length(1);
    } finally {
      document.removeEventListener('baton-status', record);
    }
  });

  it('leaves a message with contact details when offline', async () => {
    const handoff = new RecordingHandoff(previewViews.offlineNoAgent);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    const form = part<HTMLFormElement>(element, 'leave-form')!;
    (form.elements.namedItem('message') as HTMLTextAreaElement).value = 'Please call me back';
    (form.elements.namedItem('email') as HTMLInputElement).value = 'sam@example.com';
    part<HTMLButtonElement>(element, 'leave-button')!.click();
    await element.updateComplete;
    expect(handoff.called('leaveMessage')).to.deep.equal([['Please call me back', { email: 'sam@example.com' }]]);
  });

  it('feeds observe() to the handoff', async () => {
    const handoff = new RecordingHandoff(previewViews.bot);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    element.observe({ role: 'bot', text: 'Here is how refunds work', confidence: 0.4, intent: 'refund' });
    expect(handoff.called('observe')).to.deep.equal([[{ role: 'bot', text: 'Here is how refunds work', confidence: 0.4, intent: 'refund' }]]);
  });

  it('turns the handoff’s announcements into typed, bubbling, composed baton-* events', async () => {
    const handoff = new RecordingHandoff(previewViews.bot);
    await mount<BatonHandoff>('baton-handoff', { handoff });
    const decision = previewViews.escalating.decision!;

    const pause = nextEvent<BatonBotPauseEvent>('baton-bot-pause');
    handoff.announce({ type: 'bot.pause' });
    expect((await pause).composed).to.equal(true);

    const resume = nextEvent('baton-bot-resume');
    handoff.announce({ type: 'bot.resume' });
    expect((await resume).bubbles).to.equal(true);

    const escalate = nextEvent<BatonEscalateEvent>('baton-escalate');
    handoff.announce({ type: 'escalated', decision: { ...decision, reason: 'asked' } as never });
    expect((await escalate).decision.trigger).to.equal('explicit_request');

    const released = nextEvent<BatonReplyReleasedEvent>('baton-reply-released');
    handoff.announce({ type: 'bot.reply.released', text: 'Your refund is on its way.', edited: false });
    expect((await released).text).to.equal('Your refund is on its way.');

    const blocked = nextEvent('baton-reply-blocked');
    handoff.announce({ type: 'bot.reply.blocked' });
    await blocked;

    handoff.setView(previewViews.connected);
    const agent = nextEvent<BatonAgentMessageEvent>('baton-agent-message');
    handoff.announce({ type: 'agent.message', text: 'Hello' });
    expect(await agent).to.include({ text: 'Hello', agentName: 'Ada' });

    const status = nextEvent<BatonStatusEvent>('baton-status');
    handoff.announce({ type: 'phase.changed', phase: 'connected', previous: 'queued' });
    expect(await status).to.include({ phase: 'connected', previous: 'queued' });
  });

  it('lets go of a host-provided handoff on disconnect without disposing it', async () => {
    const handoff = new RecordingHandoff(previewViews.bot);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    expect(handoff.subscriberCount).to.be.greaterThan(0);
    element.remove();
    await Promise.resolve();
    expect(handoff.subscriberCount).to.equal(0);
    expect(handoff.disposed).to.equal(false);
  });

  it('keeps its handoff when moved within the page', async () => {
    const handoff = new RecordingHandoff(previewViews.queuedWarm);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    const before = handoff.subscriberCount;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await new Promise((resolve) => setTimeout(resolve));
    expect(handoff.subscriberCount).to.equal(before);
    handoff.setView(previewViews.connected);
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.contain('Ada has joined the conversation.');
    elsewhere.remove();
  });
});

describe('<baton-handoff> announces status changes politely', () => {
  it('announces a new phase and queue position, not the ticking wait', async () => {
    const handoff = new RecordingHandoff(previewViews.bot);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    const region = shadow(element).querySelector('[role="status"]')!;
    handoff.setView(previewViews.queuedWarm);
    await element.updateComplete;
    expect(textOf(region)).to.equal('We’ve shared this conversation, you won’t need to repeat yourself. You’re number 3 in line.');
    const announced = region.textContent;
    let mutations = 0;
    const observer = new MutationObserver((records) => (mutations += records.length));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    handoff.setView({ ...previewViews.queuedWarm, queue: { position: 3, estimatedWaitMs: 180_000 } });
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.contain('about 3 min');
    expect(region.textContent).to.equal(announced);
    handoff.setView({ ...previewViews.queuedWarm, queue: { position: 2, estimatedWaitMs: 180_000 } });
    await element.updateComplete;
    observer.disconnect();
    expect(mutations).to.be.greaterThan(0);
    expect(textOf(region)).to.contain('You’re number 2 in line.');
  });
});

describe('<baton-handoff> confirms a left message politely', () => {
  it('says "we’ve got your message" in the live region, not only on the page', async () => {
    const handoff = new RecordingHandoff(previewViews.offlineNoAgent);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    const region = shadow(element).querySelector('[role="status"]')!;
    expect(textOf(region)).not.to.contain('Thanks');
    handoff.setView(previewViews.messageLeft);
    await element.updateComplete;
    expect(textOf(part(element, 'leave-confirmation'))).to.equal('Thanks, we’ve got your message.');
    expect(textOf(region)).to.contain('Thanks, we’ve got your message.');
  });
});

describe('<baton-handoff> says when the conversation is back with the assistant', () => {
  const region = (element: BatonHandoff) => shadow(element).querySelector('[role="status"]');

  it('says so, politely, when a person hands the conversation back, until the customer goes on', async () => {
    const handoff = new RecordingHandoff(previewViews.connected);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff });
    handoff.setView({ ...previewViews.bot, lines: previewViews.connected.lines });
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal('You’re back with the assistant.');
    expect(textOf(region(element))).to.equal('You’re back with the assistant.');
    expect(part(element, 'human-button')!.checkVisibility()).to.equal(true);

    // Still true on later views (a reconnect, say) until the customer writes again.
    handoff.setView({ ...previewViews.bot, connection: 'online', lines: [] });
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal('You’re back with the assistant.');
    void element.observe({ role: 'customer', text: 'ok, one more question' });
    await element.updateComplete;
    expect(part(element, 'status') === null, 'no status').to.equal(true);
    expect(textOf(region(element))).to.equal('');
  });

  it('says so after the customer cancels, from the queue or from a person', async () => {
    for (const from of [previewViews.queuedWarm, previewViews.connected, previewViews.reconnecting]) {
      const handoff = new RecordingHandoff(from);
      const element = await mount<BatonHandoff>('baton-handoff', { handoff });
      part<HTMLButtonElement>(element, 'cancel-button')?.click();
      handoff.setView(previewViews.bot);
      await element.updateComplete;
      expect(textOf(part(element, 'status')), from.phase).to.equal('You’re back with the assistant.');
      expect(textOf(region(element)), from.phase).to.equal('You’re back with the assistant.');
      element.remove();
    }
  });

  it('says nothing of the kind after a review decision, a restart after the end, or a handoff first seen in the bot phase', async () => {
    const reviewed = new RecordingHandoff(previewViews.reviewing);
    const afterReview = await mount<BatonHandoff>('baton-handoff', { handoff: reviewed });
    reviewed.setView(previewViews.reviewBlocked);
    await afterReview.updateComplete;
    expect(textOf(part(afterReview, 'status'))).to.equal('A teammate held this answer back. Ask again, or talk to a person.');

    const ended = new RecordingHandoff(previewViews.ended);
    const afterEnd = await mount<BatonHandoff>('baton-handoff', { handoff: ended });
    ended.setView(previewViews.bot);
    await afterEnd.updateComplete;
    expect(part(afterEnd, 'status') === null, 'no status').to.equal(true);

    // Switching from one handoff to another is not a hand-back.
    const other = new RecordingHandoff(previewViews.bot);
    const switched = await mount<BatonHandoff>('baton-handoff', { handoff: new RecordingHandoff(previewViews.connected) });
    switched.handoff = other;
    await switched.updateComplete;
    expect(part(switched, 'status') === null, 'no status').to.equal(true);
  });

  it('goes away when a new handoff starts, and comes back in every language', async () => {
    const handoff = new RecordingHandoff(previewViews.connected);
    const element = await mount<BatonHandoff>('baton-handoff', { handoff }, { locale: 'fr' });
    handoff.setView(previewViews.bot);
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal('Vous êtes de retour avec l’assistant.');
    handoff.setView(previewViews.escalating);
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).not.to.contain('de retour');
    handoff.setView(previewViews.ended);
    await element.updateComplete;
    handoff.setView(previewViews.bot);
    await element.updateComplete;
    expect(part(element, 'status') === null, 'no status after a restart').to.equal(true);
    handoff.setView(previewViews.queuedWarm);
    await element.updateComplete;
    handoff.setView(previewViews.bot);
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal('Vous êtes de retour avec l’assistant.');
  });

  it('shows it in a preview that moves from a handoff back to the bot (state galleries)', async () => {
    const element = await render(previewViews.connected);
    element.preview = previewViews.bot;
    await element.updateComplete;
    expect(textOf(part(element, 'status'))).to.equal('You’re back with the assistant.');
  });
});

describe('<baton-handoff> keeps remote text inert', () => {
  it(`renders ${XSS_PAYLOADS.length} injection payloads in customer and agent lines as plain text`, async () => {
    const calls: string[] = [];
    (window as unknown as { __batonXss: () => void }).__batonXss = () => calls.push('ran');
    const lines: HandoffView['lines'] = XSS_PAYLOADS.flatMap((payload, index) => [
      { id: `c${index}`, role: 'customer' as const, text: payload, at: index * 2 },
      { id: `a${index}`, role: 'agent' as const, text: payload, at: index * 2 + 1, agentName: payload },
    ]);
    const element = await render({ ...previewViews.connected, agent: { name: XSS_PAYLOADS[1]! }, lines });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const texts = parts(element, 'text');
    expect(texts).to.have.length(XSS_PAYLOADS.length * 2);
    texts.forEach((text, index) => {
      expect(text.children.length, `payload ${index >> 1} parsed`).to.equal(0);
      expect(text.textContent).to.equal(XSS_PAYLOADS[index >> 1]);
    });
    for (const sender of parts(element, 'sender')) expect(sender.children.length).to.equal(0);
    expect(shadow(element).querySelectorAll('script, img, iframe, svg:not([aria-hidden]), object, embed, style, link, meta, base, video, audio')).to.have.length(0);
    expect(calls).to.deep.equal([]);
  });
});

describe('<baton-handoff> locales', () => {
  it('uses the locale attribute, else <html lang>, else English', async () => {
    const spanish = await render(previewViews.queuedWarm, { locale: 'es' });
    expect(textOf(part(spanish, 'human-button'))).to.equal('Hablar con una persona');
    expect(textOf(part(spanish, 'status'))).to.contain('no tendrás que repetirte');
    expect(textOf(part(spanish, 'reason'))).to.equal('Motivo: Pidió una persona');

    document.documentElement.lang = 'de-AT';
    const german = await render(previewViews.queuedWarm);
    expect(textOf(part(german, 'human-button'))).to.equal('Mit einem Menschen sprechen');

    // The page's language is watched with a MutationObserver, whose callback runs after this task's microtasks.
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await german.updateComplete;
    };
    document.documentElement.lang = 'fr';
    await settled();
    expect(textOf(part(german, 'human-button'))).to.equal('Parler à une personne');

    document.documentElement.lang = 'ja';
    await settled();
    expect(textOf(part(german, 'human-button'))).to.equal('Talk to a person');

    german.locale = 'it';
    await german.updateComplete;
    expect(textOf(part(german, 'human-button'))).to.equal('Parla con una persona');
  });

  it('marks its content with the language it speaks, whatever the page says', async () => {
    for (const locale of ['fr', 'es', 'de', 'pt', 'it']) {
      const element = await render(previewViews.offlineNoAgent, { locale });
      for (const node of [part(element, 'status'), part(element, 'human-button'), part(element, 'leave-input'), shadow(element).querySelector('[role="status"]')]) {
        expect(node!.matches(`:lang(${locale})`), `${locale} ${node!.getAttribute('part') ?? 'live region'}`).to.equal(true);
        expect(node!.matches(':lang(en)')).to.equal(false);
      }
    }
    // Following the page (or falling back to English for a language it does not speak) is said too.
    document.documentElement.lang = 'ja';
    const fallback = await render(previewViews.queuedWarm);
    expect(part(fallback, 'status')!.matches(':lang(en)')).to.equal(true);
  });

  it('reads left to right when it falls back to English from a right-to-left language it does not speak', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    const fallback = await render(previewViews.connected);
    expect(part(fallback, 'base')!.matches(':lang(en)')).to.equal(true);
    expect(part(fallback, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(part(fallback, 'status')!).direction).to.equal('ltr');
    expect(getComputedStyle(shadow(fallback).querySelector('[role="status"]')!).direction).to.equal('ltr');
    // A language it speaks, chosen by the host, keeps the page's direction (a designer's RTL preview).
    const chosen = await render(previewViews.connected, { locale: 'fr' });
    expect(getComputedStyle(part(chosen, 'status')!).direction).to.equal('rtl');
  });

  it('says a refused connection did not go through in every language, offering no message that could never be sent', async () => {
    for (const [locale, strings] of Object.entries(LOCALES)) {
      for (const tag of ['baton-handoff', 'baton-chat']) {
        const element = await mount<BatonHandoff | BatonChat>(tag, { preview: previewViews.offlineConnectionRefused }, { locale });
        const status = textOf(part(element, 'status'));
        expect(status, `${tag} ${locale}`).to.contain(strings.offline.refused);
        expect(status, `${tag} ${locale}: no leave-a-message`).not.to.contain(strings.offlineLeaveMessage);
        expect(status).not.to.contain(strings.offline.unreachable);
        expect(status).not.to.contain(strings.humanRequestPending);
        expect(status).to.contain(strings.otherRoutes);
        expect(textOf(part(element, 'restart-button'))).to.equal(strings.backToAssistant);
        expect(part(element, 'leave-form'), `${tag} ${locale}`).to.equal(null);
        expect(part(element, 'contact-routes')).to.exist;
        expect(textOf(shadow(element).querySelector('[role="status"]'))).to.equal(strings.offline.refused);
        element.remove();
      }
    }
  });

  it('has every string in pt too', async () => {
    const element = await render(previewViews.offlineNoAgent, { locale: 'pt-BR' });
    expect(textOf(shadow(element))).to.contain('Ninguém está disponível agora.');
  });
});

describe('<baton-handoff> theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  const colors = (element: BatonHandoff) => {
    const button = getComputedStyle(part(element, 'human-button')!);
    const status = getComputedStyle(part(element, 'status')!);
    const customer = getComputedStyle(shadow(element).querySelector('.message.customer')!);
    const agent = getComputedStyle(shadow(element).querySelector('.message.agent')!);
    return { button, status, customer, agent };
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps text contrast at 4.5:1 or more in the ${scheme} theme`, async () => {
      const element = await render(previewViews.connected, { theme: scheme });
      const { button, status, customer, agent } = colors(element);
      for (const [name, style] of Object.entries({ button, status, customer, agent })) {
        expect(contrast(style.color, style.backgroundColor), name).to.be.at.least(4.5);
      }
    });
  }

  it('follows prefers-color-scheme unless a theme is forced', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const following = await render(previewViews.connected);
    const forced = await render(previewViews.connected, { theme: 'light' });
    expect(getComputedStyle(part(following, 'status')!).backgroundColor).to.equal('rgb(58, 48, 0)');
    expect(getComputedStyle(part(forced, 'status')!).backgroundColor).to.equal('rgb(255, 248, 225)');
  });

  it('takes --baton-* custom properties and ::part() styles from the page, and leaks none out', async () => {
    const style = document.createElement('style');
    style.textContent = `baton-handoff { --baton-color-accent: rgb(1, 2, 3); } baton-handoff::part(status) { border: 3px solid rgb(4, 5, 6); } .status, button { color: rgb(7, 8, 9) !important; }`;
    document.head.append(style);
    const outside = document.createElement('button');
    outside.className = 'human-button primary';
    document.body.append(outside);
    try {
      const element = await render(previewViews.queuedWarm);
      expect(getComputedStyle(part(element, 'human-button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'status')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(element, 'status')!).color).not.to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(outside).backgroundColor).not.to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
      outside.remove();
    }
  });

  it('inherits --baton-* from any ancestor but none of the page’s text styles, whatever the root font size', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.cssText = '--baton-color-accent: rgb(1, 2, 3); letter-spacing: 5px; text-transform: uppercase; font-style: italic; font-size: 40px; line-height: 3;';
    document.body.append(wrapper);
    document.documentElement.style.fontSize = '62.5%';
    try {
      const element = document.createElement('baton-handoff');
      element.preview = previewViews.queuedWarm;
      wrapper.append(element);
      await element.updateComplete;
      const button = getComputedStyle(part(element, 'human-button')!);
      expect(button.backgroundColor).to.equal('rgb(1, 2, 3)');
      const text = getComputedStyle(part(element, 'status-text')!);
      expect([text.letterSpacing, text.textTransform, text.fontStyle, text.fontSize, text.lineHeight]).to.deep.equal(['normal', 'none', 'normal', '15px', '21px']);
    } finally {
      wrapper.remove();
      document.documentElement.style.fontSize = '';
    }
  });

  it('lays out right to left under dir="rtl"', async () => {
    const ltr = await render(previewViews.connected);
    const rtl = await render(previewViews.connected, { dir: 'rtl' });
    const side = (element: BatonHandoff, role: string) => {
      const host = element.getBoundingClientRect();
      const line = shadow(element).querySelector(`.message.${role}`)!.getBoundingClientRect();
      return line.left - host.left < host.right - line.right ? 'left' : 'right';
    };
    expect(getComputedStyle(part(rtl, 'status')!).direction).to.equal('rtl');
    expect(side(ltr, 'customer')).to.equal('right');
    expect(side(ltr, 'agent')).to.equal('left');
    expect(side(rtl, 'customer')).to.equal('left');
    expect(side(rtl, 'agent')).to.equal('right');
  });

  it('drops transitions under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await render(previewViews.queuedWarm);
    expect(getComputedStyle(part(element, 'human-button')!).transitionDuration).to.equal('0s');
  });
});
