import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/** A table of the figures behind a chart: the first cell of each row is its header. */
export interface ChartTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ChartFrameOptions {
  /** Also the `part` suffix (`chart-<id>`) and `data-chart` value. */
  id: string;
  title: string;
  /** `aria-label` of the drawing: what it shows and its salient figure. */
  summary: string;
  /** The drawing's shapes, placed inside an `<svg>` of `width` × `height` user units. */
  drawing: SVGTemplateResult;
  width: number;
  height: number;
  table: ChartTable;
  showNumbers: string;
  /** A line of text under the drawing (e.g. an overall figure). */
  caption?: string;
}

/**
 * One chart: heading, drawing (`role="img"` with a summary, since screen readers cannot read
 * shapes), an optional caption, and the numbers in a disclosure for anyone who wants them.
 */
export function chartFrame(o: ChartFrameOptions): TemplateResult {
  return html`<figure class="chart" part="chart chart-${o.id}" data-chart=${o.id} aria-labelledby="${o.id}-title">
    <h3 id="${o.id}-title" part="chart-title">${o.title}</h3>
    <svg
      part="chart-drawing"
      role="img"
      aria-label=${o.summary}
      width=${o.width}
      height=${o.height}
      viewBox="0 0 ${o.width} ${o.height}"
    >
      ${o.drawing}
    </svg>
    ${o.caption ? html`<p class="caption" part="chart-caption">${o.caption}</p>` : nothing}
    <details part="chart-data">
      <summary>${o.showNumbers}</summary>
      ${dataTable(o.title, o.table)}
    </details>
  </figure>`;
}

/** The same frame with no drawing: says plainly that there is nothing to chart. */
export function emptyChartFrame(id: string, title: string, message: string): TemplateResult {
  return html`<figure class="chart" part="chart chart-${id}" data-chart=${id} data-empty aria-labelledby="${id}-title">
    <h3 id="${id}-title" part="chart-title">${title}</h3>
    <p class="empty" part="chart-empty">${message}</p>
  </figure>`;
}

function dataTable(caption: string, table: ChartTable): TemplateResult {
  return html`<table part="chart-table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${table.headers.map((header) => html`<th scope="col">${header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        ([head, ...cells]) => html`<tr>
          <th scope="row">${head}</th>
          ${cells.map((cell) => html`<td>${cell}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
