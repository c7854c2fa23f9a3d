import type { Sentence } from './context';
import { aboutSameFamily } from './family';
import type { PeriodExpr } from './lang/types';
import { choosePeriod, FULL_SCALE_INVASION, untilAt } from './period';
import { sentenceSide } from './side';
import type { Metric, Period, Side } from './types';

// What the sentence before sets for a figure whose own sentence names no side or time ("In September, losses hit a
// high. ... the rate was 1,271 per day").

/** Kinds of time expression that set the scene for the next sentence: a named month or season, not a background year. */
const SCENE_KINDS = new Set<PeriodExpr['kind']>(['month', 'relMonth', 'quarter', 'months', 'season']);

/**
 * The side and calendar span the previous sentence of the same block set,
 * for a figure whose own sentence names neither; only when that sentence is
 * about the same family of metric, so an unrelated aside never lends them.
 */
export function sceneBefore(s: Sentence, metric: Metric, published: string, planned = false): { side: Side | null; period: Period | null } | null {
  const p = s.previous;
  if (!p || !aboutSameFamily(p, metric)) return null;
  // Not "as of June 2024", which ends a running total and sets no month for the next sentence's figures.
  const periods = p.periods.filter((x) => !x.since && !x.statement && SCENE_KINDS.has(x.expr.kind) && !untilAt(s.text, s.lang, x));
  const period = periods.length
    ? choosePeriod({
        text: s.text,
        lang: s.lang,
        periods,
        published,
        sentenceStart: p.start,
        numberStart: p.end,
        numberEnd: p.end,
        cumulative: false,
        // "The call-up will last from October to December. A total of 130,000 are to be drafted.": a plan's months lie ahead.
        clipToAnchor: !planned,
        ahead: planned,
      })
    : null;
  // "The registry was launched in May 2023. At the time, the ministry reported 23,000 missing": the count then, since
  // the war began, not those of May alone.
  if (period && period.end >= FULL_SCALE_INVASION && s.lang.atTheTimeStart.test(s.body)) return { side: sentenceSide(p), period: { start: FULL_SCALE_INVASION, end: period.end } };
  return { side: sentenceSide(p), period };
}
