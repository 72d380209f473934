// The script-tag distribution: builds dist/cdn/ and checks its budgets, its hygiene, the committed
// custom-elements manifest, and what real Chromium loads and shows (RTL and dark screenshots are
// written to packages/widget/test-results/).
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { IDENTITY_SECRET, startRelay, testConfig, type TestRelay } from '../../relay/test/harness.js';
import { LOCALES } from '../src/locales/index.js';
import { previewViews } from '../src/preview/preview-views.js';
import { LOADER_LABELS } from '../src/cdn/loader.strings.js';
import { buildCdn, CDN_DIR, compactCssTemplates, PACKAGE_DIR } from '../scripts/build-cdn.js';
import { BUDGETS, CEILINGS, formatReport, kb, measure, type BudgetReport } from '../scripts/check-budgets.js';
import { customElement, elementApi, MANIFEST_PATH, staleFiles, type Manifest } from '../scripts/manifest.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium.js';

const RESULTS_DIR = join(PACKAGE_DIR, 'test-results');

let report: BudgetReport;
let metafile: Metafile;

beforeAll(async () => {
  const build = await buildCdn();
  metafile = build.metafile;
  report = measure(build.outdir, metafile);
  // The figures are part of the result, over budget or not.
  console.log(formatReport(report));
}, 60_000);

describe('dist/cdn budgets', () => {
  it(`keeps the loader (baton.js and its static imports) within ${kb(BUDGETS.loaderGzip)} gzip`, () => {
    expect(report.loaderGzip, formatReport(report)).toBeLessThanOrEqual(BUDGETS.loaderGzip);
  });

  // The 45 KB total target is missed (reported by formatReport above and in docs/cdn.md); these
  // ceilings keep it from getting worse.
  it(`keeps every .js in dist/cdn under the ${kb(CEILINGS.totalGzip)} regression ceiling`, () => {
    expect(report.totalGzip, formatReport(report)).toBeLessThanOrEqual(CEILINGS.totalGzip);
  });

  it(`keeps the default path (no policy document) under the ${kb(CEILINGS.defaultPathGzip)} regression ceiling`, () => {
    expect(report.defaultPathGzip, formatReport(report)).toBeLessThanOrEqual(CEILINGS.defaultPathGzip);
  });

  it('keeps zod off the default path (it only validates policy documents)', () => {
    expect(report.zodOnDefaultPath).toEqual([]);
  });
});

describe('dist/cdn styles', () => {
  it('drop only comments and whitespace from the elements’ css templates', () => {
    const withoutSpace = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s/g, '');
    for (const file of ['src/styles/tokens.styles.ts', 'src/shared/handoff-element.styles.ts', 'src/chat/chat.styles.ts', 'src/handoff/handoff.styles.ts']) {
      const source = readFileSync(join(PACKAGE_DIR, file), 'utf8');
      const compact = compactCssTemplates(source);
      expect(compact.length, file).toBeLessThan(source.length);
      expect(withoutSpace(compact), file).toBe(withoutSpace(source));
    }
    // Spaces that carry meaning stay: between values, in calc(), before a descendant's pseudo-class.
    expect(compactCssTemplates('css`\n  .a :hover,\n  .b {\n    gap: calc(var(--g) * 1.5);\n    margin: 0 auto; /* why */\n  }\n`')).toBe(
      'css`.a :hover,.b{gap:calc(var(--g) * 1.5);margin:0 auto;}`',
    );
  });
});

