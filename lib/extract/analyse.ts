import { normKey } from './lang/normalize';
import type { Cue, FoundPeriod, LangModule, RateInfo } from './lang/types';
import type { Bounds } from './sentences';
import { firstSentence, ownSentence } from './claimant';
import { sticky } from './reject';
import { isDateline, isStatementDate } from './statement';
import type { Hit } from './context';
import type { Side } from './types';
import { CUE, RATE, SIDE, PERIOD, CLAIM, REPORT, COMPARE, PAIRED, PART, DIGITS_KEY, YEAR_KEY, WORD, hashStep, HASH_SEED, firstWords, sameWord, ruledOutByNext } from './words';

// What a sentence mentions (cue words, rates, nations, time expressions, claimants), read in one pass over its words.

export interface Found {
  cues: Hit<Cue>[];
  rates: Hit<RateInfo>[];
  sides: Hit<Side>[];
  periods: FoundPeriod[];
  claims: Hit<string>[];
  /** Where words that open a comparison start ("compared with"); null when there are none, as in most sentences. */
  breaks: number[] | null;
  /** Where a clause about a part of a number opens (", over half of which"); null when there are none. */
  parts: number[] | null;
  /** The start and end of each reporting word ("said", "told"), or null when there are none. */
  reports: number[] | null;
  /** The sentence pairs two lists with "respectively". */
  respectively: boolean;
}

function push<T>(list: Hit<T>[], at: number, len: number, value: T | undefined): void {
  if (value !== undefined) list.push({ start: at, end: at + len, value });
}

/** Digits that may be a day of the month ("2 June", "2nd June", "23-25 May"): one or two, then a space, a letter or a dash. */
function dayLike(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const c = text.charCodeAt(end);
  return c === 32 || c === 0xa0 || (c >= 97 && c <= 122) || c === 45 || c === 0x2013;
}

/** Whether the word at `at` (after a hyphen) names a nation: "Russia-Ukraine". */
function sideAfterHyphen(text: string, at: number, lang: LangModule): boolean {
  let end = at;
  while (WORD[text.charCodeAt(end)]! > 1) end++;
  return end > at && lang.sides.has(text.slice(at, end).toLowerCase());
}

/** How far before a time expression the ranking word of its phrase may stand ("its third Independence Day since"). */
const RANKING_REACH = 60;

/**
 * "its third Independence Day since Moscow's full-scale invasion", "the first such exchange in five months", "the largest
 * prisoner exchange since the start of the invasion": a time that ranks an event counts nothing, and is dropped with
 * the running-total word it starts with.
 */
function dropRankingTimes(text: string, b: Bounds, lang: LangModule, out: Found): void {
  const re = lang.rankingBefore;
  for (let i = out.periods.length - 1; i >= 0; i--) {
    const p = out.periods[i]!;
    // Only spans back from now: a date ("for the first time on November 28") still dates its number.
    if (!(p.since || p.expr.kind === 'back')) continue;
    if (!re.test(text.slice(Math.max(b.start, p.start - RANKING_REACH), p.start))) continue;
    out.periods.splice(i, 1);
    out.rates = out.rates.filter((r) => r.start !== p.start);
  }
}

/**
 * One pass over the words of [b.start, b.end): each word's hash picks the
 * phrase families that may start there (a hash collision only costs a
 * regex run), and only those families' sticky regexes run at it. No word is
 * sliced or lower-cased on the way.
 */
