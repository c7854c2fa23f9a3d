import type { Sentence } from './context';
import type { FoundPeriod } from './lang/types';
import type { NumberToken } from './numbers';
import { anchorDate, resolvePeriod } from './resolve';
import type { Period } from './types';

// "on Sunday, Tuesday, Wednesday, there were 700, 800 and 850 Russian losses respectively": the k-th number of a list
// closed by "respectively" takes the k-th of the times named before it (or after it, before "respectively").

/** A run of digits with its separators ("1,262"), so that a list's numbers can be counted. */
const NUMBER = /\d(?:[\d,.]*\d)?/g;

export function respectivePeriod(tok: NumberToken, s: Sentence, published: string): Period | null {
  if (!s.saysRespectively) return null;
  const { text, lang } = s;
  const word = lang.pairs.word;
  // Within the sentence's own text: a search of the whole text would run on past it.
  const i = s.body.indexOf(word, tok.end - s.start);
  if (i < 0) return null;
  const at = s.start + i;
  const named = (p: FoundPeriod) => !p.since && !p.statement;
  let times = s.periods.filter((p) => p.end <= tok.start && named(p));
  // The list runs from the last of those times to "respectively"; or, with the times after it ("1,500, 1,330, and
  // 1,400 troops on Saturday, Sunday, and Monday respectively"), from the sentence's start to the first of them.
  const from = times.length ? times[times.length - 1]!.end : s.start;
  let to = at;
  if (times.length < 2) {
    times = s.periods.filter((p) => p.start >= tok.end && p.end <= at && named(p));
    if (times.length < 2) return null;
    to = times[0]!.start;
  }
  let n = 0;
  let k = -1;
  for (const m of text.slice(from, to).matchAll(NUMBER)) {
    if (from + m.index === tok.start) k = n;
    n++;
  }
  if (k < 0 || n !== times.length) return null;
  let expr = times[k]!.expr;
  // "throughout May and June 2024": the year the list ends with is every month's.
  const last = times[times.length - 1]!.expr;
  if (expr.kind === 'month' && expr.year === undefined && expr.yearOffset === undefined && last.kind === 'month' && last.year !== undefined) {
    expr = { ...expr, year: last.year };
  }
  const day = anchorDate(expr, published);
  return day ? { start: day, end: day } : resolvePeriod(expr, { anchor: published });
}