describe('dist/cdn chunks', () => {
  const sources = () => report.files.map((figures) => ({ ...figures, text: readFileSync(join(CDN_DIR, figures.file), 'utf8') }));

  it('are ES modules that import only each other (no bare or missing specifiers, no CommonJS)', () => {
    for (const [output, { imports }] of Object.entries(metafile.outputs)) {
      for (const dependency of imports) {
        expect(dependency.external ?? false, `${output} imports ${dependency.path}`).toBe(false);
        expect(existsSync(join(PACKAGE_DIR, dependency.path)), `${output} imports ${dependency.path}`).toBe(true);
      }
    }
    for (const { file, text } of sources()) expect(text, file).not.toMatch(/\brequire\(|\bmodule\.exports\b/);
  });

  it('never evaluate strings as code on the default path', () => {
    for (const { file, text, defaultPath } of sources()) {
      if (!defaultPath) continue;
      // engine.io-client's global-object fallback, unreachable in a browser (`self` exists); the CSP test runs the real thing.
      const reachable = text.replace('typeof window<"u"?window:Function("return this")()', '');
      expect(reachable, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    }
  });

  it('labels the loader controls exactly as the elements do, in every locale', () => {
    for (const [language, strings] of Object.entries(LOCALES)) {
      expect(LOADER_LABELS[language as keyof typeof LOADER_LABELS]).toEqual({ human: strings.talkToPerson, launcher: strings.openChat });
    }
  });
});

describe('custom-elements.json', () => {
  const manifest = () => JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;

  it('is up to date with the elements’ JSDoc (and so is the loader’s src/cdn/element-api.ts)', () => {
    expect(staleFiles(), 'run: pnpm exec tsx packages/widget/scripts/manifest.ts').toEqual([]);
  });

  it('describes <baton-handoff> with its attributes, methods, events, parts and slot', () => {
    const handoff = customElement(manifest(), 'baton-handoff');
    expect(handoff?.name).toBe('BatonHandoff');
    expect(handoff?.attributes?.map((attribute) => attribute.name)).toEqual(expect.arrayContaining(['relay', 'site-key', 'locale', 'theme']));
    expect(elementApi(handoff!).methods).toEqual(expect.arrayContaining(['observe', 'requestHuman']));
    expect(handoff?.events?.map((event) => event.name)).toEqual(
      expect.arrayContaining(['baton-bot-pause', 'baton-bot-resume', 'baton-escalate', 'baton-human-request', 'baton-status', 'baton-error']),
    );
    expect(handoff?.cssParts?.map((part) => part.name)).toEqual(expect.arrayContaining(['human-button', 'status', 'messages', 'composer']));
    expect(handoff?.cssProperties?.map((property) => property.name)).toEqual(expect.arrayContaining(['--baton-color-accent', '--baton-font']));
    expect(handoff?.slots?.map((slot) => slot.name)).toContain('contact-routes');
  });

  it('describes <baton-chat> with its bot adapter, open state, show/hide, events and parts', () => {
    const chat = customElement(manifest(), 'baton-chat');
    expect(chat?.name).toBe('BatonChat');
    const api = elementApi(chat!);
    expect(api.properties).toEqual(expect.arrayContaining(['bot', 'open', 'relay', 'siteKey']));
    expect(api.methods).toEqual(expect.arrayContaining(['show', 'hide']));
    expect(chat?.attributes?.map((attribute) => attribute.name)).toEqual(expect.arrayContaining(['open', 'relay', 'site-key', 'locale', 'theme']));
    expect(chat?.events?.map((event) => event.name)).toEqual(expect.arrayContaining(['baton-show', 'baton-hide', 'baton-bot-pause', 'baton-escalate']));
    expect(chat?.cssParts?.map((part) => part.name)).toEqual(expect.arrayContaining(['launcher', 'badge', 'panel', 'human-button']));
  });
});

/** Serves dist/cdn/ under /cdn/ and one host page per query (`dir`, `lang`, `relay`) at /. */
function startSite(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (url.pathname.startsWith('/cdn/')) {
      const file = normalize(join(CDN_DIR, url.pathname.slice('/cdn/'.length)));
      if (!file.startsWith(CDN_DIR) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/javascript' });
      createReadStream(file).pipe(response);
      return;
    }
    const dir = url.searchParams.get('dir') === 'rtl' ? 'rtl' : 'ltr';
    const relay = url.searchParams.get('relay');
    const connection = relay ? ` relay="${relay}" site-key="shop"` : '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="en" dir="${dir}">
<head><meta charset="utf-8"><title>Shop</title><script type="module" src="/cdn/baton.js"></script></head>
<body style="margin:0;font:16px Georgia,serif">
  <main style="padding:24px;max-width:420px"><h1>Acme shop</h1><p>Our own chat UI:</p><baton-handoff${connection}></baton-handoff></main>
  <baton-chat></baton-chat>
</body>
</html>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }));
  });
}

/** Waits until `tag`'s loader has mounted its implementation and the implementation has rendered. */
async function upgraded(page: Page, tag: string): Promise<void> {
  await page.waitForFunction((name) => Boolean(document.querySelector(name)?.shadowRoot?.querySelector(`${name}-impl`)?.shadowRoot?.childElementCount), tag);
  await page.evaluate((name) => (document.querySelector(name)!.shadowRoot!.querySelector(`${name}-impl`) as unknown as { updateComplete: Promise<unknown> }).updateComplete, tag);
}

