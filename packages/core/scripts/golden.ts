// Behaviour fingerprint for performance work: every detector's full output (evidence, language,
// reasons, state) on the corpus and on deterministic variants of it (typos, accents, shouting,
// joined messages). `node --import tsx golden.ts > a.json` before a change, again after, and diff.
import { readFileSync } from 'node:fs';
import {
  compilePolicy,
  defaultPolicy,
  detectExplicitRequest,
  evaluate,
  initialState,
  readSentiment,
  buildSummary,
  redactTranscript,
} from '../src/index.js';
import { registerAllLanguages } from '../src/languages/all.js';
import { misspellings, seededRandom } from '../test/misspellings.js';
import type { ConversationMessage, Policy } from '@baton/protocol';

registerAllLanguages();

const dir = new URL('../test/corpus/', import.meta.url);
const texts = ['explicit-request.jsonl', 'explicit-request.holdout.jsonl', 'explicit-request.blind.jsonl', 'topics.jsonl'].flatMap((f) =>
  readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
);

const random = seededRandom();
function variants(text: string): string[] {
  return [text, text.toUpperCase() + '!!!', text.replace(/a/g, 'á').replace(/e/g, 'è'), text.replace(/'/g, '’'), ...misspellings(text, random)];
}
const all = texts.flatMap(variants);
all.push('', '   ', '!!!', 'ÀGÉNT', 'Straße ß', 'I don’t want a bot. AGENT!!!', 'agent?? agent!! agent', 'sooooo baaaad', 'l’agent s’il vous plaît');

const compiled = compilePolicy(defaultPolicy);
const custom: Policy = {
  ...defaultPolicy,
  name: 'custom',
  languages: ['en', 'de'],
  topics: [{ id: 'pets', enabled: true, label: 'Pets', severity: 'low', transfer: 'cold', route: null, keywords: { en: ['dog*', 'cat food'], de: ['hund'] }, patterns: { en: ['\\bpuppy\\b'] } } as never],
  review: { enabled: true, floor: 0.2, severity: 'low' },
  triggers: { ...defaultPolicy.triggers, inactivity: { ...defaultPolicy.triggers.inactivity, stallMs: 60_000 } },
};
const compiledCustom = compilePolicy(custom);

const lines: string[] = [];
for (const text of all) {
  lines.push(
    JSON.stringify({
      text,
      explicit: detectExplicitRequest(text) ?? null,
      topics: compiled.topics.matchAll(text),
      topicsCustom: compiledCustom.topics.matchAll(text),
      sentiment: readSentiment(text),
      sentimentEn: readSentiment(text, ['en']),
      evaluate: evaluate(compiled, initialState(), { role: 'customer', text, at: '2026-03-01T10:00:00Z' } as ConversationMessage),
      evaluateCustom: evaluate(compiledCustom, initialState(), { role: 'customer', text } as ConversationMessage, 1000).decision,
    }),
  );
}
// Conversations: runs of corpus messages with bot turns, contacts and gaps, through both policies.
for (let c = 0; c < 400; c++) {
  for (const cp of [compiled, compiledCustom]) {
    let state = initialState(c % 3 === 0 ? [{ at: '2026-02-28T10:00:00Z', topic: ['billing', 'fraud', 'legal'][c % 3 === 0 ? (c / 3) % 3 : 0]! }] : []);
    const decisions: unknown[] = [];
    let t = Date.UTC(2026, 2, 1, 10);
    for (let m = 0; m < 6; m++) {
      t += Math.floor(random() * 90_000);
      const message: ConversationMessage =
        m % 2 === 0
          ? ({ role: 'customer', text: all[Math.floor(random() * all.length)]!, at: new Date(t).toISOString() } as ConversationMessage)
          : ({ role: 'bot', text: 'ok', confidence: Math.round(random() * 100) / 100, intent: ['billing', 'tracking', null][Math.floor(random() * 3)] ?? undefined, at: new Date(t).toISOString() } as ConversationMessage);
      const r = evaluate(cp, state, message);
      state = r.state;
      decisions.push(r.decision);
    }
    lines.push(JSON.stringify({ c, decisions, state }));
  }
}
const summaryMessages = all.slice(0, 40).map((text, i) => ({ role: i % 2 ? 'bot' : 'customer', text, at: new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(), ...(i % 2 ? { confidence: 0.4, intent: 'billing' } : {}) }));
{
  let state = initialState([{ at: '2026-02-28T10:00:00Z', topic: 'billing' }]);
  let decision = null;
  for (const m of summaryMessages) {
    const r = evaluate(compiled, state, m as ConversationMessage);
    state = r.state;
    decision ??= r.decision;
  }
  const { transcript, redactions } = redactTranscript(compiled, summaryMessages as ConversationMessage[]);
  lines.push(JSON.stringify({ transcript, summary: buildSummary({ transcript, state, decision: decision! }, redactions) }));
}
process.stdout.write(lines.join('\n') + '\n');
