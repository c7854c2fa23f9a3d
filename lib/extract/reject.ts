import type { LangModule, NounInfo } from './lang/types';
import { CHAR_CLASS, isSpaceCode, LOWER } from './words';
import type { NumberToken } from './numbers';
import type { Side } from './types';
import { endsWithAny } from './spans';

// Non-figures that show in the characters right around a number: years,
// dates, list labels, usernames and model names, money, units, percentages,
// durations, and nouns that count something other than personnel.

/** Glued to a letter ("IHateTrains123", "F-16", "@user1"): part of a name, not a count. */
const NAME_BEFORE = /(?<=[\p{L}_@#/\\]|[\p{L}\d]-)/uy;
/** An opening quote and a capitalised name right before a number ("“Contract 18-24”"). */
const QUOTED_NAME_BEFORE = /(?<=[“"‘'«]\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+)/uy;
/** "The 'Contract 18-24' program", unquoted too: the programme named after its age band. */
const CONTRACT_NAME_BEFORE = /(?<=\bContract\s)/y;
/** A function word's entry in the noun table: it says nothing about a count. */
const FUNCTION_ENTRY = (info: object): boolean => Object.keys(info).length === 0;
const QUOTED_TITLE_BEFORE = /(?<=\b(?:slogan|campaign|program(?:me)?|project|initiative|titled|hashtag)\s+[“"«])/iy;
const PERCENT_HINT = /%|cent/;
const PERCENT_LIST_REACH = 50;
const PERCENT_LIST_AFTER = /(?:\s*,\s*\d+(?:\.\d+)?)*(?:,?\s+(?:or|and|to|maybe|perhaps|even|possibly)){0,3}\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)/y;
/** A list label: alone at the start of a line, or after a letter label ("a. 825."). */
const LABEL_LINE = /(?:^|\n)[ \t]*(?:[\p{L}\d]{1,2}[.)][ \t]+)?$/u;
const LABEL_END = /[.)](?:\s|$)/y;

/** Whether lower-case `word` occurs in text[from, to), ignoring case: a cheap look before a regex runs. */
function occursIn(text: string, from: number, to: number, word: string): boolean {
  const n = word.length;
  for (let i = Math.max(0, from); i + n <= to; i++) {
    let k = 0;
    while (k < n && LOWER[text.charCodeAt(i + k)] === word.charCodeAt(k)) k++;
    if (k === n) return true;
  }
  return false;
}
/** Longer than ageBefore's lookbehind: "aged", 75 other characters and an age with its joiner; or "age", 120 and "reduce it to". */
const AGE_REACH = 160;

/** Ages stop here: "the age of the war ... 500,000" is no age. */
const MAX_AGE = 100;

function isLetterCode(c: number): boolean {
  return CHAR_CLASS[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Years from here on, after "the", are years this war's reporting names, not counts. */
const RECENT_YEAR = 2000;

/** The youngest age an age range after "men" starts at ("men between 18 and 55"). */
const MIN_ADULT = 16;
/** How far before a number sumBefore may find the money it speaks of (a payment word and a from-to pair). */
const SUM_REACH = 180;
/** How far before the "to" of a from-to pair its "from" may stand ("from 3.6 million rubles to"). */
const FROM_REACH = 40;

/** Why the number is not a figure, judging from its immediate surroundings; null if it may be one. */
export function rejectLocal(text: string, tok: NumberToken, lang: LangModule): string | null {
  if (tok.kind === 'date') return 'date';
  const at = tok.start;
  // Most numbers follow a space; the look-behind regexes only run when the character before could start one.
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  const glued = prev !== 32 && prev !== 0xa0 && prev !== 10;
  // Spelled-out numbers too: "wsj.com/world/one-million-are-now-dead" is an address.
  if (glued && sticky(NAME_BEFORE, text, at)) return 'name';
  // 'under the slogan "18-24"': a quoted name that opens with a number.
  if ((prev === 34 || prev === 0x201c || prev === 0xab) && sticky(QUOTED_TITLE_BEFORE, text, at)) return 'name';
  // "roughly 600,0000": a stray digit glued to the number before it (a typo), no number of its own.
  if (isDigit(prev)) return 'typo';
  // "a ratio of 2.5:1 or 2:1", "at 14:30": the terms of a ratio, or a time.
  if ((prev === 58 && isDigit(text.charCodeAt(at - 2))) || (text.charCodeAt(tok.end) === 58 && isDigit(text.charCodeAt(tok.end + 1)))) return 'ratio';
  if (tok.kind === 'digits' || tok.kind === 'ratio') {
    // "3 ½ years", "2 1/2 years": a whole number with a fraction is a measure, never a count of people.
    const vulgar = text.charCodeAt(text.charCodeAt(tok.end) === 32 ? tok.end + 1 : tok.end);
    if (vulgar === 0xbc || vulgar === 0xbd || vulgar === 0xbe) return 'fraction';
    if (isDigit(vulgar) && text.charCodeAt(tok.end) === 32 && text.charCodeAt(tok.end + 2) === 47) return 'fraction';
    // "(military unit 06705)": a leading zero makes a code, never a count.
    if (text.charCodeAt(at) === 48 && isDigit(text.charCodeAt(at + 1))) return 'label';
    // "... per month.[1]": a footnote's marker in square brackets.
    if (prev === 91 && text.charCodeAt(tok.end) === 93 && tok.plainInt && tok.end - at <= 3) return 'label';
    // "24/7", "9/11", "1/3 of the force": a fraction or a name, not a count (its second half is glued to the slash).
    if (text.charCodeAt(tok.end) === 47 && isDigit(text.charCodeAt(tok.end + 1))) return 'fraction';
    // "... permanently out of action 3/": a thread's part number, at the end of its post.
    if (text.charCodeAt(tok.end) === 47 && tok.plainInt && tok.high < 100 && !isLetterCode(text.charCodeAt(tok.end + 1))) return 'label';
    const next = text.charCodeAt(tok.end);
    // "200.zona.media": a web address; a sentence's full stop is followed by a space, not a lower-case letter.
    if (next === 46) {
      const c = text.charCodeAt(tok.end + 1);
      if (c >= 97 && c <= 122) return 'name';
    }
    if ((isLetterCode(next) || next === 39 || next === 0x2019 || next === 95) && sticky(lang.suffixAfter, text, tok.end)) return 'suffix';
    if (sticky(lang.labelBefore, text, at)) return 'label';
    // "In the last 24, 1,030 soldiers were killed": hours, the word dropped.
    if ((tok.high === 24 || tok.high === 48 || tok.high === 72) && text.charCodeAt(tok.end) === 44 && sticky(lang.pastSpanBefore, text, at)) return 'duration';
    // "The “Contract 18-24” program": a number that closes a quoted name.
    if ((next === 0x201d || next === 34 || next === 0x2019 || next === 39) && sticky(QUOTED_NAME_BEFORE, text, at)) return 'name';
    if (prev === 32 && sticky(CONTRACT_NAME_BEFORE, text, at)) return 'name';
    // "the exiled news outlet 7×7": a name, or a size.
    if (next === 0xd7 || prev === 0xd7) return 'name';
    // "an offense under 337 of the Criminal Code": an article's number.
    if (text.charCodeAt(tok.end) === 32 && text.charCodeAt(tok.end + 1) === 111 && text.charCodeAt(tok.end + 2) === 102 && sticky(lang.lawArticleAfter, text, tok.end)) {
      return 'label';
    }
    // "1 in 20 fighting-age men".
    // (Looked for only where " in " and a digit follow, or a digit and " in " come before: " in" is common.)
    if (tok.plainInt && text.charCodeAt(tok.end + 3) === 32 && isDigit(text.charCodeAt(tok.end + 4)) && sticky(lang.proportionAfter, text, tok.end)) {
      return 'proportion';
    }
    // (" in " before it, and a digit or the "e" of "one" before that.)
    if (tok.plainInt && prev === 32 && text.charCodeAt(at - 4) === 32 && (isDigit(text.charCodeAt(at - 5)) || (text.charCodeAt(at - 5) | 32) === 101) && sticky(lang.proportionBefore, text, at)) {
      return 'proportion';
    }
    // "Per 100 thousand men": the denominator of a rate (a round number only: "per 1,250 soldiers" is rare).
    if (prev === 32 && tok.low === tok.high && tok.low >= 100 && Math.log10(tok.low) % 1 === 0 && sticky(lang.perDenominatorBefore, text, at)) return 'proportion';
    if (prev === 40 && tok.plainInt && tok.high <= 31 && text.charCodeAt(tok.end) === 41 && sticky(lang.weekdayDayBefore, text, at)) return 'date';
    if (tok.plainInt && tok.high <= MAX_AGE && prev === 32 && endsWithAny(text, at, lang.superlativeAgeHints) && sticky(lang.superlativeAgeBefore, text, at)) return 'age';
    // "Bharat Shah (pictured above), 36, was killed": an age after a name.
    // So is one closing a list item or the sentence: "Agbo Moses Omale, 43; ... and Fajobi Taiwo Omoniyi, 50."
    const close = text.charCodeAt(tok.end);
    if (tok.plainInt && tok.high <= MAX_AGE && (close === 44 || close === 59 || close === 46) && prev === 32 && text.charCodeAt(at - 2) === 44 && sticky(lang.nameAgeBefore, text, at)) return 'age';
  }
  // "one in three prisoners".
  if (tok.kind === 'words' && sticky(lang.wordProportion, text, at)) return 'proportion';
  // The currency regex only where the character before the number (or before its one space) may end a currency.
  const spaced = prev === 32 || prev === 0xa0 || prev === 0x2009 || prev === 0x202f || prev === 9;
  const end = at > 0 ? text.charCodeAt(spaced && at > 1 ? at - 2 : at - 1) : 32;
  // Codes are capitals ("USD 500"); signs are the language's list ("$", "€", "Rs.").
  const money = (end >= 65 && end <= 90) || lang.currencySigns.includes(String.fromCharCode(end));
  if (money && sticky(lang.currencyBefore, text, at)) return 'money';
  // A converted sum opens a bracket right after the number (a cheap look first: most numbers have none).
  const after = text.charCodeAt(tok.end) === 32 ? tok.end + 1 : tok.end;
  if (text.charCodeAt(after) === 40 && sticky(lang.currencyAfter, text, tok.end)) return 'money';
  if (tok.yearLike && sticky(lang.yearBefore, text, at)) return 'year';
  // "in the year 2256": a year, however far off.
  if (tok.plainInt && tok.end - at === 4 && sticky(lang.theYearBefore, text, at)) return 'year';
  // "the 2023 AWOL cases"; not "the 1900 soldiers", in the range of years before this century.
  if (tok.yearLike && tok.low >= RECENT_YEAR && sticky(lang.recentYearBefore, text, at)) return 'year';
  if (tok.plainInt && tok.high <= 100 && prev === 32 && sticky(lang.channelBefore, text, at)) return 'name';
  if (tok.plainInt && tok.low <= 31 && !tok.isRange) {
    if (sticky(lang.monthBefore, text, at) || sticky(lang.monthAfter, text, tok.end) || sticky(lang.monthCommaBefore, text, at)) return 'date';
  }
  // "May 23-25", "from May 23 to 25", "23–25 May": days of a month.
  if (tok.isRange && tok.high <= 31 && tok.kind === 'digits' && (sticky(lang.monthBefore, text, at) || sticky(lang.monthAfter, text, tok.end))) return 'date';
  if (tok.plainInt && !tok.isRange && sticky(LABEL_END, text, tok.end)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (at - lineStart < 8 && LABEL_LINE.test(text.slice(Math.max(0, lineStart - 1), at))) return 'list label';
  }
  if (!tok.times && sticky(lang.unitAfter, text, tok.end)) return 'unit';
  // "the true number may be 10, 20 maybe even 30% higher": the first of a list of percentages.
  if (text.charCodeAt(tok.end) === 44 && tok.plainInt && PERCENT_HINT.test(text.slice(tok.end, tok.end + PERCENT_LIST_REACH)) && sticky(PERCENT_LIST_AFTER, text, tok.end)) return 'unit';
  // "from 3.6 million rubles to 400,000", "800,000 rubles instead of 400", "reduced its payment from 2.6 million to
  // 400,000", "the payment was reduced by 600,000": sums of money (looked for only after " to ", " by ", " from " or
  // " instead of ").
  // After " to " only as the end of a from-to pair: most numbers after "to" ("up to", "rose to") have no "from" near.
  const to = text.startsWith(lang.sumToHint, at - lang.sumToHint.length);
  if (
    (to ? text.slice(Math.max(0, at - FROM_REACH), at).includes(lang.fromWord) : endsWithAny(text, at, lang.sumHints)) &&
    lang.sumHint.test(text.slice(Math.max(0, at - SUM_REACH), at)) &&
    sticky(lang.sumBefore, text, at)
  ) {
    return 'money';
  }
  // "by a factor of 17", "a 2-to-1 ratio", "2.5- or 2-to-1": how many times, not how many people.
  if (sticky(lang.timesBefore, text, at) || sticky(lang.ratioWordsAfter, text, tok.end)) return 'ratio';
  if (tok.high === 1 && sticky(lang.ratioEndBefore, text, at)) return 'ratio';
  if (tok.high <= MAX_AGE && (occursIn(text, at - AGE_REACH, at, lang.ageHint) || text.startsWith(lang.ageBoundHint, at - lang.ageBoundHint.length)) && sticky(lang.ageBefore, text, at)) return 'age';
  if (tok.high <= MAX_AGE && tok.plainInt && sticky(lang.ageGroupBefore, text, at)) return 'age';
  // "220,000 Russian men between 18 and 55": an age range after men or women.
  if (tok.isRange && tok.low >= MIN_ADULT && tok.high <= MAX_AGE && sticky(lang.ageRangeBefore, text, at)) return 'age';
  return null;
}

export interface NounPhrase {
  /** The personnel cue of the noun the number counts, if any. */
  info: NounInfo | null;
  /** A noun was there but it counts something else. */
  reject: string | null;
  /** No noun follows: the number's meaning comes from the sentence. */
  headless: boolean;
  side: Side | null;
  /** Both nations modify the noun ("500,000 Russian and Ukrainian soldiers"). */
  bothSides: boolean;
  foreign: boolean;
  /** A nation's own adjective ("Russian") is among the modifiers. */
  ownNation: boolean;
  /** A nation's own soldiers named with foreign ones ("Russian and North Korean troops"): one force, not foreign troops. */
  mixed: boolean;
  /** An "enemy" modifier: the side is the other one from the nation that speaks. */
  enemy: boolean;
  /** The number gives a unit's size ("a 700,000-man army", "the 600,000-strong force"). */
  sized?: boolean;
  /** Where the noun starts, so a longer cue phrase there ("killed and wounded") can override the word. */
  headStart: number;
  end: number;
}

const MAX_WORDS = 5;

function otherNoun(np: NounPhrase): NounPhrase {
  np.reject = 'other noun';
  np.headless = false;
  return np;
}

/** Whether a word of lower-case letters follows `at` after one or more spaces. */
function startsWord(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
  const c = text.charCodeAt(p);
  return p > at && c >= 97 && c <= 122;
}

/**
 * What the table says of the word after the spaces at `at`; undefined when
 * there is no such word, or it is unknown. With `capitalised`, only a word
 * that starts with a capital is looked up (nations are capitalised).
 */
function nextWordInfo(text: string, at: number, lang: LangModule, capitalised = false): NounInfo | undefined {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
  const c = text.charCodeAt(p);
  if (p === at || (capitalised && (c < 65 || c > 90))) return undefined;
  lang.nounWord.lastIndex = p;
  const m = lang.nounWord.exec(text);
  return m ? lang.nouns.get(m[0].toLowerCase().replace(/’/g, "'")) : undefined;
}

/** Words that may stand between a noun and the nation its "of" phrase names. */
const OF_PHRASE = new Set(['of', 'the', 'fallen', 'dead', 'killed', 'deceased']);

/** The nation an "of" phrase right after a noun names: "bodies of fallen Ukrainian soldiers", "soldiers of the Russian army". */
function sideOfPhraseAfter(text: string, at: number, lang: LangModule): Side | null {
  // Most nouns are followed by no " of ": a cheap look first.
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 111 || text.charCodeAt(at + 2) !== 102) return null;
  let pos = at;
  for (let n = 0; n < 4; n++) {
    while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 0xa0) pos++;
    lang.nounWord.lastIndex = pos;
    const m = lang.nounWord.exec(text);
    if (!m) return null;
    const key = m[0].toLowerCase().replace(/’/g, "'");
    if (n === 0 && key !== 'of') return null;
    if (!OF_PHRASE.has(key)) return lang.nouns.get(key)?.side ?? null;
    pos += m[0].length;
  }
  return null;
}

/** Reads the words after a number up to its noun ("35,000 Russian troops", "6 million migrants"). */
export function nounAfter(text: string, at: number, lang: LangModule): NounPhrase {
  const out: NounPhrase = {
    info: null,
    reject: null,
    headless: true,
    side: null,
    bothSides: false,
    foreign: false,
    ownNation: false,
    mixed: false,
    enemy: false,
    headStart: -1,
    end: at,
  };
  let pos = at;
  // "the 600,000-strong Russian force", "20-odd Indians": the noun follows the size.
  if (text.charCodeAt(at) === 45) {
    for (const w of lang.sizeSuffixes) if (text.startsWith(w, at + 1)) (pos = at + 1 + w.length), (out.sized = w !== 'odd');
  }
  // An unknown word may be an adjective before the noun ("permanent casualties"); if no
  // personnel noun follows it, it was the noun, and the number counts something else.
  let unknown = false;
  // An "and" after the unknown word has been passed (once); and no word after it yet.
  let joined = false, afterJoin = false;
  let ingFirst = false;
  // A comma has joined two unknown words, as in a list of adjectives ("1,330,000 active-duty, reserve and paramilitary troops").
  let listed = false;
  for (let n = 0; n < MAX_WORDS; n++) {
    let p = pos;
    while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
    if (unknown && !afterJoin && text.charCodeAt(p) === 44 && text.charCodeAt(p + 1) === 32) {
      const q = p + 2;
      // Only into the next adjective, or the list's last "and" ("yesterday, and soldiers said" is two clauses).
      if (!(sticky(lang.listBreakWord, text, q) && !(listed && text.startsWith(lang.adjectiveJoin + ' ', q)))) {
        p = q;
        listed = afterJoin = true;
      }
    }
    lang.nounWord.lastIndex = p;
    const m = lang.nounWord.exec(text);
    if (!m) return unknown ? otherNoun(out) : out;
    const word = m[0];
    const lowerWord = word.toLowerCase();
    const key = lowerWord.indexOf('’') < 0 ? lowerWord : lowerWord.replace(/’/g, "'");
    let info = lang.nouns.get(key);
    if (info?.atNumber && (n > 0 || unknown)) info = undefined;
    // "some 120,000 may have died": the modal, not the month.
    if (word === 'may') info = lang.nouns.get('will');
    // "16 US volunteers": an abbreviation in capitals is a name, not the function word it spells ("us").
    if (info && word.length > 1 && word === word.toUpperCase() && FUNCTION_ENTRY(info)) info = undefined;
    // "4,500 former prisoners ... who have been killed": Wagner's convicts, not captives.
    if (info?.cue === 'captured' && n > 0 && sticky(lang.formerBefore, text, p)) info = lang.nouns.get('convicts');
    pos = p + word.length;
    // "1,000 daily wage workers": before another word that is no function word, the adverb is an adjective.
    if (info?.adverb && startsWord(text, pos)) {
      const next = nextWordInfo(text, pos, lang);
      if (next === undefined || next.cue || next.reject || next.modifier) info = undefined;
    }
    if (info === undefined) {
      // An unknown capitalised word is a name qualifying the noun ("Wagner", "Azov").
      const c = word.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) {
        // One unknown word may be an adjective; two are a clause ("one knows how many soldiers"), unless joined
        // ("tired and demoralized soldiers").
        // "over 400,000 requiring off-frontline treatment": a participle right after the number is its verb, no adjective.
        if (unknown && !afterJoin) return ingFirst ? out : otherNoun(out);
        ingFirst = n === 0 && lowerWord.endsWith('ing');
        unknown = true;
        afterJoin = false;
      }
      continue;
    }
    // "27,000 entrepreneurs and 13,000 volunteers", "fragments and bodies": no adjective after the "and".
    if (afterJoin) return otherNoun(out);
    // After an unknown word only the noun itself may follow ("permanent casualties"); "mobilisation of soldiers" is not one phrase.
    if (unknown && !info.cue && !info.caseCount) {
      if (key !== lang.adjectiveJoin || joined) return otherNoun(out);
      joined = afterJoin = true;
      continue;
    }
    // "35 Indian citizens ... sent to the war": citizens of a country whose people fight are nationals, not civilians.
    // So are "93 citizens of Central Asia's countries" and "1200 people from Colombia".
    if ((info.reject ? key === 'citizens' : (info.weak || info.cue === 'personnel') && !info.side) && ((info.reject && out.foreign) || sticky(lang.foreignCitizensOfAfter, text, pos))) {
      info = lang.nouns.get('nationals')!;
    }
    // "About 40,000 women are currently serving in Ukraine's armed forces", "40,000 women in its ranks": soldiers.
    if (info.reject === 'civilians' && sticky(lang.inServiceAfter, text, pos)) info = lang.nouns.get('soldiers')!;
    if (info.reject) {
      out.reject = info.reject;
      out.headless = false;
      out.end = pos;
      return out;
    }
    if (info.side) {
      if (out.side && out.side !== info.side) out.bothSides = true;
      out.side ??= info.side;
    }
    if (info.foreign) out.foreign = true;
    if (info.side && !info.foreign && info.modifier) out.ownNation = true;
    if (out.foreign && out.ownNation) out.mixed = true;
    if (info.enemy) out.enemy = true;
    if (info.cue || info.caseCount) {
      // "530 armoured personnel carriers": vehicles named for what they carry.
      if (info.cue === 'personnel' && nextWordInfo(text, pos, lang)?.reject === 'equipment') {
        out.reject = 'equipment';
        out.headless = false;
        return out;
      }
      // "30,000 dead civilians": the people the loss word describes.
      if (info.cue === 'killed' || info.cue === 'wounded') {
        const next = nextWordInfo(text, pos, lang);
        if (next?.reject === 'civilians') {
          out.reject = 'civilians';
          out.headless = false;
          return out;
        }
      }
      // "273 POW executions", "300 prisoner deaths": the loss of the prisoners is what is counted.
      if (info.cue === 'captured') {
        const next = nextWordInfo(text, pos, lang);
        if (next?.cue === 'killed' || next?.cue === 'wounded' || next?.cue === 'casualties') {
          info = next;
          p = pos;
          while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
          lang.nounWord.lastIndex = p;
          pos = p + (lang.nounWord.exec(text)?.[0].length ?? 0);
        }
      }
      out.info = info;
      out.headless = false;
      out.headStart = p;
      out.end = pos;
      // "6,000 killed Ukrainian troops": a participle before the nation still leaves the nation the side; so do
      // "7,000 bodies of fallen Ukrainian soldiers" and "1,000 soldiers of the Russian army".
      if (!out.side) out.side = nextWordInfo(text, pos, lang, true)?.side ?? sideOfPhraseAfter(text, pos, lang);
      // "1 million Ukrainians and Russians": a second nation's people joined to the first count both armies.
      else if (!out.bothSides && (text.charCodeAt(pos + 1) === 97 || text.charCodeAt(pos + 1) === 111)) {
        lang.nounJoinAfter.lastIndex = pos;
        const joined = lang.nounJoinAfter.exec(text);
        const other = joined ? nextWordInfo(text, pos + joined[0].length - 1, lang)?.side : undefined;
        if (other && other !== out.side) out.bothSides = true;
      }
      return out;
    }
    // "at 80,000 and the number of wounded": a conjunction and a determiner open the next phrase; the number has no noun.
    if (n === 0 && (key === 'and' || key === 'or') && !unknown && sticky(lang.determinerAfter, text, pos)) return out;
    // "killed five and injured 48": a verb and its own number open the next phrase.
    if (n === 0 && (key === 'and' || key === 'or') && !unknown && sticky(lang.verbThenNumberAfter, text, pos)) return out;
    if (!info.modifier) {
      // "3,000 infantry fighting vehicles": a participle before a noun that counts something else.
      if (info.participle && nextWordInfo(text, pos, lang)?.reject) return otherNoun(out);
      return unknown ? otherNoun(out) : out; // a function word: "1,130 a day", "17,000 by"
    }
  }
  return unknown ? otherNoun(out) : out;
}
