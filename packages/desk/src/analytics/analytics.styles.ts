import { css } from 'lit';

/** The dark palette, for `theme="dark"` and for any theme but light on a dark system. */
const dark = css`
  --_surface: var(--baton-surface, #111827);
  --_text: var(--baton-text, #f3f4f6);
  --_muted: var(--baton-text-muted, #9ca3af);
  --_border: var(--baton-border, #374151);
  --_bar: var(--baton-analytics-bar, #93c5fd);
  --_bar-2: var(--baton-analytics-bar-secondary, #fdba74);
  --_line: var(--baton-analytics-line, #6ee7b7);
  --_hint: var(--baton-analytics-hint, #fcd34d);
`;

/**
 * Colours are checked at 4.5:1 or more against the surface in both schemes (bars and lines too,
 * though WCAG asks 3:1 of graphics). Override through the `--baton-*` properties on the host.
 */
export const analyticsStyles = css`
  :host {
    --_surface: var(--baton-surface, #ffffff);
    --_text: var(--baton-text, #1f2937);
    --_muted: var(--baton-text-muted, #4b5563);
    --_border: var(--baton-border, #d1d5db);
    --_bar: var(--baton-analytics-bar, #1d4ed8);
    --_bar-2: var(--baton-analytics-bar-secondary, #9a3412);
    --_line: var(--baton-analytics-line, #047857);
    --_hint: var(--baton-analytics-hint, #92400e);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--baton-font-family, system-ui, sans-serif);
    font-size: var(--baton-font-size, 0.875rem);
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  [part~='window'] {
    margin: 0 0 1rem;
    color: var(--_muted);
  }

  [part~='hints'] {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_hint);
    border-radius: var(--baton-radius, 0.5rem);
  }

  [part~='hints'] h3 {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }

  [part~='hints'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  [part~='hint'] + [part~='hint'] {
    margin-top: 0.375rem;
  }

  .grid-of-charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: 1rem;
  }

  .chart {
    margin: 0;
    padding: 0.75rem 1rem;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--baton-radius, 0.5rem);
  }

  /* The headline chart gets a whole row: seven labels and two measures. */
  .chart[data-chart='triggers'] {
    grid-column: 1 / -1;
  }

  .chart h3 {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }

  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
  }

  .chart text {
    fill: var(--_text);
  }

  .chart text.tick,
  .chart text.measure-heading {
    fill: var(--_muted);
  }

  .bar.primary {
    fill: var(--_bar);
  }

  .bar.secondary {
    fill: var(--_bar-2);
  }

  .line {
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
  }

  .point {
    fill: var(--_line);
  }

  .axis {
    stroke: var(--_muted);
  }

  .grid {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }

  .caption,
  .empty {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }

  details {
    margin-top: 0.5rem;
    overflow-x: auto;
  }

  summary {
    cursor: pointer;
    color: var(--_text);
  }

  summary:focus-visible {
    outline: 2px solid var(--_bar);
    outline-offset: 2px;
  }

  table {
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  th,
  td {
    padding: 0.125rem 0.75rem 0.125rem 0;
    text-align: start;
    vertical-align: top;
  }

  th[scope='row'] {
    min-width: 8rem;
    overflow-wrap: break-word;
    font-weight: normal;
  }

  td {
    text-align: end;
    white-space: nowrap;
  }
`;