describe('dist/cdn in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  let relay: TestRelay;

  beforeAll(async () => {
    site = await startSite();
    relay = await startRelay({
      config: testConfig({ sites: [{ key: 'shop', origins: [site.origin], identitySecret: IDENTITY_SECRET }] }),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(RESULTS_DIR, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
    await new Promise((resolve) => site?.server.close(resolve));
  });

  it('loads only the loader until the customer reaches for a control, then the rest, never zod', async () => {
    const page = await browser.newPage();
    site.requests.length = 0;
    try {
      await page.goto(`${site.origin}/?relay=${encodeURIComponent(relay.url)}`);
      const human = page.locator('baton-handoff').getByRole('button', { name: 'Talk to a person' });
      await human.waitFor();
      await expect.poll(() => page.locator('baton-chat').getByRole('button', { name: 'Open chat' }).count()).toBe(1);
      // The loader and the chunk it shares with the elements (its static imports), nothing else.
      const loaderText = readFileSync(join(CDN_DIR, 'baton.js'), 'utf8');
      const staticImports = [...loaderText.matchAll(/(?:from|import)\s*["']\.\/([\w-]+\.js)["']/g)].map(([, file]) => `/cdn/${file}`);
      expect(site.requests.filter((path) => path.startsWith('/cdn/')).sort()).toEqual(['/cdn/baton.js', ...staticImports].sort());

      await human.click();
      await upgraded(page, 'baton-handoff');
      // The press is not lost: the request for a person reaches the relay and the status says so.
      await expect.poll(() => page.locator('baton-handoff').getByText(/Getting a person|in line|No one is available|can’t reach/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const after = site.requests.filter((path) => path.startsWith('/cdn/'));
      expect(after.some((path) => path.startsWith('/cdn/elements-'))).toBe(true);
      expect(after.some((path) => /zod/.test(path))).toBe(false);
      // Focus followed the press from the stand-in to the real control.
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('baton-handoff');
    } finally {
      await page.close();
    }
  }, 30_000);

  it('re-exports every part the elements render, so ::part() works through the loader', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(site.origin);
      await page.evaluate((views) => {
        Object.assign(document.querySelector('baton-handoff')!, { preview: views.sendFailed });
        Object.assign(document.querySelector('baton-chat')!, { preview: views.connected, open: true });
      }, previewViews);
      await upgraded(page, 'baton-handoff');
      await upgraded(page, 'baton-chat');
      const unexported = await page.evaluate(() =>
        ['baton-handoff', 'baton-chat'].flatMap((tag) => {
          const impl = document.querySelector(tag)!.shadowRoot!.querySelector(`${tag}-impl`)!;
          const exported = new Set((impl.getAttribute('exportparts') ?? '').split(',').map((name) => name.trim()));
          const rendered = [...impl.shadowRoot!.querySelectorAll('[part]')].flatMap((element) => [...element.part]);
          return [...new Set(rendered)].filter((name) => !exported.has(name)).map((name) => `${tag}::part(${name})`);
        }),
      );
      expect(unexported, 'document each with its own @csspart so custom-elements.json (and the loader) list it').toEqual([]);
    } finally {
      await page.close();
    }
  }, 30_000);

  for (const variant of [
    { name: 'ltr-light', dir: 'ltr', scheme: 'light' },
    { name: 'rtl-light', dir: 'rtl', scheme: 'light' },
    { name: 'ltr-dark', dir: 'ltr', scheme: 'dark' },
    { name: 'rtl-dark', dir: 'rtl', scheme: 'dark' },
  ] as const) {
    it(`renders ${variant.name}: launcher on the ${variant.dir === 'rtl' ? 'left' : 'right'}, ${variant.scheme} panel (screenshot)`, async () => {
      const page = await browser.newPage({ viewport: { width: 900, height: 640 }, colorScheme: variant.scheme, reducedMotion: 'reduce' });
      try {
        await page.goto(`${site.origin}/?dir=${variant.dir}`);
        await page.evaluate((views) => {
          const chat = document.querySelector('baton-chat') as HTMLElement & { preview: unknown; open: boolean };
          const handoff = document.querySelector('baton-handoff') as HTMLElement & { preview: unknown };
          handoff.preview = views.queuedWarm;
          chat.preview = views.connected;
          chat.open = true;
        }, previewViews);
        await upgraded(page, 'baton-handoff');
        await upgraded(page, 'baton-chat');
        const geometry = await page.evaluate(() => {
          const inner = (tag: string, part: string) =>
            document.querySelector(tag)!.shadowRoot!.querySelector(`${tag}-impl`)!.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
          const launcher = inner('baton-chat', 'launcher').getBoundingClientRect();
          const panel = inner('baton-chat', 'panel');
          const [r, g, b] = getComputedStyle(panel).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
          return { launcherCenter: launcher.left + launcher.width / 2, width: innerWidth, panelLuminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
        });
        if (variant.dir === 'rtl') expect(geometry.launcherCenter).toBeLessThan(geometry.width / 2);
        else expect(geometry.launcherCenter).toBeGreaterThan(geometry.width / 2);
        if (variant.scheme === 'dark') expect(geometry.panelLuminance).toBeLessThan(0.25);
        else expect(geometry.panelLuminance).toBeGreaterThan(0.75);
        // Warm-transfer wording and the agent's conversation are what the screenshot shows.
        await expect.poll(() => page.locator('baton-handoff').getByText('you won’t need to repeat yourself').first().isVisible()).toBe(true);
        const file = join(RESULTS_DIR, `cdn-${variant.name}.png`);
        await page.screenshot({ path: file });
        expect(statSync(file).size).toBeGreaterThan(5_000);
      } finally {
        await page.close();
      }
    }, 30_000);
  }
});
