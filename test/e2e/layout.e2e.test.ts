// Layout and accessibility of the demo pages as a visitor meets them: nothing scrolls sideways on a
// 375 px phone, the state gallery shows every customer-facing state (also "back with the assistant")
// and stays readable in dark mode, and the storefront's copy buttons are named by what they show.
import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { newPage } from './browser.js';
import { useE2E } from './use-e2e.js';

const PHONE = { width: 375, height: 740 };

/** What the tile for the hand-back says, in each of the gallery's locales (the widget's locale tables). */
const BACK_WITH_ASSISTANT: Record<string, string> = {
  en: 'You’re back with the assistant.',
  es: 'Has vuelto con el asistente.',
  fr: 'Vous êtes de retour avec l’assistant.',
  de: 'Sie sind wieder beim Assistenten.',
  pt: 'Você voltou ao assistente.',
  it: 'Sei di nuovo con l’assistente.',
};

const DESK_LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;

const e2e = useE2E();

/** Runs `use` on a fresh page (own context) and closes it; no uncaught page error is allowed. */
async function withPage(browser: Browser, viewport: { width: number; height: number }, use: (page: Page) => Promise<void>): Promise<void> {
  const { page, errors } = await newPage(browser, { viewport });
  page.setDefaultTimeout(20_000);
  try {
    await use(page);
  } finally {
    await page.context().close();
  }
  expect(errors, 'uncaught errors on the page').toEqual([]);
}

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what}: ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

/**
 * The WCAG contrast ratio of an element's text against what is painted behind it (its own background
 * and its ancestors', across shadow roots, composited), and whether the text is the lighter of the two.
 */
async function textContrast(locator: Locator): Promise<{ ratio: number; lightOnDark: boolean }> {
  return locator.evaluate((element) => {
    const rgba = (value: string): number[] => {
      const match = /^rgba?\(([^)]*)\)$/.exec(value);
      if (!match) throw new Error(`unexpected colour ${value}`);
      const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top: number[], below: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + below[i]! * (1 - top[3]!));
    const layers: number[][] = [];
    for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
      const background = rgba(getComputedStyle(node).backgroundColor);
      if (background[3]! > 0) layers.push(background);
      if (background[3] === 1) break;
    }
    // Whatever no element covers is the canvas, white unless a background said otherwise.
    const behind = layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
    const text = over(rgba(getComputedStyle(element).color), behind);
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((channel) => {
        const c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [lText, lBehind] = [luminance(text), luminance(behind)];
    return { ratio: (Math.max(lText, lBehind) + 0.05) / (Math.min(lText, lBehind) + 0.05), lightOnDark: lText > lBehind };
  });
}

/** The accessible names Chromium itself computes (what a screen reader announces) for `selector`'s matches. */
async function accessibleNames(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const names: string[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
      names.push(String(nodes[0]?.name?.value ?? ''));
    }
    return names;
  } finally {
    await cdp.detach();
  }
}

