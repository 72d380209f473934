// Scenario 3: the bot's unsure refund answer (confidence 0.42, inside the review band) is held for a
// teammate; each of the reviewer's decisions reaches the customer as it should.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { CUSTOMER_TEXT, type CustomerPage } from './customer.page.js';
import { useE2E } from './use-e2e.js';
import type { DeskPage } from './desk.page.js';

const e2e = useE2E();

const QUESTION = 'Can I get a refund for the jacket I bought in the sale?';
const HELD = /qualifies for a full refund of €89\.00 to your original card/;

/** The customer asks the refund question; it is held, and the desk has opened the review. */
async function heldForReview(): Promise<{ customer: CustomerPage; desk: DeskPage }> {
  const desk = await e2e().desk();
  const customer = await e2e().customer();
  await customer.say(QUESTION);
  await customer.statusText(CUSTOMER_TEXT.reviewPending).waitFor();
  // Held means held: the unsure answer is nowhere in the customer's conversation.
  expect(await customer.log.innerText()).not.toMatch(HELD);

  const card = desk.cards.filter({ hasText: 'Review' });
  await card.waitFor();
  await desk.select(card);
  await desk.detail.getByRole('heading', { name: 'AI reply held for review' }).waitFor();
  await desk.detail.getByText(HELD).first().waitFor();
  return { customer, desk };
}

describe('review of a held bot reply', () => {
  it('allow: the customer gets the answer as written, marked as checked', async () => {
    const { customer, desk } = await heldForReview();
    await screenshot(customer.page, 'customer-review-pending');
    await screenshot(desk.page, 'desk-review');

    await desk.resolve('Allow as written');
    await customer.statusText(CUSTOMER_TEXT.reviewReleased).waitFor();
    await customer.line('qualifies for a full refund of €89.00').filter({ hasText: 'Assistant' }).waitFor();
    expect(await customer.statusText(CUSTOMER_TEXT.reviewPending).count()).toBe(0);
    await screenshot(customer.page, 'customer-review-allowed');
  });

  it('block: the customer never sees the answer and is told someone will follow up', async () => {
    const { customer, desk } = await heldForReview();

    await desk.resolve('Block');
    await customer.statusText(CUSTOMER_TEXT.reviewBlocked).waitFor();
    expect(await customer.dialog.innerText()).not.toMatch(/refund of €89\.00/);
    expect(await customer.statusText(CUSTOMER_TEXT.reviewPending).count()).toBe(0);
    await screenshot(customer.page, 'customer-review-blocked');
  });

  it('redact and allow: the customer gets exactly the redacted text the reviewer previewed', async () => {
    const { customer, desk } = await heldForReview();

    await desk.resolve('Redact and allow', async () => {
      await desk.detail.getByRole('button', { name: '€89.00', exact: true }).click();
      await desk.detail.getByRole('button', { name: '€89.00', exact: true }).and(desk.page.locator('[aria-pressed="true"]')).waitFor();
      await desk.detail.locator('[data-testid="redaction-preview"]').getByText(/full refund of \[removed\] to your original card/).waitFor();
    });
    await customer.statusText(CUSTOMER_TEXT.reviewRedacted).waitFor();
    await customer.line('full refund of [removed] to your original card').filter({ hasText: 'Assistant' }).waitFor();
    expect(await customer.dialog.innerText()).not.toContain('€89.00');
    await screenshot(customer.page, 'customer-review-redacted');
  });
});
