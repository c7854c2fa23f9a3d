// Which time expression of a sentence is a number's, and the span it gives: the nearest in the number's own clause
// (resolve.ts turns each into dates).
import type { FoundPeriod, LangModule } from './lang/types';
import { clauseBreakIn, likenedAt, numberRightBefore, openBracketBetween, otherNumberClause, OWN_TIME_PENALTY, relativeClauseOfOther } from './clauses';
import type { Period } from './types';
import { hasDigit, listItem } from './spans';
import { anchorDate, FULL_SCALE_INVASION, resolvePeriod, type ResolveContext } from './resolve';

export { FULL_SCALE_INVASION };

/** What choosePeriod needs to know about the sentence and the text so far. */
export interface PeriodSource {
  text: string;
  lang: LangModule;
  periods: FoundPeriod[];
  published: string;
  /** The start of the sentence and the number, as offsets in the text. */
  sentenceStart: number;
  numberStart: number;
  numberEnd: number;
  cumulative: boolean;
  /** Whether the sentence's end is clipped to its anchor (a running total: "in 2025" read in Feb 2025). */
  clipToAnchor: boolean;
  /** A stock ("50,000 troops ... sent"), for which the date of a statement is the date it holds on. */
  stock?: boolean;
  /** Where words that open a comparison start in the sentence ("compared with"), and clauses about a part of a number. */
  breaks?: number[] | null;
  parts?: number[] | null;
  /** The number is what a plan or order is for: its months lie ahead of the anchor, and nothing is clipped to it. */
  ahead?: boolean;
  /** A toll, not a running total: a weekday or "yesterday" of its own clause may be its day. */
  dayOwn?: boolean;
  /** Where the sentence's reporting words start and end, in pairs. */
  reports?: number[] | null;
}

/**
 * A number between `from` and `to` whose clause `to` is still in: "2,300 cases, totaling 7,400 since ..." (not
 * "100,000 casualties, with over 20,000 killed, since December", where a comma closes the other number's clause; nor
 * "lost more than 66,000 troops and over 7,600 heavy weapons since ...", a list that shares its verb and its time).
 */
function partOfNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 46;
}

function otherNumberOwns(text: string, from: number, to: number, lang: LangModule, listed: boolean): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44) return false;
    if (c >= 48 && c <= 57) {
      let j = i;
      // Back to the other number's start, over its digits and separators.
      while (j > from && partOfNumber(text.charCodeAt(j - 1))) j--;
      const between = text.slice(from, j);
      // ", 10,446 wounded, and 711 captured since Aug. 8": a list's item before its last ends in ", and" too.
      return !lang.listAndBetween.test(between) && !(listed && lang.listCommaAndBetween.test(between));
    }
  }
  return false;
}

/** A comma or semicolon between two offsets: a cheap look before the clause-break regex. */
function punctuated(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return true;
  }
  return false;
}

