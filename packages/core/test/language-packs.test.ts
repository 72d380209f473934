// Language packs: English is built in, the other languages register later. Each test imports the
// core afresh (vi.resetModules) so it starts from the packs it names and no others.
import { readFileSync } from 'node:fs';
import type { ConversationMessage, EscalationDecision, Language } from '@baton/protocol';
import { describe, expect, it, vi } from 'vitest';
import { misspellings, seededRandom } from './misspellings.js';

type Core = typeof import('../src/index.js');
type PackName = 'es' | 'fr' | 'de' | 'pt' | 'it';

/** A fresh core with English and the given packs registered. */
async function coreWith(languages: readonly PackName[]): Promise<Core> {
  vi.resetModules();
  const core = await import('../src/index.js');
  for (const language of languages) {
    const module = (await import(`../src/languages/${language}.ts`)) as Record<PackName, import('../src/index.js').LanguagePack>;
    core.registerLanguagePacks(module[language]);
  }
  return core;
}

async function coreWithAll(): Promise<Core> {
  vi.resetModules();
  const core = await import('../src/index.js');
  (await import('../src/languages/all.js')).registerAllLanguages();
  return core;
}

/** The decision on one customer message opening a conversation, in the fields replay reports. */
function decide(core: Core, compiled: ReturnType<Core['compilePolicy']>, text: string) {
  const message: ConversationMessage = { role: 'customer', text };
  const decision: EscalationDecision | null = core.evaluate(compiled, core.initialState(), message).decision;
  return decision && { trigger: decision.trigger, rule: decision.rule, severity: decision.severity, kind: decision.kind };
}

const corpus = ['explicit-request.jsonl', 'explicit-request.holdout.jsonl', 'explicit-request.blind.jsonl', 'explicit-request.blind2.jsonl', 'explicit-request.blind3.jsonl', 'topics.jsonl', 'topics.blind.jsonl', 'topics.blind2.jsonl'].flatMap((file) =>
  readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; lang: Language }),
);

const random = seededRandom();

/**
 * Decides each text twice: with English and the packs guessLanguages() names for it (guessed as a
 * page does, with English alone registered), and with all six packs. Returns the texts decided differently.
 */
async function guessedAgainstAll(texts: readonly string[]): Promise<{ missed: string[]; extra: string[]; escalations: number }> {
  const { guessLanguages } = await coreWith([]);
  const reference = await coreWithAll();
  const referenceCompiled = reference.compilePolicy();
  const expected = new Map(texts.map((text) => [text, decide(reference, referenceCompiled, text)]));
  // One fresh core per set of guessed packs.
  const groups = new Map<string, string[]>();
  for (const text of texts) {
    const key = guessLanguages(text).join(',');
    groups.set(key, [...(groups.get(key) ?? []), text]);
  }
  const missed: string[] = [];
  const extra: string[] = [];
  for (const [key, group] of groups) {
    const core = await coreWith(key ? (key.split(',') as PackName[]) : []);
    const compiled = core.compilePolicy();
    for (const text of group) {
      const actual = decide(core, compiled, text);
      const wanted = expected.get(text);
      if (JSON.stringify(actual) === JSON.stringify(wanted)) continue;
      (wanted ? missed : extra).push(`[${key}] ${text}: ${JSON.stringify(actual)} instead of ${JSON.stringify(wanted)}`);
    }
  }
  return { missed, extra, escalations: [...expected.values()].filter(Boolean).length };
}

/** Time for a test that runs the whole corpus through the detectors twice (see the sweeps below). */
const CORPUS_SWEEP_MS = 90_000;

