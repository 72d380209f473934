// The drop-in path: a chat UI written by hand (plain DOM), with <baton-handoff> placed in it. The host
// keeps its own bot, feeds Baton every message, shows bot replies once Baton releases them, and stops
// its bot while a person has the conversation.
import '@baton/widget';
import type { BatonReplyReleasedEvent, BatonStatusEvent, HandoffPhase } from '@baton/widget';
import { createSimulatedBot } from '../bot/simulated-bot.js';
import { botDelayMs, customerPolicy, pageLocale, RELAY_URL, wait } from '../shared/demo-env.js';

const handoff = document.querySelector('baton-handoff')!;
const log = document.querySelector<HTMLOListElement>('#chat-log')!;
const composer = document.querySelector<HTMLFormElement>('#composer')!;
const input = document.querySelector<HTMLInputElement>('#chat-input')!;
const typing = document.querySelector<HTMLElement>('#bot-typing')!;
const botState = document.querySelector<HTMLElement>('#bot-state')!;

const bot = createSimulatedBot();
const delay = botDelayMs();
let botPaused = false;
let phase: HandoffPhase = 'bot';

handoff.policy = customerPolicy();
const locale = pageLocale();
if (locale) handoff.locale = locale;
handoff.relay = RELAY_URL;

interface LogLine {
  from: 'customer' | 'bot' | 'system';
  text: string;
  meta?: string;
}

// The host keeps its own history across reloads, as a real chat would; <baton-handoff> restores the
// human side (queue place, conversation) by itself.
const HISTORY_KEY = 'northwind-dropin-log';
const logLines: LogLine[] = JSON.parse(sessionStorage.getItem(HISTORY_KEY) ?? '[]') as LogLine[];

function say(from: LogLine['from'], text: string, meta?: string): void {
  logLines.push(meta ? { from, text, meta } : { from, text });
  sessionStorage.setItem(HISTORY_KEY, JSON.stringify(logLines));
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

/** The header says who has the conversation, by the handoff's phase (the same truth <baton-handoff> tells). */
const WHO_ANSWERS: Partial<Record<HandoffPhase, string>> = {
  bot: 'Nova, the assistant, is answering',
  reviewing: 'A teammate is checking Nova’s answer',
  offline: 'Nobody from our team is available right now',
  ended: 'Your conversation with our team has ended',
};

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
// reviewer, or the leave-a-message form), so the host's composer steps aside.
handoff.addEventListener('baton-status', (event: BatonStatusEvent) => {
  phase = event.phase;
  composer.hidden = phase !== 'bot';
  botState.textContent = WHO_ANSWERS[phase] ?? 'A person from our team has the conversation';
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
  if (!text || botPaused || phase !== 'bot') return;
  input.value = '';
  say('customer', text);
  // Resolves once the policy has read the words (after their language pack, if one had to load).
  const read = await handoff.observe({ role: 'customer', text });
  // The customer's own words may have handed the conversation over (e.g. "can I talk to someone").
  if (read !== 'bot' && read !== null) return;

  typing.hidden = false;
  await wait(delay);
  // Or the customer pressed "Talk to a person" while the bot was thinking.
  if (botPaused || phase !== 'bot') {
    typing.hidden = true;
    return;
  }
  typing.hidden = true;
  const reply = bot.reply(text);
  // Shown when Baton releases it (`baton-reply-released`): at once, after a review, or never.
  handoff.observe({ role: 'bot', text: reply.text, confidence: reply.confidence, intent: reply.intent });
});

if (logLines.length === 0) say('bot', 'Hi! I’m Nova. Ask me about orders, deliveries, returns, sizing or billing.');
else logLines.forEach(renderLine);
