import type { Language } from '@baton/protocol';
import { isRequestWord } from '../detectors/explicit-request.js';
import { analyze, FuzzyIndex } from '../text.js';

/** The languages a browser loads on demand (English is built in). */
type LoadableLanguage = Exclude<Language, 'en'>;

/**
 * Signs of each language, folded: frequent function words, and the words of requests for a person,
 * of distress, of danger (the critical safety topic) and of legal threats. A trailing `*` matches any ending. Words an
 * English message is likely to hold are left out ("plus", "per", "non"), but for a few too telling to
 * miss ("die"): a needless load is cheap, a miss is not. Small on purpose: this list ships with every
 * page, the packs only when a message needs them.
 */
const MARKERS: Readonly<Record<LoadableLanguage, string>> = {
  es:
    'porfa|basta|atend*|que|el|los|las|del|por|para|con|una|unos|unas|pero|como|esta|este|esto|estoy|estan|tengo|tiene|quiero|queria|necesito|puedo|puede|pueden|hay|muy|mas|mis|sus|hola|buenas|gracias|favor|porque|cuando|donde|nada|usted|ustedes|vez|hace|desde|hasta|tambien|ahora|todavia|nunca|aqui|eso|ese|esa|sobre|pedido|ayuda|mismo|llevo|sigue|otra|otro|ya|mi|su|tu|es|y|en|lo|le|les|al|se|un|de|la|te|nos|yo|' +
    'persona|personas|humano*|humana*|agente*|asesor*|operador*|alguien|nadie|habl*|quier*|necesit*|pasame|paseme|pongame|ponme|comunic*|transfier*|encargad*|gerente|jefe|atencion|llam*|derivar*|ejecutiv*|empleado*|companer*|' +
    'suicidio|suicidarme|matarme|morir*|vivir|miedo|asustad*|aterrad*|furios*|indignad*|fallec*|murio|luto|panico|harto|harta|' +
    'voy|denunci*|demand*|abogad*|amenaz*|pistola|arma|peligro|incendio|llamas|humo|explot*|quemad*|golpea|pega|maltrato|violencia|acoso',
  fr:
    'moi|toi|tu|je|j|le|la|les|des|une|est|pas|que|qui|pour|avec|dans|sur|mon|ma|mes|votre|vos|nous|vous|il|elle|ce|cette|mais|ou|tres|bien|merci|bonjour|svp|stp|suis|fait|toujours|encore|rien|personne|jamais|deja|aussi|comme|quand|parce|quoi|depuis|apres|avant|chez|au|aux|du|l|d|qu|n|c|' +
    'humain*|conseill*|operateur|operatrice|interlocuteur|responsable|quelqu|quelquun|qqn|parler|parle|veux|voudrais|souhaite|besoin|joindre|rappel*|transferer|transferez|passez|mettez|equipe|collegue*|vraie|vrai|etre|' +
    'suicider|tuer|finir|mourir|peur|effray*|terrifie|terrifiee|furieux|furieuse|enerve*|decede*|deces|obseques|marre|' +
    'plainte|avocat*|menace*|arme|incendie|feu|fumee|brule*|exploser|explose*|gaz|frappe*',
  de:
    'den|verlang*|ihre|ihren|welche*|kunden*|ich|und|der|die|das|nicht|ist|mit|ein|eine|einen|einem|einer|sie|mir|mich|mein|meine|es|zu|auf|fur|aber|auch|noch|schon|nur|bitte|danke|hallo|wie|wer|wo|warum|kann|konnen|habe|haben|sind|wird|wurde|seit|jetzt|immer|keine|kein|nichts|jemand|hier|dass|oder|wenn|dann|sehr|mal|ihr|ihnen|euch|uns|wir|' +
    'mensch*|mitarbeiter*|berater*|kollege*|kollegin*|vorgesetzt*|sachbearbeiter*|ansprechpartner*|kundendienst|kundenservice|jemand*|irgendw*|sprechen|spreche|reden|verbind*|weiterleit*|zuruckruf*|ruckruf|mochte|moechte|brauche|echte|echten|personlich*|leiter|' +
    'suizid|selbstmord|umbringen|sterben|leben|angst|panik|wutend|stinksauer|verstorben|gestorben|beerdigung|trauer*|' +
    'anwalt*|klage|verklag*|anzeige|gericht*|droh*|waffe|brand|feuer|rauch|explodiert|gasgeruch|schlag*|verprugel*',
  pt:
    'chega|qual|vosso|vossa|vou|pra|pfv|porfa|basta|atend*|machuc*|tu|que|nao|voce|voces|eu|meu|minha|meus|minhas|com|para|por|uma|uns|umas|mas|como|esta|este|isso|isto|estou|tenho|tem|quero|preciso|posso|pode|ja|muito|mais|mesmo|ainda|nada|ninguem|alguem|obrigado|obrigada|ola|oi|boa|bom|dia|tarde|noite|porque|quando|onde|agora|sempre|nunca|aqui|foi|sido|fiz|fez|da|dos|das|na|nos|nas|ao|o|os|se|' +
    'atendente*|atendimento|humano*|humana|pessoa*|falar|fala|falo|queria|gostaria|passa|passe|transfere|transfira|transferir|ligar|liga|ligue|chamar|colega*|gerente|supervisora|responsavel|consultor*|funcionari*|sac|' +
    'suicidio|matar|morrer|viver|medo|assustad*|apavorad*|furios*|revoltad*|falec*|morreu|velorio|luto|farto|farta|' +
    'depois|fui|socorro|processar|advogad*|denunci*|ameaca*|arma|perigo|incendio|fogo|fumaca|explodiu|explosao|queimad*|choque|agressao|violencia|bateria|inchou',
  it:
    'quale|dovrei|tutto|tutti|se|favore|basta|tu|che|il|lo|gli|la|le|di|del|della|dei|delle|un|una|uno|con|sono|ho|hanno|mi|ti|ci|si|mio|mia|miei|suo|sua|vostro|vostra|questo|questa|quello|ma|perche|quando|anche|ancora|gia|sempre|mai|niente|nessuno|qualcuno|grazie|ciao|buongiorno|salve|prego|molto|piu|poi|ora|adesso|essere|stato|fatto|voglio|vorrei|posso|puo|' +
    'operatore*|operatrice|persona|persone|umano*|umana|parlare|parlo|parla|assistenza|addett*|consulente*|responsabile*|collega*|colleghi|passami|passatemi|trasferi*|contattare|chiamare|richiam*|bisogno|' +
    'suicidio|uccidermi|morire|vivere|paura|spaventat*|terrorizzat*|arrabbiat*|furios*|incazzat*|indignat*|decedut*|morto|morta|lutto|funerale|stufo|stufa|' +
    'faccio|causa|denunci*|avvocat*|vi|minacc*|arma|pericolo|incendio|fuoco|fumo|esplos*|bruciat*|scossa|picchia*|violenza',
};