export function analyse(text: string, b: Bounds, lang: LangModule, cuesOnly = false): Found {
  const out: Found = { cues: [], rates: [], sides: [], periods: [], claims: [], breaks: null, parts: null, reports: null, respectively: false };
  const table = firstWords(lang);
  const { cuePhrases, sidePhrases, claimPhrases } = lang;
  let cueFree = b.start;
  let rateFree = b.start;
  let sideFree = b.start;
  let periodFree = b.start;
  const n = b.end;
  let at = b.start;
  while (at < n) {
    let w = WORD[text.charCodeAt(at)]!;
    if (w === 0) {
      at++;
      continue;
    }
    const start = at;
    let key: number;
    if (w === 1) {
      do at++;
      while (at < n && WORD[text.charCodeAt(at)] === 1);
      key = at - start === 4 ? YEAR_KEY : DIGITS_KEY;
    } else {
      let h = HASH_SEED;
      do {
        h = hashStep(h, w);
        at++;
      } while (at < n && (w = WORD[text.charCodeAt(at)]!) > 1);
      key = h;
    }
    const e = table.get(key);
    if (!e) continue;
    const bits = e.bits;
    {
      if (e.word !== undefined && sameWord(text, start, at, e.word)) {
        if (e.cue !== undefined && start >= cueFree && !notItsCue(e.cue, text, start, lang)) out.cues.push({ start, end: at, value: e.cue });
        // "RBC-Ukraine" names an outlet, not a side; "the Russia-Ukraine war" names the war.
        if (e.side !== undefined && !cuesOnly && start >= sideFree && text.charCodeAt(start - 1) !== 45 && !(text.charCodeAt(at) === 45 && sideAfterHyphen(text, at + 1, lang))) {
          out.sides.push({ start, end: at, value: e.side });
        }
      }
    }
    if (!bits) continue;
    if (bits & REPORT) (out.reports ??= []).push(start, at);
    if (bits & COMPARE) (out.breaks ??= []).push(start);
    if (bits & PAIRED) out.respectively = true;
    if (bits & PART && text.startsWith(lang.partOfHint, start - lang.partOfHint.length)) {
      lang.partOfBefore.lastIndex = start;
      if (lang.partOfBefore.test(text)) (out.parts ??= []).push(start);
    }
    let m: RegExpExecArray | null;
    if (bits & CUE && start >= cueFree && !ruledOutByNext(text, at, e.cueNext)) {
      const re = e.cueRe ?? cuePhrases.re;
      re.lastIndex = start;
      if ((m = re.exec(text))) {
        const cue = lang.cues.get(m[0]) ?? lang.cues.get(normKey(m[0]));
        if (m[0].length !== at - start ? !notItsPhrase(cue, text, start, start + m[0].length, lang) : !notItsCue(cue, text, start, lang)) push(out.cues, start, m[0].length, cue);
        cueFree = start + m[0].length;
      }
    }
    if (cuesOnly) continue;
    if (bits & RATE && start >= rateFree) {
      for (const r of e.rates!) {
        if (r.only !== undefined && !sameWord(text, start, at, r.only)) continue;
        r.re.lastIndex = start;
        if (r.re.test(text)) {
          out.rates.push({ start, end: r.re.lastIndex, value: r.info });
          rateFree = r.re.lastIndex;
          break;
        }
      }
    }
    if (bits & SIDE && start >= sideFree) {
      const re = e.sideRe ?? sidePhrases.re;
      re.lastIndex = start;
      if ((m = re.exec(text))) {
        push(out.sides, start, m[0].length, lang.sides.get(m[0]) ?? lang.sides.get(normKey(m[0])));
        sideFree = start + m[0].length;
      }
    }
    // A run of digits starts a period only as a day ("2 June", "2nd June"): one or two digits, then a space or a suffix.
    if (bits & PERIOD && start >= periodFree && (key !== DIGITS_KEY || dayLike(text, start, at))) {
      for (const re of e.periods!) {
        re.lastIndex = start;
        if (!(m = re.exec(text))) continue;
        const p = lang.periodOf(m);
        if (p) {
          const end = start + m[0].length;
          out.periods.push({ start, end, expr: p.expr, since: p.since, statement: false, resolved: undefined, likened: undefined, inSinceClause: undefined, until: undefined });
          periodFree = start + m[0].length;
          break;
        }
      }
    }
    if (bits & CLAIM) {
      claimPhrases.re.lastIndex = start;
      if ((m = claimPhrases.re.exec(text))) {
        const name = m[1] !== undefined ? ownSentence(m[1].trim()) : firstSentence((m[2] ?? m[3] ?? '').trim());
        if (name) out.claims.push({ start, end: start + m[0].length, value: name });
      }
    }
  }
  if (out.periods.length > 0) dropRankingTimes(text, b, lang, out);
  // "Data from the General Staff in May showed 30,000 casualties that month": the anaphor makes May the figure's too.
  const reports = out.reports;
  const anaphor = out.periods.some((p) => p.expr.kind === 'anaphor');
  for (const p of out.periods) {
    if (p.since || p.expr.kind === 'back' || anaphor) continue;
    // "By the end of the year, preliminary figures put deaths at about 300,000": a total as of then, however said.
    if (reports && sticky(lang.untilBefore, text, p.start)) continue;
    if ((reports && isStatementDate(text, b.start, p.start, p.end, lang, reports)) || isDateline(text, b.start, p.start, p.end, lang)) {
      p.statement = true;
    }
  }
  return out;
}

function inOfficeName(text: string, start: number, lang: LangModule): boolean {
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90 && sticky(lang.officeNameBefore, text, start);
}

/**
 * A cue word that says something else where it stands: "4,500 former prisoners ... who have been killed" (convicts
 * recruited to fight, no captives), "a U.S.-Russia-drafted peace plan" (written, nobody called up), "signed a decree".
 */
function notItsCue(cue: Cue | undefined, text: string, start: number, lang: LangModule): boolean {
  // "Secretary of the Coordination Headquarters for the Treatment of Prisoners of War": part of an office's name.
  if (cue === 'captured' && inOfficeName(text, start, lang)) return true;
  if (cue === 'mobilized') return text.charCodeAt(start - 1) === 45;
  // "On the road where Cervantes lives": the verb, not lives lost.
  if (cue === 'killed' && sticky(lang.livesVerbAt, text, start)) return true;
  // "Putin signed a decree to convene 135,000 men": a decree signed, no contract.
  if (cue === 'recruited') return sticky(lang.signedDocumentAt, text, start);
  return cue === 'captured' && (sticky(lang.formerBefore, text, start) || sticky(lang.surrenderRequestAt, text, start));
}

/** Like notItsCue, for a phrase of more than one word. */
function notItsPhrase(cue: Cue | undefined, text: string, start: number, end: number, lang: LangModule): boolean {
  if (cue === 'captured') return inOfficeName(text, start, lang);
  // "losses have crossed 300,000": a count passing a mark, not people crossing a border.
  return cue === 'population' && text.startsWith(lang.crossedWord, end - lang.crossedWord.length) && sticky(lang.markCrossedAt, text, end);
}
