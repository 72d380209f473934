import { svg, type SVGTemplateResult } from 'lit';

export interface HourColumnsOptions {
  /** Exactly 24 counts, hour 0 first. */
  counts: readonly number[];
  width: number;
  /** Hour label for the axis (`09:00`, `9 AM`…). */
  hourLabel(hour: number): string;
  formatCount(count: number): string;
}

export const HOUR_COLUMNS_HEIGHT = 170;
const LEFT = 36;
const BOTTOM = 22;
const TOP = 8;
const LABELLED_HOURS = [0, 6, 12, 18];

/** 24 columns, one per hour of the day, on one scale from zero. */
export function hourColumns(o: HourColumnsOptions): SVGTemplateResult {
  const plotHeight = HOUR_COLUMNS_HEIGHT - TOP - BOTTOM;
  const slot = (o.width - LEFT - 4) / 24;
  const max = Math.max(0, ...o.counts);
  const baseline = TOP + plotHeight;
  return svg`
    <text class="tick" x=${LEFT - 6} y=${TOP} text-anchor="end" dominant-baseline="middle">${o.formatCount(max)}</text>
    <text class="tick" x=${LEFT - 6} y=${baseline} text-anchor="end" dominant-baseline="middle">${o.formatCount(0)}</text>
    <line class="grid" x1=${LEFT} x2=${o.width - 4} y1=${TOP} y2=${TOP}></line>
    <line class="axis" part="axis" x1=${LEFT} x2=${o.width - 4} y1=${baseline} y2=${baseline}></line>
    ${o.counts.map((count, hour) => {
      const height = max === 0 ? 0 : (count / max) * plotHeight;
      return svg`<rect class="bar primary" part="bar" data-hour=${hour} data-value=${count}
        x=${LEFT + hour * slot + 1} y=${baseline - height} width=${Math.max(1, slot - 2)} height=${height} rx="1"></rect>`;
    })}
    ${LABELLED_HOURS.map(
      (hour) => svg`<text class="tick" x=${LEFT + hour * slot + slot / 2} y=${baseline + 14} text-anchor="middle">${o.hourLabel(hour)}</text>`,
    )}`;
}
