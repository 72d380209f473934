import type { ResolutionAction } from '@baton/protocol';
import { LANGUAGES, type Language, type Severity } from '@baton/protocol/vocabulary';

/** Every way an escalation ends in `Analytics.resolutions`. */
export type ResolutionOutcome = ResolutionAction | 'cancelled';

/** The ids of the charts, also their `part` suffix (`chart-triggers`) and `data-chart` value. */
export type ChartId =
  | 'triggers'
  | 'top-rules'
  | 'resolutions'
  | 'sla-over-time'
  | 'sla-by-severity'
  | 'resolution-time'
  | 'reviewers'
  | 'repeat-customers'
  | 'by-hour';

/** Numbers arrive here already formatted for the locale; these functions only place them in a sentence. */
export interface AnalyticsStrings {
  windowSummary(range: string, timezone: string, conversations: string, escalations: string): string;
  noAnalytics: string;
  showNumbers: string;
  noValue: string;
  titles: Record<ChartId, string>;
  empty: Record<ChartId, string>;
  columns: {
    trigger: string;
    rate: string;
    escalations: string;
    conversations: string;
    rule: string;
    action: string;
    count: string;
    day: string;
    met: string;
    breached: string;
    compliance: string;
    severity: string;
    resolved: string;
    meanTime: string;
    reviewer: string;
    decisions: string;
    meanDecisionTime: string;
    customer: string;
    hour: string;
  };
  actions: Record<ResolutionOutcome, string>;
  severities: Record<Severity, string>;
  /** aria-label of a bar chart: what it shows and its largest bar. */
  barSummary(title: string, bars: number, topLabel: string, topValue: string): string;
  /** aria-label of the compliance line. */
  lineSummary(title: string, days: number, first: string, last: string, lowest: string, lowestDay: string): string;
  /** aria-label of the 24 hour columns. */
  hourSummary(title: string, timezone: string, peakHour: string, peak: string, total: string): string;
  overallCompliance(compliance: string, met: string, breached: string): string;
  /** `count` picks singular or plural; `formatted` is what is shown. */
  repeatCustomersTotal(count: number, formatted: string): string;
  hintsTitle: string;
  noHints: string;
  hints: {
    ruleSubject(rule: string): string;
    triggerSubject(trigger: string): string;
    mostlyAllowed(subject: string, share: string, count: string, total: string): string;
    mostlyHandedBack(subject: string, share: string, count: string, total: string): string;
    breachesConcentrated(severity: string, share: string, count: string, total: string): string;
    triggerDominates(trigger: string, share: string, count: string, total: string): string;
    askedForPersonDominates(share: string, count: string, total: string): string;
    repeatCustomers(customers: string, share: string, count: string, total: string): string;
  };
}

