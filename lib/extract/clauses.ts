import type { LangModule } from './lang/types';
import { sticky } from './reject';

// Where a clause ends between a number and a time expression: a semicolon, a comparison, another number's own
// clause, a relative clause or a bracket; and times that belong to no figure (a likeness, a since-clause's start).
// Which number a time belongs to is read from these (period.ts); so is which of two numbers a word after both
// belongs to (classify.ts).

/**
 * A semicolon, or a comparison that opens another clause ("422,704 ..., compared with 450,000 in 2024"), between two
 * offsets; or, after a number, a clause about a part of it (`parts`: "..., over half of which occurred since 2024").
 */
export function clauseBreakIn(text: string, from: number, to: number, breaks: number[] | null | undefined, parts?: number[] | null): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 59) return true;
  if (breaks) for (const b of breaks) if (b >= from && b < to) return true;
  if (parts) for (const b of parts) if (b >= from && b < to) return true;
  return false;
}

/** How far before a time another number may stand for the time to be that number's ("6,988 cases in 2022"). */
const OWN_TIME_REACH = 30;
/** How much further such a time counts as standing. */
export const OWN_TIME_PENALTY = 4;

export function numberRightBefore(text: string, at: number, sentenceStart: number): boolean {
  for (let i = at - 1; i >= Math.max(sentenceStart, at - OWN_TIME_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    // Past a clause's punctuation the number is another clause's.
    if (c === 44 || c === 59 || c === 58 || c === 40) return false;
  }
  return false;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A number between `from` and `to`, after a word that opens its own clause ("..., after 1,000 more were lost ..."). */
export function otherNumberClause(text: string, from: number, to: number, lang: LangModule): boolean {
  let digit = -1;
  for (let i = from; i < to && digit < 0; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = i;
  }
  if (digit < 0 || !lang.clauseOpener.test(text.slice(from, digit))) return false;
  // "1.2 million casualties, including up to 325,000 troop deaths, between the start of the invasion and ...": a comma
  // after the other number closes its clause, and the time is the sentence's again.
  let i = digit;
  // Past the number itself, thousands separators and ranges ("106,000-140,000") and all.
  while (i < to) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if ((c >= 48 && c <= 57) || ((c === 44 || c === 46 || c === 45 || c === 0x2013) && d >= 48 && d <= 57)) i++;
    else break;
  }
  // A thousands separator ("and 134,500 in 2022") closes nothing.
  for (; i < to; i++) if (text.charCodeAt(i) === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return false;
  return true;
}

/** Whether the time at `at` is one a figure is only likened to ("consistent with late 2024"). */
/** How far before a time the "than" of a comparison may stand ("less than in the "). */
const COMPARED_REACH = 20;

export function likenedAt(text: string, at: number, end: number, lang: LangModule): boolean {
  lang.likenessBefore.lastIndex = at;
  if (lang.likenessBefore.test(text)) return true;
  // "less than in the second quarter"; not "lower than in 2024, when about 450,000 people signed contracts", the time
  // the clause after it describes.
  return text.slice(Math.max(0, at - COMPARED_REACH), at).includes(lang.thanWord) && sticky(lang.comparedTimeBefore, text, at) && !sticky(lang.whenClauseAfter, text, end);
}

/** The words before a clause's comma or bracket: the number's noun and a word or two, or more (another noun's clause). */
const OWN_NOUN_WORDS = 3;

/** A bracket opened between the number and the time, with words of its own before the time ("(including ... before"). */
export function openBracketBetween(text: string, from: number, to: number): boolean {
  let open = -1;
  for (let i = to - 1; i >= from && open < 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) return false;
    if (c === 40) open = i;
  }
  return open >= 0 && text.slice(open + 1, to).trim().split(/\s+/).length >= OWN_NOUN_WORDS;
}

/** "500,000 troops stationed in Ukraine, which includes Crimea, which it annexed in 2014": a relative clause on another noun. */
export function relativeClauseOfOther(between: string, lang: LangModule): boolean {
  const m = lang.relativeClause.exec(between);
  if (!m) return false;
  const words = between.slice(0, m.index).trim().split(/\s+/).length;
  return words >= OWN_NOUN_WORDS;
}

/**
 * A cue at `at` right after another number that "with" sets apart from ours ("over 7,000 – with up to 14,000
 * wounded"): that number's word. Not in a list ("390 and 307 prisoners") or a span ("from 120,000 to 45,000 deaths").
 */
export function nounOfNumberBefore(text: string, from: number, at: number, lang: LangModule): boolean {
  let i = at - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  const c = text.charCodeAt(i);
  return i >= from && c >= 48 && c <= 57 && lang.withOtherNumber.test(text.slice(from, i + 1));
}

/** How far before a word the word opening a part list ("including") may stand: three short words and their joins. */
const PART_LIST_REACH = 50;

/** The word at `at` is in a list of parts ("including wounded and missing"); the cheap look for the hint first. */
export function inPartList(text: string, at: number, lang: LangModule): boolean {
  if (!text.slice(Math.max(0, at - PART_LIST_REACH), at).includes(lang.includedPartHint)) return false;
  lang.includedPartBefore.lastIndex = at;
  return lang.includedPartBefore.test(text);
}
