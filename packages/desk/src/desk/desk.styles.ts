import { css } from 'lit';

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const dark = css`
  --_bg: var(--baton-background, #0b1020);
  --_surface: var(--baton-surface, #111827);
  --_text: var(--baton-text, #f3f4f6);
  --_muted: var(--baton-text-muted, #9ca3af);
  --_border: var(--baton-border, #374151);
  --_accent: var(--baton-accent, #60a5fa);
  --_accent-text: var(--baton-accent-text, #0b1020);
  --_warning: var(--baton-sla-warning, #fbbf24);
  --_warning-bg: var(--baton-sla-warning-background, #422006);
  --_breached: var(--baton-sla-breached, #f87171);
  --_breached-bg: var(--baton-sla-breached-background, #450a0a);
  --_critical: var(--baton-severity-critical, #fca5a5);
  --_high: var(--baton-severity-high, #fdba74);
  --_medium: var(--baton-severity-medium, #93c5fd);
  --_low: var(--baton-severity-low, #d1d5db);
`;

export const deskStyles = css`
  :host {
    --_bg: var(--baton-background, #f6f7f9);
    --_surface: var(--baton-surface, #ffffff);
    --_text: var(--baton-text, #111827);
    --_muted: var(--baton-text-muted, #4b5563);
    --_border: var(--baton-border, #d1d5db);
    --_accent: var(--baton-accent, #1d4ed8);
    --_accent-text: var(--baton-accent-text, #ffffff);
    --_radius: var(--baton-radius, 8px);
    --_warning: var(--baton-sla-warning, #b45309);
    --_warning-bg: var(--baton-sla-warning-background, #fef3c7);
    --_breached: var(--baton-sla-breached, #b91c1c);
    --_breached-bg: var(--baton-sla-breached-background, #fee2e2);
    --_critical: var(--baton-severity-critical, #991b1b);
    --_high: var(--baton-severity-high, #c2410c);
    --_medium: var(--baton-severity-medium, #1e40af);
    --_low: var(--baton-severity-low, #374151);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--baton-font-family, system-ui, sans-serif);
    font-size: var(--baton-font-size, 14px);
    line-height: 1.45;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .error {
    color: var(--_breached);
    font-weight: 600;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  button.link {
    border: none;
    background: none;
    text-decoration: underline;
    padding: 0 0.2rem;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.3rem 0.45rem;
    /* A select is as wide as its longest (translated) option: never wider than its column. */
    max-width: 100%;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-weight: 500;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .sign-in {
    max-width: 28rem;
    margin: 3rem auto;
    padding: 1.5rem;
    display: grid;
    gap: 0.8rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.6rem 1rem;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .who {
    display: grid;
  }
  .views,
  .tools {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .views button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(18rem, 26rem) minmax(0, 1fr);
    gap: 1rem;
    padding: 1rem;
  }
  .filters {
    display: grid;
    /* Two side by side where they fit, else one per row: translated labels and counts are long. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem;
    margin-bottom: 0.75rem;
  }
  .filters select {
    width: 100%;
  }
  .queue {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_low);
    border-radius: var(--_radius);
    padding: 0.5rem 0.6rem;
    display: grid;
    gap: 0.35rem;
  }
  .card[data-severity='critical'] {
    border-left-color: var(--_critical);
  }
  .card[data-severity='high'] {
    border-left-color: var(--_high);
  }
  .card[data-severity='medium'] {
    border-left-color: var(--_medium);
  }
  .card[aria-current='true'] {
    outline: 2px solid var(--_accent);
  }
  .card-select {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: baseline;
    text-align: start;
    border: none;
    padding: 0;
    background: none;
  }
  .trigger {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.7rem;
    font-size: 0.9em;
  }
  .claim {
    justify-self: start;
  }
  .severity {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .severity[data-severity='critical'] {
    color: var(--_critical);
  }
  .severity[data-severity='high'] {
    color: var(--_high);
  }
  .severity[data-severity='medium'] {
    color: var(--_medium);
  }
  .severity[data-severity='low'] {
    color: var(--_low);
  }
  .sla {
    border-radius: 999px;
    padding: 0 0.45rem;
    font-variant-numeric: tabular-nums;
  }
  .sla[data-level='warning'] {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .sla[data-level='breached'] {
    color: var(--_breached);
    background: var(--_breached-bg);
    font-weight: 700;
  }
  .sla-breaches {
    color: var(--_breached);
    font-weight: 700;
  }
  .detail {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    min-width: 0;
    /* The detail's own width decides its layout: the queue beside it takes a varying share of the host. */
    container: detail / inline-size;
  }
  .detail-header h2 {
    margin: 0;
    font-size: 1.2rem;
    /* Brought into view in the one-column layout: not flush with the window's edge. */
    scroll-margin-top: 0.75rem;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
  /* minmax(0, …): long words (ids, emails) wrap inside their column instead of widening it. */
  .detail-grid {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 1rem;
    margin-top: 1rem;
  }
  /* After the wide layouts they override. The host decides queue beside detail; the detail pane decides its own columns. */
  @container (max-width: 760px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container detail (max-width: 40rem) {
    .detail-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .main-column,
  .side-column {
    display: grid;
    gap: 1rem;
    align-content: start;
    min-width: 0;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .panel h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  dl {
    display: grid;
    /* Terms take what they need up to 40 %, so a narrow panel still leaves room for the values. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .chips {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .chips li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
  }
  .sparkline {
    vertical-align: middle;
  }
  .sparkline .axis {
    stroke: var(--_border);
  }
  .sparkline .trend {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  blockquote {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    white-space: pre-wrap;
  }
  .transcript ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
    max-height: 24rem;
    overflow-y: auto;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .line .speaker {
    font-weight: 600;
  }
  .line[data-speaker='agent'] .speaker {
    color: var(--_accent);
  }
  .line[data-delivery='failed'] .delivery {
    color: var(--_breached);
  }
  .new-messages {
    justify-self: center;
    margin-top: 0.4rem;
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .transcript {
    display: grid;
  }
  .snapshot {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.75rem;
    align-items: center;
    margin-bottom: 0.5rem;
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--_radius) - 2px);
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .snapshot p {
    margin: 0;
  }
  .counter {
    margin: 0;
    font-size: 0.9em;
  }
  .composer,
  .resolve {
    display: grid;
    gap: 0.5rem;
  }
  .composer button,
  .resolve button[type='submit'] {
    justify-self: start;
  }
  .redaction {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .tokens {
    line-height: 2;
    white-space: pre-wrap;
  }
  .token {
    border: none;
    padding: 0 0.1rem;
    border-radius: 3px;
    background: none;
  }
  .token[aria-pressed='true'] {
    background: var(--_breached-bg);
    color: var(--_breached);
  }
  .preview {
    display: block;
    padding: 0.5rem;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_bg);
    white-space: pre-wrap;
  }
  .raw pre {
    max-height: 20rem;
    overflow: auto;
    font-size: 0.8em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .analytics {
    padding: 1rem;
    display: grid;
    gap: 0.75rem;
  }
  .analytics > button {
    justify-self: start;
  }
  .dev-errors {
    margin: 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_breached);
    border-radius: var(--_radius);
    background: var(--_breached-bg);
  }
  .help {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    min-width: 18rem;
  }
  .help::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  kbd {
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0 0.35rem;
    font-family: ui-monospace, monospace;
  }
  .empty-queue {
    padding: 1rem 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .card {
      transition: border-color 0.2s;
    }
  }
`;