const en: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}): ${c} conversations, ${e} escalations`,
  noAnalytics: 'No analytics to show yet.',
  showNumbers: 'Show the numbers',
  noValue: '—',
  titles: {
    triggers: 'Escalation rate by trigger',
    'top-rules': 'Top rules',
    resolutions: 'How escalations ended',
    'sla-over-time': 'SLA compliance over time',
    'sla-by-severity': 'SLA compliance by severity',
    'resolution-time': 'Mean resolution time by severity',
    reviewers: 'Reviewer performance',
    'repeat-customers': 'Repeat customers',
    'by-hour': 'Escalations by time of day',
  },
  empty: {
    triggers: 'No escalations in this window.',
    'top-rules': 'No policy rule fired in this window.',
    resolutions: 'Nothing was resolved in this window.',
    'sla-over-time': 'No SLA was met or breached in this window.',
    'sla-by-severity': 'No SLA was met or breached in this window.',
    'resolution-time': 'Nothing was resolved in this window.',
    reviewers: 'No review decisions in this window.',
    'repeat-customers': 'No customer escalated more than once.',
    'by-hour': 'No escalations in this window.',
  },
  columns: {
    trigger: 'Trigger',
    rate: 'Rate',
    escalations: 'Escalations',
    conversations: 'Conversations',
    rule: 'Rule',
    action: 'Outcome',
    count: 'Count',
    day: 'Day',
    met: 'Met',
    breached: 'Breached',
    compliance: 'Compliance',
    severity: 'Severity',
    resolved: 'Resolved',
    meanTime: 'Mean time',
    reviewer: 'Reviewer',
    decisions: 'Decisions',
    meanDecisionTime: 'Mean decision time',
    customer: 'Customer',
    hour: 'Hour',
  },
  actions: {
    resolved: 'Resolved',
    handed_back: 'Handed back to the bot',
    transferred: 'Transferred',
    allow: 'Allowed',
    block: 'Blocked',
    redact_and_allow: 'Redacted and allowed',
    escalate_further: 'Escalated further',
    cancelled: 'Cancelled by the customer',
  },
  severities: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
  barSummary: (t, n, label, value) => `${t}: ${n} bars. Largest: ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t}: ${n} days from ${first} to ${last}. Lowest: ${low} on ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}): ${total} escalations, peak at ${hour} with ${peak}.`,
  overallCompliance: (c, met, breached) => `Overall ${c}: ${met} met, ${breached} breached.`,
  repeatCustomersTotal: (c, n) => (c === 1 ? `${n} customer escalated more than once.` : `${n} customers escalated more than once.`),
  hintsTitle: 'Tuning hints',
  noHints: 'No tuning suggestions for this window.',
  hints: {
    ruleSubject: (rule) => `Rule “${rule}”`,
    triggerSubject: (trigger) => `“${trigger}”`,
    mostlyAllowed: (s, share, n, total) => `${s} is resolved as allow ${share} of the time (${n} of ${total}): raise its threshold or log instead.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} is handed back to the bot ${share} of the time (${n} of ${total}): the AI copes with these; raise its threshold or log instead.`,
    breachesConcentrated: (sev, share, n, total) =>
      `${share} of SLA breaches (${n} of ${total}) are ${sev} severity: add reviewers for them or revisit that SLA target.`,
    triggerDominates: (t, share, n, total) => `“${t}” causes ${share} of escalations (${n} of ${total}): review its threshold.`,
    askedForPersonDominates: (share, n, total) =>
      `Customers asked for a person in ${share} of escalations (${n} of ${total}): look at what the AI failed to answer just before.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} customers escalated more than once, at least ${share} of escalations (${n} of ${total}): look for problems the first contact left unsolved.`,
  },
};

const es: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}): ${c} conversaciones, ${e} escalados`,
  noAnalytics: 'Todavía no hay analíticas que mostrar.',
  showNumbers: 'Ver las cifras',
  noValue: '—',
  titles: {
    triggers: 'Tasa de escalado por motivo',
    'top-rules': 'Reglas más frecuentes',
    resolutions: 'Cómo terminaron los escalados',
    'sla-over-time': 'Cumplimiento del SLA en el tiempo',
    'sla-by-severity': 'Cumplimiento del SLA por gravedad',
    'resolution-time': 'Tiempo medio de resolución por gravedad',
    reviewers: 'Rendimiento de los revisores',
    'repeat-customers': 'Clientes recurrentes',
    'by-hour': 'Escalados por hora del día',
  },
  empty: {
    triggers: 'No hay escalados en este periodo.',
    'top-rules': 'Ninguna regla de la política se activó en este periodo.',
    resolutions: 'No se resolvió nada en este periodo.',
    'sla-over-time': 'Ningún SLA se cumplió ni se incumplió en este periodo.',
    'sla-by-severity': 'Ningún SLA se cumplió ni se incumplió en este periodo.',
    'resolution-time': 'No se resolvió nada en este periodo.',
    reviewers: 'No hay decisiones de revisión en este periodo.',
    'repeat-customers': 'Ningún cliente escaló más de una vez.',
    'by-hour': 'No hay escalados en este periodo.',
  },
  columns: {
    trigger: 'Motivo',
    rate: 'Tasa',
    escalations: 'Escalados',
    conversations: 'Conversaciones',
    rule: 'Regla',
    action: 'Resultado',
    count: 'Cantidad',
    day: 'Día',
    met: 'Cumplidos',
    breached: 'Incumplidos',
    compliance: 'Cumplimiento',
    severity: 'Gravedad',
    resolved: 'Resueltos',
    meanTime: 'Tiempo medio',
    reviewer: 'Revisor',
    decisions: 'Decisiones',
    meanDecisionTime: 'Tiempo medio de decisión',
    customer: 'Cliente',
    hour: 'Hora',
  },
  actions: {
    resolved: 'Resuelto',
    handed_back: 'Devuelto al bot',
    transferred: 'Transferido',
    allow: 'Permitido',
    block: 'Bloqueado',
    redact_and_allow: 'Editado y permitido',
    escalate_further: 'Escalado más arriba',
    cancelled: 'Cancelado por el cliente',
  },
  severities: { critical: 'Crítica', high: 'Alta', medium: 'Media', low: 'Baja' },
  barSummary: (t, n, label, value) => `${t}: ${n} barras. Mayor: ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t}: ${n} días del ${first} al ${last}. Mínimo: ${low} el ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}): ${total} escalados, máximo a las ${hour} con ${peak}.`,
  overallCompliance: (c, met, breached) => `En total ${c}: ${met} cumplidos, ${breached} incumplidos.`,
  repeatCustomersTotal: (c, n) => (c === 1 ? `${n} cliente escaló más de una vez.` : `${n} clientes escalaron más de una vez.`),
  hintsTitle: 'Sugerencias de ajuste',
  noHints: 'No hay sugerencias de ajuste para este periodo.',
  hints: {
    ruleSubject: (rule) => `La regla «${rule}»`,
    triggerSubject: (trigger) => `«${trigger}»`,
    mostlyAllowed: (s, share, n, total) =>
      `${s} se resuelve como permitir el ${share} de las veces (${n} de ${total}): sube su umbral o solo regístrala.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} se devuelve al bot el ${share} de las veces (${n} de ${total}): la IA puede con ello; sube su umbral o solo regístrala.`,
    breachesConcentrated: (sev, share, n, total) =>
      `El ${share} de los incumplimientos del SLA (${n} de ${total}) son de gravedad ${sev}: añade revisores o revisa ese objetivo de SLA.`,
    triggerDominates: (t, share, n, total) => `«${t}» causa el ${share} de los escalados (${n} de ${total}): revisa su umbral.`,
    askedForPersonDominates: (share, n, total) =>
      `Los clientes pidieron una persona en el ${share} de los escalados (${n} de ${total}): mira qué no supo responder la IA justo antes.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} clientes escalaron más de una vez, al menos el ${share} de los escalados (${n} de ${total}): busca problemas que el primer contacto no resolvió.`,
  },
};

