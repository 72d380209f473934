import { svg, nothing, type SVGTemplateResult } from 'lit';

export interface SharePoint {
  label: string;
  /** 0..1, or null for a day with nothing to measure (the line breaks there). */
  value: number | null;
}

export interface ShareLineOptions {
  points: readonly SharePoint[];
  width: number;
  formatShare(share: number): string;
}

export const SHARE_LINE_HEIGHT = 180;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 24;
const TICKS = [0, 0.5, 1];

/** A line of shares (0–100 %) over evenly spaced periods, broken where a period has no value. */
export function shareLine(o: ShareLineOptions): SVGTemplateResult {
  const plotHeight = SHARE_LINE_HEIGHT - TOP - BOTTOM;
  const plotWidth = o.width - LEFT - RIGHT;
  const step = o.points.length > 1 ? plotWidth / (o.points.length - 1) : 0;
  const x = (index: number) => LEFT + (o.points.length > 1 ? index * step : plotWidth / 2);
  const y = (share: number) => TOP + (1 - share) * plotHeight;

  // Consecutive measured days form one segment; a gap is an honest "no data", not a zero.
  const segments: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  o.points.forEach((point, index) => {
    if (point.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push({ index, value: point.value });
  });
  if (current.length) segments.push(current);

  const last = o.points.length - 1;
  return svg`
    ${TICKS.map(
      (tick) => svg`
        <line class=${tick === 0 ? 'axis' : 'grid'} x1=${LEFT} x2=${o.width - RIGHT} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${LEFT - 6} y=${y(tick)} text-anchor="end" dominant-baseline="middle">${o.formatShare(tick)}</text>`,
    )}
    ${segments.map(
      (segment) => svg`<polyline class="line" part="line" fill="none"
        points=${segment.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}></polyline>`,
    )}
    ${segments.flat().map(
      (p) => svg`<circle class="point" part="point" data-index=${p.index} data-value=${p.value} cx=${x(p.index)} cy=${y(p.value)} r="3.5"></circle>`,
    )}
    ${o.points.length > 0
      ? svg`<text class="tick" x=${x(0)} y=${SHARE_LINE_HEIGHT - 6} text-anchor=${last > 0 ? 'start' : 'middle'}>${o.points[0]!.label}</text>`
      : nothing}
    ${last > 0 ? svg`<text class="tick" x=${x(last)} y=${SHARE_LINE_HEIGHT - 6} text-anchor="end">${o.points[last]!.label}</text>` : nothing}`;
}
