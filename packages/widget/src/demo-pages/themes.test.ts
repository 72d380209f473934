// The demo pages' brand colours on the widget: each page sets an accent, and the text on it must stay
// readable (4.5:1) in the light and the dark scheme alike.
import { expect } from 'chai';
import '../chat/baton-chat.js';
import '../handoff/baton-handoff.js';
import { previewViews } from '../preview/preview-views.js';
import { contrast, mount, part, unmountAll } from '../testing/fixture.js';
import type { BatonChat } from '../chat/chat.component.js';
import type { BatonHandoff } from '../handoff/handoff.component.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const afterEach: (body: Body) => void;

/** Loads one of the demo's stylesheets into this page, as the demo page does. */
async function withStylesheet(path: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = path;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${path} did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

const readable = (element: HTMLElement, name: string) => {
  const style = getComputedStyle(part(element, name)!);
  return contrast(style.color, style.backgroundColor);
};

describe('the demo pages’ themes', () => {
  const links: HTMLLinkElement[] = [];
  afterEach(() => {
    unmountAll();
    for (const link of links.splice(0)) link.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`storefront: the header, launcher and Send stay readable on its green accent (${theme})`, async () => {
      links.push(await withStylesheet('/demo/src/storefront/storefront.css'));
      const chat = await mount<BatonChat>('baton-chat', { preview: previewViews.connected }, { theme });
      await chat.show();
      expect(getComputedStyle(part(chat, 'header')!).backgroundColor, 'the page’s accent applies').to.equal('rgb(47, 93, 70)');
      for (const name of ['header', 'launcher', 'send-button', 'human-button']) expect(readable(chat, name), name).to.be.at.least(4.5);
    });

    it(`drop-in: "Talk to a person" and Send stay readable on its violet accent (${theme})`, async () => {
      links.push(await withStylesheet('/demo/src/dropin/dropin.css'));
      const handoff = await mount<BatonHandoff>('baton-handoff', { preview: previewViews.connected }, { theme });
      expect(getComputedStyle(part(handoff, 'human-button')!).backgroundColor, 'the page’s accent applies').to.equal('rgb(124, 58, 237)');
      for (const name of ['human-button', 'send-button']) expect(readable(handoff, name), name).to.be.at.least(4.5);
    });
  }
});
