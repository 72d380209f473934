// The storefront: <baton-chat> on a shop page, answered by the simulated bot until Baton hands over.
import '@baton/widget';
import { simulatedBotAdapter } from '../bot/bot-adapter.js';
import { SUGGESTED_PROMPTS } from '../bot/simulated-bot.js';
import { botDelayMs, customerPolicy, pageLocale, RELAY_URL } from '../shared/demo-env.js';

const chat = document.querySelector('baton-chat')!;
chat.policy = customerPolicy();
chat.bot = simulatedBotAdapter(botDelayMs());
const locale = pageLocale();
if (locale) chat.locale = locale;
// Set last: the element connects to the relay once it has one.
chat.relay = RELAY_URL;

const tips = document.querySelector('#prompt-tips')!;
for (const prompt of SUGGESTED_PROMPTS) {
  const item = document.createElement('li');
  const quote = document.createElement('q');
  quote.textContent = prompt.text;
  const shows = document.createElement('span');
  shows.textContent = `Shows ${prompt.shows}.`;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'button button--quiet';
  copy.textContent = 'Copy and open the chat';
  copy.setAttribute('aria-label', `Copy “${prompt.text}”`);
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(prompt.text).catch(() => undefined);
    copy.textContent = 'Copied';
    setTimeout(() => (copy.textContent = 'Copy and open the chat'), 1500);
    await chat.show();
  });
  item.append(quote, shows, document.createElement('br'), copy);
  tips.append(item);
}
