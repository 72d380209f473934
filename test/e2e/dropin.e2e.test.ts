// Scenario 8: the drop-in path. A chat written by hand keeps its own bot and places <baton-handoff>
// in it (demo/dropin.html). On an English page a customer asks for a person in German: Baton loads
// the German pack, hands over, and the host's bot never answers that message.
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.js';
import { CUSTOMER_TEXT } from './customer.page.js';
import { useE2E } from './use-e2e.js';

describe('the drop-in chat with <baton-handoff>', () => {
  const e2e = useE2E();

  it('answers with the host’s bot, then hands a request in German to the desk without the bot answering it', async () => {
    const desk = await e2e().desk();
    await desk.waitOnline();
    const { page, errors } = await newPage(e2e().browser);
    page.setDefaultTimeout(20_000);
    try {
      await page.goto(`${e2e().demo.pages.dropin}?bot-delay=0`);
      const log = page.getByRole('log', { name: 'Conversation with the assistant' });
      const botLines = log.locator('li.from-bot');
      const input = page.getByRole('textbox', { name: 'Message the assistant' });
      await botLines.first().waitFor();
      const greetings = await botLines.count();

      await input.fill('Where is my order BT-40404?');
      await input.press('Enter');
      await botLines.nth(greetings).waitFor();

      await input.fill('Ich möchte mit einem Menschen sprechen');
      await input.press('Enter');
      const handoff = page.locator('baton-handoff');
      await handoff.locator('[part="status-text"]', { hasText: CUSTOMER_TEXT.warm }).waitFor();
      await desk.card('Asked for a person').waitFor();
      // The bot was never asked: no reply of Nova's after the German request.
      expect(await log.locator('li').last().textContent()).toContain('Ich möchte mit einem Menschen sprechen');
      expect(await botLines.count()).toBe(greetings + 1);
      expect(await page.locator('#bot-state').textContent()).toBe('A person from our team has the conversation');
    } finally {
      await page.context().close();
    }
    expect(errors, 'uncaught errors on the page').toEqual([]);
  });
});
