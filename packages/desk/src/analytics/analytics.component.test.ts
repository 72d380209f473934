import { expect } from 'chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Analytics } from '@baton/protocol';
import './baton-desk-analytics.js';
import type { BatonDeskAnalytics } from './analytics.component.js';
import { dailySeries, emptyAnalytics, sampleAnalytics } from './analytics.fixture.js';


const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function mount(props: Partial<Pick<BatonDeskAnalytics, 'analytics' | 'series' | 'locale' | 'theme'>>): Promise<BatonDeskAnalytics> {
  const el = document.createElement('baton-desk-analytics');
  Object.assign(el, props);
  const frame = document.createElement('div');
  frame.style.width = '960px';
  frame.append(el);
  document.body.append(frame);
  await el.updateComplete;
  // Charts re-lay out once their figures are measured.
  await nextFrame();
  await el.updateComplete;
  return el;
}

function chart(el: BatonDeskAnalytics, id: string): HTMLElement {
  const figure = el.shadowRoot!.querySelector<HTMLElement>(`[data-chart="${id}"]`);
  if (!figure) throw new Error(`no chart ${id}`);
  return figure;
}

function barWidth(el: BatonDeskAnalytics, id: string, key: string, measure = 0): number {
  const bar = chart(el, id).querySelector(`rect[data-key="${key}"][data-measure="${measure}"]`);
  if (!bar) throw new Error(`no bar ${key} in ${id}`);
  return Number(bar.getAttribute('width'));
}

