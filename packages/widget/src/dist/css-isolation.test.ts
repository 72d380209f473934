// The built elements (dist/cdn/baton.js) and the host page's CSS stay out of each other's way:
// hostile page rules do not restyle the widget, the widget's rules do not restyle the page, and the
// public styling API (`--baton-*` custom properties, `::part()`) still reaches through the loader.
import { expect } from 'chai';
import { previewViews } from '../preview/preview-views.js';
import { until } from '../testing/fixture.js';
import { implOf, partOf } from '../testing/loader-host.js';

const LOADER = '/packages/widget/dist/cdn/baton.js';
const PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'line-height',
  'padding-top',
  'margin-top',
  'border-top-left-radius',
  'box-shadow',
] as const;

function styleOf(element: Element): Record<string, string> {
  const computed = getComputedStyle(element);
  return Object.fromEntries(PROPERTIES.map((property) => [property, computed.getPropertyValue(property)]));
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

/** The widget's visible surfaces, through the loader hosts. */
const SURFACES: Array<[tag: 'baton-handoff' | 'baton-chat', part: string]> = [
  ['baton-handoff', 'human-button'],
  ['baton-handoff', 'status'],
  ['baton-handoff', 'status-text'],
  ['baton-handoff', 'composer-input'],
  ['baton-chat', 'launcher'],
  ['baton-chat', 'panel'],
  ['baton-chat', 'header'],
  ['baton-chat', 'text'],
];

describe('dist/cdn elements and the host page’s CSS', function () {
  this.timeout(30_000);
  const decoys = document.createElement('section');
  let pageBefore: Array<Record<string, string>>;
  let sheetsBefore: number;
  let handoff: HTMLElement;
  let chat: HTMLElement;

  before(async () => {
    const built = await fetch(LOADER);
    if (!built.ok) throw new Error(`${LOADER} is missing: build it with \`pnpm exec tsx packages/widget/scripts/build-cdn.ts\``);
    // Page elements named like the widget's insides, measured before the widget exists.
    for (const [tag, className, part] of [
      ['button', 'human-button primary launcher', 'human-button'],
      ['div', 'panel open status frame base', 'panel'],
      ['p', 'muted typing', 'status-text'],
      ['li', 'message agent', 'message'],
      ['textarea', 'composer', 'composer-input'],
    ] as const) {
      const decoy = document.createElement(tag);
      decoy.className = className;
      decoy.setAttribute('part', part);
      decoy.textContent = 'Host page';
      decoys.append(decoy);
    }
    document.body.append(decoys);
    pageBefore = [...decoys.children].map(styleOf);
    sheetsBefore = document.styleSheets.length + document.adoptedStyleSheets.length;

    await import(LOADER);
    handoff = document.createElement('baton-handoff');
    chat = document.createElement('baton-chat');
    Object.assign(handoff, { preview: previewViews.connected });
    Object.assign(chat, { preview: previewViews.connected, open: true });
    document.body.append(handoff, chat);
    for (const host of [handoff, chat]) {
      const impl = await until(() => implOf(host), `${host.localName} to load`);
      await impl.updateComplete;
    }
  });

  after(() => {
    handoff.remove();
    chat.remove();
    decoys.remove();
  });

  it('does not restyle the page: same computed styles, no global style sheets added', () => {
    expect([...decoys.children].map(styleOf)).to.deep.equal(pageBefore);
    expect(document.styleSheets.length + document.adoptedStyleSheets.length).to.equal(sheetsBefore);
  });

  const surfaceStyles = () => SURFACES.map(([tag, part]) => styleOf(partOf(document.querySelector(tag)!, part)!));

  it('takes nothing from hostile page CSS, !important or inherited', async () => {
    const before = surfaceStyles();
    const hostile = addStyle(`
      body { color: rgb(255, 0, 0); font: italic 31px/4 "Comic Sans MS", cursive; letter-spacing: 6px; word-spacing: 9px; text-transform: uppercase; }
      * { color: rgb(255, 0, 0) !important; letter-spacing: 6px !important; text-transform: uppercase !important; font-family: "Comic Sans MS" !important; }
      button, textarea, div, p, li, span, section { background: rgb(0, 255, 0) !important; padding: 41px !important; margin: 17px !important; border-radius: 0 !important; box-shadow: none !important; }
      .human-button, .launcher, .panel, .status, [part] { background: rgb(0, 0, 255) !important; }
    `);
    try {
      const after = surfaceStyles();
      SURFACES.forEach(([tag, part], index) => expect(after[index], `${tag} ${part}`).to.deep.equal(before[index]));
    } finally {
      hostile.remove();
    }
  });

  it('keeps its size on pages that shrink the root font (`html { font-size: 62.5% }`, a common reset)', () => {
    const before = surfaceStyles();
    const reset = addStyle('html { font-size: 62.5%; line-height: 3; }');
    try {
      const after = surfaceStyles();
      SURFACES.forEach(([tag, part], index) => expect(after[index], `${tag} ${part}`).to.deep.equal(before[index]));
    } finally {
      reset.remove();
    }
  });

  it('still takes the public styling API through the loader: ::part() and --baton-* properties', async () => {
    const theme = addStyle(`
      baton-handoff::part(human-button) { border-radius: 3px; }
      baton-handoff { --baton-color-accent: rgb(1, 2, 3); }
    `);
    try {
      const button = partOf(handoff, 'human-button')!;
      // The new colour arrives through the button's colour transition.
      await Promise.all(button.getAnimations().map((animation) => animation.finished));
      expect(getComputedStyle(button).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      theme.remove();
    }
  });
});
