import { claimDate, comparabilityGroup, isStockRate, nameWords } from '../claims/compare';
import { describeMetric } from '../claims/describe';
import { dayNumber } from '../claims/normalise';
import type { Claim, Definition } from '../claims/schema';
import { METRICS, RATES, type Metric, type Rate, type Side } from '../extract/types';
import { tokenize } from './rows';
import { vocabularyTerms } from './searchTerms';

// A compact, columnar index of every claim, stored as one IndexedDB row of
// typed arrays. Reading a claim row costs a structured clone each; reading
// this costs one clone of a few flat buffers, so the comparison and search
// queries touch full claim rows only for the handful they return.
//
// Claims sit in the columns sorted by (comparison group, end day): the rows
// of one group form a contiguous slice, and a binary search finds the window
// of end days a figure can be compared with. `byDate` lists the same rows
// newest first, for search results.

export const NONE = -2_147_483_648;

export interface ClaimSummary {
  key: 'claims';
  /** Changes on every rebuild; queries compare it with meta to know a cached copy is current. */
  stamp: string;
  n: number;
  /** Group keys (`personnel_losses:rate`, ...) in code order, and where each one's rows start ([groups.length] = n). */
  groups: string[];
  groupStart: Int32Array;
  /** Longest stated rate period per group, in days: bounds the window of end days to search. */
  groupMaxSpan: Int32Array;
  ids: string;
  idStart: Int32Array;
  /**
   * An inverted index of search words: the distinct words, sorted, joined
   * (word k is tokens.slice(tokStart[k], tokStart[k + 1])), and for word k
   * the rows that contain it, postings[postStart[k] .. postStart[k + 1]).
   * Words sharing a prefix are adjacent, so a typed prefix is one range.
   * A posting is row << 1, its low bit set (NAMED) when the word is in the
   * row's claimant or outlet. Terms may be phrases with spaces ("per week").
   */
  tokens: string;
  tokStart: Int32Array;
  postStart: Int32Array;
  postings: Int32Array;
  metric: Uint8Array;
  rate: Uint8Array;
  /** 0 none, 1 russia, 2 ukraine. */
  side: Uint8Array;
  /** The stated period, or NONE. */
  ps: Int32Array;
  pe: Int32Array;
  /** Statement date, else first source's date; NONE if neither. */
  date: Int32Array;
  /** The end day the group slice is sorted by (the effective period's end, or a total's date); NONE sorts first. */
  end: Int32Array;
  /** Row numbers newest first (by date, else period end), ties by id. */
  byDate: Int32Array;
  /** The stated value, to recognise the page's own statement in the dataset. */
  low: Float64Array;
  high: Float64Array;
  /** Distinct claimant names as nameWords gives them (joined by spaces), and each row's index into them. */
  claimants: string[];
  claimantCode: Int32Array;
}

const SIDE_CODES: (Side | null)[] = [null, 'russia', 'ukraine'];
export const sideCode = (s: Side | null): number => SIDE_CODES.indexOf(s);
export const sideOf = (code: number): Side | null => SIDE_CODES[code] ?? null;
export const metricCode = (m: Metric): number => METRICS.indexOf(m);
export const rateCode = (r: Rate): number => RATES.indexOf(r);

export function groupKeyOf(metric: Metric, rate: Rate): string {
  return `${comparabilityGroup(metric)}:${isStockRate(rate) ? 'stock' : 'rate'}`;
}

const INFERRED_DAYS = 30;

/** Where a claim sits on the end-day axis: the end of its (possibly inferred) period, or a total's date. */
function endDay(c: Claim): number {
  const d = claimDate(c);
  if (isStockRate(c.rate)) return c.period ? dayNumber(c.period.end) : d ? dayNumber(d) : NONE;
  if (c.period) return dayNumber(c.period.end);
  return d ? dayNumber(d) : NONE;
}

/**
 * The distinct search terms of a claim, each with whether it names the
 * claimant or an outlet (those rank first): claimant, outlets, titles, quote,
 * metric, definition term and counts, and the rate and metric vocabulary
 * (searchTerms.ts).
 */
export function searchWords(c: Claim, definition: Definition | undefined): Map<string, boolean> {
  const named = [c.claimant.name, c.claimant.role ?? '', ...c.sources.map((s) => s.outlet)];
  const other = [
    ...c.sources.map((s) => s.title ?? ''),
    c.quote,
    c.metric.replace(/_/g, ' '),
    describeMetric(c.metric),
    definition ? `${definition.term} ${definition.counts}` : '',
  ];
  const out = new Map<string, boolean>();
  for (const w of named.flatMap(tokenize)) out.set(w, true);
  for (const w of [...other.flatMap(tokenize), ...vocabularyTerms(c.metric, c.rate)]) if (!out.has(w)) out.set(w, false);
  return out;
}

function joinWithStarts(parts: string[]): [string, Int32Array] {
  const starts = new Int32Array(parts.length + 1);
  let pos = 0;
  parts.forEach((p, i) => {
    starts[i] = pos;
    pos += p.length;
  });
  starts[parts.length] = pos;
  return [parts.join(''), starts];
}