describe('the demo pages on a 375 px phone', () => {
  it('never scroll sideways: storefront, drop-in, gallery, playground and desk, as they open', async () => {
    const { pages } = e2e().demo;
    // Each page once it has rendered what a visitor first sees.
    const ready: Record<keyof typeof pages, { url: string; shown: (page: Page) => Locator }> = {
      storefront: { url: pages.storefront, shown: (page) => page.locator('#prompt-tips li').first() },
      dropin: { url: `${pages.dropin}?bot-delay=0`, shown: (page) => page.getByRole('log', { name: 'Conversation with the assistant' }).locator('li.from-bot').first() },
      gallery: { url: pages.gallery, shown: (page) => page.locator('[data-state="bot"] baton-handoff') },
      playground: { url: pages.playground, shown: (page) => page.getByRole('heading', { name: 'Escalation rate by trigger' }) },
      desk: { url: pages.desk, shown: (page) => page.locator('baton-desk [data-testid="connection"]').filter({ hasText: /agents? online/ }) },
    };
    await withPage(e2e().browser, PHONE, async (page) => {
      for (const [name, { url, shown }] of Object.entries(ready)) {
        await page.goto(url);
        await shown(page).waitFor();
        await expectNoSidewaysScroll(page, name);
      }
      // The drop-in's code keeps its long lines: the block scrolls inside itself instead.
      await page.goto(`${pages.dropin}?bot-delay=0`);
      const code = page.locator('.explainer pre');
      expect(await code.evaluate((pre) => getComputedStyle(pre).overflowX === 'auto' && pre.scrollWidth > pre.clientWidth)).toBe(true);
      // The gallery's own phone-sized frame fits a phone too.
      await page.goto(`${pages.gallery}?mobile=1`);
      await page.frameLocator('iframe').locator('[data-state="bot"] baton-handoff').waitFor();
      await expectNoSidewaysScroll(page, 'gallery with its mobile viewport');
    });
  });

  it('the desk’s filters fit in every desk language, and so does an escalation opened on the phone', async () => {
    await withPage(e2e().browser, PHONE, async (page) => {
      const filters = page.locator('baton-desk form[part="filters"]');
      for (const locale of DESK_LOCALES) {
        await page.goto(`${e2e().demo.pages.desk}?locale=${locale}`);
        await filters.waitFor();
        // Translated filter labels and counts are the longest lines of the queue pane.
        expect(await filters.locator('select').count()).toBe(4);
        await expectNoSidewaysScroll(page, `desk in ${locale}`);
      }

      await page.goto(e2e().demo.pages.desk);
      const customer = await e2e().customer();
      await customer.say('I will contact my lawyer about order BT-20417');
      const card = page.getByRole('list', { name: 'Escalations, most urgent first' }).getByRole('listitem').filter({ hasText: 'Policy topic' });
      await card.locator('button.card-select').click();
      await page.locator('baton-desk section[part="detail"][data-id]').waitFor();
      await expectNoSidewaysScroll(page, 'desk with an escalation open');
    });
  });

  it('the playground’s problems list wraps a long path instead of widening the page', async () => {
    await withPage(e2e().browser, PHONE, async (page) => {
      await page.goto(e2e().demo.pages.playground);
      const editor = page.getByRole('textbox', { name: 'Policy' });
      await editor.fill('version: 1\naVeryLongSettingNameThatNoPolicyHasAndThatCannotBreakAnywhereOnItsOwn: true\n');
      await page.getByRole('list', { name: 'Policy problems' }).waitFor();
      await expectNoSidewaysScroll(page, 'playground with a problem');
    });
  });
});

