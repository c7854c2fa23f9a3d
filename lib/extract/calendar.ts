import type { Period } from './types';

// Calendar arithmetic on ISO dates ("2025-06-15"): spans are inclusive at both ends and computed in UTC, so no time
// zone shifts a day. Shared by period resolution (period.ts).

const DAY_MS = 86_400_000;

let lastValid = '';
export function isIsoDate(s: string): boolean {
  // The content script asks once per block with the same page date.
  if (s === lastValid) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  const ok = Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
  if (ok) lastValid = s;
  return ok;
}

export function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
export function iso(y: number, m: number, d: number): string {
  if (m < 1 || m > 12 || d < 1 || d > 28) {
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.toISOString().slice(0, 10);
  }
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function lastDay(y: number, m: number): number {
  if (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return DAYS_IN_MONTH[m - 1]!;
}
// Calendar spans are asked for again and again ("in January" in many sentences): their strings are built once.
const MONTHS = new Map<number, Period>();
const YEARS = new Map<number, Period>();

export function month(y: number, m: number): Period {
  // Normalise month overflow (m = 0 is December of y - 1).
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  let p = MONTHS.get(yy * 16 + mm);
  if (!p) MONTHS.set(yy * 16 + mm, (p = { start: `${yy}-${pad2(mm)}-01`, end: `${yy}-${pad2(mm)}-${lastDay(yy, mm)}` }));
  return { start: p.start, end: p.end };
}
export function year(y: number): Period {
  let p = YEARS.get(y);
  if (!p) YEARS.set(y, (p = { start: iso(y, 1, 1), end: iso(y, 12, 31) }));
  return { start: p.start, end: p.end };
}
// The same few dates are shifted again and again (the publication date, a day back for "the past 24 hours").
const shifted = new Map<string, Map<number, string>>();
export function addDays(date: string, n: number): string {
  let byDate = shifted.get(date);
  if (!byDate) {
    if (shifted.size > 1000) shifted.clear();
    shifted.set(date, (byDate = new Map()));
  }
  let out = byDate.get(n);
  if (out === undefined) {
    out = new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
    byDate.set(n, out);
  }
  return out;
}
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const ty = target.getUTCFullYear();
  const tm = target.getUTCMonth() + 1;
  return iso(ty, tm, Math.min(d, lastDay(ty, tm)));
}

/** The same span a year earlier; a month's last day stays its last day (29 February 2024 to 28 February 2023). */
export function yearEarlier(p: Period): Period {
  const shift = (date: string) => {
    const [y, m, d] = parts(date);
    return iso(y - 1, m, d === lastDay(y, m) ? lastDay(y - 1, m) : Math.min(d, lastDay(y - 1, m)));
  };
  return { start: shift(p.start), end: shift(p.end) };
}

const SEASON_START: Record<string, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

/** The season that starts in `startYear` (winter runs Dec to Feb, so winter 2025 ends in Feb 2026). */
export function season(name: string, startYear: number): Period {
  const m = SEASON_START[name]!;
  const end = month(startYear, m + 2);
  return { start: iso(startYear, m, 1), end: end.end };
}
