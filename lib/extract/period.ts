import type { FoundPeriod, LangModule, PeriodExpr } from './lang/types';
import { clauseBreakIn, likenedAt, numberRightBefore, openBracketBetween, otherNumberClause, OWN_TIME_PENALTY, relativeClauseOfOther } from './clauses';
import type { Period } from './types';
import { hasDigit } from './spans';
import { addDays, addMonths, iso, lastDay, month, parts, season, year } from './calendar';

// Resolves time expressions against a reference date. Dates are ISO strings,
// periods inclusive at both ends, computed in UTC so no zone shifts a day.

/** Start of Russia's full-scale invasion: what "since the war began" means in this domain. */
export const FULL_SCALE_INVASION = '2022-02-24';

export interface ResolveContext {
  /** The date the sentence speaks from: the publication date, or the weekday it names. */
  anchor: string;
  /** The last year named in the text before this sentence, for "the end of the year"; looked up only when needed. */
  yearBefore?: { text: string; lang: LangModule; pos: number };
  /** The publication date: a date without a year after a statement's day but not after this is in the same year. */
  published?: string;
  /** A plan's time ("will call up 160,000 from October to December"): a month without a year is the next one, not the last. */
  ahead?: boolean;
}

const min = (a: string, b: string) => (a < b ? a : b);

/** The date a weekday or "yesterday" points to, on or before `published`. */
export function anchorDate(expr: PeriodExpr, published: string): string | null {
  if (expr.kind === 'weekday') {
    const dow = new Date(Date.parse(`${published}T00:00:00Z`)).getUTCDay();
    const back = (dow - expr.weekday + 7) % 7;
    return addDays(published, -(back === 0 && expr.last ? 7 : back));
  }
  if (expr.kind === 'day') return addDays(published, expr.offset);
  return null;
}