function union(a: Period, b: Period): Period {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/** Resolves once per time expression: its sentence fixes the anchor, so the answer never changes. */
function resolved(p: FoundPeriod, src: PeriodSource, anchor: string): Period | null {
  if (src.ahead) {
    if (p.resolvedAhead === undefined) p.resolvedAhead = resolvePeriod(p.expr, { ...resolveContext(src, anchor, true), deadline: untilAt(src.text, src.lang, p) });
    return p.resolvedAhead;
  }
  if (p.resolved === undefined) p.resolved = resolvePeriod(p.expr, resolveContext(src, anchor, false));
  return p.resolved;
}

const COUNTED_MONTHS = /\b(?:in|within|over)\s+(?:just\s+|only\s+)?[\w-]+\s+months$/i;

/**
 * "in 2025, the number of AWOL cases increased to 161,000 in ten months": months counted in a year named before them
 * are that year's first ones, not the months back from the publication date.
 */
function monthsOfYear(text: string, list: FoundPeriod[], best: number, anchor: string): Period | null {
  const e = list[best]!.expr;
  if (e.kind !== 'back' || e.ahead || e.days !== 0 || e.months < 1 || e.months > 11) return null;
  // A count of months, not months back from now ("in the last three months").
  if (!COUNTED_MONTHS.test(text.slice(Math.max(0, list[best]!.start - 16), list[best]!.end))) return null;
  for (let i = best - 1; i >= 0; i--) {
    const y = list[i]!.expr;
    if (y.kind !== 'year') continue;
    // Only a year whose months so far the span fits in: this year, or a past one.
    if (y.year > Number(anchor.slice(0, 4))) return null;
    const p = resolvePeriod({ kind: 'months', year: y.year, from: 1, to: e.months }, { anchor });
    return p && p.end <= anchor ? p : null;
  }
  return null;
}

function resolveContext(src: PeriodSource, anchor: string, ahead: boolean): ResolveContext {
  return { anchor, yearBefore: { text: src.text, lang: src.lang, pos: src.sentenceStart }, published: src.published, ahead };
}

function joined(src: PeriodSource, from: number, to: number): boolean {
  if (from > to) return false;
  src.lang.periodJoin.lastIndex = 0;
  return src.lang.periodJoin.test(src.text.slice(from, to));
}

/** How far before a date its "as of" may start. */
const AS_OF_REACH = 8;

/** "as of January", "by June 21": the time at `at` ends a running total. */
export function untilAt(text: string, lang: LangModule, p: FoundPeriod): boolean {
  if (p.until === undefined) {
    lang.untilBefore.lastIndex = p.start;
    p.until = lang.untilBefore.test(text);
  }
  return p.until;
}

/** How far before a time expression the "since" of a since-clause may stand (five words and "in"). */
const SINCE_CLAUSE_REACH = 90;

/** "Since the conflict escalated in 2022": the time at `at` says when a since began. */
/** Between a year and the number: one noun and "of" ("2022 call-up of 300,000"). */
const OWN_NOUN_YEAR = /^\s+[A-Za-z-]+\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?$/;

function sinceClauseAt(src: PeriodSource, at: number): boolean {
  // The lookbehind only where "since" stands in the stretch it can reach.
  const lead = src.text.slice(Math.max(src.sentenceStart, at - SINCE_CLAUSE_REACH), at);
  if (!src.lang.sinceClauseHints.some((h) => lead.includes(h))) return false;
  src.lang.sinceClauseBefore.lastIndex = at;
  return src.lang.sinceClauseBefore.test(src.text);
}

/** Whether a since-phrase is the number's own: not past a break after it, nor another number's before it. */
function sinceOfNumber(src: PeriodSource, p: FoundPeriod): boolean {
  return p.start >= src.numberEnd
    ? !clauseBreakIn(src.text, src.numberEnd, p.start, src.breaks, src.parts) && !otherNumberOwns(src.text, src.numberEnd, p.start, src.lang, listItem(src.text, src.sentenceStart, src.numberStart))
    : !hasDigit(src.text, p.end, src.numberStart);
}

/**
 * "since May, ... calling up to 30 thousand people per month": the sentence has a since-phrase of the number's own,
 * before it in its clause or right after it ("92 casualties per day since beginning combat"). Stricter than the
 * ownership a running total uses: read that loosely, a rate took the since-phrase of a total named after it.
 */
export function ownSince(src: PeriodSource): boolean {
  return src.periods.some(
    (p) =>
      p.since &&
      p.expr.kind !== 'eventStart' &&
      (p.end <= src.numberStart ? !hasDigit(src.text, p.end, src.numberStart) && !/[:;]/.test(src.text.slice(p.end, src.numberStart)) : !/[,;:()]/.test(src.text.slice(src.numberEnd, p.start))),
  );
}

/**
 * The period a number speaks of: the nearest time expression in its sentence
 * (those after the number weigh a little more), joined with its neighbours;
 * for a since-when total, from the expression's start to the latest date the
 * sentence reached before the number, or to the sentence's anchor.
 */
export function choosePeriod(src: PeriodSource): Period | null {
  let anchor = src.published;
  let best = -1;
  let bestD = Infinity;
  const list = src.periods;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const a = anchorDate(p.expr, src.published);
    if (a) {
      anchor = a;
      if (!(src.dayOwn && !src.ahead && ownDay(src, i))) continue;
    }
    // "KYIV, March 3 (Reuters) - ... in the past day", "said on May 3 that ...": the day of a statement is what its
    // relative times count back from.
    // So is the day a running total is given "as of" ("700,000 as of Nov. 4, an increase of 100,000 in just 77 days").
    if (p.expr.kind === 'date' && (p.statement || src.lang.asOfBefore.test(src.text.slice(Math.max(0, p.start - AS_OF_REACH), p.start)))) {
      const day = resolvePeriod(p.expr, { anchor: src.published });
      if (day) anchor = day.end;
    }
    if (p.since || (p.statement && !src.stock) || p.expr.kind === 'anaphor') continue;
    // "a new maximum ... was reached - 2030 people": the number is no year of its own.
    if (p.start < src.numberEnd && p.end > src.numberStart) continue;
    if ((p.likened ??= likenedAt(src.text, p.start, p.end, src.lang))) continue;
    // "On January 19, 2026, ... 1,130 ... in just 24 hours": the day the sentence names.
    if (p.expr.kind === 'back' && p.expr.loose && list.some((q) => q.expr.kind === 'date' || q.expr.kind === 'weekday' || q.expr.kind === 'day')) continue;
    // "Since the conflict escalated in 2022, Russia has ... 623,000 soldiers": the year says when the "since" began.
    // Not "since the limited 2022 call-up of 300,000 men": a year before the noun the number hangs from is its own.
    if (!src.cumulative && (p.inSinceClause ??= sinceClauseAt(src, p.start)) && !OWN_NOUN_YEAR.test(src.text.slice(p.end, src.numberStart))) continue;
    const d = p.start >= src.numberEnd ? p.start - src.numberEnd : p.end <= src.numberStart ? (src.numberStart - p.end) * 1.5 : 0;
    // "In 2023, hundreds a month; by 2025, thousands": a semicolon closes the clause the date belongs to.
    if (d > 0) {
      const broken =
        p.start >= src.numberEnd
          ? clauseBreakIn(src.text, src.numberEnd, p.start, src.breaks, src.parts)
          : clauseBreakIn(src.text, p.end, src.numberStart, src.breaks);
      if (broken) continue;
      // "almost 1 million troops, ... after Russian forces suffered another 1,000 casualties in the past 24 hours": a
      // time after another number, past a word that opens that number's own clause, is that number's.
      if (p.start >= src.numberEnd && otherNumberClause(src.text, src.numberEnd, p.start, src.lang)) continue;
      // "500,000 troops stationed in Ukraine, which includes Crimea, which it annexed in 2014": a time in a relative
      // clause after the number dates what that clause tells, unless the clause is about the number's own noun
      // ("1,950 casualties, which Russia suffered on Nov 12").
      if (p.start >= src.numberEnd && relativeClauseOfOther(src.text.slice(src.numberEnd, p.start), src.lang)) continue;
      // "390 have been exchanged and that the exchange is expected to continue on May 24": a second reported clause.
      if (p.start >= src.numberEnd && src.lang.secondReport.test(src.text.slice(src.numberEnd, p.start))) continue;
      // "in 13 cases (including cases opened before January 1, 2025)": a time in brackets the number is not in.
      // Before the number a bracket clarifies its time ("last month (June), losses amounted to 32,000").
      if (p.start >= src.numberEnd && openBracketBetween(src.text, src.numberEnd, p.start)) continue;
      // "has grown from 100,000 to 520,000 ..., and by the end of 2024, its number should reach 690,000": ", and"
      // opens another clause.
      if (p.start >= src.numberEnd && punctuated(src.text, src.numberEnd, p.start) && src.lang.clauseBreak.test(src.text.slice(src.numberEnd, p.start))) continue;
    }
    // "6,988 cases in 2022 and 18,628 cases in 2023": a time right after another number, before this one, is that
    // number's when this one has a time of its own after it; alone, it is shared ("1,300 over the past day: up to 220").
    const othersTime = d > 0 && p.end <= src.numberStart && numberRightBefore(src.text, p.start, src.sentenceStart);
    // "enlarged from 8,000 last April to nearly 40,000 now": a stock is counted at one moment; another number's time is not it.
    if (othersTime && src.stock) continue;
    let d2 = othersTime ? d * OWN_TIME_PENALTY : d;
    // "..., while 110,511 such cases have been registered in the first seven months of 2025": a time before ", while"
    // or ", and" is the earlier clause's, unless this number has no other.
    if (d > 0 && p.end <= src.numberStart && punctuated(src.text, p.end, src.numberStart) && src.lang.clauseBreak.test(src.text.slice(p.end, src.numberStart))) {
      d2 *= OWN_TIME_PENALTY;
    }
    // "data for the first quarter, a total of 127,500 ... in the first six months of 2025": a quarter without its year
    // gives way to a span the sentence dates in full.
    // So does a season without its year to the dates it names: "the autumn draft, set to begin October 1 and run
    // through the end of the year".
    if (
      (p.expr.kind === 'quarter' && p.expr.latest && list.some((q) => q !== p && isDated(q) && (q.expr.kind === 'months' || q.expr.kind === 'year') && q.expr.year !== undefined)) ||
      (p.expr.kind === 'season' && p.expr.year === undefined && list.some((q) => q.expr.kind === 'date' && isDated(q)))
    ) {
      d2 *= OWN_TIME_PENALTY;
    }
    if (d2 < bestD) {
      bestD = d2;
      best = i;
    }
  }

  if (src.cumulative) {
    let start: string | null = null;
    let startD = Infinity;
    let end: string | null = null;
    let spanEnd: string | null = null;
    let undated = false;
    for (const p of list) {
      // "As of yesterday, 486,000 people have joined the army": the day the total is given for ends it.
      if ((p.expr.kind === 'weekday' || p.expr.kind === 'day') && untilAt(src.text, src.lang, p)) {
        const day = anchorDate(p.expr, src.published);
        if (day && (!end || day > end)) end = day;
        continue;
      }
      if (p.expr.kind === 'weekday' || p.expr.kind === 'day' || p.expr.kind === 'anaphor') continue;
      // "so far in 2023" (read as a dated span, for rates) starts a running total as a since-phrase does.
      // (And "so far in April", read as a dated span from the month's start, as "so far in 2023" is.)
      if (p.since || (p.expr.kind === 'warStart' && ((p.expr.year !== undefined && p.expr.month === undefined) || (p.expr.month !== undefined && p.expr.year === undefined)))) {
        // "..., over half of which occurred since January 2024": a part's start, past a break, is not the total's; nor is
        // another number's ("2,300 cases, totaling 7,400 since the invasion").
        if (!sinceOfNumber(src, p)) continue;
        const r = resolved(p, src, anchor);
        // The since-phrase nearest the number starts its total.
        const d = p.start >= src.numberEnd ? p.start - src.numberEnd : (src.numberStart - p.end) * 1.5;
        // A start the sentence does not date ("since the counteroffensive began"): placed only by a dated one.
        if (p.expr.kind === 'eventStart') {
          undated = true;
          continue;
        }
        if (d < startD) {
          start = r?.start ?? FULL_SCALE_INVASION;
          // "Since 2022, Russia has suffered more than 700,000 casualties": the invasion's year, from the invasion.
          const invasionYear = start.startsWith(FULL_SCALE_INVASION.slice(0, 4));
          if (p.expr.kind === 'warStart' && p.expr.yearAlone && invasionYear && start < FULL_SCALE_INVASION) start = FULL_SCALE_INVASION;
          startD = d;
        }
        // "A year after Russia invaded Ukraine, 200,000 soldiers are dead": up to that mark.
        if (p.expr.kind === 'warStart' && p.expr.spanMonths !== undefined && r) spanEnd = r.end;
        continue;
      }
      // A dated statement ends the total wherever it stands ("... 50,000 have died, it reported in April"), and so
      // does "as of" or "by" ("6,000 ... killed throughout the war as of January").
      if (p.end > src.numberStart && !p.statement && !(untilAt(src.text, src.lang, p) && !hasDigit(src.text, src.numberEnd, p.start))) continue;
      // "Zelensky said 30,000 had died; in late April, the British government estimated ...": another clause's statement.
      if (p.start >= src.numberEnd && clauseBreakIn(src.text, src.numberEnd, p.start, src.breaks, src.parts)) continue;
      // "Russia lost 1,400 tanks last year and has seen 800,000 soldiers killed or wounded since ...": another number's time.
      if (p.end <= src.numberStart && !p.statement && numberRightBefore(src.text, p.start, src.sentenceStart)) continue;
      const r = resolved(p, src, anchor);
      if (r && (!end || r.end > end)) end = r.end;
    }
    if (!end || end > anchor) end = anchor;
    if (spanEnd && spanEnd < end) end = spanEnd;
    if (start === null && undated) return null;
    start ??= FULL_SCALE_INVASION;
    // A total since a start after the publication date cannot be placed.
    return start <= end ? { start, end } : null;
  }

  if (best < 0) return null;
  const day = anchorDate(list[best]!.expr, src.published);
  // "77,170 by Tuesday", "(as of Thursday)": a running total up to that day.
  if (day) return untilAt(src.text, src.lang, list[best]!) && day >= FULL_SCALE_INVASION ? { start: FULL_SCALE_INVASION, end: day } : { start: day, end: day };
  const next = best + 1 < list.length && isDated(list[best + 1]!) && joined(src, list[best]!.end, list[best + 1]!.start) ? list[best + 1]! : null;
  let period = (next && yearOfNext(list[best]!, next, src, anchor)) ?? monthsOfYear(src.text, list, best, anchor) ?? yearOfEarlier(list, best, anchor) ?? resolved(list[best]!, src, anchor);
  if (!period) return null;
  // "the last quarter of 2024 and in January 2025": one span.
  for (let i = best - 1; i >= 0 && isDated(list[i]!) && joined(src, list[i]!.end, list[i + 1]!.start); i--) {
    const r = yearOfNext(list[i]!, list[i + 1]!, src, anchor) ?? resolved(list[i]!, src, anchor);
    if (r) period = union(period, r);
  }
  for (let i = best + 1; i < list.length && isDated(list[i]!) && joined(src, list[i - 1]!.end, list[i]!.start); i++) {
    const r = resolved(list[i]!, src, anchor);
    if (r) period = union(period, r);
  }
  const chosen = list[best]!.expr;
  const ahead = (chosen.kind === 'back' && chosen.ahead === true) || src.ahead === true;
  if (src.clipToAnchor && !ahead && period.start <= anchor && period.end > anchor) period = { start: period.start, end: anchor };
  return period.start <= period.end ? period : null;
}

