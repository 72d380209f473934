// Request → desk latency in real Chromium: a customer on the storefront presses "Talk to a person";
// how long until the agent desk (another browser context) has rendered the summary of that
// escalation. Both ends are timed inside the pages (performance.timeOrigin + now(), one machine
// clock), so neither playwright's polling nor the test process adds to the figure. The desk clicks
// the new card the moment it appears, as an agent who is watching would, but from inside the page.
import { compare, percentile, type BenchResult, type BenchSuite } from './harness.js';
import { startE2E } from '../test/e2e/demo.fixture.js';

const RUNS = 20;

/**
 * Runs in the desk page: watches the shadow DOM for new cards, opens each at once, and timestamps
 * the card and its summary. Playwright serializes it, so no named inner functions (tsx would wrap
 * them in a helper the page does not have).
 */
function watchDesk(): void {
  const desk = document.querySelector('baton-desk')!;
  const root = desk.shadowRoot!;
  const seen = new Set(Array.from(root.querySelectorAll<HTMLElement>('li[data-id]'), (card) => card.dataset.id!));
  const marks: Record<string, { card?: number; summary?: number }> = {};
  new MutationObserver(() => {
    for (const card of root.querySelectorAll<HTMLElement>('li[data-id]')) {
      const id = card.dataset.id!;
      if (seen.has(id)) continue;
      seen.add(id);
      marks[id] = { card: performance.timeOrigin + performance.now() };
      card.querySelector<HTMLButtonElement>('button.card-select')!.click();
    }
    const summary = root.querySelector('section[part="detail"][data-id] section[data-testid="summary"]');
    const id = summary?.closest<HTMLElement>('section[part="detail"]')?.dataset.id;
    if (id && marks[id] && marks[id].summary === undefined) marks[id].summary = performance.timeOrigin + performance.now();
  }).observe(root, { childList: true, subtree: true, attributes: true });
  (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
}

const suite: BenchSuite = async () => {
  const e2e = await startE2E();
  const toCard: number[] = [];
  const toSummary: number[] = [];
  try {
    const desk = await e2e.desk();
    await desk.page.evaluate(watchDesk);
    for (let run = 0; run < RUNS; run++) {
      const customer = await e2e.customer();
      await customer.say(`Where is my order BT-${10_000 + run}?`);
      await customer.line(`Order BT-${10_000 + run} left our warehouse`).waitFor();
      const button = customer.dialog.getByRole('button', { name: 'Talk to a person' });
      // Stamp the press inside the page, in the click handler's own task.
      await button.evaluate((element) => {
        element.addEventListener('click', () => ((window as unknown as { pressedAt: number }).pressedAt = performance.timeOrigin + performance.now()), { capture: true, once: true });
      });
      await button.click();
      // The queue is empty between runs (each customer leaves the line below), so this is the new card.
      const card = desk.cards.first();
      await card.waitFor();
      const id = (await card.getAttribute('data-id'))!;
      await desk.summary.locator('[data-testid="want"]').waitFor();
      const pressedAt = await customer.page.evaluate(() => (window as unknown as { pressedAt: number }).pressedAt);
      const mark = await desk.page.evaluate((escalation) => (window as unknown as { benchMarks: Record<string, { card?: number; summary?: number }> }).benchMarks[escalation], id);
      if (mark?.card === undefined || mark.summary === undefined) throw new Error(`run ${run}: the desk never rendered the summary of ${id}`);
      toCard.push(mark.card - pressedAt);
      toSummary.push(mark.summary - pressedAt);
      // Leave the line so the queue stays one deep and every run starts from the same state.
      await customer.status.getByRole('button', { name: 'Cancel and go back to the assistant' }).click();
      await card.waitFor({ state: 'detached' });
      await customer.close();
    }
    const errors = await e2e.closePages();
    if (errors.length > 0) throw new Error(`page errors during the benchmark: ${errors.join('; ')}`);
  } finally {
    await e2e.stop();
  }
  toCard.sort((a, b) => a - b);
  toSummary.sort((a, b) => a - b);
  const result = (name: string, metric: string, values: number[], p: number): BenchResult =>
    compare({ name: `${name} (${RUNS} runs, real Chromium)`, metric, value: percentile(values, p), unit: 'ms', target: 'no baseline yet: measured figure' });
  return [
    result('"Talk to a person" → desk shows the summary', 'p50', toSummary, 50),
    result('"Talk to a person" → desk shows the summary', 'p99', toSummary, 99),
    result('"Talk to a person" → card in the desk queue', 'p50', toCard, 50),
    result('"Talk to a person" → card in the desk queue', 'p99', toCard, 99),
  ];
};

export default suite;