export function resolvePeriod(expr: PeriodExpr, ctx: ResolveContext): Period | null {
  const anchor = ctx.anchor;
  const [ay, am] = parts(anchor);
  switch (expr.kind) {
    case 'year':
      return year(expr.year);
    case 'relYear':
      return year(ay + expr.offset);
    case 'relMonth':
      return month(ay, am + expr.offset);
    case 'relWeek': {
      const dow = (new Date(Date.parse(`${anchor}T00:00:00Z`)).getUTCDay() + 6) % 7; // Monday = 0
      const monday = addDays(anchor, -dow + 7 * expr.offset);
      return { start: monday, end: addDays(monday, 6) };
    }
    case 'month': {
      // A month without a year is the latest one not after the anchor (a plan's: the anchor's year, the month still ahead).
      const named = expr.thatYear && ctx.yearBefore ? yearBefore(ctx.yearBefore.text, ctx.yearBefore.lang, ctx.yearBefore.pos) : null;
      const y =
        expr.year ?? named ?? (expr.yearOffset !== undefined ? ay + expr.yearOffset : expr.month < am || (expr.month === am && !expr.lastOne) || ctx.ahead ? ay : ay - 1);
      const p = month(y, expr.month);
      if (expr.part === 'early') return { start: p.start, end: iso(y, expr.month, 10) };
      if (expr.part === 'mid') return { start: iso(y, expr.month, 11), end: iso(y, expr.month, 20) };
      if (expr.part === 'late') return { start: iso(y, expr.month, 21), end: p.end };
      return p;
    }
    case 'date': {
      // A date without a year is the latest one not after the anchor.
      let y = expr.year ?? ay;
      const day = Math.min(expr.day, lastDay(y, expr.month));
      // "On March 18 ... an exchange on March 19", published on March 19: the same year.
      const d0 = iso(y, expr.month, day);
      if (expr.year === undefined && d0 > anchor && !ctx.ahead && !(ctx.published && d0 <= ctx.published)) y -= 1;
      const d = iso(y, expr.month, Math.min(expr.day, lastDay(y, expr.month)));
      return { start: d, end: expr.lastDay ? iso(y, expr.month, Math.min(expr.lastDay, lastDay(y, expr.month))) : d };
    }
    case 'quarter': {
      const y = expr.year ?? ay + (expr.yearOffset ?? 0);
      const first = 3 * (expr.quarter - 1) + 1;
      return { start: month(y, first).start, end: month(y, first + 2).end };
    }
    case 'months': {
      const y = expr.year ?? ay + (expr.yearOffset ?? 0);
      return { start: month(y, expr.from).start, end: month(y, expr.to).end };
    }
    case 'season': {
      if (expr.year !== undefined) return season(expr.season, expr.year);
      // The instance that starts in the anchor's year (winter: that starts the December before, unless we are in December).
      let y = expr.season === 'winter' && am !== 12 ? ay - 1 : ay;
      const current = season(expr.season, y);
      if (expr.when === 'this' || expr.when === 'by' || expr.when === 'in') {
        if (expr.when === 'by' && current.end < anchor) y += 1;
        if (expr.when === 'in' && current.start > anchor && !ctx.ahead) y -= 1;
      } else if (expr.when === 'last') {
        if (current.end >= anchor) y -= 1;
      } else if (current.start <= anchor) y += 1;
      return season(expr.season, y);
    }
    case 'back': {
      if (expr.ahead) {
        let end = addDays(anchor, expr.days);
        if (expr.months) end = addMonths(end, expr.months);
        return { start: anchor, end };
      }
      let start = addDays(anchor, -expr.days);
      if (expr.months) start = addMonths(start, -expr.months);
      return { start, end: anchor };
    }
    case 'endOfYear': {
      const y = expr.year ?? (ctx.yearBefore && yearBefore(ctx.yearBefore.text, ctx.yearBefore.lang, ctx.yearBefore.pos)) ?? ay;
      return { start: iso(y, 12, 31), end: iso(y, 12, 31) };
    }
    case 'warStart': {
      if (expr.weekday !== undefined) return { start: anchorDate({ kind: 'weekday', weekday: expr.weekday, last: expr.lastWeekday }, anchor)!, end: anchor };
      if (expr.dayOffset !== undefined) return { start: addDays(anchor, expr.dayOffset), end: anchor };
      if (expr.spanDays !== undefined) {
        const mark = addDays(FULL_SCALE_INVASION, expr.spanDays - 1);
        return { start: FULL_SCALE_INVASION, end: mark < anchor ? mark : anchor };
      }
      if (expr.spanMonths !== undefined) {
        const mark = addMonths(FULL_SCALE_INVASION, expr.spanMonths);
        return { start: FULL_SCALE_INVASION, end: mark < anchor ? mark : anchor };
      }
      if (expr.yearOffset !== undefined && expr.month !== undefined) {
        // "since February last year".
        const s = month(ay + expr.yearOffset, expr.month).start;
        return { start: s < FULL_SCALE_INVASION && s >= '2022-02-01' ? FULL_SCALE_INVASION : s, end: anchor };
      }
      if (expr.yearOffset !== undefined) return { start: iso(ay + expr.yearOffset, 1, 1), end: anchor };
      if (expr.monthOffset !== undefined) return { start: month(ay, am + expr.monthOffset).start, end: anchor };
      if (expr.month !== undefined && (expr.day !== undefined || expr.part !== undefined)) {
        const y = expr.year ?? (expr.month <= am ? ay : ay - 1);
        const day = expr.day ?? (expr.part === 'mid' ? 11 : expr.part === 'late' ? 21 : 1);
        return { start: iso(y, expr.month, Math.min(day, lastDay(y, expr.month))), end: anchor };
      }
      if (expr.year !== undefined && expr.month !== undefined) {
        const s = month(expr.year, expr.month).start;
        return { start: s < FULL_SCALE_INVASION && s >= '2022-02-01' ? FULL_SCALE_INVASION : s, end: anchor };
      }
      if (expr.year !== undefined) return { start: iso(expr.year, 1, 1), end: expr.withinYear ? min(iso(expr.year, 12, 31), anchor) : anchor };
      if (expr.month !== undefined) {
        const y = expr.month < am || (expr.month === am && !expr.lastOne) ? ay : ay - 1;
        const s = month(y, expr.month).start;
        return { start: s < FULL_SCALE_INVASION && s >= '2022-02-01' ? FULL_SCALE_INVASION : s, end: anchor };
      }
      return { start: FULL_SCALE_INVASION, end: anchor };
    }
    case 'weekday':
    case 'day':
    case 'anaphor':
      return null;
  }
}

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
  /** Where words that open a comparison start in the sentence ("compared with"). */
  breaks?: number[] | null;
  /** The number is what a plan or order is for: its months lie ahead of the anchor, and nothing is clipped to it. */
  ahead?: boolean;
  /** A toll, not a running total: a weekday or "yesterday" of its own clause may be its day. */
  dayOwn?: boolean;
  /** Where the sentence's reporting words start and end, in pairs. */
  reports?: number[] | null;
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

