import { svg, nothing, type SVGTemplateResult } from 'lit';

/** One measure drawn as horizontal bars, on its own scale from zero. */
export interface BarMeasure {
  heading: string;
  /** One value per row; null draws no bar and shows `noValue`. */
  values: readonly (number | null)[];
  format(value: number): string;
  tone: 'primary' | 'secondary';
}

export interface BarRowsOptions {
  /** Stable ids for `data-key` (trigger ids, rule ids, …). */
  keys: readonly string[];
  /** Row labels, drawn as text (remote strings are never parsed as markup). */
  labels: readonly string[];
  /** Side-by-side measures sharing the row labels (small multiples, not a dual axis). */
  measures: readonly BarMeasure[];
  width: number;
  noValue: string;
}

const ROW = 26;
const BAR = 16;
const HEADING = 20;
const VALUE_SPACE = 52;
/** A generous average advance of a 12px sans-serif character, to size text without measuring it. */
const CHAR_WIDTH = 6.5;

/** Long text is cut to fit; the full label is in its `<title>` and in the data table. */
function shorten(text: string, width: number): string {
  const chars = Math.max(4, Math.floor(width / CHAR_WIDTH));
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

export function barRowsHeight(o: Pick<BarRowsOptions, 'labels' | 'measures'>): number {
  return (o.measures.length > 1 ? HEADING : 0) + o.labels.length * ROW + 4;
}

/** Horizontal bars, one row per category, for labels too long to stand under columns. */
export function barRows(o: BarRowsOptions): SVGTemplateResult {
  // As wide as the longest label needs, but never more than 45 % of the chart.
  const longest = Math.max(0, ...o.labels.map((label) => label.length));
  const labelWidth = Math.min(Math.round(o.width * 0.45), Math.ceil(longest * CHAR_WIDTH) + 12);
  const measureWidth = (o.width - labelWidth) / o.measures.length;
  const top = o.measures.length > 1 ? HEADING : 0;
  return svg`
    ${o.labels.map(
      (label, row) => {
        const short = shorten(label, labelWidth - 12);
        return svg`<text class="label" x=${labelWidth - 8} y=${top + row * ROW + ROW / 2} text-anchor="end" dominant-baseline="middle"
          >${short === label ? nothing : svg`<title>${label}</title>`}${short}</text>`;
      },
    )}
    ${o.measures.map((measure, column) => {
      const x0 = labelWidth + column * measureWidth;
      const span = Math.max(0, measureWidth - VALUE_SPACE);
      const max = Math.max(0, ...measure.values.map((v) => v ?? 0));
      return svg`
        ${o.measures.length > 1 ? svg`<text class="measure-heading" x=${x0} y=${HEADING / 2} dominant-baseline="middle"
              >${shorten(measure.heading, measureWidth - 8)}</text>` : nothing}
        <line class="axis" part="axis" x1=${x0} x2=${x0} y1=${top} y2=${top + o.labels.length * ROW}></line>
        ${measure.values.map((value, row) => {
          const y = top + row * ROW + (ROW - BAR) / 2;
          const length = value === null || max === 0 ? 0 : (value / max) * span;
          return svg`
            ${value === null
              ? nothing
              : svg`<rect class="bar ${measure.tone}" part="bar" data-key=${o.keys[row] ?? ''} data-measure=${column} data-value=${value}
                  x=${x0} y=${y} width=${length} height=${BAR} rx="2"></rect>`}
            <text class="value" x=${x0 + length + 6} y=${y + BAR / 2} dominant-baseline="middle"
              >${value === null ? o.noValue : measure.format(value)}</text>`;
        })}`;
    })}`;
}
