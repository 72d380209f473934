// The state gallery: one <baton-handoff preview> per customer-side state, with knobs for the theme
// tokens, colour scheme, locale, direction and a phone-sized viewport. The knobs live in the URL so a
// designer can share exactly what they see; the phone frame loads this page (`?embed=1`) at 375 px, so
// the elements' own media queries apply.
import '@baton/widget';
import type { BatonHandoff } from '@baton/widget';
import { GALLERY_STATES, type GalleryState } from './gallery-states.js';

interface TokenKnob {
  name: `--baton-${string}`;
  label: string;
  kind: 'color' | 'range' | 'font';
  initial: string;
  /** The element's own default in the dark scheme, where it differs (colours). */
  dark?: string;
  min?: number;
  max?: number;
  unit?: string;
}

const TOKENS: readonly TokenKnob[] = [
  { name: '--baton-color-accent', label: 'Accent', kind: 'color', initial: '#0b57d0', dark: '#8ab4f8' },
  { name: '--baton-color-on-accent', label: 'Text on accent', kind: 'color', initial: '#ffffff', dark: '#0b1a33' },
  { name: '--baton-color-bg', label: 'Background', kind: 'color', initial: '#ffffff', dark: '#1b1d21' },
  { name: '--baton-color-text', label: 'Text', kind: 'color', initial: '#1f2328', dark: '#e8eaed' },
  { name: '--baton-color-notice-bg', label: 'Status background', kind: 'color', initial: '#fff8e1', dark: '#3a3000' },
  { name: '--baton-color-notice-text', label: 'Status text', kind: 'color', initial: '#4a3500', dark: '#ffe9a8' },
  { name: '--baton-color-customer-bg', label: 'Customer bubble', kind: 'color', initial: '#0b57d0', dark: '#8ab4f8' },
  { name: '--baton-color-agent-bg', label: 'Agent bubble', kind: 'color', initial: '#e6f4ea', dark: '#1e3a2a' },
  { name: '--baton-radius', label: 'Corner radius', kind: 'range', initial: '12', min: 0, max: 28, unit: 'px' },
  { name: '--baton-font-size', label: 'Font size', kind: 'range', initial: '15', min: 12, max: 20, unit: 'px' },
  { name: '--baton-gap', label: 'Spacing', kind: 'range', initial: '8', min: 2, max: 20, unit: 'px' },
  { name: '--baton-font', label: 'Font', kind: 'font', initial: '' },
];

const FONTS: ReadonlyArray<[label: string, value: string]> = [
  ['System', ''],
  ['Serif', "Georgia, 'Times New Roman', serif"],
  ['Rounded', "ui-rounded, 'Nunito', system-ui, sans-serif"],
  ['Monospace', 'ui-monospace, SFMono-Regular, Menlo, monospace'],
];

interface Settings {
  scheme: 'light' | 'dark' | 'system';
  locale: string;
  rtl: boolean;
  mobile: boolean;
  /** Only the tokens a designer changed: the rest keep the element's defaults (light and dark). */
  tokens: Map<string, string>;
}

const params = new URLSearchParams(location.search);
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const embedded = params.get('embed') === '1';
const form = document.querySelector<HTMLFormElement>('#knobs')!;
const stage = document.querySelector<HTMLElement>('#stage')!;
const tokenFieldset = document.querySelector<HTMLFieldSetElement>('#token-knobs')!;
const tokenCss = document.querySelector<HTMLElement>('#token-css')!;

function readSettingsFromUrl(): Settings {
  const scheme = params.get('scheme');
  const tokens = new Map<string, string>();
  for (const knob of TOKENS) {
    const value = params.get(knob.name.slice('--baton-'.length));
    if (value !== null) tokens.set(knob.name, value);
  }
  return {
    scheme: scheme === 'light' || scheme === 'dark' ? scheme : 'system',
    locale: params.get('locale') ?? 'en',
    rtl: params.get('rtl') === '1',
    mobile: params.get('mobile') === '1',
    tokens,
  };
}

function settingsToParams(settings: Settings, forEmbed: boolean): URLSearchParams {
  const out = new URLSearchParams();
  if (forEmbed) out.set('embed', '1');
  if (settings.scheme !== 'system') out.set('scheme', settings.scheme);
  if (settings.locale !== 'en') out.set('locale', settings.locale);
  if (settings.rtl) out.set('rtl', '1');
  if (settings.mobile && !forEmbed) out.set('mobile', '1');
  for (const [name, value] of settings.tokens) out.set(name.slice('--baton-'.length), value);
  return out;
}

function cssValue(knob: TokenKnob, raw: string): string {
  return knob.kind === 'range' ? `${raw}${knob.unit ?? ''}` : raw;
}

/** What an unchanged knob shows: the element's default in the scheme the tiles are in. */
function defaultValue(knob: TokenKnob, settings: Settings): string {
  const dark = settings.scheme === 'dark' || (settings.scheme === 'system' && systemDark.matches);
  return (dark ? knob.dark : undefined) ?? knob.initial;
}

// ------------------------------------------------------------------ knobs

function buildTokenKnobs(settings: Settings): void {
  for (const knob of TOKENS) {
    const label = document.createElement('label');
    label.className = 'knob';
    label.append(knob.label);
    const current = settings.tokens.get(knob.name) ?? defaultValue(knob, settings);
    if (knob.kind === 'font') {
      const select = document.createElement('select');
      select.name = knob.name;
      for (const [text, value] of FONTS) select.append(new Option(text, value, false, value === current));
      label.append(select);
    } else {
      const input = document.createElement('input');
      input.type = knob.kind;
      input.name = knob.name;
      input.value = current;
      if (knob.kind === 'range') {
        input.min = String(knob.min);
        input.max = String(knob.max);
        const output = document.createElement('output');
        output.value = cssValue(knob, current);
        input.addEventListener('input', () => (output.value = cssValue(knob, input.value)));
        label.append(input, output);
      } else {
        label.append(input);
      }
    }
    tokenFieldset.append(label);
  }
}

