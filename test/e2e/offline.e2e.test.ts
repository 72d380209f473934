// Scenario 4: nobody can take the conversation (no agent online; outside opening hours), so the
// customer gets the offline fallback, leaves a message, and it reaches the desk.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { CUSTOMER_TEXT, type CustomerPage } from './customer.page.js';
import type { E2E } from './demo.fixture.js';
import { useE2E } from './use-e2e.js';
import type { DeskPage } from './desk.page.js';

async function leaveMessage(customer: CustomerPage, text: string): Promise<void> {
  const form = customer.status.locator('form[part="leave-form"]');
  await form.getByRole('textbox', { name: 'Your message' }).fill(text);
  await form.getByRole('textbox', { name: 'Name (optional)' }).fill('Robin Park');
  await form.getByRole('textbox', { name: 'Email (optional)' }).fill('robin@example.com');
  await form.getByRole('button', { name: 'Send message' }).click();
  await customer.statusText(CUSTOMER_TEXT.leftMessage).waitFor();
}

/** The left message is on the desk: a card to open, with the message and the contact details. */
async function expectLeftMessageOnDesk(desk: DeskPage, text: string): Promise<void> {
  const card = desk.cards.first();
  await card.waitFor();
  expect(await desk.cards.count()).toBe(1);
  await desk.select(card);
  await desk.transcriptLine(text).filter({ hasText: 'Customer' }).waitFor();
  await desk.detail.getByText('robin@example.com').first().waitFor();
}

describe('no agent online', () => {
  const e2e = useE2E();

  it('offers to leave a message, which appears on the desk once an agent signs in', async () => {
    const customer = await e2e().customer();
    await customer.say('Where is my order BT-40404?');
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.noAgent).waitFor();
    await customer.statusText('Leave a message and we’ll get back to you.').waitFor();
    // The host's other contact routes, slotted into the fallback.
    await customer.page.getByRole('link', { name: 'help@northwind.example' }).waitFor();
    await screenshot(customer.page, 'customer-offline');

    await leaveMessage(customer, 'Please call me back about BT-40404, it never arrived.');
    await screenshot(customer.page, 'customer-offline-left-message');

    const desk = await e2e().desk();
    await expectLeftMessageOnDesk(desk, 'Please call me back about BT-40404, it never arrived.');
    await screenshot(desk.page, 'desk-left-message');
  });
});

describe('the last agent leaves while a customer waits', () => {
  const e2e: () => E2E = useE2E({ relayConfig: { queue: { noAgentGrace: '2s' } } });

  it('tells the customer nobody is available after the grace, and the message they leave reaches the next agent', async () => {
    const desk = await e2e().desk();
    const customer = await e2e().customer();
    await customer.say('Where is my order BT-60606?');
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.nextInLine).waitFor();
    await desk.close();

    // Not a wait in a line nobody serves: the offline fallback, with the way to leave a message.
    await customer.statusText(CUSTOMER_TEXT.noAgent).waitFor({ timeout: 10_000 });
    await leaveMessage(customer, 'Nobody came, please email me about BT-60606.');
    const next = await e2e().desk();
    await expectLeftMessageOnDesk(next, 'Nobody came, please email me about BT-60606.');
  });
});

describe('outside opening hours', () => {
  const e2e: () => E2E = useE2E({ relayConfig: { hours: { timezone: 'UTC', windows: [closedNow()] } } });

  it('says so even with an agent online, and the left message reaches that agent', async () => {
    const desk = await e2e().desk();
    const customer = await e2e().customer();
    await customer.say('Where is my order BT-50505?');
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.outOfHours).waitFor();
    await screenshot(customer.page, 'customer-out-of-hours');

    await leaveMessage(customer, 'Call me tomorrow about BT-50505 please.');
    await expectLeftMessageOnDesk(desk, 'Call me tomorrow about BT-50505 please.');
  });
});

/** A one-hour opening window that starts two hours from now (UTC), so the relay is closed now. */
function closedNow(): { from: string; to: string } {
  const hour = (offset: number) => `${String((new Date().getUTCHours() + offset) % 24).padStart(2, '0')}:00`;
  return { from: hour(2), to: hour(3) };
}