export function buildSummary(claims: readonly Claim[], definitions: ReadonlyMap<string, Definition>, stamp: string): ClaimSummary {
  const entries = claims.map((c) => ({ c, g: groupKeyOf(c.metric, c.rate), end: endDay(c) }));
  const groups = [...new Set(entries.map((e) => e.g))].sort();
  const gIndex = new Map(groups.map((g, i) => [g, i]));
  entries.sort((a, b) => gIndex.get(a.g)! - gIndex.get(b.g)! || a.end - b.end || (a.c.id < b.c.id ? -1 : 1));
  const n = entries.length;
  const s = {
    metric: new Uint8Array(n), rate: new Uint8Array(n), side: new Uint8Array(n),
    ps: new Int32Array(n), pe: new Int32Array(n), date: new Int32Array(n), end: new Int32Array(n),
    low: new Float64Array(n), high: new Float64Array(n), claimantCode: new Int32Array(n),
  };
  const claimants: string[] = [];
  const claimantIndex = new Map<string, number>();
  const groupStart = new Int32Array(groups.length + 1).fill(n);
  const groupMaxSpan = new Int32Array(groups.length).fill(INFERRED_DAYS);
  const sortKeys: string[] = [];
  entries.forEach(({ c, g, end }, i) => {
    const gi = gIndex.get(g)!;
    if (groupStart[gi] === n) groupStart[gi] = i;
    s.metric[i] = metricCode(c.metric);
    s.rate[i] = rateCode(c.rate);
    s.side[i] = sideCode(c.side);
    s.ps[i] = c.period ? dayNumber(c.period.start) : NONE;
    s.pe[i] = c.period ? dayNumber(c.period.end) : NONE;
    const d = claimDate(c);
    s.date[i] = d ? dayNumber(d) : NONE;
    s.end[i] = end;
    s.low[i] = c.value.low;
    s.high[i] = c.value.high;
    const name = nameWords(c.claimant.name).join(' ');
    let code = claimantIndex.get(name);
    if (code === undefined) {
      code = claimants.length;
      claimants.push(name);
      claimantIndex.set(name, code);
    }
    s.claimantCode[i] = code;
    if (c.period && !isStockRate(c.rate)) groupMaxSpan[gi] = Math.max(groupMaxSpan[gi]!, s.pe[i]! - s.ps[i]! + 1);
    sortKeys.push(d ?? c.period?.end ?? '');
  });
  const [ids, idStart] = joinWithStarts(entries.map((e) => e.c.id));
  const rowsByWord = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const [w, named] of searchWords(e.c, e.c.definitionId ? definitions.get(e.c.definitionId) : undefined)) {
      let rows = rowsByWord.get(w);
      if (!rows) rowsByWord.set(w, (rows = []));
      rows.push((i << 1) | (named ? NAMED : 0));
    }
  });
  const words = [...rowsByWord.keys()].sort();
  const [tokens, tokStart] = joinWithStarts(words);
  const postStart = new Int32Array(words.length + 1);
  let total = 0;
  words.forEach((w, k) => {
    postStart[k] = total;
    total += rowsByWord.get(w)!.length;
  });
  postStart[words.length] = total;
  const postings = new Int32Array(total);
  words.forEach((w, k) => postings.set(rowsByWord.get(w)!, postStart[k]!));
  const byDate = Int32Array.from(entries.keys()).sort((a, b) => {
    const ka = sortKeys[a]!;
    const kb = sortKeys[b]!;
    if (ka !== kb) return ka < kb ? 1 : -1;
    const ia = entries[a]!.c.id;
    const ib = entries[b]!.c.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return { key: 'claims', stamp, n, groups, groupStart, groupMaxSpan, ids, idStart, tokens, tokStart, postStart, postings, ...s, byDate, claimants };
}

export function idAt(s: ClaimSummary, i: number): string {
  return s.ids.slice(s.idStart[i]!, s.idStart[i + 1]!);
}

function tokenAt(s: ClaimSummary, k: number): string {
  return s.tokens.slice(s.tokStart[k]!, s.tokStart[k + 1]!);
}

/** First word index whose word is >= w (in code-unit order, as sorted). */
function wordBound(s: ClaimSummary, w: string): number {
  let lo = 0;
  let hi = s.tokStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokenAt(s, mid) < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Posting flag: the word is in the claimant or an outlet. */
export const NAMED = 1;
/** rowsWithPrefix flags: the row has the word; it has it in its claimant or an outlet. */
export const HIT = 1;
export const HIT_NAMED = 2;

/** Flags per row (HIT, HIT_NAMED): does it have a search term starting with `prefix`, and where? */
export function rowsWithPrefix(s: ClaimSummary, prefix: string): Uint8Array {
  const hit = new Uint8Array(s.n);
  const from = wordBound(s, prefix);
  const to = wordBound(s, `${prefix}\uffff`);
  for (let p = s.postStart[from]!, end = s.postStart[to]!; p < end; p++) {
    const v = s.postings[p]!;
    hit[v >> 1] = hit[v >> 1]! | HIT | ((v & NAMED) << 1);
  }
  return hit;
}

/** First index in [lo, hi) whose end day is >= day. */
export function lowerBound(s: ClaimSummary, lo: number, hi: number, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.end[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
