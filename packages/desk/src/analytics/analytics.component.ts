import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Analytics } from '@baton/protocol';
import { SEVERITIES, TRIGGER_IDS, triggerLabel, type Language } from '@baton/protocol/vocabulary';
import { ANALYTICS_STRINGS, analyticsLanguage, type AnalyticsStrings, type ChartId } from './analytics.strings.js';
import { AnalyticsFormat } from './analytics.format.js';
import { analyticsStyles } from './analytics.styles.js';
import { ChartWidthController } from './chart-width.controller.js';
import { chartFrame, emptyChartFrame, type ChartTable } from './charts/chart-frame.js';
import { barRows, barRowsHeight, type BarMeasure } from './charts/bar-rows.chart.js';
import { HOUR_COLUMNS_HEIGHT, hourColumns } from './charts/hour-columns.chart.js';
import { SHARE_LINE_HEIGHT, shareLine } from './charts/share-line.chart.js';
import { tuningHints, type TuningHint, type TuningThresholds } from './tuning-hints.js';

interface BarChartSpec {
  id: ChartId;
  keys: string[];
  labels: string[];
  measures: BarMeasure[];
  table: ChartTable;
  caption?: string;
}

/**
 * @summary Supervisor analytics for one time window: charts of what escalates, how it ends, SLA
 * compliance, reviewers and timing, plus tuning hints for the policy. Display only: the desk
 * fetches `analytics:get` and sets the properties.
 *
 * @csspart window - The line naming the window and its totals (a polite live region).
 * @csspart hints - The tuning hints box; each suggestion is a `hint`.
 * @csspart hint - One tuning suggestion (`data-kind` names it).
 * @csspart charts - The grid holding every chart.
 * @csspart chart - Each chart's `<figure>`; also `chart-<id>` (`chart-triggers`, `chart-by-hour`, …).
 * @csspart chart-title - A chart's heading.
 * @csspart chart-drawing - A chart's `<svg role="img">`.
 * @csspart chart-caption - A line under a drawing (overall SLA, repeat customer count).
 * @csspart chart-data - The `<details>` holding a chart's numbers.
 * @csspart chart-table - The table of numbers.
 * @csspart chart-empty - What a chart says when its window has no data.
 * @csspart bar - A bar or hour column.
 * @csspart line - The SLA compliance line.
 * @csspart point - A day's point on that line.
 * @csspart axis - Axis lines.
 * @csspart empty - Shown while `analytics` is null.
 *
 * @cssproperty --baton-surface - Background (light #ffffff, dark #111827).
 * @cssproperty --baton-text - Text colour.
 * @cssproperty --baton-text-muted - Ticks, captions and the window line.
 * @cssproperty --baton-border - Chart borders and grid lines.
 * @cssproperty --baton-font-family - Font.
 * @cssproperty --baton-font-size - Base font size.
 * @cssproperty --baton-radius - Corner radius of charts and hints.
 * @cssproperty --baton-analytics-bar - Bars and columns.
 * @cssproperty --baton-analytics-bar-secondary - The second measure of paired bars.
 * @cssproperty --baton-analytics-line - The compliance line and its points.
 * @cssproperty --baton-analytics-hint - The accent of the hints box.
 */
export class BatonDeskAnalytics extends LitElement {
  static override styles = analyticsStyles;

  /** `analytics:get` for the whole window; null until loaded. */
  @property({ attribute: false }) analytics: Analytics | null = null;

  /** `analytics:get` once per day of the window, for SLA compliance over time. Any order. */
  @property({ attribute: false }) series: Analytics[] = [];

  /** BCP 47 tag; strings use its language (en, es, fr, de, pt, it; others fall back to en), numbers and dates the full tag. */
  @property() locale = 'en';

  /** Forces a colour scheme; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Overrides of the hint thresholds (see `DEFAULT_TUNING_THRESHOLDS`). */
  @property({ attribute: false }) thresholds: Partial<TuningThresholds> = {};

  private readonly widths = new ChartWidthController(this);

