// Scenarios 6 and 7: the queue holds up when a customer reloads mid-queue, and when two agents race
// for the same escalation.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { CUSTOMER_TEXT } from './customer.page.js';
import { useE2E } from './use-e2e.js';

const e2e = useE2E();

describe('queue', () => {
  /** Two customers in line; the second reloads its page. Returns the second and the place it had. */
  async function reloadSecondInLine() {
    const desk = await e2e().desk();
    const first = await e2e().customer();
    await first.say('Where is my order BT-10001?');
    await first.talkToPerson();
    await first.statusText(CUSTOMER_TEXT.nextInLine).waitFor();

    const second = await e2e().customer();
    await second.say('Where is my order BT-20002?');
    await second.line('Order BT-20002 left our warehouse').waitFor();
    await second.talkToPerson();
    // The one agent online is free, so the first customer is next and the second is behind them.
    const before = 'You’re number 2 in line.';
    await second.statusText(before).waitFor();
    await desk.cards.nth(1).waitFor();
    expect(await desk.cards.count()).toBe(2);

    await second.page.reload();
    await second.openChat();
    return { desk, second, before };
  }

  it('a customer who reloads mid-queue keeps their place and their escalation', async () => {
    const { desk, second, before } = await reloadSecondInLine();
    await second.statusText(before).waitFor();
    await second.statusText(CUSTOMER_TEXT.warm).waitFor();
    await screenshot(second.page, 'customer-after-reload');

    // Same escalation: the desk still has two, not three, also when it loads the queue afresh.
    expect(await desk.cards.count()).toBe(2);
    await desk.page.reload();
    await desk.waitOnline();
    await desk.cards.nth(1).waitFor();
    expect(await desk.cards.count()).toBe(2);

    // And the reloaded page is still the customer's end of it: the agent's reply arrives there.
    // Same severity, so the queue is oldest first: the second card is the second customer's.
    await desk.select(desk.cards.nth(1));
    await desk.transcriptLine('Where is my order BT-20002?').waitFor();
    await desk.claimSelected();
    await desk.reply('Hi, Alex here about BT-20002.');
    await second.line('Hi, Alex here about BT-20002.').waitFor();
  });

  it('a customer who reloads mid-queue still sees the conversation so far', async () => {
    const { second, before } = await reloadSecondInLine();
    await second.statusText(before).waitFor();
    // The bot exchange before the handoff, read back from the session, once each.
    await second.line('Where is my order BT-20002?').waitFor();
    await second.line('Order BT-20002 left our warehouse').waitFor();
    expect(await second.line('Where is my order BT-20002?').count()).toBe(1);
    expect(await second.line('Order BT-20002 left our warehouse').count()).toBe(1);
  });

  it('each desk counts the agents online as a second agent signs in and out', async () => {
    const alex = await e2e().desk(1);
    await alex.connection.filter({ hasText: '1 agent online' }).waitFor();
    const sam = await e2e().desk(2);
    await sam.connection.filter({ hasText: '2 agents online' }).waitFor();
    await alex.connection.filter({ hasText: '2 agents online' }).waitFor();
    await sam.page.close();
    await alex.connection.filter({ hasText: '1 agent online' }).waitFor();
  });

  it('two agents race for one claim: exactly one wins and the other is told who won', async () => {
    const alex = await e2e().desk(1);
    const sam = await e2e().desk(2);
    const customer = await e2e().customer();
    await customer.say('Where is my order BT-30003?');
    await customer.talkToPerson();
    await customer.statusText(CUSTOMER_TEXT.warm).waitFor();

    const alexCard = alex.card('Asked for a person');
    const samCard = sam.card('Asked for a person');
    await Promise.all([alexCard.waitFor(), samCard.waitFor()]);
    for (const desk of [alex, sam]) {
      await desk.page.evaluate(() => {
        const claims: unknown[] = [];
        (window as unknown as { claims: unknown[] }).claims = claims;
        document.addEventListener('baton-desk-claim', (event) => {
          const { outcome, winner } = event as Event & { outcome: string; winner: string | null };
          claims.push({ outcome, winner });
        });
      });
    }
    // Both press Claim at the same moment: each page clicks at one shared wall-clock instant, so
    // neither click waits for the other's result to reach its desk.
    const at = Date.now() + 300;
    await Promise.all(
      [alexCard, samCard].map((card) =>
        card.getByRole('button', { name: 'Claim' }).evaluate((button: HTMLElement, when) => {
          setTimeout(() => button.click(), when - Date.now());
        }, at),
      ),
    );

    // Each desk's claim result, from its baton-desk-claim event: the live region's text is replaced
    // by later announcements, so on a busy machine a poll can miss it.
    const outcomeOf = (desk: typeof alex) =>
      desk.page.waitForFunction(() => (window as unknown as { claims?: Array<{ outcome: string; winner: string | null }> }).claims?.[0], undefined, { timeout: 20_000 }).then((handle) => handle.jsonValue());
    const [alexOutcome, samOutcome] = await Promise.all([outcomeOf(alex), outcomeOf(sam)]);
    expect([alexOutcome!.outcome, samOutcome!.outcome].sort(), 'exactly one winner').toEqual(['lost', 'won']);
    const alexWon = alexOutcome!.outcome === 'won';
    const [winner, loser, winnerName] = alexWon ? [alex, sam, 'Alex Rivera'] : [sam, alex, 'Sam Okafor'];
    expect((alexWon ? samOutcome : alexOutcome)!.winner, 'the loser is told who won').toBe(winnerName);
    await screenshot(loser.page, 'desk-lost-claim-race');

    // The winner is the one the customer talks to.
    await winner.select(winner.card('Asked for a person'));
    await winner.reply(`Hi, ${winnerName} here.`);
    await customer.statusText(CUSTOMER_TEXT.joined(winnerName)).waitFor();
    expect(await loser.detail.getByRole('textbox', { name: 'Reply to the customer' }).count()).toBe(0);
  });
});