/**
 * "Russia lost 3,000 soldiers on Monday", "On Saturday, 307 prisoners were exchanged", "killed yesterday": a weekday
 * or "yesterday" that dates no statement is the day of the toll when it follows the number in its clause, or opens
 * the sentence, with no reporting word between ("..., the ministry said on Tuesday" dates the statement; "today" is
 * mostly "now", and "today, June 1" or "Thursday, Feb. 8" yield to the date).
 */
function ownDay(src: PeriodSource, i: number): boolean {
  const p = src.periods[i]!;
  if (p.statement || p.since || (p.expr.kind === 'day' && p.expr.offset === 0)) return false;
  const next = src.periods[i + 1];
  if (next && isDated(next) && next.start - p.end <= 3) return false;
  const after = p.start >= src.numberEnd;
  const from = after ? src.numberEnd : p.end;
  const to = after ? p.start : src.numberStart;
  // Before the number: at the sentence's start, or right before its verb ("The Ukrainian armed forces yesterday killed 1,060").
  if (after ? punctuated(src.text, from, to) : !src.lang.sentenceOpening.test(src.text.slice(src.sentenceStart, p.start)) && !src.lang.dayVerbBetween.test(src.text.slice(from, to))) return false;
  const r = src.reports;
  // "On Friday, each side released 270 soldiers": "released" right before the number frees them; it reports nothing.
  if (r) for (let k = 0; k < r.length; k += 2) if (r[k]! >= from && r[k + 1]! <= to && !(src.text.startsWith(src.lang.releaseBefore, r[k]!) && src.numberStart - r[k + 1]! <= 1)) return false;
  return true;
}