  override render(): TemplateResult {
    const language = analyticsLanguage(this.locale);
    const s = ANALYTICS_STRINGS[language];
    const a = this.analytics;
    if (!a) return html`<p part="empty" class="empty">${s.noAnalytics}</p>`;
    const f = new AnalyticsFormat(this.locale || 'en', a.timezone);
    return html`
      <p part="window" role="status">${s.windowSummary(f.range(a.from, a.to), a.timezone, f.count(a.conversations), f.count(a.escalations))}</p>
      ${this.renderHints(a, s, f, language)}
      <div class="grid-of-charts" part="charts">
        ${this.triggersChart(a, s, f, language)} ${this.topRulesChart(a, s, f)} ${this.resolutionsChart(a, s, f)}
        ${this.slaOverTimeChart(a, s, f)} ${this.slaBySeverityChart(a, s, f)} ${this.resolutionTimeChart(a, s, f)}
        ${this.reviewersChart(a, s, f)} ${this.repeatCustomersChart(a, s, f)} ${this.byHourChart(a, s, f)}
      </div>
    `;
  }

  private renderHints(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat, language: Language): TemplateResult {
    const hints = tuningHints(a, this.thresholds);
    return html`<section part="hints" aria-labelledby="hints-title">
      <h3 id="hints-title">${s.hintsTitle}</h3>
      ${hints.length === 0
        ? html`<p class="empty">${s.noHints}</p>`
        : html`<ul>
            ${hints.map((hint) => html`<li part="hint" data-kind=${hint.kind}>${hintText(hint, s, f, language)}</li>`)}
          </ul>`}
    </section>`;
  }

  private barChart(spec: BarChartSpec, s: AnalyticsStrings, f: AnalyticsFormat, empty: boolean): TemplateResult {
    const title = s.titles[spec.id];
    if (empty) return emptyChartFrame(spec.id, title, s.empty[spec.id]);
    const width = this.widths.widthOf(spec.id);
    const first = spec.measures[0]!;
    const top = first.values.reduce<number>((best, v, i) => ((v ?? -1) > (first.values[best] ?? -1) ? i : best), 0);
    const topValue = first.values[top];
    return chartFrame({
      id: spec.id,
      title,
      summary: s.barSummary(title, spec.labels.length, spec.labels[top] ?? '', topValue == null ? s.noValue : first.format(topValue)),
      drawing: barRows({ keys: spec.keys, labels: spec.labels, measures: spec.measures, width, noValue: s.noValue }),
      width,
      height: barRowsHeight(spec),
      table: spec.table,
      showNumbers: s.showNumbers,
      ...(spec.caption ? { caption: spec.caption } : {}),
    });
  }

