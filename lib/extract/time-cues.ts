import type { FoundPeriod, LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import type { Sentence } from './context';
import { likenedAt, otherNumberClause } from './clauses';
import { sticky } from './reject';
import { isDated, untilAt } from './period';
import { FULL_SCALE_INVASION } from './resolve';
import { yearEarlier } from './calendar';
import { hasDigit } from './spans';
import type { Figure, Period, Rate } from './types';

// What the words around a number say about its time: a since-phrase before it, a date that is its own, a series or
// a from-to pair it continues, a running total's end.

/** "Since the full-scale invasion, Russia has lost 1,050,000": a since-phrase before the number, nothing numeric between. */
export function sinceBefore(text: string, tok: NumberToken, periods: FoundPeriod[], lang: LangModule, sentenceStart: number): boolean {
  for (const p of periods) {
    if (!p.since || p.end > tok.start) continue;
    // "the heaviest losses since the start of the war": a comparison, not where a total starts.
    lang.comparisonBefore.lastIndex = p.start;
    if (lang.comparisonBefore.test(text)) continue;
    lang.heldSinceBefore.lastIndex = p.start;
    if (lang.heldSinceBefore.test(text)) continue;
    let digits = false;
    for (let i = p.end; i < tok.start && !digits; i++) {
      const c = text.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    if (digits) continue;
    // "7,000 have been repatriated since the invasion, and the ministry counts 2,500 still held": the "since" closes
    // the clause of the number before it.
    if (lang.clauseBreak.test(text.slice(p.end, tok.start)) && digitBefore(text, p.start, sentenceStart)) continue;
    return true;
  }
  return false;
}

function digitBefore(text: string, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function hasAnaphor(periods: FoundPeriod[]): boolean {
  for (const p of periods) if (p.expr.kind === 'anaphor') return true;
  return false;
}

/** Whether the sentence dates this number: a dated period that is not another number's, in that number's own clause. */
export function datedPeriodIn(periods: FoundPeriod[], text: string, tok: NumberToken, lang: LangModule): boolean {
  // Not the war's own start ("the war in Ukraine that began in February 2022"): it dates no count.
  for (const p of periods) if (isDated(p) && !(p.start >= tok.end && otherNumberClause(text, tok.end, p.start, lang)) && !(p.likened ??= likenedAt(text, p.start, p.end, lang))) return true;
  return false;
}

export const PER_RATES = new Set<Rate>(['per_day', 'per_week', 'per_month', 'per_year']);

/** "from 400 in 2022, to 693 in 2023, to 913 ...": the number after "to" continues the one after "from" or "to" before it. */
export function fromToPair(text: string, lang: LangModule, prev: Figure, tok: NumberToken): boolean {
  lang.toBefore.lastIndex = tok.start;
  if (!lang.toBefore.test(text)) return false;
  lang.fromBefore.lastIndex = prev.start;
  if (lang.fromBefore.test(text)) return true;
  if (tok.start - prev.end > CHAIN_GAP) return false;
  lang.toBefore.lastIndex = prev.start;
  return lang.toBefore.test(text);
}
/** How far apart two links of a "to ..., to ..." chain may stand (" in 2023, to "). */
const CHAIN_GAP = 30;

/** Values of one series are of one size: "1,000 a day, and ... 1,262 in May", not "1,000 a day, and 30,000 in May". */
const SERIES_SPREAD = 3;

/**
 * "were averaging over 1,000 a day, and were 1,262 in May, 1,163 in June": a list of values right after a rate, each
 * of a size with the one before, continues it in the same unit.
 */
export function seriesAfter(text: string, lang: LangModule, prev: Figure, tok: NumberToken): boolean {
  if (tok.high > prev.value.high * SERIES_SPREAD || tok.low * SERIES_SPREAD < prev.value.low) return false;
  return lang.seriesBetween.test(text.slice(prev.end, tok.start));
}

/** "a daily average of 400 in 2022, jumping to 693 in 2023": the number continues the series before it. */
export function continues(text: string, lang: LangModule, tok: NumberToken): boolean {
  lang.continuesBefore.lastIndex = tok.start;
  return lang.continuesBefore.test(text);
}

/**
 * Whether the chosen period is one that a running total runs up to: 'until' its end ("by June 21"), or 'before' its
 * start ("113,000 deaths before June").
 */
export function endsTotal(text: string, lang: LangModule, periods: FoundPeriod[], period: Period, s: Sentence, ahead = false): 'until' | 'before' | null {
  for (const p of periods) {
    // By start: a period running past the publication date is clipped to it, a new object.
    const resolved = ahead ? p.resolvedAhead : p.resolved;
    if (!resolved || resolved.start !== period.start) continue;
    // "In mid-March, officials said 7,000 had been killed by that point": the time the sentence names, as "then".
    if (untilAt(text, lang, p) || s.saysByThen) return 'until';
    lang.priorBefore.lastIndex = p.start;
    return lang.priorBefore.test(text) ? 'before' : null;
  }
  return null;
}

/** Time expressions that name one day (not a month cut short at the publication date). */
const ONE_DAY = new Set<FoundPeriod['expr']['kind']>(['date', 'weekday', 'day']);
/** No day of this war saw this many killed or wounded: the worst daily tallies are about 2,000. */
const MORE_THAN_A_DAY = 5000;

/** No three months of this war saw this many killed or wounded: the worst months are about 45,000. */
const MORE_THAN_A_SEASON = 300_000;
/** A season, and a little more: the longest span MORE_THAN_A_SEASON is judged against. */
const SEASON_DAYS = 93;

/**
 * Whether `period` is one day the sentence names and a toll of `low` too large for it; or a month or season too
 * short for it ("Russian casualties reached one million in June": the running total that month).
 */
export function tooLargeForSpan(period: Period, periods: FoundPeriod[], low: number): boolean {
  if (period.start <= FULL_SCALE_INVASION) return false;
  if (period.start === period.end) return low >= MORE_THAN_A_DAY && periods.some((p) => p.resolved?.start === period.start && ONE_DAY.has(p.expr.kind));
  return low >= MORE_THAN_A_SEASON && (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 < SEASON_DAYS;
}

/** "the same period last year": the anaphor and "last year" right after it. */
const SAME_SPAN_GAP = 3;
/** "the same period of 2024", "the same period in 2024". */
const SAME_SPAN_OF_GAP = 4;

/** The span before, a year earlier, when the sentence says "the same period last year"; else null. */
export function sameSpanYearBefore(periods: FoundPeriod[], before: Period, text: string, tok: NumberToken): Period | null {
  for (let i = 0; i + 1 < periods.length; i++) {
    const a = periods[i]!;
    const b = periods[i + 1]!;
    // "18,196 ... were opened, although there were only 4,691 of them in the same period last year": the other number's.
    if (a.expr.kind === 'anaphor' && a.start >= tok.end && hasDigit(text, tok.end, a.start)) continue;
    if (a.expr.kind === 'anaphor' && b.expr.kind === 'relYear' && b.expr.offset === -1 && b.start - a.end <= SAME_SPAN_GAP) return yearEarlier(before);
    // "In the same period of 2024": the span before, in that year.
    if (a.expr.kind === 'anaphor' && b.expr.kind === 'year' && b.start - a.end <= SAME_SPAN_OF_GAP && before.start.slice(0, 4) === before.end.slice(0, 4)) {
      const y = String(b.expr.year);
      return { start: y + before.start.slice(4), end: y + (before.end.slice(4) === '-02-29' ? '-02-28' : before.end.slice(4)) };
    }
  }
  return null;
}

/** Spans of this many days or fewer ("within just 24 hours", "in the past week") are a day's or week's toll. */
const SHORT_SPAN_DAYS = 7;

/** "the toll reached 1,770 ... within just 24 hours": a toll for a short span just past in its clause, not the running total. */
export function shortSpanAfter(periods: FoundPeriod[], text: string, tok: NumberToken, lang: LangModule): boolean {
  for (const p of periods) {
    if (p.since || p.start < tok.end || p.expr.kind !== 'back' || p.expr.ahead || p.expr.months !== 0 || p.expr.days <= 0 || p.expr.days > SHORT_SPAN_DAYS) continue;
    // Not another number's: "lost 220,450 soldiers to date, including 630 in the previous 24 hours".
    if (!otherNumberClause(text, tok.end, p.start, lang)) return true;
  }
  return false;
}

/** How far before "by N" the verb of an increase may stand ("increased its running tally of Russian military dead by"). */
const INCREASED_BY_REACH = 90;

/**
 * Whether a number adds to a count rather than totals it: "10 more", "a further 350" (of the same kind as the figure
 * before, if any: "another 550,000 wounded" after a count of the dead may well be a total), or one a total is then
 * brought up from ("lost 1,240 troops, taking the total ... to 403,720").
 */
export function incrementAt(text: string, tok: NumberToken, nounEnd: number, lang: LangModule, sameKindBefore: boolean | undefined): boolean {
  if (sticky(lang.incrementAfter, text, tok.end)) return true;
  if (sticky(lang.incrementBefore, text, tok.start) && sameKindBefore !== false) return true;
  // "increased its running tally of Russian military dead by 1,030 overnight to 133,190".
  if (text.startsWith('by ', tok.start - 3) && lang.increasedByBefore.test(text.slice(Math.max(0, tok.start - INCREASED_BY_REACH), tok.start))) return true;
  return text.charCodeAt(nounEnd) === 44 && sticky(lang.totalBroughtAfter, text, nounEnd);
}
