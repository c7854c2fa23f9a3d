import type { LangModule } from './lang/types';
import { CHAR_CLASS, LOWER } from './words';
import type { NumberToken } from './numbers';
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
    if (sticky(lang.labelBefore, text, at) && !(text.charCodeAt(at - 2) === 46 && lang.labelStopBefore.test(text.slice(Math.max(0, at - 14), at)))) return 'label';
    // "In the last 24, 1,030 soldiers were killed": hours, the word dropped.
    if ((tok.high === 24 || tok.high === 48 || tok.high === 72) && text.charCodeAt(tok.end) === 44 && sticky(lang.pastSpanBefore, text, at)) return 'duration';
    // "The “Contract 18-24” program": a number that closes a quoted name.
    if ((next === 0x201d || next === 34 || next === 0x2019 || next === 39) && sticky(QUOTED_NAME_BEFORE, text, at)) return 'name';
    if (prev === 32 && text.charCodeAt(at - 2) === 116 && sticky(CONTRACT_NAME_BEFORE, text, at)) return 'name';
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
  // "she'd referred to 48,000 applications, not 48,000 missing soldiers": a count the sentence denies.
  if (prev === 32 && text.charCodeAt(at - 2) === 116 && sticky(lang.deniedBefore, text, at)) return 'denied';
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
