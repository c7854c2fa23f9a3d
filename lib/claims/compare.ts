import type { Figure, Metric, Period, Rate, Side } from '../extract/types';
import type { Comparison, Relation } from './comparison';
import { describeMetric, formatDate, unitLabel } from './describe';
import type { Claim, Definition } from './schema';
import { addDays, dayNumber, perDayRate, toUnit } from './normalise';

export { perDayRate, toUnit } from './normalise';
export { describeMetric, describeRate, unitLabel } from './describe';

// Which claims can sit beside a page figure, and in what order.
//
// Rules (DESIGN.md "Two figures are comparable when..."), with the choices
// the design leaves open:
// - Metric: same family, except that killed and the casualty family
//   (casualties, losses, wounded) are comparable with each other. Setting
//   "35,000 killed" beside "35,000 casualties" is the point of the product;
//   `definitionNote` says in words that they count different things.
// - Side: the same, or either one unknown.
// - Rates (per day/week/month/year, period totals) compare as per-day rates
//   when their periods overlap or lie within NEARBY_GAP_DAYS of each other.
// - Cumulative totals and levels (rate `none`: force sizes, ratios) are not
//   rates: they compare only with other totals/levels, as they stood at their
//   end dates, within STOCK_WINDOW_DAYS.
// - A figure or claim with no period ("7,000-8,000 a week", said on 14
//   February) describes the recent past: its period is taken as the
//   INFERRED_WINDOW_DAYS ending on its statement (or publication) date. It is
//   never "the same period" as anything, only nearby. A page figure with no
//   period and no known publication date is compared with every claim of its
//   family and side, newest first.

export const NEARBY_GAP_DAYS = 31;
export const INFERRED_WINDOW_DAYS = 30;
export const STOCK_WINDOW_DAYS = 183;
/** Overlap / union of two periods at or above which they count as the same period. */
export const SAME_PERIOD_JACCARD = 0.75;

export type MetricFamily = 'killed' | 'casualties' | 'recruitment' | 'force' | Metric;

export function metricFamily(metric: Metric): MetricFamily {
  switch (metric) {
    case 'killed':
      return 'killed';
    case 'casualties':
    case 'losses':
    case 'wounded':
      return 'casualties';
    case 'recruited':
    case 'mobilized':
      return 'recruitment';
    case 'force_size':
    case 'foreign_troops':
      return 'force';
    default:
      return metric;
  }
}

/** The set of metrics that may be compared at all: a family, with killed and casualties joined. */
export function comparabilityGroup(metric: Metric): string {
  const f = metricFamily(metric);
  return f === 'killed' || f === 'casualties' ? 'personnel_losses' : f;
}

/** The metrics in one comparability group. */
export function metricsInGroup(group: string, all: readonly Metric[]): Metric[] {
  return all.filter((m) => comparabilityGroup(m) === group);
}

export function isStockRate(rate: Rate): boolean {
  return rate === 'cumulative' || rate === 'none';
}

/** The date a claim speaks for when it has no period: its statement date, else its first source's date. */
export function claimDate(claim: Pick<Claim, 'statementDate' | 'sources'>): string | null {
  return claim.statementDate ?? claim.sources[0]?.date ?? null;
}

function inferredWindow(date: string): Period {
  return { start: addDays(date, -(INFERRED_WINDOW_DAYS - 1)), end: date };
}

/** The period a claim covers, inferred from its date when it states none; null when it has neither. */
export function effectivePeriod(claim: Pick<Claim, 'period' | 'statementDate' | 'sources'>): Period | null {
  if (claim.period) return claim.period;
  const d = claimDate(claim);
  return d ? inferredWindow(d) : null;
}

export interface CompareOptions {
  /** The page's publication date, placing a page figure that names no period. */
  published?: string | null;
  /** Keep only the best n. */
  limit?: number;
}


function sidesMatch(a: Side | null, b: Side | null): boolean {
  return a === null || b === null || a === b;
}

export type FigureLike = Pick<Figure, 'metric' | 'rate' | 'period' | 'side' | 'value'> & { claimant?: string | null };

export function isComparable(figure: FigureLike, claim: ClaimLike, opts: CompareOptions = {}): boolean {
  return judge(figure, claim, opts) !== null;
}

export interface Judgement {
  relation: Relation;
  score: number;
}

/** The parts of a claim that decide comparability and rank (the store scores compact rows with it). */
export type ClaimLike = Pick<Claim, 'metric' | 'rate' | 'period' | 'side' | 'value' | 'statementDate' | 'sources'> & {
  claimant?: Pick<Claim['claimant'], 'name'>;
};

/** A figure reduced to day numbers, so many claims can be judged without parsing dates. */
export interface DayFigure {
  metric: Metric;
  rate: Rate;
  side: Side | null;
  /** The stated period, or null. */
  start: number | null;
  end: number | null;
  /** The publication date, or null. */
  published: number | null;
  /** The stated value and the claimant's words (nameWords), to recognise the same statement; without them it never is. */
  value?: { low: number; high: number };
  claimantWords?: readonly string[] | null;
}

