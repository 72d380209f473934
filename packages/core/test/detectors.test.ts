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

  it('reads a profession named as a description as no topic, and the professional engaged as one', () => {
    const { topics } = compilePolicy(defaultPolicy);
    for (const text of [
      'My sister is a lawyer and she loves your products',
      "my dad's a doctor, do you ship to hospitals?",
      'mi hermana es abogada y le encantó el regalo',
      'mi hermano es médico y pidió dos',
      'ma sœur est avocate, elle adore vos sacs',
      'les avocats bio sont arrivés pourris',
      'mein Bruder ist Anwalt und bestellt oft bei euch',
      'meine Frau ist Ärztin, habt ihr Kittel in M?',
      'meu irmão é advogado e adorou',
      'mio fratello è medico, avete camici?',
      'mia sorella fa l\'avvocato e li adora',
    ]) {
      expect(topics.match(text), text).toBeUndefined();
    }
    for (const [text, rule] of [
      ['I need a lawyer', 'legal'],
      ['mi abogado le llamará mañana', 'legal'],
      ['mon avocat va vous contacter', 'legal'],
      ['Ich habe einen Anwalt eingeschaltet', 'legal'],
      ['o meu advogado vai entrar em contacto', 'legal'],
      ['il medico mi ha detto di non prenderlo', 'medical'],
      ['tengo que ir al médico por la reacción', 'medical'],
    ] as const) {
      expect(topics.match(text)?.rule, text).toBe(rule);
    }
  });

  it('knows each country\'s tax return by its own name (la renta, il 730, HMRC), and rent as rent', () => {
    const { topics } = compilePolicy(defaultPolicy);
    for (const text of ['¿Cómo declaro esto en la renta?', '¿puedo desgravar esta compra?', 'Come dichiaro questo nel 730?', 'posso detrarre questa spesa?', 'do I need to tell HMRC about this?', 'how do I put this on my self assessment?']) {
      expect(topics.match(text)?.rule, text).toBe('finance');
    }
    for (const text of ['pago la renta de mi departamento con tarjeta, ¿puedo pagar el pedido igual?', 'ho pagato 730 euro per il divano', 'declaré mi nueva dirección, ¿llega igual?']) {
      expect(topics.match(text), text).toBeUndefined();
    }
  });
});