const fr: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}) : ${c} conversations, ${e} escalades`,
  noAnalytics: 'Aucune statistique à afficher pour le moment.',
  showNumbers: 'Voir les chiffres',
  noValue: '—',
  titles: {
    triggers: 'Taux d’escalade par déclencheur',
    'top-rules': 'Règles les plus fréquentes',
    resolutions: 'Issue des escalades',
    'sla-over-time': 'Respect du SLA dans le temps',
    'sla-by-severity': 'Respect du SLA par gravité',
    'resolution-time': 'Temps moyen de résolution par gravité',
    reviewers: 'Performance des relecteurs',
    'repeat-customers': 'Clients récurrents',
    'by-hour': 'Escalades par heure de la journée',
  },
  empty: {
    triggers: 'Aucune escalade sur cette période.',
    'top-rules': 'Aucune règle de la politique ne s’est déclenchée sur cette période.',
    resolutions: 'Rien n’a été résolu sur cette période.',
    'sla-over-time': 'Aucun SLA respecté ni dépassé sur cette période.',
    'sla-by-severity': 'Aucun SLA respecté ni dépassé sur cette période.',
    'resolution-time': 'Rien n’a été résolu sur cette période.',
    reviewers: 'Aucune décision de relecture sur cette période.',
    'repeat-customers': 'Aucun client n’a escaladé plus d’une fois.',
    'by-hour': 'Aucune escalade sur cette période.',
  },
  columns: {
    trigger: 'Déclencheur',
    rate: 'Taux',
    escalations: 'Escalades',
    conversations: 'Conversations',
    rule: 'Règle',
    action: 'Issue',
    count: 'Nombre',
    day: 'Jour',
    met: 'Respectés',
    breached: 'Dépassés',
    compliance: 'Respect',
    severity: 'Gravité',
    resolved: 'Résolues',
    meanTime: 'Temps moyen',
    reviewer: 'Relecteur',
    decisions: 'Décisions',
    meanDecisionTime: 'Temps moyen de décision',
    customer: 'Client',
    hour: 'Heure',
  },
  actions: {
    resolved: 'Résolue',
    handed_back: 'Rendue au bot',
    transferred: 'Transférée',
    allow: 'Autorisée',
    block: 'Bloquée',
    redact_and_allow: 'Caviardée et autorisée',
    escalate_further: 'Escaladée plus haut',
    cancelled: 'Annulée par le client',
  },
  severities: { critical: 'Critique', high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  barSummary: (t, n, label, value) => `${t} : ${n} barres. La plus grande : ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t} : ${n} jours du ${first} au ${last}. Minimum : ${low} le ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}) : ${total} escalades, pic à ${hour} avec ${peak}.`,
  overallCompliance: (c, met, breached) => `Au total ${c} : ${met} respectés, ${breached} dépassés.`,
  repeatCustomersTotal: (c, n) => (c <= 1 ? `${n} client a escaladé plus d’une fois.` : `${n} clients ont escaladé plus d’une fois.`),
  hintsTitle: 'Pistes de réglage',
  noHints: 'Aucune piste de réglage pour cette période.',
  hints: {
    ruleSubject: (rule) => `La règle « ${rule} »`,
    triggerSubject: (trigger) => `« ${trigger} »`,
    mostlyAllowed: (s, share, n, total) =>
      `${s} est résolue en autorisation ${share} du temps (${n} sur ${total}) : relevez son seuil ou journalisez-la seulement.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} est rendue au bot ${share} du temps (${n} sur ${total}) : l’IA s’en sort ; relevez son seuil ou journalisez-la seulement.`,
    breachesConcentrated: (sev, share, n, total) =>
      `${share} des dépassements de SLA (${n} sur ${total}) sont de gravité ${sev} : ajoutez des relecteurs ou revoyez cet objectif.`,
    triggerDominates: (t, share, n, total) => `« ${t} » cause ${share} des escalades (${n} sur ${total}) : revoyez son seuil.`,
    askedForPersonDominates: (share, n, total) =>
      `Les clients ont demandé une personne dans ${share} des escalades (${n} sur ${total}) : regardez ce que l’IA n’a pas su répondre juste avant.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} clients ont escaladé plus d’une fois, au moins ${share} des escalades (${n} sur ${total}) : cherchez ce que le premier contact n’a pas réglé.`,
  },
};

const de: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}): ${c} Gespräche, ${e} Eskalationen`,
  noAnalytics: 'Noch keine Auswertung vorhanden.',
  showNumbers: 'Zahlen anzeigen',
  noValue: '—',
  titles: {
    triggers: 'Eskalationsrate nach Auslöser',
    'top-rules': 'Häufigste Regeln',
    resolutions: 'Wie Eskalationen endeten',
    'sla-over-time': 'SLA-Einhaltung im Zeitverlauf',
    'sla-by-severity': 'SLA-Einhaltung nach Schweregrad',
    'resolution-time': 'Mittlere Lösungszeit nach Schweregrad',
    reviewers: 'Leistung der Prüfer',
    'repeat-customers': 'Wiederkehrende Kunden',
    'by-hour': 'Eskalationen nach Tageszeit',
  },
  empty: {
    triggers: 'Keine Eskalationen in diesem Zeitraum.',
    'top-rules': 'Keine Richtlinienregel hat in diesem Zeitraum ausgelöst.',
    resolutions: 'In diesem Zeitraum wurde nichts gelöst.',
    'sla-over-time': 'In diesem Zeitraum wurde kein SLA eingehalten oder verletzt.',
    'sla-by-severity': 'In diesem Zeitraum wurde kein SLA eingehalten oder verletzt.',
    'resolution-time': 'In diesem Zeitraum wurde nichts gelöst.',
    reviewers: 'Keine Prüfentscheidungen in diesem Zeitraum.',
    'repeat-customers': 'Kein Kunde hat mehr als einmal eskaliert.',
    'by-hour': 'Keine Eskalationen in diesem Zeitraum.',
  },
  columns: {
    trigger: 'Auslöser',
    rate: 'Rate',
    escalations: 'Eskalationen',
    conversations: 'Gespräche',
    rule: 'Regel',
    action: 'Ergebnis',
    count: 'Anzahl',
    day: 'Tag',
    met: 'Eingehalten',
    breached: 'Verletzt',
    compliance: 'Einhaltung',
    severity: 'Schweregrad',
    resolved: 'Gelöst',
    meanTime: 'Mittlere Zeit',
    reviewer: 'Prüfer',
    decisions: 'Entscheidungen',
    meanDecisionTime: 'Mittlere Entscheidungszeit',
    customer: 'Kunde',
    hour: 'Stunde',
  },
  actions: {
    resolved: 'Gelöst',
    handed_back: 'An den Bot zurückgegeben',
    transferred: 'Weitergeleitet',
    allow: 'Erlaubt',
    block: 'Blockiert',
    redact_and_allow: 'Geschwärzt und erlaubt',
    escalate_further: 'Weiter eskaliert',
    cancelled: 'Vom Kunden abgebrochen',
  },
  severities: { critical: 'Kritisch', high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  barSummary: (t, n, label, value) => `${t}: ${n} Balken. Größter: ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t}: ${n} Tage vom ${first} bis ${last}. Tiefstwert: ${low} am ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}): ${total} Eskalationen, Spitze um ${hour} mit ${peak}.`,
  overallCompliance: (c, met, breached) => `Gesamt ${c}: ${met} eingehalten, ${breached} verletzt.`,
  repeatCustomersTotal: (c, n) => (c === 1 ? `${n} Kunde hat mehr als einmal eskaliert.` : `${n} Kunden haben mehr als einmal eskaliert.`),
  hintsTitle: 'Hinweise zur Feinabstimmung',
  noHints: 'Keine Hinweise zur Feinabstimmung für diesen Zeitraum.',
  hints: {
    ruleSubject: (rule) => `Die Regel „${rule}“`,
    triggerSubject: (trigger) => `„${trigger}“`,
    mostlyAllowed: (s, share, n, total) =>
      `${s} wird in ${share} der Fälle erlaubt (${n} von ${total}): Schwellenwert erhöhen oder nur protokollieren.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} geht in ${share} der Fälle an den Bot zurück (${n} von ${total}): Die KI kommt damit zurecht; Schwellenwert erhöhen oder nur protokollieren.`,
    breachesConcentrated: (sev, share, n, total) =>
      `${share} der SLA-Verletzungen (${n} von ${total}) haben den Schweregrad ${sev}: mehr Prüfer einplanen oder dieses SLA-Ziel überdenken.`,
    triggerDominates: (t, share, n, total) => `„${t}“ verursacht ${share} der Eskalationen (${n} von ${total}): Schwellenwert prüfen.`,
    askedForPersonDominates: (share, n, total) =>
      `Kunden haben in ${share} der Eskalationen nach einem Menschen gefragt (${n} von ${total}): prüfen, was die KI kurz davor nicht beantworten konnte.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} Kunden haben mehr als einmal eskaliert, mindestens ${share} der Eskalationen (${n} von ${total}): nach Problemen suchen, die der erste Kontakt nicht gelöst hat.`,
  },
};

