// The customer's side of the storefront (`<baton-chat>`), driven the way a person would: by the
// visible controls' accessible names. Playwright's role and text locators pierce the open shadow roots.
import type { Browser, Locator, Page } from 'playwright-core';
import { newPage } from './browser.js';

export const CUSTOMER_TEXT = {
  talkToPerson: 'Talk to a person',
  warm: 'We’ve shared this conversation, you won’t need to repeat yourself.',
  cold: 'A person will pick this up. They won’t see the conversation so far, so please tell them what you need.',
  nextInLine: 'You’re next in line.',
  joined: (name: string) => `${name} has joined the conversation.`,
  endedWith: (name: string) => `Your conversation with ${name} has ended.`,
  backToAssistant: 'Back to the assistant',
  reviewPending: 'A teammate is checking this answer.',
  reviewReleased: 'A teammate checked this answer.',
  reviewRedacted: 'A teammate checked this answer and removed some details.',
  reviewBlocked: 'A teammate held this answer back. Ask again, or talk to a person.',
  noAgent: 'No one is available right now.',
  outOfHours: 'We’re outside our opening hours.',
  leftMessage: 'Thanks, we’ve got your message.',
  reconnecting: 'Connection lost. Reconnecting…',
} as const;

export class CustomerPage {
  readonly errors: string[];
  private constructor(
    readonly page: Page,
    errors: string[],
  ) {
    this.errors = errors;
  }

  /** A new customer (own browser context, so own storage) on the storefront, chat opened. */
  static async open(browser: Browser, storefrontUrl: string, query = 'bot-delay=0'): Promise<CustomerPage> {
    const { page, errors } = await newPage(browser);
    const customer = new CustomerPage(page, errors);
    // Shorter than the test's own timeout, so a wait that never ends names the locator it waited for.
    page.setDefaultTimeout(20_000);
    await page.goto(`${storefrontUrl}?${query}`);
    await customer.openChat();
    return customer;
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Chat with us' });
  }
  get log(): Locator {
    return this.dialog.getByRole('log', { name: 'Conversation' });
  }
  get status(): Locator {
    return this.dialog.getByRole('region', { name: 'Transfer status' });
  }

  async openChat(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open chat' }).click();
    await this.dialog.waitFor();
  }

  /** Types into the composer and sends with Enter; resolves once the line shows in the conversation. */
  async say(text: string): Promise<void> {
    const box = this.dialog.getByRole('textbox', { name: 'Message' });
    await box.fill(text);
    await box.press('Enter');
    await this.line(text).waitFor();
  }

  async talkToPerson(): Promise<void> {
    await this.dialog.getByRole('button', { name: CUSTOMER_TEXT.talkToPerson }).click();
  }

  /** A conversation line containing `text` (sender label and text). */
  line(text: string): Locator {
    return this.log.getByRole('listitem').filter({ hasText: text });
  }

  /** A sentence in the transfer status area. */
  statusText(text: string): Locator {
    return this.status.getByText(text, { exact: true });
  }

  async lineTexts(): Promise<string[]> {
    return this.log.getByRole('listitem').allInnerTexts();
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
