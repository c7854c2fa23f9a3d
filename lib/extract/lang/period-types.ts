import type { Period } from '../types';

// The time expressions a language module reads, and what the core fills in on them while reading a sentence.

/** A time expression found in a sentence, before it is resolved against a date. */
export type PeriodExpr =
  | { kind: 'year'; year: number }
  | { kind: 'relYear'; offset: number }
  | { kind: 'relMonth'; offset: number }
  | { kind: 'relWeek'; offset: number }
  // thatYear: "in February of that year", the year last named before the sentence.
  // lastOne: "last February", the latest February before the anchor's month.
  | { kind: 'month'; month: number; year?: number; yearOffset?: number; thatYear?: boolean; part?: 'early' | 'mid' | 'late'; lastOne?: boolean }
  | { kind: 'date'; month: number; day: number; year?: number; /** "May 23-25": the span's last day. */ lastDay?: number }
  /** Without a year, the anchor's year moved by `yearOffset` ("the first quarter of last year": -1). */
  | { kind: 'quarter'; quarter: number; year?: number; yearOffset?: number; /** "the third quarter": the latest begun by the anchor. */ latest?: boolean }
  /**
   * Whole months of one year: "the first half of 2023" (1-6), "early 2024" (1-4), "mid-2024" (5-8), "late 2023" (9-12),
   * "the first three months of the year" (1-3); without a year, the anchor's year moved by `yearOffset`.
   */
  | { kind: 'months'; year?: number; yearOffset?: number; from: number; to: number }
  /** With a year ("the summer of 2022"), that instance; winter of a year is the one starting in its December. */
  // when: "by spring" is the next spring once this one is over; "this summer" is this year's, said in December too.
  | { kind: 'season'; season: 'winter' | 'spring' | 'summer' | 'autumn'; when: 'last' | 'next' | 'this' | 'by' | 'in'; year?: number }
  /** A span back from the anchor; `ahead`, the same span forward ("over the next two months"). */
  | { kind: 'back'; days: number; months: number; ahead?: boolean; /** "in just 24 hours": a day's span, which a named day outranks. */ loose?: boolean }
  | { kind: 'endOfYear'; year?: number }
  /**
   * A since-when start: the war's, or a year, month or day ("since late June", "since the update on May 19"), or
   * the start of a year or month relative to the anchor ("since the start of the year", "so far this month": 0).
   */
  | {
      kind: 'warStart';
      year?: number;
      /** "since 2022", not "since the start of 2022": in the invasion's year, the invasion. */
      yearAlone?: boolean;
      month?: number;
      day?: number;
      part?: 'early' | 'mid' | 'late';
      yearOffset?: number;
      monthOffset?: number;
      lastOne?: boolean;
      /** "since Sunday" (lastWeekday: "since last Sunday"), "since yesterday" (dayOffset -1): from that day. */
      weekday?: number;
      lastWeekday?: boolean;
      dayOffset?: number;
      /** "a year after the invasion": the war's first months, up to that mark (or the anchor, if sooner). */
      spanMonths?: number;
      /** "the first four days of the fighting": the war's first days. */
      spanDays?: number;
      /** "so far in 2023": no later than that year's end. */
      withinYear?: boolean;
    }
  /** last: "last Friday", the one before the anchor's day, never the day itself. */
  | { kind: 'weekday'; weekday: number; last?: boolean }
  | { kind: 'day'; offset: number }
  /** "over the weekend": the latest Saturday and Sunday up to the publication date; last: the one before that. */
  | { kind: 'weekend'; last: boolean }
  /** "for the month": the month named elsewhere in the sentence. */
  | { kind: 'anaphor' }
  /** "since the beginning of the counteroffensive": a running total from an event the text does not date here. */
  | { kind: 'eventStart' };

export interface FoundPeriod {
  start: number;
  end: number;
  expr: PeriodExpr;
  /** Opens a since-when total ("since the full-scale invasion"). */
  since: boolean;
  /** Dates a statement, not what it counts ("said in February that 180,000 had been killed"). */
  statement: boolean;
  /** Filled in by the core the first time the expression is resolved. */
  resolved?: Period | null;
  /** The same, read as a plan's time, ahead of the anchor (see `plannedAhead`). */
  resolvedAhead?: Period | null;
  /** Filled in by the core when first asked: a likeness the figure is compared with ("consistent with late 2024"). */
  likened?: boolean;
  /** Whether it says when a "since" clause began ("Since the conflict escalated in 2022"), worked out when first asked. */
  inSinceClause?: boolean;
  /** Whether "by", "as of" or "until" stands right before it (the end of a running total), worked out when first asked. */
  until?: boolean;
}
