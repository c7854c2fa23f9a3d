import type { Qualifier, Side } from '../types';
import type { Cue, NounInfo } from './types';

// English vocabulary tables. lang/en.ts turns them into the regexes the core
// walks; keeping the words here keeps each file readable.

export const UNIT_WORDS: [string, number][] = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

export const SCALE_WORDS: [string, number][] = [
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9],
  // Indian English: "2.8 lakh soldiers" (280,000), "1 crore" (ten million).
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9],
];

export const QUALIFIERS: [string, Qualifier][] = [
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['close to', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'],
  ['just below', 'nearly'], ['more than', 'more than'], ['over', 'more than'],
  ['above', 'more than'], ['in excess of', 'more than'], ['upwards of', 'more than'],
  ['just over', 'more than'], ['well over', 'more than'], ['well above', 'more than'], ['beyond', 'more than'],
  ['exceeded', 'more than'], ['exceeds', 'more than'], ['exceed', 'more than'], ['surpassed', 'more than'], ['topped', 'more than'],
  ['tops', 'more than'], ['would top', 'more than'], ['will top', 'more than'], ['casualties top', 'more than'], ['losses top', 'more than'], ['deaths top', 'more than'],
  ['pass', 'more than'],
  ['crossed', 'more than'], ['passed', 'more than'], ['surpassing', 'more than'], ['surpasses', 'more than'],
  ['exceeding', 'more than'], ['approaches', 'nearly'], ['approached', 'nearly'], ['creeping towards', 'nearly'],
  ['edging towards', 'nearly'], ['closing in on', 'nearly'], ['pushing towards', 'nearly'],
  ['climbed toward', 'nearly'], ['climbed towards', 'nearly'], ['climbing toward', 'nearly'], ['climbing towards', 'nearly'],
  ['near', 'about'], ['in the vicinity of', 'about'], ['in the region of', 'about'], ['closer to', 'about'], ['somewhere near', 'about'], ['somewhere around', 'about'], ['at least', 'at least'], ['no fewer than', 'at least'],
  ['no less than', 'at least'], ['a minimum of', 'at least'], ['up to', 'up to'],
  ['by as much as', 'up to'], ['no more than', 'up to'], ['as many as', 'as many as'],
  ['as high as', 'as many as'], ['nearing', 'nearly'], ['approaching', 'nearly'], ['could approach', 'nearly'],
  // Each phrase here costs at every figure (the qualifier lookbehind), so only the forms reviewers met are listed.
  ['not dipped below', 'at least'], ['under', 'under'], ['fewer than', 'under'],
  ['less than', 'under'], ['below', 'under'],
  // after the number
  ['or more', 'at least'], ['or so', 'about'], ['+', 'more than'], ['-plus', 'more than'], ['-odd', 'about'],
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
export const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const personnel = (cue: Cue, extra: Partial<NounInfo> = {}): NounInfo => ({ cue, ...extra });
const rejectAs = (reject: string): NounInfo => ({ reject });
const mod: NounInfo = { modifier: true };

/** Words that may follow a number, by lower-case form. */
export const NOUNS: [string, NounInfo][] = [
  ...['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'servicemembers',
    'members', 'personnel', 'fighters', 'fighter', 'combatants', 'forces', 'infantrymen', 'servicepeople',
    'servicewomen',
    'paratroopers', 'marines', 'sailors', 'pilots', 'officers', 'militants', 'defenders', 'force', 'instructors', 'generals', 'cap', 'ceiling',
    'warriors',
    'colonels', 'lieutenants', 'sergeants', 'commanders', 'militaries',
    'sappers', 'snipers', 'artillerymen', 'tankmen', 'riflemen', 'commandos', 'attackers', 'stormtroopers']
    .map((w): [string, NounInfo] => [w, personnel('personnel')]),
  // Kyiv's official words for Russia's soldiers ("eliminated 1,150 occupiers"): whoever speaks, they are Russia's.
  ...['occupiers', 'invaders'].map((w): [string, NounInfo] => [w, personnel('personnel', { side: 'russia' })]),
  // Kyiv's word for its soldiers home from captivity ("175 of our Heroes returned").
  ['heroes', personnel('personnel', { weak: true })],
  // "men" are soldiers in most war reporting, but not when arrested or detained ("35 men and 4 women").
  ...['people', 'persons', 'person', 'individuals', 'names', 'convicts', 'inmates', 'criminals', 'men', 'youths', 'youngsters', 'natives']
    .map((w): [string, NounInfo] => [w, personnel('personnel', { weak: true })]),
  // Ranks, like "officers" and "generals" above: "four Russian major-generals have been slain".
  ...['major-generals', 'privates'].map((w): [string, NounInfo] => [w, personnel('personnel')]),
  // "thousands of Ukrainians in captivity": the nation is whose people they are, whoever holds them.
  ['russians', personnel('personnel', { weak: true, side: 'russia' })],
  ['ukrainians', personnel('personnel', { weak: true, side: 'ukraine' })],
  // Court and registry counts stand for people only beside a desertion, captivity or missing word.
  ...['cases', 'charges', 'sentences', 'convictions', 'verdicts', 'prosecutions', 'requests', 'applications',
    'proceedings', 'investigations', 'offenses', 'offences']
    .map((w): [string, NounInfo] => [w, { caseCount: true }]),
  // "causalities" is a common misspelling in real reporting; the word itself is never a count of anything else.
  ...['casualties', 'casualty', 'causalities'].map((w): [string, NounInfo] => [w, personnel('casualties')]),
  ...['losses', 'loss'].map((w): [string, NounInfo] => [w, personnel('losses')]),
  ...['dead', 'deaths', 'death', 'fatalities', 'killed', 'kia', 'kill', 'kills', 'killings', 'lives', 'bodies', 'deceased', 'died', 'fallen', 'obituaries',
    'executions', 'executed']
    .map((w): [string, NounInfo] => [w, personnel('killed')]),
  ...['wounded', 'injured', 'injuries'].map((w): [string, NounInfo] => [w, personnel('wounded')]),
  ...['recruits', 'recruit', 'volunteers', 'contractors', 'enlistees', 'contracts', 'contracted', 'signings', 'sign-ups', 'signups',
    'joined', 'enlisted', 'signed']
    .map((w): [string, NounInfo] => [w, personnel('recruited')]),
  ...['reservists', 'conscripts', 'mobilized', 'mobilised', 'draftees']
    .map((w): [string, NounInfo] => [w, personnel('mobilized')]),
  ...['mercenaries', 'mercenary', 'foreigners'].map((w): [string, NounInfo] => [w, personnel('foreign')]),
  // Nationals of countries whose citizens fight for Russia: soldiers only where the sentence says so.
  ...['chechens', 'africans', 'nationals', 'filipinos', 'colombians', 'georgians', 'kenyans', 'lankans', 'ghanaians', 'nigerians',
    'cameroonians', 'egyptians', 'brazilians', 'japanese'].map((w): [string, NounInfo] => [w, personnel('foreign', { weak: true })]),
  // Central Asian migrants and convicts are recruited into Russia's army.
  ...['uzbeks', 'tajiks', 'kyrgyz', 'kazakhs', 'turkmens'].map((w): [string, NounInfo] => [w, personnel('foreign', { weak: true, side: 'russia' })]),
  ...['swedes', 'finns', 'danes', 'norwegians', 'estonians', 'latvians', 'lithuanians']
    .map((w): [string, NounInfo] => [w, personnel('foreign', { weak: true, side: 'ukraine' })]),
  ...['indians', 'nepalis', 'nepalese', 'cubans', 'syrians']
    .map((w): [string, NounInfo] => [w, personnel('foreign', { weak: true, side: 'russia' })]),
  ...['deserters', 'desertions', 'deserted', 'absences'].map((w): [string, NounInfo] => [w, personnel('deserted')]),
  ...['prisoners', 'pows', 'pow', 'captives', 'captive', 'captured', 'surrendered'].map((w): [string, NounInfo] => [w, personnel('captured')]),
  // "more than 200 freed by each side": right after the number, the participle of a swap stands for the prisoners.
  ...['freed', 'released', 'swapped', 'exchanged'].map((w): [string, NounInfo] => [w, personnel('captured', { atNumber: true })]),
  ['missing', personnel('missing')],
  ...['russian', "russia's", "moscow's", "kremlin's"].map((w): [string, NounInfo] => [w, { modifier: true, side: 'russia' }]),
  ...['ukrainian', "ukraine's", "kyiv's", "kiev's"].map((w): [string, NounInfo] => [w, { modifier: true, side: 'ukraine' }]),
  ...['north', 'korean', 'koreans'].map((w): [string, NounInfo] => [w, { modifier: true, side: 'russia', foreign: true }]),
  ...['foreign', 'chechen'].map((w): [string, NounInfo] => [w, { modifier: true, foreign: true }]),
  // Wagner's fighters, convicts and mercenaries alike, fought for Russia.
  ['wagner', { modifier: true, side: 'russia' }],
  // Nations whose citizens are recruited into Russia's army, as reporting has it.
  ...['cuban', 'nepalese', 'nepali', 'indian', 'chinese'].map((w): [string, NounInfo] => [w, { modifier: true, foreign: true, side: 'russia' }]),
  ...['uzbek', 'tajik', 'kyrgyz', 'kazakh', 'turkmen'].map((w): [string, NounInfo] => [w, { modifier: true, foreign: true, side: 'russia' }]),
  // Nations whose volunteers fight for Ukraine ("At least 20 Baltic and Nordic volunteer soldiers have died in Ukraine").
  ...['swedish', 'finnish', 'danish', 'norwegian', 'estonian', 'latvian', 'lithuanian', 'nordic', 'baltic']
    .map((w): [string, NounInfo] => [w, { modifier: true, foreign: true, side: 'ukraine' }]),
  ...['georgian', 'colombian', 'filipino', 'kenyan', 'lankan', 'ghanaian', 'nigerian', 'cameroonian', 'egyptian', 'brazilian', 'japanese',
    'syrian', 'african', 'asian'].map((w): [string, NounInfo] => [w, { modifier: true, foreign: true }]),
  ...['more', 'fewer', 'additional', 'extra', 'new', 'fresh', 'battlefield', 'combat', 'military',
    'contract', 'regular', 'active', 'professional', 'elite', 'frontline', 'front-line',
    'of', 'its', 'their', 'his', 'her', 'our', 'the', 'such', 'other', 'armed', 'assault',
    'infantry', 'airborne', 'young', 'trained', 'newly', 'russian-led', 'service', 'army',
    'killed-in-action', 'and', 'or', 'nato', 'allied', 'occupying', 'invading', 'total', 'own', 'former',
    'criminal', 'such', 'named', 'serving', 'retired', 'registered', 'confirmed', 'identified', 'reported', 'estimated',
    'desertion', 'awol', 'official', 'documented', 'recorded', 'registered', 'engineering', 'construction',
    // "a 50,000-strong group of Russian and North Korean troops", "the 600,000-strong Russian army of occupation".
    'group', 'grouping', 'contingent', 'occupation']
    .map((w): [string, NounInfo] => [w, mod]),
  ['enemy', { modifier: true, enemy: true }],
  // "221 enemies were killed": the other side from the nation that speaks.
  ['enemies', personnel('personnel', { enemy: true })],
  ['hostile', { modifier: true, enemy: true }],
  ...['civilians', 'civilian', 'children', 'kids', 'residents', 'inhabitants', 'citizens', 'refugees',
    'migrants', 'emigrants', 'immigrants', 'evacuees', 'voters', 'workers', 'students', 'women',
    'patients', 'families', 'family', 'relatives', 'households', 'journalists', 'doctors', 'hostages', 'orphans',
    // Not the armed forces either.
    'police', 'policemen', 'policeman', 'firefighters', 'rescuers']
    .map((w): [string, NounInfo] => [w, rejectAs('civilians')]),
  // Soldiers of another war ("70,000 Afghan soldiers ... over two decades").
  ...['afghan', 'iraqi', 'soviet'].map((w): [string, NounInfo] => [w, rejectAs('other war')]),
  ...['homes', 'houses', 'buildings', 'villages', 'towns', 'settlements', 'cities', 'countries',
    'nations', 'regions', 'schools', 'hospitals', 'camps', 'colonies', 'prisons', 'facilities']
    .map((w): [string, NounInfo] => [w, rejectAs('places')]),
  ...['tanks', 'tank', 'vehicles', 'drones', 'drone', 'uavs', 'missiles', 'rockets', 'shells',
    'rounds', 'aircraft', 'planes', 'jets', 'helicopters', 'ships', 'boats', 'vessels', 'systems',
    'guns', 'howitzers', 'launchers', 'apcs', 'ifvs', 'mbts', 'afvs', 'spgs', 'mlrs', 'weapons', 'munitions', 'bombs', 'trucks',
    'cars', 'pieces', 'artillery', 'sorties', 'strikes', 'attacks', 'targets', 'humvees', 'himars', 'bradleys',
    'abrams', 'leopards', 'javelins', 'stingers', 'radars', 'radar', 'trailers', 'mraps', 'atacms', 'shaheds', 'howitzer',
    'carriers', 'transporters', 'strykers', 'marders', 'challengers', 'patriots', 'caesars', 'gepards', 'iskanders', 'kalibrs', 'lancets']
    .map((w): [string, NounInfo] => [w, rejectAs('equipment')]),
  ...['armies', 'brigades', 'brigade', 'divisions', 'division', 'regiments', 'regiment',
    'battalions', 'battalion', 'corps', 'units', 'companies', 'formations']
    .map((w): [string, NounInfo] => [w, rejectAs('formations')]),
  ...['votes', 'seats', 'messages', 'views', 'followers', 'words', 'pages', 'articles',
    'copies', 'signatures', 'points', 'times', 'steps', 'questions', 'posts', 'items', 'videos', 'ngos', 'organisations',
    'organizations', 'letters', 'badges', 'visitors', 'visits', 'calls']
    .map((w): [string, NounInfo] => [w, rejectAs('other count')]),
];

/** Sentence cue words and phrases. Longer phrases are matched first. */
export const CUES: [string, Cue][] = [
  ...['killed', 'kill', 'kills', 'killing', 'killings', 'dead', 'deaths', 'death', 'death toll', 'died', 'fatalities',
    'kia', 'killed in action', 'killed-in-action', 'war dead', 'slain', 'lives',
    'met their demise', 'met their deaths', 'die every', 'die each', 'die daily', 'die per', 'die a day',
    'perished', 'dying', 'executed', 'executions', 'buried', 'the fallen', 'the bodies', 'the remains', 'fallen soldiers', 'fallen troops', 'fallen servicemen', 'fallen defenders', 'the corpses', 'corpses']
    .map((w): [string, Cue] => [w, 'killed']),
  ...['wounded', 'injured', 'injuries', 'seriously injured', 'hurt', 'sustained injuries', 'sustained battle injuries',
    'suffered injuries', 'sustained wounds', 'suffered wounds',
    // "over 400,000 requiring off-frontline medical treatment": the wounded among casualties.
    // "another 1,500 were out of action because of the severity of their injuries".
    'out of action because of', 'out of action due to',
    'medical treatment', 'hospital treatment', 'required treatment', 'requiring treatment', 'require treatment'].map((w): [string, Cue] => [w, 'wounded']),
  ...['casualties', 'casualty', 'causalities', 'killed and wounded', 'killed or wounded', 'dead and wounded', 'killed or maimed', 'killed and maimed',
    'dead or wounded', 'killed and injured', 'killed or injured', 'killed, wounded', 'killed, injured',
    'killed, injured, or captured', 'killed, injured or captured', 'killed, wounded, or captured', 'killed, wounded or captured',
    'killed, injured, or missing', 'killed, wounded, or missing',
    'dead and injured', 'dead or injured', 'wounded and killed', 'wounded or killed', 'injured and killed',
    'injured or killed', 'died or been wounded', 'died or were wounded', 'died or been injured', 'died or were injured',
    'killed or been wounded', 'killed and been wounded', 'killed or been injured', 'killed and been injured',
    'died or suffered injuries', 'killed or suffered injuries', 'including the wounded', 'including wounded',
    'wounded or been killed', 'wounded and been killed', 'wounded or dead', 'wounded and dead', 'kia or wia',
    'killed or permanently injured', 'killed or seriously injured', 'killed or seriously wounded', 'killed or badly wounded',
    'killed, injured or missing', 'killed, wounded or missing', 'killed, wounded or gone missing', 'killed, wounded, or gone missing',
    'killed, wounded or went missing', 'killed, injured or gone missing', 'dead or too seriously wounded', 'dead or seriously wounded',
    'dead or badly wounded', 'kia and wia', 'killed or wia', 'died or been so badly wounded', 'death or injury', 'deaths or injuries',
    'death and injury',
    // "the bloodiest days for Moscow's forces ... 1,530 on Oct. 17": a day's toll is its casualties.
    'bloodiest day', 'bloodiest days',
    // A definition spelled out: "casualties (killed, wounded, missing)", "killed, injured, or missing".
    'killed, injured, or missing', 'killed, wounded, or missing', 'killed, wounded, missing', 'killed, injured, missing',
    'killed, wounded and missing', 'killed, wounded, captured or missing', 'killed, wounded, captured, or missing',
    'dead, wounded or missing', 'dead, wounded, or missing', 'dead, wounded, missing', 'killed, wounded, and missing',
    'deaths, injuries and missing', 'deaths, injuries, and missing', 'killed, injured, and missing',
    'injured, captured or gone missing', 'wounded, captured or gone missing', 'injured, captured or missing',
    'killed, captured or wounded', 'killed, wounded or captured', 'killed, captured, or wounded', 'killed, wounded, or captured',
    'death or injury', 'deaths or injuries', 'death or wounds',
    'injured or dead', 'wounded or dead', 'killed & wounded', 'killed & injured', 'dead & wounded', 'killed and/or wounded',
    'wounded, captured or missing', 'wounded, captured, or missing', 'injured, captured, or missing',
    'dead and critically injured', 'dead or critically injured', 'dead and seriously injured', 'dead or seriously injured',
    'killed or severely injured', 'killed or severely wounded', 'killed or gravely wounded', 'killed or critically injured', 'killed or so badly injured', 'killed or so badly wounded', 'killed or so seriously injured', 'killed or so seriously wounded',
    'deaths and injuries', 'deaths or injuries', 'deaths and injured', 'deaths, injuries',
    'died or been wounded', 'died or been injured', 'died or were wounded', 'died or were injured',
    'wounded, killed or missing', 'wounded, killed, or missing', 'wounded, killed and missing', 'wounded, killed, and missing']
    .map((w): [string, Cue] => [w, 'casualties']),
  // "the size of the armed forces to around one million troops": a force's size, not its recruits.
  ['size of', 'force'],
  ...['losses', 'loss', 'toll peaked', 'toll among', 'lost', 'losing', 'lose', 'loses', 'sacrificed', 'hemorrhages', 'hemorrhaging',
    'haemorrhaging', 'bleeding', 'sustained', 'suffered', 'irrecoverable losses']
    .map((w): [string, Cue] => [w, 'losses']),
  // The General Staff's and the Russian MoD's euphemisms: their daily "eliminated" counts the killed and the
  // wounded together (the General Staff's own Ukrainian wording is "killed and wounded"), so not the killed.
  ...['eliminated', 'eliminating', 'eliminate', 'eliminates', 'elimination', 'liquidated', 'neutralized', 'neutralised', 'neutralize', 'neutralise', 'neutralizes', 'neutralises',
    'out of action', 'destroyed', 'destroy']
    .map((w): [string, Cue] => [w, 'losses']),
  ...['recruited', 'recruits', 'recruit', 'recruiting', 'recruitment', 'enlisted', 'enlisting', 'enlistment', 'enlistments',
    'replenished', 'signed contracts', 'signed up', 'volunteers', 'volunteered', 'contract soldiers',
    'signed a contract', 'sign a contract', 'joined the army', 'contracts', 'sign up', 'sign contracts', 'signed', 'joined', 'join', 'joins',
    'admitted to voluntary military service', 'voluntary military service',
    'entered contract service', 'entered military service by contract', 'entered military service under contract',
    'entered service under contract', 'entered into contracts',
    // "one-time bonuses": the word walk reads "one" and "time" apart, and a phrase at every "one" would cost.
    'signing a contract', 'signing contracts', 'time bonuses', 'time payments',
    'signings', 'contracted', 'accepted into the ranks', 'into the ranks', 'joined its ranks', 'joined their ranks', 'join its ranks', 'join their ranks', 'joining its ranks', 'joining their ranks', 'swelled its ranks', 'swell its ranks', 'to its ranks', 'to their ranks', 'replenishing its ranks', 'replenish its ranks', 'replenished its ranks', 'replenishing their ranks', 'replenish their ranks', 'replenished their ranks', 'agree to go to the front',
    'agreed to go to the front', 'signing bonus', 'signing bonuses'].map((w): [string, Cue] => [w, 'recruited']),
  ...['mobilized', 'mobilised', 'mobilization', 'mobilisation', 'call-up', 'called up',
    'conscripted', 'conscription', 'conscripts', 'drafted', 'mobilize', 'mobilise', 'mobilizing', 'mobilising', 'conscript',
    'call up', 'called-up', 'mobilizes', 'mobilises', 'drafts', 'calls up', 'calling up',
    // "convene 135,000 men for compulsory military service": a call-up, however it is worded.
    'compulsory military service', 'mandatory military service', 'compulsory service', 'mandatory service',
    'month military service', 'year military service'].map((w): [string, Cue] => [w, 'mobilized']),
  // Not "numbered": "combat losses ... numbered 77,170" counts losses; a force's size needs a force word.
  ...['strength', 'presence', 'deployed', 'stationed', 'committed', 'massed',
    'troops on the battlefield', 'troops in ukraine', 'grouping', 'contingent', 'number of its troops',
    'number of troops', 'army of', 'force of', 'manpower', 'taking part in', 'fighting in', 'serving in',
    'participating in',
    // Wagner's mercenaries were Russians, convicts most of them: a force, not foreign troops.
    'wagner mercenary', 'wagner mercenaries', 'wagner mercenary group'].map((w): [string, Cue] => [w, 'force']),
  ...['mercenaries', 'mercenary', 'foreign fighters', 'foreign troops', 'foreigners', 'north korean',
    'north koreans', 'foreign nationals', 'foreign recruits', 'north korea', "north korea's", 'pyongyang', "pyongyang's",
    'dprk', 'nepalis', 'nepalese', 'cubans', 'indians'].map((w): [string, Cue] => [w, 'foreign']),
  // "committed AWOL" is no force committed to battle.
  ...['deserted', 'deserters', 'desertion', 'desertions', 'awol', 'committed awol', 'committed desertion', 'gone awol',
    'went awol', 'go awol', 'desert', 'deserting', 'absence without leave', 'unauthorized abandonment',
    'unauthorised abandonment', 'unauthorized absence', 'unauthorized absences', 'unauthorised absence',
    'unauthorised absences', 'without authorization', 'without authorisation', 'fled the army', 'fled their units', 'left their units',
    'abandoned their positions', 'abandoned their units', 'left their positions', 'broke away from their duties', 'broke away from their units', 'leaving their positions', 'left their posts',
    'leaving their posts', 'abandoned their posts', 'abandonment', 'abandoning their units', 'abandoned their units', 'leaving their units', 'left their units', 'without official leave', 'refusal to fight', 'refusing to fight', 'refused to fight',
    'absconded', 'absconding', 'fled their posts', 'fleeing their posts', 'abandoning their posts', 'abandoning their positions',
    'abandoned the front lines', 'abandoned the front line', 'abandoned the front', 'without permission',
    'escape the frontlines', 'escape the frontline', 'escape the front lines', 'escape the front line', 'escape the front', 'escape from the front'].map((w): [string, Cue] => [w, 'deserted']),
  ...['captured', 'prisoners', 'prisoners of war', 'prisoner of war', 'prisoner-of-war', 'pows', 'taken prisoner', 'surrendered', 'surrendering', 'surrender to ukraine', 'surrender to russia', 'captivity',
    'released from captivity', 'returned from captivity', 'returned home', 'return home', 'brought home', 'bring home', 'get back', 'got back', 'getting back', 'gets back',
    'brought back', 'freed', 'return for', 'coming back home', 'came back home', 'come back home',
    'exchange for',
    // Swaps: "released from each side", "another 307 were swapped" (and see captiveAfter in en.ts). Each phrase opens
    // with a word that is rare outside swaps: a phrase is tried at every occurrence of its first word.
    'returned to ukraine', 'returned to russia', 'returning home', 'released from', 'swapped', 'exchanged', 'traded', 'handed over',
    'repatriated', 'those released', 'those freed', 'liberate', 'liberated from captivity',
    'prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'pow exchange', 'pow swap', 'captive', 'captives']
    .map((w): [string, Cue] => [w, 'captured']),
  ...['missing', 'missing in action', 'mia', 'unaccounted for', 'went missing', 'gone missing'].map((w): [string, Cue] => [w, 'missing']),
  ...['target', 'targets', 'goal', 'goals', 'aim', 'aimed', 'aims', 'ambition', 'objective',
    'plans to', 'planned to', 'plan to', 'plan is to', 'request to', 'offered to', 'proposal to', 'intends to', 'intended to', 'seeks to', 'hopes to',
    'wants to', 'seeking', 'seek to',
    // A call-up not yet made: "do not know how to mobilize 500,000 more", "trying to recruit nearly 67,000".
    ...['how to', 'unable to', 'trying to', 'tries to', 'try to', 'preparing to', 'prepares to', 'prepare to']
      .flatMap((w) => ['mobilize', 'mobilise', 'recruit', 'draft', 'call up'].map((v) => `${w} ${v}`)),
    // "earlier estimates that 500,000 more troops were required".
    'were required', 'are required', 'would be required', 'will be required',
    // "Putin is demanding that provinces provide him with 200 volunteer soldiers a week", "a quota of 500 recruits".
    'quota', 'quotas', 'demanding', 'demands that', 'demanded that', 'told to recruit', 'ordered to recruit',
    // "set the annual plan at 403,000 and the 'benchmark' at 420,000".
    'annual plan', 'recruitment plan', 'benchmark',
  ].map((w): [string, Cue] => [w, 'target']),
  ...['ratio', 'ratios'].map((w): [string, Cue] => [w, 'ratio']),
  ...['deficit', 'shortfall', 'gap'].map((w): [string, Cue] => [w, 'deficit']),
  // "the fall draft required 133,000": a conscription round names soldiers ("draft" alone is also a bill), but not what
  // a number far from it counts.
  ...['fall draft', 'autumn draft', 'spring draft', 'draft campaign'].map((w): [string, Cue] => [w, 'personnel']),
  ...['troops', 'soldiers', 'servicemen', 'personnel', 'fighters', 'service members', 'army',
    'forces', 'military', 'general staff', 'the front', 'front line', 'frontline', 'battlefield'].map((w): [string, Cue] => [w, 'personnel']),
  ...['civilians', 'civilian', 'residents', 'migrants', 'refugees', 'emigrants', 'emigrated', 'emigrate', 'emigrating', 'emigration',
    'exodus', 'leave the country', 'left the country', 'fled', 'flee', 'children', 'strike',
    // "people ... had received compensation after losing a family breadwinner": survivors' pensions of all causes.
    'breadwinner', 'breadwinners', 'receiving benefits', 'pension fund',
    // "sanctions that target 54 individuals": people a sanctions list names, not soldiers.
    'sanctions', 'sanctioned', 'sanctions list',
    'shelling', 'evacuated', 'target audience', 'attack', 'attacks', 'airstrike', 'airstrikes', 'air strike', 'air strikes',
    'bombing', 'bombardment', 'civilian deaths', 'civilian casualties', 'civilian death toll', 'civilian fatalities',
    'civilians killed', 'civilians wounded', 'civilians injured', 'displaced', 'humanitarian', 'forced from their homes', 'homes',
    'detention', 'detentions', 'detained', 'disappearances', 'arrests', 'arrested',
    // Strike reports: people killed "in the capital" or by a missile are civilians.
    'traffic accident', 'road accident', 'collision',
    'missile', 'missiles', 'struck', 'residential', 'apartment', 'capital', 'hospital', 'hospitals', 'hospitalised',
    'hospitalized', 'serious condition', 'medical institutions', 'evacuations', 'evacuation', 'evacuated', 'temporary protection', 'asylum'].map((w): [string, Cue] => [w, 'civilian']),
  // Populations: "about 60,000 people lived there", "a pre-war population of 61,000".
  ...['lived', 'live there', 'live in', 'living in', 'population', 'populations', 'census', 'inhabited', 'home to',
    // Men who could be called up: "increase the potential pool of recruits by about 400,000".
    'potential pool', 'potential pool of recruits', 'pool of potential recruits', 'pool of recruits', 'mobilization pool', 'mobilisation pool', 'draft pool', 'recruitment pool',
    // A country's pool of men who could serve, and those who left: people, not soldiers.
    'went abroad', 'gone abroad', 'left abroad', 'go abroad', 'goes abroad', 'going abroad', 'taxpayers', 'self-employed',
    // "a shortage of around 1 million people in Russia's labor market": workers the economy lacks.
    'labor market', 'labour market', 'labor force', 'labour force', 'workforce', 'labor shortage', 'labour shortage',
    'updating their data', 'updated their data', 'updated their registration data', 'update their data',
    'updated their military registration', 'updated their records', 'potentially mobilize', 'potentially mobilise',
    // "Russia's mobilization resource is about 25 million people"; convicts in the colonies; emigrants crossing.
    'mobilization resource', 'mobilisation resource', 'mobilization reserve', 'mobilisation reserve',
    'mobilization potential', 'mobilisation potential', 'prison population', 'penal colonies', 'penal colony',
    'crossed the border', 'crossed into', 'have crossed', 'had crossed',
    // "In 2024, 1.22 million people ... were born ..., while deaths increased ... to 1.82 million": demography.
    'were born', 'births', 'birth rate', 'birthrate', 'fertility', 'Rosstat', 'demographic', 'demographers']
    .map((w): [string, Cue] => [w, 'population']),
  ...['each side', 'both sides', 'either side', 'all sides', 'each of the two sides', 'both countries', 'both armies', 'each army',
    'each country', 'both nations',
    // "combined military casualties", unless a nation owns the sum ("Russia's combined losses").
    'combined']
    .map((w): [string, Cue] => [w, 'both']),
  ...['enemy', "enemy's", 'enemies', "enemies'", 'adversary', "adversary's"].map((w): [string, Cue] => [w, 'enemy']),
  ...['needs', 'need', 'needed', 'requires', 'require', 'required', 'requested', 'recommend', 'recommends', 'recommended',
    'recommendation', 'planning', 'plans', 'necessary', 'called for', 'calls for', 'call for', 'would need', 'would have',
    'proposed', 'proposes', 'propose', 'proposal', 'request for', 'requests', 'request']
    .map((w): [string, Cue] => [w, 'need']),
  // A loss word or "personnel" that belongs to equipment: its number counts machines.
  ...['tank losses', 'equipment losses', 'vehicle losses', 'armoured vehicle losses', 'armored vehicle losses',
    'artillery losses', 'aircraft losses', 'personnel carriers', 'armoured personnel', 'armored personnel',
    'systems destroyed', 'tanks destroyed'].map((w): [string, Cue] => [w, 'equipment']),
  // "why they should risk their lives": a risk, not a death.
  ...['not wounded', 'not killed', 'not dead', 'not casualties', 'not losses', 'risk their lives', 'risking their lives',
    'risked their lives', 'risk his life', 'risking his life', 'risk our lives', 'risk your life']
    .map((w): [string, Cue] => [w, 'negation']),
];

/**
 * People who stand for their side ("Belousov announced that the military recruited nearly 410,000"), and who are
 * claimants too ("Shoigu said"), unlike nations.
 */
export const SIDE_PEOPLE = ['putin', 'shoigu', "shoigu's", 'belousov', "belousov's", 'gerasimov', "gerasimov's"];

export const SIDE_WORDS: [string, Side][] = [
  ...['russia', 'russian', 'russians', "russia's", 'moscow', "moscow's", 'kremlin', "kremlin's",
    "putin's", 'aggressor', 'occupiers', 'invaders', 'north korean', 'north koreans', 'north korea',
    "north korea's", 'pyongyang', "pyongyang's", 'dprk', 'wagner', "wagner's", ...SIDE_PEOPLE]
    .map((w): [string, Side] => [w, 'russia']),
  ...['ukraine', 'ukrainian', 'ukrainians', "ukraine's", 'kyiv', "kyiv's", 'kiev', "kiev's", 'republic of ukraine',
    // The Armed Forces of Ukraine by their initials: "the AFU's request to mobilize 500,000 more people".
    'afu', "afu's"]
    .map((w): [string, Side] => [w, 'ukraine']),
];

/** Words after a number that leave it without a noun of its own ("1,130 a day", "17,000, he said"). */
export const FUNCTION_WORDS = [
  'a', 'an', 'per', 'each', 'every', 'in', 'since', 'by', 'for', 'to', 'over', 'from', 'on', 'at',
  'this', 'last', 'between', 'as', 'while', 'with', 'who', 'which', 'that', 'were', 'was', 'had',
  'have', 'has', 'is', 'are', 'will', 'would', 'could', 'been', 'be', 'being', 'according', 'during',
  'through', 'throughout', 'so', 'than', 'alone', 'within', 'into', 'across', 'against', 'among',
  'after', 'before', 'until', 'up', 'out', 'including', 'only', 'ever', 'just', 'respectively',
  'he', 'she', 'they', 'them', 'us', 'it', 'we', 'i', 'you', 'said', 'says', 'when', 'where', 'if', 'but', 'yet',
  'not', 'also', 'already', 'now', 'then', 'there', 'here', 'nor', 'plus', 'or', 'and', 'more',
  'fewer', 'less', 'mark', 'level', 'figure', 'threshold', 'people-strong', 'strong', 'last',
  'next', 'this', 'those', 'these', 'whom', 'whose', 'all', 'both', 'in-total', 'total', 'overall',
  'altogether', 'combined', 'taking', 'fighting', 'participating', 'chose', 'who', 'went', 'had',
  'under', 'below', 'above', 'near', 'around', 'about', 'via', 'towards', 'toward', 'behind', 'beyond',
  'without', 'instead', 'amid', 'despite', 'along', 'alongside', 'because', 'though', 'although', 'whereas',
  'remain', 'remained', 'either', 'still', 'reportedly', 'likely', 'back', 'ago', 'earlier', 'later', 'again', 'apiece',
  'currently', 'presently', 'others', 'announced', 'acknowledged', 'admitted',
  // "by 1,030 overnight to 133,190", "lost 1,030 yesterday": when, not what.
  'overnight', 'yesterday', 'today',
];

/** "recruiting at a rate of 1,600 daily": a rate adverb right after a number leaves it without a noun. */
export const RATE_ADVERBS = ['daily', 'weekly', 'monthly', 'annually', 'yearly'];

export const ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'sgt', 'capt',
  'prof', 'sen', 'rep', 'gov', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc',
  'approx', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e'];

/** The verbs that report a statement, after its subject ("... the president said"). */
export const STATEMENT_VERB = String.raw`(?:said|says|claimed|claims|reported|reports|estimated|estimates|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released|insisted|insists|warned|warns|told|tells|informed|informs|put\s+out|gave|quoted|cited|mentioned|spoke\s+(?:of|about)|(?:puts?|placed|places)\s+(?:(?:the|its|their|his|her|Ukraine['’]s|Russia['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:deaths|toll|losses|casualties|number|figure|count|total)\s+at|signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:decree|order|law|bill))\b`;