  private triggersChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat, language: Language): TemplateResult {
    const order = (t: Analytics['byTrigger'][number]) => TRIGGER_IDS.indexOf(t.trigger);
    const rows = [...a.byTrigger].sort((x, y) => (y.rate ?? -1) - (x.rate ?? -1) || y.count - x.count || order(x) - order(y));
    const labels = rows.map((r) => triggerLabel(r.trigger, language));
    const opt = (v: number | null) => (v === null ? s.noValue : f.share(v));
    return this.barChart(
      {
        id: 'triggers',
        keys: rows.map((r) => r.trigger),
        labels,
        measures: [
          { heading: s.columns.rate, values: rows.map((r) => r.rate), format: (v) => f.share(v), tone: 'primary' },
          { heading: s.columns.escalations, values: rows.map((r) => r.count), format: (v) => f.count(v), tone: 'secondary' },
        ],
        table: {
          headers: [s.columns.trigger, s.columns.rate, s.columns.escalations, s.columns.conversations],
          rows: rows.map((r, i) => [labels[i]!, opt(r.rate), f.count(r.count), f.count(r.conversations)]),
        },
      },
      s,
      f,
      rows.every((r) => r.count === 0),
    );
  }

  private topRulesChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = a.topRules;
    return this.barChart(
      {
        id: 'top-rules',
        keys: rows.map((r) => r.rule),
        labels: rows.map((r) => r.rule),
        measures: [{ heading: s.columns.escalations, values: rows.map((r) => r.count), format: (v) => f.count(v), tone: 'primary' }],
        table: { headers: [s.columns.rule, s.columns.escalations], rows: rows.map((r) => [r.rule, f.count(r.count)]) },
      },
      s,
      f,
      rows.every((r) => r.count === 0),
    );
  }

  private resolutionsChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = [...a.resolutions].sort((x, y) => y.count - x.count);
    const labels = rows.map((r) => s.actions[r.action]);
    return this.barChart(
      {
        id: 'resolutions',
        keys: rows.map((r) => r.action),
        labels,
        measures: [{ heading: s.columns.count, values: rows.map((r) => r.count), format: (v) => f.count(v), tone: 'primary' }],
        table: { headers: [s.columns.action, s.columns.count], rows: rows.map((r, i) => [labels[i]!, f.count(r.count)]) },
      },
      s,
      f,
      rows.every((r) => r.count === 0),
    );
  }

  private slaOverTimeChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const id: ChartId = 'sla-over-time';
    const title = s.titles[id];
    const days = [...this.series].sort((x, y) => Date.parse(x.from) - Date.parse(y.from));
    const points = days.map((day) => ({ label: f.dayOf(day.from), value: day.sla.compliance }));
    const measured = points.filter((p): p is { label: string; value: number } => p.value !== null);
    if (measured.length === 0) return emptyChartFrame(id, title, s.empty[id]);
    const lowest = measured.reduce((low, p) => (p.value < low.value ? p : low));
    const width = this.widths.widthOf(id);
    const overall = a.sla.compliance;
    return chartFrame({
      id,
      title,
      summary: s.lineSummary(title, points.length, points[0]!.label, points.at(-1)!.label, f.share(lowest.value), lowest.label),
      drawing: shareLine({ points, width, formatShare: (v) => f.share(v) }),
      width,
      height: SHARE_LINE_HEIGHT,
      ...(overall === null ? {} : { caption: s.overallCompliance(f.share(overall), f.count(a.sla.met), f.count(a.sla.breached)) }),
      table: {
        headers: [s.columns.day, s.columns.met, s.columns.breached, s.columns.compliance],
        rows: days.map((day, i) => [
          points[i]!.label,
          f.count(day.sla.met),
          f.count(day.sla.breached),
          day.sla.compliance === null ? s.noValue : f.share(day.sla.compliance),
        ]),
      },
      showNumbers: s.showNumbers,
    });
  }

  private slaBySeverityChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = SEVERITIES.map((severity) => a.sla.bySeverity.find((r) => r.severity === severity) ?? { severity, met: 0, breached: 0, compliance: null });
    const labels = rows.map((r) => s.severities[r.severity]);
    return this.barChart(
      {
        id: 'sla-by-severity',
        keys: rows.map((r) => r.severity),
        labels,
        measures: [{ heading: s.columns.compliance, values: rows.map((r) => r.compliance), format: (v) => f.share(v), tone: 'primary' }],
        table: {
          headers: [s.columns.severity, s.columns.met, s.columns.breached, s.columns.compliance],
          rows: rows.map((r, i) => [labels[i]!, f.count(r.met), f.count(r.breached), r.compliance === null ? s.noValue : f.share(r.compliance)]),
        },
      },
      s,
      f,
      rows.every((r) => r.compliance === null),
    );
  }

  private resolutionTimeChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = SEVERITIES.map((severity) => a.resolutionTime.find((r) => r.severity === severity) ?? { severity, count: 0, meanMs: null });
    const labels = rows.map((r) => s.severities[r.severity]);
    return this.barChart(
      {
        id: 'resolution-time',
        keys: rows.map((r) => r.severity),
        labels,
        measures: [{ heading: s.columns.meanTime, values: rows.map((r) => r.meanMs), format: (v) => f.duration(v), tone: 'primary' }],
        table: {
          headers: [s.columns.severity, s.columns.resolved, s.columns.meanTime],
          rows: rows.map((r, i) => [labels[i]!, f.count(r.count), r.meanMs === null ? s.noValue : f.duration(r.meanMs)]),
        },
      },
      s,
      f,
      rows.every((r) => r.meanMs === null),
    );
  }

  private reviewersChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = [...a.reviewers].sort((x, y) => y.decisions - x.decisions || x.agent.name.localeCompare(y.agent.name));
    const decisions = ['allow', 'block', 'redact_and_allow', 'escalate_further'] as const;
    return this.barChart(
      {
        id: 'reviewers',
        keys: rows.map((r) => r.agent.id),
        labels: rows.map((r) => r.agent.name),
        measures: [
          { heading: s.columns.decisions, values: rows.map((r) => r.decisions), format: (v) => f.count(v), tone: 'primary' },
          { heading: s.columns.meanDecisionTime, values: rows.map((r) => r.meanDecisionMs), format: (v) => f.duration(v), tone: 'secondary' },
        ],
        table: {
          headers: [s.columns.reviewer, s.columns.decisions, s.columns.meanDecisionTime, ...decisions.map((d) => s.actions[d])],
          rows: rows.map((r) => [
            r.agent.name,
            f.count(r.decisions),
            r.meanDecisionMs === null ? s.noValue : f.duration(r.meanDecisionMs),
            ...decisions.map((d) => f.count(r.byDecision[d] ?? 0)),
          ]),
        },
      },
      s,
      f,
      rows.every((r) => r.decisions === 0),
    );
  }

  private repeatCustomersChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const rows = a.repeatCustomers.top;
    return this.barChart(
      {
        id: 'repeat-customers',
        keys: rows.map((r) => r.customer),
        labels: rows.map((r) => r.customer),
        measures: [{ heading: s.columns.escalations, values: rows.map((r) => r.escalations), format: (v) => f.count(v), tone: 'primary' }],
        table: { headers: [s.columns.customer, s.columns.escalations], rows: rows.map((r) => [r.customer, f.count(r.escalations)]) },
        caption: s.repeatCustomersTotal(a.repeatCustomers.count, f.count(a.repeatCustomers.count)),
      },
      s,
      f,
      a.repeatCustomers.count === 0 || rows.length === 0,
    );
  }

  private byHourChart(a: Analytics, s: AnalyticsStrings, f: AnalyticsFormat): TemplateResult {
    const id: ChartId = 'by-hour';
    const title = s.titles[id];
    const total = a.byHour.reduce((sum, n) => sum + n, 0);
    if (total === 0) return emptyChartFrame(id, title, s.empty[id]);
    const peak = a.byHour.indexOf(Math.max(...a.byHour));
    const width = this.widths.widthOf(id);
    return chartFrame({
      id,
      title,
      summary: s.hourSummary(title, a.timezone, f.hourOfDay(peak), f.count(a.byHour[peak]!), f.count(total)),
      drawing: hourColumns({ counts: a.byHour, width, hourLabel: (h) => f.hourOfDay(h), formatCount: (n) => f.count(n) }),
      width,
      height: HOUR_COLUMNS_HEIGHT,
      table: { headers: [s.columns.hour, s.columns.escalations], rows: a.byHour.map((n, h) => [f.hourOfDay(h), f.count(n)]) },
      showNumbers: s.showNumbers,
    });
  }
}

function hintText(hint: TuningHint, s: AnalyticsStrings, f: AnalyticsFormat, language: Language): string {
  const share = f.share(hint.share);
  const count = f.count(hint.count);
  const total = f.count(hint.total);
  switch (hint.kind) {
    case 'mostly_allowed':
    case 'mostly_handed_back': {
      const subject =
        hint.subject.type === 'rule' ? s.hints.ruleSubject(hint.subject.rule) : s.hints.triggerSubject(triggerLabel(hint.subject.trigger, language));
      return hint.kind === 'mostly_allowed' ? s.hints.mostlyAllowed(subject, share, count, total) : s.hints.mostlyHandedBack(subject, share, count, total);
    }
    case 'breaches_concentrated':
      return s.hints.breachesConcentrated(s.severities[hint.severity].toLocaleLowerCase(language), share, count, total);
    case 'trigger_dominates':
      return hint.trigger === 'explicit_request'
        ? s.hints.askedForPersonDominates(share, count, total)
        : s.hints.triggerDominates(triggerLabel(hint.trigger, language), share, count, total);
    case 'repeat_customers':
      return s.hints.repeatCustomers(f.count(hint.customers), share, count, total);
  }
}
