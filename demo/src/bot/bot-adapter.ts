// Turns the simulated bot into the `bot` adapter <baton-chat> expects: an async reply with the
// assistant's confidence and intent, after a short "typing" pause so the demo feels like a chat.
import type { BotAdapter } from '@baton/widget';
import { createSimulatedBot, type SimulatedBot } from './simulated-bot.js';

export function simulatedBotAdapter(delayMs: number, bot: SimulatedBot = createSimulatedBot()): BotAdapter {
  return async (text) => {
    const reply = bot.reply(text);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return reply;
  };
}
