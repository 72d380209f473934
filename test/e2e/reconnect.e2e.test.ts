// Scenario 5: the relay dies mid-conversation and comes back on the same port and database. Both
// sides say they are reconnecting, then recover, and what was sent around the outage arrives once.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { CUSTOMER_TEXT, type CustomerPage } from './customer.page.js';
import { useE2E } from './use-e2e.js';
import type { DeskPage } from './desk.page.js';

const e2e = useE2E();

/** A customer connected to Alex, one message each way, before anything goes wrong. */
async function connected(): Promise<{ customer: CustomerPage; desk: DeskPage }> {
  const desk = await e2e().desk();
  const customer = await e2e().customer();
  await customer.say('Where is my order BT-77777?');
  await customer.talkToPerson();
  const card = desk.card('Asked for a person');
  await card.waitFor();
  await desk.select(card);
  await desk.claimSelected();
  await desk.reply('Hello, Alex here.');
  await customer.statusText(CUSTOMER_TEXT.joined('Alex Rivera')).waitFor();
  await customer.say('Just before the outage');
  await desk.transcriptLine('Just before the outage').waitFor();
  return { customer, desk };
}

async function expectEachOnce(customer: CustomerPage, desk: DeskPage, texts: string[]): Promise<void> {
  for (const text of texts) {
    expect(await customer.line(text).count(), `customer sees "${text}" once`).toBe(1);
    expect(await desk.transcriptLine(text).count(), `desk sees "${text}" once`).toBe(1);
  }
  expect(await customer.log.getByText('Not delivered.').count()).toBe(0);
}

describe('relay restart mid-conversation', () => {
  it('the customer sees reconnecting, recovers, and every message arrives exactly once', async () => {
    const { customer, desk } = await connected();

    await e2e().demo.stopRelay();
    await customer.statusText(CUSTOMER_TEXT.reconnecting).waitFor();
    await screenshot(customer.page, 'customer-reconnecting');

    // Written while the relay is down: it must be delivered once the relay is back.
    const box = customer.dialog.getByRole('textbox', { name: 'Message' });
    await box.fill('Sent during the outage');
    await box.press('Enter');
    await customer.line('Sent during the outage').waitFor();

    await e2e().demo.startRelay();
    await customer.statusText(CUSTOMER_TEXT.reconnecting).waitFor({ state: 'detached', timeout: 30_000 });
    await customer.statusText(CUSTOMER_TEXT.joined('Alex Rivera')).waitFor();

    // The agent reopens the desk (its own recovery is the next test), finds the conversation and carries on.
    await desk.page.reload();
    await desk.waitOnline();
    await desk.select(desk.card('Asked for a person'));
    await desk.transcriptLine('Sent during the outage').waitFor({ timeout: 30_000 });
    await desk.reply('Right after the restart');
    await customer.line('Right after the restart').waitFor();
    await customer.say('Got it, thanks');
    await desk.transcriptLine('Got it, thanks').waitFor();

    await expectEachOnce(customer, desk, ['Hello, Alex here.', 'Just before the outage', 'Sent during the outage', 'Right after the restart', 'Got it, thanks']);
    expect(await desk.cards.count()).toBe(1);
    await screenshot(customer.page, 'customer-after-restart');
  });

  it('the desk shows reconnecting and recovers on its own, still signed in', async () => {
    const { customer, desk } = await connected();

    await e2e().demo.stopRelay();
    await customer.statusText(CUSTOMER_TEXT.reconnecting).waitFor();
    const reconnecting = desk.connection.filter({ hasText: 'Connection lost. Reconnecting…' });
    const signedOut = desk.root.getByRole('alert').filter({ hasText: 'The relay refused this token' });
    await reconnecting.or(signedOut).waitFor();
    await screenshot(desk.page, 'desk-reconnecting');
    // A relay restart is not a bad token: the agent must not be sent back to the sign-in form.
    expect(await signedOut.count(), 'desk signed the agent out during a relay restart').toBe(0);

    await e2e().demo.startRelay();
    await desk.waitOnline();
    await desk.reply('Back after the restart');
    await customer.line('Back after the restart').waitFor();
    await customer.say('Welcome back');
    await desk.transcriptLine('Welcome back').waitFor();
    await expectEachOnce(customer, desk, ['Hello, Alex here.', 'Just before the outage', 'Back after the restart', 'Welcome back']);
  });
});