/** The last year named in the 1,500 characters before `pos`, for "by the end of the year". */
function yearBefore(text: string, lang: LangModule, pos: number): number | null {
  const re = lang.yearRe;
  re.lastIndex = Math.max(0, pos - 1500);
  let last: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < pos) last = Number(m[0]);
  return last;
}

/** Resolves once per time expression: its sentence fixes the anchor, so the answer never changes. */
function resolved(p: FoundPeriod, src: PeriodSource, anchor: string): Period | null {
  if (src.ahead) {
    if (p.resolvedAhead === undefined) p.resolvedAhead = resolvePeriod(p.expr, resolveContext(src, anchor, true));
    return p.resolvedAhead;
  }
  if (p.resolved === undefined) p.resolved = resolvePeriod(p.expr, resolveContext(src, anchor, false));
  return p.resolved;
}

function resolveContext(src: PeriodSource, anchor: string, ahead: boolean): ResolveContext {
  return { anchor, yearBefore: { text: src.text, lang: src.lang, pos: src.sentenceStart }, published: src.published, ahead };
}

function joined(src: PeriodSource, from: number, to: number): boolean {
  if (from > to) return false;
  src.lang.periodJoin.lastIndex = 0;
  return src.lang.periodJoin.test(src.text.slice(from, to));
}

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
function sinceClauseAt(src: PeriodSource, at: number): boolean {
  // The lookbehind only where "since" stands in the stretch it can reach.
  const lead = src.text.slice(Math.max(src.sentenceStart, at - SINCE_CLAUSE_REACH), at);
  if (!src.lang.sinceClauseHints.some((h) => lead.includes(h))) return false;
  src.lang.sinceClauseBefore.lastIndex = at;
  return src.lang.sinceClauseBefore.test(src.text);
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
    if (p.statement && p.expr.kind === 'date') {
      const day = resolvePeriod(p.expr, { anchor: src.published });
      if (day) anchor = day.end;
    }
    if (p.since || (p.statement && !src.stock) || p.expr.kind === 'anaphor') continue;
    if ((p.likened ??= likenedAt(src.text, p.start, src.lang))) continue;
    // "On January 19, 2026, ... 1,130 ... in just 24 hours": the day the sentence names.
    if (p.expr.kind === 'back' && p.expr.loose && list.some((q) => q.expr.kind === 'date' || q.expr.kind === 'weekday' || q.expr.kind === 'day')) continue;
    // "Since the conflict escalated in 2022, Russia has ... 623,000 soldiers": the year says when the "since" began.
    if (!src.cumulative && (p.inSinceClause ??= sinceClauseAt(src, p.start))) continue;
    const d = p.start >= src.numberEnd ? p.start - src.numberEnd : p.end <= src.numberStart ? (src.numberStart - p.end) * 1.5 : 0;
    // "In 2023, hundreds a month; by 2025, thousands": a semicolon closes the clause the date belongs to.
    if (d > 0) {
      const broken =
        p.start >= src.numberEnd
          ? clauseBreakIn(src.text, src.numberEnd, p.start, src.breaks)
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
    let d2 = d > 0 && p.end <= src.numberStart && numberRightBefore(src.text, p.start, src.sentenceStart) ? d * OWN_TIME_PENALTY : d;
    // "..., while 110,511 such cases have been registered in the first seven months of 2025": a time before ", while"
    // or ", and" is the earlier clause's, unless this number has no other.
    if (d > 0 && p.end <= src.numberStart && punctuated(src.text, p.end, src.numberStart) && src.lang.clauseBreak.test(src.text.slice(p.end, src.numberStart))) {
      d2 *= OWN_TIME_PENALTY;
    }
    if (d2 < bestD) {
      bestD = d2;
      best = i;
    }
  }

  if (src.cumulative) {
    let start = FULL_SCALE_INVASION;
    let end: string | null = null;
    let spanEnd: string | null = null;
    for (const p of list) {
      if (p.expr.kind === 'weekday' || p.expr.kind === 'day' || p.expr.kind === 'anaphor') continue;
      // "so far in 2023" (read as a dated span, for rates) starts a running total as a since-phrase does.
      if (p.since || (p.expr.kind === 'warStart' && p.expr.year !== undefined && p.expr.month === undefined)) {
        const r = resolved(p, src, anchor);
        if (start === FULL_SCALE_INVASION) start = r?.start ?? FULL_SCALE_INVASION;
        // "A year after Russia invaded Ukraine, 200,000 soldiers are dead": up to that mark.
        if (p.expr.kind === 'warStart' && p.expr.spanMonths !== undefined && r) spanEnd = r.end;
        continue;
      }
      // A dated statement ends the total wherever it stands ("... 50,000 have died, it reported in April"), and so
      // does "as of" or "by" ("6,000 ... killed throughout the war as of January").
      if (p.end > src.numberStart && !p.statement && !(untilAt(src.text, src.lang, p) && !hasDigit(src.text, src.numberEnd, p.start))) continue;
      // "Zelensky said 30,000 had died; in late April, the British government estimated ...": another clause's statement.
      if (p.start >= src.numberEnd && clauseBreakIn(src.text, src.numberEnd, p.start, src.breaks)) continue;
      // "Russia lost 1,400 tanks last year and has seen 800,000 soldiers killed or wounded since ...": another number's time.
      if (p.end <= src.numberStart && !p.statement && numberRightBefore(src.text, p.start, src.sentenceStart)) continue;
      const r = resolved(p, src, anchor);
      if (r && (!end || r.end > end)) end = r.end;
    }
    if (!end || end > anchor) end = anchor;
    if (spanEnd && spanEnd < end) end = spanEnd;
    // A total since a start after the publication date cannot be placed.
    return start <= end ? { start, end } : null;
  }

  if (best < 0) return null;
  const day = anchorDate(list[best]!.expr, src.published);
  // "77,170 by Tuesday", "(as of Thursday)": a running total up to that day.
  if (day) return untilAt(src.text, src.lang, list[best]!) && day >= FULL_SCALE_INVASION ? { start: FULL_SCALE_INVASION, end: day } : { start: day, end: day };
  const next = best + 1 < list.length && isDated(list[best + 1]!) && joined(src, list[best]!.end, list[best + 1]!.start) ? list[best + 1]! : null;
  let period = (next && yearOfNext(list[best]!, next, src, anchor)) ?? resolved(list[best]!, src, anchor);
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
  if (r) for (let k = 0; k < r.length; k += 2) if (r[k]! >= from && r[k + 1]! <= to) return false;
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

/** A time expression that names a span of the calendar (not a since-phrase, a statement's date, a weekday anchor or "the same period"). */
export function isDated(p: FoundPeriod): boolean {
  return !p.since && !p.statement && p.expr.kind !== 'weekday' && p.expr.kind !== 'day' && p.expr.kind !== 'anaphor';
}

