// Scenarios 1 and 2: a customer asks for a person and an agent takes over, warm and cold.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { CUSTOMER_TEXT } from './customer.page.js';
import { useE2E } from './use-e2e.js';

const e2e = useE2E();

describe('live takeover', () => {
  it('warm: the desk sees the summary, both sides chat, the agent resolves and the customer returns to the bot', async () => {
    const desk = await e2e().desk();
    const customer = await e2e().customer();

    await customer.say('Where is my order BT-31337?');
    await customer.line('Order BT-31337 left our warehouse').waitFor();
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.warm).waitFor();
    await customer.statusText(CUSTOMER_TEXT.nextInLine).waitFor();
    await screenshot(customer.page, 'customer-warm-status');

    const card = desk.card('Asked for a person');
    await card.waitFor();
    expect(await desk.cards.count()).toBe(1);
    await desk.select(card);
    // The warm briefing: what the customer wants, what the AI tried (with its confidence), the order number.
    await desk.summary.getByRole('heading', { name: 'Summary' }).waitFor();
    await desk.summary.getByText('The customer wants').waitFor();
    await desk.summary.getByText(/Order BT-31337 left our warehouse/).waitFor();
    await desk.summary.getByText(/confidence 93%/).waitFor();
    await desk.transcriptLine('Where is my order BT-31337?').waitFor();
    await screenshot(desk.page, 'desk-summary');

    await desk.claimSelected();
    await desk.reply('Hi, I am Alex. Let me look at BT-31337 for you.');
    await customer.statusText(CUSTOMER_TEXT.joined('Alex Rivera')).waitFor();
    await customer.line('Let me look at BT-31337 for you.').filter({ hasText: 'Alex Rivera' }).waitFor();

    await customer.say('Thanks! Can it come on Friday instead?');
    await desk.transcriptLine('Can it come on Friday instead?').filter({ hasText: 'Customer' }).waitFor();
    await desk.reply('Done: it will arrive on Friday.');
    await customer.line('Done: it will arrive on Friday.').waitFor();
    await screenshot(customer.page, 'customer-connected');
    await screenshot(desk.page, 'desk-connected');

    await desk.resolve('Resolved');
    await customer.statusText(CUSTOMER_TEXT.endedWith('Alex Rivera')).waitFor();
    await screenshot(customer.page, 'customer-ended');

    await customer.status.getByRole('button', { name: CUSTOMER_TEXT.backToAssistant }).click();
    await customer.status.waitFor({ state: 'detached' });
    await customer.say('What are your shipping options?');
    // The bot answers again: a new Assistant line after the question, and no new escalation.
    await expect.poll(async () => (await customer.lineTexts()).at(-1) ?? '', { timeout: 15_000 }).toMatch(/^Assistant/);
    // Resolved, so nothing is open any more: the return to the bot did not escalate again.
    await desk.root.getByText('Nothing here. New escalations appear as they arrive.').waitFor();
  });

  it('cold: the customer is told to explain again and the desk sees no summary or transcript before the claim', async () => {
    const desk = await e2e().desk();
    const customer = await e2e().customer('bot-delay=0&transfer=cold');

    await customer.say('Where is my order BT-55555?');
    await customer.line('Order BT-55555 left our warehouse').waitFor();
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.cold).waitFor();
    await screenshot(customer.page, 'customer-cold-status');

    const card = desk.card('Asked for a person');
    await card.waitFor();
    await desk.select(card);
    await desk.summary.getByText('Cold transfer: only the reason for the handoff is shared, no summary and no earlier conversation. The customer was asked to tell you what they need.').waitFor();
    // Only the queued status note: no customer or AI line, and the order number appears nowhere on the desk.
    expect(await desk.transcript.locator('li[data-speaker]').count()).toBe(0);
    expect(await desk.root.textContent()).not.toContain('BT-55555');
    await screenshot(desk.page, 'desk-cold');

    await desk.claimSelected();
    await desk.reply('Hi, what can I do for you?');
    await customer.line('Hi, what can I do for you?').waitFor();
    await customer.say('My parcel BT-55555 is late.');
    await desk.transcriptLine('My parcel BT-55555 is late.').waitFor();
  });
});