/**
 * "From January to September 2023": a month without a year, joined to a later one, is in that one's year (or the
 * year before, for "from November to February 2024"), not the one the publication date implies: "from October to
 * December", read in October, is the last October to December, not this October to last December.
 */
function yearOfNext(p: FoundPeriod, next: FoundPeriod, src: PeriodSource, anchor: string): Period | null {
  const e = p.expr;
  const n = next.expr;
  if ((e.kind !== 'month' && e.kind !== 'date') || e.year !== undefined) return null;
  if (n.kind !== 'month' && n.kind !== 'date') return null;
  const ny = n.year ?? Number(resolved(next, src, anchor)?.start.slice(0, 4));
  if (!ny) return null;
  return resolvePeriod({ ...e, year: e.month <= n.month ? ny : ny - 1 }, { anchor });
}

/** "As of yesterday", "by Tuesday": the day a running total is given for, if the sentence names one. */
export function asOfDay(periods: FoundPeriod[], text: string, lang: LangModule, published: string): string | null {
  for (const p of periods) if ((p.expr.kind === 'day' || p.expr.kind === 'weekday') && untilAt(text, lang, p)) return anchorDate(p.expr, published);
  return null;
}

/**
 * "the partial mobilization ordered in September 2022, which ended in November": a month without a year after a
 * month of a named year, later in that year, is in that year too.
 */
function yearOfEarlier(list: FoundPeriod[], best: number, anchor: string): Period | null {
  const e = list[best]!.expr;
  if (e.kind !== 'month' || e.year !== undefined || e.yearOffset !== undefined || e.thatYear || e.lastOne) return null;
  for (let i = best - 1; i >= 0; i--) {
    const p = list[i]!.expr;
    if ((p.kind === 'month' || p.kind === 'date') && p.year !== undefined) {
      return p.month < e.month && p.year < Number(anchor.slice(0, 4)) ? resolvePeriod({ ...e, year: p.year }, { anchor }) : null;
    }
  }
  return null;
}

/** A time expression that names a span of the calendar (not a since-phrase, a statement's date, a weekday anchor or "the same period"). */
export function isDated(p: FoundPeriod): boolean {
  return !p.since && !p.statement && p.expr.kind !== 'weekday' && p.expr.kind !== 'day' && p.expr.kind !== 'anaphor';
}

