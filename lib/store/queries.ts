import {
  INFERRED_WINDOW_DAYS,
  NEARBY_GAP_DAYS,
  STOCK_WINDOW_DAYS,
  compareFigure,
  isStockRate,
  judgeDays,
  toDayFigure,
} from '../claims/compare';
import type { Comparison } from '../claims/comparison';
import { dayNumber } from '../claims/normalise';
import type { Claim, Definition } from '../claims/schema';
import { METRICS, RATES, type Figure, type Metric, type Side } from '../extract/types';
import { db as defaultDb, toClaim, type CrosscountDB } from './db';
import type { ClaimRow } from './rows';
import { queryTerms } from './searchTerms';
import {
  HIT,
  HIT_NAMED,
  NONE,
  groupKeyOf,
  idAt,
  rowsWithPrefix,
  lowerBound,
  metricCode,
  sideCode,
  sideOf,
  type ClaimSummary,
} from './summary';
import { loadSummary } from './summaryStore';

// Read queries. Comparison and search run over the columnar claim summary
// (summary.ts): a binary search on end days for comparison, its inverted
// word index for search. Full claim rows are read only for what is returned.

type FigureQuery = Pick<Figure, 'metric' | 'rate' | 'period' | 'side' | 'value'> & { claimant?: string | null };

export interface QueryOptions {
  db?: CrosscountDB;
  /** The page's publication date, for a figure that names no period. */
  published?: string | null;
}

/** Row numbers in the figure's group whose end day lies where a comparable claim's must. */
export function candidateRows(s: ClaimSummary, figure: FigureQuery, published: string | null): number[] {
  const g = s.groups.indexOf(groupKeyOf(figure.metric, figure.rate));
  if (g < 0) return [];
  const from = s.groupStart[g]!;
  const to = s.groupStart[g + 1]!;
  let lo = NONE + 1; // rows with no date at all can never be compared
  let hi = 2 ** 31 - 1;
  let maxStart = hi;
  if (isStockRate(figure.rate)) {
    const end = figure.period?.end ?? published;
    if (end) {
      lo = dayNumber(end) - STOCK_WINDOW_DAYS;
      hi = dayNumber(end) + STOCK_WINDOW_DAYS;
    }
  } else {
    const p = figure.period;
    const start = p ? dayNumber(p.start) : published ? dayNumber(published) - (INFERRED_WINDOW_DAYS - 1) : null;
    const end = p ? dayNumber(p.end) : published ? dayNumber(published) : null;
    if (start !== null && end !== null) {
      // A claim within the gap of the figure ends no earlier than the figure's start less
      // the gap, and (starting no later than the figure's end plus the gap) ends no later
      // than that plus the longest period in the group.
      lo = start - NEARBY_GAP_DAYS - 1;
      maxStart = end + NEARBY_GAP_DAYS + 1;
      hi = maxStart + s.groupMaxSpan[g]!;
    }
  }
  const first = lowerBound(s, from, to, lo);
  const last = lowerBound(s, first, to, hi + 1);
  const side = figure.side ? sideCode(figure.side) : -1;
  const out: number[] = [];
  for (let i = first; i < last; i++) {
    if (side >= 0 && s.side[i] !== 0 && s.side[i] !== side) continue;
    // Cheap pre-check on the stated start; the inferred window of an undated-period claim ends at its date anyway.
    if (s.ps[i] !== NONE && s.ps[i]! > maxStart) continue;
    out.push(i);
  }
  return out;
}

const orNull = (n: number) => (n === NONE ? null : n);

/**
 * The best `limit` rows by the comparison engine's own scoring (judgeDays),
 * in its order: score, then newest, then id. Only these are read in full.
 */