describe('the state gallery', () => {
  it('has a "back with the assistant" tile in every locale, right to left, dark, and in the phone frame', async () => {
    await withPage(e2e().browser, { width: 1280, height: 860 }, async (page) => {
      await page.goto(e2e().demo.pages.gallery);
      const tile = page.locator('[data-state="handed-back"]');
      await tile.getByText('Back with the assistant', { exact: true }).waitFor();
      const said = (text: string) => tile.locator('baton-handoff [part="status-text"]', { hasText: text });
      await said(BACK_WITH_ASSISTANT.en!).waitFor();
      // The human conversation is over: the customer can ask for a person again.
      await tile.getByRole('button', { name: 'Talk to a person' }).waitFor();

      const settings = page.getByRole('form', { name: 'Gallery settings' });
      for (const [locale, text] of Object.entries(BACK_WITH_ASSISTANT)) {
        await settings.getByLabel('Locale').selectOption(locale);
        await said(text).waitFor();
      }
      await settings.getByLabel('Right-to-left').check();
      await settings.getByLabel('Dark').check();
      await expect.poll(() => tile.locator('baton-handoff').getAttribute('dir')).toBe('rtl');
      await said(BACK_WITH_ASSISTANT.it!).waitFor();

      await settings.getByLabel('Mobile viewport (375 px)').check();
      const framed = page.frameLocator('iframe').locator('[data-state="handed-back"] baton-handoff [part="status-text"]', { hasText: BACK_WITH_ASSISTANT.it! });
      await framed.waitFor();
    });
  });

  it('follows dark mode, from the system or from its own switch, with text at 4.5:1 or more in the sidebar and the tiles', async () => {
    await withPage(e2e().browser, { width: 1280, height: 860 }, async (page) => {
      const settings = page.getByRole('form', { name: 'Gallery settings' });
      const tile = page.locator('[data-state="connected"]');
      const samples: Array<[string, Locator]> = [
        ['sidebar heading', settings.getByRole('heading', { name: 'State gallery' })],
        ['sidebar intro', settings.locator('.knobs__intro')],
        ['sidebar legend', settings.getByText('Colour scheme', { exact: true })],
        ['sidebar token label', settings.getByText('Background', { exact: true })],
        ['tile title', tile.locator('figcaption strong')],
        ['tile note', tile.locator('figcaption span')],
      ];
      const expectDarkAndReadable = async (how: string) => {
        await tile.locator('baton-handoff').waitFor();
        for (const [what, locator] of samples) {
          const { ratio, lightOnDark } = await textContrast(locator);
          expect(lightOnDark, `${how}: ${what} is light text on a dark background`).toBe(true);
          expect(ratio, `${how}: ${what} contrast`).toBeGreaterThanOrEqual(4.5);
        }
        // The colour swatches show the colours the tiles really use in this scheme.
        const handoff = tile.locator('baton-handoff');
        const tileText = await handoff.evaluate((element) => getComputedStyle(element).color);
        const swatch = await settings.locator('input[name="--baton-color-text"]').inputValue();
        expect(hexToRgb(swatch), `${how}: the Text swatch`).toBe(tileText);
      };

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(e2e().demo.pages.gallery);
      await expectDarkAndReadable('system dark');

      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(e2e().demo.pages.gallery);
      await settings.getByLabel('Dark').check();
      await expectDarkAndReadable('the Dark switch');
      expect(new URL(page.url()).searchParams.get('scheme')).toBe('dark');
      await page.reload();
      await expectDarkAndReadable('a shared link to the dark gallery');

      // And back: the Light switch makes it light again, as readable.
      await settings.getByLabel('Light').check();
      for (const [what, locator] of samples) {
        const { ratio, lightOnDark } = await textContrast(locator);
        expect(lightOnDark, `light: ${what} is dark text on a light background`).toBe(false);
        expect(ratio, `light: ${what} contrast`).toBeGreaterThanOrEqual(4.5);
      }
    });
  });
});

describe('the storefront’s copy buttons', () => {
  it('are named by their visible text, then the prompt they copy (WCAG 2.5.3 Label in Name)', async () => {
    await withPage(e2e().browser, { width: 1280, height: 860 }, async (page) => {
      await page.goto(`${e2e().demo.pages.storefront}?bot-delay=0`);
      const items = page.getByRole('region', { name: 'Try the assistant' }).getByRole('listitem');
      await items.first().waitFor();
      const prompts = await items.locator('q').allInnerTexts();
      const labels = await items.getByRole('button').allInnerTexts();
      const names = await accessibleNames(page, '#prompt-tips button');
      expect(prompts.length).toBeGreaterThan(0);
      expect(names).toHaveLength(prompts.length);
      names.forEach((name, i) => {
        const label = labels[i]!.trim();
        expect(label, 'a visible label').not.toBe('');
        expect(name.toLowerCase().startsWith(label.toLowerCase()), `“${name}” starts with what the button shows, “${label}”`).toBe(true);
        expect(name, 'the name says what is copied').toContain(prompts[i]!.replace(/^“|”$/g, ''));
      });

      // The name follows the label when it changes to "Copied".
      const first = items.first().getByRole('button');
      await first.click();
      await expect.poll(async () => (await first.innerText()).trim()).toBe('Copied');
      expect((await accessibleNames(page, '#prompt-tips button'))[0]).toMatch(/^Copied\b/);
    });
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
