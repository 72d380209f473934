import type { Language, TopicRule } from '@baton/protocol';

/**
 * The default policy's topic rules. Keywords are folded (lowercase, no accents) whole words or
 * phrases; a trailing `*` matches any ending. They are deliberately specific ("insurance claim",
 * not "claim"; "a scam", not "scammer") so that hyperbole ("this price is criminal", "the shoes are
 * killing me", "fire sale") stays quiet. Patterns catch what needs a gap between words.
 */

/** Keyword lists, one string per language with entries split by `|` (compact in the browser bundle). */
function keywords(lists: Partial<Record<Language, string>>): Partial<Record<Language, string[]>> {
  return Object.fromEntries(Object.entries(lists).map(([language, list]) => [language, list ? list.split('|') : []]));
}

export const DEFAULT_TOPIC_RULES: TopicRule[] = [
  {
    id: 'safety',
    enabled: true,
    label: 'Safety',
    severity: 'critical',
    transfer: 'warm',
    route: 'safety',
    keywords: keywords({
      en: 'don t want to live|punch him|punch you|punch her|do not want to live|dont want to live|want to end it|beat him|beat you|smash his face|smash your face|break his|break your face|hurt him|smells of burning|suicide|suicidal|kill myself|killing myself|end my life|end it all|want to die|wanna die|better off dead|hurt myself|harm myself|self harm|cut myself|overdose|not worth living|no reason to live|kill you|kill him|kill her|i will kill|i ll kill|gonna kill|punch him|punch you|beat you up|beat him up|shoot you|shoot him|a gun|my gun|bomb threat|a bomb|threaten|threatened|threatening|in danger|unsafe at home|call 911|call the police|domestic violence|abuse|abused|abusive|hits me|beats me|caught fire|catch fire|catching fire|on fire|burst into flames|flames|smoke coming|started smoking|was smoking|is smoking|smoking and|exploded|explode|exploding|explosion|sparks|sparking|electric shock|electrocuted|shocked me|gave me a shock|gas leak|smell gas|smell of gas|smells of gas|smells like gas|carbon monoxide|swallowed|choking|choked|burning smell|smells like burning|smell of burning|melted|melting|overheating|overheated|swollen battery|battery swelled|fire hazard|stalking|stalker|following me|kidnap|weapon',
      es: 'seguir viviendo|quiero morir|quiero morirme|parto la cara|partir la cara|romper la cara|rompo la cara|le pego|voy a pegar|partirle|suicidio|suicidarme|matarme|quitarme la vida|no quiero vivir|acabar con todo|hacerme dano|autolesion|cortarme|te voy a matar|lo voy a matar|voy a matar|amenaza|amenazas|amenazo|amenazando|pistola|un arma|en peligro|llamar a la policia|maltrato|me pega|me golpea|violencia|incendio|se incendio|prendio fuego|en llamas|echar humo|echa humo|echando humo|salia humo|sale humo|exploto|explotar|explosion|chispas|descarga electrica|me dio corriente|calambrazo|fuga de gas|olor a gas|huele a gas|monoxido|se trago|se ha tragado|atragant*|huele a quemado|olor a quemado|se derritio|sobrecalent*|se hincho la bateria|peligro de incendio|me acosa',
      fr: 'je le frappe|le frapper|casser la gueule|te frapper|veux mourir|je vais le frapper|suicide|suicider|me tuer|en finir|mettre fin a mes jours|envie de mourir|plus envie de vivre|me faire du mal|automutilation|je vais te tuer|je vais le tuer|vais vous tuer|menace|menaces|menacer|une arme|pistolet|en danger|appeler la police|violence|violences|me frappe|maltraitance|incendie|prendre feu|pris feu|prend feu|en feu|en flammes|fumee|se met a fumer|mis a fumer|explose|exploser|explosion|etincelles|decharge electrique|electrocute|pris une decharge|fuite de gaz|odeur de gaz|sent le gaz|monoxyde|avale|etouffe|s etouffer|sent le brule|odeur de brule|fondu|surchauffe|gonfle et|batterie a gonfle|me harcele',
      de: 'riecht nach gas|nach gas|ihm eine rein|hau ich|schlag ich|haue ich|verprugel*|nicht mehr leben will|sterben will|suizid|selbstmord|mich umbringen|umbringen|mir das leben nehmen|nicht mehr leben|will sterben|selbstverletzung|mir etwas antun|mir was antun|ritzen|bring dich um|bringe dich um|bring ihn um|bringe ihn um|drohung|drohe|bedroht|bedrohen|waffe|pistole|in gefahr|polizei rufen|hausliche gewalt|gewalt|schlagt mich|misshandel*|in brand|feuer gefangen|fing feuer|fangt feuer|hat gebrannt|flammen|rauch|raucht|qualmt|gequalmt|explodiert|explosion|funken|stromschlag|elektrischen schlag|gasleck|gasgeruch|riecht nach gas|kohlenmonoxid|verschluckt|erstickt|riecht verbrannt|verbrannt riecht|brandgeruch|geschmolzen|uberhitzt|aufgeblaht|brandgefahr|verfolgt mich',
      pt: 'bateria inchou|quero morrer|nao quero viver|quebro a cara|partir a cara|parto a cara|cheirar a gas|cheiro a gas|a cheirar a gas|suicidio|suicidar|me matar|matar me|tirar minha vida|tirar a minha vida|nao quero mais viver|acabar com tudo|me machucar|automutilacao|me cortar|vou te matar|vou matar|ameaca|ameacas|ameacou|ameacando|uma arma|pistola|em perigo|chamar a policia|violencia|me bate|agressao|agressivo|abuso|incendio|pegou fogo|pegar fogo|em chamas|fumaca|fumo|soltar fumaca|soltando fumaca|deitar fumo|explodiu|explodir|explosao|faiscas|faisca|choque eletrico|levei um choque|deu choque|vazamento de gas|fuga de gas|cheiro de gas|cheira a gas|monoxido|engoliu|engasg*|cheiro de queimado|cheira a queimado|derreteu|superaquec*|sobreaquec*|me persegue',
      it: 'spacco la faccia|gli spacco|ti spacco|voglio morire|non voglio vivere|lo picchio|suicidio|suicidarmi|uccidermi|farla finita|togliermi la vita|non voglio piu vivere|farmi del male|autolesion*|tagliarmi|ti ammazzo|lo ammazzo|vi ammazzo|ammazzarti|minaccia|minacce|minacciato|minacciando|un arma|pistola|in pericolo|chiamare la polizia|violenza|mi picchia|maltratt*|incendio|preso fuoco|prende fuoco|in fiamme|fumo|fumare|fumava|esploso|esplodere|esplosione|scintille|scossa elettrica|preso la scossa|dato la scossa|fuga di gas|odore di gas|puzza di gas|monossido|ingoiato|ingerito|soffocat*|odore di bruciato|puzza di bruciato|sciolto|surriscald*|gonfiata|mi perseguita',
    }),
    patterns: {},
  },
  {
    id: 'fraud',
    enabled: true,
    label: 'Fraud',
    severity: 'high',
    transfer: 'warm',
    route: 'fraud',
    keywords: keywords({
      en: 'logged into my account|logged in to my account|accessed my account|someone logged|got into my account|broke into my account|in my name|fraud|fraudulent|a scam|scammed|scam email|scam text|scam call|scam message|scam site|scam link|phishing|hacked|hacker|compromised|unauthorized|unauthorised|identity theft|stolen identity|stole my identity|stolen card|card was stolen|card got stolen|card stolen|stole my card|someone used my card|someone is using my|someone used my|someone else used|someone else ordered|someone ordered|taken over|account takeover|suspicious charge|suspicious transaction|charges i didn|charge i didn|did not make this|didn t make this|did not authorize|did not authorise|never authorized|don t recognize|do not recognize|don t recognise|do not recognise|pretending to be|claiming to be from|impersonat*|cloned card|skimmed|i never ordered|never placed this order|not my order',
      es: 'suplant*|a mi nombre|usando mis datos|usado mis datos|mis datos para|fraude|fraudulento|fraudulenta|estafa|estafado|estafada|estafaron|timo|timado|phishing|hackeado|hackeada|hackearon|pirateado|pirateada|me robaron la tarjeta|tarjeta robada|han robado la tarjeta|robo de tarjeta|no reconozco|no hice|suplantacion|suplantando|usurpacion de identidad|robo de identidad|alguien esta usando|alguien ha usado|alguien uso|no autorizado|no autorizados|no autorizada|no autorice|entraron en mi cuenta|han entrado en mi cuenta|accedido a mi cuenta|tarjeta clonada|clonaron|haciendose pasar',
      fr: 'a mon nom|mes donnees pour|utilise mes donnees|vole mon identite|fraude|frauduleux|frauduleuse|arnaque|arnaque|arnaques|escroquerie|phishing|hameconnage|pirate|piratee|hacke|carte volee|vol de ma carte|vole ma carte|vole ma carte bancaire|ne reconnais pas|non autorise|non autorisee|non autorises|usurpation d identite|usurpe|quelqu un utilise|quelqu un a utilise|je n ai pas passe|je n ai jamais commande|carte clonee|se faisant passer|se fait passer',
      de: 'ich nicht kenne|nicht aufgegeben|benutzt meine daten|meine identitat|auf meinen namen|mit meinen daten|betrug|betrugerisch|betrogen|phishing|gehackt|karte gestohlen|kreditkarte gestohlen|karte wurde gestohlen|gestohlene karte|nicht autorisiert|nicht autorisierte|unberechtigt*|nicht getatigt|kenne ich nicht|erkenne ich nicht|nicht erkenne|identitatsdiebstahl|mit meinen daten|habe ich nicht bestellt|hab ich nicht bestellt|nie bestellt|nicht von mir|missbrauch|missbraucht|gefalschte|gibt sich als|ausgeben als|kontouebernahme|ubernommen|geklont',
      pt: 'meu cpf|o meu cpf|em meu nome|no meu nome|em nome meu|minha identidade|fraude|fraudulento|fraudulenta|golpe|burla|burlado|phishing|hackeado|hackeada|hackearam|invadida|invadiram|cartao roubado|roubaram meu cartao|roubaram o meu cartao|roubaram o cartao|clonado|clonaram|nao reconheco|nao fiz essa|nao fiz esta|nao fiz esse|nao fiz este|roubo de identidade|alguem esta usando|alguem esta a usar|alguem usou|nao autorizada|nao autorizado|nao autorizei|se passando por|a fazer se passar',
      it: 'mia identita|a mio nome|i miei dati per|frode|fraudolento|fraudolenta|truffa|truffato|truffata|truffatori|phishing|hackerato|hackerata|violato|violata|carta rubata|rubato la carta|rubata la carta|clonata|clonato|non riconosco|non ho fatto io|non ho mai ordinato|furto d identita|furto di identita|qualcuno sta usando|qualcuno ha usato|non autorizzato|non autorizzata|non autorizzati|fingendosi|spacciandosi',
    }),
    patterns: {},
  },
  {
    id: 'legal',
    enabled: true,
    label: 'Legal',
    severity: 'high',
    transfer: 'warm',
    route: 'legal',
    keywords: keywords({
      en: 'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|sue|suing|sued|lawsuit|legal action|take legal|legal proceedings|court|small claims|tribunal|ombudsman|trading standards|consumer protection|consumer rights|regulator|report you to|gdpr|data protection|subject access request|right to erasure|right to be forgotten|breach of contract|class action|cease and desist|litigation|legal department|better business bureau|bbb|attorney general|ftc|formal complaint|ccpa|legal team|my rights|chargeback',
      es: 'en consumo|reclamacion en consumo|abogado|abogada|abogados|demanda|demandar|demandare|denunciar|denunciare|denuncia|tribunal|tribunales|juicio|juzgado|accion legal|acciones legales|via judicial|omic|defensa del consumidor|hoja de reclamaciones|libro de reclamaciones|profeco|rgpd|lopd|proteccion de datos|incumplimiento de contrato|reclamacion formal|organismo de consumo|oficina del consumidor|mis derechos|derecho de acceso|derecho de supresion|derecho al olvido',
      fr: 'avocat|avocate|avocats|poursuivre en justice|poursuites|porter plainte|plainte|tribunal|en justice|mediateur|mise en demeure|action en justice|dgccrf|rgpd|cnil|droit d acces|droit a l effacement|droit a l oubli|association de consommateurs|recours collectif|huissier|juridique|juridiquement|mes droits|protection des donnees|rupture de contrat|litige',
      de: 'anwalt|anwaltin|anwalte|rechtsanwalt|rechtsanwaltin|klage|klagen|verklagen|verklage|gericht|gerichtlich|rechtliche schritte|juristisch*|verbraucherzentrale|schlichtungsstelle|schlichtung|dsgvo|datenschutz*|abmahnung|strafanzeige|anzeige erstatten|vertragsbruch|ombudsmann|bundesnetzagentur|auskunftsersuchen|recht auf loschung|auskunft nach|meine rechte|rechtsweg|widerspruch einlegen',
      pt: 'incumprimento do contrato|incumprimento|advogado|advogada|advogados|processar|processo judicial|acao judicial|tribunal|justica|procon|livro de reclamacoes|asae|deco|rgpd|lgpd|protecao de dados|juizado|pequenas causas|denuncia|denunciar|queixa formal|direito do consumidor|direitos do consumidor|defesa do consumidor|codigo de defesa|quebra de contrato|meus direitos|anpd|direito de acesso|direito ao esquecimento',
      it: 'avvocato|avvocata|avvocati|denuncia|denunciare|denuncio|querela|tribunale|fare causa|faccio causa|vie legali|azione legale|azioni legali|giudice di pace|garante|gdpr|codacons|altroconsumo|associazione consumatori|diffida|agcm|antitrust|diritto di accesso|diritto all oblio|diritto alla cancellazione|i miei diritti|inadempimento contrattuale|codice del consumo|protezione dei dati',
    }),
    patterns: {
      en: ['\\b(?:delete|erase|remove|access|copy of|export|download)\\b.{0,30}\\b(?:my|all|the)\\b.{0,20}\\b(?:personal )?(?:data|information)\\b.{0,30}\\b(?:hold|have|store|kept|gdpr|law)'],
      es: ['\\b(?:borr|elimin|suprim|acce)\\w*\\b.{0,30}\\bmis datos\\b'],
      fr: ['\\b(?:supprim|effac|acc[eè]s|copie)\\w*\\b.{0,30}\\bmes donnees\\b'],
      de: ['\\b(?:losch|losch|auskunft)\\w*\\b.{0,40}\\b(?:meine[rn]?|alle[rn]?) (?:personenbezogenen |personlichen )?daten\\b', '\\bmeine (?:personenbezogenen |personlichen )?daten\\b.{0,30}\\b(?:losch|auskunft)'],
      pt: ['\\b(?:apag|exclu|elimin|acess|aced)\\w*\\b.{0,30}\\b(?:os )?meus dados\\b'],
      it: ['\\b(?:cancell|elimin|access|copia)\\w*\\b.{0,30}\\b(?:i )?miei dati\\b'],
    },
  },
  {
    id: 'medical',
    enabled: true,
    label: 'Medical',
    severity: 'high',
    transfer: 'warm',
    route: 'medical',
    keywords: keywords({
      en: 'cut my hand|cut my finger|cut my foot|cut myself on|blood thinner|blood thinners|antidepressant*|anticoagulant*|melatonin|ibuprofen|paracetamol|dosage|pills|allergic|allergic reaction|anaphyla*|rash|hives|swelling|symptoms|doctor|hospital|emergency room|a&e|medication|medicine|prescription|pregnant|pregnancy|breastfeeding|diabetic|diabetes|asthma|food poisoning|vomit*|threw up|throwing up|dizzy|fainted|injured|injury|bleeding|burned my|burnt my|burns on|infection|got sick|feel sick|felt sick|sick after|ill after|itching|itchy|blisters|stomach ache|stomach pain|chest pain|side effects|blood pressure|heart condition|epilepsy|seizure|health condition|eyes burning|eyes are burning|skin is burning|my skin|medical',
      es: 'me corte|me he cortado|me sento fatal|me sento mal|sentado fatal|antidepresivo*|anticoagulante*|pastillas|vomitando|alergia|alergico|alergica|reaccion alergica|sarpullido|erupcion|ronchas|hinchado|hinchada|hinchazon|sintomas|medico|hospital|urgencias|medicamento|medicamentos|medicacion|receta medica|embarazada|embarazo|lactancia|diabetico|diabetes|asma|intoxicacion|vomit*|mareo|mareada|mareado|herida|lesion|quemadura|me queme|infeccion|me enferme|me puse enfermo|me puse enferma|me sento mal|me ha sentado mal|dolor de estomago|dolor de cabeza|picor|escozor|me arden|me pica|ampollas|efectos secundarios|tension arterial|epilepsia',
      fr: 'me suis coupe|me suis coupee|traitement pour|mon traitement|la tension|antidepresseur*|anticoagulant*|comprimes|cachets|allergie|allergique|reaction allergique|eruption|plaques rouges|boutons|gonfle|gonflee|symptomes|medecin|docteur|hopital|urgences|medicament|medicaments|ordonnance|enceinte|grossesse|allaitement|allaite|diabetique|diabete|asthme|intoxication|vomi|vomir|vomissements|malade apres|tombe malade|vertiges|blessure|blesse|blessee|brulure|brulures|infection|demangeaisons|irritation|me brulent|me brule|cloques|mal au ventre|mal de tete|effets secondaires|tension arterielle|epilepsie',
      de: 'geschnitten|schlecht geworden|mich ubergeben|mich mehrmals ubergeben|blutverdunner|tabletten|antidepressiva|gerinnungshemmer|allergie|allergisch|allergische reaktion|ausschlag|hautausschlag|geschwollen|schwellung|symptome|arzt|arztin|krankenhaus|notaufnahme|medikament|medikamente|arzneimittel|schwanger|schwangerschaft|stillzeit|stille|diabetiker|diabetes|asthma|lebensmittelvergiftung|erbrochen|erbrechen|schwindel|schwindelig|verletzt|verletzung|verbrennung|verbrannt|entzundung|entzundet|infektion|krank geworden|ubel geworden|juckreiz|juckt|brennen|blasen|bauchschmerzen|kopfschmerzen|nebenwirkungen|blutdruck|epilepsie',
      pt: 'cortei|me cortei|vermelha e|cocando|comprimidos|anticoagulante*|antidepressivo*|alergia|alergico|alergica|reacao alergica|manchas vermelhas|erupcao|inchado|inchada|inchaco|sintomas|medico|hospital|pronto socorro|urgencia|remedio|medicamento|medicamentos|receita medica|gravida|gravidez|amamentando|amamentacao|amamentar|diabetico|diabetes|asma|intoxicacao|vomit*|tontura|tonto|tonta|ferimento|machuquei|machucou|queimadura|queimei|infeccao|passei mal|passou mal|fiquei doente|coceira|comichao|irritacao|ardendo|arder|bolhas|dor de barriga|dor de cabeca|efeitos colaterais|pressao arterial|epilepsia',
      it: 'mi sono tagliato|mi sono tagliata|tagliato con|tagliata con|sfogo|anticoagulant*|antidepressiv*|pastiglie|compresse|allergia|allergico|allergica|reazione allergica|eruzione|macchie rosse|gonfio|gonfia|gonfiore|sintomi|medico|ospedale|pronto soccorso|farmaco|farmaci|medicina|medicinale|ricetta medica|incinta|gravidanza|allattamento|allatto|diabetico|diabete|asma|intossicazione|vomit*|capogiri|vertigini|ferita|ferito|ustione|ustioni|bruciatura|infezione|sono stato male|sono stata male|stato male dopo|sentito male|sentita male|prurito|irritazione|bruciano|vesciche|mal di pancia|mal di testa|effetti collaterali|pressione|epilessia',
    }),
    patterns: {
      en: ['\\b(?:eyes?|skin|throat|mouth|lips|face|tongue)\\b.{0,25}\\b(?:burn|itch|sting|swell|swoll|red|blister|peel)'],
      pt: ['\\bpele\\b.{0,20}\\b(?:vermelh|ardend|coc|irritad)'],
    },
  },
  {
    id: 'finance',
    enabled: true,
    label: 'Regulated finance',
    severity: 'medium',
    transfer: 'warm',
    route: 'finance',
    keywords: keywords({
      en: 'pay tax|installments|instalments|repayments|invest|investing|investment|investments|stocks|stock market|shares in|portfolio|loan|loans|credit score|credit check|credit report|credit rating|mortgage|mortgages|pension|pensions|retirement|401k|isa|insurance|insurer|insurance policy|insurance claim|tax advice|taxes|tax return|tax deductible|debt|debts|bankrupt|bankruptcy|financial hardship|can t afford|cannot afford|buy now pay later|klarna|afterpay|financing|finance agreement|credit agreement|interest rate|apr|overdraft|crypto|bitcoin|debt collector|debt collection|repossess*|annuity',
      es: 'credito personal|credito hipotecario|credito al consumo|linea de credito|parte al seguro|al seguro|endeudado|endeudada|cuotas|invertir|inversion|inversiones|acciones de|bolsa de valores|en bolsa|prestamo|prestamos|historial crediticio|hipoteca|hipotecas|pension|jubilacion|poliza|aseguradora|seguro de|mi seguro|el seguro|impuestos|declaracion de la renta|hacienda|deuda|deudas|financiacion|financiar|pagar a plazos|tipo de interes|tae|embargo|quiebra|no puedo pagar|asnef|morosos|cripto*|bitcoin',
      fr: 'credit immobilier|faire un credit|credit habitat|credit conso|credit a la consommation|organisme de credit|rachat de credit|conseil fiscal|avantage fiscal|optimisation fiscale|mensualites|surendette|surendettee|investir|investissement|investissements|bourse|pret|prets|credit immobilier|hypotheque|retraite|assurance|assureur|impots|impot|declaration d impots|fiscalement|dette|dettes|surendettement|financement|paiement en plusieurs fois|taux d interet|taeg|faillite|fichage|banque de france|cripto*|bitcoin',
      de: 'versteuern|verschuldet|zinsbindung|raten nicht|investieren|investition|aktien|geldanlage|anlageberatung|kredit|kredite|darlehen|schufa|bonitat|hypothek|rente|altersvorsorge|versicherung|versicherungen|steuer|steuern|steuererklarung|finanzamt|schulden|finanzierung|ratenzahlung|ratenkauf|zinsen|zinssatz|jahreszins|insolvenz|pfandung|inkasso|krypto*|bitcoin',
      pt: 'credito pessoal|credito habitacao|credito a habitacao|credito consignado|linha de credito|pagar impostos|imposto de renda|declaracao de irs|endividado|endividada|parcelas|conseguindo pagar|investir|investimento|investimentos|acoes|bolsa de valores|na bolsa|emprestimo|emprestimos|score|hipoteca|financiamento|aposentadoria|reforma|previdencia|seguradora|apolice|seguro de|meu seguro|o seguro|imposto|irs|divida|dividas|parcelamento|juros|taxa de juros|falencia|nao consigo pagar|serasa|nome sujo|cripto*|bitcoin',
      it: 'linea di credito|prestito personale|credito al consumo|richiesta di credito|indebitato|indebitata|rate del|investire|investimento|investimenti|azioni|in borsa|prestito|prestiti|finanziamento|mutuo|crif|pensione|assicurazione|assicurazioni|polizza|tasse|fisco|dichiarazione dei redditi|debito|debiti|a rate|pagamento a rate|tasso di interesse|taeg|fallimento|sovraindebitamento|cattivo pagatore|cripto*|bitcoin',
    }),
    patterns: {
      de: ['(?:finanzierung|versicherung|kredit|darlehen|hypothek)\\b'],
    },
  },
];
