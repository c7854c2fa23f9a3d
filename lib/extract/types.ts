// The shared vocabulary of DESIGN.md, as types. Everything that handles a
// figure (extractor, comparison, page, popover, export) uses these.

export const METRICS = [
  'killed',
  'wounded',
  'casualties',
  'losses',
  'recruited',
  'mobilized',
  'force_size',
  'foreign_troops',
  'net_deficit',
  'ratio',
  'target',
  'deserted',
  'captured',
  'missing',
] as const;
export type Metric = (typeof METRICS)[number];

export const RATES = [
  'per_day',
  'per_week',
  'per_month',
  'per_year',
  'cumulative',
  'period_total',
  'none',
] as const;
export type Rate = (typeof RATES)[number];

export const QUALIFIERS = [
  'exact',
  'about',
  'more than',
  'at least',
  'up to',
  'as many as',
  'nearly',
  'under',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SIDES = ['russia', 'ukraine'] as const;
export type Side = (typeof SIDES)[number];

/** ISO dates, inclusive at both ends: `YYYY-MM-DD`. */
export interface Period {
  start: string;
  end: string;
}

export interface NumericValue {
  low: number;
  high: number;
}

/** A casualty or recruitment figure found in a block of text. */
export interface Figure {
  /** UTF-16 offsets into the block's text; `text === block.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  value: NumericValue;
  qualifier: Qualifier;
  metric: Metric;
  rate: Rate;
  period: Period | null;
  side: Side | null;
  /** Who the sentence credits with the figure, where it names someone. */
  claimant: string | null;
  /** The sentence the figure came from, for display and anchoring. */
  sentence: string;
}

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, used to resolve "in January", "last year". */
  published: string;
  /** Language module to use; only `en` today. */
  lang?: string;
}
