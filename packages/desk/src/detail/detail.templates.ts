// Read-only panels of the desk's detail view. Every remote string goes through Lit text bindings.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { EscalationView, Route } from '@baton/protocol';
import { triggerLabel, type Language } from '@baton/protocol/vocabulary';
import type { DeskStrings } from '../locales/index.js';
import type { ThreadStore } from './thread.store.js';

export interface DetailContext {
  t: DeskStrings;
  language: Language;
  locale: string;
  timeOf(iso: string): string;
}

/** The warm-transfer briefing, or why there is none (a cold transfer shares only its reason). */
export function summaryPanel(ctx: DetailContext, escalation: EscalationView): TemplateResult {
  const { t } = ctx;
  const summary = escalation.summary;
  if (!summary) {
    return html`<section part="summary" class="panel"><h3>${t.summaryTitle}</h3><p class="muted" data-testid="no-summary">${escalation.transfer === 'cold' ? t.coldTransfer : t.noSummary}</p></section>`;
  }
  const percent = new Intl.NumberFormat(ctx.locale, { style: 'percent' });
  return html`
    <section part="summary" class="panel" data-testid="summary">
      <h3>${t.summaryTitle}</h3>
      <dl>
        <dt>${t.wants}</dt>
        <dd data-testid="want">${summary.want}</dd>
        <dt>${t.aiTried}</dt>
        <dd>
          <ul>
            ${summary.aiAttempts.map(
              (attempt) =>
                html`<li>
                  ${attempt.text}${attempt.confidence !== null ? html` <span class="muted">(${t.confidence(percent.format(attempt.confidence))})</span>` : nothing}
                  ${attempt.withheld ? html`<span class="muted" data-testid="withheld">(${t.withheld})</span>` : nothing}
                </li>`,
            )}
          </ul>
        </dd>
        <dt>${t.sentiment}</dt>
        <dd>${sentimentSparkline(ctx, summary.sentiment.trajectory, t.trends[summary.sentiment.trend])} ${t.trends[summary.sentiment.trend]}</dd>
        ${summary.sentiment.distress.length > 0 ? html`<dt>${t.distress}</dt><dd>${summary.sentiment.distress.join(', ')}</dd>` : nothing}
        ${summary.entities.length > 0
          ? html`<dt>${t.entities}</dt>
              <dd>
                <ul class="chips">
                  ${summary.entities.map((entity) => html`<li><span class="muted">${entity.kind}</span> ${entity.value}</li>`)}
                </ul>
              </dd>`
          : nothing}
      </dl>
    </section>
  `;
}

/** Sentiment per customer message (-1..1) as a small line, labelled for screen readers. */
export function sentimentSparkline(ctx: DetailContext, trajectory: readonly number[], trend: string): TemplateResult {
  const width = 120;
  const height = 28;
  const step = trajectory.length > 1 ? width / (trajectory.length - 1) : 0;
  const points = trajectory.map((value, index) => `${(index * step).toFixed(1)},${((1 - (value + 1) / 2) * height).toFixed(1)}`).join(' ');
  return html`<svg class="sparkline" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${ctx.t.sentimentChart(trend, trajectory.length)}>
    ${svg`<line x1="0" x2=${width} y1=${height / 2} y2=${height / 2} class="axis"></line><polyline points=${points} class="trend"></polyline>`}
  </svg>`;
}

