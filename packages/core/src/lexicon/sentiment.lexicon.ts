import type { DistressKind, Language } from '@baton/protocol';

/**
 * A compact valence lexicon (-3 … +3) for customer-service language in six languages, folded
 * (lowercase, no accents). A trailing `*` matches any ending. Small on purpose: it ships to the
 * browser, and in support chats a few hundred words carry almost all of the signal.
 */

/** `word=value|word=value…` (compact in the browser bundle), in order: the last prefix that matches wins. */
function valence(list: string): Readonly<Record<string, number>> {
  return Object.fromEntries(
    list.split('|').map((entry) => {
      const at = entry.lastIndexOf('=');
      return [entry.slice(0, at), Number(entry.slice(at + 1))];
    }),
  );
}

const words = (list: string) => list.split('|');

export const VALENCE: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  en: valence('good=2|great=3|excellent=3|perfect=3|thanks=2|thank=2|helpful=2|love=3|awesome=3|happy=2|glad=2|nice=2|fine=1|ok=1|okay=1|resolved=2|solved=2|appreciate=2|wonderful=3|amazing=3|brilliant=3|pleased=2|fast=1|quick=1|bad=-2|terrible=-3|awful=-3|horrible=-3|worst=-3|hate=-3|angry=-3|annoyed=-2|annoying=-2|frustrated=-2|frustrating=-2|disappointed=-2|disappointing=-2|useless=-3|ridiculous=-3|unacceptable=-3|pathetic=-3|broken=-2|wrong=-2|late=-1|missing=-2|lost=-2|damaged=-2|never=-1|still=-1|again=-1|problem=-1|issue=-1|complaint=-2|refund=-1|waiting=-1|waste=-2|joke=-2|scam=-3|rude=-3|incompetent=-3|stupid=-3|nonsense=-2|sick=-2|tired=-2|upset=-2|furious=-4|disgusted=-3|disgusting=-3|shocking=-3|poor=-2|slow=-2|sucks=-3|crap=-3|garbage=-3|trash=-3|fed=-1|worse=-3|cancel=-1|hopeless=-3|sad=-2|unhappy=-2|mad=-3|livid=-4|outraged=-4|fed up=-3|rip off=-3|ripped off=-3|not happy=-2|no one=-1|nobody=-1|ignored=-2|fuck*=-3|shit*=-3|damn*=-2|wtf=-3|seriously=-1|waste of time=-3'),
  es: valence('bien=1|bueno=2|buena=2|genial=3|excelente=3|perfecto=3|gracias=2|muchas gracias=3|encanta=3|feliz=2|contento=2|contenta=2|amable=2|resuelto=2|solucionado=2|rapido=1|maravilloso=3|estupendo=3|util=2|mal=-2|malo=-2|mala=-2|terrible=-3|horrible=-3|pesimo=-3|pesima=-3|odio=-3|enfadado=-3|enfadada=-3|enojado=-3|enojada=-3|molesto=-2|molesta=-2|frustrado=-2|frustrada=-2|decepcionado=-2|decepcionada=-2|inutil=-3|ridiculo=-3|inaceptable=-3|vergonzoso=-3|verguenza=-3|roto=-2|rota=-2|tarde=-1|perdido=-2|danado=-2|nunca=-1|todavia=-1|problema=-1|queja=-2|reembolso=-1|esperando=-1|estafa=-3|grosero=-3|incompetentes=-3|harto=-3|harta=-3|cansado=-2|cansada=-2|furioso=-4|furiosa=-4|indignado=-3|indignada=-3|lento=-2|basura=-3|mierda=-3|peor=-3|triste=-2|tomadura de pelo=-3|nadie=-1|ignorado=-2|ignorada=-2|joder=-3|hartos=-3|desastre=-3'),
  fr: valence('bien=1|bon=2|bonne=2|super=3|genial=3|excellent=3|parfait=3|merci=2|adore=3|content=2|contente=2|ravi=3|ravie=3|aimable=2|resolu=2|rapide=1|formidable=3|utile=2|top=2|mal=-2|mauvais=-2|mauvaise=-2|terrible=-3|horrible=-3|nul=-3|nulle=-3|deteste=-3|enerve=-3|enervee=-3|fache=-3|fachee=-3|agace=-2|agacee=-2|frustre=-2|frustree=-2|decu=-2|decue=-2|inutile=-3|ridicule=-3|inacceptable=-3|honteux=-3|honte=-3|casse=-2|cassee=-2|retard=-1|perdu=-2|abime=-2|jamais=-1|toujours=-1|probleme=-1|plainte=-2|remboursement=-1|attends=-1|arnaque=-3|impoli=-3|incompetents=-3|marre=-3|fatigue=-2|furieux=-4|furieuse=-4|scandaleux=-3|scandale=-3|lent=-2|pire=-3|triste=-2|inadmissible=-3|foutez=-3|merde=-3|putain=-3|catastrophe=-3|lamentable=-3|desastre=-3'),
  de: valence('gut=2|super=3|toll=3|klasse=3|prima=3|perfekt=3|danke=2|vielen dank=3|liebe=3|zufrieden=2|froh=2|freundlich=2|gelost=2|erledigt=1|schnell=1|wunderbar=3|hilfreich=2|schlecht=-2|schrecklich=-3|furchtbar=-3|katastrophe=-3|katastrophal=-3|hasse=-3|wutend=-3|sauer=-3|verargert=-2|genervt=-2|frustriert=-2|enttauscht=-2|enttauschend=-2|nutzlos=-3|lacherlich=-3|inakzeptabel=-3|unverschamt=-3|unverschamtheit=-3|frechheit=-3|kaputt=-2|defekt=-2|verspatet=-1|verloren=-2|beschadigt=-2|nie=-1|immer=-1|noch=-1|problem=-1|beschwerde=-2|erstattung=-1|warte=-1|betrug=-3|unhoflich=-3|inkompetent=-3|satt=-2|mude=-2|stinksauer=-4|langsam=-2|mist=-3|scheisse=-3|schlimmer=-3|traurig=-2|niemand=-1|ignoriert=-2|zumutung=-3|skandal=-3|witz=-2'),
  pt: valence('bem=1|bom=2|boa=2|otimo=3|otima=3|excelente=3|perfeito=3|obrigado=2|obrigada=2|adoro=3|feliz=2|contente=2|simpatico=2|resolvido=2|rapido=1|maravilhoso=3|util=2|show=2|mal=-2|mau=-2|ruim=-2|pessimo=-3|pessima=-3|terrivel=-3|horrivel=-3|odeio=-3|irritado=-3|irritada=-3|chateado=-2|chateada=-2|frustrado=-2|frustrada=-2|decepcionado=-2|decepcionada=-2|inutil=-3|ridiculo=-3|inaceitavel=-3|vergonha=-3|absurdo=-3|quebrado=-2|quebrada=-2|atrasado=-1|atrasada=-1|perdido=-2|danificado=-2|nunca=-1|ainda=-1|problema=-1|reclamacao=-2|reembolso=-1|esperando=-1|golpe=-3|grosso=-3|incompetentes=-3|farto=-3|farta=-3|cansado=-2|cansada=-2|furioso=-4|furiosa=-4|revoltado=-3|revoltada=-3|lento=-2|lixo=-3|merda=-3|pior=-3|triste=-2|ninguem=-1|palhacada=-3|descaso=-3|desrespeito=-3'),
  it: valence('bene=1|buono=2|buona=2|ottimo=3|ottima=3|eccellente=3|perfetto=3|grazie=2|adoro=3|felice=2|contento=2|contenta=2|gentile=2|risolto=2|veloce=1|meraviglioso=3|utile=2|male=-2|cattivo=-2|pessimo=-3|pessima=-3|terribile=-3|orribile=-3|odio=-3|arrabbiato=-3|arrabbiata=-3|infastidito=-2|seccato=-2|frustrato=-2|frustrata=-2|deluso=-2|delusa=-2|inutile=-3|ridicolo=-3|inaccettabile=-3|vergogna=-3|vergognoso=-3|assurdo=-3|rotto=-2|rotta=-2|ritardo=-1|perso=-2|danneggiato=-2|mai=-1|ancora=-1|problema=-1|reclamo=-2|rimborso=-1|aspetto=-1|truffa=-3|maleducato=-3|incompetenti=-3|stufo=-3|stufa=-3|stanco=-2|stanca=-2|furioso=-4|furiosa=-4|indignato=-3|lento=-2|schifo=-3|peggio=-3|peggiore=-3|triste=-2|nessuno=-1|ignorato=-2|vergognosa=-3|scandaloso=-3|disastro=-3'),
};

