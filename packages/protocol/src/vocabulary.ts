/** Names that cross package borders. Their spelling is fixed by the design brief. */

/** The wire protocol this build speaks. A client sends it in its handshake; a mismatch is refused with `unsupported_version`. */
export const PROTOCOL_VERSION = 1;

/** Largest socket.io packet the relay accepts (its `maxHttpBufferSize`); bigger packets close the connection. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** Longest chat message, customer or agent (UTF-16 units, after trimming). */
export const MAX_MESSAGE_CHARS = 10_000;

export const TRIGGER_IDS = [
  'explicit_request',
  'low_confidence',
  'sentiment',
  'topic',
  'repeat_contact',
  'loop',
  'inactivity',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower rank is more urgent; queues and decisions sort by it. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export const TRANSFER_MODES = ['warm', 'cold'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const HANDOFF_KINDS = ['takeover', 'review'] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Kinds of distress the sentiment detector tells apart; `self_harm` is always a safety matter. */
export const DISTRESS_KINDS = ['anger', 'grief', 'fear', 'self_harm'] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];

export const SENTIMENT_TRENDS = ['improving', 'steady', 'worsening'] as const;
export type SentimentTrend = (typeof SENTIMENT_TRENDS)[number];

/**
 * The context summary's limits on the wire: the schema refuses a summary beyond them, and core fits
 * a host summarizer's output to them (without zod, in the browser).
 */
export const SUMMARY_LIMITS = {
  want: 1_000,
  attempts: 20,
  attempt: 2_000,
  label: 200,
  labels: 50,
  trajectory: 200,
  entities: 50,
  kind: 50,
  value: 200,
  contacts: 50,
} as const;

export const REVIEW_DECISIONS = ['allow', 'block', 'redact_and_allow', 'escalate_further'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Plain labels shown to people (desk cards, analytics, replay tables), per locale. */
export const TRIGGER_LABELS: Readonly<Record<Language, Readonly<Record<TriggerId, string>>>> = {
  en: {
    explicit_request: 'Asked for a person',
    low_confidence: 'Low AI confidence',
    sentiment: 'Negative sentiment',
    topic: 'Policy topic',
    repeat_contact: 'Repeat contact',
    loop: 'Conversation loop',
    inactivity: 'AI not responding',
  },
  es: {
    explicit_request: 'Pidió una persona',
    low_confidence: 'Baja confianza de la IA',
    sentiment: 'Sentimiento negativo',
    topic: 'Tema de política',
    repeat_contact: 'Contacto repetido',
    loop: 'Conversación en bucle',
    inactivity: 'La IA no responde',
  },
  fr: {
    explicit_request: 'A demandé une personne',
    low_confidence: 'Faible confiance de l’IA',
    sentiment: 'Sentiment négatif',
    topic: 'Sujet réglementé',
    repeat_contact: 'Contact répété',
    loop: 'Conversation en boucle',
    inactivity: 'L’IA ne répond pas',
  },
  de: {
    explicit_request: 'Hat nach einem Menschen gefragt',
    low_confidence: 'Geringe KI-Konfidenz',
    sentiment: 'Negative Stimmung',
    topic: 'Richtlinienthema',
    repeat_contact: 'Wiederholter Kontakt',
    loop: 'Gesprächsschleife',
    inactivity: 'KI antwortet nicht',
  },
  pt: {
    explicit_request: 'Pediu uma pessoa',
    low_confidence: 'Baixa confiança da IA',
    sentiment: 'Sentimento negativo',
    topic: 'Tema de política',
    repeat_contact: 'Contato repetido',
    loop: 'Conversa em loop',
    inactivity: 'A IA não responde',
  },
  it: {
    explicit_request: 'Ha chiesto una persona',
    low_confidence: 'Bassa fiducia dell’IA',
    sentiment: 'Sentimento negativo',
    topic: 'Tema regolamentato',
    repeat_contact: 'Contatto ripetuto',
    loop: 'Conversazione in loop',
    inactivity: 'L’IA non risponde',
  },
};

export function triggerLabel(trigger: TriggerId, language: Language = 'en'): string {
  return TRIGGER_LABELS[language][trigger];
}
