import type { NumericValue, Period, Rate } from '../extract/types';

// Calendar arithmetic and per-day normalisation. Dates are ISO `YYYY-MM-DD`,
// periods inclusive at both ends, all in UTC so no time zone shifts a day.

const DAY_MS = 86_400_000;
/** Mean Gregorian month and year, used only when a rate has no single calendar month or year to divide by. */
export const MEAN_MONTH_DAYS = 365.2425 / 12;
export const MEAN_YEAR_DAYS = 365.2425;

// Date parsing dominates comparison over many claims, and the set of distinct
// dates is small (days since 2022), so both directions are memoised.
const dayCache = new Map<string, number>();
const isoCache = new Map<number, string>();
const CACHE_LIMIT = 50_000;

export function dayNumber(iso: string): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    if (dayCache.size >= CACHE_LIMIT) dayCache.clear();
    dayCache.set(iso, n);
  }
  return n;
}

export function fromDayNumber(n: number): string {
  let iso = isoCache.get(n);
  if (iso === undefined) {
    iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size >= CACHE_LIMIT) isoCache.clear();
    isoCache.set(n, iso);
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Days in an inclusive period: 1 January to 31 January is 31. */
export function daysInPeriod(p: Period): number {
  return dayNumber(p.end) - dayNumber(p.start) + 1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

function ymd(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The number of whole calendar months a period covers exactly (1 Jan-31 Mar: 3), else null. */
export function wholeMonths(p: Period): number | null {
  const [sy, sm, sd] = ymd(p.start);
  const [ey, em, ed] = ymd(p.end);
  if (sd !== 1 || ed !== daysInMonth(ey, em)) return null;
  return (ey - sy) * 12 + (em - sm) + 1;
}

/** The number of whole calendar years a period covers exactly, else null. */
export function wholeYears(p: Period): number | null {
  const months = wholeMonths(p);
  if (months === null || months % 12 !== 0 || p.start.slice(5) !== '01-01') return null;
  return months / 12;
}

/**
 * Days that "a month" means for a figure: the days in that month when the
 * period is one calendar month; over several whole months their average
 * length; otherwise (no period, or ragged ends) the mean Gregorian month.
 */
export function daysPerMonth(period: Period | null): number {
  if (!period) return MEAN_MONTH_DAYS;
  const months = wholeMonths(period);
  if (months !== null) return daysInPeriod(period) / months;
  const [sy, sm] = ymd(period.start);
  const [ey, em] = ymd(period.end);
  if (sy === ey && sm === em) return daysInMonth(sy, sm);
  return MEAN_MONTH_DAYS;
}

/** Days that "a year" means: 365 or 366 for a period inside one calendar year, an average over whole years, else the mean year. */
export function daysPerYear(period: Period | null): number {
  if (!period) return MEAN_YEAR_DAYS;
  const years = wholeYears(period);
  if (years !== null) return daysInPeriod(period) / years;
  const sy = Number(period.start.slice(0, 4));
  const ey = Number(period.end.slice(0, 4));
  if (sy === ey) return isLeapYear(sy) ? 366 : 365;
  return MEAN_YEAR_DAYS;
}

/** How many days one unit of `rate` lasts over `period`; null for rates that are not rates (cumulative totals, levels). */
export function unitDays(rate: Rate, period: Period | null): number | null {
  switch (rate) {
    case 'per_day':
      return 1;
    case 'per_week':
      return 7;
    case 'per_month':
      return daysPerMonth(period);
    case 'per_year':
      return daysPerYear(period);
    case 'period_total':
      return period ? daysInPeriod(period) : null;
    case 'cumulative':
    case 'none':
      return null;
  }
}

/**
 * A figure's value per day over its period. Cumulative totals and levels
 * (rate `none`: force sizes, ratios) are not rates and give null: they are
 * compared as totals at their end date instead.
 */
export function perDayRate(x: { value: NumericValue; rate: Rate; period: Period | null }): NumericValue | null {
  const days = unitDays(x.rate, x.period);
  if (days === null || days <= 0) return null;
  return { low: x.value.low / days, high: x.value.high / days };
}

/**
 * Restates a per-day rate in a figure's own unit. A page figure that is not a
 * rate (cumulative, none) has no unit to restate in; "a month" (mean length)
 * is the most readable stand-in, and `unitLabel` says so.
 */
export function toUnit(perDay: NumericValue, rate: Rate, period: Period | null): NumericValue {
  const days = unitDays(rate, period) ?? MEAN_MONTH_DAYS;
  return { low: perDay.low * days, high: perDay.high * days };
}

/** The span of two periods' separation in days: 0 when they overlap or touch, else the days strictly between them. */
export function gapDays(a: Period, b: Period): number {
  const gap = Math.max(dayNumber(b.start) - dayNumber(a.end), dayNumber(a.start) - dayNumber(b.end)) - 1;
  return Math.max(0, gap);
}

/** Days the two periods share. */
export function overlapDays(a: Period, b: Period): number {
  const s = Math.max(dayNumber(a.start), dayNumber(b.start));
  const e = Math.min(dayNumber(a.end), dayNumber(b.end));
  return Math.max(0, e - s + 1);
}
