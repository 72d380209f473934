import type {
  Contact,
  ConversationMessage,
  DistressKind,
  EscalationDecision,
  Language,
  Severity,
  TriggerId,
} from '@baton/protocol';
import { SEVERITY_RANK } from '@baton/protocol/vocabulary';
import { detectExplicitRequest, type ExplicitRequestMatch } from './detectors/explicit-request.js';
import { readSentiment } from './detectors/sentiment.js';
import type { CompiledPolicy } from './policy.js';
import { analyze } from './text.js';
import { parseTime } from './time.js';

/**
 * How many recent customer sentiments the state keeps when the policy's sentiment window is smaller:
 * what the handoff summary shows as the trajectory.
 */
export const SENTIMENT_HISTORY = 200;

/**
 * What evaluate() remembers between messages. Plain data: persist it, replay it, compare it.
 * Its size does not grow with the length of the conversation (only with the distinct intents,
 * topics and languages seen), so each message costs the same however long the conversation runs.
 */
export interface ConversationState {
  /** Messages seen so far; the next message gets this index. */
  index: number;
  /**
   * Sentiment of the most recent customer messages, oldest first: the last `SENTIMENT_HISTORY` or
   * the policy's sentiment window, whichever is larger.
   */
  sentiments: number[];
  distress: DistressKind[];
  /** The distinct intents of bot replies, in the order they first came up (since the last hand-back). */
  intents: string[];
  /** Intent of the latest bot reply (null when it gave none, or before any reply). */
  lastIntent: string | null;
  /** How many bot replies in a row ended with `lastIntent` (0 before any reply and after a hand-back). */
  intentRun: number;
  /** Topic rules that matched so far. */
  topics: string[];
  /** Languages the detectors recognised in customer messages. */
  languages: Language[];
  contacts: Contact[];
  /** Time (ms) of the last customer message the bot has not answered yet. */
  awaitingBotSince: number | null;
  /** Time (ms) of the latest message of any kind. */
  lastActivityAt: number | null;
  /** Whether repeat contact already fired in this conversation (it fires once). */
  repeatContactFired: boolean;
}

/** A conversation's contacts by topic, with their times parsed, sorted by time (`order`: the place in the list). */
type ContactIndex = Map<string, Array<{ time: number; order: number }>>;

/** Built once per contact list: a line of a replay file may hold thousands of contacts and of messages. */
const contactIndexes = new WeakMap<readonly Contact[], ContactIndex>();

function contactIndex(contacts: readonly Contact[]): ContactIndex {
  let index = contactIndexes.get(contacts);
  if (index) return index;
  index = new Map();
  contacts.forEach((contact, order) => {
    const time = parseTime(contact.at);
    if (Number.isNaN(time)) return; // never within a window
    const times = index!.get(contact.topic) ?? [];
    times.push({ time, order });
    index!.set(contact.topic, times);
  });
  for (const times of index.values()) times.sort((a, b) => a.time - b.time);
  contactIndexes.set(contacts, index);
  return index;
}

/** The first contact in the list about one of `topics` with a time in [from, to], as a scan of the list would find it. */
function earliestListedContact(contacts: readonly Contact[], topics: ReadonlySet<string>, from: number, to: number): Contact | undefined {
  const index = contactIndex(contacts);
  let first = -1;
  for (const topic of topics) {
    const times = index.get(topic);
    if (!times) continue;
    // The first time at or after `from` (binary search), then every time up to `to`.
    let low = 0;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (times[middle]!.time < from) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < times.length && times[k]!.time <= to; k++) if (first < 0 || times[k]!.order < first) first = times[k]!.order;
  }
  return first < 0 ? undefined : contacts[first];
}

export function initialState(contacts: readonly Contact[] = []): ConversationState {
  return {
    index: 0,
    sentiments: [],
    distress: [],
    intents: [],
    lastIntent: null,
    intentRun: 0,
    topics: [],
    languages: [],
    contacts: [...contacts],
    awaitingBotSince: null,
    lastActivityAt: null,
    repeatContactFired: false,
  };
}

/** After a human hands the conversation back, loops and stalls start counting afresh. */
export function afterHandBack(state: ConversationState): ConversationState {
  return { ...state, intents: [], lastIntent: null, intentRun: 0, awaitingBotSince: null };
}

/**
 * A state saved before intents were kept as distinct values plus the latest run (a restored widget
 * session, say) holds every reply's intent instead: rebuild the compact form from it, so the
 * conversation goes on with the same decisions.
 */