describe('language packs', () => {
  it('are not needed for English, and English alone does not read other languages', async () => {
    const core = await coreWith([]);
    const compiled = core.compilePolicy();
    expect(core.registeredLanguages()).toEqual(['en']);
    expect(decide(core, compiled, 'I want to speak to a human')).toMatchObject({ trigger: 'explicit_request' });
    expect(decide(core, compiled, 'I want to kill myself')).toMatchObject({ trigger: 'topic', rule: 'safety', severity: 'critical' });
    expect(decide(core, compiled, 'quiero hablar con una persona')).toBeNull();
  });

  it('reach a policy compiled before they were registered, from its next message on', async () => {
    const core = await coreWith([]);
    const compiled = core.compilePolicy();
    const state = core.initialState();
    expect(core.evaluate(compiled, state, { role: 'customer', text: 'necesito un abogado' }).decision).toBeNull();
    core.registerLanguagePacks((await import('../src/languages/es.js')).es, (await import('../src/languages/fr.js')).fr);
    expect(core.registeredLanguages()).toEqual(['en', 'es', 'fr']);
    core.prepareLanguages(compiled);
    expect(decide(core, compiled, 'quiero hablar con una persona')).toMatchObject({ trigger: 'explicit_request' });
    // A team's name comes from the pack's rule words, which reach the compiled policy too.
    expect(decide(core, compiled, 'quiero hablar con facturación')).toMatchObject({ trigger: 'explicit_request' });
    expect(decide(core, compiled, 'necesito un abogado')).toMatchObject({ trigger: 'topic', rule: 'legal' });
    expect(decide(core, compiled, "j'ai envie de mourir")).toMatchObject({ severity: 'critical' });
    expect(compiled.topicRules.find((rule) => rule.id === 'legal')?.keywords?.es).toContain('abogado');
  });

  it('decide the same whatever order they are registered in', async () => {
    const texts = corpus.map((row) => row.text);
    const forward = await coreWith(['es', 'fr', 'de', 'pt', 'it']);
    const compiledForward = forward.compilePolicy();
    const expected = texts.map((text) => JSON.stringify([forward.detectExplicitRequest(text), compiledForward.topics.match(text), forward.readSentiment(text)]));
    const backward = await coreWith(['it', 'pt', 'de', 'fr', 'es']);
    const compiledBackward = backward.compilePolicy();
    const actual = texts.map((text) => JSON.stringify([backward.detectExplicitRequest(text), compiledBackward.topics.match(text), backward.readSentiment(text)]));
    expect(actual).toEqual(expected);
  });

  it("bring the words the request rules test one at a time, such as a team's name", async () => {
    const english = await coreWith([]);
    expect(decide(english, english.compilePolicy(), 'quiero hablar con facturación')).toBeNull();
    const spanish = await coreWith(['es']);
    expect(decide(spanish, spanish.compilePolicy(), 'quiero hablar con facturación')).toMatchObject({ trigger: 'explicit_request' });
    // The same pack without its rule words still asks for a person, but no longer names a team.
    const bare = await coreWith([]);
    const { es } = await import('../src/languages/es.js');
    bare.registerLanguagePacks({ ...es, ruleWords: es.ruleWords.map(() => '') });
    const compiled = bare.compilePolicy();
    expect(decide(bare, compiled, 'quiero hablar con una persona')).toMatchObject({ trigger: 'explicit_request' });
    expect(decide(bare, compiled, 'quiero hablar con facturación')).toBeNull();
  });

  it('list their rule words in RULE_WORD_FIELDS order, one list per field', async () => {
    const { RULE_WORD_FIELDS } = await import('../src/lexicon/explicit-request.lexicon.js');
    const { languagePacks } = await import('../src/languages/language-pack.js');
    (await import('../src/languages/all.js')).registerAllLanguages();
    for (const pack of languagePacks()) expect(pack.ruleWords, pack.language).toHaveLength(RULE_WORD_FIELDS.length);
  });

  it("leave English words of the request rules in the English pack: English alone reads them as all six packs do", async () => {
    // Words the other languages borrow ("hotline", "rider") or share ("secretariat") are English words too.
    const texts = ["Can the rider call me when he's outside?", 'Is there a customer support hotline?', 'I want to talk to the secretariat'];
    const english = await coreWith([]);
    const alone = texts.map((text) => decide(english, english.compilePolicy(), text));
    const all = await coreWithAll();
    expect(alone).toEqual(texts.map((text) => decide(all, all.compilePolicy(), text)));
    expect(alone.map((decision) => decision?.trigger ?? null)).toEqual([null, null, 'explicit_request']);
  });

  it('are registered once: a language registered again keeps its first pack', async () => {
    const core = await coreWith(['es']);
    const { es } = await import('../src/languages/es.js');
    core.registerLanguagePacks({ ...es, explicit: es.explicit.map(() => '') });
    expect(decide(core, core.compilePolicy(), 'quiero hablar con una persona')).toMatchObject({ trigger: 'explicit_request' });
  });
});

describe('guessLanguages()', () => {
  it('reads the letters and words a language is written with', async () => {
    const { guessLanguages } = await coreWith([]);
    expect(guessLanguages('¿dónde está mi pedido?')).toContain('es');
    expect(guessLanguages('Straße')).toEqual(['de']);
    expect(guessLanguages('je veux parler à un conseiller')).toContain('fr');
    expect(guessLanguages('quero falar com um atendente')).toContain('pt');
    expect(guessLanguages('vorrei parlare con un operatore')).toContain('it');
    expect(guessLanguages('where is my order? I want to talk to a person')).toEqual([]);
  });

  it('takes no address for words: e-mail, URL and domain names say nothing of a language', async () => {
    const { guessLanguages } = await coreWith([]);
    expect(guessLanguages('my card was charged twice, my email is ana@example.com')).toEqual([]);
    expect(guessLanguages('see https://shop.example.com/orders/com-123 for details')).toEqual([]);
    expect(guessLanguages('I ordered on shop.com.br yesterday')).toEqual([]);
    // Words around an address still count, and so do words joined by a full stop without a space.
    expect(guessLanguages('quero falar com um atendente, ana@example.com')).toContain('pt');
    expect(guessLanguages('Agente.Es urgente')).toContain('es');
  });

  it('rarely loads a pack for an English message (at most 2 % of the English corpus)', async () => {
    const { guessLanguages } = await coreWith([]);
    const english = corpus.filter((row) => row.lang === 'en');
    const guessed = english.filter((row) => guessLanguages(row.text).length > 0);
    expect(guessed.length / english.length).toBeLessThanOrEqual(0.02);
  });

  // Each of the two sweeps below decides every corpus message (or three misspellings of it) twice, once with the
  // packs it names and once with all six: 20–35 s on a busy two-core machine with 10,000 corpus lines, and the
  // corpus grows with every blind set.
  it('with the packs it names loaded, every corpus message is decided as with all six', async () => {
    const { missed, extra } = await guessedAgainstAll(corpus.map((row) => row.text));
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  }, CORPUS_SWEEP_MS);

  it('with the packs it names loaded, misspelled corpus messages are decided as with all six, but for at most 0.2 % of them', async () => {
    // The markers were checked against the corpus; its misspellings are text they were not fitted to.
    const texts = corpus.flatMap((row) => misspellings(row.text, random));
    const { missed, extra, escalations } = await guessedAgainstAll(texts);
    expect(escalations).toBeGreaterThan(2000);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(texts.length * 0.002);
    expect(extra.length, extra.join('\n')).toBeLessThanOrEqual(texts.length * 0.002);
  }, CORPUS_SWEEP_MS);
});
