import { css, unsafeCSS } from 'lit';

// Themable values are public `--baton-*` custom properties that the page sets on the element (they
// inherit, also through the script-tag loader's wrapper). Inside, styles read private `--_baton-*`
// copies that fall back to the scheme's defaults; declaring the public names on :host would shadow
// what the page set on an outer element. Default pairs keep text >= 4.5:1 on its background.
const LIGHT = {
  bg: '#ffffff',
  surface: '#f3f4f6',
  text: '#1f2328',
  muted: '#57606a',
  border: '#8c959f',
  accent: '#0b57d0',
  'on-accent': '#ffffff',
  'customer-bg': '#0b57d0',
  'customer-text': '#ffffff',
  'agent-bg': '#e6f4ea',
  'agent-text': '#0d3b1e',
  'bot-bg': '#f3f4f6',
  'bot-text': '#1f2328',
  'notice-bg': '#fff8e1',
  'notice-text': '#4a3500',
  danger: '#b3261e',
  'badge-bg': '#b3261e',
  'badge-text': '#ffffff',
  focus: '#0b57d0',
};

const DARK: typeof LIGHT = {
  bg: '#1b1d21',
  surface: '#2a2d33',
  text: '#e8eaed',
  muted: '#b0b8c1',
  border: '#6e7781',
  accent: '#8ab4f8',
  'on-accent': '#0b1a33',
  'customer-bg': '#8ab4f8',
  'customer-text': '#0b1a33',
  'agent-bg': '#1e3a2a',
  'agent-text': '#d7f5df',
  'bot-bg': '#2a2d33',
  'bot-text': '#e8eaed',
  'notice-bg': '#3a3000',
  'notice-text': '#ffe9a8',
  danger: '#f2b8b5',
  'badge-bg': '#f2b8b5',
  'badge-text': '#3c0b08',
  focus: '#8ab4f8',
};

const scheme = (colors: typeof LIGHT) =>
  unsafeCSS(
    Object.entries(colors)
      .map(([name, value]) => `--_baton-color-${name}: var(--baton-color-${name}, ${value});`)
      .join('\n'),
  );

export const tokens = css`
  :host {
    ${scheme(LIGHT)}
    --_baton-font: var(--baton-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* px, not rem: a page that shrinks its root font must not shrink the widget. */
    --_baton-font-size: var(--baton-font-size, 15px);
    --_baton-radius: var(--baton-radius, 12px);
    --_baton-gap: var(--baton-gap, 8px);
    --_baton-duration: var(--baton-duration, 160ms);
    --_baton-z-index: var(--baton-z-index, 2147483000);
    color-scheme: light;
    /* Inherited properties reset, so the page's text styles stay outside. */
    font-family: var(--_baton-font);
    font-size: var(--_baton-font-size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_baton-color-text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${scheme(DARK)}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${scheme(DARK)}
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_baton-duration: 0ms;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_baton-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