function upgrade(state: ConversationState): ConversationState {
  if (typeof state.intentRun === 'number') return state;
  const all = state.intents as Array<string | null>;
  const lastIntent = all.length > 0 ? (all[all.length - 1] ?? null) : null;
  let intentRun = 0;
  while (intentRun < all.length && all[all.length - 1 - intentRun] === lastIntent) intentRun++;
  const intents = [...new Set(all.filter((i): i is string => i !== null))];
  return { ...state, intents, lastIntent, intentRun };
}

export interface Evaluation {
  state: ConversationState;
  /** The decision to hand over, or null to let the AI carry on. */
  decision: EscalationDecision | null;
}

/** Trigger order for ties on severity: a customer's own words come first. */
const TRIGGER_PRIORITY: readonly TriggerId[] = [
  'explicit_request',
  'topic',
  'sentiment',
  'low_confidence',
  'repeat_contact',
  'loop',
  'inactivity',
];

type Candidate = Omit<EscalationDecision, 'messageIndex'>;

const FORM_LABEL: Readonly<Record<ExplicitRequestMatch['form'], string>> = {
  direct: 'direct',
  terse: 'terse',
  indirect: 'indirect',
  reject_bot: 'reject bot',
  escalate: 'escalate',
  transfer: 'transfer',
};

/**
 * Runs every detector the policy enables on one new message and decides whether a human must take
 * over. Pure: same policy, state and message give the same answer, in the browser and in replay.
 * `now` is the time of the message when it carries no `at` (the machine passes its clock).
 */