/** Why the policy fired: trigger, rule, reason, evidence, routing rule. */
export function whyPanel(ctx: DetailContext, escalation: EscalationView): TemplateResult {
  const { t } = ctx;
  const decision = escalation.decision;
  return html`
    <section class="panel" data-testid="why">
      <h3>${t.whyTitle}</h3>
      <dl>
        <dt>${t.trigger}</dt>
        <dd>${triggerLabel(decision.trigger, ctx.language)}</dd>
        <dt>${t.rule}</dt>
        <dd>${decision.rule ?? t.none}</dd>
        <dt>${t.reason}</dt>
        <dd>${decision.reason}</dd>
        ${decision.evidence.length > 0
          ? html`<dt>${t.evidence}</dt>
              <dd>
                <ul>
                  ${decision.evidence.map((item) => html`<li><q>${item}</q></li>`)}
                </ul>
              </dd>`
          : nothing}
        <dt>${t.routingRule}</dt>
        <dd>${escalation.routingRule ?? t.none}</dd>
        <dt>${t.routedTo}</dt>
        <dd data-testid="route">${routeLabel(ctx, escalation.route)}</dd>
      </dl>
    </section>
  `;
}

/** Who may pick it up now: after "escalate further" or a transfer no routing rule may name it. */
function routeLabel({ t }: DetailContext, route: Route): string {
  switch (route.to) {
    case 'anyone':
      return t.routes.anyone;
    case 'supervisors':
      return t.routes.supervisors;
    case 'team':
      return t.routeTeam(route.team);
    case 'agent':
      return t.routeAgent(route.agent);
  }
}

export function heldReplyPanel(ctx: DetailContext, escalation: EscalationView): TemplateResult {
  const held = escalation.heldReply!;
  const percent = new Intl.NumberFormat(ctx.locale, { style: 'percent' });
  return html`
    <section class="panel held" data-testid="held-reply">
      <h3>${ctx.t.heldReplyTitle}</h3>
      <blockquote>${held.text}</blockquote>
      ${held.confidence !== undefined ? html`<p class="muted">${ctx.t.confidence(percent.format(held.confidence))}</p>` : nothing}
    </section>
  `;
}

/** Who the customer is, their earlier contacts and earlier escalations of the conversation. */
export function customerPanel(ctx: DetailContext, escalation: EscalationView, thread: ThreadStore): TemplateResult {
  const { t } = ctx;
  const customer = escalation.customer;
  const previous = thread.previousEscalations();
  const contacts = escalation.summary?.contacts ?? [];
  return html`
    <section class="panel" data-testid="customer">
      <h3>${t.customerTitle}</h3>
      <dl>
        <dt>${t.visitor}</dt>
        <dd>${customer.visitorId}</dd>
        ${customer.customerId ? html`<dt>${t.customerId}</dt><dd>${customer.customerId}</dd>` : nothing}
        ${customer.tier ? html`<dt>${t.tier}</dt><dd>${customer.tier}</dd>` : nothing}
        ${customer.contact ? html`<dt>${t.contact}</dt><dd>${[customer.contact.name, customer.contact.email].filter(Boolean).join(' · ')}</dd>` : nothing}
        <dt>${t.previousContacts}</dt>
        <dd>
          ${contacts.length === 0
            ? t.none
            : html`<ul>
                ${contacts.map((contact) => html`<li>${contact.topic} · ${ctx.timeOf(contact.at)}</li>`)}
              </ul>`}
        </dd>
        <dt>${t.previousEscalations}</dt>
        <dd data-testid="previous-escalations">
          ${previous.length === 0
            ? t.none
            : html`<ul>
                ${previous.map(
                  (item) => html`<li>${triggerLabel(item.decision.trigger, ctx.language)} · ${t.severities[item.decision.severity]} · <time datetime=${item.at}>${ctx.timeOf(item.at)}</time></li>`,
                )}
              </ul>`}
        </dd>
      </dl>
    </section>
  `;
}

/** The raw relay events about this escalation, as JSON text for technical eyes. */
export function rawPanel(ctx: DetailContext, escalation: EscalationView, events: ReadonlyArray<{ event: string; payload: unknown }>): TemplateResult {
  return html`
    <details class="panel raw">
      <summary>${ctx.t.rawTitle}</summary>
      <pre data-testid="raw-json">${JSON.stringify(events.length > 0 ? events : [{ event: 'escalation', payload: escalation }], null, 2)}</pre>
    </details>
  `;
}