const pt: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}): ${c} conversas, ${e} escalonamentos`,
  noAnalytics: 'Ainda não há análises para mostrar.',
  showNumbers: 'Ver os números',
  noValue: '—',
  titles: {
    triggers: 'Taxa de escalonamento por motivo',
    'top-rules': 'Regras mais frequentes',
    resolutions: 'Como os escalonamentos terminaram',
    'sla-over-time': 'Cumprimento do SLA ao longo do tempo',
    'sla-by-severity': 'Cumprimento do SLA por gravidade',
    'resolution-time': 'Tempo médio de resolução por gravidade',
    reviewers: 'Desempenho dos revisores',
    'repeat-customers': 'Clientes recorrentes',
    'by-hour': 'Escalonamentos por hora do dia',
  },
  empty: {
    triggers: 'Nenhum escalonamento neste período.',
    'top-rules': 'Nenhuma regra da política disparou neste período.',
    resolutions: 'Nada foi resolvido neste período.',
    'sla-over-time': 'Nenhum SLA foi cumprido ou violado neste período.',
    'sla-by-severity': 'Nenhum SLA foi cumprido ou violado neste período.',
    'resolution-time': 'Nada foi resolvido neste período.',
    reviewers: 'Nenhuma decisão de revisão neste período.',
    'repeat-customers': 'Nenhum cliente escalou mais de uma vez.',
    'by-hour': 'Nenhum escalonamento neste período.',
  },
  columns: {
    trigger: 'Motivo',
    rate: 'Taxa',
    escalations: 'Escalonamentos',
    conversations: 'Conversas',
    rule: 'Regra',
    action: 'Resultado',
    count: 'Quantidade',
    day: 'Dia',
    met: 'Cumpridos',
    breached: 'Violados',
    compliance: 'Cumprimento',
    severity: 'Gravidade',
    resolved: 'Resolvidos',
    meanTime: 'Tempo médio',
    reviewer: 'Revisor',
    decisions: 'Decisões',
    meanDecisionTime: 'Tempo médio de decisão',
    customer: 'Cliente',
    hour: 'Hora',
  },
  actions: {
    resolved: 'Resolvido',
    handed_back: 'Devolvido ao bot',
    transferred: 'Transferido',
    allow: 'Permitido',
    block: 'Bloqueado',
    redact_and_allow: 'Editado e permitido',
    escalate_further: 'Escalado acima',
    cancelled: 'Cancelado pelo cliente',
  },
  severities: { critical: 'Crítica', high: 'Alta', medium: 'Média', low: 'Baixa' },
  barSummary: (t, n, label, value) => `${t}: ${n} barras. Maior: ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t}: ${n} dias de ${first} a ${last}. Mínimo: ${low} em ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}): ${total} escalonamentos, pico às ${hour} com ${peak}.`,
  overallCompliance: (c, met, breached) => `No total ${c}: ${met} cumpridos, ${breached} violados.`,
  repeatCustomersTotal: (c, n) => (c === 1 ? `${n} cliente escalou mais de uma vez.` : `${n} clientes escalaram mais de uma vez.`),
  hintsTitle: 'Sugestões de ajuste',
  noHints: 'Nenhuma sugestão de ajuste para este período.',
  hints: {
    ruleSubject: (rule) => `A regra “${rule}”`,
    triggerSubject: (trigger) => `“${trigger}”`,
    mostlyAllowed: (s, share, n, total) =>
      `${s} é resolvida como permitir em ${share} das vezes (${n} de ${total}): aumente o limite ou apenas registre.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} volta ao bot em ${share} das vezes (${n} de ${total}): a IA dá conta; aumente o limite ou apenas registre.`,
    breachesConcentrated: (sev, share, n, total) =>
      `${share} das violações de SLA (${n} de ${total}) são de gravidade ${sev}: adicione revisores ou reveja essa meta de SLA.`,
    triggerDominates: (t, share, n, total) => `“${t}” causa ${share} dos escalonamentos (${n} de ${total}): reveja o limite.`,
    askedForPersonDominates: (share, n, total) =>
      `Os clientes pediram uma pessoa em ${share} dos escalonamentos (${n} de ${total}): veja o que a IA não soube responder logo antes.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} clientes escalaram mais de uma vez, pelo menos ${share} dos escalonamentos (${n} de ${total}): procure problemas que o primeiro contato não resolveu.`,
  },
};

const it: AnalyticsStrings = {
  windowSummary: (range, tz, c, e) => `${range} (${tz}): ${c} conversazioni, ${e} escalation`,
  noAnalytics: 'Ancora nessuna analisi da mostrare.',
  showNumbers: 'Mostra i numeri',
  noValue: '—',
  titles: {
    triggers: 'Tasso di escalation per motivo',
    'top-rules': 'Regole più frequenti',
    resolutions: 'Come sono finite le escalation',
    'sla-over-time': 'Rispetto dello SLA nel tempo',
    'sla-by-severity': 'Rispetto dello SLA per gravità',
    'resolution-time': 'Tempo medio di risoluzione per gravità',
    reviewers: 'Prestazioni dei revisori',
    'repeat-customers': 'Clienti ricorrenti',
    'by-hour': 'Escalation per ora del giorno',
  },
  empty: {
    triggers: 'Nessuna escalation in questo periodo.',
    'top-rules': 'Nessuna regola della policy è scattata in questo periodo.',
    resolutions: 'Nulla è stato risolto in questo periodo.',
    'sla-over-time': 'Nessuno SLA rispettato o violato in questo periodo.',
    'sla-by-severity': 'Nessuno SLA rispettato o violato in questo periodo.',
    'resolution-time': 'Nulla è stato risolto in questo periodo.',
    reviewers: 'Nessuna decisione di revisione in questo periodo.',
    'repeat-customers': 'Nessun cliente ha fatto escalation più di una volta.',
    'by-hour': 'Nessuna escalation in questo periodo.',
  },
  columns: {
    trigger: 'Motivo',
    rate: 'Tasso',
    escalations: 'Escalation',
    conversations: 'Conversazioni',
    rule: 'Regola',
    action: 'Esito',
    count: 'Numero',
    day: 'Giorno',
    met: 'Rispettati',
    breached: 'Violati',
    compliance: 'Rispetto',
    severity: 'Gravità',
    resolved: 'Risolte',
    meanTime: 'Tempo medio',
    reviewer: 'Revisore',
    decisions: 'Decisioni',
    meanDecisionTime: 'Tempo medio di decisione',
    customer: 'Cliente',
    hour: 'Ora',
  },
  actions: {
    resolved: 'Risolta',
    handed_back: 'Restituita al bot',
    transferred: 'Trasferita',
    allow: 'Consentita',
    block: 'Bloccata',
    redact_and_allow: 'Oscurata e consentita',
    escalate_further: 'Inoltrata più in alto',
    cancelled: 'Annullata dal cliente',
  },
  severities: { critical: 'Critica', high: 'Alta', medium: 'Media', low: 'Bassa' },
  barSummary: (t, n, label, value) => `${t}: ${n} barre. La più grande: ${label}, ${value}.`,
  lineSummary: (t, n, first, last, low, day) => `${t}: ${n} giorni dal ${first} al ${last}. Minimo: ${low} il ${day}.`,
  hourSummary: (t, tz, hour, peak, total) => `${t} (${tz}): ${total} escalation, picco alle ${hour} con ${peak}.`,
  overallCompliance: (c, met, breached) => `In totale ${c}: ${met} rispettati, ${breached} violati.`,
  repeatCustomersTotal: (c, n) => (c === 1 ? `${n} cliente ha fatto escalation più di una volta.` : `${n} clienti hanno fatto escalation più di una volta.`),
  hintsTitle: 'Suggerimenti di taratura',
  noHints: 'Nessun suggerimento di taratura per questo periodo.',
  hints: {
    ruleSubject: (rule) => `La regola «${rule}»`,
    triggerSubject: (trigger) => `«${trigger}»`,
    mostlyAllowed: (s, share, n, total) =>
      `${s} viene risolta come consentita il ${share} delle volte (${n} su ${total}): alza la soglia o limitati a registrarla.`,
    mostlyHandedBack: (s, share, n, total) =>
      `${s} torna al bot il ${share} delle volte (${n} su ${total}): l’IA se la cava; alza la soglia o limitati a registrarla.`,
    breachesConcentrated: (sev, share, n, total) =>
      `Il ${share} delle violazioni dello SLA (${n} su ${total}) ha gravità ${sev}: aggiungi revisori o rivedi quell’obiettivo di SLA.`,
    triggerDominates: (t, share, n, total) => `«${t}» causa il ${share} delle escalation (${n} su ${total}): rivedi la soglia.`,
    askedForPersonDominates: (share, n, total) =>
      `I clienti hanno chiesto una persona nel ${share} delle escalation (${n} su ${total}): guarda cosa l’IA non ha saputo rispondere subito prima.`,
    repeatCustomers: (c, share, n, total) =>
      `${c} clienti hanno fatto escalation più di una volta, almeno il ${share} delle escalation (${n} su ${total}): cerca problemi che il primo contatto non ha risolto.`,
  },
};

export const ANALYTICS_STRINGS: Readonly<Record<Language, AnalyticsStrings>> = { en, es, fr, de, pt, it };

/** `fr-CA` → `fr`; anything unsupported → `en`. */
export function analyticsLanguage(locale: string | null | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}
