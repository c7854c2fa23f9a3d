import { escapeWord, normKey } from './normalize';
import type { Cue, LangModule, NounInfo, PhraseSet, RateInfo, RateRule } from './types';
import { ABBREVIATIONS, CUES, FUNCTION_WORDS, RATE_ADVERBS, MONTH_PATTERN, NOUNS, QUALIFIERS, SCALE_WORDS, SIDE_PEOPLE, SIDE_WORDS, STATEMENT_VERB, UNIT_WORDS } from './en-words';
import { PERIOD_RULES, UNIT_MAP, periodExpr } from './en-periods';
import { enNonFigureRules } from './en-non-figures';
import { enReadingRules } from './en-reading-rules';
import { enClauseRules } from './en-clause-rules';
import { PRECHECK_WORDS_RE, WAR_WORDS_RE } from './en-precheck';

// English. Every English word the extractor knows is here, in en-words.ts (the word lists), en-periods.ts (time
// expressions), en-reading-rules.ts (what decides what a count is and where a time belongs), en-clause-rules.ts (which
// clause or statement a word is in), en-non-figures.ts (what is no figure) or en-precheck.ts (the page precheck).

/** One alternation, longest first so "killed in action" wins over "killed". */
function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
}

const SPELLED = [...UNIT_WORDS.map(([w]) => w), 'hundred', 'thousand', 'million', 'billion', 'dozen'];
const VAGUE = 'tens|hundreds|thousands|millions|billions|dozens';
const MONTH = MONTH_PATTERN;
const nouns = new Map<string, NounInfo>();
// "fighting", "taking": a participle may stand before a noun ("3,000 infantry fighting vehicles").
for (const w of FUNCTION_WORDS) nouns.set(w, w.endsWith('ing') ? { participle: true } : {});
for (const w of RATE_ADVERBS) nouns.set(w, { adverb: true });
for (const [w, info] of NOUNS) nouns.set(w, info);

/** "each", "every", and their emphatic forms ("every single", "each and every"). */
const EVERY = '(?:each|every)(?:\\s+single)?|each\\s+and\\s+every';

/**
 * Rates, as small regexes each tried only at the words its phrases start
 * with ("a day" is matched at "day"), in this order, the first match
 * winning. Each says its rate outright, so a match needs no capture groups
 * and costs no match array.
 */
