// Scenario 8: the drop-in path. A chat written by hand keeps its own bot and places <baton-handoff>
// in it (demo/dropin.html). On an English page a customer asks for a person in German: Baton loads
// the German pack, hands over, and the host’s bot never answers that message; the agent’s replies stay
// in view, and the page says the chat ended until the customer goes back to the assistant.
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.js';
import { CUSTOMER_TEXT } from './customer.page.js';
import { useE2E } from './use-e2e.js';

describe('the drop-in chat with <baton-handoff>', () => {
  const e2e = useE2E();

  it('answers with the host’s bot, hands a German request to the desk without the bot answering it, keeps the chat in view, and tells the truth when it ends', async () => {
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
      expect(await page.locator('#bot-state').textContent()).toBe('Waiting for a person from our team');

      // The agent answers at length: the newest line stays in view inside the handoff's scrolling box.
      await desk.select(desk.card('Asked for a person'));
      await desk.claimSelected();
      for (let i = 1; i <= 6; i++) await desk.reply(`Reply number ${i}: let me check that order for you.`);
      const newest = handoff.locator('[part~="message-agent"]', { hasText: 'Reply number 6' });
      await newest.waitFor();
      await expect.poll(async () => {
        const [line, box] = await Promise.all([newest.boundingBox(), handoff.boundingBox()]);
        return line !== null && box !== null && line.y + line.height <= box.y + box.height + 1;
      }).toBe(true);

      // Resolved: the page says so (not "back with Nova") until the customer goes back to the assistant.
      await desk.resolve('Resolved');
      await expect.poll(() => page.locator('#bot-state').textContent()).toBe('Your conversation with our team has ended');
      await handoff.getByRole('button', { name: CUSTOMER_TEXT.backToAssistant }).click();
      await log.locator('li.from-system', { hasText: 'You’re back with Nova, the assistant.' }).waitFor();
      expect(await page.locator('#bot-state').textContent()).toBe('Nova, the assistant, is answering');
      await input.waitFor();
    } finally {
      await page.context().close();
    }
    expect(errors, 'uncaught errors on the page').toEqual([]);
  });
});
