import type { Language } from '@baton/protocol';

/**
 * Words for "asking for a person", in the six supported languages, after folding (lowercase, no
 * accents). Multi-word entries are matched as phrases. Kept small and hand-checked: every entry
 * here has to earn its place against the hard negatives in the corpus.
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

const FIELDS: ReadonlyArray<keyof ExplicitLexicon> = [
  'person', 'indefinite', 'talk', 'want', 'filler', 'negation', 'ability', 'possessive', 'notAPersonBefore', 'notAPersonAfter',
  'notAPersonPhrases', 'bot', 'rejectBot', 'existential', 'modal', 'escalate', 'terseFiller', 'putMeThrough',
];

/**
 * One language's lists, one string per field in FIELDS order with entries split by `|`: thousands of
 * quoted array items would cost the browser bundle far more bytes.
 */
function lexicon(fields: readonly string[]): ExplicitLexicon {
  return Object.fromEntries(FIELDS.map((field, i) => [field, fields[i] ? fields[i].split('|') : []])) as unknown as ExplicitLexicon;
}

export const EXPLICIT_LEXICON: Readonly<Record<Language, ExplicitLexicon>> = {
  en: lexicon([
    /* person */ 'team leader|colleague|colleagues|account manager|someone in charge|person in charge|advisors|advisers|managers|supervisors|specialists|representatives|team lead|team leader|lead|in charge|human support|human assistance|human help|member of your team|someone from your team|human|humans|person|people|ppl|agent|agents|representative|representatives|rep|reps|operator|operators|manager|supervisor|superior|staff|employee|advisor|adviser|specialist|human being|real person|live person|live agent|customer service|customer support|customer care|support team|support agent|team member|someone in charge|member of staff|boss|humano|live chat',
    /* indefinite */ 'sum1|some1|any1|ne1|someone else|someone|somebody|anyone|anybody|some one|some body',
    /* talk */ 'complain to|escalate to|raise this with|take this up with|callback|call back|call me back|of chatting|of talking|of speaking|on speaking|on talking|transferred|put through|speek|spek|tlak|talkk|speack|sepak|talk|speak|chat|connect|transfer|reach|contact|call|hand|escalate|forward|route|redirect|deal|discuss|converse|tlk|spk',
    /* want */ 'find me|get me|lemme|i d rather|better if|prefer|want|wanna|need|like|prefer|rather|get|give|bring|let|see|demand|request|require|find|gimme|ask for|looking for|have|pls|please|plz',
    /* filler */ '2|or|help|look|check|review|handle|see|sort|out|this|out|to|with|a|an|the|some|one|your|you|of|real|live|actual|human|right|now|please|pls|plz|me|through|over|directly|just|talk|speak|chat|u|ur|an|any|actually|proper|genuine|living|breathing|another|other|different|this|it|immediately|asap|again|someone|somebody|instead|rather|at|least|only|for|from|in|my|case|about|be|able|connected|transferred|put|speaking|talking|chatting|get|i|can|could|would|like|kindly|quickly|ok|okay|now|damn|freaking|fucking|goddamn|bloody|up',
    /* negation */ 'no need|no longer need|not necessary|never mind|nevermind|not|no|never|dont|doesnt|didnt|nobody|without|nope',
    /* ability */ 'can|could|cannot|cant|able|unable|impossible|why|couldnt',
    /* possessive */ 'my|his|her|their|our|mine',
    /* notAPersonBefore */ 'delivery|travel|estate|insurance|sales|booking|shipping|cleaning|secret|free|double|user|customs|border|police|fbi|ticket|sports|talent|literary|chemical|bonding|courier|local|missing|average|fake|shipping',
    /* notAPersonAfter */ 'clearing|bleaching|whitening|cleaner|resources|error|errors|rights|nature|trafficking|body|hair|skin|consumption|use|s|number|id|code|name|email|login|portal|app|account|fee|fees|commission|said|told|was|is|has|had|did|gave|left|delivered|dropped|came',
    /* notAPersonPhrases */ 'human resources|human error|human rights|people person|agent orange|user agent',
    /* bot */ 'automated answers|automated replies|canned answers|canned responses|bot|bots|robot|robots|machine|chatbot|ai|computer|automated|automatic|algorithm|program|virtual assistant|assistant|script',
    /* rejectBot */ 'get me out of|let me out of|no more|stop|enough|done with|done talking|done chatting|tired of|sick of|fed up|hate|not talking|refuse|useless|stupid|pointless|dumb|quit|over this|sick and tired|do not want|dont want|bye|screw|no|not another|not a|not the|instead of|rather than|than a|than the|than this',
    /* existential */ 'how do i get|how do i reach|how can i reach|how can i get|how can i talk|how can i speak|how do i talk|how do i speak|any chance|is there|are there|do you have|do you guys have|is anyone|is somebody|is someone|any|where are the|where is the|where can i find',
    /* modal */ 'can|could|may|would|should',
    /* escalate */ 'escalate|escalation|escalated',
    /* terseFiller */ 'pleas|pleasee|plis|plz|pls|porfavor|please|pls|plz|plss|now|asap|a|an|the|i|me|need|want|get|give|just|ok|okay|hello|hi|hey|yes|yeah|right|immediately|real|live|actual|human|urgent|urgently|thanks|thank|you|u|talk|speak|to|with|chat|again|already|only|still|damn|fucking|freaking|seriously|sir|pretty|one|my|dear|for|god|sake|come|on|ffs|omg|lol|quick|fast',
    /* putMeThrough */ 'put me through|transfer me|connect me|pass me|pass me on|hand me over|redirect me|route me|forward me|escalate me|patch me through|get me through',
  ]),
  es: lexicon([
    /* person */ 'companero|companera|colega|colegas|encargada|asesores|agentes|supervisores|representantes|equipo|superior|atencion humana|alguien de su equipo|humano|humanos|humana|persona|personas|agente|agentes|representante|operador|operadora|asesor|asesora|encargado|encargada|supervisor|supervisora|gerente|jefe|responsable|empleado|ejecutivo|ejecutiva|servicio al cliente|atencion al cliente|persona real|ser humano|gente|especialista|tecnico',
    /* indefinite */ 'alguien|nadie',
    /* talk */ 'poner con|poner|pongan|ponga|pases|pasas|pasarme|poner una queja con|quejarme con|reclamar a|hablarle|pase|pasen|paseme|contactarme|contacteme|llame|llameme|me llamen|transferido|transferida|devolucion de llamada|pasa|tratar con|trata|hablar|habla|comunicar|comunicarme|comunicame|conectar|conectarme|conectame|transferir|transfiereme|transferirme|pasar|pasame|pasarme|pasen|ponerme|ponme|pongame|contactar|llamar|llamen|derivar|derivarme|derivame|escribir|charlar|conversar|platicar|hablo',
    /* want */ 'que me|buscame|busquenme|mejor que|prefiero que|preferiria|nesesito|quiero|quisiera|necesito|prefiero|dame|deme|denme|busco|exijo|pido|solicito|queria|gustaria|podria|puedo|porfa',
    /* filler */ 'atendiera|atendieran|examine|revisara|viera|tuyo|tuya|vez|de una vez|esto|eso|lleve|lleven|gestione|me|telefono|atienda|atiendan|mire|revise|vea|lo|su|sus|tu|pra|para|ayuda|otro|mas|autoridad|con|a|al|un|una|el|la|los|las|alguna|algun|de|del|real|verdadera|verdadero|humano|humana|ya|por|favor|me|hablar|directamente|otro|otra|que|sea|solo|ahora|mismo|vivo|hablar|ser|en|lo|le|y|porfa|pf|urgente|inmediatamente|su',
    /* negation */ 'no hace falta|ya no hace falta|no es necesario|no necesito|no|nunca|ni|tampoco|sin|nadie',
    /* ability */ 'puedo|podido|poder|consigo|logro|imposible|dejan|deja|por que|porque',
    /* possessive */ 'mi|mis|nuestro|nuestra',
    /* notAPersonBefore */ '',
    /* notAPersonAfter */ 'limpiador|blanqueador|quimico|activo|de limpieza|de viajes|de viaje|de seguros|de policia|inmobiliario|inmobiliaria|de ventas|de aduanas|de transito|de reparto|del envio|de la sucursal|de la empresa de|de mensajeria|de paqueteria',
    /* notAPersonPhrases */ 'recursos humanos|error humano|derechos humanos|datos personales|ser humano normal',
    /* bot */ 'respuestas automaticas|mensajes automaticos|bot|bots|robot|robots|maquina|chatbot|ia|contestador|automatico|asistente virtual|programa|computadora',
    /* rejectBot */ 'canse|me canse|cansado de|cansada de|harto de|harta de|no quiero|basta|ya no|harto|harta|cansado|cansada|odio|inutil|no mas|deja de|sin|no me sirve|no hablar|no un|no con|en vez de|en lugar de|no el|no a',
    /* existential */ 'como hago para|como puedo contactar|como puedo hablar|hay|no hay|existe|tienen|teneis|hay algun|hay alguna|donde esta|donde hay',
    /* modal */ 'puede|podria|pueden|podrian',
    /* escalate */ 'escalar|escale|escalen|escalarlo|escalalo',
    /* terseFiller */ 'porfavor|porfis|xfa|x favor|por|favor|porfa|pf|ya|ahora|un|una|el|la|quiero|necesito|hola|urgente|real|humano|humana|gracias|si|dame|mismo|solo|con|hablar|otra|vez|inmediatamente|ahorita|please|pls',
    /* putMeThrough */ 'pasame con|paseme con|paseme|pasame|comunicame con|comuniqueme con|transfiereme|transfierame|conectame con|conecteme con|derivame|derivenme|ponme con|pongame con|me pasas con|me pasa con|me pueden pasar|me puede pasar|me comunicas con|me comunica con|me transfieres|me transfiere|me derivas|me deriva|me conectas|me conecta',
  ]),
  fr: lexicon([
    /* person */ 'collegue|collegues|chef d equipe|conseillere|membre|equipe|superieur|superieure|hierarchie|conseille|conseiler|assistance humaine|humain|humains|humaine|agent|agents|conseiller|conseillere|conseillers|operateur|operatrice|responsable|superviseur|manager|service client|service clientele|interlocuteur|employe|chef|vraie personne|personne reelle|etre humain|une personne|la personne|des personnes|gens|technicien|directeur|gerant|quelqu un de reel|vrai',
    /* indefinite */ 'quelqu un|quelquun|qqn|qq1|quelqu|personne',
    /* talk */ 'jaser|transmettre|recontacter|recontacte|recontactee|me plaindre aupres|reclamation aupres|faire remonter|appelle|m appelle|rappel|rappelle|transfere|transferee|appelez moi|rappelez moi|mis en relation|mise en relation|avoir affaire|avoir affaire a|parler|discuter|joindre|contacter|transferer|passer|passez|mettre en relation|mettez|mettre|appeler|rappeler|echanger|causer|dialoguer|rediriger|connecter',
    /* want */ 'voudrai|jvoudrai|jvoudrais|jveux|aimerais que|trouvez moi|trouve moi|jveux|jveu|veu|prefererais|pourrais|veux|voudrais|souhaite|souhaiterais|besoin|exige|prefere|prefererais|donnez|demande|aimerais|veut|vouloir|peux|pourrais|faut|stp|svp',
    /* filler */ 'examine|examinee|traite|traitee|vu|vue|lui|par|soit|directement|qu|regler|gerer|parle|etre|ca|voir|regarder|traiter|avoir|votre|vos|l|un|membre|de|a|au|avec|un|une|le|la|les|des|d|de|vraie|vrai|reel|reelle|en|relation|me|moi|parler|directement|svp|stp|tout|suite|maintenant|j|je|pouvoir|plutot|autre|enfin|seulement|avoir|vite|humain|humaine|du|service|vos|votre|un|l|ai|qui|soit|etre|plait|s|il|vous',
    /* negation */ 'plus besoin|pas besoin|pas la peine|pas necessaire|ne|pas|jamais|non|n|sans|aucun|aucune|nul',
    /* ability */ 'peux|pouvoir|arrive|reussis|impossible|pourquoi|moyen|pu|parvient|parviens',
    /* possessive */ 'mon|ma|mes|son|sa|ses|notre|leur',
    /* notAPersonBefore */ '',
    /* notAPersonAfter */ 'nettoyant|chimique|blanchissant|actif|de nettoyage|de voyage|de voyages|immobilier|de police|de livraison|d assurance|commercial|de securite|d entretien|de nettoyage|ne|n|de la boutique|de l agence|chez',
    /* notAPersonPhrases */ 'ressources humaines|erreur humaine|droits humains|droits de l homme|donnees personnelles|personne ne|personne n|a personne|vu personne|rien ni personne|ni personne',
    /* bot */ 'reponses automatiques|messages automatiques|robot|robots|bot|bots|machine|chatbot|ia|ordinateur|automate|assistant virtuel|programme|repondeur',
    /* rejectBot */ 'j en ai marre|en ai marre|marre de|ne veux pas|ne veux plus|marre|assez|stop|arretez|arrete|plus de|pas de|pas un|pas a un|pas avec|pas le|deteste|inutile|nul|fini|au lieu d|plutot qu|plutot que|ras le bol|fatigue',
    /* existential */ 'comment joindre|comment contacter|comment parler|y a t il|y a t|il y a|ya t il|ya|avez vous|vous avez|est ce qu il y a|existe t il',
    /* modal */ 'peut|pourrait|peuvent|pourraient',
    /* escalate */ 'escalader|remonter|transmettre a un responsable',
    /* terseFiller */ 'svp|stp|s|il|vous|plait|te|un|une|maintenant|tout|de|suite|vite|bonjour|merci|je|veux|j|urgent|vrai|vraie|humain|oui|vite|please',
    /* putMeThrough */ 'passez moi|passe moi|mettez moi en relation|mets moi en relation|transferez moi|transfere moi|redirigez moi|me passer|me mettre en relation|me transferer|me rediriger|me passer un|me passez',
  ]),
  de: lexicon([
    /* person */ 'kollege|kollegin|team|menschlichen support|menschliche hilfe|mensch|menschen|menschlichen|menschlicher|person|personen|mitarbeiter|mitarbeiterin|mitarbeitenden|agent|agenten|berater|beraterin|vorgesetzten|vorgesetzter|vorgesetzte|supervisor|chef|chefin|kundendienst|kundenservice|kundenbetreuer|sachbearbeiter|sachbearbeiterin|ansprechpartner|ansprechpartnerin|echten menschen|echte person|servicemitarbeiter|support mitarbeiter|operator|verantwortlichen|leiter|manager|teamleiter|abteilungsleiter|mitarbeitende|kollegen|kollegin|kundenberater|kundenberaterin|livechat|live chat|echten',
    /* indefinite */ 'irgendwer|irgendjemand|irgendjemanden|irgendwen|irgendeinen|jemand|jemandem|jemanden|wen|wem',
    /* talk */ 'beschweren bei|mich beschweren|beschweren|reden|ruckruf|rueckruf|zuruckgerufen|anruft|weitergeleitet|verbunden|redn|besprechen|klaren|klaeren|zuruckrufen|sprechen|spreche|reden|rede|verbinden|verbinde|verbindet|weiterleiten|weiter|durchstellen|kontaktieren|chatten|schreiben|anrufen|telefonieren|zurückrufen|zuruckrufen|zurueckrufen|uebergeben|ubergeben|sprach',
    /* want */ 'bitte um|such mir|suchen sie mir|lieber|hol|holen|hole|holt|will|mochte|moechte|mocht|brauche|benotige|benoetige|verlange|hatte|haette|gern|gerne|geben|gib|bitte|wunsche|wuensche|hatte gerne|her|kann|konnte',
    /* filler */ 'durch|ansprechpartner|nem|nen|ne|sie|sich|das|es|hier|auch|irgendwo|uberhaupt|ueberhaupt|noch|euch|anschauen|ansehen|prufen|pruefen|kummern|kuemmern|ubernehmen|ubernimmt|wenn|ihr|ihm|man|von|mit|einem|einen|einer|ein|eine|dem|den|der|die|echten|echte|echter|richtigen|richtige|zu|an|bitte|mal|mich|mir|jetzt|sofort|sprechen|ich|gerne|gern|endlich|lieber|direkt|doch|nur|einfach|ihrem|ihren|ihre|ihr|eurem|euren|zum|menschlichen|kann|konnte|durch|weiter|schnell|dringend|bei|von|ihnen|es',
    /* negation */ 'nicht notig|nicht noetig|nicht mehr notig|nicht nötig|nicht|kein|keine|keinen|keinem|nie|niemals|ohne|niemand|nein',
    /* ability */ 'kann|konnte|koennen|konnen|schaffe|unmoglich|unmoeglich|warum|wieso|erreiche|erreicht|erreichen|geht',
    /* possessive */ 'mein|meine|meinen|meinem|meiner|sein|seine|unser|unsere|unseren',
    /* notAPersonBefore */ '',
    /* notAPersonAfter */ 'hat|war|braucht|ist|meinte|sagte',
    /* notAPersonPhrases */ 'assistent|virtueller assistent|personalabteilung|menschliches versagen|menschenrechte|personliche daten|persoenliche daten|mensch ist|ach mensch|mensch das|mensch ich|mensch war|mensch hat',
    /* bot */ 'automatische antworten|automatischen antworten|bot|bots|roboter|maschine|chatbot|ki|computer|automat|programm|sprachassistent|assistent|automaten',
    /* rejectBot */ 'hor auf|hoer auf|horen sie auf|hort auf|keine lust mehr|keine lust|kein|keine|keinen|nicht mit|nicht mehr|genug|satt|keine lust|hasse|nutzlos|sinnlos|schluss|aufhoren|aufhoeren|statt|anstatt|nicht dem|nicht einem|nicht der|nicht die|nervt|will nicht|mochte nicht',
    /* existential */ 'wie komme ich an|wie erreiche ich|wie komme ich zu|wie kann ich|sitzt da|sitzt dort|gibt es hier|gibt es bei euch|gibt es|gibts|habt ihr|haben sie|ist da|ist dort',
    /* modal */ 'kann|konnte|koennte|konnen|koennen',
    /* escalate */ 'eskalieren|eskalation|eskaliert',
    /* terseFiller */ 'bittee|bite|pls|bitte|jetzt|sofort|ein|einen|eine|echten|echte|echter|ich|will|brauche|hallo|danke|dringend|mensch|menschlichen|ja|endlich|nur|schnell|gerne|mochte|moechte|please|pls',
    /* putMeThrough */ 'stellen sie mich|stell mich|stellen sie mich jetzt|verbinden sie mich jetzt|verbinden sie mich|verbinde mich|verbindet mich|stellen sie mich durch|leiten sie mich weiter|leite mich weiter|mich weiterleiten|mich verbinden|mich durchstellen|mich mit|weiterleiten',
  ]),
  pt: lexicon([
    /* person */ 'colega|colegas|responsaveis|atendimento|assistente|consultores|atendentes|supervisores|colaborador|colaboradora|equipa|equipe|superior|superiores|humano|humanos|humana|pessoa|pessoas|atendente|atendentes|agente|operador|operadora|gerente|supervisor|supervisora|representante|responsavel|funcionario|funcionaria|consultor|consultora|gente|especialista|atendimento humano|pessoa real|ser humano|atendimento ao cliente|servico de apoio ao cliente|sac|colaborador|tecnico|chefe',
    /* indefinite */ 'alguem|ninguem',
    /* talk */ 'apresentar reclamacao a|reclamar com|ligasse|me ligasse|encaminhar para|transferido|transferida|me telefone|ligue|me ligue|ligar me|me ligar|chamada de volta|por me em contacto|em contacto|em contato|contacto|pôr em contacto|por em contato|tratar com|falar|fale|conversar|passar|passa|transferir|transfere|transfira|contatar|contactar|ligar|chamar|chama|encaminhar|encaminha|conectar|falo|papo',
    /* want */ 'gostava|gostava que|queria que|arranja me|arranjem me|arranjem|qro|qero|preferia|prefiro que|melhor que|quero|queria|gostaria|preciso|prefiro|exijo|peco|me de|manda|mande|solicito|posso|pode',
    /* filler */ 'atendido|atendida|visto|vista|fosse|seu|sua|ser|resolver|tratar|alguma|algum|vossa|vosso|ver|visse|veja|olhar|analisar|isso|isto|pode|possa|eu|comigo|conosco|com|a|o|um|uma|de|do|da|real|verdadeira|verdadeiro|humano|humana|ja|agora|por|favor|me|falar|diretamente|logo|so|outra|outro|que|seja|mesmo|pfv|pf|pra|para|com|ao|e|urgente|vosso|seu|sua|atendente|ai|numa|num',
    /* negation */ 'nao precisa|nao e preciso|nao e necessario|ja nao preciso|nao|nunca|nem|sem|ninguem|nao e preciso|dispenso',
    /* ability */ 'consigo|posso|conseguir|impossivel|deixam|deixa|por que|porque|pq',
    /* possessive */ 'meu|minha|meus|minhas|nosso|nossa',
    /* notAPersonBefore */ '',
    /* notAPersonAfter */ 'clareador|de limpeza|quimico|ativo|branqueador|de viagens|de viagem|de seguros|da policia|imobiliario|imobiliaria|de vendas|de entregas|dos correios|de transito',
    /* notAPersonPhrases */ 'assistente virtual|pessoal|recursos humanos|erro humano|direitos humanos|dados pessoais|corpo humano|a gente|gente boa|nos a gente|oi gente|ola gente',
    /* bot */ 'respostas automaticas|mensagens automaticas|robo|robos|bot|bots|maquina|chatbot|ia|computador|automatico|assistente virtual|programa|gravacao',
    /* rejectBot */ 'cansei|cansei de|cansado de|cansada de|farto de|nao quero|chega|basta|cansado|cansada|farto|farta|odeio|inutil|nao aguento|pare|para de|sem|nao com|nao um|nao o|em vez de|ao inves de|nao mais|nao e um',
    /* existential */ 'como faco para|como posso falar|como consigo|tem|ha|existe|voces tem|nao tem|nao ha|cade',
    /* modal */ 'pode|poderia|podem|poderiam',
    /* escalate */ 'escala|escalar|escalone|escalonar|escale',
    /* terseFiller */ 'porfavor|pfvr|pf|por|favor|pfv|pf|ja|agora|um|uma|o|a|quero|preciso|ola|oi|urgente|real|humano|humana|obrigado|obrigada|sim|so|logo|please|pls',
    /* putMeThrough */ 'passe me|passa me|me passa|me passe|me transfere|me transfira|me encaminha|me encaminhe|me conecta|me conecte|me coloca em contato|me poe em contato|me passar|me transferir|me encaminhar|passa me|transfere me|transfira me|encaminhe me',
  ]),
  it: lexicon([
    /* person */ 'collega|colleghi|capo reparto|responsabili|staff|consulenti|operatori|addetti|assistente|assistenza umana|membro|collaboratore|collaboratrice|team|squadra|umano|umani|umana|persona|persone|operatore|operatrice|operatori|agente|responsabile|supervisore|consulente|addetto|addetta|servizio clienti|assistenza clienti|direttore|impiegato|dipendente|persona reale|persona vera|essere umano|rappresentante|manager|tecnico|capo|assistente umano|gente|specialista',
    /* indefinite */ 'qualcuno|nessuno',
    /* talk */ 'girare|parla|contatto con|un contatto con|fare reclamo a|reclamare con|lamentarmi con|trasferito|trasferita|scambiare due parole|due parole|mi chiami|chiamarmi|richiamata|ricontattare|ricontattato|ricontattata|richiamare|richiamato|a che fare con|avere a che fare|parlare|parlarne|parlo|passare|passarmi|passami|passatemi|mettere in contatto|mettermi|mettetemi|mettimi|contattare|trasferire|trasferirmi|trasferitemi|chiamare|chiamatemi|sentire|collegare|collegarmi|collegatemi|inoltrare|chattare|interloquire|conversare|rivolgermi',
    /* want */ 'trovatemi|trovami|mi trovi|preferisco che|preferirei che|meglio se|voglio|vorrei|bisogno|preferisco|preferirei|esigo|dammi|datemi|mi dia|chiedo|pretendo|posso|potrei|serve',
    /* filler */ 'guardasse|vedesse|controllasse|lui|lei|direttamente|sistemare|risolvere|cosa|la cosa|trattare|vostro|che|mi|aiuti|x|da|vostro|vostra|essere|avere|guardare|vedere|controllare|gestire|guardarlo|vederlo|suo|sua|con|a|ad|un|una|uno|il|lo|la|l|di|del|della|vero|vera|reale|in|contatto|mi|subito|per|favore|parlare|direttamente|ora|adesso|ho|un|altro|altra|qualche|solo|almeno|umano|umana|al|col|vostro|vostra|suo|sua|cortesia|piacere|e|che|sia|immediatamente|pf',
    /* negation */ 'non serve|non e necessario|non c e bisogno|non ho bisogno|non|mai|senza|nessun|nessuno|ne|nemmeno',
    /* ability */ 'posso|riesco|impossibile|perche|potere|riuscito|riuscita|fanno|lasciate',
    /* possessive */ 'mio|mia|miei|mie|nostro|nostra',
    /* notAPersonBefore */ '',
    /* notAPersonAfter */ 'sbiancante|chimico|attivo|di pulizia|pulente|di commercio|di viaggio|di viaggi|immobiliare|di polizia|di assicurazioni|assicurativo|di vendita|della consegna|di zona|delle consegne',
    /* notAPersonPhrases */ 'assistente virtuale|risorse umane|errore umano|diritti umani|dati personali|corpo umano|nessuno mi|nessuno ha|nessuno risponde|nessuno si',
    /* bot */ 'risposte automatiche|messaggi automatici|automatiche|bot|robot|macchina|chatbot|ia|computer|automatico|assistente virtuale|programma|risponditore|segreteria',
    /* rejectBot */ 'smettetela|smettila con|basta con|stufo di|stufa di|stanco di|stanca di|non voglio|basta|stufo|stufa|stanco|stanca|odio|inutile|smettila|non piu|non con|non un|invece di|anziche|piuttosto che|niente|non ne posso piu',
    /* existential */ 'come faccio a|come posso|come si fa a|c e|ci sono|avete|esiste|non c e|non ce|ci sara|c e qualcuno',
    /* modal */ 'puo|potrebbe|possono|potrebbero',
    /* escalate */ 'scali|scalate|scalare la pratica|escalare|scalare|inoltrare al responsabile|inoltrare a un responsabile',
    /* terseFiller */ 'perfavore|xfavore|x favore|x|per|favore|subito|ora|adesso|un|una|uno|voglio|ciao|grazie|urgente|vero|vera|umano|umana|si|solo|please|pls|pf|cortesia|buongiorno|reale',
    /* putMeThrough */ 'mi passi|mi passa|mi passate|passatemi|passami|mi metta in contatto|mettetemi in contatto|mi trasferisca|mi trasferite|trasferitemi|mi colleghi|collegatemi|mi può passare|mi puo passare|mi potete passare|mi inoltri',
  ]),
};