/** A claim reduced to day numbers: its stated period (or nulls) and its statement/source date. */
export interface DayClaim {
  metric: Metric;
  rate: Rate;
  side: Side | null;
  start: number | null;
  end: number | null;
  date: number | null;
  value?: { low: number; high: number };
  /** The claimant's name as nameWords gives it, joined by spaces. */
  claimant?: string;
}

export function toDayFigure(figure: FigureLike, opts: CompareOptions = {}): DayFigure {
  return {
    metric: figure.metric,
    rate: figure.rate,
    side: figure.side,
    start: figure.period ? dayNumber(figure.period.start) : null,
    end: figure.period ? dayNumber(figure.period.end) : null,
    published: opts.published ? dayNumber(opts.published) : null,
    value: figure.value,
    claimantWords: figure.claimant ? nameWords(figure.claimant) : null,
  };
}

export function toDayClaim(claim: ClaimLike): DayClaim {
  const d = claimDate(claim);
  return {
    metric: claim.metric,
    rate: claim.rate,
    side: claim.side,
    start: claim.period ? dayNumber(claim.period.start) : null,
    end: claim.period ? dayNumber(claim.period.end) : null,
    date: d ? dayNumber(d) : null,
    value: claim.value,
    claimant: claim.claimant ? nameWords(claim.claimant.name).join(' ') : undefined,
  };
}

/**
 * A name as comparable words: lower case, diacritics and possessives dropped,
 * and the transliterations of the Ukrainian/Russian ending -ий folded into one
 * (Zelenskiy, Zelenskyy, Zelenskyi and Zelensky are one surname: the seed
 * articles and the dataset spell him differently).
 */
export function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/\p{L}+/gu) ?? []
  ).map((w) => (w.length > 4 ? w.replace(/(?:iy|yy|yi|ij|y)$/, 'y') : w));
}

/**
 * Whether the page's claimant text names the claim's claimant: the claim's
 * surname (last word) appears in it ("Ukrainian Defence Minister Mykhailo
 * Fedorov" names Mykhailo Fedorov), or the text's last word is one of the
 * claim's name words (the extractor's "Western" names "Western officials").
 */
export function namesClaimant(figureWords: readonly string[], claimName: readonly string[]): boolean {
  const surname = claimName[claimName.length - 1];
  const last = figureWords[figureWords.length - 1];
  if (!surname || !last) return false;
  return figureWords.includes(surname) || claimName.includes(last);
}

const periodsEqual = (f: DayFigure, c: DayClaim) => f.start === c.start && f.end === c.end;

/** The page's figure is this very claim: value, metric family, period (or neither has one) and claimant agree. */
function isSameStatement(f: DayFigure, c: DayClaim): boolean {
  if (!f.value || !c.value || !f.claimantWords || !c.claimant) return false;
  if (f.value.low !== c.value.low || f.value.high !== c.value.high) return false;
  if (metricFamily(f.metric) !== metricFamily(c.metric) || !periodsEqual(f, c)) return false;
  return namesClaimant(f.claimantWords, c.claimant.split(' '));
}

/** Above every other relation's score, so the statement itself always ranks first. */
const SAME_STATEMENT_SCORE = 5000;

/** Whether a claim is comparable with the figure and, if so, how it relates and scores. */
export function judge(figure: FigureLike, claim: ClaimLike, opts: CompareOptions = {}): Judgement | null {
  return judgeDays(toDayFigure(figure, opts), toDayClaim(claim));
}

/** `judge` on day numbers: the single implementation of the rules above. */
export function judgeDays(f: DayFigure, c: DayClaim): Judgement | null {
  const j = judgeComparable(f, c);
  if (j && isSameStatement(f, c)) return { relation: 'same_statement', score: SAME_STATEMENT_SCORE + j.score };
  return j;
}

