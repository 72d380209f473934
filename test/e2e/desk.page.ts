// The agent's side: `<baton-desk>` on /desk.html, signed in as a demo agent.
import type { Browser, Locator, Page } from 'playwright-core';
import { newPage } from './browser.js';

export class DeskPage {
  private constructor(
    readonly page: Page,
    readonly errors: string[],
    readonly agentName: string,
  ) {}

  /** Opens the desk in its own browser context and waits until it is signed in and online. */
  static async open(browser: Browser, agent: { deskUrl: string; name: string; role: string }): Promise<DeskPage> {
    const { page, errors } = await newPage(browser);
    const desk = new DeskPage(page, errors, agent.name);
    // Shorter than the test's own timeout, so a wait that never ends names the locator it waited for.
    page.setDefaultTimeout(20_000);
    await page.goto(agent.deskUrl);
    await desk.waitOnline();
    return desk;
  }

  get root(): Locator {
    return this.page.getByRole('region', { name: 'Agent desk' });
  }
  get queue(): Locator {
    return this.root.getByRole('list', { name: 'Escalations, most urgent first' });
  }
  get cards(): Locator {
    return this.queue.getByRole('listitem');
  }
  /** The open detail pane (its label is "Escalation <id>"). */
  get detail(): Locator {
    return this.root.locator('section[part="detail"][data-id]');
  }
  get summary(): Locator {
    return this.detail.locator('section[part="summary"]');
  }
  get transcript(): Locator {
    return this.detail.getByRole('log', { name: 'Conversation' });
  }
  get announcer(): Locator {
    return this.root.locator('[data-testid="announcer"]');
  }
  get connection(): Locator {
    return this.root.locator('[data-testid="connection"]');
  }

  async waitOnline(): Promise<void> {
    await this.connection.filter({ hasText: /agents? online/ }).waitFor();
  }

  /** The queue card whose trigger label is `trigger` (e.g. "Asked for a person"). */
  card(trigger: string): Locator {
    return this.cards.filter({ has: this.page.locator('.trigger', { hasText: trigger }) });
  }

  async select(card: Locator): Promise<void> {
    await card.locator('button.card-select').click();
    await this.detail.waitFor();
  }

  async claimSelected(): Promise<void> {
    await this.detail.locator('button[data-action="claim"]').click();
    await this.detail.getByRole('textbox', { name: 'Reply to the customer' }).or(this.detail.locator('form[part="resolve"]')).first().waitFor();
  }

  async reply(text: string): Promise<void> {
    const box = this.detail.getByRole('textbox', { name: 'Reply to the customer' });
    await box.fill(text);
    await box.press('Enter');
    await this.transcriptLine(text).filter({ hasText: 'Delivered' }).waitFor();
  }

  transcriptLine(text: string): Locator {
    return this.transcript.getByRole('listitem').filter({ hasText: text });
  }

  /** Picks a resolve action by its label and submits; resolves once the desk shows the resolution. */
  async resolve(action: string, beforeSubmit?: () => Promise<void>): Promise<void> {
    const form = this.detail.locator('form[part="resolve"]');
    await form.getByRole('combobox', { name: 'Action' }).selectOption({ label: action });
    await beforeSubmit?.();
    await form.getByRole('button', { name: 'Submit' }).click();
    await this.detail.locator('[data-testid="resolution"]').waitFor();
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