export function evaluate(
  compiled: CompiledPolicy,
  state: ConversationState,
  message: ConversationMessage,
  now?: number,
): Evaluation {
  state = upgrade(state);
  const { policy } = compiled;
  const triggers = policy.triggers;
  const at = message.at ? parseTime(message.at) : (now ?? null);
  const next: ConversationState = { ...state, index: state.index + 1, lastActivityAt: at ?? state.lastActivityAt };
  const candidates: Candidate[] = [];

  if (triggers.inactivity.enabled && at !== null && triggers.inactivity.stallMs !== null && state.lastActivityAt !== null) {
    const silent = at - state.lastActivityAt;
    if (silent > triggers.inactivity.stallMs) {
      candidates.push(
        candidate('inactivity', triggers.inactivity, `AI not responding: the conversation stalled for ${seconds(silent)} (limit ${seconds(triggers.inactivity.stallMs)})`, [`silent ${seconds(silent)}`]),
      );
    }
  }

  if (message.role === 'customer') {
    const text = analyze(message.text);
    const explicit = detectExplicitRequest(text);
    if (explicit) {
      candidates.push(
        candidate('explicit_request', triggers.explicit_request, `Asked for a person: "${explicit.evidence}" (${explicit.language}, ${FORM_LABEL[explicit.form]})`, [explicit.evidence]),
      );
      if (!next.languages.includes(explicit.language)) next.languages = [...next.languages, explicit.language];
    }

    if (triggers.topic.enabled) {
      const topic = compiled.topics.match(text);
      if (topic) {
        if (!next.topics.includes(topic.rule)) next.topics = [...next.topics, topic.rule];
        if (!next.languages.includes(topic.language)) next.languages = [...next.languages, topic.language];
        candidates.push({
          trigger: 'topic',
          rule: topic.rule,
          severity: topic.severity,
          transfer: topic.transfer,
          kind: 'takeover',
          reason: `Policy topic "${topic.rule}": matched "${topic.evidence}" (${topic.language})`,
          evidence: [topic.evidence],
        });
      }
    }

    const reading = readSentiment(text, compiled.languages);
    // Keep only the recent history: copying the whole of it made each message cost O(length).
    const keep = Math.max(SENTIMENT_HISTORY, triggers.sentiment.window);
    const sentiments = state.sentiments.length < keep ? state.sentiments.slice() : state.sentiments.slice(state.sentiments.length - keep + 1);
    sentiments.push(reading.score);
    next.sentiments = sentiments;
    if (reading.distress.length > 0) next.distress = [...new Set([...state.distress, ...reading.distress])];
    if (triggers.sentiment.enabled) {
      const sentiment = triggers.sentiment;
      if (sentiment.distress && reading.distress.length > 0) {
        const selfHarm = reading.distress.includes('self_harm');
        candidates.push(
          candidate(
            'sentiment',
            sentiment,
            `Negative sentiment: distress signal (${reading.distress.join(', ')})`,
            reading.evidence.length > 0 ? reading.evidence : reading.distress,
            selfHarm ? 'critical' : sentiment.severity,
          ),
        );
      } else {
        const window = next.sentiments.slice(-sentiment.window);
        const negative = window.filter((s) => s < 0).length;
        const mean = window.reduce((a, b) => a + b, 0) / window.length;
        if (negative >= sentiment.minNegative && mean <= sentiment.threshold) {
          candidates.push(
            candidate('sentiment', sentiment, `Negative sentiment: mean ${mean.toFixed(2)} over the last ${window.length} customer messages (${negative} negative, threshold ${sentiment.threshold})`, reading.evidence),
          );
        }
      }
    }

    if (at !== null && next.awaitingBotSince === null) next.awaitingBotSince = at;
  }

  if (message.role === 'bot') {
    if (triggers.inactivity.enabled && at !== null && state.awaitingBotSince !== null) {
      const waited = at - state.awaitingBotSince;
      if (waited > triggers.inactivity.aiTimeoutMs) {
        candidates.push(
          candidate('inactivity', triggers.inactivity, `AI not responding: replied ${seconds(waited)} after the customer (timeout ${seconds(triggers.inactivity.aiTimeoutMs)})`, [`waited ${seconds(waited)}`]),
        );
      }
    }
    next.awaitingBotSince = null;
    const intent = message.intent ?? null;
    next.lastIntent = intent;
    next.intentRun = state.intentRun > 0 && state.lastIntent === intent ? state.intentRun + 1 : 1;
    if (intent !== null && !state.intents.includes(intent)) next.intents = [...state.intents, intent];

    const confidence = message.confidence;
    if (triggers.low_confidence.enabled && confidence !== undefined && confidence < triggers.low_confidence.threshold) {
      const review = policy.review.enabled && confidence >= policy.review.floor;
      candidates.push(
        candidate(
          'low_confidence',
          triggers.low_confidence,
          `Low AI confidence: ${confidence.toFixed(2)} below ${triggers.low_confidence.threshold}${review ? ', reply held for review' : ''}`,
          [`confidence ${confidence.toFixed(2)}`, ...(message.intent ? [`intent ${message.intent}`] : [])],
          review ? policy.review.severity : triggers.low_confidence.severity,
          review ? 'review' : 'takeover',
        ),
      );
    }

    if (triggers.loop.enabled && message.intent) {
      // The last `count` replies all carried this intent.
      if (next.intentRun >= triggers.loop.count) {
        candidates.push(
          candidate('loop', triggers.loop, `Conversation loop: intent "${message.intent}" ${triggers.loop.count} times in a row`, [`intent ${message.intent} x${triggers.loop.count}`]),
        );
      }
    }
  }

  if (triggers.repeat_contact.enabled && !state.repeatContactFired && at !== null && state.contacts.length > 0) {
    const windowMs = triggers.repeat_contact.windowHours * 3_600_000;
    const previous = earliestListedContact(state.contacts, new Set([...next.topics, ...next.intents]), at - windowMs, at);
    if (previous) {
      next.repeatContactFired = true;
      candidates.push(
        candidate('repeat_contact', triggers.repeat_contact, `Repeat contact: "${previous.topic}" also on ${previous.at} (within ${triggers.repeat_contact.windowHours} h)`, [`${previous.topic} at ${previous.at}`]),
      );
    }
  }

  const chosen = pick(candidates);
  const decision: EscalationDecision | null = chosen
    ? {
        trigger: chosen.trigger,
        rule: chosen.rule,
        severity: chosen.severity,
        transfer: chosen.transfer,
        kind: chosen.kind,
        reason: chosen.reason,
        evidence: chosen.evidence,
        messageIndex: state.index,
      }
    : null;
  return { state: next, decision };
}

/** A candidate decision with a trigger's settings; built as one literal so every decision has the same shape. */
function candidate(
  trigger: TriggerId,
  config: { severity: Severity; transfer: 'warm' | 'cold' },
  reason: string,
  evidence: string[],
  severity: Severity = config.severity,
  kind: 'takeover' | 'review' = 'takeover',
): Candidate {
  return { trigger, rule: null, severity, transfer: config.transfer, kind, reason, evidence };
}

/** Most severe first; on a tie, the trigger listed first in TRIGGER_PRIORITY. */
function pick(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (
      !best ||
      SEVERITY_RANK[c.severity] < SEVERITY_RANK[best.severity] ||
      (SEVERITY_RANK[c.severity] === SEVERITY_RANK[best.severity] &&
        TRIGGER_PRIORITY.indexOf(c.trigger) < TRIGGER_PRIORITY.indexOf(best.trigger))
    ) {
      best = c;
    }
  }
  return best;
}

function seconds(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