/**
 * How each language names a person to talk to. A short message ("opreador!!", "Mitarbieter") has
 * few other signs, so its words are compared with these allowing a typo, as the request detector does.
 */
const PERSON_WORDS: Readonly<Record<LoadableLanguage, string>> = {
  es: 'persona|humano|agente|asesor|asesora|operador|operadora|encargado|gerente|representante|ejecutivo|empleado|alguien',
  fr: 'personne|humain|conseiller|conseillere|operateur|operatrice|responsable|interlocuteur|quelqu',
  de: 'mensch|menschen|mitarbeiter|mitarbeiterin|berater|beraterin|kundenberater|kundendienst|ansprechpartner|sachbearbeiter|vorgesetzten|kollege|jemand|bitte',
  pt: 'pessoa|humano|atendente|atendimento|operador|operadora|consultor|gerente|funcionario|colaborador|alguem',
  it: 'persona|umano|operatore|operatrice|assistenza|addetto|consulente|responsabile|collega|qualcuno',
};

/** Messages of at most this many words are also read for misspelled person words. */
const SHORT_MESSAGE = 3;

/** Letters that only some of the languages write (lowercase, before folding). */
const LETTERS: Readonly<Record<LoadableLanguage, string>> = {
  es: 'ñ¿¡áíóúé',
  fr: 'çœæèêëîïûùàâôé',
  de: 'ßäöü',
  pt: 'ãõçáíóúâêôàé',
  it: 'àèìòùé',
};

