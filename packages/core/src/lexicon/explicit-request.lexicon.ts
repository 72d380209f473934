/**
 * The word classes of "asking for a person". Each language pack lists its words for each, after
 * folding (lowercase, no accents); multi-word entries are matched as phrases. Kept small and
 * hand-checked: every entry has to earn its place against the hard negatives in the corpus.
 */
export interface ExplicitLexicon {
  /** Nouns and pronouns for a person who could take over. */
  person: string[];
  /** Indefinite pronouns ("someone"): count only after a verb of talking or with a qualifier. */
  indefinite: string[];
  /** Verbs of talking or being put through: enough on their own with a person. */
  talk: string[];
  /** Verbs of wanting and getting: need a person right after them. */
  want: string[];
  /** Words that may sit between a verb and the person ("to a real", "con una"). */
  filler: string[];
  /** Negations that cancel a wish ("don't", "no", "pas", "kein"). */
  negation: string[];
  /** Words that turn a negation into a complaint about ability ("can't reach a human"): the wish stands. */
  ability: string[];
  /** Possessives that make the person the customer's own ("my manager"), not the company's. */
  possessive: string[];
  /** Words that make "agent"/"person" something else when they come right before it ("travel agent"). */
  notAPersonBefore: string[];
  /** Words right after the person that make it something else ("agente di commercio"). */
  notAPersonAfter: string[];
  /** Phrases that contain a person word but mean something else ("human resources"). */
  notAPersonPhrases: string[];
  /** Words for the bot, and phrases that reject it ("no more", "tired of"). */
  bot: string[];
  rejectBot: string[];
  /** Existential openers: "is there", "hay", "gibt es". */
  existential: string[];
  /** Modal verbs before a person: "can a human look at this". */
  modal: string[];
  /** Words that ask for escalation on their own ("escalate this"). */
  escalate: string[];
  /** Politeness and urgency words a terse request may carry ("agent pls now"). */
  terseFiller: string[];
  /** Phrases that ask for a transfer without naming anyone ("put me through", "transfer me"). */
  putMeThrough: string[];
}

/** The order in which a LanguagePack's `explicit` lists the classes. */
export const EXPLICIT_FIELDS: ReadonlyArray<keyof ExplicitLexicon> = [
  'person', 'indefinite', 'talk', 'want', 'filler', 'negation', 'ability', 'possessive', 'notAPersonBefore', 'notAPersonAfter',
  'notAPersonPhrases', 'bot', 'rejectBot', 'existential', 'modal', 'escalate', 'terseFiller', 'putMeThrough',
];

/**
 * Words that steer the patterns rather than name anyone, and do not vote for a clause's language.
 * The order in which a LanguagePack's `steering` lists them.
 */
export const STEERING_FIELDS = [
  // "I am", "soy": the customer describing themselves.
  'self',
  // Verbs of attending to something ("look at", "revisar"): fillers that also carry indirect requests.
  'attend',
  // Questions about who is answering ("am I talking to a human?"), which are not requests.
  'identity',
  // "another", "otra": "another person" is a third party (someone signing for a parcel), not someone to take over.
  'thirdParty',
  // Phrases that name a human unmistakably ("real person", "echte Person").
  'strong',
  'please',
  'whoIs',
  // "examined by a person".
  'by',
  // "is it possible", "se puede".
  'possible',
  'modal',
  // "who can I talk to", "anyone there?".
  'presence',
  // Reported past contacts ("I asked", "already"): not a request now.
  'reported',
  'subject',
  // Words after "someone" that make it a person to talk to ("someone real", "someone to help").
  'qualifier',
  // "rather", "sondern".
  'contrast',
  // "available", "disponible": "is a live agent available?" asks for one.
  'available',
  // A later clause that takes the request back: "…but I think you can help me", "never mind".
  'retract',
  // A clause about a need that may come some day ("if I ever need to talk to someone later"): no request now.
  'hypothetical',
  // A condition or a maybe, and a future: together in a clause or the one before it, a request for later.
  'condition',
  'future',
  // Languages a person may speak ("English", "alemán"): "does your agent speak Spanish?" asks about them, not for them.
  'spokenLanguage',
  // Jobs staff do that are no talk ("install", "carry", "écrire"): "can the technician install the SSD?" books the job.
  'chore',
  // People the customer deals with outside the company and the household ("dentist", "Vermieter"): when one of them is
  // to do the talking ("my son's coach wants to speak to someone"), the customer asks how to put them in touch.
  'outsider',
] as const;

