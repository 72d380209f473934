// The drop-in page: the hand-made chat of dropin-chat.ts, wired to the demo relay and the simulated bot.
import '@baton/widget';
import { createSimulatedBot } from '../bot/simulated-bot.js';
import { botDelayMs, customerPolicy, pageLocale, RELAY_URL } from '../shared/demo-env.js';
import { startDropinChat } from './dropin-chat.js';

const handoff = document.querySelector('baton-handoff')!;
handoff.policy = customerPolicy();
const locale = pageLocale();
if (locale) handoff.locale = locale;

startDropinChat(
  {
    handoff,
    log: document.querySelector<HTMLOListElement>('#chat-log')!,
    composer: document.querySelector<HTMLFormElement>('#composer')!,
    input: document.querySelector<HTMLInputElement>('#chat-input')!,
    typing: document.querySelector<HTMLElement>('#bot-typing')!,
    botState: document.querySelector<HTMLElement>('#bot-state')!,
  },
  { bot: createSimulatedBot(), botDelayMs: botDelayMs(), storage: sessionStorage },
);
// Set last: the element connects to the relay once it has one, with every listener in place.
handoff.relay = RELAY_URL;