export function bestRows(s: ClaimSummary, figure: FigureQuery, published: string | null, limit: number): number[] {
  const f = toDayFigure(figure, { published });
  const best: { i: number; score: number; key: number }[] = [];
  const better = (a: { i: number; score: number; key: number }, b: { i: number; score: number; key: number }) =>
    a.score !== b.score ? a.score > b.score : a.key !== b.key ? a.key > b.key : idAt(s, a.i) < idAt(s, b.i);
  for (const i of candidateRows(s, figure, published)) {
    const end = orNull(s.pe[i]!);
    const date = orNull(s.date[i]!);
    const j = judgeDays(f, {
      metric: METRICS[s.metric[i]!]!, rate: RATES[s.rate[i]!]!, side: sideOf(s.side[i]!),
      start: orNull(s.ps[i]!), end, date,
      value: { low: s.low[i]!, high: s.high[i]! }, claimant: s.claimants[s.claimantCode[i]!],
    });
    if (!j) continue;
    const entry = { i, score: j.score, key: end ?? date ?? -Infinity };
    if (best.length === limit && !better(entry, best[limit - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    best[at] = entry;
    while (at > 0 && better(best[at]!, best[at - 1]!)) {
      [best[at], best[at - 1]] = [best[at - 1]!, best[at]!];
      at--;
    }
  }
  return best.map((b) => b.i);
}

async function definitionsFor(db: CrosscountDB, claims: readonly Claim[]): Promise<Map<string, Definition>> {
  const ids = [...new Set(claims.map((c) => c.definitionId).filter((id): id is string => !!id))];
  const found = await db.definitions.bulkGet(ids);
  return new Map(found.filter((d): d is Definition => !!d).map((d) => [d.id, d]));
}

/** Claims comparable with a page figure, ranked best first (lib/claims/compare.ts decides). */
export async function comparableClaims(figure: FigureQuery, limit = 8, opts: QueryOptions = {}): Promise<Comparison[]> {
  const db = opts.db ?? defaultDb;
  const published = opts.published ?? null;
  if (limit <= 0) return [];
  const s = await loadSummary(db);
  const rows = await db.claims.bulkGet(bestRows(s, figure, published, limit).map((i) => idAt(s, i)));
  const claims = rows.filter((r): r is ClaimRow => !!r).map(toClaim);
  const defs = await definitionsFor(db, claims);
  return compareFigure(figure, claims, defs, { published, limit });
}

export interface SearchFilters {
  metric?: Metric;
  side?: Side;
  /** Claims whose period or date reaches into [from, to]. */
  from?: string;
  to?: string;
}

/**
 * Claims with a search term starting with every term typed (so "fedo" finds
 * Fedorov while typing), filtered. Terms are the claim's words (claimant,
 * outlet, quote, metric, definition) and its rate and metric vocabulary, so
 * "killed per week" finds claims stated per week (searchTerms.ts). Claims
 * matching in their claimant or outlet come first, then those matching only
 * elsewhere; newest first within each. With no words, the newest claims
 * matching the filters.
 */
export async function searchClaims(
  text: string,
  filters: SearchFilters = {},
  limit = 50,
  opts: { db?: CrosscountDB } = {},
): Promise<Claim[]> {
  const db = opts.db ?? defaultDb;
  const s = await loadSummary(db);
  const terms = queryTerms(text);
  const metric = filters.metric ? metricCode(filters.metric) : -1;
  const side = filters.side ? sideCode(filters.side) : -1;
  const from = filters.from ? dayNumber(filters.from) : null;
  const to = filters.to ? dayNumber(filters.to) : null;
  // Rows with a term starting with each typed term, from the inverted index;
  // HIT_NAMED kept where any term matched the claimant or an outlet.
  let hit: Uint8Array | null = null;
  for (const w of terms) {
    const rows = rowsWithPrefix(s, w);
    if (hit) for (let i = 0; i < s.n; i++) hit[i] = hit[i]! & rows[i]! & HIT ? hit[i]! | rows[i]! : 0;
    else hit = rows;
  }
  const ids: string[] = [];
  // Named matches in the first pass, the rest in the second; one pass without words.
  for (const want of hit ? [HIT | HIT_NAMED, HIT] : [0]) {
    for (let k = 0; k < s.n && ids.length < limit; k++) {
      const i = s.byDate[k]!;
      if (hit && hit[i] !== want) continue;
      if (metric >= 0 && s.metric[i] !== metric) continue;
      if (side >= 0 && s.side[i] !== side) continue;
      if (from !== null || to !== null) {
        // The claim's span: its stated period, else its date (or the end it is filed under).
        const start = s.ps[i] !== NONE ? s.ps[i]! : s.date[i] !== NONE ? s.date[i]! : s.end[i]!;
        const end = s.pe[i] !== NONE ? s.pe[i]! : s.date[i] !== NONE ? s.date[i]! : s.end[i]!;
        if (start === NONE) continue;
        if (from !== null && end < from) continue;
        if (to !== null && start > to) continue;
      }
      ids.push(idAt(s, i));
    }
  }
  const rows = await db.claims.bulkGet(ids);
  return rows.filter((r): r is ClaimRow => !!r).map(toClaim);
}

export async function getDefinition(id: string, opts: { db?: CrosscountDB } = {}): Promise<Definition | undefined> {
  return (opts.db ?? defaultDb).definitions.get(id);
}

export async function allDefinitions(opts: { db?: CrosscountDB } = {}): Promise<Definition[]> {
  return (opts.db ?? defaultDb).definitions.toArray();
}

/** Claims by id, in the order asked; ids not found are left out. */
export async function getClaims(ids: readonly string[], opts: { db?: CrosscountDB } = {}): Promise<Claim[]> {
  const rows = await (opts.db ?? defaultDb).claims.bulkGet([...ids]);
  return rows.filter((r): r is ClaimRow => !!r).map(toClaim);
}
