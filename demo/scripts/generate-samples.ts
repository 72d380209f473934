// Writes demo/src/playground/samples.jsonl: the bundled conversations the policy playground replays.
//
//   pnpm exec tsx demo/scripts/generate-samples.ts
//
// Deterministic (a seeded generator, fixed clock), so the file only changes when this script does.
// Every conversation is built for a purpose (a calm order question, a near miss that must not hand
// over, each trigger in several languages) and the script checks each one against the default
// policy before writing, so the labels in the ids stay true when the detectors change.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePolicy, replayConversation } from '@baton/core';
import { registerAllLanguages } from '@baton/core/languages/all';
import type { ReplayConversation, TriggerId } from '@baton/protocol';

// Each sample is checked against what replay decides, in its own language: every pack.
registerAllLanguages();

type Language = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';
type Turn = { role: 'customer'; text: string } | { role: 'bot'; text: string; confidence: number; intent: string; delayMs?: number };

interface Scenario {
  /** Short label that goes into the id, e.g. `calm`, `near-miss`, `loop`. */
  label: string;
  language: Language;
  turns: Turn[];
  /** Earlier contacts: hours before this conversation, and their topic. */
  contacts?: Array<{ hoursAgo: number; topic: string }>;
  tier?: string;
  /** What the default policy must decide: a trigger, or null for no handoff. */
  expect: TriggerId | null;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const rng = random(20_260_302);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (min: number, max: number) => min + rng() * (max - min);
const confident = () => Math.round(between(0.72, 0.97) * 100) / 100;

const customer = (text: string): Turn => ({ role: 'customer', text });
const bot = (text: string, intent: string, confidence = confident(), delayMs?: number): Turn => ({
  role: 'bot',
  text,
  intent,
  confidence,
  ...(delayMs === undefined ? {} : { delayMs }),
});

// ---------------------------------------------------------------- everyday questions, per language

interface Topic {
  intent: string;
  ask: string[];
  answer: string;
  followUp: string[];
  answerAgain: string;
}

const ORDERS = ['BT-20417', 'BT-19822', 'BT-21003', 'BT-18760', 'BT-20995', 'BT-21342'];
const order = () => pick(ORDERS);

const TOPICS: Record<Language, Topic[]> = {
  en: [
    {
      intent: 'order_status',
      ask: ['Where is my order {o}?', 'hi, has order {o} shipped yet?', 'Can you tell me when {o} will arrive', 'tracking number for {o} please'],
      answer: 'Order {o} left our warehouse yesterday with DHL. It should arrive on Thursday.',
      followUp: ['Will I need to be home to sign for it?', 'Can the driver leave it with a neighbour?'],
      answerAgain: 'No signature is needed; the driver can leave it with a neighbour or at a DHL point.',
    },
    {
      intent: 'returns',
      ask: ['How do I return a jacket?', 'I ordered the wrong size, can I exchange it?', 'what is your return window'],
      answer: 'You can return anything within 30 days: Orders → Return items, then print the free label.',
      followUp: ['Do I have to pay for the return label?', 'How long until the exchange ships?'],
      answerAgain: 'Returns are free in the EU, and exchanges ship the day the parcel is scanned.',
    },
    {
      intent: 'shipping',
      ask: ['Do you ship to Ireland?', 'How much is express delivery?', 'how long does shipping take to Austria'],
      answer: 'We ship across the EU: free over €50, 2–4 business days; express next day for €9.90.',
      followUp: ['If I order before noon, does express still go today?', 'Is there tracking on standard delivery?'],
      answerAgain: 'Yes: orders before 14:00 leave the same day, and every parcel is tracked.',
    },
    {
      intent: 'sizing',
      ask: ['Does the Alder parka run small?', 'I am 182 cm, which size should I take?', 'is the wool sweater true to size'],
      answer: 'It runs true to size; between two sizes, take the larger one for layering.',
      followUp: ['And the sleeves, are they long?', 'What about after washing?'],
      answerAgain: 'Sleeves are 64 cm in M, and the fabric is pre-washed, so it keeps its size.',
    },
    {
      intent: 'account',
      ask: ['I forgot my password', 'How do I change the email on my account?', "can't log in to my account"],
      answer: 'Use “Forgot password” on the sign-in page; the link is valid for 30 minutes.',
      followUp: ['Got it, the email just arrived.', 'Where do I change my address afterwards?'],
      answerAgain: 'Your addresses are under Account → Addresses.',
    },
    {
      intent: 'billing',
      ask: ['Where can I download the invoice for {o}?', 'Can I get a VAT invoice for my company?', 'Which payment methods do you accept?'],
      answer: 'Invoices are under Orders → {o} → Invoice; add your VAT number there for a company invoice.',
      followUp: ['Can I pay with PayPal next time?', 'Does the invoice show the shipping cost separately?'],
      answerAgain: 'Yes: we accept cards, PayPal and Klarna, and shipping is its own line on the invoice.',
    },
  ],
  es: [
    {
      intent: 'order_status',
      ask: ['¿Dónde está mi pedido {o}?', 'hola, ¿ya han enviado el pedido {o}?'],
      answer: 'El pedido {o} salió ayer con DHL y debería llegar el jueves.',
      followUp: ['¿Tengo que estar en casa para recibirlo?'],
      answerAgain: 'No hace falta firmar; el repartidor puede dejarlo a un vecino.',
    },
    {
      intent: 'returns',
      ask: ['¿Cómo devuelvo una chaqueta?', 'Pedí la talla equivocada, ¿puedo cambiarla?'],
      answer: 'Tienes 30 días: Pedidos → Devolver artículos, e imprime la etiqueta gratuita.',
      followUp: ['¿La devolución es gratis?'],
      answerAgain: 'Sí, las devoluciones son gratuitas en la UE.',
    },
    {
      intent: 'shipping',
      ask: ['¿Hacéis envíos a Canarias?', '¿Cuánto tarda el envío a Madrid?'],
      answer: 'El envío estándar tarda de 2 a 4 días laborables y es gratis a partir de 50 €.',
      followUp: ['¿Y el envío exprés?'],
      answerAgain: 'El exprés llega al día siguiente por 9,90 €.',
    },
  ],
  fr: [
    {
      intent: 'order_status',
      ask: ['Où en est ma commande {o} ?', 'Bonjour, ma commande {o} est-elle partie ?'],
      answer: 'La commande {o} est partie hier avec DHL ; livraison prévue jeudi.',
      followUp: ['Faut-il que je sois présent pour signer ?'],
      answerAgain: 'Aucune signature n’est nécessaire.',
    },
    {
      intent: 'sizing',
      ask: ['La parka Alder taille-t-elle petit ?', 'Je mesure 1,75 m, quelle taille me conseillez-vous ?'],
      answer: 'Elle taille normalement ; entre deux tailles, prenez la plus grande.',
      followUp: ['Et les manches ?'],
      answerAgain: 'Les manches font 64 cm en taille M.',
    },
    {
      intent: 'billing',
      ask: ['Où puis-je télécharger la facture de {o} ?', 'Acceptez-vous PayPal ?'],
      answer: 'Les factures sont dans Commandes → {o} → Facture. Nous acceptons carte, PayPal et Klarna.',
      followUp: ['Parfait, je la vois.'],
      answerAgain: 'Très bien. Autre chose ?',
    },
  ],
  de: [
    {
      intent: 'order_status',
      ask: ['Wo ist meine Bestellung {o}?', 'Hallo, ist {o} schon unterwegs?'],
      answer: 'Die Bestellung {o} ist gestern mit DHL rausgegangen und kommt voraussichtlich am Donnerstag.',
      followUp: ['Muss ich zu Hause sein?'],
      answerAgain: 'Nein, der Fahrer kann das Paket bei einem Nachbarn abgeben.',
    },
    {
      intent: 'returns',
      ask: ['Wie kann ich eine Jacke zurückschicken?', 'Kann ich die Größe umtauschen?'],
      answer: 'Sie haben 30 Tage Zeit: Bestellungen → Artikel zurücksenden, dann das kostenlose Etikett drucken.',
      followUp: ['Ist die Rücksendung kostenlos?'],
      answerAgain: 'Ja, innerhalb der EU ist die Rücksendung kostenlos.',
    },
    {
      intent: 'account',
      ask: ['Ich habe mein Passwort vergessen', 'Wie ändere ich meine E-Mail-Adresse?'],
      answer: 'Nutzen Sie „Passwort vergessen“ auf der Anmeldeseite; der Link gilt 30 Minuten.',
      followUp: ['Danke, die Mail ist da.'],
      answerAgain: 'Gern geschehen!',
    },
  ],
  pt: [
    {
      intent: 'order_status',
      ask: ['Onde está a minha encomenda {o}?', 'Olá, a encomenda {o} já foi enviada?'],
      answer: 'A encomenda {o} saiu ontem com a DHL e deve chegar na quinta-feira.',
      followUp: ['Preciso de estar em casa?'],
      answerAgain: 'Não é preciso assinar; o estafeta pode deixar com um vizinho.',
    },
    {
      intent: 'shipping',
      ask: ['Vocês enviam para os Açores?', 'Quanto custa o envio expresso?'],
      answer: 'Enviamos para toda a UE: grátis acima de 50 €, 2 a 4 dias úteis; expresso por 9,90 €.',
      followUp: ['E tem rastreamento?'],
      answerAgain: 'Sim, todas as encomendas têm rastreamento.',
    },
  ],
  it: [
    {
      intent: 'order_status',
      ask: ['Dov’è il mio ordine {o}?', 'Ciao, l’ordine {o} è già partito?'],
      answer: 'L’ordine {o} è partito ieri con DHL e dovrebbe arrivare giovedì.',
      followUp: ['Devo essere a casa per firmare?'],
      answerAgain: 'Non serve la firma; il corriere può lasciarlo a un vicino.',
    },
    {
      intent: 'sizing',
      ask: ['Il parka Alder veste piccolo?', 'Sono alto 1,80 m, che taglia mi consigliate?'],
      answer: 'Veste regolare; se sei tra due taglie, prendi la più grande.',
      followUp: ['E le maniche?'],
      answerAgain: 'Le maniche sono di 64 cm nella taglia M.',
    },
  ],
};

const THANKS: Record<Language, { customer: string[]; bot: string }> = {
  en: { customer: ['Great, thanks!', 'thank you', 'Perfect, that helps.', 'ok cheers'], bot: 'You’re welcome! Anything else?' },
  es: { customer: ['¡Genial, gracias!', 'Vale, muchas gracias'], bot: '¡De nada! ¿Algo más?' },
  fr: { customer: ['Merci beaucoup !', 'Parfait, merci.'], bot: 'Avec plaisir ! Autre chose ?' },
  de: { customer: ['Super, danke!', 'Vielen Dank.'], bot: 'Gern geschehen! Noch etwas?' },
  pt: { customer: ['Ótimo, obrigado!', 'Obrigada pela ajuda.'], bot: 'De nada! Mais alguma coisa?' },
  it: { customer: ['Perfetto, grazie!', 'Grazie mille.'], bot: 'Prego! Altro?' },
};

const LANGUAGE_MIX: Language[] = ['en', 'en', 'en', 'en', 'es', 'fr', 'de', 'pt', 'it'];

function fill(text: string, o: string): string {
  return text.replaceAll('{o}', o);
}

/** A question, a good answer, maybe a follow-up, and thanks: the bulk of real support traffic. */
function calm(language: Language, topics = 1): Scenario {
  const turns: Turn[] = [];
  const o = order();
  const available = [...TOPICS[language]];
  for (let i = 0; i < topics && available.length > 0; i++) {
    const topic = available.splice(Math.floor(rng() * available.length), 1)[0]!;
    turns.push(customer(fill(pick(topic.ask), o)), bot(fill(topic.answer, o), topic.intent));
    if (rng() < 0.6) turns.push(customer(fill(pick(topic.followUp), o)), bot(fill(topic.answerAgain, o), topic.intent));
  }
  if (rng() < 0.8) turns.push(customer(pick(THANKS[language].customer)), bot(THANKS[language].bot, 'thanks', 0.96));
  return { label: topics > 1 ? 'calm-multi' : 'calm', language, turns, expect: null };
}

/** Wording that looks like a trigger to a naive keyword match and must not hand over. */
const NEAR_MISSES: Array<{ language: Language; text: string; intent: string; answer: string }> = [
  { language: 'en', text: 'Honestly this price is criminal for a t-shirt, is there a sale coming?', intent: 'promotions', answer: 'Our spring sale starts on the 20th with 20% off basics.' },
  { language: 'en', text: 'My manager asked me to order 12 jackets for the team, do you do bulk discounts?', intent: 'bulk_order', answer: 'Yes: 10% off from 10 items, applied automatically in the basket.' },
  { language: 'en', text: 'are you a bot?', intent: 'about_bot', answer: 'I am Nova, Northwind’s assistant. I can help with orders, returns and more.' },
  { language: 'en', text: "I don't need a human, just tell me the opening hours of the Berlin store", intent: 'store_hours', answer: 'The Berlin store is open Mon–Sat, 10:00–20:00.' },
  { language: 'en', text: 'Do you sell the jacket the travel agent in your ad is wearing?', intent: 'product_question', answer: 'That’s the Alder parka in olive, in stock in all sizes.' },
  { language: 'en', text: 'I work in human resources, can we set up a corporate account?', intent: 'business_account', answer: 'Yes: fill in the business form and we reply within a day.' },
  { language: 'en', text: 'Last time I spoke to an agent they said the parka would be restocked, is it back?', intent: 'stock', answer: 'The Alder parka is back in stock in all colours.' },
  { language: 'en', text: 'I’m a bit disappointed the sweater sold out so fast. Will you restock the green one?', intent: 'stock', answer: 'The green sweater is due back on 14 March; you can sign up for a restock email.' },
  { language: 'en', text: 'The killer feature of this coat is the hood. Is it detachable?', intent: 'product_question', answer: 'Yes, the hood zips off.' },
  { language: 'en', text: 'This jacket is insanely good, do you have it in navy?', intent: 'product_question', answer: 'Navy is available in S to XL.' },
  { language: 'es', text: '¿Eres un robot? Solo quiero saber el horario de la tienda de Madrid', intent: 'store_hours', answer: 'La tienda de Madrid abre de lunes a sábado, de 10:00 a 21:00.' },
  { language: 'fr', text: 'Mon chef m’a demandé de commander des vestes pour l’équipe, avez-vous des remises ?', intent: 'bulk_order', answer: 'Oui : 10 % dès 10 articles.' },
  { language: 'de', text: 'Ich brauche keinen Menschen, nur die Öffnungszeiten bitte', intent: 'store_hours', answer: 'Unser Berliner Laden ist Mo–Sa 10–20 Uhr geöffnet.' },
  { language: 'it', text: 'Il prezzo è un furto, ma la giacca è bellissima. Ci sono saldi?', intent: 'promotions', answer: 'I saldi di primavera iniziano il 20 con il 20% di sconto.' },
  { language: 'pt', text: 'Vocês são humanos ou é um assistente virtual? Quero saber dos tamanhos', intent: 'about_bot', answer: 'Sou a Nova, a assistente virtual. Os tamanhos vão do XS ao XXL.' },
];

function nearMiss(index: number): Scenario {
  const miss = NEAR_MISSES[index % NEAR_MISSES.length]!;
  const turns: Turn[] = [customer(miss.text), bot(miss.answer, miss.intent)];
  if (rng() < 0.6) turns.push(customer(pick(THANKS[miss.language].customer)), bot(THANKS[miss.language].bot, 'thanks', 0.96));
  return { label: 'near-miss', language: miss.language, turns, expect: null };
}

// ---------------------------------------------------------------- conversations that hand over

const ASKS_FOR_PERSON: Array<{ language: Language; text: string }> = [
  { language: 'en', text: 'Can I talk to a human please?' },
  { language: 'en', text: 'agent!!' },
  { language: 'en', text: 'is there a real person I can talk to' },
  { language: 'en', text: 'speak to someone' },
  { language: 'en', text: 'I want to speak with your manager' },
  { language: 'en', text: 'no more bot please, put me through to support' },
  { language: 'en', text: 'can i tlak to a humen' },
  { language: 'en', text: 'representative' },
  { language: 'es', text: 'Quiero hablar con una persona' },
  { language: 'es', text: '¿Sería posible que me atienda una persona?' },
  { language: 'fr', text: 'Je voudrais parler à un conseiller' },
  { language: 'fr', text: 'un humain svp' },
  { language: 'de', text: 'Ich möchte mit einem Mitarbeiter sprechen' },
  { language: 'de', text: 'Kann ich bitte mit jemandem reden?' },
  { language: 'pt', text: 'Posso falar com um atendente?' },
  { language: 'it', text: 'Vorrei parlare con un operatore' },
];

function explicitRequest(index: number): Scenario {
  const ask = ASKS_FOR_PERSON[index % ASKS_FOR_PERSON.length]!;
  const turns: Turn[] = [];
  // Sometimes straight away, sometimes after the bot already answered something.
  if (rng() < 0.5) {
    const topic = pick(TOPICS[ask.language]);
    const o = order();
    turns.push(customer(fill(pick(topic.ask), o)), bot(fill(topic.answer, o), topic.intent));
  }
  turns.push(customer(ask.text));
  return { label: 'asks-for-person', language: ask.language, turns, expect: 'explicit_request' };
}

const UNANSWERABLE: Array<{ language: Language; text: string; answer: string; intent: string }> = [
  { language: 'en', text: 'Can I pay with Apple Pay in the app?', answer: 'I’m not sure; we accept most common payment methods.', intent: 'payment_methods' },
  { language: 'en', text: 'Is the Alder parka made with recycled down or virgin down?', answer: 'I believe it may contain some recycled materials.', intent: 'materials' },
  { language: 'en', text: 'Can you ship to a parcel locker in Reykjavik?', answer: 'We might be able to ship to Iceland, but I don’t know about lockers.', intent: 'shipping' },
  { language: 'en', text: 'If I return one item of a bundle, do I lose the bundle discount?', answer: 'Bundle discounts may be adjusted on partial returns.', intent: 'returns' },
  { language: 'en', text: 'My gift card balance shows zero but I never used it', answer: 'Gift cards can take time to activate, please try again later.', intent: 'gift_card' },
  { language: 'en', text: 'Can I change the delivery address after the parcel left?', answer: 'Address changes might be possible with the carrier.', intent: 'shipping' },
  { language: 'es', text: '¿Puedo recoger el pedido en una tienda de Valencia?', answer: 'Quizás sea posible recoger en tienda.', intent: 'click_collect' },
  { language: 'fr', text: 'Puis-je utiliser deux codes promo sur la même commande ?', answer: 'Je ne suis pas certain que ce soit possible.', intent: 'promo_code' },
  { language: 'de', text: 'Kann ich die Rechnung auf eine andere Firma ausstellen lassen?', answer: 'Das ist eventuell möglich.', intent: 'billing' },
  { language: 'pt', text: 'A garantia cobre fechos partidos?', answer: 'Talvez a garantia cubra isso.', intent: 'warranty' },
  { language: 'it', text: 'Posso cambiare il colore dopo aver pagato?', answer: 'Forse è possibile modificarlo.', intent: 'order_change' },
];

function lowConfidence(index: number): Scenario {
  const question = UNANSWERABLE[index % UNANSWERABLE.length]!;
  // Alternate between clearly lost (< 0.3) and the review band (0.3 to 0.5) so a policy that turns
  // review on shows a visible shift in the playground.
  const confidence = Math.round((index % 2 === 0 ? between(0.08, 0.29) : between(0.3, 0.49)) * 100) / 100;
  const turns: Turn[] = [];
  if (rng() < 0.4) {
    const topic = pick(TOPICS[question.language]);
    const o = order();
    turns.push(customer(fill(pick(topic.ask), o)), bot(fill(topic.answer, o), topic.intent));
  }
  turns.push(customer(question.text), bot(question.answer, question.intent, confidence));
  return { label: confidence >= 0.3 ? 'unsure-review-band' : 'unsure', language: question.language, turns, expect: 'low_confidence' };
}

const UPSET: Array<{ language: Language; lines: string[] }> = [
  { language: 'en', lines: ['My parcel is a week late and nobody answers my emails.', 'This is terrible service, I am really upset', 'Honestly the worst experience I have had with a shop, I am furious'] },
  { language: 'en', lines: ['The zip broke on the first day', 'I am very disappointed, this was a gift', 'and now the return label does not work either, this is awful'] },
  { language: 'en', lines: ['worst experience ever, I am so angry'] },
  { language: 'en', lines: ['My father passed away last week and his order keeps getting charged to his card'] },
  { language: 'en', lines: ['I keep getting charged and this is useless and I am furious'] },
  { language: 'es', lines: ['El pedido llegó roto.', 'Estoy muy enfadado, es un desastre', 'Es una vergüenza, nadie me ayuda'] },
  { language: 'fr', lines: ['C’est inadmissible, je suis furieux'] },
  { language: 'de', lines: ['Das Paket ist seit zwei Wochen verschwunden.', 'Ich bin wirklich wütend, das ist eine Katastrophe', 'Schrecklicher Service, absolut enttäuschend'] },
  { language: 'it', lines: ['Mi avete addebitato due volte, che schifo, sono arrabbiatissimo', 'Servizio pessimo, sono furioso'] },
  { language: 'pt', lines: ['Estou muito irritado, isto é uma vergonha', 'Péssimo atendimento, estou furioso'] },
];

function sentiment(index: number): Scenario {
  const upset = UPSET[index % UPSET.length]!;
  const turns: Turn[] = [];
  upset.lines.forEach((line, i) => {
    turns.push(customer(line));
    if (i < upset.lines.length - 1) turns.push(bot('I’m sorry to hear that. Let me check what I can do.', 'complaint', 0.7));
  });
  return { label: 'upset', language: upset.language, turns, expect: 'sentiment' };
}

const POLICY_TOPICS: Array<{ language: Language; rule: string; text: string }> = [
  { language: 'en', rule: 'legal', text: 'If this is not sorted by Friday I will contact my lawyer.' },
  { language: 'en', rule: 'legal', text: 'I am considering legal action over the damaged sofa.' },
  { language: 'es', rule: 'legal', text: 'Voy a hablar con mi abogado si no me devuelven el dinero.' },
  { language: 'en', rule: 'fraud', text: 'Someone used my card without permission to order from you.' },
  { language: 'de', rule: 'fraud', text: 'Jemand hat mit meiner Kreditkarte betrügerisch bestellt.' },
  { language: 'fr', rule: 'fraud', text: 'Quelqu’un a utilisé ma carte sans mon autorisation, c’est une fraude.' },
  { language: 'en', rule: 'medical', text: 'I had an allergic reaction to the dye in the sweater.' },
  { language: 'it', rule: 'medical', text: 'Ho avuto una reazione allergica al tessuto.' },
  { language: 'pt', rule: 'medical', text: 'Tive uma reação alérgica ao casaco.' },
  { language: 'en', rule: 'finance', text: 'Can I get financing or a loan for a large order?' },
  { language: 'en', rule: 'finance', text: 'Do you offer a credit agreement for business customers?' },
  { language: 'en', rule: 'safety', text: 'The heated vest charger caught fire last night.' },
  { language: 'en', rule: 'safety', text: 'I feel unsafe, the delivery driver threatened me.' },
  { language: 'es', rule: 'safety', text: 'El cargador se incendió y hay humo en la casa.' },
  { language: 'de', rule: 'safety', text: 'Das Ladegerät hat Feuer gefangen.' },
];

function topic(index: number): Scenario {
  const item = POLICY_TOPICS[index % POLICY_TOPICS.length]!;
  const turns: Turn[] = [];
  if (rng() < 0.4) {
    const t = pick(TOPICS[item.language]);
    const o = order();
    turns.push(customer(fill(pick(t.ask), o)), bot(fill(t.answer, o), t.intent));
  }
  turns.push(customer(item.text));
  return { label: `topic-${item.rule}`, language: item.language, turns, expect: 'topic' };
}

/** The same question again within (or, as a near miss, outside) the repeat-contact window. */
function repeatContact(index: number, withinWindow: boolean): Scenario {
  const language = pick<Language>(['en', 'en', 'de', 'es', 'fr']);
  const t = pick(TOPICS[language]);
  const o = order();
  const turns: Turn[] = [customer(fill(pick(t.ask), o)), bot(fill(t.answer, o), t.intent)];
  if (!withinWindow && rng() < 0.7) turns.push(customer(pick(THANKS[language].customer)), bot(THANKS[language].bot, 'thanks', 0.96));
  const hoursAgo = withinWindow ? Math.round(between(3, 70)) : Math.round(between(80, 400));
  return {
    label: withinWindow ? 'repeat-contact' : 'returning-later',
    language,
    turns,
    contacts: [{ hoursAgo, topic: t.intent }],
    expect: withinWindow ? 'repeat_contact' : null,
    ...(index % 3 === 0 ? { tier: 'vip' } : {}),
  };
}

const LOOPS: Array<{ language: Language; intent: string; ask: string; again: string[]; answer: string }> = [
  { language: 'en', intent: 'promo_code', ask: 'My promo code doesn’t work', again: ['still not working', 'I did that, it still says invalid'], answer: 'Promo codes are case-sensitive: type it in capitals on the basket page.' },
  { language: 'en', intent: 'account', ask: 'The password reset link never arrives', again: ['still nothing', 'checked spam, not there'], answer: 'Use “Forgot password”; the link is valid for 30 minutes. Check your spam folder.' },
  { language: 'en', intent: 'order_status', ask: 'tracking says delivered but I have nothing', again: ['but it is not here', 'that is what the tracking says, I have NOTHING'], answer: 'The tracking shows the parcel was delivered on Tuesday.' },
  { language: 'es', intent: 'promo_code', ask: 'Mi código de descuento no funciona', again: ['sigue sin funcionar', 'ya lo hice'], answer: 'Los códigos distinguen mayúsculas: escríbelo en mayúsculas en la cesta.' },
  { language: 'de', intent: 'returns', ask: 'Das Rücksendeetikett lässt sich nicht drucken', again: ['geht immer noch nicht', 'habe ich schon probiert'], answer: 'Öffnen Sie Bestellungen → Artikel zurücksenden und laden Sie das PDF herunter.' },
];

function loop(index: number): Scenario {
  const l = LOOPS[index % LOOPS.length]!;
  const turns: Turn[] = [customer(l.ask), bot(l.answer, l.intent, 0.74)];
  for (const again of l.again) turns.push(customer(again), bot(l.answer, l.intent, 0.74));
  return { label: 'loop', language: l.language, turns, expect: 'loop' };
}

function inactivity(): Scenario {
  const language = pick(LANGUAGE_MIX);
  const t = pick(TOPICS[language]);
  const o = order();
  const slowMs = Math.round(between(35, 180)) * 1000;
  return {
    label: 'ai-timeout',
    language,
    turns: [customer(fill(pick(t.ask), o)), bot(fill(t.answer, o), t.intent, confident(), slowMs)],
    expect: 'inactivity',
  };
}

// ---------------------------------------------------------------- assembly

function plan(): Scenario[] {
  const scenarios: Scenario[] = [];
  for (let i = 0; i < 86; i++) scenarios.push(calm(pick(LANGUAGE_MIX)));
  for (let i = 0; i < 20; i++) scenarios.push(calm(pick(['en', 'en', 'es', 'fr', 'de'] as Language[]), 2));
  for (let i = 0; i < 24; i++) scenarios.push(nearMiss(i));
  for (let i = 0; i < 28; i++) scenarios.push(explicitRequest(i));
  for (let i = 0; i < 20; i++) scenarios.push(lowConfidence(i));
  for (let i = 0; i < 14; i++) scenarios.push(sentiment(i));
  for (let i = 0; i < 15; i++) scenarios.push(topic(i));
  for (let i = 0; i < 10; i++) scenarios.push(repeatContact(i, true));
  for (let i = 0; i < 5; i++) scenarios.push(repeatContact(i, false));
  for (let i = 0; i < 10; i++) scenarios.push(loop(i));
  for (let i = 0; i < 8; i++) scenarios.push(inactivity());
  // Interleave so the file reads like a day of traffic, not a list of categories.
  for (let i = scenarios.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [scenarios[i], scenarios[j]] = [scenarios[j]!, scenarios[i]!];
  }
  return scenarios;
}

const DAY_START = Date.UTC(2026, 2, 2, 7, 30);

function toConversation(scenario: Scenario, index: number): ReplayConversation {
  const id = `c${String(index + 1).padStart(3, '0')}-${scenario.label}-${scenario.language}`;
  let at = DAY_START + index * 4 * 60_000 + Math.round(between(0, 90_000));
  const messages = scenario.turns.map((turn) => {
    at += turn.role === 'bot' ? (turn.delayMs ?? Math.round(between(1_500, 8_000))) : Math.round(between(15_000, 90_000));
    const stamp = new Date(at).toISOString();
    return turn.role === 'bot'
      ? { role: 'bot' as const, text: turn.text, at: stamp, confidence: turn.confidence, intent: turn.intent }
      : { role: 'customer' as const, text: turn.text, at: stamp };
  });
  const start = Date.parse(messages[0]!.at);
  const contacts = (scenario.contacts ?? []).map((c) => ({ at: new Date(start - c.hoursAgo * 3_600_000).toISOString(), topic: c.topic }));
  return {
    id,
    customer: { id: `u${String(1000 + Math.floor(rng() * 9000))}`, ...(scenario.tier ? { tier: scenario.tier } : {}) },
    messages,
    contacts,
  };
}

export function generateSamples(): ReplayConversation[] {
  const compiled = compilePolicy();
  const scenarios = plan();
  const conversations = scenarios.map(toConversation);
  const wrong: string[] = [];
  conversations.forEach((conversation, i) => {
    const { decision } = replayConversation(compiled, conversation);
    const got = decision.escalated ? decision.trigger : null;
    if (got !== scenarios[i]!.expect) wrong.push(`${conversation.id}: expected ${scenarios[i]!.expect ?? 'no handoff'}, default policy says ${got ?? 'no handoff'}`);
  });
  if (wrong.length > 0) throw new Error(`samples disagree with the default policy:\n${wrong.join('\n')}`);
  return conversations;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const conversations = generateSamples();
  const target = fileURLToPath(new URL('../src/playground/samples.jsonl', import.meta.url));
  writeFileSync(target, conversations.map((c) => JSON.stringify(c)).join('\n') + '\n');
  console.log(`wrote ${conversations.length} conversations to ${target}`);
}