function judgeComparable(f: DayFigure, c: DayClaim): Judgement | null {
  if (comparabilityGroup(f.metric) !== comparabilityGroup(c.metric)) return null;
  if (!sidesMatch(f.side, c.side)) return null;
  const stock = isStockRate(f.rate);
  if (stock !== isStockRate(c.rate)) return null;
  const sameMetric = f.metric === c.metric;
  const sameFamily = metricFamily(f.metric) === metricFamily(c.metric);
  const kinship = (sameMetric ? 60 : 0) + (sameFamily ? 30 : 0);

  if (stock) {
    const claimEnd = c.end ?? c.date;
    if (claimEnd === null) return null;
    const figureEnd = f.end ?? f.published;
    if (figureEnd === null) return { relation: 'cumulative_total', score: 200 + kinship };
    const apart = Math.abs(claimEnd - figureEnd);
    if (apart > STOCK_WINDOW_DAYS) return null;
    return { relation: 'cumulative_total', score: 200 + kinship + 20 * (1 - apart / STOCK_WINDOW_DAYS) };
  }

  // A period total without its period cannot be a rate.
  if (c.rate === 'period_total' && c.start === null) return null;
  let cs: number;
  let ce: number;
  if (c.start !== null && c.end !== null) [cs, ce] = [c.start, c.end];
  else if (c.date !== null) [cs, ce] = [c.date - (INFERRED_WINDOW_DAYS - 1), c.date];
  else return null;
  let fs: number;
  let fe: number;
  if (f.start !== null && f.end !== null) [fs, fe] = [f.start, f.end];
  else if (f.published !== null) [fs, fe] = [f.published - (INFERRED_WINDOW_DAYS - 1), f.published];
  else return { relation: 'nearby_period', score: 300 + kinship };

  const gap = Math.max(0, Math.max(cs - fe, fs - ce) - 1);
  if (gap > NEARBY_GAP_DAYS) return null;
  const shared = Math.max(0, Math.min(fe, ce) - Math.max(fs, cs) + 1);
  const lenF = fe - fs + 1;
  const lenC = ce - cs + 1;
  const jaccard = shared / (lenF + lenC - shared);
  const inferred = c.start === null || f.start === null;
  const samePeriod = !inferred && jaccard >= SAME_PERIOD_JACCARD;
  const relation: Relation = samePeriod
    ? sameMetric
      ? 'same_period_same_metric'
      : 'same_period_same_family'
    : 'nearby_period';
  const base = relation === 'same_period_same_metric' ? 1000 : relation === 'same_period_same_family' ? 600 : 300;
  const closeness = 50 * jaccard + 20 * (Math.min(lenF, lenC) / Math.max(lenF, lenC)) - gap;
  return { relation, score: base + kinship + closeness - (inferred ? 15 : 0) };
}

/**
 * One plain sentence when the claim counts something other than the page
 * figure: "Definitions differ: the figure from Western officials counts
 * killed and wounded; the page's figure counts killed." Null when both use
 * the same metric. It names metrics in plain words; the claim's definition,
 * with its source's own wording, is shown beside it (Comparison.definition).
 */
export function definitionNote(
  figure: Pick<Figure, 'metric'>,
  claim: Pick<Claim, 'metric' | 'claimant'>,
): string | null {
  if (figure.metric === claim.metric) return null;
  // "the figure from X" keeps the verb singular whether X is a person or "Western officials".
  return `Definitions differ: the figure from ${claim.claimant.name} counts ${describeMetric(claim.metric)}; the page's figure counts ${describeMetric(figure.metric)}.`;
}

function claimDateKey(c: ClaimLike): string {
  return c.period?.end ?? claimDate(c) ?? '';
}

/** Builds the Comparison for one claim already judged comparable. */
function toComparison(
  figure: FigureLike,
  claim: Claim,
  j: Judgement,
  definitions: Map<string, Definition>,
): Comparison {
  const definition = (claim.definitionId && definitions.get(claim.definitionId)) || null;
  const note = definitionNote(figure, claim);
  if (j.relation === 'cumulative_total' || (j.relation === 'same_statement' && isStockRate(claim.rate))) {
    const end = claim.period?.end ?? claimDate(claim);
    const label = end
      ? claim.rate === 'cumulative'
        ? `in total by ${formatDate(end)}`
        : `as of ${formatDate(end)}`
      : 'in total';
    return { claim, definition, relation: j.relation, perDay: null, inPageUnit: { ...claim.value }, pageUnitLabel: label, definitionNote: note, score: j.score };
  }
  const perDay = perDayRate(claim);
  const inPageUnit = perDay ? toUnit(perDay, figure.rate, figure.period) : null;
  return {
    claim,
    definition,
    relation: j.relation,
    perDay,
    inPageUnit,
    pageUnitLabel: unitLabel(figure.rate, figure.period),
    definitionNote: note,
    score: j.score,
  };
}

/** The comparable claims, best first (score, then newest, then id), without building their Comparisons. */
export function rankClaims<C extends ClaimLike & { id: string }>(
  figure: FigureLike,
  claims: Iterable<C>,
  opts: CompareOptions = {},
): { claim: C; judgement: Judgement }[] {
  const out: { claim: C; judgement: Judgement; key: string }[] = [];
  for (const claim of claims) {
    const judgement = judge(figure, claim, opts);
    if (judgement) out.push({ claim, judgement, key: claimDateKey(claim) });
  }
  out.sort(
    (a, b) =>
      b.judgement.score - a.judgement.score ||
      (b.key < a.key ? -1 : b.key > a.key ? 1 : 0) ||
      (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0),
  );
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

/** The claims comparable with a page figure, best first (score, then newest, then id). */
export function compareFigure(
  figure: FigureLike,
  claims: Iterable<Claim>,
  definitions: Map<string, Definition>,
  opts: CompareOptions = {},
): Comparison[] {
  return rankClaims(figure, claims, opts).map((r) => toComparison(figure, r.claim, r.judgement, definitions));
}