function tokenField(knob: TokenKnob): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(knob.name) as HTMLInputElement | HTMLSelectElement;
}

function writeKnobs(settings: Settings): void {
  (form.elements.namedItem('locale') as HTMLSelectElement).value = settings.locale;
  (form.elements.namedItem('rtl') as HTMLInputElement).checked = settings.rtl;
  (form.elements.namedItem('mobile') as HTMLInputElement).checked = settings.mobile;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="scheme"]')) radio.checked = radio.value === settings.scheme;
}

/** Unchanged swatches follow the scheme, so they show the colours the tiles really have. */
function writeTokenDefaults(settings: Settings): void {
  for (const knob of TOKENS) if (!settings.tokens.has(knob.name)) tokenField(knob).value = defaultValue(knob, settings);
}

function readKnobs(previous: Settings, changed: string | null): Settings {
  const data = new FormData(form);
  const next: Settings = {
    scheme: (data.get('scheme') as Settings['scheme'] | null) ?? 'system',
    locale: String(data.get('locale') ?? 'en'),
    rtl: data.get('rtl') === 'on',
    mobile: data.get('mobile') === 'on',
    tokens: new Map(previous.tokens),
  };
  const knob = TOKENS.find((k) => k.name === changed);
  if (knob) {
    const value = String(data.get(knob.name) ?? '');
    if (value === defaultValue(knob, next)) next.tokens.delete(knob.name);
    else next.tokens.set(knob.name, value);
  }
  return next;
}

// ------------------------------------------------------------------ tiles

const tiles: BatonHandoff[] = [];

function buildTiles(): HTMLElement {
  const container = document.createElement('div');
  const groups = new Map<GalleryState['group'], GalleryState[]>();
  for (const state of GALLERY_STATES) groups.set(state.group, [...(groups.get(state.group) ?? []), state]);
  for (const [group, states] of groups) {
    const heading = document.createElement('h2');
    heading.textContent = group;
    const list = document.createElement('ul');
    list.className = 'tiles';
    for (const state of states) {
      const item = document.createElement('li');
      const figure = document.createElement('figure');
      figure.className = 'tile';
      figure.dataset.state = state.id;
      const caption = document.createElement('figcaption');
      const title = document.createElement('strong');
      title.textContent = state.title;
      const note = document.createElement('span');
      note.textContent = state.note;
      caption.append(title, note);
      const surface = document.createElement('div');
      surface.className = 'tile__surface';
      const element = document.createElement('baton-handoff');
      element.preview = state.from ?? state.view;
      // Once the first state has rendered: the element shows what follows that change.
      if (state.from) void element.updateComplete.then(() => (element.preview = state.view));
      surface.append(element);
      figure.append(caption, surface);
      item.append(figure);
      list.append(item);
      tiles.push(element);
    }
    container.append(heading, list);
  }
  return container;
}

let tileContainer: HTMLElement | null = null;
let phone: HTMLIFrameElement | null = null;

function apply(settings: Settings): void {
  document.documentElement.dataset.scheme = settings.scheme;
  writeTokenDefaults(settings);
  if (!embedded) {
    const query = settingsToParams(settings, false).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }
  const css = [...settings.tokens].map(([name, value]) => `  ${name}: ${cssValue(TOKENS.find((k) => k.name === name)!, value)};`);
  tokenCss.textContent = css.length > 0 ? `baton-handoff, baton-chat {\n${css.join('\n')}\n}` : '/* defaults: change a token to see its CSS */';

  if (settings.mobile && !embedded) {
    tileContainer?.remove();
    tileContainer = null;
    if (!phone) {
      const frame = document.createElement('div');
      frame.className = 'phone';
      phone = document.createElement('iframe');
      phone.title = 'The gallery in a 375 px wide mobile viewport';
      frame.append(phone);
      stage.replaceChildren(frame);
    }
    const src = `/gallery.html?${settingsToParams(settings, true)}`;
    if (phone.getAttribute('src') !== src) phone.src = src;
    return;
  }
  if (!tileContainer) {
    phone = null;
    tiles.length = 0;
    tileContainer = buildTiles();
    stage.replaceChildren(tileContainer);
  }
  for (const element of tiles) {
    element.locale = settings.locale;
    // On the element, not the page: the captions stay English, left to right.
    element.dir = settings.rtl ? 'rtl' : 'ltr';
    element.theme = settings.scheme === 'system' ? undefined : settings.scheme;
    // Inline custom properties beat the element's own :host defaults, as a host page's CSS would.
    for (const knob of TOKENS) {
      const value = settings.tokens.get(knob.name);
      if (value === undefined || value === '') element.style.removeProperty(knob.name);
      else element.style.setProperty(knob.name, cssValue(knob, value));
    }
  }
}

let settings = readSettingsFromUrl();
if (embedded) document.body.classList.add('embedded');
buildTokenKnobs(settings);
writeKnobs(settings);
apply(settings);

form.addEventListener('input', (event) => {
  settings = readKnobs(settings, (event.target as HTMLInputElement).name);
  apply(settings);
});
form.addEventListener('submit', (event) => event.preventDefault());
systemDark.addEventListener('change', () => {
  if (settings.scheme === 'system') writeTokenDefaults(settings);
});
document.querySelector('#reset-tokens')!.addEventListener('click', () => {
  for (const knob of TOKENS) {
    const field = tokenField(knob);
    field.value = defaultValue(knob, settings);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
});
