import { BatonDeskAnalytics } from './analytics.component.js';

export { BatonDeskAnalytics };
export { tuningHints, DEFAULT_TUNING_THRESHOLDS, type TuningHint, type TuningHintKind, type TuningThresholds, type HintSubject } from './tuning-hints.js';
export { ANALYTICS_STRINGS, analyticsLanguage, type AnalyticsStrings } from './analytics.strings.js';

// Guarded so a page that loads the desk twice (or a host that registered it first) does not throw.
if (!customElements.get('baton-desk-analytics')) customElements.define('baton-desk-analytics', BatonDeskAnalytics);

declare global {
  interface HTMLElementTagNameMap {
    'baton-desk-analytics': BatonDeskAnalytics;
  }
}