function rowTexts(figure: HTMLElement): string[][] {
  return [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<baton-desk-analytics>', () => {
  it('draws escalation rate by trigger to scale, under plain labels', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    const triggers = chart(el, 'triggers');
    // explicit_request's rate (10 %) is twice loop's (5 %): its bar is twice as long.
    expect(barWidth(el, 'triggers', 'explicit_request')).to.be.greaterThan(50);
    expect(barWidth(el, 'triggers', 'explicit_request') / barWidth(el, 'triggers', 'loop')).to.be.closeTo(2, 0.001);
    // The second measure (escalation count: 20 vs 10) is on its own scale.
    expect(barWidth(el, 'triggers', 'explicit_request', 1) / barWidth(el, 'triggers', 'loop', 1)).to.be.closeTo(2, 0.001);
    expect(barWidth(el, 'triggers', 'inactivity')).to.equal(0);
    const labels = [...triggers.querySelectorAll('text.label')].map((t) => t.textContent!.trim());
    expect(labels[0]).to.equal('Asked for a person');
    expect(labels).to.have.length(7);
    const drawing = triggers.querySelector('svg')!;
    expect(drawing.getAttribute('role')).to.equal('img');
    expect(drawing.getAttribute('aria-label')).to.equal('Escalation rate by trigger: 7 bars. Largest: Asked for a person, 10%.');
    expect(rowTexts(triggers)[0]).to.deep.equal(['Asked for a person', '10%', '20', '20']);
  });

  it('draws the other bar charts from their figures', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    expect(barWidth(el, 'top-rules', 'legal') / barWidth(el, 'top-rules', 'fraud')).to.be.closeTo(5 / 3, 0.001);
    expect(barWidth(el, 'resolutions', 'resolved') / barWidth(el, 'resolutions', 'handed_back')).to.be.closeTo(20 / 6, 0.001);
    expect(barWidth(el, 'resolution-time', 'medium') / barWidth(el, 'resolution-time', 'critical')).to.be.closeTo(9, 0.001);
    expect(chart(el, 'resolution-time').querySelector('rect[data-key="low"]'), 'no bar where nothing was resolved').to.equal(null);
    expect(rowTexts(chart(el, 'resolution-time'))).to.deep.equal([
      ['Critical', '2', '10 min'],
      ['High', '12', '1 hr'],
      ['Medium', '30', '1.5 hr'],
      ['Low', '0', '—'],
    ]);
    expect(barWidth(el, 'sla-by-severity', 'critical') / barWidth(el, 'sla-by-severity', 'high')).to.be.closeTo(2, 0.001);
    expect(rowTexts(chart(el, 'repeat-customers'))).to.deep.equal([
      ['u-42', '3'],
      ['u-7', '2'],
    ]);
    expect(chart(el, 'repeat-customers').querySelector('.caption')!.textContent).to.equal('2 customers escalated more than once.');
  });

  it('shows reviewer decisions and mean decision time side by side', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    const reviewers = chart(el, 'reviewers');
    // Most decisions first: Ada (8) then Grace (4); Grace takes twice as long per decision.
    expect([...reviewers.querySelectorAll('text.label')].map((t) => t.textContent!.trim())).to.deep.equal([
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    expect(barWidth(el, 'reviewers', 'ada', 0) / barWidth(el, 'reviewers', 'grace', 0)).to.be.closeTo(2, 0.001);
    expect(barWidth(el, 'reviewers', 'grace', 1) / barWidth(el, 'reviewers', 'ada', 1)).to.be.closeTo(2, 0.001);
    expect(rowTexts(reviewers)[0]).to.deep.equal(['Ada Lovelace', '8', '2 min', '7', '1', '0', '0']);
  });

  it('draws 24 hour columns whose heights follow the counts', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    const byHour = chart(el, 'by-hour');
    const columns = [...byHour.querySelectorAll<SVGRectElement>('rect.bar')];
    expect(columns.map((c) => Number(c.dataset['hour']))).to.deep.equal([...Array(24).keys()]);
    const height = (hour: number) => Number(columns[hour]!.getAttribute('height'));
    expect(height(14)).to.be.greaterThan(100);
    expect(height(14) / height(3)).to.be.closeTo(2, 0.001);
    expect(height(0)).to.equal(0);
    // Columns share a baseline.
    const bottoms = columns.map((c) => Number(c.getAttribute('y')) + Number(c.getAttribute('height')));
    expect(new Set(bottoms.map((b) => b.toFixed(3))).size).to.equal(1);
    expect(byHour.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Escalations by time of day (Europe/Paris): 60 escalations, peak at 2:00 PM with 10.',
    );
    expect(rowTexts(byHour)).to.have.length(24);
  });

  it('plots SLA compliance over time, one point per measured day, breaking the line at a gap', async () => {
    const el = await mount({ analytics: sampleAnalytics(), series: dailySeries([1, 0.5, null, 0.75]).reverse() });
    const line = chart(el, 'sla-over-time');
    const points = [...line.querySelectorAll<SVGCircleElement>('circle.point')];
    expect(points.map((p) => Number(p.dataset['index']))).to.deep.equal([0, 1, 3]);
    const [full, half, threeQuarters] = points.map((p) => ({ x: Number(p.getAttribute('cx')), y: Number(p.getAttribute('cy')) }));
    // Evenly spaced days, a shared 0-100 % scale: 50 % is twice as far below 100 % as 75 %.
    expect(half!.x - full!.x).to.be.closeTo((threeQuarters!.x - full!.x) / 3, 0.001);
    expect(half!.y - full!.y).to.be.closeTo(2 * (threeQuarters!.y - full!.y), 0.001);
    expect(line.querySelectorAll('polyline.line')).to.have.length(2);
    expect(line.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'SLA compliance over time: 4 days from Nov 1 to Nov 4. Lowest: 50% on Nov 2.',
    );
    expect(line.querySelector('.caption')!.textContent).to.equal('Overall 83%: 40 met, 8 breached.');
    expect(rowTexts(line)[2]).to.deep.equal(['Nov 3', '0', '0', '—']);
  });

  it('says plainly when the window has no data', async () => {
    const el = await mount({ analytics: emptyAnalytics() });
    const figures = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-chart]')];
    expect(figures).to.have.length(9);
    for (const figure of figures) expect(figure.hasAttribute('data-empty'), figure.dataset['chart']).to.equal(true);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(chart(el, 'triggers').textContent).to.contain('No escalations in this window.');
    expect(el.shadowRoot!.querySelector('[part~="hints"]')!.textContent).to.contain('No tuning suggestions for this window.');

    el.analytics = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No analytics to show yet.');
  });

  it('renders hostile remote text as inert text', async () => {
    const hostile = '<img src=x onerror="window.__batonPwned=1">';
    const analytics: Analytics = {
      ...sampleAnalytics(),
      topRules: [{ rule: hostile, count: 4 }],
      outcomesByRule: [{ rule: hostile, trigger: 'topic', escalations: 10, resolved: 10, actions: { allow: 10 } }],
      reviewers: [{ agent: { id: '<b>x</b>', name: '<script>window.__batonPwned=1</script>' }, decisions: 1, meanDecisionMs: 1000, byDecision: { allow: 1, block: 0, redact_and_allow: 0, escalate_further: 0 } }],
      repeatCustomers: { count: 1, top: [{ customer: '"><svg onload="window.__batonPwned=1">', escalations: 2 }] },
    };
    const el = await mount({ analytics });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.querySelectorAll('svg svg')).to.have.length(0);
    expect((window as { __batonPwned?: number }).__batonPwned).to.equal(undefined);
    expect(rowTexts(chart(el, 'top-rules'))[0]).to.deep.equal([hostile, '4']);
    expect(rowTexts(chart(el, 'reviewers'))[0]![0]).to.equal('<script>window.__batonPwned=1</script>');
    expect(root.querySelector('[data-kind="mostly_allowed"]')!.textContent).to.contain(`Rule “${hostile}” is resolved as allow 100% of the time (10 of 10)`);
  });

  it('follows the locale: strings, trigger labels and number formats', async () => {
    const el = await mount({ analytics: sampleAnalytics(), locale: 'fr-FR' });
    const title = () => chart(el, 'triggers').querySelector('h3')!.textContent;
    expect(title()).to.equal('Taux d’escalade par déclencheur');
    // French puts a no-break space (narrow or not, by ICU version) before %: compare spaces as spaces.
    const spaced = (text: string) => text.replace(/\s/gu, ' ');
    expect(rowTexts(chart(el, 'triggers'))[0]!.map(spaced)).to.deep.equal(['A demandé une personne', '10 %', '20', '20']);
    expect(spaced(el.shadowRoot!.querySelector('[data-kind="breaches_concentrated"]')!.textContent!)).to.equal(
      '75 % des dépassements de SLA (6 sur 8) sont de gravité haute : ajoutez des relecteurs ou revoyez cet objectif.',
    );

    el.locale = 'de';
    await el.updateComplete;
    expect(title()).to.equal('Eskalationsrate nach Auslöser');
    expect(rowTexts(chart(el, 'resolution-time'))[2]).to.deep.equal(['Mittel', '30', '1,5 Std.']);

    el.locale = 'ja';
    await el.updateComplete;
    expect(title(), 'an unsupported language falls back to English').to.equal('Escalation rate by trigger');
  });

  it('lists tuning hints with their evidence', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    const hints = [...el.shadowRoot!.querySelectorAll('[part~="hint"]')].map((li) => li.textContent!.trim());
    expect(hints).to.deep.equal([
      '“Low AI confidence” is resolved as allow 92% of the time (11 of 12): raise its threshold or log instead.',
      '75% of SLA breaches (6 of 8) are high severity: add reviewers for them or revisit that SLA target.',
    ]);
    el.thresholds = { allowShare: 0.95 };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-kind="mostly_allowed"]')).to.have.length(0);
  });

  it('opens each chart’s numbers from the keyboard', async () => {
    const el = await mount({ analytics: sampleAnalytics() });
    const details = chart(el, 'top-rules').querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelector('table caption')!.textContent).to.equal('Top rules');
  });

  describe('colours', () => {
    after(() => emulateMedia({ colorScheme: 'light' }));

    const rgb = (value: string) => value.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (value: string) => {
      const [r, g, b] = rgb(value).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };

    async function contrasts(el: BatonDeskAnalytics): Promise<Record<string, number>> {
      await el.updateComplete;
      const root = el.shadowRoot!;
      const surface = getComputedStyle(el).backgroundColor;
      const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
      return {
        text: contrast(getComputedStyle(root.querySelector('h3')!).color, surface),
        muted: contrast(getComputedStyle(root.querySelector('[part="window"]')!).color, surface),
        label: contrast(fill('text.label'), surface),
        tick: contrast(fill('text.tick'), surface),
        bar: contrast(fill('rect.bar.primary'), surface),
        secondBar: contrast(fill('rect.bar.secondary'), surface),
        line: contrast(getComputedStyle(root.querySelector('polyline.line')!).stroke, surface),
        point: contrast(fill('circle.point'), surface),
      };
    }

    const expectAllReadable = (measured: Record<string, number>) => {
      for (const [what, ratio] of Object.entries(measured)) expect(ratio, what).to.be.at.least(4.5);
    };

    it('keep 4.5:1 in the light scheme', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = await mount({ analytics: sampleAnalytics(), series: dailySeries([1, 0.8]) });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expectAllReadable(await contrasts(el));
    });

    it('keep 4.5:1 in the dark scheme, and follow a forced theme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount({ analytics: sampleAnalytics(), series: dailySeries([1, 0.8]) });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
      expectAllReadable(await contrasts(el));

      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expectAllReadable(await contrasts(el));

      await emulateMedia({ colorScheme: 'light' });
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
      expectAllReadable(await contrasts(el));
    });

    it('take a host’s --baton-* properties', async () => {
      const el = await mount({ analytics: sampleAnalytics() });
      el.style.setProperty('--baton-analytics-bar', 'rgb(0, 0, 0)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('rect.bar.primary')!).fill).to.equal('rgb(0, 0, 0)');
    });
  });
});
