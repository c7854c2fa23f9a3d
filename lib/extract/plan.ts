import type { Sentence } from './context';
import type { FoundPeriod } from './lang/types';
import { untilAt } from './period';

// What a plan or an order is for lies ahead of its date: "a decree calling for the enlistment of 135,000 ... from
// October through December", read in late September, is this year's October to December, not last year's.

/**
 * A month, day or season without a year, from the publication's month on: only its reading as past or ahead differs
 * (an earlier month is this year's either way; the publication's own month is clipped to its date unless ahead).
 */
function yearlessAhead(p: FoundPeriod, publishedMonth: number, s: Sentence): boolean {
  const e = p.expr;
  // A plan's deadline ("by June") lies ahead whatever its month.
  if (e.kind === 'month') return e.year === undefined && e.yearOffset === undefined && (e.month >= publishedMonth || untilAt(s.text, s.lang, p));
  if (e.kind === 'date') return e.year === undefined && (e.month >= publishedMonth || untilAt(s.text, s.lang, p));
  return e.kind === 'season' && e.year === undefined;
}

function anyYearlessAhead(s: Sentence, publishedMonth: number): boolean {
  for (const p of s.periods) if (yearlessAhead(p, publishedMonth, s)) return true;
  return false;
}

/**
 * "A decree calling for the enlistment of 135,000 ... from October through December", "will call up 160,000 men in
 * November": what a plan or order is for lies ahead. Looked for only where a month or day without a year could say when.
 */
export function plannedAhead(s: Sentence, numberStart: number, published: string): boolean {
  const month = (published.charCodeAt(5) - 48) * 10 + published.charCodeAt(6) - 48;
  return anyYearlessAhead(s, month) && plannedBefore(s, numberStart);
}

/** "Putin ordered the conscription of 135,000 men": a plan or order before the number, which the number is for. */
export function plannedBefore(s: Sentence, numberStart: number): boolean {
  // The plan must come before the number: "lost 40,000 in November, and will call up more" is no plan for them.
  return s.speaksOfPlan && numberStart > s.start && s.lang.plannedAhead.test(s.text.slice(s.start, numberStart));
}

/**
 * "plan to increase ... by 79,000 personnel, bringing the total to 165,000", "A total of 130,000 people are to be
 * drafted": the total a plan will reach, not a running total since the war began.
 */
/** How far after a number a plan's passive may end ("... 130,000 people are to be"). */
const PASSIVE_REACH = 60;

export function plannedTotal(s: Sentence, numberStart: number, numberEnd: number): boolean {
  // A plan's passive after the number ("people are to be drafted") is looked for only where its hint follows.
  if (s.text.slice(numberEnd, numberEnd + PASSIVE_REACH).includes(s.lang.plannedAfterHint)) {
    s.lang.plannedAfter.lastIndex = numberEnd;
    if (s.lang.plannedAfter.test(s.text)) return s.speaksOfPlan;
  }
  // Before the number, only in a sentence that names an aim ("plan to increase"): most totals have none.
  if (numberStart <= s.start || !s.cues.some((c) => c.value === 'target') || !s.speaksOfPlan) return false;
  return s.lang.plannedAhead.test(s.text.slice(s.start, numberStart));
}
