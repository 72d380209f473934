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
  // The name starts with the visible text, so a speech-input user can say what they see (WCAG 2.5.3
  // Label in Name), and goes on with the prompt, so a screen-reader user knows what is copied.
  const label = (text: string) => {
    copy.textContent = text;
    copy.setAttribute('aria-label', `${text}: “${prompt.text}”`);
  };
  label('Copy and open the chat');
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(prompt.text).catch(() => undefined);
    label('Copied');
    setTimeout(() => label('Copy and open the chat'), 1500);
    await chat.show();
  });
  item.append(quote, shows, document.createElement('br'), copy);
  tips.append(item);
}