/** Words that flip the valence of what follows (within three words). */
export const NEGATORS = new Set(words('not|no|never|dont|isn|wasn|nor|without|nunca|sin|ni|ne|pas|jamais|sans|nicht|kein|keine|nie|ohne|nao|nem|sem|non|mai|senza'));

/** Words that strengthen what follows. */
export const INTENSIFIERS = new Set(words('very|so|really|extremely|totally|completely|absolutely|super|incredibly|utterly|muy|tan|totalmente|realmente|tres|vraiment|trop|completement|tellement|sehr|total|echt|wirklich|extrem|voll|muito|tao|completamente|molto|davvero|troppo|proprio|estremamente'));

/** Phrases that signal distress, by kind; any one of them is a distress signal on its own. */
export const DISTRESS: Readonly<Record<DistressKind, readonly string[]>> = {
  anger: words('furious|livid|outraged|fuming|enraged|so angry|pissed off|absolutely disgusted|furioso|furiosa|indignado|indignada|furieux|furieuse|hors de moi|stinksauer|wutend|wuetend|ausser mir|revoltado|revoltada|puto da vida|indignato|indignata|incazzato|incazzata|fuori di me'),
  grief: words('passed away|died|death of|funeral|bereavement|lost my mother|lost my father|lost my husband|lost my wife|lost my son|lost my daughter|fallecio|fallecido|murio|funeral|luto|decede|decedee|deces|obseques|est mort|est morte|verstorben|gestorben|beerdigung|trauerfall|faleceu|falecido|falecida|morreu|velorio|luto|deceduto|deceduta|e morto|e morta|scomparso|scomparsa|funerale|lutto'),
  fear: words('scared|afraid|terrified|frightened|panicking|panic|worried sick|im scared|miedo|asustado|asustada|aterrado|aterrada|panico|peur|effraye|effrayee|terrifie|terrifiee|angst|panik|verangstigt|medo|assustado|assustada|apavorado|apavorada|paura|spaventato|spaventata|terrorizzato|terrorizzata'),
  self_harm: words('suicide|suicidal|do not want to live|do not want to be alive|kill myself|end my life|want to die|hurt myself|self harm|dont want to live|don t want to live|suicidio|suicidarme|matarme|quitarme la vida|no quiero vivir|me tuer|en finir|envie de mourir|suizid|selbstmord|mich umbringen|nicht mehr leben|me matar|quero morrer|nao quero viver|uccidermi|farla finita|voglio morire|togliermi la vita'),
};
