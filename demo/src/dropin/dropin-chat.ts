// The drop-in chat's behaviour: a chat UI written by hand (plain DOM) with <baton-handoff> placed in it.
// The host keeps its own bot, feeds Baton every message, shows bot replies once Baton releases them,
// and stops its bot while a person has the conversation. Apart from the page's setup (dropin.ts reads
// Vite's env) so the widget's browser tests can run it against a real relay.
import type { BatonHandoff, BatonReplyReleasedEvent, BatonStatusEvent, HandoffPhase } from '@baton/widget';
import type { SimulatedBot } from '../bot/simulated-bot.js';

export interface DropinElements {
  handoff: BatonHandoff;
  log: HTMLOListElement;
  composer: HTMLFormElement;
  input: HTMLInputElement;
  typing: HTMLElement;
  /** The header line saying who has the conversation. */
  botState: HTMLElement;
}

export interface DropinOptions {
  bot: SimulatedBot;
  /** How long the bot "types" before it answers. */
  botDelayMs: number;
  /** Where the host keeps its own history across reloads (the page's sessionStorage). */
  storage: Storage;
}

interface LogLine {
  from: 'customer' | 'bot' | 'system';
  text: string;
  meta?: string;
}

/** The header says who has the conversation, by the handoff's phase (the same truth <baton-handoff> tells). */
export const WHO_ANSWERS: Readonly<Record<HandoffPhase, string>> = {
  bot: 'Nova, the assistant, is answering',
  reviewing: 'A teammate is checking Nova’s answer',
  escalating: 'Finding a person from our team…',
  queued: 'Waiting for a person from our team',
  connected: 'A person from our team has the conversation',
  reconnecting: 'Reconnecting to our team…',
  offline: 'Nobody from our team can take the chat right now',
  ended: 'Your conversation with our team has ended',
};

/** Said in the host's log when the customer writes there while only <baton-handoff> can take their words. */
export const WRITE_BELOW = 'Our team can’t take the chat right now: leave a message below, or go back to the assistant.';

// The host keeps its own history across reloads, as a real chat would; <baton-handoff> restores the
// human side (queue place, conversation) by itself.
const HISTORY_KEY = 'northwind-dropin-log';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function startDropinChat({ handoff, log, composer, input, typing, botState }: DropinElements, { bot, botDelayMs, storage }: DropinOptions): void {
  let botPaused = false;
  let phase: HandoffPhase = 'bot';
  const logLines = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]') as LogLine[];

  function say(from: LogLine['from'], text: string, meta?: string): void {
    logLines.push(meta ? { from, text, meta } : { from, text });
    storage.setItem(HISTORY_KEY, JSON.stringify(logLines));
    renderLine({ from, text, meta });
  }

  function renderLine({ from, text, meta }: LogLine): void {
    const item = document.createElement('li');
    item.className = `from-${from}`;
    // Text nodes only: what people type is never parsed as HTML.
    item.textContent = text;
    if (meta) {
      const small = document.createElement('span');
      small.className = 'meta';
      small.textContent = meta;
      item.append(small);
    }
    log.append(item);
    log.scrollTop = log.scrollHeight;
  }

  function setPaused(paused: boolean): void {
    botPaused = paused;
    typing.hidden = true;
  }

  // <baton-handoff> scrolls within its box here (max-height in dropin.css): keep its newest line and its
  // composer in view as the human conversation grows. Its lines live in its shadow root, so follow the
  // events that add them: the agent's messages, status changes, and the customer sending (Enter or Send).
  function keepNewestInView(): void {
    requestAnimationFrame(() => requestAnimationFrame(() => (handoff.scrollTop = handoff.scrollHeight)));
  }
  for (const type of ['baton-agent-message', 'baton-status', 'baton-connection', 'baton-reply-released'] as const) {
    handoff.addEventListener(type, keepNewestInView);
  }
  handoff.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key === 'Enter') keepNewestInView();
  });
  handoff.addEventListener('click', keepNewestInView);

  handoff.addEventListener('baton-bot-pause', () => setPaused(true));
  handoff.addEventListener('baton-bot-resume', () => setPaused(false));
  // Outside the bot phase the customer writes in <baton-handoff>'s own composer (to the person, the
  // reviewer, or the leave-a-message form), so the host's composer steps aside. After a reload mid-handoff
  // the element says where it stands with a `resumed` status (its `previous` is the same phase).
  handoff.addEventListener('baton-status', (event: BatonStatusEvent) => {
    phase = event.phase;
    composer.hidden = phase !== 'bot';
    botState.textContent = WHO_ANSWERS[phase];
    if (phase === 'bot' && event.previous !== 'bot') {
      // Said once the customer is really back (after "Back to the assistant" when a chat ended).
      say('system', 'You’re back with Nova, the assistant.');
      input.focus();
    }
  });
  handoff.addEventListener('baton-reply-released', (event: BatonReplyReleasedEvent) => {
    say('bot', event.text, event.edited ? 'Checked and edited by a teammate' : undefined);
  });
  handoff.addEventListener('baton-reply-blocked', () => {
    say('system', 'A teammate decided that answer was not right. Ask again, or talk to a person.');
  });

  composer.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (phase === 'offline') {
      // Nobody reads this box now: the words stay in it, and the customer is told where to go.
      say('system', WRITE_BELOW);
      return;
    }
    input.value = '';
    // With a person (or on the way to one) Baton forwards the words and shows them in its conversation.
    const withBot = phase === 'bot' || phase === 'ended';
    if (withBot) say('customer', text);
    // Resolves once the policy has read the words (after their language pack, if one had to load).
    const read = await handoff.observe({ role: 'customer', text });
    // The customer's own words may have handed the conversation over (e.g. "can I talk to someone").
    if (!withBot || (read !== 'bot' && read !== null)) return;

    typing.hidden = false;
    await wait(botDelayMs);
    typing.hidden = true;
    // Or the customer pressed "Talk to a person" while the bot was thinking.
    if (botPaused || phase !== 'bot') return;
    const reply = bot.reply(text);
    // Shown when Baton releases it (`baton-reply-released`): at once, after a review, or never.
    void handoff.observe({ role: 'bot', text: reply.text, confidence: reply.confidence, intent: reply.intent });
  });

  if (logLines.length === 0) say('bot', 'Hi! I’m Nova. Ask me about orders, deliveries, returns, sizing or billing.');
  else logLines.forEach(renderLine);
}
