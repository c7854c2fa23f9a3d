import type { LangModule, PeriodExpr } from './lang/types';
import type { Period } from './types';
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
  /** A plan's deadline ("aims to mobilise 160,000 by June", read in October): a month already past is next year's. */
  deadline?: boolean;
}

const min = (a: string, b: string) => (a < b ? a : b);

/** The last year named in the 1,500 characters before `pos`, for "by the end of the year". */
function yearBefore(text: string, lang: LangModule, pos: number): number | null {
  const re = lang.yearRe;
  re.lastIndex = Math.max(0, pos - 1500);
  let last: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < pos) last = Number(m[0]);
  return last;
}

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
        expr.year ??
        named ??
        (expr.yearOffset !== undefined
          ? ay + expr.yearOffset
          : ctx.deadline && expr.month < am
            ? ay + 1
            : expr.month < am || (expr.month === am && !expr.lastOne) || ctx.ahead
              ? ay
              : ay - 1);
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
      else if (expr.year === undefined && d0 < anchor && ctx.deadline) y += 1;
      const d = iso(y, expr.month, Math.min(expr.day, lastDay(y, expr.month)));
      return { start: d, end: expr.lastDay ? iso(y, expr.month, Math.min(expr.lastDay, lastDay(y, expr.month))) : d };
    }
    case 'quarter': {
      const first = 3 * (expr.quarter - 1) + 1;
      const y = expr.year ?? ay + (expr.yearOffset ?? 0) - (expr.latest && first > am ? 1 : 0);
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
    case 'weekend': {
      // From the publication date: a weekday the sentence names ("a deal agreed on Friday") does not move it.
      const base = ctx.published ?? anchor;
      const dow = new Date(Date.parse(`${base}T00:00:00Z`)).getUTCDay(); // Sunday = 0
      let saturday = addDays(base, -((dow + 1) % 7));
      if (expr.last && (dow === 6 || dow === 0)) saturday = addDays(saturday, -7);
      return { start: saturday, end: min(addDays(saturday, 1), base) };
    }
    case 'weekday':
    case 'day':
    case 'anaphor':
    case 'eventStart':
      return null;
  }
}