const rateRule = (first: string[], rate: RateInfo['rate'], adjective: boolean, re: string): RateRule => ({
  first: new Set(first), re: new RegExp(re, 'iy'), info: { rate, adjective },
});
const RATE_RULES: RateRule[] = [
  // "bringing the total to 200,590", "the death toll rose to 50,000": a running total, said before the number.
  // "bringing Moscow's officially acknowledged military deaths to slightly above 6,000": a running total.
  rateRule(['bringing', 'brings', 'bring', 'brought', 'taking', 'takes', 'took'], 'cumulative', true,
    `(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took)\\s+(?:(?!for\\b)[\\w'’-]+\\s+){1,10}?to\\b(?=\\s+(?:(?:about|around|nearly|almost|over|more\\s+than|(?:slightly|just)\\s+(?:above|over|below|under))\\s+)?\\d)`),
  // "The number of Nepalis killed has risen to 12": a count brought up to the number (as "a total of", yielding to a
  // rate word: "the daily average has risen to 1,200").
  rateRule(['risen', 'climbed', 'increased', 'grown', 'jumped', 'surged'], 'cumulative_before', true,
    `(?<=\\b(?:has|have|had)\\s+(?:now\\s+|already\\s+)?)(?:risen|climbed|increased|grown|jumped|surged)\\s+to\\b(?=\\s+(?:(?:about|around|nearly|almost|over|more\\s+than)\\s+)?\\d)`),
  rateRule(['total', 'tally', 'toll', 'count'], 'cumulative', true,
    `(?<=\\bbring(?:s|ing)?\\s+(?:the|its|their)\\s+(?:overall\\s+)?)(?:total|tally|toll)\\b|(?:total|tally|toll|count)\\s+(?:(?:has|had|have)\\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|grew|grown|now\\s+stands|stands|stood)\\b`),
  rateRule(['since', 'far', 'date', 'total', 'all', 'course', 'throughout', 'overall', 'altogether', 'during', 'starting', 'beginning'], 'cumulative', false,
    `(?:starting|beginning)\\s+(?:from|on)(?=\\s+(?:\\d|${MONTH}))|during\\s+the\\s+(?:full-scale\\s+|special\\s+military\\s+)?(?:war|conflict|operation|invasion)\\b|since(?=\\s+[\\w“"'])|(?<=\\bso\\s+)far\\b|(?<=\\bto\\s+)date\\b|(?<=\\bin\\s+)(?<!\\b(?:year|month|week|quarter|spring|summer|autumn|fall|winter|\\d{4}|${MONTH_PATTERN})\\s+in\\s+)(?:total|all)\\b(?!\\s+of\\b)|course\\s+of\\s+the\\s+war\\b|throughout\\s+the\\s+war\\b|overall\\b|altogether\\b`),
  // "Two million casualties and counting": a running total still rising.
  rateRule(['counting'], 'cumulative', false, `(?<=\\band\\s+)counting\\b`),
  rateRule(['month', 'year', 'week'], 'period_total', false, `(?<=\\bfor\\s+the\\s+)(?:month|year|week)\\b|(?<=\\bthat\\s+)month\\b`),
  // "770 soldiers in just one day", "In a single day, Russia lost 1,200": a day's figure, which may open the sentence.
  rateRule(['day'], 'per_day', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+course\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single|(?:its|the|their)\\s+(?:deadliest|bloodiest|worst|heaviest|costliest)(?:\\s+single)?)\\s+)day\\b`),
  // "killed 1,400 soldiers within a 24-hour period".
  {
    ...rateRule(['#'], 'per_day', true,
      `(?<=\\b(?:in|within|over|during)\\s+(?:a|the|one)\\s+)24[- ]hours?\\s+period\\b|(?<=\\b(?:in|within)\\s+(?:just\\s+|only\\s+|the\\s+space\\s+of\\s+)?)24\\s+hours\\b`),
    only: '24',
  },
  // Not "a week after the crash", "a day before", "in January – a month in which": a time from an event or a gloss, no rate.
  rateRule(['day', 'per'], 'per_day', false, `(?<=\\b(?:a|per|${EVERY})\\s+)day\\b(?!\\s+(?:after|before|earlier|later|ago|in\\s+which|during\\s+which|when)\\b)|per\\s+(?:24\\s+hours|diem)\\b`),
  // A time frame, which may also open the sentence ("Over the past day, Russia lost 1,160").
  // "In the last 24, 1,030 ... killed": the hours dropped.
  rateRule(['past', 'last', 'previous'], 'per_day', true, `(?:past|last|previous)\\s+(?:24\\s+hours|day|24(?=,))\\b`),
  // "nearly 10,000 casualties within just one week": a week's figure.
  rateRule(['week'], 'per_week', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+(?:course|space)\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single)\\s+)week\\b`),
  // "lost up to 4,855 servicemen over the week", "over the past week": a weekly tally.
  rateRule(['week'], 'per_week', true, `(?<=\\b(?:over|during|in)\\s+(?:the\\s+(?:past\\s+|last\\s+|previous\\s+)?|(?:past|last)\\s+))week\\b`),
  rateRule(['month'], 'per_month', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+course\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single)\\s+)month\\b`),
  // "losses amounted to around 35,000 over the past month": a month's tally, as "over the past week" is a week's.
  rateRule(['month'], 'per_month', true, `(?<=\\b(?:over|during)\\s+the\\s+(?:past|last|previous)\\s+)month\\b`),
  // "Over the past year, Moscow has recruited thousands": a year's tally, as "over the past week" is a week's.
  rateRule(['year'], 'per_year', true, `(?<=\\b(?:over|during)\\s+the\\s+(?:past|last|previous)\\s+)year\\b`),
  rateRule(['week'], 'per_week', false, `(?<=\\b(?:a|per|${EVERY})\\s+)week\\b(?!\\s+(?:after|before|earlier|later|ago|in\\s+which|during\\s+which|when)\\b)`),
  rateRule(['month'], 'per_month', false, `(?<=\\b(?:a|per|${EVERY})\\s+)month\\b(?!\\s+(?:after|before|earlier|later|ago|in\\s+which|during\\s+which|when)\\b)`),
  rateRule(['year', 'per'], 'per_year', false, `(?<=\\b(?:a|per|${EVERY})\\s+)year\\b(?!\\s+(?:ago|earlier|later|before|after|old|and\\s+a\\s+half|in\\s+which\\b|during\\s+which\\b|when\\b))|per\\s+annum\\b`),
  // Adjectives, which may also stand before the number ("a daily average of 776"); not a newspaper's name or "its daily
  // update" (a report that comes out daily).
  // Not an outlet's name: "The Daily Beast", "Daily Mail".
  rateRule(['daily'], 'per_day', true, `daily\\b(?!\\s+(?:Beast|Mail|Telegraph|Express|Star|Mirror|Caller|Signal|Maverick|Sabah|NK|Kos|Wire|update|updates|report|reports|briefing|briefings|summary|bulletin|digest|statement|statements)\\b)`),
  // "the mean average for the last seven days was 824": an average over days is a daily one.
  rateRule(['average', 'mean'], 'per_day', true, `(?:mean\\s+)?average\\s+(?:for|over)\\s+the\\s+(?:last|past|previous)\\s+(?:\\w+\\s+)?days\\b`),
  rateRule(['weekly'], 'per_week', true, `weekly\\b`),
  rateRule(['monthly'], 'per_month', true, `monthly\\b`),
  // "drafted an average of 127,000 men every fall": one call-up a year.
  rateRule(['fall', 'autumn', 'spring'], 'per_year', false, `(?<=\\b(?:${EVERY})\\s+)(?:fall|autumn|spring)\\b`),
  // Not "at his annual press conference": an event held yearly, not a yearly count.
  rateRule(['annual', 'annually', 'yearly'], 'per_year', true, `(?:annual|annually|yearly)\\b(?!\\s+(?:press\\s+conference|news\\s+conference|address|speech|meeting|summit|parade|report|review|budget|forum|call-in|phone-in|marathon|event|ceremony)\\b)`),
  // "lost just over 6,000 troops in the war": the war so far, unless the sentence names a span ("in the war in 2023").
  // And a headline's "killed in war", and "perished in the special military operation".
  rateRule(['war', 'conflict', 'special'], 'war_scope', false, `(?<=\\b(?:in|of)\\s+(?:(?:the|Russia['’]s|Moscow['’]s|Putin['’]s)\\s+(?:(?:\\w+-year-old|ongoing|full-scale|current)\\s+)?|(?:the\\s+)?(?:ongoing\\s+)?(?:Russia[-–]Ukraine|Ukraine[-–]Russia|Russo-Ukrainian)\\s+))(?:war|conflict)\\b(?!['’]s)(?!\\s+dead\\b)(?!\\s+(?:in|of|on)\\s+(?!Ukraine\\b))|(?<=\\b(?:killed|died|dead|lost|wounded|injured)\\s+in\\s+)war\\b(?!['’]s)(?!\\s+(?:in|of|on)\\s+(?!Ukraine\\b))|(?<=\\b(?:in|during)\\s+the\\s+)special\\s+military\\s+operation\\b`),
  rateRule(['totals', 'total', 'totaling', 'totalling', 'cumulative', 'tally', 'toll'], 'cumulative_before', true,
    `(?:totals?|totall?ing|cumulative|tally|toll)\\b(?:\\s+(?:of|to)\\b)?`),
];

/** The sticky phrase set of a word list: first words, and one alternation tried at them. */
function phrases(words: string[], wrap: (alternation: string) => string, flags = 'iy'): PhraseSet {
  const firstOf = (w: string) => (/^\d/.test(w) ? '#' : normKey(w).split(/[^a-z]/)[0]!);
  const first = new Set(words.map(firstOf));
  // One small regex per first word: at a word only the phrases starting with it can match, in the same order.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, RegExp>();
  for (const f of first) byFirst.set(f, new RegExp(wrap(trie(sorted.filter((w) => firstOf(w) === f))), flags));
  return { first, re: new RegExp(wrap(alt(words)), flags), byFirst };
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The phrases as one regex that shares their prefixes ("killed(?:\s+in\s+action|\s+or\s+(?:wounded|injured)|)"):
 * a phrase family's regex runs at every word it may start at, and a flat alternation of dozens of phrases
 * beginning "killed" re-reads "killed" for each. It matches what the longest-first alternation matches: phrases
 * that differ can match at one place only if one continues the other, and a continuation is tried before the end.
 */
function trie(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const unit of units(w)) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([unit, child]) => unit + source(child));
    if (node.end) branches.push('');
    if (branches.length === 0) return '';
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return source(root);
}

/** A phrase's regex units, one per character: a space is any run of spaces, an apostrophe either apostrophe. */
function units(w: string): string[] {
  return [...w.toLowerCase()].map((c) => (c === ' ' ? '\\s+' : c === "'" ? "['’]" : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

const map = <V>(entries: [string, V][]) => new Map(entries.map(([k, v]) => [normKey(k), v]));

const cueWords = map<Cue>(CUES);
export const en: LangModule = {
  code: 'en',
  candidate: new RegExp(`\\d|\\b(?:${SPELLED.join('|')}|${VAGUE}|half|quarter)\\b`, 'gi'),
  unitWords: UNIT_MAP,
  scaleWords: new Map(SCALE_WORDS),
  scaleAfterDigits: /(?:[ \u00a0\u2009\u202f]{1,2}|-)?(million|billion|thousand|hundred|lakhs?|crore|mln|mn)\b|(k|m|bn)\b/iy,
  word: /[a-z]+(?:-[a-z]+)*/iy,
  wordJoin: /\s+and\s+|\s+|-/iy,
  halfAfter: /\s+and\s+a\s+half\b/iy,
  wordScales: new Map([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['dozen', 12]]),
  vague: /(tens|hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(thousands|millions|billions))?\b/iy,
  vagueUnits: new Map([['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['dozens', 12]]),
  // "half a million", "a quarter of a million", "three-quarters of a million": group 1 counts the parts.
  thousandsAfterMillion: /\s+(\d{1,3})\s+thousand\b/iy,
  unitsAfterThousand: /\s+(\d{1,3})(?![\d,.]|\s*(?:thousand|million|%|percent|per\s*cent)\b)/iy,
  fraction: /(?:(one|two|three)[- ])?(half|quarters?|thirds?)\s+(?:of\s+)?(?:an?\s+)?(million|thousand|billion|hundred)\b/iy,
  fractionWords: new Map([['half', 0.5], ['quarter', 0.25], ['quarters', 0.25], ['third', 1 / 3], ['thirds', 1 / 3]]),
  articleBefore: /(?<=(?:^|[^A-Za-z])(an?|several|a\s+few|a\s+couple\s+of)\s+)/diy,
  determinerValue: new Map([['a', 1], ['an', 1], ['several', 3], ['a few', 2], ['a couple of', 2]]),
  rangeJoin: /(?:[ \u00a0]?[-–—][ \u00a0]?|\s+(?:to|through|or)\s+(?:(as many as|as high as|up to|about|around|almost|nearly|more than|over|roughly)\s+)?)/iy,
  betweenBefore: /(?<=(?:^|[^A-Za-z])(between)\s+)/diy,
  betweenAnd: /\s+(?:and|to)\s+/iy,
  // "'well over' 100,000": a quote mark may close the qualifier.
  qualifierBefore: new RegExp(`(?<=(?:^|[^A-Za-z])(${alt(QUALIFIERS.map(([q]) => q).filter((q) => /^[a-z]/.test(q) && !/^or /.test(q)))})['’"”]?\\s+)`, 'iy'),
  qualifiers: map(QUALIFIERS),
  particleVerbBefore: /\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+over\s+$/i,
  qualifierAfter: /\s+(or\s+(?:more|so))\b|(\+)|(-plus|-odd)\b/iy,
  // Also in capitals ("ON OCTOBER 5, 2022" in a caption); lower-case "may" and "march" are verbs.
  // "Sep, 21" and the second day of "July 26 and 27" too.
  monthBefore: new RegExp(`(?<=\\b(?:${MONTH}|${MONTH.toUpperCase()})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:and|or|to|through|&|-|–)\\s*)?)`, 'y'),
  monthCommaBefore: new RegExp(`(?<=\\b(?:${MONTH})\\.?,\\s*)(?=\\d{1,2}(?:st|nd|rd|th)?\\s*[,.;)](?!\\d))`, 'y'),
  // Also a dotted dateline: "12.April.2025".
  monthAfter: new RegExp(`(?:(?:st|nd|rd|th|ST|ND|RD|TH)?\\s+(?:of\\s+|OF\\s+)?|\\.)(?:${MONTH}|${MONTH.toUpperCase()})\\b`, 'y'),
  labelBefore: /(?<=(?:\b(?:[Dd]ay|No|no|Nos|[Cc]argo|[Gg]ruz|CARGO|[Pp]age|[Tt]able|[Cc]hart|[Gg]raph|[Ff]ig|pp?|[Aa]rt|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]oute|[Ff]light|[Rr]esolution|[Pp]aragraph|[Ii]tem|[Vv]ol|[Vv]ersion|[Rr]oom|[Pp]latform|[Gg]ate|[Ee]pisode|[Ss]eason|[Pp]art|[Ll]evel|[Ss]tep|[Pp]hase|[Gg]rade|[Ss]tage|[Rr]ound|[Ww]eek|Number|[Pp]lace|[Ss]pot|[Ww]ard|World\s+War)\.?\s*#?|#|№)\s?)/y,
  unitAfter:
    /(?:[ \u00a0\u2009\u202f]*-?)(?:%|per\s?cent|percent|pct|percentage|km²|km2|km|kilomet(?:er|re)s?|mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|calibre|caliber|miles?|mi|met(?:er|re)s?|sq|square|hectares?|ha|acres?|feet|foot|ft|yards?|inch(?:es)?|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|t|mw|gw|kw|mph|km\/h|degrees?|°|seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|centuries|century|dollars?|euros?|rubles?|roubles?|hryvnias?|pounds?|usd|eur|uah|rub|gbp|yuan|times|fold|x|points?|\s+(?:to|or|and)\s+[\d.,]+-?(?:hours?|days?|weeks?|months?|years?|minutes?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|\s*square\s+(?:kilomet|mile|met)\w*|\s*sq\.?\s*(?:km|mi)\b)|\s+(?:to|or|and)\s+[\d.,]+(?:\s*(?:million|thousand|billion))?\s*(?:rubles?|roubles?|hryvnias?|dollars?|euros?)|[ap]\.m\.?|[ap]m|gmt|utc|bst|cet|cest|eet|eest|msk|edt|est|pdt|pst|and[- ]a[- ]half[- ](?:hours?|days?|weeks?|months?|years?)|(?:working|business|calendar)\s+days?|of\s+(?:dollars|euros|rubles|roubles|hryvnias|pounds|people\s+(?:who\s+)?(?:fled|left))|(?:st|nd|rd|th)\b)(?![A-Za-z\d])/iy,
  // "grew from 261,000 to more than 800,000", "boosted its frontline troop strength from 360,000 to 470,000": a change
  // between two counts, not a range.
  changeBefore:
    /(?<=\b(?:rose|risen|rising|grew|grown|growing|increased|increasing|fell|fallen|falling|dropped|dropping|declined|jumped|climbed|soared|decreased|shrank|swelled|went\s+(?:up|down)|(?:boost|rais|expand|increas|reduc|cut|doubl|tripl)(?:e|es|ed|ing|s)?(?:\s+(?!from\b)[\w'’-]+){1,6}?)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?)/iy,
  fromRightBefore: /(?<=\bfrom\s+)/iy,
  continuesBefore:
    /(?<=\b(?:reaching|hitting|(?:jumping|rising|climbing|falling|dropping|rose|fell|jumped|climbed|dropped|increasing|decreasing)\s+to|(?:down|up)\s+from(?:\s+(?:a|the)\s+(?:\w+\s+)?(?:high|low|peak)\s+of)?)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?)/iy,
  // "from a conflict high of over 1262 per day in May to 1140 in July".
  fromBefore: /(?<=\bfrom\s+(?:[A-Za-z]+\s+){0,5}[~≈]?)/iy,
  toBefore: /(?<=\bto\s+(?:[a-z]+\s+){0,3}[~≈]?)/iy,
  timesBefore: /(?<=\bfactor\s+of\s+)/iy,
  // "the conscription age from 27 to 25", "aged 18-24", "the average age ... is around 40".
  ageHint: 'age',
  ageBoundHint: ' as ',
  // Also an age the sentence names again as "it": "lowered the mobilisation age ... but resisted pressure to reduce it to 18".
  ageBefore: /(?<=\b(?:ages?|aged)\b[^\d.;:!?]{0,75}(?:\d{1,2}\s*(?:-|–|to|and|from)\s*)?|\bas\s+(?:young|old)\s+as\s+|\bage\b[^.;:!?]{0,120}\b(?:reduce|lower|raise|cut|drop|bring)\s+it\s+(?:further\s+)?(?:down\s+)?to\s+)/iy,
  // "obliging men under 60 to register", "women over 18": an age group.
  ageGroupBefore: /(?<=\b(?:men|women|people|those|citizens|males|anyone|everyone|soldiers|troops|recruits|conscripts|servicemen|captives|prisoners|POWs|fighters|volunteers|boys|youths|them)\s+(?:(?:are|were|is|was)\s+(?=older|younger))?(?:under|over|above|below|older\s+than|younger\s+than|up\s+to)(?:\s+the\s+age\s+of)?\s+)/iy,
  // "2-to-1", "outnumbers death tolls by three to one".
  ratioEndBefore: /(?<=(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty))(?:\s+|-)to[- ])/iy,
  ratioWordsAfter: /(?:-|\s+)to[- ](?:1|one)(?![\d,.])|-\s+(?:or|and|to)\s+\d+(?:\.\d+)?-to-/iy,
  otherWarAfter:
    /(?:[^\d.,;:!?–—]|\d+-year\b|(?<=\b[A-Z])\.){0,60}?\b(?:(?:in|during|of)\s+(?:the\s+)?(?:\d+-year\s+)?(?:(?:Korean|Vietnam|Soviet-Afghan|Afghan|Chechen|First\s+Chechen|Second\s+Chechen|Iraq|Gulf|Falklands|Winter)\s+Wars?|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|I|One|Two|[12])|(?:both\s+)?(?:Afghanistan|Vietnam|Chechnya|Iraq)|Middle\s+East)|between\s+(?:the\s+)?United\s+States\s+and\s+(?:the\s+)?Russia(?:n\s+Federation)?|between\s+(?:the\s+)?Russia(?:n\s+Federation)?\s+and\s+(?:the\s+)?United\s+States)\b/y,
  // Also prisoners swapped "between the United States and the Russian Federation": not this war's.
  otherWarHints: ['War', 'Afghanistan', 'Vietnam', 'Chechnya', 'Iraq', 'United States', 'Middle East'],
  suffixAfter: /(?:st|nd|rd|th|s|['’]s)(?![A-Za-z])|[A-Za-z_]/y,
  nounWord: /[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*/y,
  nouns,
  cuePhrases: phrases(CUES.map(([w]) => w), (a) => `(?:${a})\\b`),
  cues: cueWords,
  // "100 North Korean soldiers fighting for Russia have been killed", "1,700 mercenaries who died": the clause's first
  // verb after the noun. Stops at a digit or a clause end, so "sent to Kursk, where many were killed" never reaches it.
  lossPredicateAfter:
    /(?:,\s+among\s+(?:a\s+total\s+of\s+)?[\d,]+,)?(?:[^,.;:!?\d]{0,40},\s*(?:who|which|that)\b[^,.;:!?\d]{0,80},|\s+who\s+(?:were|was)\s+[a-z]+(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[\w’'-]+){0,10}?(?=\s+(?:have|has|had)\s+(?:died|been\s+killed))|\s+who\s+(?:had|have|has|were|was)\s+(?:been\s+)?[a-z]+(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[\w’'-]+){0,10}?(?=\s+(?:were|was|have|has|had|are|is)\b))?(?:(?!\b(?:have|has|had|were|was|are|is|died|perished|and\s+that)\b)[^.;:!?\d]){0,100}\b(?:(?:have|has|had|were|was|are|is|remain|remains)\s+(?:(?:already|reportedly|now|still|likely|probably|also|all|since|allegedly|recently|later|subsequently|eventually|currently|officially)\s+)*(?:(?:been\s+)?(?:believed|thought|estimated|said|reported|feared|presumed|understood|confirmed|known)\s+to\s+(?:have\s+been|be|have(?=\s+(?:died|perished|deserted)))\s+|considered\s+|listed\s+as\s+)?(?:been\s+|lost\s+their\s+(?=lives))?(?:(?:being\s+)?held\s+(?:as\s+)?(?=prisoners\b|POWs\b))?(?:(?:confirmed|reported|reportedly|officially|declared|allegedly)\s+)?(killed(?:,\s+(?:wounded|injured),?\s+(?:or|and)\s+(?:gone\s+|went\s+)?missing|\s+(?:or|and)\s+(?:been\s+)?(?:wounded|injured))?|wounded(?:\s+(?:or|and)\s+(?:been\s+)?killed)?|injured|dead(?:\s+(?:or|and)\s+(?:wounded|injured))?|died(?:\s+(?:or|and)\s+(?:been|were)\s+(?:wounded|injured))?|dying|perished|fallen(?!\s+(?:short|behind|apart|silent|out|off|back|into|through|prey|ill|victim|asleep|in\s+love|by\s+(?:\d|about|around|some|more|over|half|a\s+(?:third|quarter))|to\s+(?:\d|about|around|some|below|under)|from\s+\d|in\s+(?:number|value|price)))|captured|eliminated|deserted(?=\s+(?:the\s+|from\s+|their\s+|his\s+))|taken\s+prisoner|(?<=held\s+(?:as\s+)?)(?:prisoners|POWs)\b(?!\s+of\s+war)|(?<=(?:be|been|are|were)\s+)casualties|missing(?!\s+(?:parts?|limbs?|legs?|arms?|hands?|fingers?|eyes?|an?\s+(?:leg|arm|hand|eye|foot)))|prisoners\s+of\s+war|unaccounted\s+for|(?<=\b(?:were|was|been|are|is)\s+)executed|(?<=lost\s+their\s+)lives)|(died(?:\s+(?:or|and)\s+(?:been|were)\s+(?:wounded|injured))?|perished|executed|went\s+missing|gone\s+missing|die|lost\s+their\s+lives))\b/iy,
  // Verbs read only as the predicate of a count ("Three more Nepalis ... die", "22,000 soldiers had fallen"): as sentence
  // cues they would also match other languages' words (German "die") or other falls ("recruitment has fallen").
  predicateCues: new Map<string, Cue>([['die', 'killed'], ['fallen', 'killed'], ['lost their lives', 'killed'], ['executed', 'killed']]),
  auxiliaryAfter: /\s+(?:have|has|had|were|was|are|is|remain|remains|died|perished)\b/iy,
  reportWords: new Set([
    'said', 'says', 'claimed', 'claims', 'reported', 'reports', 'estimated', 'estimates', 'announced', 'stated',
    'wrote', 'revealed', 'disclosed', 'calculated', 'confirmed', 'added', 'noted', 'admitted', 'acknowledged', 'insisted', 'warned',
    'published', 'released', 'told', 'informed', 'informs', 'estimate', 'report', 'claim', 'figure', 'figures', 'numbers', 'data', 'assessment', 'assessments',
    'update', 'updates', 'statement', 'statements', 'compiled', 'briefing', 'interview', 'speech', 'study', 'analysis', 'survey',
    // A participle clause after the date: "in September 2022, claiming just 5,937 ...".
    'claiming', 'saying', 'stating', 'putting', 'announcing',
    // "in February, when he put deaths at 31,000".
    'put', 'puts', 'placed', 'places', 'quoted', 'cited', 'mentioned', 'spoke',
    // The date a decree was signed is not the span of the call-up it orders.
    'signed',
  ]),
  // "said in February", "reported at the end of December", "an estimate from earlier this year", "announced by former
  // Defence Minister Sergey Shoigu in September 2022": when a statement was made.
  statementBefore:
    /(?<=\b(?:said|says|saying|claimed|claims|claiming|reported|reports|estimated|estimates|announced|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released|compiled|report|assessment|update|briefing|(?:latest|last|official|most\s+recent)\s+(?:numbers|figures|data|estimates?|tally|count),|signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:decree|order|law|bill)|told(?:\s+[\w.'’-]+){1,4}?(?:,\s+[^,.;]{1,40},)?|(?:announced|released|published|given|claim|claims)\s+by(?:\s+[\w.'’-]+){1,6}?|(?:estimates?|reports?|figures?|data|assessments?|updates?|statements?)\s+(?:from|of|published|released|issued|made|given)(?:\s+(?:the\s+)?(?<name>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*))?)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+|\s+\())?(?:(?:on|in|at|during)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:late|early|earlier|later)\s+)?)/iy,
  // Not "announced": "In mid-September 2022, the Kremlin announced a mobilization of 300,000" dates the call-up itself.
  // Also a clause after a comma: "in September 2022, claiming ...", "in August, putting the figures at ...", "was in
  // September 2022, when it said that ...".
  statementAfter: /\s+(?:said|says|claimed|claims|reported|reports|estimated|estimates|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released|compiled|report|reports|estimate|assessment|statement|update|briefing|interview|speech|study|analysis|survey)\b|,\s+(?:(?:claiming|saying|stating|putting|announcing)\b|when\s+(?:(?:it|he|she|they)\s+|(?:President|Prime\s+Minister|(?:Defen[cs]e\s+)?Minister|Commander-in-Chief|General)\s+(?:[A-Z][\w'’.-]*\s+){0,3}|(?:an?|the)\s+(?:[a-z]+\s+){0,2}?(?:general|official|officials|spokesman|spokeswoman|minister|ministry)\s+)(?:said|claimed|announced|stated|reported|told|put|gave)\b)/y,
  // "In February, the president said"; "In February, its president, Volodymyr Zelensky, said" (a subject and its appositive);
  // "In December, and for the first time, President Zelensky said" (an aside, then the subject).
  statementOpening: new RegExp(
    `(?:,\\s+(?:[A-Za-z.'’-]+\\s+){0,3}[A-Za-z.'’-]+,\\s+(?:[A-Za-z.'’-]+\\s+){0,3}[A-Za-z.'’-]+,\\s+${STATEMENT_VERB}|,\\s+(?:[A-Za-z.'’-]+\\s+){1,6}[A-Za-z.'’-]+,\\s+${STATEMENT_VERB}|,\\s+(?:and\\s+)?(?:[A-Za-z.'’-]+\\s+){0,4}[A-Za-z.'’-]+,\\s+(?:[A-Za-z.'’-]+\\s+){1,3}${STATEMENT_VERB}|,?\\s+(?:[A-Za-z.'’()-]+\\s+){0,9}?${STATEMENT_VERB})(?!\\s+(?:capturing|killing|losing|taking|destroying|eliminating|wounding|recruiting|mobili[sz]ing|enlisting|drafting|freeing|exchanging)\\b)(?!(?<=\\b(?:released|published))\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|over\\s+|nearly\\s+)?\\d)(?!\\s+to\\s+(?:have|be)\\b)`,
    'y',
  ),
  // "KATHMANDU, July 29:", "Kyiv, March 3 (Reuters) -" or "Kathmandu, Mar 14 (PTI) Seven ...": a dateline dates the report.
  datelineBefore: /^[\s"“]*[A-Z][A-Za-z.'’ -]{1,30}(?:\s*[[(][A-Za-z.'’ -]{2,20}[\])])?,\s*$/,
  datelineAfter: /,?\s*(?:\d{4}\s*)?(?:\([^)]{1,30}\)\s*)?[:—–-]\s|,?\s*(?:\d{4}\s*)?\([A-Z][A-Za-z&./ -]{1,29}\)\s+(?=[A-Z"“])/y,
  // "told Russia 24", "on Channel 5": a broadcaster's name.
  channelBefore: /(?<=\b(?:Russia|Rossiya|Channel|Kanal|RT|NTV|TV|France)\s|\bUkraine\s(?=24\b))/y,
  dayVerbBetween: /^\s+(?:[a-z]+\s+){1,2}(?:(?:about|around|some|nearly|over|more\s+than|at\s+least)\s+)?$/,
  pastPerfect: /\bthere\s+had\s+been\b|\bhad\s+(?:(?:already|reportedly|so\s+far)\s+)?(?:been\s+)?(?:lost|suffered|sustained|killed|wounded|died|recruited|mobili[sz]ed|reached|exceeded|surpassed)\b/i,
  relativeAfter: /\s+(?:who|that)\s+(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?/iy,
  // Also a comparison after a comma: "at 1,118,000, higher than the entire size of its army".
  nextPhrase: /\b(?:and|or|while|but|whereas)\s+(?:the|a|an|its|their)\b|,\s+(?:(?:far|much|well)\s+)?(?:higher|larger|greater|bigger|more|fewer|lower|smaller)\s+than\b/i,
  verbThenNumberAfter: /\s+[a-z]+ed\s+(?:about\s+|around\s+|some\s+|nearly\s+|at\s+least\s+)?\d/y,
  determinerAfter: /\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b/iy,
  timesOverTimeAfter: new RegExp(`\\s+times\\s+[^.;:!?]{0,60}?\\b(?:as|than)\\s+(?:(?:in|during|over)\\s+)?(?:the\\s+same\\s+period|(?:the\\s+)?(?:previous|prior|preceding)\\s+(?:year|month|week|period)|last\\s+(?:year|month|week)|a\\s+year\\s+(?:ago|earlier|before)|(?:19|20)\\d\\d\\b|(?:${MONTH})\\b)`, 'iy'),
  timesRatioAfter: /\s+times['’"”]?\s+(?:higher|greater|more|larger|bigger|heavier|as\s+(?:many|high|large|heavy)|that\s+of|those\s+of)\b/iy,
  // "1 in 20 fighting-age men": a proportion, not a count.
  proportionAfter: /\s+in\s+\d{1,3}(?![\d,.])/y,
  proportionBefore: /(?<=\b(?:\d{1,3}|one)\s+in\s+)/iy,
  // "22 soldiers killed per square kilometre", "20 troops were killed for every square kilometre captured".
  // Also a linear density: "99 soldiers for every kilometer it advances".
  densityAfter: /\s+(?:[a-z]+\s+){0,5}?(?:per|for\s+every|for\s+each)\s+(?:(?:increased|captured|gained|seized|occupied|liberated|additional)\s+)?(?:square\s+(?:kilomet|mile|met)|sq\.?\s*(?:km|mi)|km²|km2|hectare|kilomet(?:er|re)s?\b|km\b|miles?\b)/iy,
  // "Bharat Shah (pictured above), 36, was killed": a name's age between commas.
  nameAgeBefore: /(?<=(?:\b[A-Z][a-z]+|\))\s*,\s)/y,
  lawArticleAfter: /\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Criminal|Penal|Civil|Administrative)\s+Code\b/y,
  captiveAfter: /[”"’]?\s+(?:and\s+civilians\s+)?(?:who\s+)?(?:(?:were|have\s+been|had\s+been|has\s+been|was)\s+)?(?:released|freed|exchanged|swapped|returned)\b(?!\s+to\s+(?:the\s+)?(?:front|frontline|front\s+line|battle|combat|duty|service|their\s+units))/iy,
  // "had likely lost their lives": the killed, not unqualified losses.
  livesAfter: /\s+(?:their|his|her|our)\s+(?:lives|life)\b/iy,
  returnBefore: /(?<=\b(?:return|returned|returning|bring|brought|bringing|get|gets|got|getting)\s+(?:(?:another|more\s+than|over|about|around|some|nearly|almost)\s+)*)/iy,
  // "each side got 195 soldiers back"; not "back to the front".
  homeAfter: /\s+(?:home|back(?!\s+to\s+(?:the\s+)?(?:front|duty|service|combat|units?|positions?)))\b/iy,
  // "have put the number at more than 100", "estimated it at 120,000": a number the sentence before named.
  // Also "In June, the number fell to 1,163": the same count, moved; "the number may be as high as 2,000": or guessed;
  // "in October this indicator was 41,980", "a slightly lower figure – 617,000 –": or given for another time.
  numberAnaphorBefore:
    /(?<=\b(?:(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|set|sets)\s+(?:(?:the|that|this|their|its)\s+(?:(?:total|overall|real|true|likely|estimated|latest|official)\s+)?(?:number|figure|toll|total|count|tally|rate)|it)\s+(?:at|as\s+high\s+as|as\s+low\s+as|near|in\s+excess\s+of|above)|(?:the|that|this)\s+(?:(?:daily|weekly|monthly|average)\s+)?(?:number|figure|rate|average|toll|count|tally)\s+(?:(?:has|had)\s+)?(?:fell|fallen|dropped|declined|decreased|rose|risen|climbed|increased|grew|grown|jumped|slipped)\s+(?:again\s+)?to|(?:the|that|this)\s+(?:(?:true|real|actual|final|overall)\s+)?(?:number|figure|toll|total|count|tally)\s+(?:may|might|could|would)\s+(?:well\s+)?(?:be|reach|exceed|top)(?:\s+as\s+high\s+as)?|the\s+(?:true|real|actual)\s+(?:number|figure|toll|total|count|tally)\s+(?:is|was)\s+(?:(?:now|likely|probably)\s+)?(?:approaching|nearing|closer\s+to|close\s+to)|(?:that|this)\s+(?:indicator|figure|number)\s+(?:was|stood\s+at|amounted\s+to|reached|totall?ed)|\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:figure|number)\s*[–—]\s*)\s+(?:(?:about|around|some|roughly|approximately|more\s+than|over|nearly|almost|up\s+to|at\s+least|close\s+to|just)\s+)?)/iy,
  captiveVerbBefore:
    /(?<=\b(?:released|freed|holding|holds|capturing|captured|swapped|exchanged|traded|handed\s+over|repatriated|returned|sent\s+back|handed\s+back|(?:release|return|exchange|swap|repatriation)\s+of)(?:\s+(?:include|included|including))?\s+(?:(?:another|more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least|a\s+further)\s+)*)/iy,
  targetBefore:
    /(?<=\b(?:need(?:s|ed)?\s+to\s+[a-z]+(?:\s+up)?|needs?(?:\s+for)?|needed|requires?|required|requests?|requested|request\s+for|request\s+(?:from\s+(?:[\w'’-]+\s+){1,3})?to\s+[a-z]+|(?:proposed|requested|suggested|recommended)\s+(?:mobili[sz]ing|recruiting|drafting|conscripting|calling\s+up|enlisting)|recommend(?:s|ed)?|recommendation\s+for|call(?:s|ed)?\s+for|propos(?:e|es|ed|ing)\s+to\s+[a-z]+|(?:initially\s+|originally\s+)?proposed|proposal\s+(?:to\s+[a-z]+|for)|(?:is|was|are|were)\s+planning\s+to\s+[a-z]+|plans\s+(?:are\s+set\s+|were\s+made\s+)?to\s+[a-z]+|necessary\s+to\s+[a-z]+|would\s+(?:need|have)\s+to\s+[a-z]+)\s+(?:(?:the|a|an)\s+(?:recruitment|mobili[sz]ation|conscription|call-?up|draft(?:ing)?|enlistment)\s+of\s+)?(?:(?:an?|another|additional|extra|further|more|new|at\s+least|up\s+to|as\s+many\s+as|about|around|some|nearly|almost|over|more\s+than)\s+)*["“]?)/iy,
  ratioAfter: /\s+(?:[A-Za-z-]+\s+){0,4}?(?:for|to|per)\s+(?:each|every|one|a\s+single|1(?![,.]?\d))\b/iy,
  // "for every one killed", "no one": a spelled-out "one" that is not a count.
  notCountBefore: /(?<=\b(?:every|each|no|any|some|the|this|that|which|if|when|once|unless)\s+)/iy,
  // "One of the soldiers ... was injured": one person in a story, not a count.
  notCountAfter: /\s+of\s+(?:(?:the|them|those|these|his|her|their|our|its|my|us|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b|\d|[A-Z][a-z]+['’]s\b)|\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b/iy,
  // "3,000 more soldiers than it could replace", not "almost 100 more are missing".
  deficitAfter: /\s+(?:more|fewer|less)\b(?=[^.;:!?]{0,80}\bthan\b)/iy,
  // "Each week, Russia loses 7,000", "casualties per day reached 1,200": not "a day after the strike".
  // Also an appositive that sets the number against another: ", a figure resoundingly beaten by ... November".
  clauseBreak: /;|,\s+(?:and|while|but|whereas|though|although|adding|saying|noting|with\s+(?:an?|the)\b|a\s+(?:figure|number|toll|total|record)\s+(?:\w+\s+)?(?:beaten|surpassed|exceeded|topped|overtaken|dwarfed)\b)/i,
  clauseOpener: /\b(?:after|before|with|while|whereas|when|as|including|(?:down|up)\s+from|(?:rising|falling|climbing|dropping|jumping|increasing|decreasing|rose|fell|climbed|dropped|jumped)\s+to)\b/i,
  listJoin: /[,;]|\b(?:and|or|but|while|plus)\b/i,
  comparisonWords: new Set(['compared', 'versus', 'vs']),
  partWords: new Set(['which', 'whom', 'them']),
  partOfHint: ' of ',
  partOfBefore:
    /(?<=,\s+(?:(?:over|more\s+than|nearly|almost|about|around|some|roughly|just\s+over|less\s+than|at\s+least)\s+)?(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|most|many|some|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+|,\s+of\s+(?=(?:which|whom)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?\d))/y,
  perUnitAfter: /\s+(?:(?:killed|wounded|lost|dead)\s+)?per\s+(?:square\s+(?:kilomet|mile|met)|sq\.?\s*(?:km|mi)|km²|km2|capita|hectare|kilomet|mile|km\b|head\b|1,?000\b|10,?000\b|100,?000\b)/iy,
  distributiveAt: /per\b|(?<=\b(?:per|each|every)(?:\s+single)?\s+|\beach\s+and\s+every\s+)/iy,
  // "since" opens a total only with an object: "...has not launched another drive since." does not.
  rateRules: RATE_RULES,
  sidePhrases: phrases(SIDE_WORDS.map(([w]) => w), (a) => `(?<![A-Za-z-])(?:${a})(?![A-Za-z-])`),
  sides: map(SIDE_WORDS),
  sidePeople: new Set(SIDE_PEOPLE),
  sideTitleAfter:
    /(?:['’]s)?\s+(?:President|Prime\s+Minister|Defen[cs]e(?!\s+[Ff]orces)|Minister|Ministry|MoD|[Gg]eneral\s+[Ss]taff|[Oo]fficials?|[Ii]ntelligence|[Aa]uthorities|[Gg]overnment|[Ll]eader|[Cc]ommander|top\s+(?:general|commander)|[Nn]egotiators|[Rr]epresentatives|[Dd]elegation|[Dd]elegates|[Ee]nvoys?|[Mm]edia|military\s+(?:intelligence|bloggers|analysts|sources)|Armed\s+Forces(?!\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained)\b|\s+(?:currently\s+|now\s+)?(?:number|numbers|numbered|total|totals|totalled|comprise|comprises|count|counts)\b)|army\s+chief|Foreign|foreign\s+minist(?:er|ry)|[Ee]mbassy|state\s+media|[Nn]ews|[Ss]ources?|[Bb]loggers|[Cc]hannels?|[Aa]nalysts?|custody|captivity|captors|prisons?|camps?|(?:counter-?)?offensives?|incursion|attacks?|strikes?|shelling|(?:full-scale\s+)?(?:invasion|aggression)|(?:special\s+)?military\s+operation|invaded|used|fired|struck|shelled|bombed|pounded|pummell?ed|war\s+(?:against|on|in)|(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:has\s+|have\s+)?(?:said|says|claimed|claims|reported|reports|estimated|estimates|believes|told|cited)|(?:(?:current|latest|official)\s+)?(?:total\s+)?(?:figure|tally))\b|['’]s\s+(?:count|counts|estimates?|calculations?|tallies)\b/y,
  // Also the enemy a side fights: "43,000 Ukrainian soldiers have been killed fighting Russia".
  sidePlaceBefore:
    /(?<=\b(?:in|into|inside|within|on|against|across|from|over|with|and|fighting|fight|fought|battling|invaded|attacked|attack|attacking|storm|stormed|storming|infiltrate|infiltrated|infiltrating|assault|assaulted|assaulting|bordering|borders|(?:border|frontier)\s+with|(?:invasion|occupation|defen[cs]e|territory)\s+of|(?:sent|deployed|dispatched|transferred|redeployed|moved)\s+to)\s+(?:the\s+)?(?:(?:eastern|western|southern|northern|central|north-?eastern|south-?eastern|north-?western|south-?western)\s+)?)/iy,
  sideAndBefore: /(?<=\band\s+)/iy,
  sideWithBefore: /(?<=\bwith\s+)/iy,
  sideSourceHint: 'ccording to',
  sideSourceBefore: /(?<=\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:of|by|from)\s+)?(?:the\s+)?)/y,
  sideSourceEnd: /(?:['’]s)?(?:\s+[A-Za-z-]+){0,3}?\s*(?:[,;:.!?()–—]|\s-\s|$)/y,
  sideForceAfter: /\s+(?:forces|troops|army|military|invaders|occupiers)\b/y,
  sideContractBefore: /(?<=\b(?:contracts?|signed|signing|enlisted|joined)\s+(?:[\w-]+\s+){0,2}?(?:with|into|for)\s+(?:the\s+)?)/iy,
  nounJoinAfter: /\s+(?:and|or|&)\s+/y,
  sideRaiserAfter:
    /(?:['’]s)?(\s+(?:authorities|government|(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?|military|army|(?:armed|defen[cs]e)\s+forces|leadership|parliament|(?:(?:defen[cs]e\s+)?minister|president)(?:\s+[\w'’-]+){0,3}?))?\s+(?:(?:has|have|had|will|would|could|can|may|plans?\s+to|planned\s+to|intends\s+to|is|are|was|were|also|already|now)\s+)*(?:recruit|mobili[sz]|call|draft|conscript|sign|enlist|raise|deploy|sen[dt]|form|aim|want|need|seek|sa(?:id|ys?)\b|report|announc)/iy,
  // A headline's "Russia, Ukraine swap 200 prisoners": a swap word after the second nation.
  swapAfter: /\s+(?:(?:agree|agreed|agrees|plan|plans|to)\s+(?:to\s+)?)?(?:swap|swaps|swapped|exchange|exchanges|exchanged|trade|trades|traded)\b/iy,
  // "Russian and Ukrainian soldiers", "each side": a count of both armies.
  // "between the Russian Federation and the Republic of Ukraine".
  sidesJoined: /^\s*(?:Federation\s+)?(?:and|or|&)\s*(?:the\s+)?$/i,
  // The nation must end its phrase: "300,000 reservists for Ukraine war" names the war, not an owner.
  sideForAfter: /\s*(?:for\s+(?:the\s+)?(Ukraine|Russia|Ukrainians|Russians)(?=\s*(?:[,.;:)–—]|-\s|$)|\s+(?:and|or|versus|vs|while|but|compared|against|in|on|at|with|by|since|during|over|as|according|alone)\b)|(?:from|on)\s+the\s+(Ukrainian|Russian)\s+side\b|on\s+(?:the\s+)?(Ukrainian|Russian)\s+(?:forces|troops|army|military)\b|(?:(?:killed|died|fighting|fought|serving)\s+)*(?:from|on|for)\s+(Russia|Ukraine)['’]s\s+side\b|in\s+the\s+ranks\s+of\s+the\s+(Ukrainian|Russian)\b|(?:[–—]\s*)?for\s+(Ukrainian|Russian)\s+(?:losses|casualties|dead|deaths|troops|soldiers|forces)\b)/y,
  // Also "are being held prisoners in Ukraine", "held as POWs by Ukraine".
  heldInAfter: /(?:\s+of\s+war)?\s+(?:(?:and|or)\s+[a-z]+\s+)?(?:(?:are|were|remain|remained|remaining|still|now|being|held|kept|taken|been|returned|released|freed|back)\s+){0,3}(?:(?:in(?:to)?|from)\s+(Russian|Ukrainian)\s+(?:custody|captivity|prisons?|detention|jails?|hands)|(?:as\s+)?(?:prisoners|POWs|captives)(?:\s+of\s+war)?\s+(?:in|by)\s+(Russia|Ukraine))\b/iy,
  // After the noun of bodies or prisoners handed over ("the bodies of 6,060 fallen soldiers to Ukraine"): the nation they go to.
  recipientAfter: /(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+(?:soldiers|servicemen|troops|fighters|defenders|personnel|POWs|prisoners|captives))?(?:,\s+(?:which|who)\s+[^,.;:!?]{1,80},\s+(?:were|was|have\s+been|had\s+been)\s+(?:returned|handed\s+over|repatriated|sent\s+back|transferred))?\s+(?:back\s+)?to\s+(?:the\s+)?(Ukraine|Russia|Kyiv|Kiev|Moscow)\b/y,
  // Tested on the few characters before a nation: "by" makes it the agent ("captured by Ukrainian forces").
  // Only after the loss itself: "verified by Russia's independent media" names no agent.
  // Prisoners and bodies "released by Russia" are the other side's ("statistics released by Moscow" are no prisoners).
  releasedByBefore: /\b(?:released|freed|handed\s+over|repatriated|returned)(?:\s+[a-z]+){0,3}?\s+by\s+(?:the\s+)?$/i,
  byBefore: /\b(?:killed|wounded|injured|captured|taken(?:\s+prisoner)?|prisoner|held(?:\s+captive)?|eliminated|destroyed|struck|hit|shot|slain|lost)(?:\s+[a-z]+){0,3}?\s+by\s+(?:the\s+)?$/i,
  lossToBefore: /\bto\s+(?:the\s+)?$/i,
  // Troops North Korea sends, and foreigners "fighting alongside Russian forces", fight for Russia, whoever counts them.
  foreignForRussia:
    /\b(?:North\s+Korea|Pyongyang|DPRK|Nepal(?:is|ese)?|Cubans?|Indians)|\b(?:alongside|for)\s+(?:the\s+)?Russian\s+(?:forces|army|military|troops)\b|\bin\s+(?:the\s+Russian|Russia['’]s)\s+(?:army|military|ranks)\b/,
  // Not a reporting or killing verb: "with Ukraine claiming to have inflicted 1,770 casualties on Russian forces".
  participleAfter: /\s+(?!(?:claim|say|report|estimat|stat|announc|inflict|kill|destroy|eliminat|captur|shoot|strik|attack)ing\b)[a-z]+ing\b/y,
  sideSubjectAfter: /\s+(?:has|have|had|lost|loses|suffered|sustained|says|said|claims|claimed|reported|is|was|were|will)\b/iy,
  sidePlaces: new Set(['russia', 'ukraine', 'moscow', 'kyiv', 'kiev']),
  // Only with an object after the verb: "Ukrainian forces killed 1,300", not "the number of Russian soldiers killed each day".
  // "Russia released 215 prisoners of war": the prisoners one side frees are the other side's.
  sideAgentAfter:
    /(?:['’]s)?\s+(?:(?:missile|drone|rocket|air|artillery)\s+(?:attack|strike|strikes|attacks)\s+(?:that|which)\s+|(?:forces|army|troops|military|drones|defenders|soldiers|units)?\s*)(?:have\s+|has\s+|had\s+)?(?:killed|eliminated|destroyed|captured|inflicted|wiped\s+out|neutrali[sz]ed|(?:released|freed|handed\s+over)(?=\s[^.;]{0,40}?\b(?:prisoners|POWs|captives|soldiers|servicemen|defenders|bodies|personnel|troops)\b))(?:\s+(?:or|and)\s+(?:wounded|injured|captured))?(?![\s\d,.]+(?:(?:more|additional)\s+)?(?:square|sq\b|km|kilomet|miles?\b|hectares|villages|settlements|towns|cities|localities))\s+(?:\d|(?:about|around|roughly|approximately|nearly|almost|over|more|at\s+least|up\s+to|as\s+many|some|an?|the|dozens|hundreds|thousands|tens|several|many|scores|heavy|huge|massive|enemy|russian|ukrainian|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)\b)/iy,
  // Matched at the reporting verb; the name before it is read by a lookbehind.
  claimPhrases: {
    first: new Set([
      'said', 'says', 'say', 'told', 'cited', 'estimated', 'estimates', 'predicts', 'reported', 'wrote', 'added', 'noted',
      'stated', 'claimed', 'claims', 'announced', 'according',
    ]),
    // The name may be followed by a parenthetical and an auxiliary: "MP Lee Seong-kweun, citing intelligence data, has said".
    re: /(?<=\b((?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.-]*)(?:,[^,;:!?\n]{1,80},)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?)(?:said|says|say|told|cited|estimated|estimates|predicts|reported|wrote|added|noted|stated|claimed(?!\s+(?:the\s+)?(?:lives|life))|claims|announced)\b|[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,3}?(?:by\s+(?:the\s+)?)?((?:[A-Z][\w’'.-]*\s*){1,6})|(?<=,\s)(?:said|says|wrote|reported|added)\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})(?=\s*(?:[.,;]|$))/y,
  },
  // Capitalised only because they open the sentence ("Intelligence estimates that ..."): no one in particular.
  notNames: new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'the', 'as', 'officials', 'sources',
    'intelligence', 'analysts', 'experts', 'observers', 'researchers', 'authorities', 'estimates', 'reports', 'data', 'media',
    'documents', 'commanders', 'soldiers', 'troops', 'a', 'an', 'new', 'latest', 'recent', 'earlier', 'official', 'western', 'previous',
    'independent', 'such', 'some', 'other', 'most', 'many', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december']),
  periodRules: PERIOD_RULES,
  periodOf: (m) => periodExpr(m.groups ?? {}),
  // Also the war's own start: "Russia's full-scale invasion which began in February 2022".
  likenessBefore: /(?<=\b(?:consistent\s+with|in\s+line\s+with|similar\s+to|comparable\s+to|on\s+par\s+with|level\s+with|unchanged\s+from|the\s+same\s+as)\s+(?:(?:the|those|that|levels?|figures?|numbers?|seen|recorded)\s+(?:of|in|from|seen\s+in)?\s*)?|\b(?:invasion|war|conflict)(?:\s+(?:in|on|against)\s+Ukraine)?\s+(?:which|that)\s+(?:began|started)\s+(?:in|on)\s+)/iy,
  // Also an ordinal that counts swaps: "as part of the ninth swap mediated since the beginning of the year".
  comparisonBefore: /(?<=\b(?:heaviest|highest|largest|biggest|deadliest|worst|bloodiest|lowest|most|record)\b[^.;:!?]{0,70}|\bany\s+(?:other\s+)?(?:single\s+)?(?:month|week|day|year|time)\b[^.;:!?\d]{0,40}|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:such|prisoner|POW|body)\s+)?(?:swap|exchange|handover|repatriation)s?\b[^.;:!?\d]{0,30})/iy,
  byThen: /\b(?:by|(?:up\s+)?until|till|as\s+of|up\s+to)\s+(?:that\s+(?:point|time|date|day|moment)|then)\b/i,
  priorBefore: /(?<=\bbefore\s+(?:the\s+)?)/iy,
  untilBefore: /(?<=(?:\b(?:by|as\s+of|until|till|up\s+to|through)|,\s+to)\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:(?:beginning|start|end|middle)\s+of\s+)?)/iy,
  periodJoin: /^\s*,?\s*(?:(?:and|or|to|through|until|till)\s+(?:in\s+|into\s+|the\s+)?|and\s+(?:run|runs|last|lasts|continue|continues)\s+(?:through|until|till|to)\s+(?:the\s+)?|[-–—]\s*)$|^,\s$/i,
  // A battle, a strike or a named place other than the two nations: the scene of a toll, not the whole war. Also
  // a month in lower case, which the period rules do not read.
  localScope:
    /\b(?:battles?|fight(?:ing)?\s+for|siege|assaults?|offensives?|counter-?offensives?|strikes?|attacks?|raids?|incursions?|ambush(?:es)?|shelling|bombardments?|explosions?|blasts?|encirclement|pocket|directions?|sectors?)\b|\b(?:in|at|near|around|outside)\s+(?!(?:Ukrain|Russia|Moscow|Kyiv|Kiev|January|February|March|April|May|June|July|August|September|October|November|December))[A-Z][a-z]|\b(?:january|february|march|april|june|july|august|september|october|november|december|[Oo]ver\s+the\s+(?:past\s+)?year)\b/,
  // Tested on a sentence up to its number: "will likely hit the 1 million casualty mark", "could reach".
  forecast: /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ee]xpected\s+to|[Pp]rojected|[Ff]orecasts?|[Pp]redict(?:s|ed)?)\b/,
  anaphoraStart: /^\W*(?:That|This|It)\s+(?:means|implies|equates|translates|works\s+out)|^\W*(?:That|This)(?:['’]s|\s+is)\s+(?:(?:over|about|around|some|roughly|nearly|almost|more\s+than|at\s+least)\s+)?\d|^\W*In\s+other\s+words|^\W*On\s+average,?\s+(?:this|that)\s+(?:is|was|amounts\s+to|comes\s+to)\b/i,
  yearRe: /\b(?:19|20)\d\d\b/g,
  // Alphabetical order lets the regex engine share prefixes: about twice as fast as longest-first.
  warWords: WAR_WORDS_RE,
  precheckWords: PRECHECK_WORDS_RE,
  abbreviations: new Set(ABBREVIATIONS),
  ...enReadingRules,
  ...enClauseRules,
  ...enNonFigureRules,
};