/**
 * Word lists the request detector's rules test one token at a time, each declared in explicit-request.ts
 * with packSet() and what it is for. The order in which a LanguagePack's `ruleWords` lists them.
 */
export const RULE_WORD_FIELDS = [
  'lookingParticles', 'wishBeforeOne', 'roleDeterminers', 'notRoles', 'beforeCall', 'role', 'genericPerson',
  'ownAdvisor', 'clientele', 'back', 'count', 'comparative', 'said', 'iSaid', 'control', 'noOneOf', 'asksPresence',
  'jobs', 'written', 'affiliation', 'department', 'reason', 'about', 'humane', 'thereAsked', 'someone', 'inPlace',
  'around', 'ableSubjunctive', 'teamDetails', 'team', 'genericTeam', 'line', 'plainStaff', 'obligeLink', 'knows',
  'pointers', 'cliticTalk', 'yours', 'oblige', 'come', 'assistant', 'you', 'callOn', 'other', 'one', 'store',
  'forward', 'case', 'caseWords', 'contactDetails', 'delivery', 'onArrival', 'theirWish', 'outsidersDo', 'automated',
  'stopOf', 'offering', 'just', 'wanting', 'threat', 'nobody', 'get', 'to', 'chatDeterminers', 'thanks', 'rufNot',
  'deCall', 'deModal', 'deWish', 'deNotAsked', 'romanceModal', 'romanceNotAsked', 'whyNot', 'reminded', 'marked',
  'romanceWish', 'directly', 'callWish', 'callTail', 'wished', 'requestFor', 'whoCan', 'help',
  'callOffBetween', 'atTheChat', 'cancel', 'price', 'complaints', 'wayIn', 'priceFiller', 'peopleAsked', 'selfForward',
  'theyWant', 'isIt', 'notWanted', 'whoCanTail', 'thereIs', 'oneOf', 'definite', 'phone', 'fromThe', 'fromOne',
  'weakRejectionHeads', 'weakRejectionTails', 'now', 'then', 'as', 'pay', 'inStore', 'arrive', 'nothing',
  'pastAuxiliary', 'thirdPerson', 'relative', 'offices', 'fusedRoleDeterminers', 'talkOpens', 'whoAsked', 'else',
  'either', 'stop', 'romanceWhy', 'rolePrepositions', 'where', 'more', 'who', 'for', 'romanceMe', 'of', 'purpose',
  'likeness', 'iSubject', 'me', 'with', 'subjectToVerb', 'than', 'canHow', 'deMelden', 'deHow',
  'places', 'workshopsAndBranches', 'countersAndWorkrooms', 'my', 'myGenitive', 'buttons', 'option', 'onePointers',
  'ambiguousPointers', 'if', 'ultimatumIf', 'personSuffixes', 'callStems', 'noWay', 'takes', 'escalateTo',
  'ours', 'humanBeings', 'insisting', 'haveNeed', 'faire', 'give', 'wishedAuxiliary', 'pastAsPresent', 'ruf', 'rufMe', 'rufParticle', 'thoseOf', 'counterfactual', 'askedLast', 'whoHandles',
  'neededAsked', 'whatTime', 'caseFor', 'copula', 'feel', 'perfect', 'when', 'time', 'think', 'spare', 'and', 'pluralDeterminers', 'stopover', 'wantParticles', 'pastWish', 'pastTime', 'decides', 'ableTo', 'urgent', 'askWhat', 'always', 'theyAsk', 'rising', 'performers', 'chatLogs', 'acts', 'video', 'why', 'believed', 'noLonger', 'insteadOf', 'things', 'still', 'welcome', 'kind', 'details', 'dayPart', 'even', 'before', 'caseThing', 'booking', 'must', 'theyWanted', 'staffBody', 'asking', 'appointmentWith', 'providers', 'between', 'during', 'toldThing', 'byChance', 'kin', 'plan', 'held', 'orOnly', 'notLast', 'occasion', 'getBack', 'deed', 'doAsks', 'visitInto', 'wonderIf', 'wantsThat', 'whatIsIt', 'othersMust', 'theyWill', 'weekday', 'ofThe', 'ends', 'roleTitles', 'sides', 'courtesyTitles',
] as const;

export type RuleWordField = (typeof RULE_WORD_FIELDS)[number];
