import './all-languages.js';
import { describe, expect, it } from 'vitest';
import { compilePolicy, compileTopics, defaultPolicy, detectExplicitRequest, readSentiment } from '../src/index.js';

describe('explicit request: hard negatives', () => {
  it.each([
    'I work in human resources',
    'the delivery agent left it at the wrong door',
    "I don't need a human",
    'I do not want to talk to a human',
    'are you a bot?',
    'talk me through the return',
    'please talk me through setting it up',
    'transfer money',
    'can you transfer the money to my account',
    'my travel agent booked it',
    'I spoke to a person yesterday',
    'trabajo en recursos humanos',
    'no quiero hablar con nadie',
    'le livreur a laissé le colis devant la porte',
    'der Paketbote war unfreundlich',
    'é um robô?',
    'sei un bot?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('explicit request: the ways people ask', () => {
  // [text, language it is written in, what kind of request it is (for the reader)]
  const cases: Array<[string, string, string]> = [
    // English
    ['agent!!', 'en', 'terse'],
    ['HUMAN', 'en', 'terse'],
    ['human pls', 'en', 'terse'],
    ['representative', 'en', 'terse'],
    ['speak to a humen', 'en', 'misspelled'],
    ['can i tlak to an agent', 'en', 'misspelled'],
    ['i want a real persn', 'en', 'misspelled'],
    ['is there a real person I can talk to', 'en', 'indirect'],
    ['is there anyone I could speak with about this', 'en', 'indirect'],
    ['could someone from your team look at this?', 'en', 'indirect'],
    ["this bot is useless, I'd like a person", 'en', 'indirect'],
    ['Can you transfer me to a live agent?', 'en', 'direct'],
    // Spanish
    ['agente!!', 'es', 'terse'],
    ['operador porfa', 'es', 'terse'],
    ['kiero ablar con un ajente', 'es', 'misspelled'],
    ['quiero hablar con un agnete', 'es', 'misspelled'],
    ['puedo hablar con alguien de verdad?', 'es', 'indirect'],
    ['necesito que me atienda una persona', 'es', 'indirect'],
    ['¿me pasas con un asesor?', 'es', 'direct'],
    // French
    ['humain!!', 'fr', 'terse'],
    ['un conseiller svp', 'fr', 'terse'],
    ['je voudrais parler a un conseillé', 'fr', 'misspelled'],
    ["est-ce que je peux parler à quelqu'un ?", 'fr', 'indirect'],
    ['y a-t-il un vrai humain ?', 'fr', 'indirect'],
    ['pouvez-vous me passer un conseiller ?', 'fr', 'direct'],
    // German
    ['mensch!!', 'de', 'terse'],
    ['mitarbeiter bitte', 'de', 'terse'],
    ['ich will mit einem mensch sprehcen', 'de', 'misspelled'],
    ['gibt es jemanden, mit dem ich sprechen kann?', 'de', 'indirect'],
    ['kann ich mit einem echten Menschen reden?', 'de', 'indirect'],
    ['verbinden Sie mich bitte mit einem Berater', 'de', 'direct'],
    // Portuguese
    ['atendente!!', 'pt', 'terse'],
    ['quero falar com um atendnete', 'pt', 'misspelled'],
    ['quero falar com uma pesoa', 'pt', 'misspelled'],
    ['tem como falar com uma pessoa de verdade?', 'pt', 'indirect'],
    ['posso falar com alguém?', 'pt', 'indirect'],
    ['me transfere para um atendente', 'pt', 'direct'],
    // Italian
    ['operatore!!', 'it', 'terse'],
    ['operatore per favore', 'it', 'terse'],
    ['voglio parlare con un opertore', 'it', 'misspelled'],
    ["c'è una persona vera con cui posso parlare?", 'it', 'indirect'],
    ["c'è qualcuno?", 'it', 'indirect'],
    ['mi passi un operatore per favore', 'it', 'direct'],
  ];

  it.each(cases)('recognises %j (%s, %s) and names the language', (text, language) => {
    const match = detectExplicitRequest(text);
    expect(match).toBeDefined();
    expect(match!.language).toBe(language);
    expect(match!.evidence.length).toBeGreaterThan(0);
  });

  it('reports the corrected words as evidence for a typo', () => {
    expect(detectExplicitRequest('I want to talk to an agnet')?.evidence).toBe('i want to talk to an agent');
    expect(detectExplicitRequest('quero falar com um atendnete')?.evidence).toContain('atendente');
  });

  it('classifies the form of the request', () => {
    expect(detectExplicitRequest('agent!!')?.form).toBe('terse');
    expect(detectExplicitRequest('is there a real person I can talk to')?.form).toBe('indirect');
    expect(detectExplicitRequest('Can you transfer me to a live agent?')?.form).toBe('transfer');
    expect(detectExplicitRequest('no more bot, get me a person')?.form).toBe('reject_bot');
  });

  it('finds the request in a longer message with other clauses', () => {
    const match = detectExplicitRequest('My order 123456789012 is late again. Honestly, just let me speak to someone.');
    expect(match).toMatchObject({ evidence: 'let me speak to someone', language: 'en' });
  });
});

describe('sentiment', () => {
  const score = (text: string) => readSentiment(text).score;

  it('scores plain words in range and in the right direction', () => {
    expect(score('thanks, that was really helpful')).toBeGreaterThan(0.5);
    expect(score('this is terrible')).toBeLessThan(-0.5);
    expect(score('where is my parcel?')).toBe(0);
    for (const text of ['furious furious furious awful terrible worst', 'great great great perfect amazing']) {
      expect(Math.abs(score(text))).toBeLessThanOrEqual(1);
    }
  });

  it('reads a negated positive as negative', () => {
    expect(score('I am happy with this')).toBeGreaterThan(0);
    expect(score('I am not happy with this')).toBeLessThan(0);
    expect(score('no estoy contento')).toBeLessThan(0);
    expect(score('das ist nicht gut')).toBeLessThan(0);
    expect(score('não está bom')).toBeLessThan(0);
  });

  it('does not read a negated negative as negative', () => {
    expect(score("c'est mal")).toBeLessThan(0);
    expect(score("c'est pas mal")).toBeGreaterThanOrEqual(0);
    expect(score('not bad at all')).toBeGreaterThanOrEqual(0);
    expect(score('nicht schlecht')).toBeGreaterThanOrEqual(0);
    expect(score('non è male')).toBeGreaterThanOrEqual(0);
  });

  it('makes intensified words stronger', () => {
    expect(score('this is very bad')).toBeLessThan(score('this is bad'));
    expect(score('this is really terrible')).toBeLessThan(score('this is terrible'));
    expect(score('esto es muy malo')).toBeLessThan(score('esto es malo'));
    expect(score('very happy')).toBeGreaterThan(score('happy'));
  });

  it('makes shouting and exclamation marks stronger on complaints', () => {
    expect(score('this is bad!!!')).toBeLessThan(score('this is bad'));
    expect(score('THIS IS BAD')).toBeLessThan(score('this is bad'));
  });

  it('gives the words that carried the score as evidence, strongest first', () => {
    expect(readSentiment('still waiting, this is useless').evidence).toEqual(['useless', 'still', 'waiting']);
  });

  it.each([
    ['I am furious', 'anger'],
    ["je suis hors de moi", 'anger'],
    ['sono incazzato nero', 'anger'],
    ['my mother passed away last week', 'grief'],
    ['mio padre è morto ieri', 'grief'],
    ["I'm terrified, the heater won't switch off", 'fear'],
    ['estoy muy asustada', 'fear'],
    ['ich habe Angst', 'fear'],
    ['I want to kill myself', 'self_harm'],
    ['quero morrer', 'self_harm'],
    ['ich will nicht mehr leben', 'self_harm'],
  ])('tells the kind of distress in %j: %s', (text, kind) => {
    expect(readSentiment(text).distress).toEqual([kind]);
  });

  it('finds no distress in an ordinary complaint', () => {
    expect(readSentiment('the parcel is late and this is annoying').distress).toEqual([]);
  });

  it('reads distress in every language even when the policy supports only one', () => {
    expect(readSentiment('quero morrer', ['en']).distress).toEqual(['self_harm']);
    expect(readSentiment('no estoy contento', ['en']).score).toBe(0);
  });
});

describe('topic matcher', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it('returns the most urgent rule first when several match', () => {
    const text = 'someone hacked my account and now the battery caught fire';
    expect(topics.match(text)).toMatchObject({ rule: 'safety', severity: 'critical', evidence: 'caught fire', language: 'en' });
    expect(topics.matchAll(text).map((m) => m.rule)).toEqual(['safety', 'fraud']);
  });

  it('orders every match by urgency regardless of where it appears in the text', () => {
    const text = 'I will need a loan to pay the doctor after my lawyer sues the scammer who hacked me';
    expect(topics.matchAll(text).map((m) => m.rule)).toEqual(['fraud', 'legal', 'medical', 'finance']);
  });

  it('returns nothing when no rule matches', () => {
    expect(topics.match('where is my parcel?')).toBeUndefined();
    expect(topics.matchAll('where is my parcel?')).toEqual([]);
  });

  it('folds case and accents and supports trailing-* prefixes', () => {
    const custom = compileTopics(
      [{ id: 'returns', enabled: true, keywords: { en: ['refund*'], fr: ['rembourse*'] }, patterns: {} }],
      ['en', 'fr'],
    );
    expect(custom.match('REFUNDING please')).toMatchObject({ rule: 'returns', evidence: 'refund*', language: 'en', severity: 'high', transfer: 'warm' });
    expect(custom.match('Remboursé ?')).toMatchObject({ rule: 'returns', language: 'fr' });
    expect(custom.match('a refun')).toBeUndefined();
  });

  it('runs rules in their listed order and skips disabled ones', () => {
    const rules = [
      { id: 'second', enabled: true, severity: 'low' as const, keywords: { en: ['broken'] }, patterns: {} },
      { id: 'first', enabled: true, severity: 'critical' as const, keywords: { en: ['broken'] }, patterns: {} },
    ];
    expect(compileTopics(rules, ['en']).match('it is broken')?.rule).toBe('second');
    expect(compileTopics([{ ...rules[0]!, enabled: false }, rules[1]!], ['en']).match('it is broken')?.rule).toBe('first');
  });
});

describe('found by review', () => {
  it('reads "I don\'t want to live anymore" as a self-harm distress signal', () => {
    expect(readSentiment("I don't want to live anymore").distress).toContain('self_harm');
  });

  it.each([
    ['prefiero hablar con un humano', 'es'],
    ['hay alguien con quien pueda hablar?', 'es'],
    ['ist da jemand?', 'de'],
    ['prefiro falar com um humano', 'pt'],
    ['vorrei parlare con una persona', 'it'],
    ['un agent svp', 'fr'],
    ['can I talk to an agent?', 'en'],
  ])('names the language of "%s" as %s', (text, language) => {
    expect(detectExplicitRequest(text)?.language).toBe(language);
  });
});

describe('found by the fourth blind set (corpus/*.blind2.jsonl, topics.blind.jsonl, distress.blind.jsonl)', () => {
  it.each([
    // An emoji ends a clause: the negation before it no longer reaches the request after it.
    ["Thanks but this isn't working 🙄 can you connect me to someone?", 'transfer'],
    // Four letters: a five-letter person word with one letter dropped.
    ['live agen', 'terse'],
    ['humn pls', 'terse'],
    // One person, available now.
    ['Is a live agent available?', 'indirect'],
    ['¿Hay algún agente disponible?', 'indirect'],
    // "Someone" as the subject of a verb of talking to the customer.
    ["Quelqu'un de chez vous peut me rappeler ?", 'indirect'],
    ['Qualcuno può richiamarmi?', 'indirect'],
    // A person taking over ("prendre le relais").
    ['un humain peut-il prendre le relais ?', 'indirect'],
    // "vrai"/"réelle"/"de verdade" around the person.
    ['une personne réelle 🙏', 'terse'],
    ['pessoa de verdade', 'terse'],
    // "s'il vous plaît" after the person is no "agent's".
    ["Passez-moi un agent s'il vous plaît", 'transfer'],
    // "Like you said, …" compares, it does not quote: the request after it is the customer's own.
    ['like you said, let me speak to an agent', 'direct'],
    ['Come hai detto, voglio parlare con un operatore', 'direct'],
    ['Como você disse, quero falar com um atendente', 'direct'],
  ])('hears %j (%s)', (text, form) => {
    expect(detectExplicitRequest(text)?.form).toBe(form);
  });

  it.each([
    // A transfer verb with a thing after it.
    'Pásame el enlace de seguimiento',
    'Me passa o link de rastreio',
    'Passami il link di tracciamento',
    // "someone" after a thing receives it.
    'can I transfer the gift card to someone else',
    // A later clause takes it back.
    "My friend said 'just ask for a human' but I think you can help me",
    "Un amico mi ha detto 'chiedi un operatore', ma forse mi puoi aiutare tu",
    // Someone else's words, still quoted.
    'My friend said, ask for a human and they will sort it',
    // "No need," as a clause of its own negates the next one.
    'Nicht nötig, mich mit jemandem zu verbinden, danke',
    'Inutile de me transférer, merci',
    // Other senses: legal persons, in person, per person, a data controller, a vocative.
    'Tem pessoa jurídica? Quero nota no CNPJ',
    'Is in-person pickup available?',
    '¿El precio es por persona?',
    'Qui est le responsable du traitement de mes données ?',
    'Gente, que produto bom, amei!',
    'Lavoro nelle risorse umane e mi serve la fattura',
    // Operators in general, not one now.
    'Gli operatori sono disponibili anche la domenica? Chiedo per un\'altra volta.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });

  it('reads no grief when a device died, and grief when a person did', () => {
    for (const text of ['The phone battery died after a day', 'La batería se murió en un día', 'La batterie est morte en un jour', 'my phone died']) {
      expect(readSentiment(text).distress, text).toEqual([]);
    }
    for (const text of ['my mother died last week', 'Mi madre acaba de fallecer', 'We lost our baby last month', 'Mia madre è appena morta']) {
      expect(readSentiment(text).distress, text).toContain('grief');
    }
  });

  it('finds a charge the customer did not make, and no medical topic in a doctor\'s appointment', () => {
    const { topics } = compilePolicy(defaultPolicy);
    expect(topics.match("There's a charge on my card I didn't make")?.rule).toBe('fraud');
    expect(topics.match('Auf meiner Karte ist eine Abbuchung, die ich nicht gemacht habe')?.rule).toBe('fraud');
    expect(topics.match("My doctor's appointment is at 3 so please deliver after 4")).toBeUndefined();
    expect(topics.match("J'ai rendez-vous chez le médecin à 15h, livrez après")).toBeUndefined();
    expect(topics.match('My doctor says I should not take this with my other pills')?.rule).toBe('medical');
  });

  it('reads taxes in a price question as a price question, and a tax question as finance', () => {
    const { topics } = compilePolicy(defaultPolicy);
    for (const text of ['Le prix est TTC ou hors taxes ?', 'does the price include taxes?', '¿El precio incluye impuestos?', 'Il prezzo è comprensivo di tasse?', 'Ist der Preis inklusive Steuern?', 'is that with taxes included?']) {
      expect(topics.match(text), text).toBeUndefined();
    }
    for (const text of ['do I have to pay taxes on this?', 'I need help with my taxes', '¿tengo que pagar impuestos por esto?', 'devo pagare le tasse su questo?', 'je dois déclarer ça dans mes impôts ?', 'Wie viel Steuern zahle ich darauf?']) {
      expect(topics.match(text)?.rule, text).toBe('finance');
    }
  });
});