interface Hints {
  /** Language bits (by MARKER_LANGUAGES index) of each whole word. */
  words: Map<string, number>;
  /** PERSON_WORDS with their language bits, typos allowed. */
  persons: FuzzyIndex<number>;
  /** Stems ending in `*`, by their first two letters. */
  stems: Map<string, Array<{ stem: string; languages: number }>>;
  letters: Map<string, number>;
}

const MARKER_LANGUAGES = Object.keys(MARKERS) as LoadableLanguage[];

let hints: Hints | undefined;

function compile(): Hints {
  const persons = new Map<string, number>();
  MARKER_LANGUAGES.forEach((language, index) => {
    for (const word of PERSON_WORDS[language].split('|')) persons.set(word, (persons.get(word) ?? 0) | (1 << index));
  });
  const compiled: Hints = { words: new Map(), persons: new FuzzyIndex(persons), stems: new Map(), letters: new Map() };
  MARKER_LANGUAGES.forEach((language, index) => {
    const bit = 1 << index;
    for (const marker of MARKERS[language].split('|')) {
      if (!marker.endsWith('*')) {
        compiled.words.set(marker, (compiled.words.get(marker) ?? 0) | bit);
        continue;
      }
      const stem = marker.slice(0, -1);
      const list = compiled.stems.get(stem.slice(0, 2)) ?? [];
      const same = list.find((s) => s.stem === stem);
      if (same) same.languages |= bit;
      else list.push({ stem, languages: bit });
      compiled.stems.set(stem.slice(0, 2), list);
    }
    for (const letter of LETTERS[language]) compiled.letters.set(letter, (compiled.letters.get(letter) ?? 0) | bit);
  });
  return compiled;
}

/**
 * E-mail addresses, URLs, and `.com`/`.io` glued to a name: their parts are no words of any language
 * ("com" is Portuguese, "io" Italian). Nothing else is taken out, so "Agente.Es urgente", typed
 * without a space, still reads as Spanish.
 */
const ADDRESSES = /\S+@\S+|\b(?:https?:\/\/|www\.)\S+|(?<=\w)\.(?:com|io)\b/gi;

/**
 * The languages other than English a message shows signs of: its words and its letters. A browser
 * loads their packs before evaluating the message, so that "quiero hablar con una persona" or a
 * French distress message escalates on an English page. It answers generously (a few Spanish words
 * in an English sentence count), since a needless pack costs a few kilobytes once and a missed one
 * could cost an escalation. A message with no sign of its language at all is read with the packs
 * already loaded: the page's own language is preloaded for that reason.
 */
export function guessLanguages(message: string): Language[] {
  hints ??= compile();
  // "ana@example.com" or "shop.com" is no Portuguese "com" ("with").
  const text = message.replace(ADDRESSES, ' ');
  let found = 0;
  for (const char of text.toLowerCase()) if (char >= '\u00bf') found |= hints.letters.get(char) ?? 0;
  const { tokens } = analyze(text);
  for (const token of tokens) {
    found |= hints.words.get(token) ?? 0;
    for (const { stem, languages } of hints.stems.get(token.slice(0, 2)) ?? []) if (token.startsWith(stem)) found |= languages;
    // A word the registered lexicons know ("person") is no typo of another language's ("persona").
    if (tokens.length <= SHORT_MESSAGE && !isRequestWord(token)) found |= hints.persons.lookup(token)?.value ?? 0;
  }
  return MARKER_LANGUAGES.filter((_, index) => found & (1 << index));
}
