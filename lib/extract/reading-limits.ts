import type { Metric } from './types';

// The thresholds and word sets consider.ts reads a number by: how far a carry reaches, how large a count must be to
// stand for a force or the war so far, which metrics are stocks.

/** "grown ... to 470 thousand in a year": how long a change took, right after the number. */
export const IN_A_YEAR = /^[^.;:!?\d]*\bin\s+a\s+year\b/;
export const IN_A_YEAR_REACH = 40;
/** Metrics that count a stock at a moment, not a flow over a period. */
export const STOCKS = new Set<Metric>(['force_size', 'foreign_troops', 'ratio']);
/** A bare "target" sentence may refer to a figure this close before it. */
export const REFERENCE_REACH = 600;
/** A span from February 2022 that runs past the war's first weeks is the war so far. */
export const INVASION_MONTH = '2022-02-01';
export const WAR_FIRST_MONTHS = '2022-03-31';
/** A span that starts this close before the invasion was counted back to it. */
export const INVASION_WEEK = '2022-02-17';
/** A spelled-out number without its noun is a figure only from here ("half a million", not "the two sides"). */
export const MIN_HEADLESS_WORDS = 1000;
/** Russia's war on Ukraine began with Crimea and the Donbas in 2014; a count for a span that ended before is another war's. */
export const WAR_BEGAN = '2014-01-01';
/** A part of a daily tally is at most this many times the figure before it; a running total is far larger. */
export const TALLY_PART = 10;
/** How far after a count of civilians a number without people of its own still counts civilians. */
export const CIVILIAN_CARRY = 300;
/** A bare number repeating an earlier figure's value is that figure only if large enough to be distinctive. */
export const MIN_REPEATED_VALUE = 100;
/** The least count read as a force from a generic word ("troops", "men") alone. */
export const MIN_FORCE = 100;
/** Metrics that, in a sentence opening "Among the dead", say who the dead were. */
export const RAISED_AMONG_DEAD = new Set<Metric>(['recruited', 'mobilized', 'foreign_troops', 'force_size']);
/** More dead than any estimate of this war's soldiers killed: deaths of a whole population, or another war's. */
export const MAX_KILLED = 2_000_000;
/** Counts of what happened to soldiers, which a weekday may date ("lost 1,300 soldiers on Monday"). */
export const DAY_TOLLS = new Set<Metric>(['killed', 'wounded', 'casualties', 'losses', 'captured', 'missing']);
/** Tolls that, undated, stand for the war so far. */
export const WAR_TOLLS = new Set<Metric>(['killed', 'wounded', 'casualties', 'losses']);
/** The least undated toll read as the war so far: daily and weekly tolls, and single strikes, stay below it. */
export const WAR_TOTAL_MIN = 5000;