describe('found by the third blind topic set (corpus/topics.blind3.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A wallet, card or account stolen, then used.
    ['Someone stole my purse and used my card on your site', 'fraud'],
    ['Me han robado la cartera y han comprado con mi tarjeta', 'fraud'],
    ["On m'a volé mon portefeuille et quelqu'un a commandé avec ma carte", 'fraud'],
    ['Mir wurde das Portemonnaie geklaut und jemand hat mit meiner Karte bestellt', 'fraud'],
    ['Furtaram a minha carteira e fizeram compras no vosso site', 'fraud'],
    ['Mi hanno rubato il portafoglio e qualcuno ha fatto acquisti con la mia carta', 'fraud'],
    // A charge the customer did not make, the denial far from the charge or after a pronoun.
    ["There's a payment from your shop on my card from last Tuesday that I haven't made", 'fraud'],
    ['Tengo un cargo de vuestra tienda en la tarjeta del día 3 de marzo que yo nunca he hecho', 'fraud'],
    ["Il y a un prélèvement de votre boutique sur mon relevé du 3 mars que je n'ai jamais effectué", 'fraud'],
    ['Da ist eine Abbuchung von eurem Shop auf meinem Kontoauszug, die ich nie getätigt habe', 'fraud'],
    ['Tem um pagamento da vossa loja no extrato do cartão que eu nunca fiz', 'fraud'],
    ["C'è un addebito del vostro negozio sulla mia carta di credito che non ho mai fatto", 'fraud'],
    // Suicidal ideation said indirectly.
    ['I feel like everyone would be better off without me', 'safety'],
    ['Creo que todos estarían mejor sin mí', 'safety'],
    ['Je suis un fardeau pour tout le monde', 'safety'],
    ['Ich bin allen nur eine Last', 'safety'],
    ['Sinto que sou um peso para todos', 'safety'],
    ['Vorrei solo togliermi di mezzo', 'safety'],
    // Gas smell, with a word between the smell and the gas.
    ["There's a strong gas smell in the kitchen", 'safety'],
    ['Huele un poco a gas desde que instalasteis la cocina', 'safety'],
    ["Ça sent fort le gaz depuis l'installation", 'safety'],
    ['Es riecht stark nach Gas', 'safety'],
    ['Está a cheirar muito a gás', 'safety'],
    ["C'è una perdita di gas dalla caldaia", 'safety'],
    // Threats to kill or stab a person.
    ["If that courier comes back I'll stab him", 'safety'],
    ['Si ese repartidor vuelve lo mato', 'safety'],
    ['Si ce livreur revient je le tue', 'safety'],
    ['Wenn der Fahrer nochmal kommt, bring ich ihn um', 'safety'],
    ['Se esse estafeta voltar eu mato ele', 'safety'],
    ['Se quel corriere torna lo uccido', 'safety'],
    // A child biting or eating something poisonous.
    ['My toddler bit into a laundry pod', 'safety'],
    ['mi hija mordió una cápsula de detergente', 'safety'],
    ['Mi hijo se ha comido una pastilla de lavavajillas', 'safety'],
    ['Mon fils a mis dans sa bouche une capsule de lessive', 'safety'],
    ['Meine Tochter hat eine Waschmittelkapsel in den Mund genommen', 'safety'],
    ['O meu filho colocou na boca uma pilha', 'safety'],
    ['Mio figlio ha messo in bocca una capsula di detersivo', 'safety'],
    // Medication names, doses, taking things together.
    ['Can I take these gummies with my sertraline?', 'medical'],
    ['¿Cuál es la dosis máxima diaria del magnesio?', 'medical'],
    ['Quelle est la posologie pour les enfants ?', 'medical'],
    ['Darf ich die Vitamine zusammen mit Ibuprofen einnehmen?', 'medical'],
    ['Posso tomar estas vitaminas junto com a pílula?', 'medical'],
    ['Quante se ne possono prendere al giorno?', 'medical'],
    // Burns, cuts that need stitches, injuries from a product.
    ['I burned myself on the kettle', 'medical'],
    ['El cuchillo resbaló y necesité puntos de sutura', 'medical'],
    ["Je me suis brûlée avec le lisseur, j'ai une cloque", 'medical'],
    ['Ich bin vom Laufband gestürzt', 'medical'],
    ['O meu filho cortou o dedo no brinquedo', 'medical'],
    ['Mi sono fatta male con la cyclette', 'medical'],
    // Swelling of a face is medical, not a swollen battery.
    ['After the serum my lips are swollen', 'medical'],
    ['Tras la crema se me hinchó la cara', 'medical'],
    ['Après la crème mon visage a gonflé et ça gratte', 'medical'],
    ['Nach der Creme ist mein Gesicht angeschwollen', 'medical'],
    ['Depois do creme meu rosto inchou', 'medical'],
    ['Dopo la crema mi si è gonfiata la faccia', 'medical'],
    ['La batteria del monopattino si è gonfiata', 'safety'],
    // A formal legal notice.
    ['Vi diffido dal continuare ad addebitarmi', 'legal'],
    ['Ho già inoltrato tutto al mio legale', 'legal'],
    ['Le envío un burofax mañana', 'legal'],
    // The words the look-alikes below no longer match, in their own sense.
    ['Does my insurance policy cover water damage?', 'finance'],
    ['¿Mi seguro de hogar cubre daños?', 'finance'],
    ['Mon assurance habitation couvre ça ?', 'finance'],
    ['Zahlt meine Hausratversicherung den Schaden?', 'finance'],
    ['O meu seguro cobre danos?', 'finance'],
    ['La mia assicurazione casa copre i danni?', 'finance'],
    ["I'm taking you to court", 'legal'],
    ['Wir sehen uns vor Gericht', 'legal'],
    ['Os llevaré a juicio', 'legal'],
    ['il y a de la fumée partout', 'safety'],
    ['Está a sair fumo do carregador', 'safety'],
    ["c'è fumo in tutta la stanza", 'safety'],
    ['Der Akku ist aufgebläht', 'safety'],
    ['sono finito al pronto soccorso', 'medical'],
    ['Tomo pastillas para dormir', 'medical'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Shipping insurance is part of an order, not finance.
    'I selected shipping insurance at checkout, can I still add gift wrap?',
    'He marcado el seguro de envío, ¿puedo cambiar la dirección?',
    "J'ai pris l'assurance livraison, le colis arrive quand ?",
    'Ich habe die Versandversicherung gewählt, kann ich die Adresse ändern?',
    'Escolhi o seguro de envio, ainda posso mudar o endereço?',
    "Ho preso l'assicurazione sulla spedizione, posso cambiare indirizzo?",
    'Estoy seguro de que lo pedí en rojo',
    // Products and colours named after a topic word.
    'Are these court shoes real leather?',
    'The smoke grey hoodie in M please',
    'Le pull gris fumée existe en M ?',
    'Le détecteur de fumée est-il compatible ?',
    'Il maglione grigio fumo è disponibile?',
    'Tem a camisola em cinza fumo?',
    'Is the first aid kit back in stock?',
    'Il kit di pronto soccorso è di nuovo disponibile?',
    'O kit de primeiros socorros voltou ao estoque?',
    '¿Tenéis pastillas para lavavajillas?',
    // Other senses of a topic word.
    'Das Gericht war kalt, als es ankam',
    'A mi juicio el producto es malo',
    'Quero o estorno com urgência',
    'Ich fühle mich nach dem Tee aufgebläht',
    // A pet that chewed a product is a complaint, not a poisoning.
    'my dog bit into the new chew toy and it broke',
    'el perro mordió una zapatilla que compré',
    'o cão mordeu uma almofada nova',
    'Mein Hund hat draufgebissen und jetzt ist es kaputt',
    // A parcel stolen is a delivery problem; a joke about dying is no threat.
    'My parcel was stolen from the doorstep',
    'Mi hanno rubato il pacco dal portone',
    'Mein Paket wurde vor der Tür gestohlen',
    'This sale is killing me',
    'Cette promo me tue mdr',
    'Questi saldi mi stanno uccidendo',
    '¿La cocina funciona a gas o es eléctrica?',
    "I don't want to wake up the baby, please don't ring",
  ])('no topic in %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the fourth blind topic set (corpus/topics.blind4.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A charge with "I didn't buy / order anything".
    ["There's a £60 debit from your shop and I never ordered anything", 'fraud'],
    ['Tengo un cobro vuestro de 75€ y no he pedido nada', 'fraud'],
    ["Un débit de 30€ chez vous alors que je n'ai rien commandé", 'fraud'],
    ['Eine Zahlung an euch über 80€, aber ich habe nichts gekauft', 'fraud'],
    ['Tem uma cobrança de 90€ vossa e eu não encomendei nada', 'fraud'],
    ['Un pagamento di 45€ a voi e non abbiamo ordinato nulla', 'fraud'],
    // A text message that asked for a payment at a link: phishing.
    ['a text said my delivery was on hold and I paid the fee through the link', 'fraud'],
    ['recibí un sms para pagar las tasas de aduana en un enlace, ¿sois vosotros?', 'fraud'],
    ["un sms m'a demandé de payer 2€ de frais de port via un lien", 'fraud'],
    ['eine sms wollte, dass ich über einen link zollgebühren bezahle', 'fraud'],
    ['chegou um sms para pagar a taxa da alfândega num link', 'fraud'],
    ['un sms mi chiedeva di pagare lo sdoganamento tramite un link', 'fraud'],
    ['my card got pinched on the train and someone used it here', 'fraud'],
    // A racing heart or palpitations after a product.
    ['after two of your energy shots my heart was racing all night', 'medical'],
    ['con el té detox tengo taquicardia desde ayer', 'medical'],
    ["depuis le brûleur de graisse j'ai de la tachycardie", 'medical'],
    ['seit dem Pre-Workout-Pulver habe ich Herzklopfen', 'medical'],
    ['com o chá emagrecedor fiquei com o coração acelerado', 'medical'],
    ['con la tisana dimagrante ho le palpitazioni', 'medical'],
    // Insulin and glucose meters.
    ['my glucose meter reads 3 points high and I dose by it', 'medical'],
    ['el glucómetro marca mal y me pongo la insulina según eso', 'medical'],
    ['ma pompe à insuline ne tient plus dans son étui', 'medical'],
    ['die Insulinpumpe zeigt einen Fehler an', 'medical'],
    ['a glicemia no aparelho está sempre errada', 'medical'],
    ["l'insulina è arrivata calda, si può ancora usare?", 'medical'],
    // Hives after a product.
    ['dopo la crema ho l\'orticaria sulle braccia', 'medical'],
    ['nach der Lotion habe ich Quaddeln am Hals', 'medical'],
    // Ideation without a suicide word.
    ["I don't see the point anymore, of anything", 'safety'],
    ['ya no le veo sentido a nada, ni a levantarme', 'safety'],
    ["je ne vois plus le sens de tout ça, ni de continuer", 'safety'],
    ['ich frage mich, wofür ich das alles noch mache; am liebsten wäre ich nicht mehr da', 'safety'],
    ['não vejo sentido em nada, nem em continuar', 'safety'],
    ['a volte penso che sarebbe meglio non svegliarsi', 'safety'],
    // A pension plan or savings plan someone wants to put money in.
    ['¿me conviene el plan de pensiones que anunciáis?', 'finance'],
    ['lohnt sich euer ETF-Sparplan für mich?', 'finance'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    'the payment went through but I didn\'t order the right size',
    "I haven't ordered anything yet, is payment taken at checkout?",
    'can you text me the payment link?',
    'got a text with a tracking link, when does my parcel come?',
    'gasté mis ahorros en este sofá y llegó roto',
    'Ich habe mein Erspartes für dieses Sofa ausgegeben',
    'Das Paket war einfach nicht mehr da',
    'would I be better off with the premium plan?',
  ])('no topic in %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the fifth blind topic set (corpus/topics.blind5.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Someone else in the customer's account.
    ['somebody reset the password on my account last night and now I cannot log in', 'fraud'],
    ['alguien entró en mi cuenta y cambió la dirección de envío', 'fraud'],
    ["quelqu'un s'est connecté à mon compte et a passé deux commandes", 'fraud'],
    ['jemand hat sich heute Nacht in mein Konto eingeloggt', 'fraud'],
    ['alguém acedeu à minha conta e mudou a morada', 'fraud'],
    ["ho ricevuto un avviso di accesso da un dispositivo sconosciuto", 'fraud'],
    // Orders the customer did not place, a fake seller, an e-mail asking for card details at a link.
    ['hay pedidos que no hice en mi historial', 'fraud'],
    ['ci sono ordini che non ho fatto nel mio profilo', 'fraud'],
    ['the seller took my money and vanished, it was a fake seller', 'fraud'],
    ["an email with your logo asked me to confirm my card details on a website", 'fraud'],
    // Skin reactions, intolerances, breathing.
    ['my daughter has red spots all over her neck since the new shampoo', 'medical'],
    ['me salieron ronchas en los brazos con el gel', 'medical'],
    ["j'ai des démangeaisons partout depuis la crème", 'medical'],
    ['seit der Creme habe ich einen Ausschlag im Gesicht', 'medical'],
    ['fiquei com manchas vermelhas depois do sabonete', 'medical'],
    ['sono celiaca, questi biscotti contengono glutine?', 'medical'],
    ['since the air freshener he struggles to breathe at night', 'medical'],
    // Instalments the customer cannot pay, debt collectors, financing.
    ["I'm behind on the monthly instalments for the laptop", 'finance'],
    ['una empresa de recobro me llama por una deuda con vosotros', 'finance'],
    ["je peux payer en plusieurs fois avec un échéancier ?", 'finance'],
    ['ich kann die Raten für das Sofa gerade nicht bezahlen', 'finance'],
    ['meu nome ficou negativado no Serasa por causa de vocês', 'finance'],
    ['posso avere un piano di rientro per le rate?', 'finance'],
    // Courts and consumer bodies by their local names.
    ['I will take this to small claims', 'legal'],
    ['que lo decida un juez entonces', 'legal'],
    ["j'irai devant le juge s'il le faut", 'legal'],
    ['ich gehe damit zur Arbeiterkammer', 'legal'],
    ['vou entrar na justiça contra vocês', 'legal'],
    ['lo porto davanti al giudice', 'legal'],
    // Gas smelt in any words; a child who drank or swallowed a household product.
    ['the boiler room reeks of gas since your visit', 'safety'],
    ['mi hijo se bebió un poco de lejía del bote que me mandasteis', 'safety'],
    ["ma fille a avalé un aimant du jeu", 'safety'],
    ['mein Sohn hat Waschmittel geschluckt', 'safety'],
    ['o meu filho bebeu lixívia', 'safety'],
    ['il bambino ha bevuto un po\' di anticalcare', 'safety'],
    ['a bateria do celular inchou depois da atualização', 'safety'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    'I changed my password yesterday, how do I stay logged in?',
    "J'ai changé mon mot de passe et l'appli plante",
    "je n'ai plus accès à mon compte, mot de passe oublié",
    'Ich habe keinen Zugriff auf mein Konto mehr, Passwort vergessen',
    'Ich habe noch nicht bestellt, gibt es Rabatt?',
    'Das juckt mich nicht, schickt einfach das Paket',
    'il manque des boutons sur la chemise',
    'my laptop is infected with malware',
    'el departamento de cobranza me mandó la factura',
    'a prestação do serviço foi ótima',
    "je commande depuis l'étranger, livrez-vous en Suisse ?",
    "l'acqua frizzante ha poche bollicine",
  ])('no topic in %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the fifth and sixth blind sets (corpus/explicit-request.blind3.jsonl, blind4.jsonl)', () => {
  it.each([
    // A department staffed by people, after a transfer or talk verb, in every word order.
    ['Können Sie mich mit der Reklamationsabteilung verbinden?', 'transfer'],
    ['Verbinden Sie mich bitte mit der Buchhaltung', 'transfer'],
    ['Ich möchte mit der Rechtsabteilung sprechen', 'direct'],
    ['I want to speak to the billing department', 'direct'],
    ['me puede transferir al departamento de reclamaciones', 'transfer'],
    ['je veux parler au service client', 'direct'],
    ["posso parlare con l'ufficio reclami?", 'direct'],
    ['quero falar com o setor financeiro', 'direct'],
    // A phone line people answer.
    ['is there a number where a person answers?', 'indirect'],
    ['hay un numero donde me atienda alguien?', 'indirect'],
    ['Avete un numero dove risponde una persona?', 'indirect'],
    ['Tem algum número onde uma pessoa atende?', 'indirect'],
    // Someone to take over, with nothing but politeness after the verb.
    ['Could someone from support take over from here? The bot keeps looping.', 'indirect'],
    ['can someone take over', 'indirect'],
    // A lone "Mensch" followed only by urgency is a request, not an interjection.
    ['Es reicht. Mensch. Jetzt.', 'terse'],
    ['Mensch. Sofort. Bitte.', 'terse'],
    // Chat shorthand and regional forms.
    ['hay manera de q me atienda alguien real?', 'indirect'],
    ['kiero hablar kon alguien real xfa', 'terse'],
    ['quero falar c/ alguém', 'direct'],
    ['parlare cn qlcn', 'direct'],
    ["Ue, me passate 'na persona? sto robot nun capisce niente", 'transfer'],
    ['Chan ich bitte mit öpperem vo öich rede?', 'indirect'],
    // Where is the agent?
    ["dov'è l'operatore?? 🙄", 'indirect'],
    ['wo ist der Mitarbeiter?', 'indirect'],
    ['où est le conseiller ?', 'indirect'],
    // Call me, transfer me, escalate, in forms the lexicons lacked.
    ['lasciamo perdere la chat, mi telefoni qualcuno per favore', 'transfer'],
    ['trasferiscimi a un umano', 'transfer'],
    ['mi potete richiamare? preferisco spiegarlo al telefono a una persona', 'transfer'],
    ['Rufen Sie mich bitte an, ich erkläre das lieber persönlich', 'transfer'],
    ['leiten sie mich bitte an den technischen support weiter, an eine person nicht an einen bot', 'transfer'],
    ['Preciso que o meu caso seja escalado para um responsável', 'escalate'],
    ['Quero que a ouvidoria entre em contato comigo', 'direct'],
    ['habt ihr ne telefonnummer wo man nen echten menschen erreicht?', 'indirect'],
    // A wish that the next clause completes: "Would it be possible, | to get a contact person?"
    ['Wäre es möglich, einen persönlichen Ansprechpartner zu bekommen?', 'direct'],
  ])('hears %j (%s)', (text, form) => {
    expect(detectExplicitRequest(text)?.form).toBe(form);
  });

  it.each([
    'which department handles refunds',
    'forward my invoice to the billing department',
    'transfer the money to the sales department',
    'I spoke to your billing department yesterday',
    "I don't want to talk to the sales team",
    'Ich habe mit der Rechtsabteilung gesprochen',
    'Ich möchte nicht mit der Buchhaltung sprechen',
    'the number where the delivery agent called me from',
    'someone else should take over the account',
    'can you take over my subscription payments',
    'Mensch, das dauert ewig',
    'Mensch, danke!',
    'Gente, que produto bom',
    // Jobs, readable text, becoming an agent, real words that are no typos, a report after a wish.
    'Do you have any openings for call centre staff in Leeds?',
    'vorrei candidarmi per la posizione di operatore call center a Milano',
    'Do you have a human-readable version of the terms and conditions?',
    'cómo puedo ser agente comercial de ustedes?',
    'Je peux changer le nom de la personne à qui le cadeau est destiné ?',
    'mon mari a parlé avec un de vos techniciens la semaine passée, la réparation est prévue pour quand ?',
    "Est-ce possible ? Mon conseiller m'a dit que oui",
    // After "possible", people in general are no wish for one.
    'Would it be possible? Agents never answer anyway.',
    'is it possible, agents are busy today?',
    // A k that spells no lexicon word stays as it is.
    'I know you can help, keep going',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the seventh blind set (corpus/explicit-request.blind5.jsonl): the class, in every language', () => {
  it.each([
    // Explaining to a person, rather than to the bot.
    ["I'd prefer to explain the whole thing to a person", 'direct'],
    ['prefiero explicárselo a una persona de carne y hueso', 'direct'],
    ['je préfère expliquer mon problème à un conseiller', 'direct'],
    ['ich würde das lieber einem Menschen erklären', 'direct'],
    ['prefiro explicar a situação a um atendente', 'direct'],
    ['preferisco spiegarlo a un operatore', 'direct'],
    // Someone from the team, online or available now; when someone will answer.
    ['is someone from the team online right now?', 'indirect'],
    ['¿hay alguien del equipo conectado?', 'indirect'],
    ["un membre de l'équipe est en ligne ?", 'indirect'],
    ['ist jemand vom Support online?', 'indirect'],
    ['tem alguém da equipe disponível agora?', 'indirect'],
    ['qualcuno del team è connesso?', 'indirect'],
    ['when will someone answer me? been waiting 20 min', 'indirect'],
    ['¿cuándo me contesta alguien? llevo media hora', 'indirect'],
    ["j'attends qu'un humain me réponde depuis une heure", 'indirect'],
    ['wann meldet sich mal jemand? warte seit Stunden', 'indirect'],
    ['quando aparece alguém do suporte?', 'indirect'],
    ['ma quando risponde qualcuno?', 'indirect'],
    // Nobody human to answer: a complaint that asks for one.
    ['only bots here? no human to talk to?', 'indirect'],
    ['¿solo bots? ¿ningún humano que me atienda?', 'indirect'],
    ['que des robots ? aucun humain pour me répondre ?', 'indirect'],
    ['só robô? nenhum humano pra falar comigo?', 'indirect'],
    ['solo robot? nessun umano che mi aiuti?', 'indirect'],
    // A person named by what they are: an interlocutor, a colleague, someone with access, someone higher up.
    ['Preciso de um interlocutor humano, por favor.', 'terse'],
    ['Ho bisogno di un interlocutore umano.', 'direct'],
    ['Necesito un interlocutor, no un contestador', 'terse'],
    ['Gostaria de falar com um dos vossos colaboradores.', 'direct'],
    ['Ich hätte gern einen persönlichen Ansprechpartner.', 'direct'],
    ['can someone with access to my account check this?', 'indirect'],
    ['please get someone higher up', 'terse'],
    // Transfers to a department by its name, and to a person put on the line.
    ['get me the returns department', 'direct'],
    ['geben Sie mir die Beschwerdestelle', 'direct'],
    ['redirigez-moi vers le service facturation', 'transfer'],
    ['kannst du mich zur Rechnungsabteilung durchstellen?', 'direct'],
    ["trasferisci all'ufficio reclami", 'direct'],
    ['enough of the robot, put a human on', 'reject_bot'],
    ['put a human on, please', 'transfer'],
    ["j'ai juste besoin qu'on me rappelle", 'transfer'],
    // Shorthand: Mexican "ocupo", "x fa".
    ['ocupo hablar con un asesor', 'direct'],
    ['un agente x fa', 'terse'],
  ])('hears %j (%s)', (text, form) => {
    expect(detectExplicitRequest(text)?.form).toBe(form);
  });

  it.each([
    // A need that may come some day.
    'if I ever need to talk to an agent later, is the chat saved?',
    'si más adelante necesito hablar con un asesor, ¿guardáis el historial?',
    "si un jour j'ai besoin de parler à un conseiller, je fais comment ?",
    'falls ich später mit einem Mitarbeiter sprechen muss, wie geht das?',
    'se no futuro eu precisar falar com um atendente, como faço?',
    'se in futuro dovessi parlare con un operatore, come faccio?',
    // Someone else's written words.
    "my sister texted me 'just ask for a manager' but you sorted it, thanks",
    "mi hermano escribió 'pide un humano' en el grupo, pero ya está resuelto",
    // A call center named, not a call wished for; someone coming for a job at the door.
    "l'operatore del call center è stato bravissimo ieri",
    'el agente del call center fue muy amable',
    'when will someone come to fix the boiler?',
    'when will someone deliver my parcel?',
    // "prefer" and "explain" without a person to take over.
    'I prefer to explain it in writing',
    'can you explain the charge to me?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('someone described by a relative clause, and someone the customer knows', () => {
  it.each([
    ['Can somebody who can actually see my account take a look at this?', 'indirect'],
    ['can someone who knows the product help me?', 'indirect'],
    ['alguien que trabaje ahí me puede atender?', 'indirect'],
    ["quelqu'un qui a accès aux commandes peut regarder ?", 'indirect'],
    ['qualcuno che conosce il prodotto mi può aiutare?', 'indirect'],
    ['alguém que entenda disso pode me ajudar?', 'indirect'],
    ['quem é o chefe aí?', 'indirect'],
  ])('hears %j (%s)', (text, form) => {
    expect(detectExplicitRequest(text)?.form).toBe(form);
  });

  it.each([
    'I know someone who can help me with that, thanks',
    'my friend knows someone who can fix it',
    'conozco a alguien que me lo puede arreglar',
    "je connais quelqu'un qui peut le réparer",
    'can anyone who bought it say if it runs small?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the eighth blind set (corpus/explicit-request.blind6.jsonl): the class, in every language', () => {
  it.each([
    // A pronoun pointing back at someone or a team named just before.
    ["Who's in charge of refunds there? I need to speak with her.", 'direct'],
    ['¿Hay un encargado de tienda? Quiero hablar con él ahora.', 'direct'],
    ["Il y a bien un responsable ? Je veux lui parler.", 'direct'],
    ['Wer ist Ihr Teamleiter? Verbinden Sie mich mit ihm.', 'direct'],
    ['Tem um setor de cobrança, né? Me passa pra eles.', 'direct'],
    ["C'è un responsabile del negozio? Voglio parlare con lui.", 'direct'],
    // Words run together.
    ['talktoa human', 'direct'],
    ['hablarcon alguien', 'direct'],
    // An ultimatum: a person sorts it out or the customer leaves.
    ['Either a manager sorts this out today or I close my account', 'indirect'],
    ['O mi risponde un operatore subito o disdico tutto', 'indirect'],
    // Regional and rushed forms.
    ['regáleme un asesor por favor', 'transfer'],
    ['mi dai un operatore vero?', 'direct'],
    ['file-moi un conseiller', 'transfer'],
    ["Your support team is in today, right? I'd like one of them to call me.", 'direct'],
    ['AGENTE POR FAVOR YA ME CANSE', 'terse'],
  ])('hears %j (like %s)', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A condition or a maybe, and a time to come: a request for later, not now.
    "If the update doesn't help, I'll ask for a supervisor.",
    'Si mañana sigue igual, pediré hablar con un responsable.',
    'Si ça ne marche pas demain, je demanderai un conseiller.',
    'Wenn es morgen nicht geht, will ich dann einen Vorgesetzten.',
    'Se amanhã não resolver, vou pedir pra falar com um gerente.',
    'Se domani non va, chiederò di parlare con un responsabile.',
    'Maybe next month I will need to speak to an advisor about a loan.',
    // Asking whether a person is needed at all, declining an offer, a past intention.
    'Do I have to talk to an agent to change my plan, or can I do it here?',
    'Per cambiare piano devo parlare con un operatore o posso farlo da qui?',
    'You offered to transfer me to an agent: no thanks, all sorted.',
    "J'allais demander un conseiller, mais finalement non.",
    'Stell mich zu niemandem durch, danke.',
    // A pronoun after a third party, not the company's person.
    'My travel agent booked the wrong dates, can I change them with her?',
    // Person-to-person payments, team shirts.
    'Kann ich Zahlungen von Person zu Person machen?',
    'do you have the team shirts in XL?',
    'Gibt es die Team-Trikots auch in XXL?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });

  it('still hears a condition about the bot, with no time to come', () => {
    expect(detectExplicitRequest("If you can't help me, I want a human")).toBeDefined();
    expect(detectExplicitRequest('si no puedes ayudarme, pásame con un asesor')).toBeDefined();
  });
});

describe('found by the ninth blind set (corpus/explicit-request.blind7.jsonl): the class, in every language', () => {
  it.each([
    // Someone from a team or place, then the verb: the team's name no longer hides the ask.
    ['could someone in billing ring me back this afternoon?', 'indirect'],
    ['que alguien del departamento de reclamaciones me contacte', 'indirect'],
    ["quelqu'un de la comptabilité peut me téléphoner ?", 'indirect'],
    ['kann mich jemand aus dem Kundenservice zurückrufen?', 'indirect'],
    ['alguém da equipe de suporte pode me ligar?', 'indirect'],
    ['qualcuno della contabilità può telefonarmi?', 'indirect'],
    ["Le responsable du magasin de Nantes peut-il m'appeler ?", 'indirect'],
    // One of you.
    ['could one of you check my order by hand?', 'indirect'],
    ['¿alguno de ustedes puede revisar mi pedido?', 'indirect'],
    ["l'un de vous peut vérifier ma commande ?", 'indirect'],
    ['kann einer von euch meine Bestellung prüfen?', 'direct'],
    ['algum de vocês consegue verificar meu pedido?', 'indirect'],
    ['qualcuno di voi può verificare il mio ordine?', 'indirect'],
    // Sending someone, an appointment with someone, asking who to talk to.
    ['please send an engineer, the meter is sparking', 'transfer'],
    ['manden a un técnico, por favor', 'transfer'],
    ['pouvez-vous envoyer un technicien demain ?', 'transfer'],
    ['können Sie jemanden vorbeischicken?', 'transfer'],
    ['podem mandar um técnico amanhã?', 'transfer'],
    ['potete mandare un tecnico domani?', 'transfer'],
    ['I want an appointment with one of your advisers', 'direct'],
    ['quisiera una cita con un asesor', 'direct'],
    ['je voudrais un rendez-vous avec un conseiller', 'direct'],
    ['vorrei un appuntamento con un consulente', 'direct'],
    ["¿con quién puedo hablar de esto?", 'indirect'],
    ["à qui je peux parler de ça ?", 'indirect'],
    ['an wen kann ich mich wenden?', 'indirect'],
    ['com quem posso falar sobre isso?', 'indirect'],
    ['con chi posso parlare per questo?', 'indirect'],
    // A person reading or reviewing; "one" pointing back; an elided "s'" after a person.
    ['can a human read this please?', 'indirect'],
    ['Un superviseur peut-il relire mon dossier ?', 'indirect'],
    ['Un responsabile può rivedere la pratica?', 'indirect'],
    ['reps available? need one', 'direct'],
    ["je veux qu'un humain s'occupe de moi", 'direct'],
    ['¿me pasan con un asesor?', 'transfer'],
  ])('hears %j (like %s)', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // The team named, but no one asked for.
    'people on my calls keep telling me to speak up, is it my mic?',
    'O atendente da loja me mandou falar aqui',
    '¿me puedes contestar por correo en vez de llamarme?',
    'one of you sent me the wrong size',
    // Passing something on, with no contact wanted.
    'Can you forward my complaint to the store manager? No need for anyone to get back to me.',
    "Transmettez ma réclamation au gérant, pas besoin qu'on me recontacte.",
    'Leiten Sie das an den Filialleiter weiter, es muss sich niemand bei mir melden.',
    // A word one edit from another language's: "passage", "reference".
    "Le passage du technicien c'est bien mardi ?",
    'I need the phone number for a reference form',
    // Someone else's words, and "one" that is a thing.
    "Mi tía siempre anda diciendo 'pide hablar con el gerente', pero prefiero resolverlo aquí.",
    'Do you sell chargers? I need one',
    'Our agents love the headset. I need one too',
    "the human's number is on the invoice",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the tenth blind set (corpus/explicit-request.blind8.jsonl): the class, in every language', () => {
  it.each([
    // One of the company's people, then can or must: the verb after need not be one of talking.
    ["quelqu'un de chez vous pourrait vérifier ma facture ?", 'indirect'],
    ['qualcuno di voi può controllare la mia bolletta?', 'indirect'],
    ['¿alguien de vuestro equipo puede revisar mi factura?', 'indirect'],
    ['alguém de vocês pode checar minha fatura?', 'indirect'],
    ['es muss jemand von euch den Zähler prüfen', 'indirect'],
    ['someone from your side needs to fix my bill', 'indirect'],
    ['I would be grateful if one of your colleagues could ring me', 'indirect'],
    // The customer's own writing, far from "ich": not someone else's words.
    ['Ich habe Ihnen das jetzt schon zweimal genau so geschrieben. Kann sich das bitte ein Mensch ansehen?', 'direct'],
    // Call me, then where or when.
    ['can you call me back on my landline?', 'transfer'],
    ['pouvez-vous me rappeler sur mon fixe ?', 'transfer'],
    ['me ligue no fixo, por favor', 'transfer'],
    ['mi richiamate sul fisso?', 'transfer'],
    ['¿podéis llamarme al móvil esta tarde?', 'transfer'],
    ['me pueden marcar mañana?', 'transfer'],
    // A messaging channel to the company's people.
    ['do you have a whatsapp for the support team?', 'indirect'],
    ['¿hay whatsapp de servicio al cliente?', 'indirect'],
    ['il existe un whatsapp du service client ?', 'indirect'],
    ['habt ihr whatsapp für den kundendienst?', 'indirect'],
    ['tem whatsapp do atendimento ao cliente?', 'indirect'],
    ["c'è un whatsapp del servizio clienti?", 'indirect'],
    // Anyone alive over there?
    ['anybody alive in there??', 'indirect'],
    ['¿hay alguien vivo por ahí?', 'indirect'],
    ["il y a quelqu'un de vivant ?", 'indirect'],
    ['hallo, lebt da jemand bei euch?', 'indirect'],
    ['tem alguém vivo nessa empresa?', 'indirect'],
    ["c'è anima viva?", 'indirect'],
    // Not you: someone else.
    ['not you, somebody who works for the company', 'direct'],
    ["pas toi, quelqu'un qui travaille chez vous", 'terse'],
    // A lady or a gentleman, as older customers ask.
    ['can a lady ring me please, I am 82', 'indirect'],
    ['¿una señorita me puede llamar?', 'indirect'],
    ["une dame pourrait m'appeler ?", 'indirect'],
    ['kann mich ein Herr anrufen?', 'direct'],
    ['um senhor pode me ligar?', 'indirect'],
    ["c'è una signora che mi può aiutare?", 'indirect'],
    // A preference for a person.
    ["I'd prefer sorting this out with someone on the phone", 'direct'],
    ['prefiero arreglarlo con alguien por teléfono', 'direct'],
    ["je préfère voir ça avec quelqu'un au téléphone", 'direct'],
    ['ich kläre das lieber mit jemandem am Telefon', 'direct'],
    ['prefiro resolver isso com alguém por telefone', 'direct'],
    ['preferisco sistemarlo con qualcuno al telefono', 'direct'],
    ["I'd feel more comfortable if an adviser handled this", 'direct'],
    // Formal letters, in the subjunctive or the passive.
    ['Les agradecería que alguno de sus asesores me contactara.', 'direct'],
    ['Madame, Monsieur, je sollicite un entretien avec un conseiller.', 'direct'],
    ['Agradecia que um dos vossos técnicos me ligasse.', 'direct'],
    ['Gostaria de ser contactada por alguém da equipa comercial.', 'transfer'],
    // Send a technician.
    ['schicken Sie mir bitte einen Techniker', 'transfer'],
    ['mandem um técnico aqui em casa', 'transfer'],
  ])('hears %j (like %s)', (text, form) => {
    expect(detectExplicitRequest(text)?.form).toBe(form);
  });

  it.each([
    // People compared or counted.
    'you explain things better than the agents on the phone',
    'explicas mejor que los agentes del teléfono',
    'tu expliques mieux que les conseillers',
    'você explica melhor do que os atendentes',
    'how many agents work on weekends?',
    '¿cuántas personas trabajan en vuestra tienda?',
    'combien de conseillers travaillent le dimanche ?',
    'wie viele Mitarbeiter arbeiten bei euch?',
    'quantas pessoas cabem nessa barraca?',
    'quante persone servono per montarlo?',
    // Instead of a call.
    'could you email me instead of calling me?',
    "écrivez-moi au lieu de m'appeler",
    'me manda um email em vez de me ligar',
    // Next time it happens, not now.
    'wenn das wieder passiert, verlange ich einen Vorgesetzten',
    'se capita di nuovo chiedo un responsabile',
    'si vuelve a pasar otra vez pido un supervisor',
    // A preference that is not for a person, or against one.
    "I'd rather not speak to anyone, just tell me the fee",
    'je préfère le modèle pour deux personnes',
    'Nächstes Mal bestell ich lieber im Laden und lass mich dort beraten.',
    // Something sent or passed on, then when: only a call is asked for with a day after it.
    'schickt mir am Montag die Rechnung',
    'pásame hoy el enlace',
    'me passa hoje o boleto',
    'transfer me this amount',
    // Messaging that is no way to reach staff; someone of yours who did something.
    'my whatsapp is not receiving your messages',
    'the agent sent me a whatsapp yesterday',
    'someone from your company called me yesterday',
    "quelqu'un de chez vous ne peut pas m'aider ?",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the sixth blind topic set (corpus/topics.blind6.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Someone using the card or the account; money passed on for a stranger; off the platform; SIM swaps.
    ['someone has been using my card at petrol stations in Spain', 'fraud'],
    ["the phone number and email on my account were changed and it wasn't me", 'fraud'],
    ['a guy offered me a job receiving money into my account and transferring it on', 'fraud'],
    ['me ofrecieron recibir dinero en mi cuenta y pasarlo a otra', 'fraud'],
    ["un soi-disant conseiller m'a demandé mes codes", 'fraud'],
    ['der Verkäufer wollte, dass ich außerhalb der Plattform bezahle', 'fraud'],
    ['auf dem Konto sind Abbuchungen von einer Firma, die ich nicht kenne', 'fraud'],
    ['o vendedor pediu pagamento fora da plataforma', 'fraud'],
    ['caiu um pix de um número desconhecido e agora pedem de volta', 'fraud'],
    ['mi hanno fatto il sim swap, il telefono non ha più rete', 'fraud'],
    ['ci sono due addebiti che non ho mai fatto', 'fraud'],
    // Mind and fever; cough syrup for a child.
    ["I've been having panic attacks every night", 'medical'],
    ['tengo ataques de pánico desde hace un mes', 'medical'],
    ["je fais des crises d'angoisse depuis le déménagement", 'medical'],
    ['seit Wochen habe ich Panikattacken', 'medical'],
    ['estou tendo crises de ansiedade', 'medical'],
    ['ho attacchi di panico da settimane', 'medical'],
    ['my son has had a fever since the vaccine', 'medical'],
    ['mi hija tiene fiebre desde ayer', 'medical'],
    ["il a de la fièvre depuis ce matin", 'medical'],
    ['wie viel Hustensaft darf meine Tochter nehmen?', 'medical'],
    ['meu bebê está com febre', 'medical'],
    ['ha la febbre alta da due giorni', 'medical'],
    // Claims on a policy; an overdraft and reminders.
    ['does my policy cover a cracked screen? I want to put a claim in', 'finance'],
    ['wie mache ich eine Schadensmeldung bei der Haftpflicht?', 'finance'],
    ['vorrei aprire un sinistro per la grandine', 'finance'],
    ['mein Dispo ist ausgereizt und es kommen Mahnungen', 'finance'],
    // Drivers, a child in a hot car, shocks, smoke, threats, a life.
    ['the delivery driver was driving drunk', 'safety'],
    ['el repartidor iba conduciendo borracho', 'safety'],
    ['o motorista está dirigindo a 150 por hora', 'safety'],
    ['there is a child alone in a car in your car park, it is 30 degrees', 'safety'],
    ["il y a un enfant seul dans une voiture sur votre parking", 'safety'],
    ['ein Kind allein im Auto auf eurem Parkplatz', 'safety'],
    ['tem uma criança sozinha no carro no estacionamento', 'safety'],
    ['ich habe am Toaster einen Stromschlag bekommen', 'safety'],
    ['sale humo del enchufe', 'safety'],
    ["my ex says he'll hurt me if I don't pay", 'safety'],
    ["I keep thinking of ending it", 'safety'],
    // The law by its everyday words and its Italian bodies.
    ['quello che fate è illegale', 'legal'],
    ["faccio un esposto all'AGCOM", 'legal'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Titles of films and books.
    'do you have the film Fraud on DVD?',
    "¿tenéis el libro 'Fraude' en tapa blanda?",
    'vous avez le film Fraude en blu-ray ?',
    'gibt es den Film Betrug auch auf DVD?',
    'o livro Fraude está em promoção?',
    "avete il film 'Frode' in DVD?",
    // Clothes, sweets and jokes.
    'medical scrubs in size S?',
    '¿tenéis ambo de médico en talla M?',
    'casacca medica taglia L disponibile?',
    'tem jaleco de médico tamanho P?',
    'an overdose of sugar this weekend lol, any diet ones?',
    'che ansia aspettare questo ordine',
    'tô com ansiedade pro meu pedido chegar',
    // A latch is no insurance, a warranty no policy; words of these rules in everyday senses.
    'el seguro de la puerta del horno está roto',
    'o seguro da porta do forno quebrou',
    'how do I make a claim for a warranty repair?',
    'Transportschaden melden, wie geht das?',
    'das Paket wurde angeblich von DHL zugestellt',
    "le colis soi-disant livré n'est jamais arrivé",
    'preciso de outra chave do armário',
    'a impressora não quer parar de imprimir',
    'il prodotto esposto in vetrina è scontato?',
    'non ho mai fatto un reso, come si fa?',
    "what's the temperature of the freezer?",
    'ich stehe gerade total unter Strom, wann kommt das Paket?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the seventh blind topic set (corpus/topics.blind7.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // The bank asking about a payment; a link followed by card details; a new SIM; a seller gone; a brick in the box; money passed on; a fake colleague.
    ['my bank phoned me about a £600 purchase on your site that I never made', 'fraud'],
    ['ma banque m\'a appelé au sujet d\'un paiement de 300 € chez vous', 'fraud'],
    ['mi banco me llamó por un cargo de 200 euros en su tienda', 'fraud'],
    ['die Bank hat mich angerufen wegen einer Zahlung bei euch über 400 €', 'fraud'],
    ['a banca mi ha chiamato per un pagamento di 500 euro sul vostro sito', 'fraud'],
    ['recebi um email do banco dizendo que fiz uma compra de R$ 900 aí', 'fraud'],
    ['I clicked it and put in my card details, now there\'s a payment I don\'t know', 'fraud'],
    ['a new SIM was activated on my number without me asking', 'fraud'],
    ['the seller blocked me after I paid', 'fraud'],
    ['el vendedor me bloqueó después de pagar', 'fraud'],
    ['le vendeur m\'a bloqué après le virement', 'fraud'],
    ['o vendedor sumiu depois do pix', 'fraud'],
    ['il venditore non risponde più dopo il pagamento', 'fraud'],
    ['Der Shop ist verschwunden, seit ich bezahlt habe', 'fraud'],
    ['the parcel arrived with a brick inside instead of the laptop', 'fraud'],
    ['j\'ai trois prélèvements inconnus sur mon compte', 'fraud'],
    ['jemand hat sich am Telefon als Mitarbeiter von euch ausgegeben', 'fraud'],
    ['quelqu\'un a changé le mot de passe de mon compte', 'fraud'],
    ['un tizio mi ha proposto di ricevere bonifici sul conto e girarli a un altro', 'fraud'],
    ['ci sono due prelievi che non ho mai autorizzato', 'fraud'],
    ['das war ich nicht, die Überweisung habe ich nie gemacht', 'fraud'],
    // Rotten eggs and gas; a button cell or magnet in a mouth; threats from someone who knows the address; failing brakes; a child choking; not around much longer.
    ['the delivery man said he knows where I live', 'safety'],
    ['the flat smells of rotten eggs since the boiler service', 'safety'],
    ['es huele a huevos podridos desde que conectaron la cocina', 'safety'],
    ['es riecht nach faulen Eiern im Keller', 'safety'],
    ['ça sent l\'oeuf pourri près de la chaudière', 'safety'],
    ['mio figlio ha una batteria a bottone in bocca', 'safety'],
    ['meine Tochter hat eine Knopfzelle verschluckt', 'safety'],
    ['le gaz a été branché hier et ça sent fort le gaz', 'safety'],
    ['desde que instalaron el calentador huele raro, como a gas', 'safety'],
    ['tem um cheiro forte a gás na cozinha', 'safety'],
    ['mi ex me ha pegado y tiene mi dirección', 'safety'],
    ['il m\'a menacée quand j\'ai refusé', 'safety'],
    ['mi ha minacciata al telefono', 'safety'],
    ['the brakes failed on the scooter going downhill', 'safety'],
    ['my baby nearly choked on a piece of the toy', 'safety'],
    ['mi bebé casi se ahoga con una pieza', 'safety'],
    ['I won\'t be around much longer anyway', 'safety'],
    // Pregnancy weeks and midwives, operations and specialists, dialysis, asthma, a slipped disc, rehab.
    ['I\'m 30 weeks pregnant, can I still fly?', 'medical'],
    ['my midwife says I should rest', 'medical'],
    ['I had a hip replacement and need an aisle seat', 'medical'],
    ['nach der Knie-OP kann ich nicht laufen', 'medical'],
    ['je suis sous dialyse trois fois par semaine', 'medical'],
    ['soy asmática y la moqueta me da crisis', 'medical'],
    ['o meu pneumologista recomendou outro colchão', 'medical'],
    ['ho un\'ernia del disco, questo materasso va bene?', 'medical'],
    ['bin ab Montag in der Reha', 'medical'],
    ['my cardiologist said no caffeine', 'medical'],
    // Overdrafts in each country's words, credit files and agencies, tax deductions.
    ['will this show up on my credit file?', 'finance'],
    ['I\'m overdrawn and the fees keep coming', 'finance'],
    ['mon découvert autorisé est de 500 €', 'finance'],
    ['vorrei attivare un fido sul conto', 'finance'],
    ['estoy en números rojos por su cobro', 'finance'],
    ['passei o limite do cheque especial', 'finance'],
    ['kann ich das steuerlich absetzen?', 'finance'],
    ['wird das an die Auskunftei gemeldet?', 'finance'],
    // Legally entitled, money claims, legal-expenses insurance, conciliators, small-claims courts.
    ['am I legally entitled to a refund?', 'legal'],
    ['I\'ll file a money claim online', 'legal'],
    ['ich habe eine Rechtsschutzversicherung und die meldet sich', 'legal'],
    ['j\'ai saisi le conciliateur de justice', 'legal'],
    ['vou entrar no juizado especial', 'legal'],
    ['ho chiamato la mia tutela legale', 'legal'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // The same words in everyday senses: a bank confirming a transfer, asleep when the courier came, discovering, a nightstand,
    // a milk carton, a phone that is a brick, bad eggs, a speaker, a discount code, a title, job applications.
    'my bank called to say the transfer to you went through',
    'I was asleep when the courier came, can he come back?',
    'how do I add a new payee in the app?',
    'I\'ve never been to your Leeds store, where is it?',
    'je n\'ai jamais mis les pieds dans votre magasin, il est où ?',
    'j\'ai découvert que la commande était partie',
    'he descubierto que el pedido llegó',
    'descobri que o pedido chegou ontem',
    'mi fido di voi, mandatemi quello nuovo',
    'el buró de madera llegó rayado',
    'vendez-vous une brique de lait d\'avoine ?',
    'mi móvil es un ladrillo desde la actualización',
    'you sent me rotten eggs in the grocery order',
    'die Eier waren faul, ich will mein Geld zurück',
    'do you sell wheelchair ramps?',
    'the sales consultant told me it ships free',
    'l\'enceinte bluetooth de 20 W est en stock ?',
    'da war ich nicht zuhause, bitte neu zustellen',
    'wie funktioniert die Fernwartung für meinen Router?',
    'non l\'ho mai fatto prima, come si fa un reso?',
    'non riesco a leggere il codice sconto',
    'quiero comprar un nuevo dispositivo',
    'eu estava dormindo quando o entregador chegou',
    'the film Legally Blonde on blu-ray?',
    'nothing really matters, just send any colour',
    'vendete batterie a bottone CR2032?',
    'habt ihr Knopfzellen CR2032?',
    'the phone case is medical grade silicone?',
    'o sistema deu erro ao processar o pagamento',
    'I\'m applying for the fraud analyst internship',
    'estoy aplicando a la vacante de analista de fraude',
    'bewerbung als Praktikant in der Rechtsabteilung, wo schicke ich den Lebenslauf hin?',
    'ich möchte das Abo abschreiben lassen',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the eleventh blind set (corpus/explicit-request.blind9.jsonl): the class, in every language', () => {
  it.each([    // Front desks, sales, claims and the people of clinics, insurers and councils; whoever handles the customer's file;
    // a call or time with someone; callbacks about something; an address a person reads; ultimatums whose condition is
    // the person; German teams named by compounds of -dienst and -schalter.
    'could I speak to the receptionist please, the online form is broken',
    'can the nurse call me back about my prescription?',
    'I\'d like to speak with my claims handler today',
    'put me through to sales, we want 50 licences',
    'can I talk to reception about a late check-out?',
    '¿me pasa con recepción, por favor?',
    'pásame con ventas, quiero un presupuesto',
    'je voudrais parler à l\'accueil de l\'hôtel',
    'verbinden Sie mich bitte mit dem Empfang',
    'posso falar com a recepção? o quarto está sem toalhas',
    'mi passa la segreteria per favore?',
    'quero falar com o financeiro sobre a minha fatura',
    'I need to speak to my caseworker this week',
    'je dois parler à mon gestionnaire de sinistre',
    'ich muss mit meinem Sachbearbeiter sprechen',
    'vorrei sentire il mio agente prima di firmare',
    'can we set up a call with one of your engineers?',
    'podemos agendar una llamada con un comercial?',
    'on peut caler un appel avec un ingénieur ?',
    'possiamo fissare una call con un vostro tecnico?',
    'please loop in someone from your billing team',
    'I\'d like to negotiate a payment plan with an agent',
    'quiero negociar la deuda con una persona',
    'Bitte um Rückruf wegen meiner Rechnung',
    'kann mich jemand zurück rufen',
    'la enfermera me puede devolver la llamada?',
    'o técnico pode me retornar hoje?',
    'vorrei che l\'assistenza mi richiamasse domani',
    'is there an email address where a person actually answers?',
    '¿hay algún correo donde me conteste un humano?',
    'gibt es eine E-Mail-Adresse wo ein Mensch antwortet?',
    'if I don\'t get a human on the phone today, I\'m leaving',
    'unless someone from your team rings me by Monday I\'m cancelling',
    'si no me llama nadie de vuestro equipo hoy, me doy de baja',
    'si vous ne me passez pas un conseiller, je résilie',
    'wenn mich bis morgen niemand aus eurem Team anruft, kündige ich',
    'se ninguém da equipe me ligar hoje, cancelo',
    'se non mi passate un operatore subito, disdico',
    'either a person sorts this out today or I\'m off',
    'ich will mit dem Notfalldienst sprechen',
    'ich möchte mit dem Fundsachenschalter sprechen',
    'escaladez mon dossier à un responsable svp',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Likeness ("like a normal person"), reminders to call a doctor, a subject rather than a team ("talk about billing"),
    // the languages staff speak, French "je l'ai", words the new ones could swallow by typo correction (export, México),
    // threats for next time, a maybe, doctors and nurses who advised, a past call, call centres.
    'talk to me like a normal human being',
    'write this like a person would, not so stiff',
    'reescribe esto como una persona normal',
    'schreib das wie ein Mensch',
    'réponds comme un humain stp',
    'scrivi come una persona vera',
    'fala comigo como gente',
    'remind me to call the doctor at 5',
    'recuérdame llamar al médico mañana',
    'rappelle-moi d\'appeler le médecin demain',
    'erinnere mich, morgen den Arzt anzurufen',
    'me lembra de ligar pro médico amanhã',
    'ricordami di chiamare il medico',
    'I want to talk about billing',
    'can we talk about the sales tax on this?',
    'quiero hablar sobre la facturación de este mes',
    'which languages does your support team speak?',
    '¿qué idiomas habla su equipo?',
    'pas de souci, je l\'ai reçu hier',
    'j\'ai besoin d\'exporter mes factures',
    'I need to export the call logs for my agents',
    'el pedido viene de México, ¿cuánto tarda?',
    'if it happens again I\'ll ask for a manager',
    'if I don\'t hear back by Friday I\'ll ask for a supervisor',
    'if you don\'t have a human, fine, help me here',
    'if I don\'t need a person for this, can you just do it?',
    'se eu não conseguir, talvez peça um técnico amanhã',
    'O atendente da loja me mandou falar aqui',
    'my doctor said I can\'t lift heavy boxes, can you deliver upstairs?',
    'the nurse recommended this cream, is it in stock?',
    'is this suitable for nurses working night shifts?',
    'ieri abbiamo fatto la call con il commerciale, mi mandate il listino?',
    'I checked with my wife and we\'ll keep the order',
    'the reception in my flat is bad, can you send the code by email?',
    'what email address do I use for returns?',
    'the sales were great this year, any new ones coming?',
    'no need to loop in anyone, the bot solved it',
    'are your call centre staff in the UK?',
    'o pessoal do call center é daqui?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twelfth blind set (corpus/explicit-request.blind10.jsonl): the class, in every language', () => {
  it.each([
    // The same advisor as last time; the customer's own account handler; a word with someone; someone who can help by phone;
    // "put me on the line with"; voseo and Brazilian "find me someone"; callbacks in French, Italian and Portuguese; chat
    // shorthand (w/, alg, jmd, wer); colleagues.
    'can I get the same agent as last time?',
    'quisiera el mismo asesor de la otra vez',
    'je voudrais la même conseillère que la semaine dernière',
    'ich hätte gern dieselbe Beraterin wie letztes Mal',
    'posso ter o mesmo atendente de ontem?',
    'vorrei la stessa operatrice di stamattina',
    'mi ejecutivo de cuenta, por favor',
    'meine Kundenbetreuerin bitte',
    'il mio gestore, per favore',
    'can I have a word with someone from billing?',
    'how can I get hold of someone in your returns team?',
    'quelqu\'un peut m\'aider au téléphone ?',
    'kann mir jemand telefonisch weiterhelfen?',
    '¿alguien me puede ayudar por teléfono?',
    'alguém pode me ajudar por telefone?',
    'qualcuno mi può aiutare al telefono?',
    'mettez-moi en ligne avec un conseiller',
    'conseguime a alguien que sepa de facturas',
    'me arruma alguém que saiba resolver isso',
    'qu\'on me rappelle, svp',
    'che mi richiamino, grazie',
    'é possível ligarem-me à tarde?',
    'kann mich wer anrufen, bitte',
    'need 2 talk w/ someone about my order',
    'pasame con alg de ventas',
    'will mit jmd von euch sprechen',
    'could one of your colleagues go through the quote with me?',
    'un de vos collègues peut-il me rappeler ?',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A request the customer was going to make and did not; before calling anyone; a callback or an agent in the past;
    // not wanting to bother the staff; a legal representative on a form.
    'I was going to ask for an agent, but you fixed it',
    'iba a pedir un agente pero ya está resuelto',
    'ia pedir um atendente, mas já resolvi',
    'stavo per chiedere un operatore, ma hai risolto tu',
    'j\'allais demander un conseiller, mais c\'est bon',
    'ich wollte eigentlich einen Mitarbeiter verlangen, aber passt schon',
    'before I call anyone, what is the returns address?',
    'antes de llamar a alguien, ¿dónde veo el pedido?',
    'bevor ich jemanden anrufe: wo finde ich die Rechnung?',
    'antes de ligar pra alguém, onde vejo o boleto?',
    'prima di chiamare qualcuno, dove trovo la fattura?',
    'avant d\'appeler quelqu\'un, où est ma facture ?',
    'un conseiller m\'a rappelé ce matin, c\'est réglé',
    'un operatore mi ha richiamato stamattina, tutto ok',
    'el agente me habló de una garantía, ¿qué cubre?',
    'o atendente já resolveu, obrigado',
    'ich will Ihre Mitarbeiter nicht stören, nur eine Frage zur Lieferung',
    'qu\'est-ce que je mets comme représentant légal ?',
    'Gestern hatte ich einen Berater am Telefon, war super',
    'oubliez ma demande de rappel, tout est réglé',
    // Who is meant to call, asked as a question, is no callback request.
    'Who is supposed to call me, the courier or you?',
    'Wer soll mich denn anrufen, der Paketdienst oder ihr?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });

  it.each([
    // "bevor ich" voids a clause only when it is before calling someone, not before anything else.
    'bevor ich durchdrehe bitte einen mitarbeiter',
    'Who can call me back about this?',
  ])('still recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });
});

describe('found by the thirteenth blind set (corpus/explicit-request.blind11.jsonl): the class, in every language', () => {
  it.each([
    // Back with the agent by name; a moderator; a human eye; one of you by phone; flesh and blood; someone with
    // authority; a video call with support; dispatch; a formal letter's "I should be grateful if".
    'put me back with Sam please, the chat cut out',
    'vuélveme a pasar con Marta, se cortó',
    'remettez-moi avec Julie svp',
    'verbinden Sie mich wieder mit Frau Klein',
    'me coloca de volta com a Ana',
    'rimettimi con Giulia per favore',
    'Can a moderator look at my ban personally?',
    '¿Puede un moderador revisar mi cuenta bloqueada?',
    'Un modérateur peut-il regarder mon compte ?',
    'Kann ein Moderator mein Konto prüfen?',
    'Um moderador pode olhar minha conta?',
    'Un moderatore può controllare il mio account?',
    'this needs a human eye, the photo is fine',
    'Können wir das telefonisch mit einem von euch klären?',
    'Dá pra resolver por telefone com um de vocês?',
    'Is there someone of flesh and blood there?',
    '¿Hay alguien de carne y hueso?',
    'Il y a quelqu\'un en chair et en os ?',
    'Gibt es da jemanden aus Fleisch und Blut?',
    'Tem alguém de carne e osso aí?',
    'C\'è qualcuno in carne e ossa?',
    'I need someone with authority to approve the refund',
    'J\'ai besoin de quelqu\'un habilité à valider ça',
    'Ich brauche jemanden mit Befugnis für die Freigabe',
    'Videollamada con soporte, ¿es posible?',
    'Un appel vidéo avec le SAV, c\'est possible ?',
    'Videochamada com o suporte, dá?',
    'Can you put me through to dispatch? The driver is at the wrong gate.',
    '¿Me pasas con la central? El conductor está en la puerta equivocada.',
    'Vous pouvez me passer l\'exploitation ?',
    'Können Sie mich mit der Disposition verbinden?',
    'I should be most grateful if a member of your staff would telephone me.',
    'un técnico ya, por favor',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // The customer's own clients asking; booking a doctor, dentist or technician as the service; a request for next
    // time ("should it not arrive, I shall ask…"); a call's recording; feedback on the bot; the price of talking to
    // someone; which adviser it was; no need after all; praise for a robot; a meter to connect; a technician who
    // already fixed it; a moderator as the customer's own role or a past actor.
    'can you connect my account with Spotify?',
    'I\'m a moderator on your forum, how do I pin a post?',
    'One of you already called me, thanks, it\'s fine now.',
    'The central heating is broken, how do I book a repair?',
    'The moderator on your forum deleted my post, is that allowed by the rules?',
    'our users keep asking for a live agent, is that in the Pro tier?',
    'Mis clientes quieren hablar con una persona, ¿vuestro plan lo permite?',
    'Nos clients demandent à parler à un conseiller, c\'est prévu dans l\'offre ?',
    'Unsere Kunden wollen mit einem Mitarbeiter sprechen, geht das im Basistarif?',
    'Nossos clientes pedem pra falar com um atendente, o plano cobre isso?',
    'I nostri utenti vogliono parlare con un operatore, è incluso?',
    'I\'d like to book an appointment with a GP next Tuesday.',
    'Quiero una cita con el médico para el lunes.',
    'Je voudrais un rendez-vous chez le médecin mardi.',
    'Ich möchte einen Termin beim Zahnarzt am Montag.',
    'Quero marcar consulta com o médico na segunda.',
    'Vorrei un appuntamento dal dentista lunedì.',
    'If the parcel doesn\'t arrive by Friday, I shall ask to speak to a manager.',
    'En caso de que no llegue el viernes, solicitaré hablar con un responsable.',
    'Au cas où le colis n\'arrive pas, je solliciterai un responsable.',
    'Qualora il pacco non arrivasse, chiederò di parlare con un responsabile.',
    'Can I get the recording of my call with your agent from Monday?',
    '¿Me podéis mandar la grabación de mi llamada con el agente?',
    'Je voudrais l\'enregistrement de mon appel avec le conseiller.',
    'Posso avere la registrazione della mia chiamata con l\'operatore?',
    'your chatbot should offer a way to talk to a person earlier',
    'el bot debería ofrecer hablar con un agente desde el principio',
    'le bot devrait proposer de parler à un conseiller plus tôt',
    'o bot devia oferecer falar com um atendente logo',
    'il bot dovrebbe proporre di parlare con un operatore prima',
    '¿Hablar con un agente cuesta algo en el plan básico?',
    'Parlare con un operatore costa qualcosa?',
    'Quel conseiller a traité ma demande hier ? Il était très bien.',
    'Pas eu besoin d\'un conseiller, tout est réglé !',
    'Niente male per un robot, grazie.',
    'Dá pra conectar o medidor ao aplicativo?',
    'El técnico ya lo arregló, cancela la visita.',
    'O técnico já resolveu, pode cancelar.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the eighth blind topic set (corpus/topics.blind8.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Euphemisms and regional words: data the law lets the customer see and erase, a notary; an account someone got into,
    // a cloned card, a copy of the shop's site; expecting a baby; in the red, a credit bureau, instalments, an insurance
    // claim; no point going on, rotten eggs, a scooter smoking, someone who knows the address, a collapse.
    ['I want a copy of all the data you hold on me', 'legal'],
    ['the law entitles me to a full refund here', 'legal'],
    ['quiero que borren mis datos, la ley me protege', 'legal'],
    ['je veux effacer mes données, comme la loi m\'y autorise', 'legal'],
    ['welche Daten haben Sie über mich gespeichert? Ich will deren Löschung', 'legal'],
    ['come previsto dalla legge voglio la cancellazione dei miei dati', 'legal'],
    ['mon notaire va vous écrire au sujet du contrat', 'legal'],
    ['someone got into my account and ordered stuff', 'fraud'],
    ['me clonaron la tarjeta ayer', 'fraud'],
    ['quelqu\'un s\'est connecté à mon compte depuis l\'étranger', 'fraud'],
    ['da sind drei Bestellungen, die ich nie aufgegeben habe', 'fraud'],
    ['entraram na minha conta e mudaram a senha', 'fraud'],
    ['ho messo i dati della carta su un sito identico al vostro', 'fraud'],
    ['I\'m expecting, is this cleaner safe?', 'medical'],
    ['estoy en estado de buena esperanza, ¿puedo usarlo?', 'medical'],
    ['nous attendons un heureux événement, ce produit est-il sûr ?', 'medical'],
    ['ich bin guter Hoffnung, ist das unbedenklich?', 'medical'],
    ['estou de barriga de cinco meses, posso usar?', 'medical'],
    ['sono in dolce attesa, va bene questo spray?', 'medical'],
    ['my account went into the red because of your late refund', 'finance'],
    ['¿esto me afecta en el buró de crédito?', 'finance'],
    ['je n\'arrive plus à suivre les échéances du canapé', 'finance'],
    ['sono andato in rosso per colpa del rimborso', 'finance'],
    ['quero abrir um sinistro do seguro do celular', 'finance'],
    ['honestly I don\'t see the point of going on', 'safety'],
    ['huele a huevo podrido en la cocina', 'safety'],
    ['la batterie de la trottinette chauffe et fume', 'safety'],
    ['der Typ weiss, wo ich wohne', 'safety'],
    ['cansei de viver, sério', 'safety'],
    ['la stufa fa un odore tipo gas', 'safety'],
    ['mio padre si è accasciato e respira male', 'safety'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Doctor Who, tyre pressure, a suit colour, a pregnant pause, a law firm moving offices.
    'do you sell the Doctor Who boxset?',
    'che pressione consigliate per la bici da corsa?',
    'le costume bleu notaire existe en 52 ?',
    'there was a pregnant pause on the phone, anyway where is my parcel?',
    'somos un despacho de abogados, cambien la dirección de envío',
    // Red as a colour, a type of gas as a product question.
    'The logo is in the red box at the top of the page, can you make it blue?',
    'Is the sofa still in the red velvet?',
    'Che tipo gas usa questo fornello, metano o GPL?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });

  it.each([
    ['I\'m in the red this month and can\'t pay the invoice', 'finance'],
    ['your fees pushed me into the red again', 'finance'],
    ['c\'è tipo gas in cucina, sento puzza', 'safety'],
  ])('still reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });
});
describe('found by the ninth blind topic set (corpus/topics.blind9.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Topics implied by a situation: a farewell before cancelling, an ex who turns up, a neighbour beaten, a battery
    // that swells or smokes, a hissing gas meter; an allergic reaction, a pacemaker, a stroke, a pregnancy by months;
    // a caller posing as the bank, a code read out, a seller who vanished with the money, a cloned WhatsApp, an
    // account opened in the customer's name; papers served, probate, a hearing date, an eviction; bailiffs, a
    // garnished account, a lost job.
    ['please cancel my subscription, I\'ve given my things away and said goodbye to everyone', 'safety'],
    ['cancelad el pedido, ya me despedí de todos y no lo voy a necesitar', 'safety'],
    ['annulez tout, j\'ai écrit une lettre d\'adieu à ma fille', 'safety'],
    ['bitte kündigen, ich habe schon einen Abschiedsbrief geschrieben', 'safety'],
    ['cancela o plano, já me despedi de todos', 'safety'],
    ['disdite tutto, tanto fra poco non ci sarò più', 'safety'],
    ['my ex-husband showed up at the pickup point again yesterday', 'safety'],
    ['mi ex se presentó otra vez en el portal de mi casa', 'safety'],
    ['mon ex se pointe devant chez moi depuis qu\'il a vu l\'adresse de livraison', 'safety'],
    ['mein Ex-Freund wartet jeden Abend vor meiner Tür', 'safety'],
    ['meu ex descobriu onde eu moro pelo app', 'safety'],
    ['il mio ex si è presentato sotto casa mia ieri', 'safety'],
    ['the neighbour\'s husband beats her, I heard it again last night', 'safety'],
    ['the power bank went puffy and is too hot to touch', 'safety'],
    ['la batterie du vélo fume quand je la charge', 'safety'],
    ['la batteria del monopattino fuma in carica', 'safety'],
    ['the gas meter is hissing in the hallway', 'safety'],
    ['der Gaszähler zischt seit heute Morgen', 'safety'],
    ['my throat is closing up after eating your snack bar', 'medical'],
    ['se me hinchan los labios después de probar la crema', 'medical'],
    ['j\'ai les lèvres qui gonflent après votre shampoing', 'medical'],
    ['meine Lippen schwellen nach dem Probieren an', 'medical'],
    ['my dad has a pacemaker, can he go through the scanner?', 'medical'],
    ['mi padre lleva marcapasos, ¿puede pasar el arco?', 'medical'],
    ['mein Vater hatte einen Schlaganfall, braucht er eine Begleitung?', 'medical'],
    ['posso levar a bomba de insulina na mala de mão?', 'medical'],
    ['mia moglie ha il microinfusore, serve un certificato?', 'medical'],
    ['mi hermana está de seis meses, ¿puede volar?', 'medical'],
    ['a man said he was from your bank and I moved my savings to a safe account', 'fraud'],
    ['me llamaron haciéndose pasar por vuestro banco', 'fraud'],
    ['quelqu\'un se faisant passer pour votre service client m\'a demandé mon code', 'fraud'],
    ['ein Mann gab sich als Ihr Mitarbeiter aus und wollte meine PIN', 'fraud'],
    ['ligaram se passando pelo banco de vocês', 'fraud'],
    ['uno spacciandosi per il vostro servizio clienti mi ha chiesto il codice', 'fraud'],
    ['I gave them the code from the text and now my account email is different', 'fraud'],
    ['paid for a bike via bank transfer and the seller\'s profile has vanished', 'fraud'],
    ['ho pagato una borsa e il sito è sparito il giorno dopo', 'fraud'],
    ['paguei um celular e o site sumiu', 'fraud'],
    ['mein Handy zeigt nur Notruf, und jetzt sind Abbuchungen da', 'fraud'],
    ['I\'ve been served with papers over your invoice', 'legal'],
    ['ich habe eine Zustellungsurkunde vom Amtsgericht bekommen', 'legal'],
    ['mi è arrivata la data dell\'udienza per la vostra fattura', 'legal'],
    ['I\'m the executor of my mother\'s estate, probate is ongoing', 'legal'],
    ['o cartório pediu uma declaração de vocês', 'legal'],
    ['mi casero me quiere echar del piso', 'legal'],
    ['the bailiffs came round about the council tax', 'finance'],
    ['a debt enforcement agent left a notice', 'finance'],
    ['mein Konto wurde gepfändet, deshalb ging die Lastschrift zurück', 'finance'],
    ['ho perso il lavoro e non riesco a pagare la rata', 'finance'],
    ['perdí mi trabajo y no llego a fin de mes', 'finance'],
    ['j\'ai perdu mon emploi, je ne peux plus payer', 'finance'],
    ['someone opened a phone contract in my name', 'fraud'],
    ['alguien abrió una cuenta a mi nombre', 'fraud'],
    ['quelqu\'un a ouvert un crédit à mon nom', 'fraud'],
    ['jemand hat auf meinen Namen einen Vertrag abgeschlossen', 'fraud'],
    ['abriram uma conta no meu nome', 'fraud'],
    ['qualcuno ha aperto un conto a mio nome', 'fraud'],
    ['Alguém clonou o meu WhatsApp e mandou mensagem', 'fraud'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A Kindle Fire, a meter reading, a pressure cooker to buy, an email to change, an ex-colleague, a contract that
    // simply is in the customer's name, flat 3º B ("bbb" once matched every "b"), cloning a number onto a new phone.
    'Do you sell the Kindle Fire in red?',
    'Is the gas meter reading on my bill correct?',
    'Vocês têm a panela de pressão elétrica de 6 litros?',
    'Can I change the email on my account to my new one?',
    'My ex-colleague recommended your shop, do you deliver to Leeds?',
    'Il contratto luce è a mio nome, posso cambiare la tariffa?',
    'El contrato está a mi nombre, ¿puedo cambiar la tarifa?',
    'Plan B please: deliver to my office instead, flat 3º B.',
    'Do you have a 6-month subscription?',
    'ist der Artikel nur für Sauna-Schwitzer geeignet?',
    'The account is in my name, can I add my wife?',
    'Le contrat est à mon nom, je peux changer d\'offre ?',
    'Der Vertrag läuft auf meinen Namen, kann ich den Tarif wechseln?',
    'A conta está no meu nome, posso mudar o plano?',
    'A conta está em meu nome, posso mudar o plano?',
    'quiero clonar mi número a un teléfono nuevo con eSIM, ¿cómo se hace?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});


describe('found by the fourteenth blind set (corpus/explicit-request.blind12.jsonl): the class, in every language', () => {
  it.each([
    // Over the phone with one of you, when asked for; texting shorthand; a word with someone; a menu option by its
    // label; asking for a person again; a visit by your staff; "y a qqn", "c'è qlcn"; one person to answer in writing.
    'Can we sort this over the phone with one of your agents?',
    '¿Podemos verlo por teléfono con uno de ustedes?',
    'On peut régler ça par téléphone avec l\'un de vous ?',
    'Possiamo sistemarlo al telefono con uno di voi?',
    'Podemos resolver isso por telefone com um de vocês?',
    'cn i tlk to sm1 pls',
    'hmn operator pls thx',
    'could I have a quick word with someone from your team',
    'y a qqn de vrai ici ?',
    'cè qlcn di vero??',
    'L\'option « parler à un conseiller », celle-là.',
    'how many times do I have to ask for a human',
    'combien de fois je dois demander un conseiller',
    'quante volte devo chiedere un operatore?',
    'quantas vezes vou ter que pedir um atendente?',
    'llevo una hora pidiendo un agente',
    'Could someone from your team come to the flat to check the boiler?',
    'Un conseiller peut-il me répondre par écrit ? Je suis sourd.',
    'Una persona può spiegarmelo al telefono?',
    'Un operatore può chiamarla sul fisso? È mia madre.',
    'Voglio che subentri una persona.',
    'Renvoyez-moi vers un humain, merci.',
    'Merci de me faire rappeler par une vraie personne.',
    'I want to talk to \'a real person\', not this',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone else's words in quotation marks (a grandmother, an advert, a song); thanks to the person in an earlier
    // chat; people serving in a shop; the bot preferred as "the assistant"; no staff needed, the bot will do; already on
    // the phone with someone, or transferred earlier; a phone call in the past; a bot that should offer it (German
    // comma before the infinitive); the price of talking to someone in Portuguese ("a mais" is "extra", not "but").
    'My dad keeps asking \'can I talk to a real person?\' so I set up the app for him.',
    'Mi padre siempre dice \'quiero hablar con una persona\', ya le enseñé la app.',
    'Euer Slogan \'Bei uns sprechen Sie mit Menschen\' ist lustig. Was kostet der Versand?',
    'Como se chama a música do anúncio que diz \'quero alguém pra conversar\'?',
    'thanks to the agent from the chat earlier, all sorted',
    'grazie all\'operatore della chat di ieri, tutto risolto',
    'gracias a la persona del chat de ayer',
    'danke an die Mitarbeiterin im Chat gestern',
    'obrigado ao atendente do chat de ontem',
    'is there staff at the counter in the shop on Sundays?',
    'In negozio c\'è un commesso che parla inglese?',
    'Na loja tem funcionário no balcão depois das 20h?',
    'preferisco l\'assistente, è più veloce. Qual è il saldo?',
    'prefiro o assistente, qual é o meu saldo?',
    'Kein Mitarbeiter nötig, der Bot reicht. Wie ändere ich die PIN?',
    'Ich telefoniere gerade schon mit einem Ihrer Mitarbeiter.',
    'I was transferred to billing earlier and it got fixed, thanks',
    'On m\'a déjà transféré au service client, c\'est en cours.',
    'I was on the phone with an agent yesterday and he said five days.',
    'Ayer hablé por teléfono con un agente y me dijo cinco días.',
    'Lunedì ho parlato al telefono con un operatore, aspetto il rimborso.',
    'Euer Bot sollte früher anbieten, mit einem Menschen zu sprechen.',
    'Falar com um atendente custa a mais no plano básico?',
    'Não preciso mais falar com ninguém, resolvi.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the tenth blind topic set (corpus/topics.blind10.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Account takeover in plain words; a caller or texter claiming to be the company; a farewell; a child left alone;
    // a pet's illness; an estate; slang for being broke; debt collectors; salary-backed loans.
    ['someone has been in my account and changed the password', 'fraud'],
    ['a charge from a shop in Leeds, that wasn\'t me', 'fraud'],
    ['jemand war in meinem Kundenkonto drin', 'fraud'],
    ['quelqu\'un s\'est connecté à mon compte depuis l\'étranger', 'fraud'],
    ['a guy rang saying he was your security team and asked for the code', 'fraud'],
    ['un tipo mi ha chiamato dicendo di essere della banca', 'fraud'],
    ['um moço ligou dizendo que era da central de vocês', 'fraud'],
    ['meine Oma hat einem angeblichen Mitarbeiter ihre TAN gegeben', 'fraud'],
    ['cancel it all, I won\'t be here to need it anyway', 'safety'],
    ['laissez tomber, je serai plus là de toute façon', 'safety'],
    ['pode cancelar, nem vou estar mais aqui', 'safety'],
    ['a child is locked in a car in your car park', 'safety'],
    ['tem uma criança trancada num carro no estacionamento', 'safety'],
    ['our dog had seizures after the new food', 'medical'],
    ['il gatto ha le zampe ustionate dopo il vostro prodotto', 'medical'],
    ['unsere Katze hat blutigen Durchfall, der Tierarzt meint Vergiftung', 'medical'],
    ['I\'m the executor and need her account closed', 'legal'],
    ['estamos con la sucesión de mi padre', 'legal'],
    ['i bin Erbin, wir warten auf die Einantwortung', 'legal'],
    ['I\'m skint till payday, can we move the direct debit?', 'finance'],
    ['sto alla canna del gas, non riesco a pagare la rata', 'finance'],
    ['estoy sin un duro, no llego al recibo', 'finance'],
    ['quero a portabilidade do meu consignado', 'finance'],
    ['wir haben einen Privatkonkurs laufen', 'finance'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Investing in a product; films, series and thrillers about lawyers or scams; the devil's advocate; the price of an
    // insurance, a certificate, a policy number, rental-car cover; an invoice for one's taxes; a billing department.
    'is it worth investing in a good espresso machine?',
    'conviene investire nella versione da 512 giga?',
    'vale a pena investir no plano anual?',
    'do you have that thriller about a bank fraud?',
    'la serie de abogados, ¿está en vuestro catálogo?',
    'il film sulla truffa dei quadri è disponibile?',
    'faccio l\'avvocato del diavolo: conviene l\'altro piano?',
    'Was kostet die Reiseversicherung im Monat?',
    'cuánto cuesta la póliza de hogar básica?',
    'il me faut une attestation d\'assurance pour mon bailleur',
    'mi date il numero di polizza dell\'assicurazione del telefono?',
    'what\'s the excess on the rental car insurance?',
    'renvoyez-moi la facture pour mes impôts svp',
    'preciso da nota fiscal para o imposto de renda',
    'el departamento de cobranza me mandó la factura',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the fifteenth blind set (corpus/explicit-request.blind13.jsonl): the class, in every language', () => {
  it.each([
    // "Représentant" alone; plain-spoken ways to be handed over ("branchez-moi sur", "méteme con", "metti in mezzo",
    // "bota uma pessoa", "stell mich durch"); a legal, logistics or care team, and German compounds of "-management" and
    // "-betreuung"; asking whom to turn to; a callback asked for without naming anyone; a person to approve something;
    // "someone from your company" on its own; "nobody to talk to?" as a complaint that asks.

    'Représentant svp',
    'branchez-moi sur un conseiller',
    'refilez-moi à quelqu\'un d\'autre que le robot, merci',
    'faites intervenir un responsable',
    'vous pouvez me mettre en contact ?',
    'avec qui je dois voir ça, un humain ?',
    'un conseiller peut m\'écrire ce soir ?',
    'méteme con un agente',
    'deriva esto a alguien de soporte',
    'pónganme con el departamento de facturación',
    'metti in mezzo un operatore',
    'smistami a un operatore umano',
    'fate intervenire un responsabile per favore',
    'bota uma pessoa aqui',
    'me põe com o pessoal do financeiro',
    'a quem me dirijo sobre isso?',
    'stell mich durch, bitte',
    'eskalier das an einen Vorgesetzten',
    'Rückruf bitte, heute noch',
    'verbinden Sie mich mit dem Forderungsmanagement',
    'ich möchte die Kundenbetreuung sprechen',
    'quiero hablar con el jurídico',
    'Staff member please',
    'put me in front of someone at your company',
    'can a human approve the refund?',
    'um humano pode autorizar isso?',
    'quelqu\'un de chez vous, svp',
    'alguém da empresa, por favor',
    'possibile che non ci sia nessuno con cui parlare?',
    // A need told as an obligation, a plain person doing the looking.
    'das muss ein Mensch prüfen',
    'esto lo tiene que revisar una persona',
    'questo lo deve guardare un operatore',
    // Asking for people, not asking whether they are people; "not today" does not take the request back.
    'can I talk to real people or just bots here?',
    'je veux parler à des vraies personnes ou je résilie',
    'ich will echte Menschen oder ich kündige',
    'is there a person I can talk to? not today, tomorrow is fine',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Talking first with one's own adviser, spouse or doctor; whether the staff are people or bots, or trained; a
    // question asked "just out of curiosity"; a contact person on a form; the data controller; "mi trasferisco" (I am
    // moving); a callback already had; a request the bot made unnecessary; how hard it is, said of call centres.

    'voy a hablar con mi gestor y te digo',
    'vou falar com o meu contador antes',
    'ich muss das erst mit meinem Mann besprechen',
    'meine Mutter will erst mit dem Hausarzt sprechen',
    'sind Ihre Berater echte Menschen oder Bots?',
    'los agentes del chat son personas o bots?',
    'are your staff trained in sign language?',
    'gibt es Mitarbeiter, die Türkisch sprechen? nur interessehalber',
    'la persona de contacto de la empresa ha cambiado',
    'nel campo persona di riferimento cosa metto?',
    'chi è il responsabile del trattamento dei dati personali?',
    'mi trasferisco a Milano, come cambio indirizzo?',
    'ho già avuto la chiamata dell\'operatore, tutto risolto',
    'pensavo di dover chiedere un operatore ma mi hai già risposto tu',
    'all\'incontro parlavano di quanto è difficile parlare con una persona in banca',
    'is there a person who could show me the shop? just out of curiosity',
    // An obligation for a trade booked as the service, for whoever receives a parcel, or denied.
    'tiene que mirarlo el técnico mañana',
    'der Paketbote muss einen Menschen antreffen, sonst nimmt er es wieder mit',
    'el paquete lo tiene que recoger una persona mayor de edad',
    'no tiene que revisarlo ningún empleado, ya está',
    'das muss kein Mensch prüfen, das geht automatisch',
    'are your agents real people or bots?',
    'vos conseillers sont des vraies personnes ou des robots ?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the sixteenth blind set (corpus/explicit-request.blind14.jsonl): the class, in every language', () => {
  it.each([
    // Back to the person of before (reconnected, handed back, the same adviser as last time); the bot told to fetch
    // someone or pass the case on; a named role (an underwriter, a pharmacist, "the gentleman"); a complaint that no one
    // can be reached; "someone should answer me".

    'the chat cut out, reconnect me with the adviser please',
    'pass this on to whoever is on duty, a person please',
    'go get your supervisor',
    'flag this for a human, you can\'t see my orders',
    'reconéctame con la asesora de antes',
    've a buscar a tu supervisor',
    'pásale esto a un compañero tuyo',
    'va chercher un responsable',
    'transmets ça à un conseiller stp',
    'repassez-la-moi, la conseillère de tout à l\'heure',
    'hol deinen Vorgesetzten',
    'gib das an einen Kollegen weiter',
    'verbinde mich zurück, bitte',
    'me volta pra atendente de antes',
    'passa isso pra um colega teu',
    'mi ricolleghi con l\'operatrice di prima?',
    'gira questo a un collega, grazie',
    'I\'d like a word with an underwriter about my renewal',
    'quiero hablar con el farmacéutico',
    'je veux parler au monsieur du service électricité',
    'same adviser as before please',
    'la misma asesora que la última vez, por favor',
    'dieselbe Beraterin wie letztes Mal bitte',
    'la stessa operatrice di prima grazie',
    'is there really no way to speak to a person?',
    'no hay manera de hablar con una persona?',
    'gibt es keine Möglichkeit, mit einem Mitarbeiter zu sprechen?',
    'não tem como falar com um atendente?',
    'è così difficile parlare con un operatore?',
    'que alguien de ustedes me conteste porfa',
    'irgendein Mitarbeiter soll sich bitte melden',
    // A button chosen by its label, nothing said of it (a button described stays quiet, below).
    'el botón «hablar con un asesor», ese',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A button or widget labelled with a request; a seller (no "teller"); "broken" (no "broker"); knowing one could ask,
    // and a next time; what the lady on the phone said; a brother who asked last week.

    'the \'Chat with an agent\' button overlaps the menu on my phone',
    'el botón \'Hablar con un agente\' no aparece en la web',
    'le bouton « parler à un conseiller » est en anglais',
    'the Live Agent widget takes ages to load',
    'o botão fale com um atendente sumiu do app',
    'how do I contact the seller about a missing part?',
    'the delivery address is wrong, your contact button is broken though',
    'good to know I can ask for an agent, not needed today',
    'si el problema vuelve ya escribiré a soporte',
    'se o erro voltar eu ligo pro suporte',
    'gut zu wissen, dass man nach einem Menschen fragen kann',
    'la señora del teléfono me dijo que use este chat para cambiar la dirección',
    'mi hermano pidió hablar con un agente la semana pasada y le bajaron la tarifa',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the eleventh blind topic set (corpus/topics.blind11.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Money taken at night while the customer slept; a cloned card; a one-time code or TAN handed to an impostor; a
    // look-alike shop; a SIM swap; savings placed in a bond, a term deposit or a pension plan; insolvency; a rent
    // reduction and a class action; blood thinners with a painkiller; a pregnancy week; someone following the customer;
    // a swallowed magnet; a neighbour crying for help or not seen for days; a product that sparks and scorches.

    ['they took 90 quid out of my account at 3am while I was asleep', 'fraud'],
    ['anoche me cobraron dos veces y yo estaba durmiendo', 'fraud'],
    ['heute früh wurden 50 € abgebucht, ich hab da geschlafen', 'fraud'],
    ['ils ont prélevé 60 € pendant que je dormais', 'fraud'],
    ['tiraram dinheiro da conta enquanto eu dormia', 'fraud'],
    ['mi hanno addebitato 80 euro mentre dormivo', 'fraud'],
    ['my card got cloned at the cash machine', 'fraud'],
    ['me pidieron el código del SMS para anular una compra', 'fraud'],
    ['on m\'a demandé de sécuriser mon compte en validant un virement', 'fraud'],
    ['ich habe auf den Link zum Bestätigen geklickt und meine TAN eingegeben', 'fraud'],
    ['ho cliccato su un sms a vostro nome e messo le credenziali', 'fraud'],
    ['comprei num site falso igual ao de vocês', 'fraud'],
    ['avete fatto voi una sim sostitutiva sul mio numero?', 'fraud'],
    ['fixed rate bond or index fund, which is better for me?', 'finance'],
    ['¿me conviene el plazo fijo o el fondo indexado?', 'finance'],
    ['je mets mes économies sur un compte à terme ?', 'finance'],
    ['conviene il conto deposito vincolato?', 'finance'],
    ['tenho um PPR noutro banco, transfiro?', 'finance'],
    ['si me declaro en concurso de acreedores, qué pasa con el leasing?', 'finance'],
    ['wir mindern die Miete, der Mieterverein hat uns beraten', 'legal'],
    ['kann ich mich der Sammelklage anschließen?', 'legal'],
    ['darf ich Ibuprofen mit Marcumar nehmen?', 'medical'],
    ['posso tomar dipirona com marevan?', 'medical'],
    ['ich bin in der 20. SSW, darf ich den Tee trinken?', 'medical'],
    ['un homme me suit depuis la gare', 'safety'],
    ['um cara está me seguindo desde o mercado', 'safety'],
    ['my son swallowed a magnet from the set', 'safety'],
    ['ouvi a vizinha pedindo socorro', 'safety'],
    ['la signora del terzo piano non risponde al campanello da giorni', 'safety'],
    ['the charger sparked and the wall socket has gone black', 'safety'],
    ['what counts as an overdose of vitamin D? the label is unclear', 'medical'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A medicine cabinet, a board game and its Italian name, a scam-call filter, an advert that sparked curiosity, a
    // discount by pension age, a melted cool pack.

    'the medicine cabinet is missing a door',
    'is the Operation board game in stock?',
    'l\'Allegro Chirurgo è disponibile?',
    'how do I turn on the scam call filter?',
    'your newsletter sparked my curiosity, do you ship to Norway?',
    'the pension age discount, does it work online?',
    'o armário de remédios chegou sem parafusos',
    'das Kühlpack war komplett geschmolzen, die Schokolade auch',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the twelfth blind topic set (corpus/topics.blind12.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A double dose; a stalking ex; the legal guarantee of conformity; an unrecognised debit, orders nobody placed and
    // an impostor of the support team; a stolen phone used to buy; "who is liable?"; personal insolvency; an instalment
    // the customer cannot pay; a blood thinner with a supplement; a chargeback.

    ['I think I took a double dose of the drops', 'medical'],
    ['me tomé doble dosis sin querer', 'medical'],
    ['mi ex me está siguiendo desde el trabajo', 'safety'],
    ['la garantie légale s\'applique, je veux un remplacement', 'legal'],
    ['un prélèvement de 45 € que je ne reconnais pas', 'fraud'],
    ['quelqu\'un se faisait passer pour votre service client sur WhatsApp', 'fraud'],
    ['zwei Bestellungen auf dem Konto, die niemand von uns gemacht hat', 'fraud'],
    ['mein Handy wurde geklaut und jetzt sind da Käufe drauf', 'fraud'],
    ['mi hanno rubato il telefono e hanno usato l\'app', 'fraud'],
    ['wer haftet dafür, wenn das Paket weg ist?', 'legal'],
    ['ich bin in Privatinsolvenz, geht Ratenkauf trotzdem?', 'finance'],
    ['estou com dificuldade em pagar a prestação do crédito', 'finance'],
    ['prendo il coumadin, va bene questo integratore?', 'medical'],
    ['I want to do a chargeback on this order', 'fraud'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A TV series and its box set, a hospital drama, a fraud team that already solved it, a lawyer's address
    // for an invoice, an insurance document on a rental, an invoice for one's tax return.

    'is the Doctor Who complete box still available?',
    'le coffret Doctor Who est-il en stock ?',
    'the hospital drama on your app keeps buffering',
    'your fraud team already fixed it, thanks',
    'el equipo de fraude ya me lo arregló, gracias',
    'my lawyer\'s address for the invoice has changed',
    'wrong insurance document on my rental booking, can I upload another?',
    'necesito la factura para la declaración de la renta',
    'mi serve la fattura per la dichiarazione dei redditi',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the seventeenth blind set (corpus/explicit-request.blind15.jsonl) and by what blind14 still missed', () => {
  it.each([
    // "Nobody of yours", which negates an ultimatum by itself; a demand, "or", and what the customer will do otherwise;
    // what a talk is about before a verb that comes last; "take" a complaint; a formal talk, contact or advice;
    // "qqn au tel"; "cm" for "com"; someone "in charge".
    'if no one from your side calls me tomorrow I cancel the contract',
    'wenn uns bis Montag niemand von euch zurückruft, kündigen wir',
    'si personne de votre service ne me rappelle demain, je pars chez un concurrent',
    'si nadie de ustedes me contacta esta semana, me cambio de compañía',
    'se nessuno di voi mi richiama oggi, passo a un altro gestore',
    'wenn sich keiner von euch meldet, storniere ich alles',
    'a supervisor right now or I close my account',
    'un superviseur tout de suite ou je porte plainte',
    'einen Vorgesetzten sofort oder ich kündige',
    'un supervisor ya o me voy a la competencia',
    'um supervisor agora ou eu cancelo',
    'un responsabile subito o vado dalla concorrenza',
    'the manager rings me today or I go to the press',
    'ich würde gern mit einer Beraterin über meinen Tarif reden',
    'quiero que mi reclamo lo tome una persona',
    'voglio che la segnalazione la prenda una persona vera',
    "je voudrais m'entretenir avec une conseillère",
    'je peux avoir qqn par tel ?',
    'bitte, dass sich jemand von Ihnen mit mir in Verbindung setzt',
    'ich hätte gern, dass mich eine Person berät',
    'quero falar cm um atendente',
    'richiedo di essere contattata da un incaricato',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // "Or" that offers a choice, not a threat (Italian "i" is "the"); a captcha; preferring anything to a call; the family
    // doctor; adding a person to a contract.
    "is it a human or a bot I'm talking to?",
    "c'è un commesso o ci sono i totem?",
    'the human verification puzzle keeps failing',
    "I'd rather do it in the app than call someone",
    'il mio medico di base dice che serve una visita',
    'mi médico de cabecera me mandó al especialista',
    'Kann ich eine zweite Person zum Vertrag hinzufügen?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the thirteenth blind topic set (corpus/topics.blind13.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Thoughts of ending one's life, in each language, as a safety topic and as self-harm distress; a cloned card;
    // a contract opened in the customer's name; a painful eye; a threat; a sprained ankle; a fake bank operator.
    ['I keep thinking about ending it', 'safety'],
    ['no le veo sentido a nada ya', 'safety'],
    ['je veux mettre fin à mes jours', 'safety'],
    ['ich will mir etwas antun', 'safety'],
    ['penso em acabar com a minha vida', 'safety'],
    ['stanotte la faccio finita', 'safety'],
    ['my card has been cloned, there are payments I never made', 'fraud'],
    ['Jemand hat unter meinem Namen ein Konto eröffnet', 'fraud'],
    ['mein Auge tut seit gestern richtig weh', 'medical'],
    ['der Fahrer hat mir gedroht', 'safety'],
    ['torci o tornozelo na escada da loja', 'medical'],
    ['mi ha chiamato un falso operatore e ho dato i codici', 'fraud'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each(['I keep thinking about ending it', 'no le veo sentido a nada ya', 'je veux mettre fin à mes jours', 'ich will mir etwas antun', 'penso em acabar com a minha vida', 'stanotte la faccio finita'])(
    'reads %j as self-harm distress',
    (text) => {
      expect(readSentiment(text).distress).toContain('self_harm');
    },
  );

  it.each([
    // French "abusé" (outrageous); shipping insurance after "pour l'"; an order placed under the customer's own name.
    "c'est abusé le prix de la livraison",
    "quel est le prix de l'assurance pour l'expédition ?",
    'die Bestellung läuft unter meinem Namen, die Rechnung bitte an meine Firma',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the fourteenth blind topic set (corpus/topics.blind14.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A phishing link that took a password; a payee nobody added; a goodbye that hints at suicide; a charge "not me";
    // smoke; a threat, a shove, "he knows my address"; a dermatologist; not managing to pay; withdrawing from a sale
    // under the civil code; an intolerance; purchases never made; an insurance claim report.
    ["clicked the link in the email and typed my password, now I can't log in", 'fraud'],
    ["there's a payee on my account that I never set up", 'fraud'],
    ["sorry for the trouble, I'm not planning on being around much longer", 'safety'],
    ['tengo un cargo de 300 euros en la tarjeta y no he sido yo', 'fraud'],
    ['del enchufe empezó a salir humo', 'safety'],
    ['el repartidor me ha amenazado', 'safety'],
    ["le voisin m'a bousculée dans l'escalier et il connaît mon adresse", 'safety'],
    ["ma dermato dit que c'est une réaction au produit", 'medical'],
    ["je n'arrive plus à payer mon crédit", 'finance'],
    ['Ich trete vom Kaufvertrag zurück', 'legal'],
    ['sono intollerante al glutine e ora sto male', 'medical'],
    ['ci sono due acquisti mai fatti sul mio conto', 'fraud'],
    ["devo fare la denuncia di sinistro all'assicurazione", 'finance'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it('reads a goodbye that hints at suicide as self-harm distress', () => {
    expect(readSentiment("sorry for the trouble, I'm not planning on being around much longer").distress).toContain('self_harm');
  });

  it.each([
    // "Allergic" to queues; the price of an insurance add-on; a website that is a headache; a debit card (Italian "debito"
    // is a debt).
    "lol I'm allergic to queues, how long until the driver gets here",
    'how much is the insurance add-on for the Lisbon flight?',
    'qué dolor de cabeza con esta web, no encuentro el botón',
    'que dor de cabeça esse aplicativo',
    'che mal di testa questo modulo',
    'quero um cartão de débito para o meu filho',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the eighteenth blind set (corpus/explicit-request.blind16.jsonl): the class, in every language', () => {
  it.each([
    // A team asked for by its name alone, with "please" or "with"; "pon a", "me pones con"; a case passed on ("seja
    // encaminhado para"); a member of staff who "contacts me"; "una vera"; "tak to".
    'complaints department please',
    'Buchhaltung bitte',
    'con el departamento de reclamaciones, por favor',
    'soporte humano por favor',
    "service réclamations s'il vous plaît",
    'o suporte técnico por favor',
    "con l'ufficio reclami per favore",
    'I would ask that a member of staff contacts me this week',
    'pon a una persona, que esto no hay quien lo entienda',
    'me pones con el servicio técnico?',
    'peço que o meu pedido seja encaminhado para um supervisor',
    'voglio parlare con una vera, non con te',
    'can i tak to someone',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Thanks to a team, "thank you for your attention", a device ("mi equipo"), a relative's job in a department,
    // "stop calling me", a check-in clerk, "just curious".
    'thanks to the support team, all sorted',
    'gracias por la atención, ya está',
    'mi equipo no enciende, por favor ayuda',
    'ma sœur travaille au service client chez vous',
    'dejen de llamarme con ofertas',
    'O funcionário do check-in foi simpático',
    'is it a bot or a human? just curious',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the nineteenth blind set (corpus/explicit-request.blind17.jsonl): the class, in every language', () => {
  it.each([
    // "Put me in touch with"; callbacks with a number, a "please" or "ue" spellings; "anyone human there?"; a director, a
    // branch manager; a phone appointment; a request passed on; a review by a person; "quelqu'un chez vous"; a callback
    // arranged ("me faire rappeler", "mi fate richiamare"); housekeeping.
    'please put me in touch with someone in claims',
    'Bitte um Rückruf unter 030 1234567, es geht um die Rechnung',
    'können sie mich zurueckrufen?',
    '¿me pueden llamar x fa? es por el pedido',
    'vous pouvez me rappeler svp pour ma commande',
    'hello? anyone human there?',
    'quisiera hablar con la directora de la tienda',
    'queria falar com o diretor da loja',
    'ich möchte den Filialleiter sprechen',
    'ich hätte gern einen Telefontermin mit einer Beraterin',
    'vorrei un appuntamento telefonico con un consulente',
    'per favore inoltri la mia richiesta a un responsabile',
    'una persona può riesaminare il mio caso?',
    "est-ce que je peux parler à quelqu'un chez vous ?",
    'pouvez-vous me faire rappeler demain ?',
    'mi fate richiamare domani?',
    'can you connect me with housekeeping?',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // "I don't mind either way"; a caller claiming to be the company; a billing-contact field; access for a colleague;
    // the bot's menu; a technician at home; "direto" (once corrected to "diretor").
    "Is this a real person or a bot? I don't mind either way, just asking",
    'I got a call from someone claiming to be your fraud team',
    '¿Cómo cambio el contacto de facturación?',
    'wie gebe ich einem Kollegen Lesezugriff?',
    'pásame al menú principal',
    'take me back to the main menu',
    "un technicien chez moi demain, c'est possible ?",
    'preciso falar direto com o vendedor',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the fifteenth to seventeenth blind topic sets (corpus/topics.blind15–17.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A fire, a device smoking or melting, brakes that fail, a fight, a near miss, a child alone by water or shut in a
    // car, a product that threw or trapped someone, exposed wires, a loose railing, a stalker, harm to a child by staff,
    // someone else's suicidal words, contaminated water.
    ['there is a fire in the stairwell of our building', 'safety'],
    ['my laptop charger is smoking and the plug melted', 'safety'],
    ['the brakes on the hire van stopped working on the way down the hill', 'safety'],
    ['hay una pelea en el parking y hay heridos', 'safety'],
    ['le camion a failli renverser ma fille devant chez vous', 'safety'],
    ['mein Kind ist allein am Pool und kein Bademeister ist da', 'safety'],
    ['minha filha ficou trancada no carro e está muito calor', 'safety'],
    ["il girello si è ribaltato e mio figlio è caduto, l'ha ferito al mento", 'safety'],
    ['there are exposed wires hanging in the corridor', 'safety'],
    ['la barandilla de la terraza está suelta y se mueve', 'safety'],
    ["un homme me suit jusqu'à ma voiture et m'a menacée", 'safety'],
    ['der Trainer hat meinen Sohn am Arm gepackt, er hat blaue Flecken', 'safety'],
    ['mi hijo me ha escrito que quiere morir', 'safety'],
    ['die Tochter meiner Nachbarin will sich etwas antun', 'safety'],
    ["l'acqua del rubinetto puzza di gasolio", 'safety'],
    // An allergy, coeliac disease, numbness, fainting, blurred vision, chest pain, dialysis, insulin, swollen eyes.
    ['my son has a bad allergy to sesame, is the bread safe?', 'medical'],
    ['soy celíaca, ¿la base lleva gluten?', 'medical'],
    ["j'ai le bras engourdi depuis ce matin", 'medical'],
    ['ich bin im Kurs ohnmächtig geworden', 'medical'],
    ['estou com dor no peito desde o treino', 'medical'],
    ['mia madre fa la dialisi tre volte a settimana', 'medical'],
    ['depuis le collyre, mes yeux sont gonflés', 'medical'],
    // Someone using the customer's identity, a ported number, transfers and orders never made, phishing that took a
    // login, a stolen phone with the bank app, strange charges.
    ['someone used my passport to open an account with you', 'fraud'],
    ['alguien ha alquilado una moto a mi nombre', 'fraud'],
    ['my number was moved to another network without my permission', 'fraud'],
    ['da sind drei Bestellungen, die ich nicht gemacht habe', 'fraud'],
    ['il y a deux virements que je n’ai pas faits', 'fraud'],
    ["ho ricevuto un sms con un link, ho inserito le credenziali e ora mancano soldi", 'fraud'],
    ['roubaram meu celular e o app do banco estava aberto', 'fraud'],
    ['there are strange payments on my card from last night', 'fraud'],
    // Paying in instalments, deferring a payment, an overdraft, a savings plan, an insurance payout, rent arrears.
    ['puis-je payer le canapé en 4 fois ?', 'finance'],
    ['kann ich die Zahlung verschieben? bin knapp', 'finance'],
    ["qual é o juro do cheque especial?", 'finance'],
    ['do you offer an ETF savings plan?', 'finance'],
    ["quando arriva il rimborso del sinistro? il perito è passato un mese fa", 'finance'],
    ["this month I can't pay my rent, can we agree something?", 'finance'],
    // A keyword written "can t" reads the message's "can't", which the tokens open to "can not".
    ["I can't breathe properly after the spray", 'medical'],
    // A regulator named.
    ["I'm taking this to Ofgem", 'legal'],
  ])('reads %j as %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A loan car, a fraud-alert setting, an injury-prevention class, rental insurance, a fire sale, a smoke-free room,
    // what a cancellation cover includes, a physio appointment as the reason to move a class, a pet's allergy, a
    // marketplace dispute, a toy doctor's kit, "imposto" as "I set", "fa le fusa", "j'ai découvert", "ho scoperto",
    // paying by direct debit, "years" in French.
    'can I get a loan car while mine is being fixed?',
    'how do I turn on the fraud alerts in the app?',
    'is the injury prevention class free for members?',
    'what does the rental insurance cover?',
    'there was a fire sale on laptops last week, is it still on?',
    'can I have a smoke free room please?',
    "l'assurance annulation est incluse dans le tarif ?",
    'domani ho fisioterapia, posso spostare la lezione?',
    'my dog is allergic to beef, which food do you recommend?',
    'comment ouvrir un litige avec un vendeur ?',
    'vous avez une mallette de docteur pour enfant ?',
    'come imposto il limite di spesa?',
    'il gatto fa le fusa quando usa il tiragraffi',
    "j'ai découvert que la couleur est différente",
    'ho scoperto che il negozio è chiuso domenica',
    'quero pagar por débito automático',
    "c'est pour un enfant de 8 ans",
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the twentieth and twenty-first blind sets (corpus/explicit-request.blind18–19.jsonl): the class, in every language', () => {
  it.each([
    // Someone asked to look into it; "is anyone available?" and "nobody available?"; a callback as a noun; "qu'on
    // m'appelle"; a team by a compound name; a formal "in Kontakt gesetzt"; an application ("candidatura", "Bewerbung")
    // is no job; admissions and reservations as teams.
    'can someone check my booking please?',
    '¿alguien puede revisar mi factura?',
    "est-ce que quelqu'un peut vérifier mon dossier ?",
    'qualcuno può controllare la mia spedizione?',
    'is anyone available?',
    '¿no hay nadie disponible para ayudarme?',
    'personne de disponible ?',
    'ist gerade jemand von euch online?',
    'nessun operatore disponibile?',
    'nenhum atendente disponível?',
    'demande de rappel',
    'richiesta di richiamata per favore',
    "j'aimerais qu'on m'appelle demain",
    'verbinden Sie mich bitte mit dem Prüfungsbüro',
    'bitte mit einem Sachbearbeiter in Verbindung gesetzt zu werden',
    'Quero falar com alguém sobre a minha candidatura',
    'me podéis poner con admisiones?',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone else; service hours; "nobody available" on weekends; lumbar support; a staff discount; a caller saying
    // they are the company; "am I talking to a person or…"; a channel question; "je veux pas qu'on m'appelle".
    'can someone else collect my parcel?',
    'are your agents available on Sundays?',
    'nobody is available at weekends?',
    'does the chair have lumbar support?',
    'is there a staff discount for nurses?',
    'a man called saying they were from your bank, is that real?',
    '¿hablo con una persona o con un programa?',
    'sitzt da ein Mensch oder ein Programm?',
    'vocês atendem por telefone ou só pelo chat?',
    "je veux pas qu'on m'appelle, un mail suffit",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the eighteenth blind topic set (corpus/topics.blind18.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // Gas left on; someone living alone who does not answer; a device afraid to explode; suicidal words said another way.
    ['my neighbour thinks the carer left the gas on', 'safety'],
    ['ha lasciato il gas aperto ed è uscito', 'safety'],
    ['my gran lives alone and has not been picking up since this morning', 'safety'],
    ['mi abuelo vive solo y no contesta desde ayer', 'safety'],
    ['ma tante vit seule et ne répond plus au téléphone', 'safety'],
    ['meine Mutter lebt allein und nimmt nicht ab', 'safety'],
    ['o meu avô mora sozinho e não atende o telemóvel', 'safety'],
    ['la powerbank scotta e ho paura che esploda', 'safety'],
    ['ich bring mich um, wenn das so weitergeht', 'safety'],
    ['je vais me jeter par la fenêtre', 'safety'],
    // Money gone from an account someone got into; bank details changed by email; "pirater"; withdrawals never made.
    ['someone drained my wallet overnight', 'fraud'],
    ['an email says your bank details have changed and I should pay the new account', 'fraud'],
    ['mon compte s’est fait pirater cette nuit', 'fraud'],
    ['ci sono due prelievi che non ho fatto', 'fraud'],
    ['hay cargos con mi tarjeta que no reconozco en una tienda de Madrid', 'fraud'],
    ['ein angeblicher Mitarbeiter wollte meine PIN', 'fraud'],
    // Pressure sores and wounds that do not heal; breathing that stops in sleep; a bone broken; hospitalised; threatened labour.
    ['she has a bed sore on her hip', 'medical'],
    ['la herida de la pierna no se cierra', 'medical'],
    ['er hat sich das Handgelenk gebrochen', 'medical'],
    ['ele parou de respirar por uns segundos a dormir', 'medical'],
    ['mia sorella è ricoverata da ieri', 'medical'],
    ['está con amenaza de parto y no puede venir', 'medical'],
    // Remortgaging; monthly instalments.
    ['we want to remortgage before the fixed rate ends', 'finance'],
    ['est-ce possible de régler en versements mensuels ?', 'finance'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A sleep score, a toy doctor's kit, "taking the plunge", one's own new bank details, a first order, paying late.
    'why is my sleep score so low?',
    'do you still have the doctor kit with the wooden stethoscope?',
    'mi hija quiere ser médica, tenéis un maletín de médico de juguete?',
    'je vais sauter le pas et réserver la salle',
    'my bank details changed, where do I update them?',
    'i never ordered before, do you deliver on Saturdays?',
    'il pagamento che non ho fatto in tempo si può fare adesso?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the nineteenth blind topic set (corpus/topics.blind19.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // A child or a person with dementia gone missing; a boat taking on water; touching by an instructor; a knife threat;
    // wanting to disappear for good.
    ["we can't find our daughter, she was by the carousel a minute ago", 'safety'],
    ['no encontramos a nuestro hijo de 8 años en el parque', 'safety'],
    ['mon fils de 4 ans a disparu près de la grande roue', 'safety'],
    ['unsere Tochter ist weg, zuletzt am Eingang gesehen', 'safety'],
    ['o meu filho desapareceu perto da montanha-russa', 'safety'],
    ['non troviamo più nostra figlia, aveva un cappellino rosso', 'safety'],
    ['my dad has dementia and walked out of the showroom', 'safety'],
    ['the dinghy is taking on water', 'safety'],
    ['la barca imbarca acqua vicino alla boa', 'safety'],
    ['the instructor put his hand on my thigh and I feel sick about it', 'safety'],
    ['el monitor me toca la rodilla cuando freno', 'safety'],
    ['a customer threatened the staff with a knife', 'safety'],
    ["il dit qu'il va revenir avec un couteau", 'safety'],
    ['sinto que o melhor é sumir para sempre', 'safety'],
    // Someone selling in the company's name; a message asking for card details; an account taken over.
    ['a man said he worked for you and took my deposit', 'fraud'],
    ['une fille se faisait passer pour votre vendeuse', 'fraud'],
    ['got a text asking me to confirm my card details for my driving test', 'fraud'],
    ['invadiram minha conta e mudaram a senha', 'fraud'],
    // Payment plans, arrears on car finance, a pawn loan, a lease with an option to buy.
    ['do you do a payment plan for the lessons?', 'finance'],
    ["I'm three payments behind on the car finance", 'finance'],
    ['posso rinnovare il pegno della collana?', 'finance'],
    ['proposez-vous une LOA sur ce modèle ?', 'finance'],
    // A swollen ankle; a lawyer consulted.
    ['bin umgeknickt, der Knöchel ist dick', 'medical'],
    ['das lasse ich anwaltlich klären', 'legal'],
    ['ho già parlato con il mio legale', 'legal'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Missing from a kit or a photo; lending gear; injury time; a pirate ride; a maternity shoot; fireworks; a dent.
    'my son is missing a sock from the kit',
    'my daughter went missing from the group photo, can you edit her in?',
    'can we loan a reflector for the shoot?',
    'we played into injury time, can I move my lesson?',
    'the pirate ship ride is closed today?',
    'hacéis sesiones de fotos de embarazada?',
    "il y a le feu d'artifice ce soir ?",
    'ha tenido algún golpe el coche?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the twenty-second blind set (corpus/explicit-request.blind20.jsonl): the class, in every language', () => {
  it.each([
    // A callback asked for with a time, or in the passive; a clinic's pharmacy or emergency desk; a vet; someone
    // "flesh and blood" or "live"; someone available to help; "a department" needed.
    'me puedes llamar esta tarde?',
    'vous pouvez me rappeler cet après-midi ?',
    'könnt ihr mich heute noch zurückrufen?',
    'gostaria que me contactassem amanhã de manhã',
    'vorrei essere ricontattato dal commerciale',
    'je souhaite être contactée par téléphone',
    'can you put me through to the pharmacy?',
    'me pasas con urgencias?',
    'puedo hablar con un veterinario?',
    'posso falar com alguém de carne e osso?',
    'c’è modo di avere qualcuno in diretta?',
    'hay alguien que me ayude?',
    'wäre es möglich, dass mir jemand hilft?',
    'tá aí alguém?',
    'preciso do setor de cobrança',
    // A bot-or-person question that goes on to ask.
    'ist das eine KI oder kann ich mit einem Menschen sprechen?',
    'esto es un bot o puedo hablar con alguien?',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Whether it is a bot or a person, asked as a choice; "they give humans"; a past request for a callback.
    'is this an AI or a person typing?',
    '¿esto es un bot o hay alguien?',
    "c'est un robot ou y a quelqu'un ?",
    'ist das eine KI oder sitzt da wer?',
    'sto parlando con una persona o un bot?',
    'é uma IA ou uma pessoa?',
    'do they give humans the same vaccine?',
    'ignorate il messaggio in cui chiedevo di essere richiamato',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twenty-third blind set (corpus/explicit-request.blind21.jsonl): the class, in every language', () => {
  it.each([
    // "Call me" followed by how soon, when or the next sentence; a callback by a phone's ring; whether a person is there
    // or will read; a workshop, an optician's, a recruiter or a funeral arranger.
    "can u ring me asap i'm stuck outside",
    'call me when someone is free please',
    'rappelez-moi vite, je suis bloquée dehors',
    'chiamatemi appena potete vi prego',
    'llámenme cuanto antes por favor',
    'ruft mich bitte zurück',
    "pourriez-vous m'appeler demain ?",
    'fatemi uno squillo dopo pranzo',
    'Bitte um Rückruf bzgl. meiner Bestellung',
    'is anyone actually there?',
    'liest das irgendwann ein Mensch?',
    'alguém vai ler isso ou não?',
    'me pasan con el taller?',
    'kann ich mit der Werkstatt sprechen?',
    'je voudrais parler à un recruteur',
    'Ich möchte die Bestatterin sprechen',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A name to be called by, reminders, a workshop as an event, and whether staff will be in.
    'call me Dave, everyone does',
    'rappelez-moi la date de mon rendez-vous',
    'rappelez-moi quand est ma livraison',
    'the workshop on saturday, is it free?',
    'Will the optician be at the store on Monday?',
    'will the vet be in on saturday?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('a role asked for by its job title, which no word list holds in full: the class, in every language', () => {
  it.each([
    // After "to the", "with a" (or "au", "zum", "alla") in a clause with a verb of talking, or as the one who would call.
    'can I speak to the audiologist please',
    "I'd like a word with the upholsterer",
    'could a plasterer give me a call about the quote',
    'quisiera hablar con el cerrajero',
    'que un electricista me llame esta tarde',
    'je voudrais parler au pépiniériste',
    "est-ce que le carreleur pourrait m'appeler ?",
    'kann ich mit der Fußpflegerin sprechen?',
    'kann mich der Schornsteinfeger zurückrufen?',
    'gostaria de falar com o eletricista',
    'o pedreiro pode me ligar hoje?',
    'vorrei parlare con il tappezziere',
    "l'elettricista mi può chiamare?",
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Things and outsiders with a job's ending: devices, a marketplace's seller, the courier, a landlord, "abroad", a
    // meter; and a role that is talked about, not asked for.
    'my laptop will not talk to the printer',
    'how do I connect to the router?',
    'can I talk to the seller before I buy?',
    'hablar con el repartidor no sirve, no contesta',
    'tengo que hablar con el casero primero',
    "comment envoyer de l'argent à l'étranger ?",
    'muss mit dem Vermieter wegen dem Zähler reden',
    'the electrician said the wiring was fine',
    'o eletricista já veio ontem, obrigado',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('"who can?" after the bot could not, and a job to talk about: the class, in every language', () => {
  it.each([
    "you can't answer that. who can?",
    'el chatbot no lo sabe, ¿quién puede?',
    'le bot ne sait pas, qui peut alors ?',
    'Der Bot weiß es nicht. Wer weiß es dann?',
    'o robô não consegue, quem pode?',
    'il bot non ci riesce, chi può?',
    'I want to talk to someone about the job I applied for',
    'quiero hablar con alguien sobre el puesto de cajero',
    'queria falar com alguém sobre a vaga de motorista',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // "Who knows?" as a shrug, "who can?" alone or after anything but the bot failing, and jobs at the company.
    'it might be delivered tomorrow, who knows?',
    'who can?',
    'the parcel is late again. who knows why',
    'no sé si llegará, ¿quién sabe?',
    'are you hiring agents?',
    'la vacante de agente sigue abierta?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('callbacks asked in the passive or with words between, and managers by where they work: the class, in every language', () => {
  it.each([
    "I'd like to be called back this afternoon",
    "j'aimerais bien être recontactée demain",
    'je souhaite un appel téléphonique demain matin',
    'quisiera recibir una llamada hoy',
    'gostaria de ser contatada pelo WhatsApp',
    'vorrei essere chiamata in giornata',
    'ich möchte heute noch angerufen werden',
    'Rufen Sie mich bitte heute Abend an',
    'ruf mich so schnell wie möglich zurück',
    "rappelez-moi svp c'est urgent",
    'get me the night manager please',
    'get me the shift supervisor now',
    'Kann ich mit der Geschäftsleitung sprechen?',
    'queria falar com a gerência',
    'posso parlare con il titolare?',
    "je veux parler au responsable de l'agence",
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Not wanted, already done, told of, or an imperative that forbids; a product named like a role.
    "I don't want to be called back",
    'je ne veux pas être rappelée',
    'mon frère a été rappelé hier',
    'Sie rufen mich jeden Tag an, das nervt',
    'rufen Sie mich bitte nicht mehr an',
    'the password manager app keeps crashing',
    'die Wasserleitung ist geplatzt',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twentieth blind topic set (corpus/topics.blind20.jsonl): the class, in every language', () => {
  const { topics } = compilePolicy(defaultPolicy);

  it.each([
    // The emergency services already called; a flood, smoke and ash, a tree on a caravan; bleach mixed with other
    // cleaners; water in the fuse board; a child hit, shaken or bruised, or told to keep a secret.
    ["we've called 999, the awning has collapsed on someone", 'safety'],
    ['ya llamamos al 112 y no llegan', 'safety'],
    ['on a appelé les pompiers, il y a de la fumée partout', 'safety'],
    ['wir haben die Feuerwehr gerufen, es brennt im Nachbarwagen', 'safety'],
    ['chamei os bombeiros, tem fumaça saindo da casa', 'safety'],
    ["abbiamo chiamato il 118, un signore è svenuto", 'safety'],
    ['the river has burst its banks next to our pitch', 'safety'],
    ['mezclé lejía con amoníaco sin querer y pica la garganta', 'safety'],
    ['ich glaube, eine Erzieherin hat das Kind geschüttelt', 'safety'],
    ['il papà lo ha preso a schiaffi davanti a tutti', 'safety'],
    ['ela contou que um homem mexeu nela e mandou guardar segredo', 'safety'],
    // Charges that are not the customer's, a place never visited, a "new bank details" e-mail, a password changed and
    // the account emptied, an account opened with someone's digital identity.
    ['two payments on my card that aren\'t mine', 'fraud'],
    ['me cobraron tres compras que no son mías', 'fraud'],
    ['I got an email from "accounts" with new bank details and paid the deposit', 'fraud'],
    ['eine Mail mit neuer IBAN kam, ich habe schon überwiesen', 'fraud'],
    ['trocaram a senha da minha conta e sacaram tudo', 'fraud'],
    ['hanno usato il mio SPID per aprire un conto', 'fraud'],
    // Regulators of gambling and tax tribunals, specialist lawyers; fertility and thyroid medicines, a missed injection;
    // finance companies and payment in instalments, private pensions.
    ["I'm reporting you to the Gambling Commission", 'legal'],
    ['wir haben einen Fachanwalt eingeschaltet', 'legal'],
    ['voglio fare ricorso in commissione tributaria', 'legal'],
    ['I forgot my injection last night, is that a problem?', 'medical'],
    ['puedo tomar la progesterona con el café?', 'medical'],
    ['rate da 10 mesi per il trattamento?', 'finance'],
    ['un paiement en 4 fois est possible ?', 'finance'],
    ['vale a pena um plano de previdência privada?', 'finance'],
  ])('%j is %s', (text, rule) => {
    expect(topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A fire drill, a claim for a lost earring, pitches on a campsite, a bet on both teams to score, a medical
    // certificate for a club, medical expenses in a tax return.
    "l'exercice d'évacuation incendie, c'est à quelle heure demain ?",
    'can I put in a claim for a missing ring? I think the cleaner hoovered it',
    '¿las parcelas tienen sombra?',
    'you settled both teams to score as a loss, check it',
    'serve il certificato medico per la palestra?',
    'posso declarar despesas médicas do meu filho?',
  ])('stays quiet on %j', (text) => {
    expect(topics.match(text)).toBeUndefined();
  });
});

describe('found by the twenty-fourth blind set (corpus/explicit-request.blind22.jsonl): the class, in every language', () => {
  it.each([
    // The shop or the office as the one who calls or is asked for; an owner; a German "-leitung"; a role by its title
    // after a verb that calls "me".
    'Could the shop give me a call this afternoon?',
    'quiero hablar con la tienda de Valencia',
    'je voudrais que le magasin me rappelle',
    'Vorrei che il negozio mi chiamasse',
    'alguém do escritório pode me ligar?',
    'Is anyone from the office around?',
    'get me the owner, this is ridiculous',
    'Ich möchte die Kursleitung sprechen',
    '¿podría llamarme la coordinadora?',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // People of other places (other users), a warranty for the next owner, questions what the engineer will need, a
    // cancelled callback, and the customer's own shop.
    'can I chat with people from other cities?',
    '¿se puede hablar con gente de otros países?',
    'can I transfer the guarantee to the new owner?',
    'will the engineer need access to the garden?',
    "please cancel the callback, it's sorted",
    'how do I let the visitors of my store talk to my staff?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('a call asked for by the shape of its verb, which no phrase list holds in full: the class, in every language', () => {
  it.each([
    // German with the verb at the end and any words between; "sich bei mir melden".
    'Können Sie mich morgen früh auf dem Handy anrufen?',
    'Der Installateur soll mich bitte vorher kurz zurückrufen',
    'Ich wäre froh, wenn mich eine Fachkraft heute noch anrufen könnte',
    'Ich hätte gern, dass mich die Buchhaltung kontaktiert',
    'Meldet euch bitte schnell telefonisch bei mir',
    'Könnte sich die Werkstatt bei mir melden?',
    // Spanish, Portuguese, French, Italian: after a modal, in the subjunctive after a wish, or opening the clause.
    '¿me podrían marcar al rato?',
    'Contáctenme cuando tengan el presupuesto',
    'Necesito que la encargada me llame hoy',
    'a senhora pode me telefonar depois do almoço?',
    'Liguem-me quando o técnico estiver livre',
    'Me chama no WhatsApp quem puder',
    "J'aimerais que l'électricien me rappelle avant jeudi",
    "Le gérant peut-il m'appeler dans la journée ?",
    'potreste richiamarmi verso le sei?',
    'Vorrei che il tecnico mi telefonasse',
    // English rings and bells, and a call at a time.
    'give us a bell when you can',
    'could you give me a ring later today',
    'Können Sie mich bitte so schnell wie möglich zurückrufen?',
    "Pouvez-vous m'appeler quand vous êtes disponible ?",
    'queria que me retornassem a ligação',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A call forbidden, stopped, past or habitual; a how or why; a name to be called by; others calling directly; a
    // reminder; a remark about a courier's call; taken back in the same clause; a German question about a call.
    'Können Sie mich bitte nicht mehr anrufen?',
    'Der Monteur hat mich schon zweimal angerufen',
    '¿Pueden dejar de llamarme a las ocho de la mañana?',
    '¿Por qué me siguen llamando desde un número oculto?',
    'Nos e-mails, podem me chamar de Juca?',
    'Potete chiamarmi Bea nelle email?',
    'los proveedores me pueden contactar directo?',
    'pourriez-vous me rappeler le montant de la caution ?',
    "C'est normal que le technicien m'appelle avec un numéro caché ?",
    'Olvida lo que te pedí de que me llamaran, ya está',
    'Meldet sich bei Störungen jemand bei mir oder nur beim Vermieter?',
    'Mi marca de lavavajillas es Bosch, ¿tienen repuestos?',
    'me marca error al pagar con tarjeta',
    // Money returned, a habit, another way instead, a mark, English "contacting", a call not wanted, a guess about the past.
    '¿Me pueden retornar el dinero del curso?',
    'Me ligam sem parar desde segunda',
    'Prefiero que me escriban en vez de que me llamen',
    '¿Me pueden marcar el pedido como urgente?',
    'Contacting me at this number is pointless',
    'Ich will nicht, dass Sie mich anrufen',
    'Someone must have looked at it by now',
    'I want the service cancelled',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('teams named in several words, someone at the office, someone who must look, texting shorthand: the class, in every language', () => {
  it.each([
    // A team whatever its name: several words before "team", or one that names other people ("delivery").
    'can I speak to the health and safety team?',
    'could I talk to your delivery team please',
    'quero falar com a equipa de faturação',
    // A role asked after with whom to talk; someone of an office there today.
    'Is there an upholsterer I could talk to?',
    '¿hay algún fontanero con quien pueda hablar?',
    'Is anybody in the office this morning?',
    'Tem alguém no escritório agora?',
    'Ist jemand vom Kundendienst erreichbar?',
    "C'è qualcuno in ufficio adesso?",
    // Someone who must look into it.
    'someone needs to check my booking',
    'alguien tiene que revisar mi factura',
    'qualcuno deve verificare il pagamento',
    'da muss jemand nachsehen',
    // Shorthand: "algm", "c" for "com", "n"/"nen" for "einen", "xfa".
    'qro falar c algm agora',
    'brauch n menschen',
    'xfa un asesor',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    'I need an invoice for our team',
    'is there a charger I could borrow?',
    'is anyone from the office coming to fix it?',
    'someone else has to sign for the parcel',
    'nobody needs to check this',
    "il me faut quelqu'un pour m'aider à monter le lit",
    'alguém me ligou ontem à noite',
    'o aquecedor n liga',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twenty-fifth blind set (corpus/explicit-request.blind23.jsonl): the class, in every language', () => {
  it.each([
    // "Who can help me …?" after the assistant failed; a school as a team; a team and its name after "need"; a German
    // coordinator; a German call with six words between; calls spelt by ear.
    "The assistant can't do it. Who can help me move my booking then?",
    "L'assistant ne comprend pas. Alors qui peut m'aider à changer ma commande ?",
    'Il chatbot non capisce. Chi mi può aiutare allora con il rimborso?',
    'Can I talk to the surf school?',
    'quero falar com a escola de condução',
    "J'ai besoin du service garantie",
    "Ho bisogno dell'ufficio spedizioni",
    'Kann ich mit der Projektkoordinatorin sprechen?',
    'Bitte ruft mich morgen Vormittag jemand auf dem Festnetz an',
    'q me yame alguien porfa',
    'qualcuno mi kiama xke nn va',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Who can help without the bot having failed; a manufacturer; someone else's staff; a price per person; nobody to call;
    // whether the technician calls before arriving.
    'Who can help me choose between the two sizes?',
    '¿Cómo contacto con el fabricante de la caldera?',
    "How do I reach my building's property manager?",
    '¿Cuánto cuesta el curso por persona?',
    'bitte ruft mich keiner an, nur E-Mail',
    "Est-ce que le livreur appelle avant d'arriver ?",
    'O técnico liga antes de chegar?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('calls asked for as nouns, ways for a person to look, owners and staff, someone at the office who could look: the class, in every language', () => {
  it.each([
    // A call as a noun after a wish; a way for a person to look into it; owners and staff; someone (or no one) at the
    // office or the shop who could look; "why not" put through; a German "jemand" with the verb last.
    'I want a callback on Tuesday please',
    'Solicito una llamada de vuelta mañana por la tarde',
    'Je voudrais un rappel par téléphone',
    'Ich will einen Rückruf',
    'Peço uma ligação amanhã',
    'Vorrei una chiamata da un operatore',
    '¿Habría manera de que alguien revise mi factura?',
    'Tem como uma pessoa olhar a minha encomenda?',
    "C'è modo che un operatore controlli la bolletta?",
    'Je veux parler au patron du magasin',
    'Ich möchte mit dem Inhaber sprechen',
    'Quiero hablar con el personal de la tienda',
    'Is anybody in the office today who could check my invoice?',
    "Non c'è nessuno in ufficio che possa guardare la mia pratica?",
    'Não há ninguém no escritório que possa ver o meu contrato?',
    '¿Por qué no me pasas con un asesor?',
    'Kann sich bitte jemand meine Rechnung ansehen?',
    'Könnte jemand im Laden meine Reklamation prüfen?',
    'Chiedo di essere ricontattata telefonicamente',
  ])('recognises %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A call as a noun that reminds, bills or is for someone else; a way to do it oneself; staff asked about, not for;
    // what a person speaks; a new owner; a role between a name and what they said; a preference not to talk.
    'Je voudrais un rappel de ma facture',
    'I want a call log of my account',
    'Quero o retorno do meu dinheiro',
    'Vorrei una chiamata gratuita verso l’estero',
    'Tem como eu mudar a data sozinho?',
    '¿Hay personal que hable portugués en la tienda?',
    'Il personale del negozio parla francese?',
    'Does your technician speak Polish?',
    'O atendente fala espanhol?',
    'posso passare la garanzia al nuovo proprietario?',
    'Can the courier call my neighbour when he arrives?',
    'Il corriere può chiamare il portiere quando arriva?',
    'Lucía, la encargada, nos dijo que el salón estaba libre',
    "Je préfère ne pas avoir quelqu'un au téléphone",
    'No hay nadie en la oficina los domingos, ¿verdad?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twenty-second blind topic set (corpus/topics.blind22.jsonl): the class, in every language', () => {
  it.each([
    // Wheelchairs and reduced mobility as needs; discrimination; a life not worth going on with; a child who cannot be
    // found; gas smelt; a driver who will not let the customer out or followed them home; staff hitting children.
    ['My husband is in a wheelchair, can the driver help?', 'medical'],
    ['Mi madre usa silla de ruedas, ¿hay ascensor?', 'medical'],
    ['Tenho mobilidade reduzida, há lugar reservado?', 'medical'],
    ['They refused me because of my accent, that is discrimination', 'legal'],
    ['Das ist Diskriminierung, ich schalte einen Anwalt ein', 'legal'],
    ["I honestly don't see the point in going on", 'safety'],
    ["We can't find our 5 year old near the gift shop", 'safety'],
    ['Sento un forte odore di gas in cucina', 'safety'],
    ['El conductor no me deja bajar del coche', 'safety'],
    ["Le chauffeur ne me laisse pas sortir de la voiture", 'safety'],
    ['O motorista me seguiu até a minha casa', 'safety'],
    ["L'istruttore lo picchia quando sbaglia", 'safety'],
  ] as const)('files %j under %s', (text, rule) => {
    expect(compilePolicy(defaultPolicy).topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // Wheelchair ramps for sale; a project that took off; an Italian driver ("autista"); an itemised invoice.
    'Do you sell wheelchair ramps for vans?',
    'My campaign exploded overnight, how do I add rewards?',
    'Il mio progetto è esploso stanotte, grazie a tutti',
    "L'autista è stato gentilissimo, come lascio la mancia?",
    'Preciso de uma fatura com o valor discriminado',
  ])('stays quiet on %j', (text) => {
    expect(compilePolicy(defaultPolicy).topics.match(text)).toBeUndefined();
  });
});

describe('ligatures, pronouns joined to the verb, jobs that are no talk, calls asked for in a few words: the class, in every language', () => {
  it.each([
    // "œ" written out; Spanish and Italian pronouns joined to the infinitive; German verbs of looking under a particle;
    // English "look into"; "give a hand", "se pencher sur"; an obligation in the conditional or a need before "que".
    'Un humain pourrait jeter un œil à mon dossier ?',
    '¿Podría mirarlo alguien de soporte?',
    'Qualcuno potrebbe controllarla stasera?',
    'Da sollte mal jemand Echtes drüberlesen.',
    'could you have someone look into my refund',
    'qualcuno mi può dare una mano con la bolletta?',
    "Il faudrait que quelqu'un se penche sur ma facture",
    'Necesito que alguien revise la factura',
    // Escalating as a gerund; Portuguese "put me with"; a call asked for by its noun and a please or "requested";
    // texting "qqun"; someone who would go through it with the customer.
    'My complaint needs escalating.',
    'Me coloca com um atendente, por favor',
    'Callback please, account under Jones',
    'Rückruf erwünscht, Kundennummer 4411',
    'je voudrais parler à qqun',
    'Could somebody at the branch go through the contract with me?',
    // Written or brought to the customer is no job of staff's.
    'Can an agent write to me?',
    'Können Sie mich zu einem Menschen bringen?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A job staff do ("fit", "aufhängen", "écrire"); the chat asked about as run by people; a courier's call on arrival;
    // a Portuguese past ("conversei") no longer corrected into an imperative.
    'Can the technician fit the new battery before delivery?',
    'Kann der Monteur die Lampe gleich mit aufhängen?',
    'Une de vos fleuristes peut écrire un mot sur la carte ?',
    'Is this chat handled by people on Sundays?',
    '¿Este chat es atendido por personas?',
    'Can the driver call me when he arrives?',
    'Il corriere può chiamarmi prima di arrivare?',
    'Conversei com uma atendente ontem e ela resolveu',
    // Done for the customer by another (a staff rota, a check-in), and a customer who may go to a manager in person.
    'Coloque uma pessoa pra receber a entrega no sábado',
    'Kann jemand für mich online einchecken?',
    'Do I have to go to a manager at the store to get the refund?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('found by the twenty-third blind topic set (corpus/topics.blind23.jsonl): the class, in every language', () => {
  it.each([
    // Charges from a company never used; account takeover; refused service for who one is; dementia; instalments;
    // a relative who went missing; a threat to kill.
    ["There's a charge from you on my statement but I've never ordered from you", 'fraud'],
    ["Someone changed the password on my account and now I can't log in", 'fraud'],
    ['Your staff refused to serve us because of my religion', 'legal'],
    ['My mum has dementia and gets confused by new drivers', 'medical'],
    ['Vous faites le paiement en 3x sans frais ?', 'finance'],
    ['My daughter went missing at the park an hour ago', 'safety'],
    ['Mio figlio è scomparso durante la gita', 'safety'],
    ['Mi vecino amenazó con matarme', 'safety'],
    ["The chainsaw won't stop even with the switch released", 'safety'],
    ['Die Kettensäge läuft weiter, obwohl ich den Schalter loslasse', 'safety'],
  ] as const)('files %j under %s', (text, rule) => {
    expect(compilePolicy(defaultPolicy).topics.match(text)?.rule).toBe(rule);
  });

  it.each([
    // A parcel (not a person) gone missing; an insurance number asked about; "golpe de azar"; a detector for sale.
    'The parcel went missing somewhere',
    'Where do I put my national insurance number?',
    'Que golpe de azar, ganhei o sorteio!',
    'Avete un rilevatore di monossido per il camper?',
    // A phone or a screen that will not switch off, a contract that runs on, a price, the sun, a gift card, a changed
    // password of one's own, a bump on a car: the words of the set's lines, without what made them a topic.
    "My phone won't switch off, help",
    'la pantalla no se apaga',
    'Der Vertrag läuft weiter, obwohl ich gekündigt habe',
    'la factura va a 140 euros',
    'il sole sta picchiando forte',
    'Can I pay with a gift card?',
    'I changed my password and now the app crashes',
    'Das Auto hat eine dicke Beule',
  ])('stays quiet on %j', (text) => {
    expect(compilePolicy(defaultPolicy).topics.match(text)).toBeUndefined();
  });
});

describe('found by the twenty-ninth blind set (corpus/explicit-request.blind27.jsonl) and its review: the class, in every language', () => {
  it.each([
    // A case handed on to a team or a manager; a team wished to call "directly"; callbacks in other words.
    'Transmettez mon dossier au service sinistres, c\'est à eux de s\'en occuper',
    'Encaminhem isto para o departamento de sinistros',
    'Per favore inoltrate la cosa a un supervisore',
    'Quiero que esto llegue al responsable de atención al cliente',
    'Quiero que el taller de Madrid me contacte directamente sobre la reparación',
    'Quisiera que me devolvieran la llamada esta tarde',
    'Vous pouvez me téléphoner ?',
    'Can someone take a look at my account?',
    // The household asks, not a firm's opposite number; a courier named, but no call on the way.
    'My husband wants to speak to a manager',
    'Mio marito vuole parlare con un operatore',
    'The driver was rude, please call me back',
    'O entregador sumiu, me liguem urgente',
    // A yes before the ask; a denied wish before an earlier "che", then a wish.
    'Sí, vale, llámenme mañana por favor',
    'Non voglio che mi scriviate voglio che mi chiami un operatore',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone of the customer's who wants their opposite number; a courier's call on the way; a need for later; a
    // team's number asked about; the chat asked about with its pronoun; a denied wish.
    'My insurer wants to speak to your claims people — what email should I give them?',
    'A minha seguradora quer falar com o vosso departamento de sinistros, que email lhes dou?',
    "Can the driver call me when he's outside? The buzzer doesn't work",
    'Kann der Fahrer mich anrufen, wenn er unten ist?',
    'If I have problems later, can I reach a person or is it always the bot?',
    'Is there a customer support phone number in Australia or only the chat?',
    '¿Los fines de semana este chat lo atienden personas?',
    'Não quero que a oficina me ligue, trabalho o dia todo',
    // Goods, not a case, sent on; the customer's own device; a team the bot should check with.
    'Could you send it to the branch so I can pick it up there?',
    'Das Paket geht an die Filiale in Köln',
    'Mi equipo, por favor, revisen por qué no enciende',
    'Can you check the order with the warehouse team?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe("learnt from blind26's and blind28's false positives (not learnt from at first): the class, in every language", () => {
  it.each([
    // The household and the company's own staff still ask; so does the customer with an outsider named.
    'My husband wants to speak to a manager',
    "l'elettricista mi può chiamare?",
    'My dentist said I need a specialist, can you put me through to one?',
    // The bot first, then the customer's own ask.
    'ist das eine KI oder kann ich mit einem Menschen sprechen?',
    'esto es un bot o puedo hablar con alguien?',
    'Is it a bot or is there someone I can talk to?',
    // "Or" with the bot after stays a request, as older sets label it.
    "Y a-t-il moyen de parler à un être humain ici, ou c'est des bots jusqu'au bout ?",
    // An offer the customer takes, and a call wished for, not one just made; an outsider who wants nothing.
    'Please connect me to staff',
    "Quelqu'un peut m'appeler ?",
    'Llámenme para ofrecerme una solución',
    'se me acaba la paciencia llamenme ya',
    'My coach never turned up, speak to a human now',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone the customer deals with outside the company and the household, who is to do the talking.
    "My son's coach wants to speak to someone about group tickets, what's the email?",
    'El entrenador de mi hijo quiere hablar con alguien sobre entradas de grupo',
    "Mon dentiste peut-il échanger avec votre orthodontiste au sujet de ma couronne ?",
    'Der Trainer meines Sohnes will wegen Gruppentickets mit jemandem reden',
    'Darf meine Hausärztin direkt mit Ihrem Akustiker telefonieren?',
    'Meu dentista pode conversar com o ortodontista de vocês sobre minha coroa?',
    "L'allenatore di mio figlio vuole parlare con qualcuno per i biglietti della scuola calcio",
    'My landlord needs to talk to your team to give permission, can you send him the form?',
    // "Is it an AI or does someone write?": how the service works.
    "È un'IA o c'è qualcuno che scrive davvero?",
    // An offer stopped.
    "Stop offering to connect me to staff, I only want to know the battery's capacity",
    'Arrêtez de me proposer un conseiller, je veux juste la date',
    'Deja de ofrecerme un agente, solo quiero saber el precio',
    'Hör auf, mir ständig einen Berater anzubieten',
    // A call that has just happened.
    'Me acaba de llamar alguien de planificación, ¿la instalación es el 22?',
    "Quelqu'un du planning vient de m'appeler, la pose c'est bien le 22 ?",
    'Alguém da loja acabou de me ligar, está tudo certo',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind29 (a grocery delivery app): the class, in every language', () => {
  it.each([
    // A call asked for as a noun, from a team.
    "I'd like a call from the billing team",
    '¿Puedo pedir una llamada del servicio técnico?',
    'Je voudrais un appel du service client demain',
    "Vorrei una chiamata dall'ufficio sinistri per la mia pratica",
    'Queria receber uma chamada do suporte sobre a minha fatura',
    'Ich hätte gern einen Anruf vom Kundendienst wegen der Rechnung',
    // Someone from one of the company's teams, named, who can look after it.
    'Can someone from the claims team look into this?',
    "Quelqu'un de la facturation peut s'occuper de ma demande ?",
    'Alguém do suporte pode cuidar do meu pedido?',
    '¿Alguien de la oficina me puede confirmar la cita?',
    "Qualcuno dell'amministrazione può controllare la mia fattura?",
    // Found by review: staff asked to read what the customer wrote, or to be put in the chat, are requests.
    'Can a real person read my messages please',
    'Can an agent read my previous chats and call me?',
    'Alguém de vocês pode colocar um atendente na conversa?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A job for the team that packs the order.
    'Kann das Team im Lager eine Karte zum Geschenk legen?',
    'Can the warehouse team include a gift note?',
    // A building's administrator, someone of the customer's, who is to do the talking.
    'El administrador de mi comunidad quiere hablar con su equipo de instalación, ¿a qué correo escribe?',
    'O síndico do meu condomínio quer falar com a equipe de obras, qual é o e-mail?',
    // Found by review: a call just had, or one planned, is no call asked for.
    "Je viens d'avoir un appel du service client, rien n'est réglé",
    'Acabo de tener una llamada del servicio técnico y no me solucionaron nada',
    'I have a call about my refund at 3pm',
    'You said I would receive a call about my refund',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind30 (a chain of veterinary clinics): the class, in every language', () => {
  it.each([
    // A case handed on to a team, with the verbs customers use for it.
    'Please pass my file to the complaints department',
    "Passez mon dossier au service contentieux, s'il vous plaît",
    'Faites suivre au service facturation, merci',
    'Mandad mi reclamación al departamento de facturación',
    'Derivad mi consulta al servicio técnico',
    "Passate la mia pratica all'ufficio reclami",
    'Passem o meu processo ao setor de faturamento',
    'Geben Sie meinen Fall bitte an die Beschwerdeabteilung weiter',
    // Words run together, four of them.
    'talktoaperson',
    // Not the classes below: paying is the customer's, the cancelled thing is not a call, the household asks for itself.
    'I pay for premium, can I talk to a human?',
    'Do I have to pay extra? I just want a human now',
    'Cancel my order and call me back',
    'Cancela el pedido y llámame',
    'My husband wants to speak to a manager',
    'Is there a person behind this chat I can talk to?',
    // Found by review: a price named for another reason, a call cancelled with a person asked for, a relative's
    // details given with no question how they get in, a person wanted behind the chat, and the company's team.
    'is it free? i want to talk to a person',
    'kostenlos? dann verbinden sie mich bitte mit einem mitarbeiter',
    "I'm on the free plan, can I talk to someone?",
    'there is an extra charge on my bill can i talk to someone?',
    'me han cobrado un extra y quiero hablar con un responsable, ¿es posible?',
    'feel free to transfer me to a human?',
    'cancel my call back request and put me through to a live agent instead',
    'annulla la richiesta di richiamata e passami un operatore',
    'mi marido quiere hablar con un supervisor. el número de pedido es 4471',
    'my husband wants to speak to someone, he is on the account holder list, can you call him?',
    'quiero una persona real detrás de este chat',
    'get a human behind this chat now',
    // Found in the final read: "you should" is no customer handing on.
    'you should pass my file to a supervisor',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // What talking to someone costs.
    'Does it cost anything to speak to an agent?',
    '¿Cuesta algo hablar con un asesor?',
    "C'est payant de parler à un conseiller ?",
    'Ist es kostenlos, mit einem Mitarbeiter zu sprechen?',
    'È gratuito parlare con un operatore?',
    'É grátis falar com um atendente?',
    // A call called off.
    'Annulez mon rappel, merci',
    'Cancelen la llamada, ya lo resolví',
    'Bitte den Rückruf stornieren, hat sich erledigt',
    // Someone of the customer's who wants to talk, then how they are to get in touch.
    'Mi hermana quiere hablar con alguien de facturación, ¿le doy el número?',
    'My dad wants to talk to someone about his plan, can he use my account?',
    "Mon père veut parler à quelqu'un, il doit ouvrir un chat lui-même ?",
    'Mein Tierarzt möchte mit Ihrer Apotheke sprechen, welche Nummer soll er anrufen?',
    // Whether people are behind or reading the chat.
    'Are there real people behind this chat?',
    'Y a-t-il de vraies personnes derrière ce chat ?',
    'Ci sono persone vere che leggono questa chat?',
    '¿Hay personas reales leyendo este chat?',
    // Found by review: the customer's own handing on, done or to do, or to their own company.
    'tengo que mandar mi reclamo al departamento de calidad o lo hacen ustedes?',
    'voy a mandar esto al departamento legal de mi empresa',
    'je vais faire suivre ma demande au service juridique de ma boîte',
    "devo passare la mia pratica all'ufficio reclami o lo fate voi?",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind31 (a car rental and car-sharing company): the class, in every language', () => {
  it.each([
    // "Else" after "who", and whom to write to.
    'the app keeps looping, who else can I speak to?',
    "à qui d'autre je peux m'adresser ?",
    '¿con quién más puedo hablar de esto?',
    'mit wem sonst kann ich reden?',
    'con chi altro posso parlare della multa?',
    'com quem mais posso falar sobre a fatura?',
    // (A clause one word shorter once "else" is gone, ending in an article: found, not thrown on.)
    'who else can i talk to the',
    '¿A quién le escribo para reclamar la multa?',
    'An wen soll ich mich wenden?',
    // A person of flesh and blood.
    'Quiero hablar con una persona de carne y hueso',
    'Je veux une personne en chair et en os, pas un robot',
    'Ich will einen Menschen aus Fleisch und Blut sprechen',
    'Quero uma pessoa de carne e osso, por favor',
    'Una persona in carne e ossa, per favore',
    'Una persona de carne y hueso por favor',
    // A complaint raised, elevated or taken higher.
    'Elevad mi queja a un superior, por favor',
    'Portate il mio reclamo a un superiore',
    'Quero que a minha reclamação seja levada a um superior',
    "I'd like my complaint raised with someone senior",
    'Je veux que ma demande soit escaladée',
    'Potete portarlo più in alto?',
    // A team as the one who takes over.
    'Could the legal department look at my file?',
    'Kann die Rechtsabteilung meinen Fall übernehmen?',
    'Quiero que lo revise el departamento de reclamaciones',
    'Je voudrais que le service client reprenne ma demande',
    'il reparto rimborsi può prendere in carico la mia richiesta?',
    // A branch or an agency named by its place.
    "I'd like to speak to the Madrid Atocha branch",
    "Vorrei parlare con l'agenzia di Torino",
    "Je voudrais parler à l'agence de Lyon",
    'Ich möchte mit der Filiale Zürich HB sprechen',
    // Not the class below: a bot refused, a person wanted.
    'No necesito un bot, quiero una persona',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Past reports: "demanded" is no French "demander", "habló" folds to "hablo", a report of two words.
    'My brother demanded a refund last week and got it',
    'Mi hermana habló con la oficina y le dijeron que estaba pagado',
    'Mi padre llamó a la tienda ayer y ya está resuelto',
    "J'avais dû demander un conseiller l'an dernier, cette fois tout va bien",
    // A colleague on the chat who said something.
    "Votre conseillère sur le chat m'a dit de patienter, c'est réglé",
    'Your agent on the chat told me to wait a day, it worked',
    // A person refused before the bot is accepted.
    'No necesito un agente, con el bot me vale',
    'Kein Mitarbeiter nötig, der Bot reicht mir',
    // The assistant called by its name.
    'Obrigado, assistente!',
    'Gracias, asistente, ya lo tengo',
    'Merci, assistant !',
    // A satnav that speaks.
    'El navegador habla solo en inglés, ¿cómo lo cambio?',
    'Il navigatore parla troppo piano',
    // A team asked about, the customer's own agency, a complaint handed on with no reply wanted, the customer's own handing on.
    'I want to know if the claims department looked at my case',
    'Los corredores de nuestra agencia pueden ver las pólizas de otros?',
    'Reenvía mi queja al gerente, por favor. No hace falta que nadie me conteste.',
    "devo passare la mia pratica all'ufficio reclami o lo fate voi?",
    // Found by review: shops and workshops take goods, a thing that is not the case, what a team was said to do, a
    // complaint that was taken higher, prices and parcels taken higher, climbing, the customer's own travel agency,
    // a department-first wish denied.
    'Can the shop look at my phone screen today?',
    'Kann die Werkstatt den Reifenwechsel übernehmen?',
    'Kann die Buchhaltung meine Bankdaten einsehen?',
    'O departamento financeiro pode ver os dados do meu cartão?',
    'El servicio técnico me dijo que el taller puede revisarlo el lunes',
    'Est-ce que le magasin peut reprendre mon ancien frigo ?',
    'Ma réclamation a été escaladée, merci pour le suivi',
    'Minha reclamação foi levada a um superior e já me responderam, obrigado',
    'Has my complaint been taken higher up yet?',
    'Prices were taken higher after the update, is that permanent?',
    'Il pacco è stato portato più in alto, al terzo piano',
    'Vendete corde per la scalata in montagna?',
    'Prefiero hablar con mi agencia de viajes',
    'Ich möchte nicht mit der Filiale Basel SBB telefonieren, das klappt hier doch',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind32 (an online learning platform with a language school): the class, in every language', () => {
  it.each([
    // "One" needed after a clause that named a person, with a word of insisting between, or as the partitive pronoun.
    'liest das hier überhaupt ein Mensch? bräuchte nämlich einen',
    'does a human even read this? I would really need one',
    "est-ce qu'un humain lit ces messages ? parce que j'en aurais bien besoin",
    'un umano legge questi messaggi? ne avrei bisogno',
    'alguém humano lê isto? é que eu precisaria de um',
    // One of the company's people.
    'Ich will jetzt mit einem von euren Leuten reden.',
    'Ich möchte mit einem eurer Leute sprechen',
    'quiero hablar con uno de los vuestros',
    // Helped or handled by someone of the staff.
    'Voglio essere seguita da qualcuno del personale.',
    'I want to be helped by someone from your staff',
    // A person who can help, the pronoun joined to the verb.
    'Un operatore può aiutarmi?',
    '¿Un agente puede ayudarme?',
    // A case handed on to anyone of the staff, or arriving at a manager.
    'Chiedo che il mio reclamo venga inoltrato a un responsabile.',
    'Exijo que a minha reclamação seja encaminhada a um responsável.',
    'Per favore fate arrivare la cosa a un supervisore.',
    'Peço que passem o meu caso a um colaborador.',
    'Forward my complaint to an agent please',
    'This needs to go to a team leader or a manager today.',
    // ("caso" after "o meu" is the case, not "in case": the Friday before it is no condition.)
    'O curso tem de estar concluído até sexta. Peço que passem o meu caso a um colaborador.',
    // Transfer, callback and department forms.
    'Potete girarmi a un operatore?',
    'necesito que me devolváis la llamada',
    'chönd ihr mi bitte zrugglüte?',
    'jemand echtes pls',
    'Ich muss mit dem Prüfungsbüro sprechen, wegen Terminverschiebung.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // German "um" is no Portuguese "one"; a person not needed is not pointed back at.
    'Das kannst du selbst, dafür brauch ich keinen Menschen: stell mich aufs Jahresabo um.',
    // "Who am I talking to", answered with a guess at the bot.
    '¿con quién hablo, con una IA?',
    'who am I talking to, a bot?',
    // French "une dame" is no Spanish "dame" (give me).
    "une dame du service client m'a écrit que mon compte était débloqué",
    // A past meeting with a team.
    'Tivemos uma reunião com a equipa comercial em maio e fechámos o plano.',
    // The partitive needed for something else, or refused.
    "qui est le responsable de traitement de mes données ? j'en ai besoin pour un courrier",
    "un conseiller m'a appelé hier. je n'en veux pas",
    // How a case goes, asked; a case that went.
    'does this need to go to a manager for approval?',
    'this case went to a manager last week',
    'Il mio reclamo è stato inoltrato a un responsabile ieri',
    'A reclamação foi encaminhada a um responsável e aguardo',
    // The customer's own handing on, and goods.
    'can you pass my case to my lawyer',
    'il pacco viene inoltrato a un corriere',
    'the parcel needs to go to the warehouse',
    // Found by review: "one" after a person who named a thing, someone of the customer's, "go" asked or guessed, a
    // participle that tells how things go, "ich muss" with the customer's own team, "girarmi" with a thing, a past need.
    'Der Techniker hat einen neuen Router erwähnt, ich bräuchte nämlich einen',
    "Le conseiller m'a proposé une réduction, j'en aurais bien besoin",
    'Il tecnico ha portato due router, ne voglio uno solo',
    'O técnico falou de um router novo, preciso mesmo de um',
    'I want the parcel to be picked up by someone from my team',
    'Quisiera que la devolución sea recogida por alguien de mi oficina',
    '¿Alguien de mi equipo puede ayudarme a usar la app con su cuenta?',
    'Qualcuno della mia famiglia può aiutarmi con l\'app?',
    'So this will go to a manager now?',
    'If this has to go to a manager, fine, I\'ll wait',
    'this request will go to our finance team for approval',
    'Il reclamo viene inoltrato a un responsabile entro 48 ore?',
    'Sei que a reclamação é encaminhada a um responsável em 48h, certo?',
    'Ich muss mit meinem Team sprechen',
    'Ich muss den Techniker reinlassen, wann kommt er genau?',
    'Il tecnico deve girarmi il preventivo, quando arriva?',
    'Ontem eu precisava de um atendente e ninguém respondeu',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind35 (a removals and self-storage company): the class, in every language', () => {
  it.each([
    // A person needed, nobody said by whom: one of the staff, with nothing after but what they are to sort out.
    'Dafür braucht es einen Menschen, die Antworten hier helfen nicht.',
    'Ça prend un humain pour régler ça, le robot tourne en rond.',
    'Qui ci vuole una persona, il bot non capisce.',
    'Isso precisa de uma pessoa, o robô não resolve.',
    'Hace falta una persona para esto.',
    'Il nous faut un conseiller au téléphone maintenant.',
    // A branch or a team named with its place, then getting in touch; what it is about may follow the German verb.
    'Could the branch in Leeds get in touch with me about the quote?',
    '¿La delegación de Sevilla me puede contactar directamente?',
    'La sede di Torino può contattarmi direttamente per il preventivo?',
    'A filial de Curitiba pode entrar em contato comigo?',
    'Kann sich die Niederlassung in Linz bei mir melden wegen des Angebots?',
    // A complaint raised with someone; a role with its place, alone.
    'I want to lodge a formal complaint with the manager of the depot.',
    "le chef d'agence svp",
    'il responsabile del negozio, subito',
    // A polite question whether there is not a person; a person who takes the customer in hand.
    "Il n'y aurait pas un conseiller quelque part ?",
    "Est-ce qu'un conseiller pourrait me prendre en charge ?",
    // A complaint taken higher; a call to the customer, or to their own relative.
    'Chiedo che il mio reclamo venga portato più in alto.',
    'liga pra mim por favor, o número está no cadastro',
    'Alguém pode ligar para a minha mãe amanhã? Ela não usa o chat.',
    // Found by review: "get in contact", complaints made to someone in other languages, the case to sort out.
    "Can the branch in Bristol get in contact with me, I've been waiting a week",
    'Quero fazer uma reclamação com o gerente.',
    'Voglio presentare un reclamo formale a un responsabile.',
    'Serve una persona per sbloccare la mia pratica.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // What a job takes, asked.
    "Ci vuole un tecnico per il montaggio dell'armadio?",
    'Ça prend une personne pour signer à la livraison ?',
    'Hace falta una persona mayor de edad para recibir el pedido?',
    'Dafür braucht es einen Techniker.',
    // A visit, not a talk: someone passing by to fetch something.
    'Il portiere ha le chiavi, la squadra può passare a prenderle?',
    'O porteiro tem as chaves, o pessoal de vocês pode passar lá para pegar?',
    // A name asked for; a contact that happened; furniture taken apart and put back.
    'What do you call the service where you pack everything for us?',
    'Ya me comuniqué con una asesora ayer y quedó en mandarme el presupuesto.',
    'Vous démontez et remontez les armoires ?',
    "Vous remontez les cartons à l'étage ?",
    // A chore for the team; French "réglé" is no Italian "reale".
    'Kann das Team zusätzliche Decken mitbringen?',
    'Merci, le préposé au comptoir a tout réglé, bonne journée!',
    // A call to the recipient, not the customer's own.
    'A florista pode ligar para a destinatária?',
    // Found by review: a branch contacting someone else, what a job takes (asked on the verb, or for a job), a call
    // refused after it, cartons taken upstairs, a chore read as a team's name.
    "Can the branch in Bristol call the courier for me? I'm not home.",
    "L'agence de Lyon peut contacter mon assureur ?",
    '¿La delegación de Valencia puede llamar al transportista?',
    'A filial de Campinas pode ligar para a transportadora?',
    'Braucht es einen Menschen, der das Paket entgegennimmt, oder kann es abgestellt werden?',
    'Ça prend un humain pour valider la commande ?',
    'Ligue para mim não, prefiro email.',
    'Faites remonter les cartons au troisième étage svp.',
    'Kann das Team Decken mitbringen?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind33 (a home energy supplier and solar installer): the class, in every language', () => {
  it.each([
    // A team by "the ones from" it, or by a name of its own (a long German word after "mit der", an English "-ing" word after "to").
    'Necesito hablar con los de contadores, el mío no marca bien.',
    'Posso parlare con quelli dei pannelli solari?',
    'Je peux parler à ceux du service raccordement ?',
    'Quero falar com os da manutenção, o inversor apita.',
    'Can I talk to the guys in metering about my readings?',
    'Ich möchte mit der Zählerverwaltung sprechen.',
    'Können Sie mich mit der Einsatzplanung für die Wallbox verbinden?',
    "I'd like to speak to invoicing about the last bill.",
    // Nobody there to talk to, asked; a way to reach someone; someone on a phone line.
    "Il n'y a personne avec qui je pourrais parler de mon contrat ?",
    '¿No habrá forma de que me atienda una persona?',
    'Y a moyen de tomber sur un conseiller ?',
    "C'est possible d'avoir quelqu'un au bout du fil ?",
    'Ich hätte gern jemanden am Apparat.',
    'Posso avere qualcuno in linea per la bolletta?',
    '¿Puedo tener a alguien al otro lado del teléfono?',
    // Someone of flesh and blood after "possible"; a team wished for with what it is for.
    'Wäre es möglich, dass jemand aus Fleisch und Blut mir antwortet?',
    'Est-ce que je peux avoir le service technique pour mon compteur ?',
    // Texting and typos: "je peu", a typo after "un" read as a person, "pro pessoal".
    'est ce que je peu parlé avec qqn du service client',
    'un agant svp',
    'me passa pro pessoal da instalação por favor',
    // Found by review: "ceux de la" past its article, a German office ending "-annahme", "habrá forma de" and a verb.
    "J'aimerais parler avec ceux de la facturation",
    'Ich will mit der Störungsannahme reden',
    '¿No habrá forma de hablar con alguien de verdad?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Not the bot refused: "no" before a "que" clause; what a thing is for; who does a job; a visit to a place; a reply told.
    'No sabía que teníais chatbot, muy útil.',
    "A cosa serve l'assistente energetico nell'app?",
    'Para que serve o gestor de consumo?',
    "Le ramoneur passe avant, ou c'est votre technicien qui s'en occupe ?",
    'Il tecnico deve passare dal vicino per il contatore?',
    'O setor de cobrança já me respondeu por email.',
    // Neither … nor; a thing connected, not a team; the ones from a team, in the past.
    'Ich will weder mit einer Beraterin noch mit der Rechnungsstelle sprechen, nur den Tarif wissen.',
    'Können Sie mich mit dem WLAN verbinden?',
    'Los de contadores ya vinieron ayer y todo bien.',
    'Hablé con los de la instalación la semana pasada.',
    // The customer's own talk; a real word near a person word; a person met, in the past.
    'I need to talk to my husband about the quote first.',
    'I need a letter for my landlord confirming the tariff.',
    'Je suis tombé sur un conseiller très sympa la dernière fois.',
    "Il n'y avait personne avec qui parler hier soir.",
    'Ich habe mit der Zählerverwaltung schon gesprochen.',
    'The guys from the installer were great, thanks.',
    // Found by review: a device connected; "-ing" words that are no team; the ones from a place, or from home; someone
    // on the line who told the customer something.
    'Ich möchte mein Handy mit dem Heimnetzwerk verbinden',
    'Ich möchte die App mit der Heizung verbinden',
    'I look forward to hearing from you',
    'I need to talk to roofing contractors first',
    "I'll talk to the folks at home about it",
    'Tengo que hablar con los del piso de arriba, tienen una fuga',
    "Je dois parler à ceux d'à côté pour le compteur commun",
    "Est-ce possible ? Quelqu'un au bout du fil m'a dit que non",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind34 (a city\'s buses, trams, metro and bike share): the class, in every language', () => {
  it.each([
    // Someone shown the case, asked of the company: "fate vedere a", "montrez ça à", "enséñenselo a", "mostrem isso para".
    'Fatelo vedere a un operatore, per favore.',
    "Montrez ça à un conseiller, s'il vous plaît.",
    'Enséñenselo a alguien de atención al cliente.',
    'Mostrem isso pra um atendente, por favor.',
    'Zeigen Sie das einem Mitarbeiter, bitte.',
    // Someone to take the case on: "pegar meu caso", "tomar mi caso", "take my case", "prendre mon dossier".
    'Alguém da equipe pode pegar o meu caso?',
    '¿Algún agente puede tomar mi caso?',
    'Could someone take on my case, please?',
    "Un conseiller peut reprendre mon dossier ?",
    // Who is in charge here, asked.
    'Wer hat hier das Sagen?',
    'Chi comanda qui? Voglio parlarci.',
    // Found by review: a wish that was not had, then a request in its own sentence.
    "If I'd wanted to wait a week I'd have said so. Get me an agent.",
    'Se avessi voluto un bot avrei usato l\'app. Voglio un operatore.',
    // "As" not before the bot: a rejection all the same.
    'marre comme toujours de ce bot',
    'Quem manda aqui?',
    // A figure for the article; someone real.
    'je veux parler à 1 conseiller',
    'quero falar com 1 atendente',
    'qualcuno di reale, grazie',
    // A team by the office itself ("die zuständige Stelle"), or by "gabinete".
    'Können Sie mich mit der zuständigen Stelle verbinden?',
    'Ich möchte mit der Stelle für Erstattungen sprechen.',
    'Quero falar com o gabinete de apoio ao cliente.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A wish that was not had: "if I'd wanted…, I'd have…".
    'Hätte ich mit einem Mitarbeiter sprechen wollen, hätte ich angerufen.',
    'Wenn ich mit einem Menschen hätte reden wollen, wäre ich zur Filiale gegangen.',
    "If I'd wanted to talk to an agent I would have called. Where do I top up my card?",
    "Si j'avais voulu parler à un conseiller, je serais passé à l'agence.",
    'Se avessi voluto parlare con un operatore avrei chiamato il numero verde.',
    'Si hubiera querido hablar con un agente, habría llamado.',
    'Se eu tivesse querido falar com um atendente, tinha ligado.',
    // None of them preferred; a judgement of the bot as one.
    'Preferisco nessun operatore, va bene così.',
    'Prefiero ningún asesor, gracias.',
    "t'es pas terrible comme assistant, mais ça va",
    "you're pretty useless as a bot, but fine, how do I renew?",
    // Someone else's past talk or demands, and promises made: French "a discuté", "aurait exigé"; "prometió".
    "Mon fils a discuté avec un agent hier, il a eu sa carte.",
    'Ma sœur aurait exigé un responsable, moi non.',
    'Un agente por chat me prometió un reembolso, ¿ya está?',
    'Your agent promised me a refund last week, has it gone through?',
    // A guard who let someone pass; a procedure, not a request: showing a ticket to the staff.
    'O segurança deixou um senhor passar sem bilhete.',
    'The security guard at the gate was very rude.',
    "Il faut montrer ça à l'accueil ?",
    'Devo mostrar isso para o funcionário da recepção?',
    // No "1" for a head count; a job, not an office.
    'mesa para 1 persona',
    'Ich habe mit der Stelle als Fahrerin schon angefangen.',
    // The verbs a phrase's words are near, left alone: "monter", "fare".
    'Un de vos gars peut venir monter le vélo ?',
    'Devo fare vedere a qualcuno la ricevuta?',
    // Found by review: who is in charge of something, or who sends it ("manda"), is asked about, not for; a German
    // wish that was not had, by "gebraucht".
    'Quem manda aqui o boleto, vocês ou o banco?',
    'Chi comanda qui il volume della musica? È altissimo.',
    'Wer ist hier zuständig für Rückerstattungen, Sie oder der Händler?',
    'Hätte ich einen Berater gebraucht, hätte ich einen Termin gemacht.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind36 (a furniture retailer with delivery, assembly and kitchen planning): the class, in every language', () => {
  it.each([
    // An ease or a preference that ends its clause carries the wish into the next one.
    'Mir wäre wohler, wenn ein Mitarbeiter das übernimmt.',
    'Mir wäre wohler, wenn sich ein echter Mensch darum kümmert.',
    'Ficaria mais tranquilo se um atendente visse isso comigo.',
    // Nobody asked about, then who would take over or talk: after a comma, or by a verb of attending.
    'Gibt es denn niemanden, der sich das anschauen kann?',
    'Gibt es niemanden, mit dem ich reden kann?',
    "N'y a-t-il personne qui pourrait s'occuper de mon dossier ?",
    // Who handles something, then that person.
    'Chi si occupa dei rimborsi? Vorrei parlare con lui.',
    'Qui gère les litiges ? Je veux parler à cette personne.',
    '¿Quién se encarga de las devoluciones? Quiero hablar con esa persona.',
    // Available before the person, or after where and when.
    '¿Está disponible algún agente ahora mismo?',
    'È disponibile un operatore in questo momento?',
    'Ist bei euch gerade jemand ansprechbar?',
    // Possible that someone does it; a phone call given; put in contact; someone to explain it to.
    "Est-ce qu'il y aurait moyen que quelqu'un me rappelle ?",
    'Ci sarebbe modo che qualcuno di voi segua la mia pratica?',
    'Vous pouvez me passer un coup de fil demain matin ?',
    'Mi date un colpo di telefono domani?',
    'Ponha-me em contato com o setor de faturação.',
    'Tem alguém pra quem eu possa explicar o problema?',
    "Je veux m'adresser à un responsable.",
    // Kitchen planners, service staff, the warehouse as a team; "no haya manera de".
    'Ich möchte mit meiner Küchenplanerin sprechen.',
    'Kann ich mit einer Servicekraft sprechen?',
    'Könnt ihr mich mit dem Lager verbinden?',
    'I need to speak to the warehouse about my collection.',
    'no puede ser que no haya manera de hablar con una persona',
    // Found by review: a chat of the customer's passed on or resumed; a talk asked whether it can be had; someone
    // better than the bot wished for; who handles something, then that person needed.
    'please pass my chat to an agent, the bot is going in circles',
    'I want to continue my chat with the agent from before',
    'a call with a manager, is that possible today?',
    'Il contatto con un operatore, è possibile adesso?',
    'I want someone more competent than this bot',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // "Chat" as a noun: the cat, the customer's or the company's chat, its records.
    'Mon chat a griffé le canapé, ce tissu est-il lavable ?',
    'Your chat history shows my order number, right?',
    'Do agents read the chat logs afterwards?',
    'Meine Frau hat gestern mit eurem Chat-Support geschrieben, alles gut.',
    // A comparison with the bot; someone else's talk and what was agreed; no reason to pass it on.
    "You're more helpful than the last chatbot I tried.",
    'Hablé con una asesora y quedamos en que vienen el lunes.',
    'Kein Grund, mich mit jemandem zu verbinden, danke.',
    "No reason to pass this to anyone, it's sorted.",
    "Un agent m'a expliqué que le remboursement prend cinq jours.",
    // A talk named, then asked about.
    "L'appel avec le technicien, c'est payant ?",
    'The call with the engineer, is it free?',
    // Nobody, and no ease, wished for; nobody who would pay or take over, told.
    'Mir wäre lieber, wenn niemand anruft.',
    'Es gibt niemanden, der das bezahlen will.',
    'Ich kenne niemanden, der das übernehmen kann.',
    // Who handles something, asked for itself or for a way to write; that person, told about.
    'Chi si occupa dei rimborsi? Qual è la sua email?',
    "Qui s'occupe des livraisons le samedi ?",
    'Cette personne était très désagréable au téléphone.',
    // The warehouse as a place or a stock; a thing available.
    'Ist das Sofa noch auf Lager?',
    'Is the warehouse open on Saturdays?',
    '¿Está disponible algún modelo en azul?',
    // Found by review: an ease about a trade who comes; nobody who would pay or who helped, told or asked about a
    // service; that person wanted back or thanked; who handles it, then a note left; the kitchen planner as a tool; a
    // chat of the customer's that cut off.
    'Mir wäre wohler, wenn der Techniker vormittags kommt',
    'Letztes Jahr gab es niemanden, der mir helfen konnte, deshalb bin ich gewechselt',
    'Gibt es niemanden, der die Kosten übernimmt? Die Versicherung sagt nein',
    "Il n'y a personne qui s'occupe des livraisons le dimanche ?",
    'someone from sales rang me about an upgrade. I want that person to stop calling',
    'The agent I had yesterday was brilliant. Can you give that person my thanks?',
    "Qui s'occupe des livraisons ? Je veux leur laisser un mot pour le code de la porte",
    'Kann ich den Küchenplaner auch am Handy nutzen?',
    "mon chat avec le conseiller a coupé hier mais c'est réglé",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind37 (a hotel group: rooms, spa, events, lost property): the class, in every language', () => {
  it.each([
    // Anyone available to take over; a person writing to the customer; a call asked for now; a team on the line.
    'Is anyone available to take over this chat?',
    'Tem alguém disponível pra assumir o atendimento?',
    'Can a person email me?',
    'Gradirei che qualcuno mi scrivesse di persona.',
    'callback asap please',
    'request call back asap',
    'Can I get the billing team on the line?',
    // German teams with the verb last after their name and place; the management; hotel and branch managers.
    'Geschäftsführung, sofort.',
    'Könnte ich mit der Rezeption Ihres Hotels in Wien sprechen?',
    'Direktion, bitte.',
    'Ich möchte den Hotelmanager sprechen.',
    // A callback by phone; easier or safer with a real person ("mais" after "fica" is "more"); "podia", "grz".
    'Je souhaite être recontactée par téléphone pour la facture.',
    'Isso fica mais fácil com uma pessoa de verdade.',
    'Me sinto mais segura com alguém de verdade.',
    'Será que um colega seu podia ver o meu pedido?',
    'umano grz',
    // Found by review: whether it is needed, then another way that is a person, a transfer or a call; a time to call back.
    'Do I need to call the front desk or can you connect me to them?',
    'Je dois parler à un conseiller ou à son responsable.',
    'Fino a che ora potete richiamarmi oggi?',
    'Devo parlare con qualcuno, o posso avere un numero da chiamare?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Whether the customer must make the contact, another way offered; opening hours.
    'Do I need to call the store to confirm, or is the email enough?',
    '¿Tengo que llamar a la tienda o vale con el correo?',
    'Preciso ligar pra loja ou basta mandar mensagem?',
    "Devo telefonare all'hotel o basta scrivere nella prenotazione?",
    'Muss ich die Filiale anrufen oder reicht die Buchung?',
    'Until what time is someone at the front desk?',
    '¿Hasta qué hora hay alguien en recepción?',
    'Bis wann ist jemand an der Rezeption?',
    // A thing that has something; help that is a chore; a role, a name, then more about them.
    'Does the apartment have a washing machine?',
    'O apartamento tem secretária?',
    'Can staff help carry our bags to the car?',
    'Could someone help carry the boxes upstairs?',
    'The agent, Maria, was lovely.',
    'La recepcionista, Ana, fue muy amable.',
    // A callback cancelled with its verb; a call back reported.
    "Please cancel my request to be called back, it's sorted.",
    'Annullate la richiesta di essere ricontattato, grazie.',
    "L'operatore mi ha ricontattato ieri, tutto risolto.",
    'Il ragazzo della reception mi ha ricontattata stamattina.',
    'Ein Teamleiter hat mich gestern zurückgerufen.',
    // Someone else's talk with the verb last; a team-building package; an app's energy manager.
    'Unsere Hausverwaltung möchte mit eurem Lieferteam wegen der Parkplätze sprechen.',
    'Do you offer a team-building package?',
    'Was macht der Energiemanager in der App?',
    // Found by review: a transfer from the hotel; software named "-manager"; a person compared against; the hotel called by someone else.
    'Gibt es einen Transfer vom Hotel zum Flughafen?',
    "Il transfer dall'hotel al porto è incluso?",
    'Ich möchte den Passwortmanager deaktivieren.',
    "It's easier with the app than with a real person.",
    'Mi agente de viajes va a llamar al hotel.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind38 (a chain of gyms and fitness clubs): the class, in every language', () => {
  it.each([
    // The case judged one for a human, in every language; German verb-last preference.
    'Honestly this is one for a real person.',
    "C'est clairement un cas pour un humain.",
    'Isso é coisa pra um atendente resolver.',
    'Esto es cosa para un humano, no para un bot.',
    'Das ist ein Fall für einen Menschen.',
    'Questo è un caso per un operatore.',
    'Ein echter Mensch wäre mir lieber.',
    'Mir wäre ein Mitarbeiter ehrlich gesagt lieber.',
    // Feeling better talking with someone.
    'I would feel better speaking with someone real.',
    'Me sentiría mejor hablando con una persona.',
    "Je me sentirais mieux en parlant à quelqu'un.",
    // Anyone available who could take it, or there past when; a role after an unknown word.
    'Is anyone available today who could look at my booking?',
    'Hay alguien disponible que pueda revisar mi reserva?',
    'Gibt es bei euch heute noch jemanden?',
    'Voglio il general manager, subito.',
    'I want the club manager.',
    // Redirected, passed, "tendría que", "chame", "gebt", "send me back to".
    'Je voudrais être redirigée vers un conseiller.',
    'Vorrei essere passata a un operatore.',
    'Esto lo tendría que revisar un empleado.',
    'Chame o gerente, por favor.',
    'gebt mir einen Mitarbeiter',
    'The bot sent me here by mistake, please send me back to a human.',
    // Found by review: someone to be called, not a name; writing to ask; one person over the bot.
    'Exijo que se llame al encargado ahora mismo.',
    'Sto scrivendo per chiedere di parlare con un operatore.',
    'Mir wäre ein Mensch lieber als der Bot.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A transfer done to the customer, reported: the chat its subject, or an English past with "me".
    'Last time the bot transferred me to an agent and it took ages.',
    'You connected me to the wrong department yesterday.',
    'La chat mi ha passato a un operatore ieri e ha risolto tutto.',
    'El chat me pasó con un agente y fue rapidísimo.',
    'O chat me passou para um atendente ontem.',
    'Gestern hat mich der Chat an einen Mitarbeiter weitergeleitet.',
    'Letzte Woche hat mich ein Kollege von euch angerufen.',
    // A name asked; "rather not" right before dealing with someone; questions about the bot.
    'Como se chama o gerente da loja?',
    'Come si chiama il responsabile del negozio?',
    "I'd rather not deal with staff, just cancel it for me.",
    "C'est automatique ou il y a quelqu'un derrière ?",
    'Sto scrivendo con un bot?',
    // Compounds and things: a team workout, a medical certificate, an adult required.
    'Is there a team workout on Sundays?',
    'Serve il certificato medico per iscriversi?',
    'Serve una persona maggiorenne per firmare?',
    // Not a case for a human; "this one" bought; a language asked; a trade or a time preferred; a menu.
    "This isn't a case for a human, you can sort it.",
    'I bought this one for a person at work.',
    'Is anyone available who speaks Spanish?',
    'Der Techniker wäre mir lieber am Vormittag.',
    'I feel better now that the agent called me.',
    "I'd feel better talking to you than to an agent.",
    'Mir wäre ein Termin am Montag lieber.',
    'send me back to the main menu',
    // Found by review: a thing for people, one person as a size; a past or placed preference; "really" before a person;
    // passed between operators, redirected before; an app's list; a French name asked.
    'Yoga is a thing for people who like stretching, not for me.',
    "La chambre simple, c'est un truc pour une personne ?",
    'Isso é coisa pra gente resolver depois, obrigado.',
    'Seguro que esto es cosa de un empleado nuevo que se equivocó.',
    'Mir wäre ein Mensch lieber gewesen, aber der Bot hat es gelöst.',
    'Mir wären zwei Mitarbeiter an der Rezeption lieber.',
    'Ist da wirklich ein Mensch?',
    'Mi sembra di essere passato da tre operatori.',
    "Après avoir été redirigé vers trois conseillers, je n'ai toujours pas de réponse.",
    'Why does the app send me back to the agent list?',
    "Comment s'appelle le responsable du magasin ?",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind39 (a mobile phone and home broadband provider): the class, in every language', () => {
  it.each([
    // A moment of someone's for the customer.
    'Would one of your colleagues have a minute for me?',
    "Quelqu'un de chez vous aurait cinq minutes pour moi ?",
    '¿Algún agente tendría un momento para mí?',
    'Qualcuno di voi avrebbe un attimo per me?',
    'Alguém da equipe teria um tempinho para mim?',
    'Hätte jemand von euch kurz Zeit für mich?',
    // A possibility asked or denied, or an opinion asked, after a negation.
    "Isn't it possible to speak to an adviser?",
    '¿No sería posible hablar con un asesor?',
    'Não seria possível falar com um atendente?',
    'Non sarebbe possibile parlare con un operatore?',
    'Não daria pra passar meu caso pra alguém da equipe?',
    "Don't you think a person should look at this?",
    '¿No crees que sería mejor hablar con una persona?',
    // Someone of the company's taking the case in hand after a wish; "better" with someone looking.
    'Vorrei che qualcuno del vostro ufficio prendesse in mano la situazione.',
    'Quiero que mi caso lo lleve un supervisor.',
    'Seria melhor uma pessoa ver isto.',
    // Words: passed on, put through, written with, handed on, a few words, a person here, "ce", the staff, "d verdad".
    'Could this be passed on to a manager?',
    'Ich möchte zum Kundenservice durchgestellt werden.',
    'Kann ich kurz mit jemandem vom Support chatten?',
    'bitte mit der Störungsstelle verbinden',
    'Ich verlange jemanden mit Entscheidungsbefugnis.',
    'Gostaria de ser encaminhada para o suporte.',
    'Dava pra trocar umas palavras com um atendente?',
    'UMA PESSOA AQUI',
    'ce un operatore?',
    'Mi mettete in contatto con il personale della filiale?',
    'quiero q me atienda alguien d verdad',
    // Found while writing these: a call to the customer's "para mim" after "que".
    'Quero que liguem para mim.',
    // Found by review: "better that" someone looks; handed on "à" a team.
    "Il vaudrait mieux qu'un conseiller regarde mon dossier.",
    'Sarebbe meglio che un operatore guardasse la pratica.',
    'Como faço para ser encaminhado à ouvidoria?',
    // Found by review: a call back, then what it is for.
    'Call me back and explain the bill.',
    'Rufen Sie mich bitte zurück und erklären Sie mir die Rechnung.',
    'Rappelez-moi et expliquez-moi la facture.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // The chat as what a person is of, in a report; a German perfect before "und".
    "L'agente della chat mi ha dato un codice ieri.",
    'Um atendente do chat me passou o protocolo ontem.',
    'The agent from the chat gave me a reference yesterday.',
    'Ein Mitarbeiter hat mich gestern angerufen und gesagt, alles ist gut.',
    // The customer's own call, told with "when"; a staff member's need.
    'When I call someone abroad, what does it cost?',
    "Quand j'appelle quelqu'un en Suisse, c'est facturé ?",
    'Does the technician need someone at home?',
    // The customer's own team; a team plan; a mobile operator.
    'Il mio team lavora da remoto, che offerta mi consigliate?',
    'Is there a team plan with shared data?',
    '¿Qué operador móvil tiene mejor cobertura?',
    'Qual operadora móvel vocês usam?',
    // No moment asked; a refusal; a question about the bot.
    'The technician took his time, but it works now.',
    "I don't have a minute for this nonsense.",
    "It's not possible, I don't want an agent.",
    'Non credo che serva un operatore.',
    'Ich spreche hier mit einem Bot, oder?',
    'Ich schreibe hier mit einem echten Menschen, oder?',
    'When I talk to the bot it never understands.',
    'Não quero que liguem para mim.',
    // Found by review: a moment taken or always had; a transfer done, in the passive; a phone carrier; a staff member's
    // need after "your"; "better than"; help with a chore.
    "L'agent a pris le temps de m'expliquer, merci beaucoup.",
    'Mi asesor siempre tiene un rato para mí, es muy amable.',
    'Sono stato messo in contatto con il personale ieri, tutto ok.',
    'Fue transferido a un agente ayer.',
    'Ce un operatore telefonico più economico per ricevere gli SMS?',
    'Does your technician need someone to be home?',
    "Sei meglio che un operatore che risponde dopo un'ora.",
    'Lo staff può aiutare a portare le valigie?',
    'I asked them to call me back and nobody did.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind40 (an airline with a frequent-flyer programme): the class, in every language', () => {
  it.each([
    // Someone of flesh and blood available, past the words that say so.
    'Is anyone of flesh and blood available right now?',
    '¿Hay alguien de carne y hueso disponible?',
    "Quelqu'un en chair et en os est disponible ?",
    'Ist jemand aus Fleisch und Blut verfügbar?',
    // A person glued to what makes them real, in a longer message.
    'could I please get a realperson on this chat',
    'i want a liveagent on the line now',
    // The help or the intervention of someone.
    'Ich brauche die Hilfe eines Mitarbeiters.',
    'Preciso da ajuda de um atendente.',
    "Ho bisogno dell'aiuto di un operatore.",
    'Solicito la intervención de un supervisor.',
    "Je demande l'intervention d'un responsable.",
    'I request the intervention of a supervisor.',
    // Words: "in comunicazione con", "collegata con", "mi passereste", "secção"; a team glued to nothing ("fedeltà").
    'Può mettermi in comunicazione con un operatore?',
    'Vorrei essere collegata con un operatore.',
    'Mi passereste un operatore?',
    'Pode transferir-me para a secção de reclamações?',
    'Reparto fedeltà per favore',
    // Found by review: someone of a team available; a person glued to a qualifier after it; "requiero", "Unterstützung";
    // a transfer asked as the other way.
    'Alguém do atendimento ao cliente está disponível agora?',
    'je veux parler à un conseillerhumain svp',
    'Requiero la intervención de un responsable.',
    'Ich bitte um die Unterstützung eines Kollegen.',
    'Devo chiamare la reception o mi passate voi?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone asked, verb first, what they speak.
    'Sprechen die Mitarbeiter an der Hotline auch Englisch?',
    '¿Hablan los agentes del aeropuerto francés?',
    // A stopover.
    "L'agent d'escale m'a aidé à Dubaï.",
    'O voo faz escala em Madrid?',
    'Mi vuelo hace escala en Lima, ¿el agente puede facturar hasta destino?',
    // German "holen" with its particle last; a team named by a verb after "the"; the bot praised over another.
    'Holt jemand meine Koffer am Band ab?',
    'Where is the transfer desk at Heathrow?',
    "You're so much better than the old chatbot.",
    // Whether the customer must call, the other way offered.
    'Do I have to call someone to change my seat or can I do it online?',
    'Preciso de ligar para alguém ou faço isso no site?',
    // Staff there for a job; a cleft's verb and article before a team; many chats.
    'Is there someone at the gate who can accompany my daughter?',
    "C'è qualcuno che può sorvegliare il mio cane?",
    'É o gerente que me faz as reservas?',
    'Qualcuno legge queste chat?',
    // A past contact in Italian's perfect.
    'Mi avete messo in comunicazione con un operatore che non sapeva niente.',
    'Sono stato messo in comunicazione con un operatore ieri.',
    // Found by review: a job for "mi" thing; "avevate"; glued words that are no person and another.
    '¿Hay alguien que pueda imprimir mi tarjeta de embarque?',
    "Mi avevate messo in contatto con un'operatrice che non sapeva niente.",
    'I booked through a travelagent, can I change it?',
    'Die Weiterleitung kannst du abbrechen, danke.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind41 (dental clinics): the class, in every language', () => {
  it.each([
    // A callback asked whether it is possible, the noun before or after.
    'Wäre ein Rückruf heute Nachmittag möglich?',
    'Is a callback possible this afternoon?',
    'Un rappel serait-il possible ?',
    '¿Sería posible una llamada de vuelta esta tarde?',
    'Sarebbe possibile una richiamata in mattinata?',
    // Someone at the clinic who could look at it, "there would be" too.
    '¿Habría alguien en la clínica que pudiera mirar mi presupuesto?',
    'Haveria alguém na clínica que pudesse ver a minha fatura?',
    'Ci sarebbe qualcuno in clinica che possa controllare il preventivo?',
    'Is there anyone at the clinic who could check my invoice?',
    // Possible that someone takes it on, the case a pronoun before the verb.
    '¿Es posible que alguien lo revise hoy?',
    "Y a moyen que quelqu'un reprenne la conversation ?",
    'Wäre es möglich, dass sich das jemand anschaut?',
    'Ich möchte, dass sich das jemand anschaut.',
    // Someone there, past "vielleicht" and "gerade" and who they are.
    'Ist da vielleicht gerade jemand vom Personal?',
    // Teams: reception, accounts, complaints, the management; thanks after a team alone.
    'Anmeldung bitte',
    'Que me llame contabilidad, por favor.',
    'Quero falar com o serviço de reclamações.',
    'Vorrei parlare con la direzione.',
    'segreteria grazie',
    'Ich möchte mit der Abrechnung sprechen.',
    // A doctor by title and name.
    'I would like to speak with Dr Okafor about my crown.',
    'Je voudrais parler au Dr Martin.',
    'Quero falar com a Dra. Helena.',
    // Called back by someone, in a passive; the call returned.
    'Vorrei essere richiamata dallo studio di Torino.',
    'Chiedo di essere contattato dalla direzione.',
    '¿Me podéis devolverme la llamada?',
    // One of the staff to continue the conversation; better if a human deals with it; a worker.
    'Could one of the receptionists continue this conversation?',
    'Alguém pode continuar o atendimento?',
    'Meglio se se ne occupa una persona.',
    'Pásame con algún trabajador de la clínica.',
    'Isto precisa mesmo de ser visto por uma pessoa.',
    // Found by review: the call noun opening the clause; someone from a team there; more verbs of taking it on; more
    // titles; thanks after a team in a clause of their own; a call to give back.
    'Rückruf möglich? Bin ab 14 Uhr erreichbar.',
    'Ist da vielleicht jemand vom Empfang?',
    '¿Sería posible que alguien se encargara de esto?',
    'Quiero que alguien lo mire personalmente.',
    'Qualcuno del team potrebbe riprendere la conversazione?',
    'Posso parlare con il Dott. Bianchi?',
    'Je voudrais parler à la Dre Roy.',
    'Segreteria, grazie.',
    'Podem devolver-me a chamada?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // "Will" and a named person doing something is what will happen; "talk me through" explains.
    'Will the dentist talk me through the X-rays?',
    'Will a member of staff stay with my son during the filling?',
    // Declined: "paso de", "inutile", "non me la sento", "escusam de", "niente segreteria".
    'paso de hablar con un agente, solo dime el precio',
    'inutile passarmi un operatore, volevo solo sapere gli orari',
    'non me la sento di parlare con nessuno, scrivo qui',
    'escusam de me ligar, só queria o horário',
    'No grazie, niente segreteria.',
    // Not a role: Spanish "al" and an infinitive; a tooth; a doctor who explains.
    'Me duele al morder, ¿es normal?',
    'O meu filho chama ao dente de leite "Tobias".',
    'O médico explica-me o tratamento antes?',
    // A doctor's title cut off by its full stop, asked about; a call somewhere; no callback possible.
    '¿la Dra. Pérez trabaja este sábado?',
    'Is a call to Spain possible on this plan?',
    'Ein Rückruf ist leider nicht möglich.',
    // Someone else taking it on; a statement for the invoice.
    'Ich möchte, dass jemand anderes meinen Vertrag übernimmt.',
    'Ich brauche die Abrechnung vom März.',
    // Found by review: a callback in the past; what a named one will do; titles asked about.
    'Was a callback possible last week? The receptionist said no.',
    'Will the dentist explain the procedure before starting?',
    'il Dott. Rossi riceve il sabato?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind42 (a retail bank): the class, in every language', () => {
  it.each([
    // A transfer or forwarding asked as a noun; passing it on.
    'Weiterleitung an einen Mitarbeiter, bitte.',
    'Transferencia a un asesor, por favor.',
    'Transfert vers un conseiller svp',
    'Trasferimento a un operatore, grazie.',
    'Encaminhamento para um atendente por favor.',
    'Can you pass it on to a colleague?',
    // Whoever decides.
    "I'd like to speak to whoever is able to make a decision.",
    'Quiero hablar con quien pueda decidir sobre mi hipoteca.',
    'Voglio parlare con chi può decidere sul mio mutuo.',
    'Quero falar com quem tem autoridade para decidir.',
    'Je veux parler à celui qui peut prendre la décision.',
    // Someone available, asked with "would"; possible in other words; someone right after the verb, with what for.
    'Wäre jemand verfügbar?',
    'Would someone be available right now?',
    '¿Estaría disponible algún gestor?',
    "Serait-il envisageable qu'un conseiller reprenne mon dossier ?",
    'Sarebbe fattibile che un operatore se ne occupasse?',
    'Seria viável que um atendente assumisse o meu caso?',
    '¿Me puede atender alguien para cambiar el límite de la tarjeta?',
    'Sarebbe possibile che se ne occupasse direttamente un vostro consulente?',
    // "Directly" before who would do it; a team named in two more words; transfers and calls of other forms.
    'le service prêt immobilier svp',
    'setor de crédito pessoal por favor',
    'Quiero que me transfieran con un asesor.',
    'Vorrei fissare una telefonata con il mio consulente.',
    // A thing that needs a person; Spanish "se" is no "if".
    'Esto necesita que lo mire una persona.',
    'Se me ha bloqueado la tarjeta y mañana viajo. Quiero hablar con una persona.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Something preferred over talking to a person.
    "I'd rather sort it out here than talk to a person.",
    'Prefiero resolverlo por aquí que hablar con un agente.',
    'Je préfère tout faire ici que de parler à un conseiller.',
    'Preferisco scrivere qui che parlare con un operatore.',
    'Prefiro resolver aqui do que falar com um atendente.',
    'Lieber im Chat als mit einem Berater am Telefon.',
    // A wish of the past, told with its time.
    'My wife wanted to talk to a manager yesterday but gave up.',
    'Meine Tochter wollte letzte Woche mit einem Berater sprechen, hat aber keinen erreicht.',
    'Mi padre quiso hablar con el director la semana pasada y no pudo.',
    'Ma sœur voulait parler au directeur la semaine dernière, sans succès.',
    'Ieri mia moglie voleva parlare con un consulente ma ha rinunciato.',
    'A minha mãe quis falar com o gerente ontem e não conseguiu.',
    // The bot asked about; a letting agent; people with a need; what a person needs; a transfer called off; a verb after a team.
    "Questo chat è automatico o c'è qualcuno che risponde?",
    'My letting agent needs a copy of my statement.',
    'Is there a large-print option for people with poor eyesight?',
    '¿Qué documentos necesita una persona para abrir una cuenta?',
    "Annulla il trasferimento all'operatore, ho risolto.",
    'the service is slow please',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind43 (a food delivery app): the class, in every language', () => {
  it.each([
    // Someone reading now.
    'Is anyone actually reading this?',
    'Liest hier jemand mit?',
    "Quelqu'un lit mes messages ?",
    '¿Alguien está leyendo esto?',
    'Qualcuno sta leggendo?',
    'Alguém está lendo isso?',
    // Who can approve or has the power to, then "I want to talk to them".
    'Who can approve a refund over 50 euros? I want to talk to them.',
    'Chi può autorizzare il rimborso? Voglio parlare con lui.',
    'Qui peut valider le remboursement ? Je veux lui parler.',
    '¿Quién puede autorizar el reembolso? Quiero hablar con él.',
    'Quem pode aprovar o estorno? Quero falar com ele.',
    'Ich möchte eine Führungskraft sprechen.',
    // Someone able to look, or available to check the customer's own case; a way for someone to check it.
    'Would someone be able to check my last order?',
    'Qualcuno potrebbe essere in grado di verificare il mio ordine?',
    'Is anyone available to look at my refund?',
    "Y aurait-il moyen qu'un conseiller regarde ma commande ?",
    // A person opening the message, urgency, then the rest without a stop.
    'agent now my order never came',
    'operatore subito il rider non si trova',
    // Calls and transfers of other forms; words.
    '¿Me llama un agente esta tarde?',
    'Llamadme vosotros, que no me aclaro con la app.',
    'Quisiera que me derivaran con un supervisor.',
    'Vorrei farmi richiamare da voi.',
    "Mi girate all'assistenza clienti?",
    'Desidero conferire con un responsabile.',
    'Posso scrivere con un operatore?',
    "Per questo serve l'intervento di un operatore.",
    '¿Sería mucha molestia que un agente revisara mi pedido?',
    'Seria possível um atendente pegar no caso?',
    'je peux parler a qlq svp',
    'Devo parlare con il supporto clienti.',
    // Able to, in the conditional; urgency, then the customer; the customer's own ask, then "no" and "thanks".
    'Qualcuno sarebbe in grado di controllare il mio ordine?',
    '¿Alguien sería capaz de revisar mi pedido?',
    'Agent asap I was charged twice',
    'Atendente agora mesmo quero cancelar a assinatura',
    'Can I talk to a human? No? Thanks for nothing.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Escalating said not to be needed; an offer turned down.
    'Eskalieren ist nicht nötig, danke.',
    'Escalating is not necessary, the voucher works.',
    'Me ofreces un agente: no, gracias.',
    'You offer me an agent? No, thanks.',
    // A relative's talk told with "ya"; a French pronoun before its own verb; someone past a time gone by.
    'Mi madre ya habló con el repartidor y todo bien.',
    'Je peux leur envoyer une photo du plat ?',
    'Esperei no chat ontem até um atendente aparecer, e nada.',
    // "Me llama la atención"; the manager's words after urgency; "Mi giri il link?".
    'Me llama la atención que no haya opción vegana.',
    'Manager now says the refund is on its way.',
    'Mi giri il link del menù?',
    'Il supporto da parete per la TV è incluso?',
    // Urgency, then what the person did or is; someone reading something else; a keyboard; a team talked about.
    'Operatore subito gentile, grazie mille!',
    'Agent now claims I never paid.',
    'Atendente agora me respondeu, obrigado',
    'Is anyone reading this book for the club too?',
    'Qualcuno sta leggendo il contatore oggi?',
    "Non riesco a scrivere con la tastiera dell'app.",
    'Vorrei parlare del supporto per la bici che ho ordinato.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind44 (a car, home and travel insurer): the class, in every language', () => {
  it.each([
    // Words run together, split into the fewest lexicon words.
    'wanttotalktoaperson',
    'canitalktoanagent please',
    'queroFalarcomumatendente',
    'ichmöchtemiteinemmenschensprechen',
    'jevoudraisparleràunconseiller',
    'vorreiparlareconunoperatore',
    // "Pass me on" with the customer before the modal; a way for a colleague to look; someone still there.
    '¿Me pueden derivar?',
    'Können Sie mich weitergeben?',
    'Mi puoi trasferire?',
    'Gibt es die Möglichkeit, dass sich ein Mitarbeiter meinen Vertrag ansieht?',
    'Sitzt bei euch noch jemand, der mir helfen kann?',
    // Simpler with a person; a complaint lodged with a person.
    "Ce serait plus simple avec un conseiller, c'est possible ?",
    'Sarebbe più semplice con un operatore.',
    'Quiero poner una queja ante el supervisor.',
    'Je veux adresser une réclamation au responsable.',
    'Voglio presentare un reclamo al responsabile del servizio.',
    'Quero registrar uma reclamação com o gerente.',
    // Teams named after a short word, roadside assistance; "discuterne", Roman "co'"; seniority; a call asked by its noun.
    'Ich möchte mit der Kfz-Schadenabwicklung sprechen.',
    'Póngame con asistencia en carretera.',
    "Passez-moi l'assistance dépannage.",
    'Mi passi il soccorso stradale?',
    'Vorrei discuterne con un operatore.',
    'devo parlà co qualcuno',
    'Alguém mais sênior pode ver o meu processo?',
    'Quero falar com a chefia.',
    'Pedido de contacto telefónico, obrigado.',
    'Richiesta di contatto telefonico',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone else's talk with the company addressed ("contattarvi" is no typo of "contattarmi").
    'Can the plumber talk to you directly about the quote?',
    '¿El taller puede hablar directamente con ustedes?',
    'Il meccanico può contattarvi domani?',
    'A oficina pode ligar-vos amanhã?',
    // Whether to ask one's own broker instead; someone else's habit of asking.
    'Mein Makler kümmert sich um alles, soll ich lieber ihn fragen?',
    'Il mio broker segue tutto, devo chiedere a lui?',
    'Mi vecino dice que él siempre pide hablar con una persona.',
    'My sister always asks to speak to a manager and it works.',
    'mia sorella chiede sempre di parlare con un operatore',
    // The customer's thing a team names; why things escalate; "trata" is no talk; "merito"; a comparison; a link.
    'Can I transfer my no-claims discount to the new car?',
    'Why are your prices escalating every year?',
    'Quem trata disso é o meu corretor.',
    'Posso trasferire la classe di merito alla nuova auto?',
    "C'est plus simple avec l'appli qu'avec un conseiller.",
    '¿Me puedes pasar el enlace del formulario?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind45 (a parcel courier): the class, in every language', () => {
  it.each([
    // A team or a person that must look at it, the obligation before or after.
    'El departamento de reclamaciones tiene que revisar mi envío, no llega nunca.',
    'A equipa de faturação tem que ver a minha fatura.',
    "Deve occuparsene l'ufficio reclami, il pacco è sparito.",
    'Tiene que revisarlo el departamento de devoluciones.',
    'Un conseiller doit regarder mon dossier.',
    'Esto lo tiene que ver un supervisor.',
    // A team named by two words past "of", or with what it is about before a verb that comes last.
    'O setor de atendimento empresarial pode entrar em contato comigo?',
    'Kann sich die Rechtsabteilung wegen meines beschädigten Pakets melden?',
    "Quelqu'un du centre de tri de Lyon Nord peut me rappeler ?",
    // Calls: Spanish "marcar" spelt "márquen-", Swiss German "aalüte" and the dative "mir", "ainda hoje".
    'Márquenme mañana temprano, por favor.',
    'Chönd Sie mir am Namittag aalüte?',
    'Können Sie mir bitte heute noch anrufen?',
    'Queria que me ligassem ainda hoje por causa da encomenda.',
    'Quero solicitar retorno da central.',
    // Passed on: the Spanish "vosotros" and "-lo", Italian "girate al"; "to" texted as "2"; a team "direct".
    '¿Me pasáis con un agente?',
    'Pásenlo al departamento de reclamaciones.',
    'Girate al servizio clienti, per favore.',
    'need2 talk2 a human',
    'service réclamations direct',
    // Maybe someone of the staff, after the bot is doubted.
    'Un bot non può capirlo, magari qualcuno del personale sì?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A call promised and never made; someone else who talked; a promise to escalate told.
    'Der Fahrer hat mir gestern einen Rückruf versprochen, kam aber nichts.',
    'El mensajero habló con la vecina y dejó el paquete allí.',
    'Marta, de atención al cliente, quedó en escalarlo la semana pasada.',
    // Talk not wanted, said after it; a thing sent to a locker; a need asked about.
    'Di parlare con un operatore non mi va, cambia solo la data.',
    'Can you redirect my parcel to a locker instead?',
    '¿Mi hija necesita el servicio de acompañamiento?',
    // A trade that must look; an obligation denied; "may I tell you when I call?".
    'Tiene que mirarlo el mecánico el lunes.',
    'No tiene que revisarlo ningún supervisor.',
    'Können Sie mir sagen, ob ich vorher anrufen soll?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind46 (a video and music streaming service): the class, in every language', () => {
  it.each([
    // The case passed to someone described, or to someone on the company's side.
    'Could you forward my complaint to someone who can actually refund it?',
    'Would you mind passing this to someone on your side who handles billing?',
    '¿Podría pasar mi caso a alguien que pueda ver mi cuenta?',
    'Potresti girare la mia pratica a qualcuno che può vedere i pagamenti?',
    'Pode repassar o meu pedido para alguém que veja a minha conta?',
    // Forms of asking: "pasaran", "desse un'occhiata", "have a squiz", "eventuell" before the person, a typo after "live".
    'Me gustaría que me pasaran con un asesor.',
    "Sarebbe possibile che un operatore desse un'occhiata alla mia pratica?",
    'Could someone from your team have a squiz at my account?',
    'Ist da eventuell jemand, der mir helfen kann?',
    'is there a real agant online',
    // A role obliged to look (and the review's forms of it).
    'Das muss sich ein Vorgesetzter ansehen, bitte.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A request for a person called off.
    'Please cancel my request to speak to an agent, it works now.',
    'Cancela mi solicitud de hablar con un agente, ya se arregló.',
    'Annulla la mia richiesta di parlare con un operatore.',
    'Cancela o meu pedido de falar com um atendente, já resolvi.',
    // Someone outside the household; another person; a voice assistant.
    'Can a person outside my home share my plan?',
    'Kann eine weitere Person außerhalb meines Haushalts mitschauen?',
    'Can I talk to the voice assistant on the remote?',
    "Posso parlare all'assistente vocale per cambiare canale?",
    // A step that comes first, asked; the customer's own team; someone else's need; a call promised and not made.
    '¿El departamento de devoluciones tiene que revisar el producto antes del reembolso?',
    "L'ufficio resi deve controllare il pacco prima del rimborso?",
    "My company's IT department has to approve the purchase first.",
    'Mio figlio ha bisogno del servizio di accompagnamento?',
    'O atendente ficou de me ligar e não ligou.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind47 (a water utility): the class, in every language', () => {
  it.each([
    // A team needed for a job, or named by its trade.
    'I need the billing team to rebook my visit.',
    'Necesito al departamento técnico para reprogramar la visita.',
    "J'ai besoin du service technique pour changer mon rendez-vous.",
    "Ho bisogno dell'ufficio tecnico per cambiare la data.",
    'Necesito el servicio técnico',
    'Preciso da assistência técnica',
    // Whoever handles something.
    'Can I talk to whoever deals with meter readings?',
    '¿Puedo hablar con quien se encargue de las facturas?',
    "Je voudrais parler à celui qui s'occupe des compteurs.",
    'Posso parlare con chi si occupa delle letture?',
    'Posso falar com quem cuida das faturas?',
    'Kann ich mit dem Zuständigen für Zähler sprechen?',
    // A follow-up asked for, or a look at the case.
    '¿Hay forma de que alguien le dé seguimiento a mi queja?',
    'Alguém pode acompanhar o meu caso?',
    'Could someone follow up on my claim?',
    'Não haveria como alguém analisar o meu caso?',
    'Vorrei che qualcuno guardasse la mia domanda.',
    // A case that deserves a person; the case put in front of one.
    'My case deserves a real person.',
    'Ce dossier mérite un regard humain.',
    'Can you get this in front of a manager?',
    // Forms: Roman "n'operatore", "not bot", "ned", someone long named before the verb; someone there, or to talk to.
    "me passi n'operatore?",
    'human not bot',
    'i ned a person',
    'Could somebody who actually works there look at my bill?',
    'is there anyone there or is it all automated?',
    'Is there a human I can talk to, or is it all bots?',
    // The review's: whoever handles it without "with", a follow-up, a case that deserves a person, "not bot" elsewhere.
    'mi passi chi segue le pratiche di allacciamento',
    'me passa pra quem cuida das faturas',
    "Quelqu'un peut-il assurer le suivi de mon dossier ?",
    "c'è modo che qualcuno dia seguito al mio reclamo?",
    'Mi caso merece que lo vea una persona de verdad',
    'O meu caso merece ser visto por uma pessoa',
    'humain pas robot',
    'umano non bot',
    'humano nao robo',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone doing the work asked about, the bot guessed as the other half.
    'Is there a human who reads these chats, or is it all automated?',
    '¿Hay alguien leyendo esto, o es todo automático?',
    "C'è una persona che legge o è tutto automatico?",
    'Gibt es einen Menschen, der das liest, oder ist alles automatisch?',
    'Liest hier jemand mit oder ist das automatisch?',
    // A call no longer needed; words once misread ("Wasser" as "passer", "planned" as "planner"); staff's habits.
    "Plus besoin qu'on me rappelle, c'est réglé.",
    'Ist das Wasser bei uns für Menschen gefährlich?',
    'Is there planned work on my street?',
    'Does any staff member ever read these chat logs?',
    // The customer describing themselves; tracking an order; a thing put somewhere.
    "I'm a person not a bot",
    '¿Cómo puedo acompañar mi pedido?',
    'I put it in front of the door.',
    // The review's: a team for a chore, the customer's own team, a service rather than people; who handles it, asked.
    'I need the delivery team to carry the sofa upstairs',
    'I need my IT team to install it first',
    'Necesito el servicio de grúa para mover el coche',
    'Preciso do serviço de reboque para levar o carro',
    'Chi segue le pratiche di allacciamento?',
    'Quem cuida das faturas?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind48 (a ticketing platform) and blind49 (a telehealth service): the class, in every language', () => {
  it.each([
    // The case passed to whoever can act, or "it" passed on.
    'Could you pass my complaint to whoever can fix it?',
    '¿Puede pasar mi reclamación a quien pueda resolverla?',
    'Pouvez-vous transmettre mon dossier à celui qui peut agir ?',
    'Potete girare la richiesta a chi può intervenire?',
    'Pode passar o meu pedido para quem pode resolver?',
    'Please pass it to a manager.',
    'Can I talk to whoever can fix this?',
    // The box office as a team; a German team request with its verb last; terse "to a human"; a plea, a person, then more.
    'Transfer me to the box office please',
    '¿Me pasa con la taquilla, por favor?',
    'Mi passa la biglietteria?',
    'Bitte mit der Abteilung für Rückerstattungen verbinden.',
    'Zum Menschen.',
    'Para um humano.',
    'humano aqui no chat por favor',
    'per favore un operatore il sito non funziona',
    // A look at the case: "pick this up", a possibility, an imperfect subjunctive, an adverb before the case.
    'Could somebody pick this up today?',
    '¿Hay alguna posibilidad de que alguien revise mi pedido?',
    'Sarebbe possibile che un operatore controllasse il mio ordine?',
    'Seria possível que alguém verificasse o meu pedido?',
    'Is anyone available to look personally at my claim?',
    // "Deseo ser atendido por…"; someone "pour jeter un œil"; a person to ring; a need, then someone's words.
    'Deseo ser atendido por una persona.',
    "Y a-t-il quelqu'un pour jeter un œil à ma commande ?",
    'Is it possible for someone to give me a ring today?',
    'Ich brauche einen Mitarbeiter. Der Techniker sagt, das Gerät ist kaputt.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Prices that escalate; performers and their bands.
    'Costs escalate quickly if you add extras, right?',
    'Can I talk to the guitarist after the show?',
    'Will a representative of the band sign autographs?',
    // Whether people read the chat, or the firm still has staff; dialect negations.
    'Do humans read these messages?',
    'Are there people reading these chats?',
    '¿Ustedes todavía tienen empleados o ya todo es IA?',
    'I brauch koan Menschen, passt scho.',
    "Nun me serve l'operatore, grazie.",
    // The box office as a place; a team of the customer's; staff declined, the bot praised; how a booked call comes.
    '¿La taquilla abre a las diez?',
    "Avec l'équipe de mon club, on voudrait réserver dix places.",
    'No quiero hablar con el personal, el bot me basta.',
    'Ich möchte nicht mit dem Personal sprechen, der Bot reicht.',
    'Will the nurse call me by video or by phone?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind50 (an online marketplace): the class, in every language', () => {
  it.each([
    // A complaint or report handed on to a named team or a superior ("a" as "the", "pass on", a report, moderation).
    'Please pass on my complaint to a manager.',
    'Por favor, encaminhem a minha reclamação para um superior.',
    'Reenvíen mi denuncia al equipo de seguridad.',
    'Könnt ihr das an die Moderation übergeben?',
    'Can you send this to moderation?',
    // A team asked to check why something happened; a team last after the case.
    'Necesito que el departamento de pagos revise por qué me rebotó el retiro.',
    "J'ai besoin que le service des paiements regarde pourquoi mon virement a été bloqué.",
    "Ho bisogno che l'ufficio pagamenti verifichi perché il bonifico è stato respinto.",
    "Può prendere in carico il caso l'ufficio contestazioni?",
    // Someone rather than something; human eyes; someone with the authority to act; "vraiment" before the person.
    'Could this be reviewed by someone rather than something?',
    'Sarebbe possibile farlo esaminare da qualcuno invece che da un sistema?',
    'Isto precisa de olhos humanos.',
    'Esto necesita a alguien con autoridad para anular la decisión.',
    'Je veux vraiment un humain.',
    // Someone still there who does it by hand; whoever works there; the next level; a kind of callback.
    "Y a-t-il encore quelqu'un chez vous qui vérifie les litiges à la main ?",
    "C'è ancora qualcuno che controlla i reclami a mano?",
    'Vorrei spiegarlo a chi lavora lì.',
    'Queria explicar isso para quem trabalha aí.',
    'Exijo que mi caso se eleve al siguiente nivel.',
    'Wäre ein telefonischer Rückruf möglich?',
    'Is a quick phone callback possible today?',
    "si può avere qualcuno dell'assistenza?",
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A marketplace's buyers and sellers are the other party, not the firm's people.
    'Kann ich mit dem Käufer schreiben, ohne meine Nummer zu geben?',
    '¿Puedo chatear con el comprador sin darle mi número?',
    "Est-ce que je peux discuter avec l'acheteur ?",
    'Posso parlare con la venditrice per uno sconto?',
    // The customer only thought they were talking to a human.
    'Ich dachte kurz, ich schreibe mit einem echten Menschen.',
    'Per un attimo pensavo di parlare con una persona vera.',
    'Jurava que estava a falar com uma pessoa real!',
    // A transfer offered, then declined; doing without the staff.
    'Mi hai proposto di passarmi a una persona ma preferisco continuare con te.',
    'Ofereceste passar-me a uma pessoa, mas prefiro continuar contigo.',
    "I'll pass on speaking to customer service, just resend the label.",
    'Je vais me passer du service client, dites-moi où est ma facture.',
    'Rinuncio a parlare con il servizio clienti, dimmi solo come disdire.',
    // Whether the firm still has people, or the chat no longer does; "o sea" opens no ultimatum.
    "Ma da voi ci sono ancora persone o fa tutto l'IA?",
    '¿O sea que ya no hay gente en el chat? Interesante.',
    'Então já não há pessoas no chat?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind51 (a travel agency) and the review probes: the class, in every language', () => {
  it.each([
    // Consultants and travel advisers are the firm's staff.
    'Could I talk to one of your consultants?',
    'Quisiera hablar con una asesora de viajes.',
    'Posso parlare con una consulente di viaggio?',
    'Quero falar com uma consultora de viagens.',
    // The case shown to someone; "dava para"; contact with a team; a callback asked for in other words.
    'Potreste far vedere la pratica a un operatore?',
    'Dava para um atendente olhar a minha reserva?',
    'Ich hätte gerne Kontakt zu einem Berater.',
    'Can I be transferred to customer relations?',
    '¿Me devuelve la llamada, por favor?',
    'Quisiera que me comunicaran con un supervisor.',
    'Chiedo una richiamata per la mia pratica.',
    // Sorting it out with someone of the firm's.
    'Quiero arreglarlo con alguien de ustedes.',
    'Voglio risolverla con un operatore.',
    // Portuguese "com mais" is "with more", no French "but"; someone in the office this afternoon; "jaimerai".
    'Quero alguém com mais autoridade, por favor.',
    'Tem alguém no escritório hoje à tarde que possa verificar a minha reserva?',
    "jaimerai parlé avec quelqu'un de l'agence",
    // From the review probes: support agents stepping in, a Mexican callback, a transfer accepted, a case bumped up.
    'Can one of your support agents step in?',
    '¿Me pueden regresar la llamada mañana?',
    'Acepto que me transfieras con un asesor.',
    '¿Puede intervenir alguien de su equipo en mi caso?',
    'Please bump this up to a supervisor.',
    // A negative question that pleads: "can't you put me through?", as in English.
    '¿No me puede pasar con una persona?',
    'Vous ne pouvez pas me passer un conseiller ?',
    'Non potreste passarmi un operatore?',
    'Não me pode passar a uma pessoa?',
    // A person or a call said to be welcome, nothing after it.
    'A callback would be great.',
    'Ein Rückruf wäre gut.',
    'Un operatore sarebbe utile, grazie.',
    'Um atendente dava jeito.',
    'Queria uma chamada de volta.',
    'Would you mind connecting me with someone from billing?',
    'Tem alguém no escritório que possa me ajudar?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Bookings counted are no team ("reservas" names one otherwise).
    '¿Pueden conectar las dos reservas?',
    'Dá para conectar as duas reservas?',
    // A call declined, however far the "don't bother" comes before it; a call refused, then a programme.
    "Don't bother getting an agent to call me back, I found it.",
    'Non voglio essere richiamata, mandatemi il programma via mail.',
    // Seeing that someone did something.
    'Dá para ver que a atendente não leu a minha mensagem.',
    // A date bumped up; calls never returned, told.
    'Can you bump this up to next week?',
    'Nunca me regresan la llamada.',
    // A transfer stopped; a call asked for in the past; a counter gone to; a passport shown; feedback on the bot.
    'Stop transferring me to the wrong department.',
    "J'ai demandé qu'on me rappelle et personne ne l'a fait.",
    'Il faut passer au guichet ?',
    "Ho dovuto far vedere il passaporto all'agente.",
    'A human would be nice for complex issues.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind52 (a letting agency) and the review probes: the class, in every language', () => {
  it.each([
    // One of the firm's people free, or with a moment, and thanks ahead for it.
    "If one of your advisers is free, I'd really appreciate a quick word.",
    'Wenn einer Ihrer Berater kurz Zeit hat, wäre ich dankbar.',
    "Si un conseiller a deux minutes, ça m'aiderait beaucoup.",
    'Se un operatore ha un attimo, gliene sarei grata.',
    'Se algum atendente tiver um minutinho, eu agradeceria.',
    'Si algún asesor tiene un rato, se lo agradecería.',
    // Whoever decides, asked about, then talked to.
    'Who decides on refunds? I want to talk to them.',
    'Wer entscheidet über die Kaution? Mit dem möchte ich sprechen.',
    'Chi decide sui rimborsi? Vorrei parlare con lui.',
    'Qui décide pour le remboursement ? Je veux lui parler.',
    // The case handed on to a team or a manager, in other words.
    'Bitte geben Sie das an die Haustechnik weiter.',
    "Transmettez au service technique, s'il vous plaît.",
    "Potete girare la segnalazione all'ufficio tecnico?",
    'Peço que o assunto seja encaminhado a um supervisor.',
    'Please have my case referred to a supervisor.',
    'Könnte die Vermietungsabteilung meinen Antrag übernehmen?',
    // Put through, German "nem" for "einem"; a call "stasera"; a callback arranged; an executive.
    'Durchstellen bitte.',
    'ich muss mit nem Mitarbeiter reden',
    'Potete farmi chiamare stasera?',
    'Kindly arrange a callback about my deposit.',
    'Can I speak to an executive?',
    // Someone still at the agency; "ci sarebbe qualcuno"; a colleague carrying on the chat; "más seguro".
    '¿Queda alguien en la agencia que pueda revisar mi contrato?',
    'Ci sarebbe qualcuno disponibile a seguire di persona il mio caso?',
    'Há alguém na agência que possa tratar do meu contrato?',
    '¿Sería posible que una compañera continúe con esta conversación?',
    'Eu me sentiria mais seguro se uma pessoa visse o contrato.',
    'I need my property manager to call me about the damp.',
    // From the review probes: someone asked to be so kind as to look or call back.
    'Would someone be kind enough to look at my bill?',
    'Wäre jemand so nett, mich zurückzurufen?',
    "Quelqu'un aurait-il la gentillesse de regarder ma facture ?",
    'Qualcuno sarebbe così gentile da controllare la mia bolletta?',
    'Alguém seria tão gentil de ver a minha fatura?',
    '¿Alguien sería tan amable de revisar mi factura?',
    // A callback booked for a time; a forward with no object; a "directivo"; someone at an office to look at it.
    'Could you book me a callback tomorrow?',
    'Könnt ihr einen Rückruf für morgen einplanen?',
    "Merci d'organiser un rappel demain matin.",
    'Potete fissare una richiamata per stasera?',
    'Dá para agendar uma ligação amanhã?',
    '¿Me pueden agendar una llamada para mañana?',
    'Transférez à un conseiller, merci.',
    'Encaminhem ao setor financeiro, por favor.',
    'Quiero hablar con un directivo.',
    '¿Habría alguien en la oficina mañana para ver mi contrato?',
    'Is there anyone still at the branch this afternoon who could help me?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A German perfect, its participle last; a Spanish past read as the present after "me".
    'Meine Schwester hat im Chat nach einem Berater gefragt und wurde sofort verbunden.',
    'Mi asesor me contactó ayer y ya está resuelto.',
    'Un asesor me contactó ayer.',
    // A request taken back; one made in the past.
    "Je retire ma demande de parler au responsable, c'est réglé.",
    'Desisto de falar com o gerente, o técnico já me ligou.',
    "L'année dernière, j'avais exigé de parler au directeur.",
    "Avevo preteso di parlare con il direttore, l'anno scorso.",
    // A chore's verb after a modal (French "installer"); someone free, but no thanks ahead, or nobody free.
    "Est-ce qu'on peut installer une antenne sur le balcon ?",
    "If an agent is free tomorrow, I'll call back myself.",
    "If no adviser is free, I'd appreciate an email instead.",
    // The customer's own travel agency; an executive lounge; whoever decides, written to already.
    'Prefiero hablar con mi agencia de viajes sobre eso.',
    'Is the executive lounge open?',
    'Who decides on refunds? I wrote to them already.',
    // From the review probes: kindness told, not asked; a case forwarded before; who is in charge, for an e-mail only.
    'The agent was kind enough to look at it yesterday.',
    'Der Berater war so nett, mir alles zu erklären. Wie lange dauert es?',
    "My claim was forwarded to a manager last month and it's closed.",
    'La mia pratica era stata inoltrata a un responsabile, ora è chiusa.',
    "Who's in charge of the car park? I only need their email.",
    'Chi è il responsabile del negozio? Mi basta sapere il nome.',
    // Requests withdrawn or given up on, and one made the year before; a Portuguese past call.
    "Je renonce à parler au directeur, c'est réglé.",
    'Ritiro la mia richiesta di parlare con il direttore.',
    'Retiro mi solicitud de hablar con el gerente, ya está.',
    'Ich verzichte darauf, mit dem Vorgesetzten zu reden.',
    'Eu tinha pedido para falar com o gerente no ano passado.',
    'A minha gestora contactou-me ontem.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind53 (a chain of electronics repair shops) and the review probes: the class, in every language', () => {
  it.each([
    // Welcome ending a clause, then the person; welcome as a wish; a wish carried past "if possible".
    'Es wäre mir lieb, wenn sich ein Mitarbeiter meinen Vertrag ansieht.',
    'Sarebbe utile, se un operatore mi richiamasse.',
    'Mi farebbe piacere essere assistito da un consulente.',
    "Je voudrais bien, si possible, qu'un conseiller regarde mon dossier.",
    'Quisiera, si es posible, que una persona revise mi caso.',
    // A person free, then a preference; nobody there, asked about with a negation or "proprio".
    "If one of your staff is around, I'd rather go through it with them.",
    "Isn't there someone I can speak to?",
    "Non c'è proprio nessuno che mi possa aiutare?",
    // A call asked for with when in the day.
    'Rappel cet après-midi svp',
    'Callback this afternoon please',
    'Rückruf heute Nachmittag bitte',
    // Someone to write to the customer; the accounts team; a plea, then what the person is to say; "un tizio vero".
    '¿Es posible que alguien me escriba por correo?',
    'Gostaria que um atendente me escrevesse.',
    'Vorrei che un operatore mi scrivesse.',
    'Could someone from billing msg me?',
    'Passez-moi la comptabilité svp.',
    'Mi passa la contabilità, per favore?',
    'Mein Laptop startet nicht. Bitte einen Berater, der mir erklärt, was los ist.',
    'Voglio parlare con un tizio vero, non con un robot.',
    // From the review probes: a preference pointed back at someone free; writing to the customer; a plea, then a call
    // before closing, still asked for.
    "If an adviser is free, I'd rather talk it through with them.",
    'Could one of your claims handlers write to me about the excess?',
    "Ça me ferait plaisir d'être aidée par un vrai conseiller.",
    'Can you call me back before closing?',
    'Please call me before ordering the part.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A German perfect before a "zu" infinitive: asked before, not now.
    'Meine Frau hat darauf bestanden, mit dem Chef zu sprechen.',
    'Ich hatte gebeten, mit einem Berater zu sprechen, das ist erledigt.',
    // A printed field and its value, quoted.
    "Auf der Rechnung steht 'Ansprechpartner: Herr Maier'. Ist die Rechnung gültig?",
    "On my receipt it says 'Store manager: J. Patel'. Is that enough for the warranty?",
    // Welcome for something else; a preference against the person or for the bot; a call noun for a reminder.
    'Es wäre mir lieb, wenn der Techniker pünktlich kommt.',
    'Sarebbe utile, se l\'operatore di ieri mi avesse avvisato.',
    "If a real person is available, I'd rather not talk to them.",
    "If an agent is available, I'd prefer the chat to continue with the bot.",
    'Rappel de paiement reçu hier',
    'Callback this afternoon was missed',
    // From the review probes: someone free only as a condition, even if, or before a preference for the chat.
    "If an agent is free, I'd still prefer to keep chatting here.",
    'Auch wenn ein Berater frei ist, bleibe ich lieber im Chat.',
    'Anche se c\'è un operatore libero, preferisco scrivere qui.',
    'Si hay un asesor libre, igual prefiero seguir por el chat.',
    // Insisting, in the past; a call asked about as a step of the work.
    'My dad insisted on speaking to the manager last week.',
    'Ma sœur avait insisté pour parler au directeur.',
    'Mia moglie aveva insistito per parlare con il direttore.',
    'O meu pai insistiu em falar com o gerente.',
    'Mi madre insistió en hablar con la encargada.',
    'Will the engineer call me before replacing the boiler?',
    'Le technicien appelle-t-il avant de changer la pièce ?',
    'Il tecnico mi chiama prima di sostituire la caldaia?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind54 (a university admissions office) and the review probes: the class, in every language', () => {
  it.each([
    // A moment of someone's, asked of "one of your" (feminine too) or with a diminutive.
    'Könnte vielleicht eine Ihrer Kolleginnen kurz Zeit für mich haben?',
    '¿Alguno de sus compañeros tendría un minutito para mí?',
    // Better if a person looked; someone to look at it, past "possible"; a wish ending a clause ("würde mich freuen").
    'Ich denke, es wäre besser, wenn sich ein Mitarbeiter das anschaut.',
    "Ce serait mieux qu'un conseiller s'occupe de mon dossier.",
    'Wäre es möglich, dass jemand kurz draufschaut?',
    'Ich würde mich freuen, wenn mich eine Beraterin zurückruft.',
    'Wär lieb, wenn mich jemand anruft.',
    // Heads of departments; being connected; colloquial and misspelt asks.
    'Ich verlange die Bereichsleitung, sofort.',
    "I'd like to speak to the head of customer relations, please.",
    'Could I be connected to someone in billing?',
    'gebt ma n echten mitarbeiter',
    'metter moi en relation avec un conseiller',
    // A paper handed to an office named after it; a team named past "de la".
    'Bitte leiten Sie meinen Antrag ans Bürgeramt weiter.',
    "Potete girare la mia richiesta all'ufficio borse di studio?",
    'Por favor, pasen mi solicitud a la oficina de admisiones.',
    'Encaminhe a minha dúvida para os Serviços Académicos, por favor.',
    "J'ai besoin que le service de la comptabilité me contacte.",
    // Talking it over with someone; someone to answer.
    '¿Puedo comentarlo directamente con alguien del equipo?',
    'Alguém pode me responder por e-mail ainda hoje?',
    // From the review probes: a paper handed to an office named before it; "remitir"; "la caposala"; "melhor se"; a
    // booking asked for, not asked about.
    'Can you forward my application to the admissions office?',
    '¿Pueden remitir mi queja al departamento de facturación?',
    'Ho bisogno di parlare con la caposala del reparto.',
    'Seria melhor se um atendente visse isso.',
    'Could I book an appointment to see a pharmacist?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A call only supposed, an "if" opening the clause and nothing asked.
    "Si un conseiller m'appelle pendant mon cours, est-ce que je perds mon rendez-vous ?",
    'Se um atendente me ligar e eu não atender, ele tenta outra vez?',
    // A German past passive; a request withdrawn; booking asked about; what the staff will do; a course's name.
    'Letzte Woche wurde ich an einen Mitarbeiter der Buchhaltung weitergeleitet.',
    "Actually, cancel that request for an agent, it's sorted.",
    'Do I need to book to see a pharmacist?',
    'Will a member of staff read my cover letter?',
    'Is Human Resource Management offered part-time?',
    // A word typed by someone else; better staff wished, no one asked for; the customer's own partner.
    "My brother typed 'agent' and got a person straight away.",
    'Ce serait mieux que les conseillers répondent plus vite.',
    'Es wäre besser, wenn die Mitarbeiter freundlicher wären.',
    'Voy a comentarlo con mi pareja antes de decidir.',
    // German "hatte" after a time gone by (folded as "hätte" is).
    'Letzten Sommer hatte eine Ihrer Kolleginnen kurz Zeit für mich, sehr nett.',
    // From the review probes: whether a booking is needed to talk, asked; a talk given up on; goods to an office.
    'Do I need to book to talk to an adviser?',
    'Muss ich vorher einen Termin vereinbaren, um mit einer Beraterin zu sprechen?',
    'Faut-il prendre rendez-vous pour parler à un pharmacien ?',
    'Bisogna prenotare per vedere un consulente?',
    '¿Hay que pedir turno para hablar con un asesor?',
    'Preciso agendar para falar com um farmacêutico?',
    'Olvida lo de hablar con un asesor.',
    'Could you pass my parcel on to the post office?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind55 (a chain of community pharmacies): the class, in every language', () => {
  it.each([
    // The customer's own wish, polite in the past; someone of theirs wanting now; a purpose of today.
    'Quería hablar con un asesor sobre mi receta.',
    'Volevo parlare con un operatore, per favore.',
    'My husband wants to speak to a manager.',
    'Le dejo mi número para que me llame un asesor.',
    // A report, then a new ask; someone free to talk, or for a minute.
    'I already tried everything I want a human',
    'Is anyone free to talk?',
    'Is anyone available for a minute?',
    // Someone from the shop or of the staff, tersely; someone on duty; someone senior; raising it with someone.
    'someone from the store?',
    'jemand aus der Filiale',
    'alguien del personal',
    '¿Óptico de turno?',
    'Addetta al banco, per favore',
    'Can I speak to someone senior?',
    "I'd like to raise my concerns with the manager.",
    'Prefiero consultarlo con alguien de la tienda.',
    'Je préfère plutôt parler à quelqu’un.',
    '¿Puedo seguir esto por WhatsApp con un agente?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Someone else's wish of the past, the clause opening on them, or one told of.
    'My mum wanted someone to ring her about her prescription, and they did.',
    'Mon mari voulait parler au responsable, il a fini par passer en magasin.',
    'La vicina voleva parlare con qualcuno per le ricette, poi ci è andata di persona.',
    'A minha sogra queria que alguém lhe explicasse a app, mas já percebeu.',
    'Mi hermano quería hablar con un farmacéutico, pero lo leyó en el prospecto.',
    'Meine Frau wollte mit jemandem vom Team sprechen, hat sich aber erledigt.',
    'Ho letto di uno che voleva parlare con un operatore e ha aspettato ore.',
    // Asking, or a purpose, of the past; the customer's report, its object first.
    'La semana pasada mandé un correo pidiendo hablar con la encargada.',
    'Ontem liguei a pedir para falar com o gerente e resolveram logo.',
    'Dejé un mensaje para que me llamara el óptico, y ya me llamó.',
    "I'd asked the girl at the till to fetch the manager, but it was sorted.",
    // A need only supposed; thanks passed on; a word typed; a story told; a plan of the past.
    'If I ever needed to speak to a pharmacist at night, is there a number?',
    'Si alguna vez necesito hablar con alguien, ¿cómo lo hago?',
    'Richten Sie der Optikerin bitte ein Danke aus, sie war toll.',
    "Ich hab 'Mitarbeiter' getippt und dann selbst die Lösung gefunden.",
    'Mein Kollege hat erzählt, er hätte sich vom Kundenservice zurückrufen lassen.',
    'Ich wollte am Freitag eigentlich mit jemandem reden, aber es hat sich erledigt.',
    'Last time I used this chat I asked for an agent and got one quickly.',
    // The chat preferred; the staff already explained; a place that has staff; staff as a way; a story in a group.
    'Je préfère rester sur le chat plutôt que d’avoir un conseiller.',
    "L'opticien m'a déjà tout expliqué en boutique, merci.",
    'A loja de Braga tem optometrista ao sábado?',
    'Si può prenotare la visita tramite il personale?',
    'En el grupo de WhatsApp una señora contó que pidió un asesor.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind56 (a chain of high-street opticians): the class, in every language', () => {
  it.each([
    // A professional, or a real one, preferred; someone to guide the customer.
    'I would feel more comfortable going over my son’s squint results with a qualified person.',
    'Je me sentirais plus tranquille avec l’avis d’un professionnel.',
    'Ficaria mais descansado se um profissional visse isto.',
    'Me quedaría más tranquilo si me lo explicara un profesional.',
    'Das sollte sich lieber eine Fachkraft anschauen.',
    'Sarei più tranquilla se un professionista mi spiegasse la ricetta.',
    'Me vendría bien que alguien de la tienda me asesorara.',
    // Whoever works on the customer's thing; the one who did it, to call the customer.
    'Can I talk to whoever fitted my hearing aid?',
    'Quero falar com quem fez o meu exame.',
    'Vorrei parlare con chi ha montato le mie lenti.',
    'Could the technician who came on Monday ring me back?',
    // A case sent on to a team; chat shorthand.
    'Schicken Sie meine Beschwerde bitte ans Kundenteam.',
    'gib mir ma nen menschen',
    'passami qlc del negozio',
    'quiero hablar con alguien dl equipo',
    'mettimi in contato con un operatore',
    // From the review: someone over the bot; a case sent on; shorthand.
    'voglio qualcuno al posto del bot',
    'quero alguém em vez do bot',
    'Mandate la mia pratica all’ufficio tecnico',
    'Manda meu caso pro suporte técnico',
    'Come posso avere un contato con un operatore?',
    'Termin mit nem Berater möglich?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // One seen for a service, an appointment with them booked, moved or priced.
    'Can you book me an appointment with the hygienist next week?',
    'What does a consultation with the dermatologist cost?',
    'Quanto costa una visita con l’oculista?',
    '¿Me cambias la cita con el dentista al lunes?',
    'Pode remarcar a minha consulta com o oftalmologista?',
    'Kann ich den Termin beim Augenarzt verschieben?',
    'Combien coûte un rendez-vous avec l’orthoptiste ?',
    // Staff there for a job; people told apart; a thing moved from someone; a choice; the chat as the way.
    '¿Habrá alguien en la tienda para ajustarme las gafas?',
    'Vai ter algum técnico pra ajustar a armação?',
    'What’s the difference between a nurse and a doctor here?',
    'Can I move my records from my old dentist to your clinic?',
    'Was the blue frame a good call for a child?',
    'Hablé con una asesora por chat y me mandó el enlace.',
    // Staying in the chat instead of talking to someone.
    'Prefiero seguir por aquí en vez de hablar con alguien.',
    'I’d rather stay in the chat instead of talking to someone.',
    // From the review: one there for a job; a hygienist; a German perfect with "hab"; the customer's own team; staying
    // in the chat instead; a record of the customer's.
    'Is there a mechanic available to fit the new tyres?',
    'Quanto costa un appuntamento con l’igienista dentale?',
    'Ich hab gestern im Chat mit einer Mitarbeiterin geschrieben, sie meinte, es kommt morgen.',
    'Bitte leite das an unser eigenes Buchhaltungsteam weiter.',
    'Lieber schreibe ich hier, statt mit jemandem zu sprechen.',
    'Vorrei trasferire la mia cartella clinica dal mio vecchio medico.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind57 (the service departments of a car dealership group): the class, in every language', () => {
  it.each([
    // The workshop's rooms as teams, its trades as people; a talk about the bodywork is no request, a talk to it is.
    'Could I speak to the bodyshop about the dent in my door?',
    'Je voudrais parler à la carrosserie pour mon rétroviseur.',
    'Vorrei parlare con la carrozzeria, per favore.',
    'Quero falar com a funilaria sobre o para-choque.',
    'Necesito hablar con chapa y pintura.',
    'Ich möchte mit der Spenglerei sprechen.',
    'Pouvez-vous me passer le garagiste ?',
    'Ich würde gern mit dem Werkstattmeister sprechen.',
    'Let me talk to the guy who did the job on my brakes.',
    // Calls and talks the lexicon lacked.
    'Quelqu’un pourrait me donner un coup de fil demain ?',
    'Fatemi una telefonata nel pomeriggio.',
    'Qualcuno mi può scrivere su WhatsApp?',
    'Podem entrar em contacto comigo por e-mail?',
    '¿Podría conversar un momento con alguien del concesionario?',
    'Gradirei un confronto con un vostro tecnico.',
    'Wäre es denkbar, die Rechnung mit jemandem durchzugehen?',
    'Gibt es in Graz jemanden, an den ich mich wenden kann?',
    'Können Sie jemanden aus der Werkstatt ans Telefon holen?',
    'je ve parler a qqn de vrai',
    'donne moi une vraie personne',
    // From the review: a talk during the service, the customer's own question in it, stays a request.
    'Can a mechanic talk me through it during the service?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A job done during or alongside the service.
    'Can a mechanic check the brake fluid during the service?',
    '¿Pueden los mecánicos revisar también las luces durante la revisión?',
    'O mecânico consegue ver o ar-condicionado enquanto faz a revisão?',
    'Kann der Techniker beim Service gleich die Bremsbeläge prüfen?',
    'Le technicien peut reprendre l’ancien pneu quand il pose le nouveau ?',
    // A call told as one to come when the car is ready; a thing moved to one of the customer's.
    'Will someone call me when the car is ready?',
    'Can I transfer the service plan to my new car?',
    // German talks and calls of the past.
    'Ich hatte gestern ein Gespräch mit Ihrer Werkstatt.',
    'Mein Kollege hat sich gestern zurückrufen lassen.',
    // A wish or thought with a time gone by before it.
    'Há bocado queria um humano, mas já não é preciso.',
    'Al principio pensé en pedir un asesor, pero ya está.',
    // One of the customer's own opening the call; a call promised, reported; a talk about the bodywork.
    'Mon frère va me donner un coup de fil ce soir.',
    'Meu irmão vai me ligar mais tarde.',
    'Disseram que iam entrar em contacto comigo.',
    'Je voudrais parler de la carrosserie de ma voiture.',
    'Le garagiste peut-il vous contacter directement ?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind58 (children’s holiday camps and after-school clubs): the class, in every language', () => {
  it.each([
    // Someone able to, the talk further on; a request after a sentence that told of something said.
    'Would someone be able to have a quick word with me about the invoice?',
    'Er hat es mir gestern erzählt. Ich möchte das mit einem Menschen besprechen.',
    // A presence question softened by "by chance".
    'Ist da zufällig jemand, der mir helfen kann?',
    '¿Hay por casualidad alguien que me pueda ayudar?',
    'Y a-t-il par hasard quelqu’un qui peut m’aider ?',
    'C’è per caso qualcuno che mi può aiutare?',
    'Tem por acaso alguém que me possa ajudar?',
    // Offices, titles and calls the lexicon lacked.
    'Ich möchte das bitte an eine höhere Stelle weitergeben.',
    'Ich muss mit der Datenschutzbeauftragten sprechen.',
    'Bitte um Rückruf aufs Handy, es geht um die Anmeldung.',
    'Voglio parlare con chi comanda.',
    '¿Tendrían a alguien con quien pueda comentar esto?',
    'Derívenme a cobranzas, por favor.',
    'Dá pra me colocar com um atendente?',
    'À qui je m’adresse pour un remboursement ?',
    // Texting spellings.
    'i need to tawk to sombody',
    'jveux parler a kekun',
    'mettez moi en lien avec kelkun',
    'passez moi un concellier',
    'jvoudré parlé avc un conseiller',
    'queria falar cum um opradur',
    'me coloca c um humano pfv',
    // Without a time to come, "I'll talk to an agent" may take up an offer.
    'Ok, I’ll talk to an agent.',
    // From the review: someone else to call, and forms the lexicon lacked.
    'Vou precisar que alguém me ligue amanhã cedo.',
    'Would anybody be able to give me a quick call about the delivery?',
    'Quelqu’un serait-il en mesure de discuter avec moi du remboursement ?',
    'Bitte um kurzen Rückruf auf mein Handy.',
    'Ich möchte mich an eine übergeordnete Stelle wenden.',
    'Quiero elevar este caso a un supervisor.',
    'Vorrei portare la questione a un superiore.',
    'Who should I speak to about a refund?',
    'Are there any humans working today or is it just you?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // One of the customer's family calling.
    'I’d like my daughter to be able to ring me after school.',
    '¿Los niños pueden llevar el móvil para llamarnos por la noche?',
    // The customer's own talk to come, with its time.
    'Vou conversar com a coordenadora amanhã.',
    'I’m going to talk to the manager tomorrow.',
    'Je vais parler avec la directrice demain.',
    'Ich sprech das morgen mit dem Trainer selber an.',
    // An appointment the customer already has.
    'On a rendez-vous avec la responsable mardi prochain.',
    'I have an appointment with the manager on Tuesday.',
    'Tengo cita con la coordinadora el martes.',
    'Ich habe am Dienstag einen Termin mit der Leiterin.',
    // A German escalation told as done; a call called off.
    'Ich habe das schon an eine höhere Stelle weitergegeben.',
    'Anula la petición de que me llamen, ya está resuelto.',
    // Who am I talking to; who works there, one kind or another; a bag.
    'À qui je m’adresse exactement, là ?',
    '¿Hay algún enfermero en el campamento o solo están los monitores?',
    'Is there a nurse at the camp or just the coaches?',
    'Qu’est-ce qu’il faut mettre dans le sac pour la piscine ?',
    // From the review: the family calling in German, a plan with "yo", an escalation told as done, a meeting held.
    'Mein Sohn soll mich in der Mittagspause anrufen können.',
    'Mañana hablo yo con la tutora.',
    'J’ai déjà fait remonter le dossier à la direction.',
    'Tenho reunião com a coordenadora na quinta.',
    'Y a-t-il un médecin sur place ou seulement des animateurs ?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind59 (wedding and events venues): the class, in every language', () => {
  it.each([
    // The kitchen as a team.
    'Can I speak to the kitchen? Two guests are coeliac.',
    'Ich muss kurz mit der Küche reden wegen der Allergien.',
    'Je voudrais parler à la cuisine pour le menu enfant.',
    'Posso parlare con la cucina per le intolleranze?',
    'Posso falar com a cozinha sobre o menu vegano?',
    '¿Me pasan con cocina? Es por las alergias.',
    // Words and spellings the lexicon lacked: Québec's "clavarder", "de parlé", "giv", "rel", "eim", Bavarian and Swiss forms.
    'J’aimerais clavarder avec un agent, svp.',
    'c possible de parlé a un conseiller ?',
    'giv me a rel person plz',
    'möchte mit eim Mitarbeiter sprächen, bitte.',
    'Bitte ruafts mi zrugg, i hob koa Zeit zum Schreiben.',
    'Ich wäre froh, wenn mich jemand kontaktiert.',
    'Gits öpper wo ich cha mit rede?',
    // Whoever handles it, asked, then pointed back at; someone "von Ihnen" to look at it.
    'Wer ist bei Ihnen zuständig? Mit dem möchte ich sprechen.',
    'Wäre es möglich, dass sich jemand von Ihnen meinen Fall anschaut?',
    // A named one, then who they are; the couple's own coordinator or planner.
    'Can I speak to Sarah, our coordinator?',
    'Vorrei parlare con Marco, il nostro coordinatore.',
    'Quero falar com a Carla, a nossa cerimonialista.',
    'I want to speak to our coordinator.',
    'Quiero hablar con nuestra coordinadora.',
    'Je veux parler à notre coordinatrice.',
    'Ich möchte mit unserer Hochzeitsplanerin sprechen.',
    // Forms the lexicon lacked.
    'Llámeme de vuelta, por favor.',
    'Seria muito incômodo alguém da equipe me atender?',
    '¿Sería posible que alguien llevara mi caso?',
    'cè qualkuno che mi risponde?',
    // From the review: spellings, a coordinator who is the company's, someone who has a minute (no deed done).
    'kennts mi bitte zruckruafa, is dringend',
    'qualkuno mi rikiama x favore',
    'Vorrei parlare con la nostra coordinatrice.',
    'Quero falar com a nossa coordenadora, por favor.',
    'Is there anyone who has a minute to talk to me?',
    'C’è qualcuno che ha tempo per me?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A German "nicht" and a Brazilian "não" last, after who is no longer needed.
    'Ich brauche den Rückruf doch nicht mehr, hat sich erledigt.',
    'Ich brauch die Planerin nicht, danke.',
    'Preciso do gerente não, já resolvi.',
    // The customer's own talk at an occasion to come.
    'I’ll talk to the chef at the tasting about the cake.',
    'I’ll have a word with my planner at the viewing.',
    'Je vais en parler au traiteur lors de la dégustation.',
    'Vado a parlare con lo chef alla degustazione.',
    'Na prova do menu eu falo com o chef.',
    'Voy a hablar con la coordinadora en la visita.',
    'Ich spreche das beim Termin mit der Planerin an.',
    // Words no longer read as others: "perdona", "escribí", "inclus", "clavardé".
    'Perdona, ¿esto lo responde una persona o un programa?',
    'Le escribí al departamento de ventas y me contestaron.',
    'Le service du personnel est-il inclus dans le forfait ?',
    'Ma sœur a clavardé avec un agent hier.',
    // A named one talked to, told as done.
    'I talked to Tom, the manager, he told me to wait.',
    'Ho parlato con Giulia, la nostra wedding planner.',
    'Falei com a Carla, a nossa cerimonialista, ontem.',
    // From the review: a talk, then back to the chat; someone asked about as the one who did something; more plans.
    'I’ll speak to our wedding planner and get back to you.',
    'Ich spreche mit meinem Berater und melde mich.',
    'Hablo con mi asesora y les digo.',
    'C’è qualcuno che ha trovato un portafoglio?',
    'Is there anyone who has found a wallet?',
    '¿Hay alguien que haya encontrado una cartera?',
    'Y a-t-il quelqu’un qui a trouvé des clés ?',
    'Tem alguém que tenha visto a minha mala?',
    'Ich werde das mit dem Friseur direkt vor Ort besprechen, danke.',
    'On en discutera avec la coordinatrice le jour J.',
    'Vou falar com a cabeleireira na próxima sessão.',
    'En persona lo hablo con la doctora en la próxima consulta.',
    'Morgen spreche ich mit dem Chef.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind60 (hair and beauty salons): the class, in every language', () => {
  it.each([
    // A call awaited, from someone or a team.
    'Awaiting a call from one of your advisers about my remortgage.',
    'Ich warte auf einen Rückruf von jemandem aus der Filiale.',
    'J’attends un appel de quelqu’un de l’agence, merci.',
    'Resto in attesa di una telefonata da qualcuno del negozio.',
    'Aguardo contacto de alguém da equipa, obrigado.',
    'Quedo a la espera de una llamada de alguien de atención al cliente.',
    // Spellings: British "giz(za)", German "hir", Italian "parlae" beside a team, Portuguese "umano".
    'gizza real person pls',
    'gibts hir n Mitarbeiter?',
    'posso parlae con la reception?',
    'atendimento umano pfv',
    // A plea as politeness.
    'a real person for god’s sake, this is the third time',
    'ein Mitarbeiter um Himmels willen',
    'un conseiller pour l’amour de dieu',
    'un operatore per l’amor di dio',
    'atendente pelo amor de deus',
    'un agente por el amor de dios',
    // Management as "-leitung", listed.
    'Ich möchte bitte die Filialleitung sprechen.',
    'Kann ich mit der Studioleitung reden?',
    // A talk of a few minutes.
    'Could I talk for two minutes with someone from the team?',
    'Je peux parler deux minutes avec un conseiller ?',
    'Posso parlare due minuti con un operatore?',
    'Posso falar dois minutos com um atendente?',
    '¿Puedo hablar cinco minutos con alguien?',
    // Someone there or available, the question softened.
    'Ist zufällig jemand vom Kundenservice da?',
    'Is there possibly someone from billing around?',
    'Por acaso haverá alguém disponível que me possa ajudar?',
    '¿No tendrás a alguien disponible que me pueda ayudar?',
    '¿Tienen a alguien disponible ahora?',
    'Avete qualcuno disponibile adesso?',
    'Auriez-vous quelqu’un de disponible ?',
    'I don’t suppose there’s someone I could have a word with?',
    // Feeling better going over it with a person.
    'I’d feel better going over this with a real person.',
    'Me sentiría mejor revisando esto con una persona.',
    // From the review: a call awaited with what it is about, from "you", "da parte vostra"; a plea "du ciel".
    'Waiting for a call back about my mortgage offer.',
    'Ich warte auf einen Rückruf bezüglich meiner Rechnung.',
    'Fico no aguardo de um contato de vocês.',
    'Resto in attesa di una chiamata da parte vostra.',
    'un conseiller pour l’amour du ciel',
    // A pronoun after the verb with no "-t-" starts a clause of its own, commas dropped: no inversion.
    'Rappelez-moi il y a un souci avec mon dossier.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // French turning the verb round its pronoun: what they do, asked.
    'Le conseiller me rappelle-t-il demain ?',
    'Le technicien m’explique-t-il le fonctionnement avant de partir ?',
    // The price of talks, the talk opening the question.
    'Les rendez-vous avec un conseiller sont-ils payants ?',
    'Un rendez-vous avec un coiffeur senior coûte combien ?',
    'Hablar con un asesor cuesta algo?',
    // The customer's own visit, with a talk, and a time.
    'Amanhã passo na loja para falar com a gerente sobre o orçamento.',
    'Mañana paso por la oficina a hablar con mi asesora.',
    'Demain je passe à l’agence pour parler au conseiller.',
    'Domani passo in negozio a parlare con il tecnico.',
    // Pretending to be someone.
    '¿Eres una IA que se hace pasar por persona?',
    'És uma IA que se faz passar por atendente?',
    // No wish: a relief told, a family call awaited, a plea against a transfer.
    'I feel better now that I spoke with my adviser.',
    'Espero una llamada de mi hija esta tarde.',
    'Ich warte auf einen Anruf von meinem Mann.',
    'No, por favor, no me pases con nadie.',
    // From the review: a wait told as past; a plan with a weekday only, or a visit "popping into" the shop.
    'Estava à espera de um contacto mas já me ligaram.',
    'Vou falar com a gerente na sexta.',
    'Je passerai à l’agence vendredi pour parler au conseiller.',
    'El viernes voy a la oficina a hablar con mi asesor.',
    'Venerdì vado in banca a parlare con il consulente.',
    'Tomorrow I’m popping into the shop to talk to the manager.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind61 (a mortgage broker): the class, in every language', () => {
  it.each([
    // Put onto someone.
    'Could I be put onto one of your advisers?',
    'Can I be put on to someone from the team?',
    // Someone free or available, wondered about; one of them.
    'I wonder if one of the advisers might be free for a chat.',
    'I was wondering if someone might be free to talk.',
    'Je me demandais si un conseiller était disponible.',
    'Mi chiedo se un operatore sia disponibile adesso.',
    'Me pregunto si algún asesor estaría disponible.',
    // Who is in charge, then "him".
    'Wer ist bei Ihnen verantwortlich? Den will ich sprechen.',
    'Wer ist hier verantwortlich? Mit dem möchte ich reden.',
    // Teams and people by their names.
    'Bitte verbinden Sie mich mit der Sachbearbeitung.',
    "Passez-moi un courtier, s'il vous plaît.",
    'Un courtier, merci.',
    '¿Me ponéis con facturación?',
    'Quero falar com um intermediário de crédito.',
    // Still requests: texting's "kan" for "kann", a call turned round to "me", a plea before a bot named, a demand
    // after a count, an ultimatum with its question.
    'kan ich bitte mit einem Menschen sprechen?',
    "Le conseiller va-t-il me rappeler aujourd'hui ?",
    'Hallo, einen Menschen bitte, oder einen Bot, der funktioniert.',
    'How many times do I have to ask? Get me the complaints department.',
    'I need to speak to a manager or do you want me to cancel?',
    // From the review: an ultimatum after "or do you want me to…", in Romance languages too.
    'Je dois parler à un responsable, ou vous voulez que je résilie ?',
    'Devo parlare con un responsabile, o volete che disdica il contratto?',
    'Preciso de falar com um gestor, ou querem que cancele a apólice?',
    // A person wanted, then a working bot as the other half; a call to "me", turned round.
    'Olá, quero um humano, ou um robô que funcione.',
    'Le responsable va-t-il me recontacter ?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // What a named one of the staff must do, asked.
    'Does the team leader have to approve the refund?',
    'Does the branch manager need to sign the form?',
    'Muss der Teamleiter die Erstattung freigeben?',
    "Est-ce que le responsable d'agence doit valider le dossier ?",
    'Il responsabile deve firmare il modulo?',
    '¿El gerente tiene que aprobar la devolución?',
    'O gerente tem de aprovar o reembolso?',
    // People counted.
    'How many advisers do you have in the Leeds office?',
    'Wie viele Berater haben Sie in der Filiale in Köln?',
    // A name and a role between "are you" and a guess at the bot.
    'Sind Sie Herr Maier, mein Berater, oder ein Programm?',
    'Vous êtes Mme Durand, ma conseillère, ou un robot ?',
    'Sei Giulia, la mia consulente, o un bot?',
    // Whether the customer must get in an outsider.
    '¿Tengo que llamar a un electricista antes de la mudanza?',
    'Muss ich einen Elektriker anrufen, bevor ich unterschreibe?',
    'Devo chiamare un idraulico prima del rogito?',
    'Tenho de ligar a um eletricista antes da escritura?',
    'Dois-je appeler un plombier avant la signature ?',
    // An outsider's talk, the company after "or"; a call to others, turned round; going into the office.
    'Does my solicitor need to speak to the lender, or do you handle that?',
    "L'expert va-t-il appeler l'agence pour la visite ?",
    'Le notaire va-t-il contacter la banque ?',
    'Mio marito può passare in ufficio a firmare?',
    'O meu pai pode passar na loja para assinar?',
    // A transfer called off, the verb last; Bavarian "kan" after a wish; Portuguese "mais" after "precisa".
    'Die Weiterleitung an einen Mitarbeiter können Sie stornieren.',
    'Den Rückruf durch einen Berater können Sie abbrechen, danke.',
    'Passt scho, i brauch kan Menschen mehr.',
    'Então já não precisa mais de atendente, obrigado.',
    'Não precisamos mais de ninguém, está resolvido.',
    // Real words, no typos: "lender", "courrier"; the customer's own firm's brokers.
    'Can I send the documents by post to the lender?',
    'Je peux envoyer les papiers par courrier ?',
    'Les courtiers de notre cabinet peuvent-ils voir les dossiers ?',
    // From the review: Italian "passare dal" (a visit); Bavarian "wui", "mog" before "kan"; a role, then what it is;
    // the customer's own firm's people, named as its.
    'Posso passare dal magazzino a ritirare il pacco?',
    'Na, i wui kan Berater, sag einfach den Preis.',
    'I mog kan Menschen am Telefon, schreib ma’s einfach.',
    'Un courtier, c’est quoi exactement ?',
    'Ein Makler, was ist das?',
    'I consulenti del nostro studio possono vedere le polizze?',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind62 (a self-storage company): the class, in every language', () => {
  it.each([
    // Someone to get back to the customer.
    'Can someone get back to me about my invoice?',
    'Could somebody get back to us today?',
    // Passed on to someone, the verb last.
    'Könnten Sie mich an jemanden weitergeben, der sich auskennt?',
    // The security team by its name.
    'Can I speak to security please?',
    'Passez-moi la sécurité, vite.',
    'Mi passate la vigilanza?',
    'Pásame con seguridad, por favor.',
    'Quero falar com a segurança do armazém.',
    // Portuguese: the case put to someone, the chat taken on, "passem", "atendimento pessoal".
    'Quero expor o caso a um responsável.',
    'Gostaria de expor o problema a um gestor.',
    'Um colaborador pode pegar nesta conversa?',
    'Peço que me passem a um assistente.',
    'Atendimento pessoal, por favor',
    // A long name of a person clipped of its last two letters.
    'je veux un responsab svp',
    'vorrei un rappresentan',
    // Still requests: a household's wish; a plan with the customer's own request after it; a talk or a call asked
    // for a day; someone asked to come back on a day; the customer's own duty, then a transfer.
    'My husband wants to speak to a manager.',
    'My contract will end soon, connect me with sales.',
    'Mein Mann wird sich beschweren, verbinden Sie mich mit dem Chef.',
    'Is there someone I can talk to on Saturday?',
    'Can someone call me on Monday?',
    'Could the installer who came last Thursday come back out?',
    'I have to call reception now, put me through.',
    // From the review: someone to get back to the customer, in German and French; the household's duty, stated.
    'Kann sich jemand bei mir zurückmelden?',
    "Quelqu'un peut revenir vers moi ?",
    'Il mio amico deve parlare con il responsabile.',
    'A minha mãe tem de falar com o gerente.',
    'El técnico tiene que hablar conmigo.',
    // From the final read: Italian "mi" is "me", no one of the customer's going to call ("Mi va a chiamare…").
    'Mi va a chiamare un responsabile, per favore?',
    'Mi sta per chiamare qualcuno?',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // A call someone else must make.
    'Will the delivery driver have to call reception?',
    'Does my brother need to call the office to collect the key?',
    "Les livreurs doivent appeler l'accueil ?",
    'I traslocatori devono chiamare la reception per entrare?',
    '¿El transportista tiene que llamar a recepción?',
    'O motorista precisa de ligar para a receção?',
    // One of the customer's people going to talk to the staff.
    'My dad is going to call the office tomorrow about the keys.',
    "Ma fille va appeler l'accueil pour le badge.",
    'Mio figlio va a parlare con il responsabile domani.',
    'Mi hermana va a llamar a recepción esta tarde.',
    'O meu marido vai falar com o gerente na loja.',
    'Meine Tochter wird morgen mit der Filialleitung sprechen.',
    // Someone's being there asked for a day of the week.
    'Is anyone there on Saturdays?',
    "Y a-t-il quelqu'un à l'accueil le samedi ?",
    "C'è qualcuno in ufficio il sabato?",
    '¿Hay alguien en recepción los sábados?',
    // A thing moved to a bigger or cheaper one: no role.
    'Can I transfer my things to a smaller unit?',
    'Could I transfer my booking to a cheaper room?',
    // From the review: a talk someone else must have with one of the staff; a plan after "will"; a storage room is no
    // role.
    'Will the delivery driver have to talk to the concierge, or can he go straight up?',
    'Est-ce que le chauffeur devra parler au gardien pour décharger ?',
    "L'idraulico deve parlare con l'amministratore prima di iniziare?",
    'O estafeta tem de falar com o porteiro para entrar?',
    '¿El fontanero tiene que hablar con el administrador de la finca antes?',
    'My husband will call the branch tomorrow, just so you know.',
    '¿Puedo pasar mis muebles a un trastero más pequeño?',
    // After the review: one of the staff's talk with someone else, a duty; weekends named in more than one word.
    '¿El electricista tendrá que hablar con el conserje?',
    'Ao fim de semana há funcionários no ginásio?',
    "Y a-t-il quelqu'un à l'accueil le week-end ?",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});


describe('learnt from blind63 (a driving school): the class, in every language', () => {
  it.each([
    // A team asked for as one to talk to, is there one.
    'Is there a department I can speak to about a group booking?',
    'Gibt es eine Abteilung, mit der ich sprechen kann?',
    'Y a-t-il un service que je peux appeler pour ça ?',
    '¿Hay algún departamento con el que pueda hablar?',
    // A title before a role; one word between the article and the person asked for.
    'Can I talk to the head instructor?',
    "I'd like a word with the senior trainer.",
    'Can I get the regional manager, please?',
    'Can I see the store manager?',
    // Someone free where a place comes between; a moment taken for it; asked possible, a talk after.
    'Would somebody at the office be free for a chat with me later on?',
    "Est-ce que quelqu'un pourrait prendre un moment pour voir ça avec moi ?",
    "Serait-il possible que quelqu'un de chez vous voie ça avec moi ?",
    "Un conseiller pourrait prendre un moment pour m'appeler ?",
    // Calmer with a person: "plus à l'aise".
    "Je serais plus à l'aise avec un conseiller.",
    "Je me sentirais plus à l'aise en parlant à quelqu'un.",
    // A moment of someone's, past a maybe, a place or what it is for.
    'Hätte vielleicht jemand irgendwann Zeit für mich?',
    'Hätte jemand Zeit für ein kurzes Gespräch mit mir?',
    "Quelqu'un à l'accueil aurait-il un petit moment pour moi ?",
    // German: talk verbs in the third person, a plea inside "mich … weitergeben".
    'Wäre es möglich, dass jemand mit mir redet?',
    'Wäre es möglich, dass sich jemand von Ihnen persönlich mit mir austauscht?',
    'Können Sie mich bitte weitergeben?',
    // The ones from a course; "atenderme"; administration as a team; a way asked.
    'Quiero hablar con los del curso de inglés.',
    'Voglio parlare con quelli del corso di nuoto.',
    '¿Podría atenderme alguien?',
    '¿Alguien del equipo puede atenderme?',
    'Quiero hablar con administración.',
    "Je veux parler à l'administration.",
    'I want to speak to admin.',
    'Gostava de falar com a administração.',
    'Há maneira de alguém da loja pegar neste assunto?',
    // "Sumone", "relassion"; a bother asked, then the request.
    'can sumone help me pls',
    'vous pouvez me mettre en relassion svp',
    'Sarebbe un disturbo farmi seguire da un consulente?',
    // From the review: "per parlarmi" (no "parlarci"), "más cómoda", a team one calls "al que", a wish for a person
    // where they work, "pongáis".
    "Qualcuno dell'ufficio avrebbe cinque minuti per parlarmi?",
    'Me sentiría más cómoda hablando con alguien de la tienda.',
    '¿Tenéis algún departamento al que pueda llamar?',
    'Is there a department I could ring?',
    'Mi hermana quiere hablar con la directora de la oficina.',
    'Quiero que me pongáis con un agente.',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Whether someone named with an article will call before an event.
    'Will the examiner call me before the exam?',
    'Will the technician call me before the visit?',
    'Ruft mich der Techniker vor dem Termin an?',
    "Est-ce que le technicien m'appelle avant l'intervention ?",
    '¿El técnico me llamará antes de la visita?',
    "Il tecnico mi chiamerà prima dell'intervento?",
    'O técnico vai ligar-me antes da visita?',
    // German: one of the customer's people talking to the staff, in the present.
    'Mein Mann spricht morgen mit dem Filialleiter.',
    'Meine Schwester redet heute mit der Vermieterin.',
    // Guards: a team that does a job; at ease with the chat; neighbours upstairs; a possibility that asks no one; a price; other senses.
    'Is there a department that handles refunds?',
    "Je suis à l'aise avec le chat.",
    'Tengo que hablar con los del piso de arriba.',
    'Quero falar com os do andar de cima.',
    "Est-il possible que quelqu'un de chez vous ait utilisé ma carte ?",
    'Is it free to talk to someone?',
    'The administration of the site is poor.',
    'Nadie quiso atenderme en la tienda.',
    // From the review: the household's talk in the present in every language; the neighbours above; a washing machine.
    'Mi marido habla mañana con el director de la tienda.',
    "Mon mari parle demain au directeur de l'agence.",
    'O meu pai fala hoje com o gerente da loja.',
    'Je dois parler à ceux du dessus, ils font du bruit.',
    'Quiero que me pongan la lavadora nueva.',
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});

describe('learnt from blind64 (a laundry and dry-cleaning service): the class, in every language', () => {
  it.each([
    // A talk the customer must have (no longer read as "est-ce que je parle à un humain ?").
    "Il faut que je parle à un conseiller, c'est urgent.",
    'faut que je parle a qqn du service client',
    "Il faudrait que je parle à une personne aujourd'hui.",
    // A talk with someone by a two-word name, then who they are and where; the owner.
    "I'd like to speak with Tom, the manager at your Leeds branch.",
    'Necesito hablar con Luis Pardo, el encargado de la tienda de Vigo.',
    'Je voudrais parler à Mme Dubois, la responsable du magasin de Lille.',
    'Ich möchte mit Herrn Krause sprechen, dem Leiter der Filiale in Bonn.',
    'Vorrei parlare con la signora Bianchi, la responsabile del negozio di Torino.',
    'Quero falar com o dono da loja.',
    'Exijo falar com o encarregado.',
    // Who owns or runs it asked, then "them"; none there, asked.
    'Who owns this shop? I want to speak to them.',
    'Chi dirige questo negozio? Voglio parlare con lui.',
    'is there no human here?',
    'ya pas un humain ici ?',
    'gibt es keinen Menschen hier?',
    // A talk or a look with me, past a place's name; "ensemble"; German "kläre ich", "bespreche ich"; quicker if.
    'Could someone from your Leeds shop go through this with me?',
    "Serait-il possible que quelqu'un de l'agence de Bordeaux Mériadeck regarde ça avec moi ?",
    "Quelqu'un au magasin aurait-il cinq minutes pour qu'on voie ça ensemble ?",
    'Das kläre ich besser direkt mit jemandem von Ihnen.',
    'Das bespreche ich lieber mit einem Mitarbeiter.',
    "It'd be quicker if I explained it to one of your team.",
    'Es wäre schneller, wenn ich das mit jemandem besprechen könnte.',
    // A ring, a word written, a direct contact; "rispondetemi"; "hand me to"; texting "c 1".
    "mi fate squillare qualcuno dell'ufficio?",
    'fatemi uno squillo, per favore',
    'Alguém me pode dar um toque?',
    'Um dos vossos técnicos podia escrever-me?',
    'Será que alguém da loja me podia escrever diretamente?',
    'Posso avere un contatto diretto con il responsabile?',
    '¿Puedo tener un contacto directo con el encargado?',
    'operatoreee rispondetemiii',
    'qualcuno mi risponda, per favore',
    'hand me to a human',
    'can you hand me over to someone?',
    'falar c 1 atendente',
    'ponham-me em contacto c 1 pessoa',
    // From the review: a verb that takes the person straight after it; "a dona"; fillers of several words after none.
    'Mi passate Giulia, la responsabile del punto vendita di via Roma?',
    'Posso falar com a dona da lavandaria?',
    'is there no agent on this chat',
  ])('finds %j', (text) => {
    expect(detectExplicitRequest(text)).toBeDefined();
  });

  it.each([
    // Guards: asking whether it is a person; the household; what the named one said; a guardian; a landlord.
    'Est-ce que je parle à un humain ?',
    'je sais que je parle à un robot',
    "faut que je parle à mon mari d'abord",
    'I talked to Tom, the manager at the shop, he told me to wait.',
    "I'd like to speak with Priya, the manager said it was fine.",
    'Quero falar com o encarregado de educação do meu filho.',
    'Consegue ligar para o dono do apartamento?',
    // Guards: none who does a job; a fee; a past talk; a visit's call; being in; hand-finished; a delivery.
    'Who owns the copyright on these photos?',
    'Is there no human who checks these?',
    "there's no agent fee, right?",
    'the agent went through it with me yesterday',
    'le technicien a regardé ça avec moi hier',
    'il tecnico mi fa uno squillo prima di arrivare?',
    'Do I need to be in for someone to collect the bag?',
    'Do your staff hand-finish the shirts?',
    'the courier will hand it to your neighbour',
    // Not requests: the bot compared; a person on the far side of "than"; nothing to escalate; who decides; an app's manager.
    "you're faster than the last chatbot I used",
    "you're smarter than this bot, honestly",
    "I'd rather sort it here than sit on hold waiting for someone.",
    'Ich würde lieber hier schreiben als auf jemanden zu warten.',
    'Passt schon, musst nichts eskalieren.',
    'Il responsabile può approvare il rimborso o decide la sede?',
    'Can the store manager approve it, or does head office decide?',
    '¿Dónde está el gestor de contraseñas en la app?',
    // Guards: the past; the household writing.
    'it would be quicker if your agent had called me back',
    'a minha mãe vai me escrever',
    // From the review: who they are past a comma; nothing to escalate; decided centrally; a French cleft.
    'Gibt es keinen Menschen, der die Bewertungen prüft?',
    'nothing to escalate, thanks for the help',
    'Can the branch manager authorise a refund or is that decided centrally?',
    "Le responsable du magasin peut valider le remboursement ou c'est le siège qui décide ?",
  ])('stays quiet on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeUndefined();
  });
});
