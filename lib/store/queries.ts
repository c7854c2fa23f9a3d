import Dexie from 'dexie';
import {
  INFERRED_WINDOW_DAYS,
  NEARBY_GAP_DAYS,
  STOCK_WINDOW_DAYS,
  compareFigure,
  isStockRate,
} from '../claims/compare';
import type { Comparison } from '../claims/comparison';
import { addDays } from '../claims/normalise';
import type { Claim, Definition } from '../claims/schema';
import type { Figure, Metric, Side } from '../extract/types';
import { db as defaultDb, toClaim, type CrosscountDB } from './db';
import { groupKey, sideKey, tokenize, type ClaimRow, type SideKey } from './rows';

// Read queries. Each one is answered from an index range, never a scan of
// the whole claims table, so they stay fast with a large imported dataset.

type FigureQuery = Pick<Figure, 'metric' | 'rate' | 'period' | 'side' | 'value'>;

export interface QueryOptions {
  db?: CrosscountDB;
  /** The page's publication date, for a figure that names no period. */
  published?: string | null;
}

function sideKeysFor(side: Side | null): SideKey[] {
  return side ? [side, 'none'] : ['russia', 'ukraine', 'none'];
}

/** How many candidates to read per side when a figure has no date to range on. */
const UNDATED_CANDIDATES = 200;

async function candidateRows(db: CrosscountDB, figure: FigureQuery, published: string | null): Promise<ClaimRow[]> {
  const gk = groupKey(figure.metric, figure.rate);
  const stock = isStockRate(figure.rate);
  let lo: string | null = null;
  let hi: string | null = null;
  if (stock) {
    const end = figure.period?.end ?? published;
    if (end) {
      lo = addDays(end, -STOCK_WINDOW_DAYS);
      hi = addDays(end, STOCK_WINDOW_DAYS);
    }
  } else {
    const p = figure.period ?? (published ? { start: addDays(published, -(INFERRED_WINDOW_DAYS - 1)), end: published } : null);
    if (p) {
      const meta = await db.meta.get('maxRateSpanDays');
      const span = Math.max(INFERRED_WINDOW_DAYS, meta?.key === 'maxRateSpanDays' ? meta.value : 0);
      // A claim overlaps or nearly touches p only if it ends after p starts (less the gap)
      // and starts before p ends (plus the gap), so it ends no later than that plus its own span.
      lo = addDays(p.start, -NEARBY_GAP_DAYS);
      hi = addDays(p.end, NEARBY_GAP_DAYS + span);
    }
  }
  const lists = await Promise.all(
    sideKeysFor(figure.side).map((s) => {
      const index = db.claims.where('[groupKey+sideKey+periodEnd]');
      if (lo !== null && hi !== null) return index.between([gk, s, lo], [gk, s, hi], true, true).toArray();
      return index
        .between([gk, s, Dexie.minKey], [gk, s, Dexie.maxKey])
        .reverse()
        .limit(UNDATED_CANDIDATES)
        .toArray();
    }),
  );
  return lists.flat();
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
  const rows = await candidateRows(db, figure, published);
  const claims = rows.map(toClaim);
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

/** Read at most this many matches before sorting by date; bounds the cost of a common word. */
const SEARCH_CANDIDATES = 400;

function matchesFilters(row: ClaimRow, f: SearchFilters): boolean {
  if (f.metric && row.metric !== f.metric) return false;
  if (f.side && row.side !== f.side) return false;
  if (f.from || f.to) {
    const start = row.periodStart || row.sortDate;
    const end = row.periodEnd || row.sortDate;
    if (!start || !end) return false;
    if (f.from && end < f.from) return false;
    if (f.to && start > f.to) return false;
  }
  return true;
}

function newestFirst(a: ClaimRow, b: ClaimRow): number {
  return b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id);
}

/**
 * Claims whose claimant, outlet, quote, metric or definition words start
 * with every word typed (so "fedo" finds Fedorov while typing), filtered,
 * newest first. With no words, the newest claims matching the filters.
 */
export async function searchClaims(
  text: string,
  filters: SearchFilters = {},
  limit = 50,
  opts: { db?: CrosscountDB } = {},
): Promise<Claim[]> {
  const db = opts.db ?? defaultDb;
  const words = [...new Set(tokenize(text))];
  const f = filters;

  if (words.length === 0) {
    // Newest first straight from a date-ordered index, stopping at `limit`. A
    // claim is stated during or after the period it covers, so its date is at
    // least `from` whenever its period reaches into the range. (Targets stated
    // before their period are the exception: a word search still finds them.)
    const lo = f.from ?? Dexie.minKey;
    const hi = Dexie.maxKey;
    let coll;
    if (f.metric) coll = db.claims.where('[metric+sortDate]').between([f.metric, lo], [f.metric, hi], true, true);
    else if (f.side) coll = db.claims.where('[sideKey+sortDate]').between([sideKey(f.side), lo], [sideKey(f.side), hi], true, true);
    else coll = db.claims.where('sortDate').between(lo, hi, true, true);
    const rows = await coll.reverse().filter((r) => matchesFilters(r, f)).limit(limit).toArray();
    return rows.sort(newestFirst).map(toClaim);
  }

  // Drive the query by the longest word (usually the rarest), check the rest per row.
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const driver = sorted[0]!;
  const others = sorted.slice(1);
  const rows = await db.claims
    .where('terms')
    .startsWith(driver)
    .distinct()
    .filter((r) => matchesFilters(r, f) && others.every((w) => r.terms.some((t) => t.startsWith(w))))
    .limit(SEARCH_CANDIDATES)
    .toArray();
  return rows.sort(newestFirst).slice(0, limit).map(toClaim);
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
