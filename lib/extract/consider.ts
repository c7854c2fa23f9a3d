// Reading one number in its sentence: whether it is a casualty or recruitment figure, and what it counts, over
// which span, at what rate and on whose side. index.ts finds the numbers and calls this for each, in text order.

import { classifyMetric } from './classify';
import { lossPredicate, lossRightAfter, pastMore } from './loss-verbs';
import { bodiesCount, handoverReading } from './bodies';
import { findClaimant } from './claimant';
import { bracketedTotal, convictsRecruited, deficitMargin, leadingReading, leftOrTooMany, notPersonnel, partOfOther, raisedAfter, raisedBefore, strikeToll } from './not-personnel';
import type { SentenceCache } from './context';
import { anaphoricMetric, bracketedRestatement, elidedPair, sideOfFigureBefore, listedLikeBefore, partOfCount, partOfFigureBefore, sameFamily } from './family';
import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import { addDays } from './calendar';
import { asOfDay, choosePeriod, FULL_SCALE_INVASION, ownSince, type PeriodSource } from './period';
import { saidUpTo } from './statement';
import { findQualifier } from './qualifier';
import { findRate } from './rate';
import { densityAfter, densityBefore, otherWar } from './other-counts';
import { rejectLocal, sticky } from './reject';
import { nounAfter, type NounPhrase } from './noun-phrase';
import { findSide } from './side';
import { sceneBefore } from './scene';
import { prisonersOfSwap, swapPairAt } from './swap';
import { readRatioRange, ratioTerm } from './ratio-terms';
import { plannedAhead, plannedBefore, plannedTotal } from './plan';
import { respectivePeriod } from './respective';
import { earlierWith, namedAgain, sameCountAgain, type SaidBefore } from './said-before';
import { newParagraphBetween, sentenceBetween, sentenceEndBetween } from './spans';
import { continues, datedPeriodIn, endsTotal, fromToPair, hasAnaphor, PER_RATES, sameSpanYearBefore, incrementAt, seriesAfter, shortSpanAfter, sinceBefore, tooLargeForSpan } from './time-cues';
import type { Figure, Metric, Period, Rate } from './types';
import { CIVILIAN_CARRY, DAY_TOLLS, INVASION_MONTH, INVASION_WEEK, IN_A_YEAR, IN_A_YEAR_REACH, MAX_KILLED, MIN_FORCE, MIN_HEADLESS_WORDS, MIN_REPEATED_VALUE, RAISED_AMONG_DEAD, REFERENCE_REACH, STOCKS, TALLY_PART, WAR_BEGAN, WAR_FIRST_MONTHS, WAR_TOLLS, WAR_TOTAL_MIN } from './reading-limits';

// Vague magnitudes ("thousands", "hundreds of thousands", "several") are figures when their sentence makes them personnel
// figures, at the least the plural can mean (2,000, 200,000; "several" is 3), "at least", and never ranges.

export interface Doc extends SaidBefore {
  text: string;
  lang: LangModule;
  published: string;
  sentences: SentenceCache;
  out: Figure[];
  /** Where the last number counting civilians ended ("317 civilians were killed and 795 were injured"). */
  civilianEnd: number;
  /** Where the last count of equipment ended ("1,520 artillery systems"), or -1. */
  equipmentEnd: number;
  /** Where the last count of something else ended ("39 assaults"), or -1. */
  otherNounEnd: number;
}

/** Reads one number in its sentence: the figure it is, or null when it is none. */
export function consider(doc: Doc, tok: NumberToken): Figure | null {
  const { text, lang } = doc;
  // "Russia's casualty rate is 10 times higher than Ukraine's": a loss ratio, if the sentence is about losses.
  if ((tok.kind === 'digits' || tok.kind === 'words') && text.charCodeAt(tok.end) === 32 && (text.charCodeAt(tok.end + 1) | 32) === 116) {
    lang.timesRatioAfter.lastIndex = tok.end;
    if (lang.timesRatioAfter.test(text)) tok.times = true;
  }
  if (rejectLocal(text, tok, lang)) return null;
  const np = partOfCount(text, tok, lang) ?? nounAfter(text, tok.end, lang);
  // "a decree to enlist 160,000 Russian citizens": citizens an army takes in are its recruits.
  const raisedCitizens = np.reject === 'civilians' && (raisedBefore(text, tok, lang) || raisedAfter(text, tok, lang));
  if (np.reject && !tok.times && !raisedCitizens) {
    if (np.reject === 'civilians') doc.civilianEnd = np.end;
    if (np.reject === 'equipment') doc.equipmentEnd = np.end;
    if (np.reject === 'other noun') doc.otherNounEnd = np.end;
    return null;
  }
  // "102 casualties per square kilometre" (looked for only where " p", " k", " w", " l" or " d" follows).
  const afterNoun = text.charCodeAt(np.end + 1) | 32;
  if (text.charCodeAt(np.end) === 32 && (afterNoun === 112 || afterNoun === 107 || afterNoun === 119 || afterNoun === 108 || afterNoun === 100)) {
    lang.perUnitAfter.lastIndex = np.end;
    if (lang.perUnitAfter.test(text)) return null;
  }
  if (densityAfter(text, np.end, lang) || densityBefore(text, tok.start, lang)) return null;
  // "39 assaults ... of a total 117 registered": the total of the things just counted.
  const totalOfOther = np.headless && doc.otherNounEnd >= 0 && tok.start - doc.otherNounEnd <= CIVILIAN_CARRY;
  if (totalOfOther && lang.totalOfBefore.test(text.slice(Math.max(0, tok.start - 12), tok.start)) && !sentenceEndBetween(text, doc.otherNounEnd, tok.start)) return null;
  // "317 civilians were killed and 795 were injured", "10,582 dead and 19,875 injured": with no people of its own,
  // a number in the same sentence as a count of civilians counts civilians too (never past a paragraph's end).
  const afterCivilians =
    doc.civilianEnd >= 0 &&
    tok.start - doc.civilianEnd <= CIVILIAN_CARRY &&
    // Not prisoners named as such ("120 civilians each. On Sunday, both sides swapped 303 prisoners").
    (np.headless || np.info?.weak || (np.info?.cue !== undefined && np.info.cue !== 'personnel' && !(np.info.cue === 'captured' && !np.info.atNumber))) &&
    !newParagraphBetween(text, doc.civilianEnd, tok.start);
  if (afterCivilians && !sentenceEndBetween(text, doc.civilianEnd, tok.start)) return null;
  if (tok.yearLike && !np.info) return null;
  // "67,000 women in the armed forces, of which 19,000 are workers": what they are, said right after, is no soldiers.
  if (np.headless && sticky(lang.civilianPredicateAfter, text, np.end)) return null;
  if (leftOrTooMany(text, tok, np, lang) || partOfOther(text, tok, np, lang) || bracketedTotal(text, tok, np, doc.equipmentEnd)) return null;
  // "millions of men ... don't serve": no army counts its soldiers by the million, vaguely; people, families and men do.
  // Nor does a bare "millions" ("visiting death and destruction on millions").
  if (tok.kind === 'vague' && tok.low >= 1e6 && (np.info?.weak || np.headless)) return null;
  // Small spelled-out single numbers are too often pronouns and durations ("no one", "the two sides") to stand
  // without their noun; a scaled one ("a quarter of a million had been killed") is a count. So is one a loss follows
  // ("four more have been captured"), one a tally is brought up to ("takes the official tally ... to ten"), and one
  // that goes on a list of figures ("22 from Sverdlovsk, 13 from Chelyabinsk, nine from Volgograd").
  // So is one paired with a number in digits that has a noun ("five and 12 local servicemen killed").
  if (tok.kind === 'words' && !tok.isRange && !np.info && tok.low < MIN_HEADLESS_WORDS && !tok.times && !lossRightAfter(text, np, lang) && !(np.headless && sticky(lang.tallyToBefore, text, tok.start)) && !sticky(lang.digitsPairAfter, text, tok.end)) {
    if (!np.headless || !listedLikeBefore(text, tok, doc.out[doc.out.length - 1])) return null;
  }
  if (tok.kind === 'words' && tok.high === 1 && (sticky(lang.notCountBefore, text, tok.start) || sticky(lang.notCountAfter, text, tok.end))) return null;

  const s = doc.sentences.at(tok.start);
  const inWords = ratioTerm(text, tok, s);
  if (inWords === 'term') return null;
  // Looked for only here, where few numbers remain: a capacity is no count; a margin is one only as a net deficit.
  const leading = leadingReading(text, tok, s, lang);
  if (leading === 'capacity') return null;
  const margin = leading === 'margin';
  // "... 136 civilians killed. Of the 400 who have been injured, 26 are children": the next sentence, if it names
  // no soldiers and no side, still counts them.
  // (Not a ratio of losses: "... children have been deported. The ratio is one to five.")
  if (afterCivilians && !s.cues.some((c) => c.value === 'personnel' || c.value === 'ratio') && s.sides.length === 0) return null;
  if (margin && !deficitMargin(s)) return null;
  const prev = doc.out[doc.out.length - 1];
  const afterFigure = !!prev && tok.start - prev.end < REFERENCE_REACH;
  // "Some reports have put the number at more than 100", "It put that number at 5,937": the number before's, even
  // where an army estimates ("Ukraine's military puts the figure at 18,900"). Raised citizens read as if they had no
  // noun: the verb before them says what they count.
  const ownMetric = classifyMetric(text, tok, raisedCitizens ? { ...np, reject: null, info: null, headless: true } : np, s, lang, afterFigure);
  const anaphoric = (!ownMetric || ownMetric.metric === 'force_size') && np.headless ? anaphoricMetric(text, tok, s, lang) : null;
  // "a 160-for-160 swap": the prisoners each side handed over, said once; "1 to 8 ..., one Ukrainian for eight Russians": a ratio.
  const pair = swapPairAt(text, tok, np, s);
  if (pair === 'second') return null;
  const range = readRatioRange(text, tok, s);
  const fixed: Metric | null = margin ? 'net_deficit' : pair === 'first' ? 'captured' : inWords || range ? 'ratio' : null;
  const metricResult = fixed ? { metric: fixed, specific: true } : (anaphoric ?? ownMetric);
  // People left out as civilians: the numbers after them may continue their toll. Not a population ("68 million men
  // lived in Russia, ... losses could exceed 680,000 people").
  if (!metricResult && np.info?.weak && !s.cues.some((c) => c.value === 'population')) doc.civilianEnd = np.end;
  const earlier = earlierWith(doc, tok.low, tok.high);
  const again = (earlier && namedAgain(earlier, text, tok, s)) || (afterFigure && np.headless && sameCountAgain(prev!, text, tok, s));
  if (again) return { ...again, claimant: findClaimant(s, lang, tok.start) ?? again.claimant };
  // "... 1,000 people dead a day. That's over 30,000 in the month of December.": the figure before, restated.
  const restating = !metricResult && np.headless && afterFigure && prev!.start < s.start && lang.anaphoraStart.test(s.body) ? prev! : null;
  if (!metricResult && !restating && !(earlier && np.headless && tok.low >= MIN_REPEATED_VALUE)) return null;
  // "About 400 people have signed the contract ... On average, this is 135-140 people per month": the count before, restated.
  const restatedMetric =
    metricResult && !metricResult.specific && np.info?.weak && afterFigure && lang.anaphoraStart.test(s.body) ? prev!.metric : null;
  // "the following three Russian men", "Nikita, 26,": a handful of people in a story, with no word for what happened
  // to them, is no force.
  if (metricResult && !metricResult.specific && !restatedMetric && tok.high < MIN_FORCE) return null;
  let metric: Metric = restatedMetric ?? metricResult?.metric ?? restating?.metric ?? earlier!.metric;
  if ((metric === 'captured' || metric === 'killed') && convictsRecruited(text, tok, np, s, lang, metric === 'captured')) metric = 'recruited';
  // "10 foreigners who fought for Ukraine were also released": freed prisoners, whoever they fought for.
  if ((metric === 'force_size' || metric === 'foreign_troops') && prisonersOfSwap(tok, s, afterFigure ? prev! : null)) metric = 'captured';
  if (notPersonnel(text, tok, np, s, metric, lang)) return null;
  // A strike's victims: the numbers after them without people of their own count them too ("killed 3 and injured 6").
  if (strikeToll(text, tok, np, s, metric, lang)) {
    doc.civilianEnd = np.end;
    return null;
  }
  // "Among the dead, 8,099 are former prisoners ..., 5,216 are mobilized": who the dead were, not who was mobilized.
  // "Among them, 13,781 were volunteers", after a count of the dead (or of the missing): who those people were.
  let amongTheDead = false;
  if (RAISED_AMONG_DEAD.has(metric) && tok.start > s.start && (lang.amongDead.test(s.body) || (afterFigure && (prev!.metric === 'killed' || prev!.metric === 'missing') && lang.amongThem.test(s.body)))) {
    amongTheDead = lang.amongDead.test(s.body);
    metric = amongTheDead ? 'killed' : prev!.metric;
  }
  // "at least 93 people died among such recruits, including 34 Uzbeks": nationals picked out of a toll are its part.
  if (metric === 'foreign_troops' && afterFigure && prev!.start >= s.start && WAR_TOLLS.has(prev!.metric) && lang.subsetBefore.test(text.slice(prev!.end, tok.start))) metric = prev!.metric;
  if (otherWar(text, tok, s, lang)) return null;
  // "four of the ten Moldovan troops were killed": the verb is the part's; the whole is the group they came from.
  if ((metric === 'killed' || metric === 'wounded' || metric === 'missing') && np.info?.cue === 'personnel' && sticky(lang.wholeOfPartBefore, text, tok.start) && lossPredicate(text, pastMore(text, np.end), lang) === metric) return null;
  // "more than 11 million people who died between 2014 and May 2023": no count of this war's dead comes near that.
  if (metric === 'killed' && tok.low > MAX_KILLED) return null;
  // "Russia lost 1,520 artillery systems, followed by 1,517 in August. Last month, 1,219 were destroyed.": a number
  // without a noun that continues a count of equipment, in its sentence or the next one naming no soldiers, is its.
  if (
    np.headless &&
    metric === 'losses' &&
    doc.equipmentEnd >= 0 &&
    tok.start - doc.equipmentEnd <= CIVILIAN_CARRY &&
    (!sentenceEndBetween(text, doc.equipmentEnd, tok.start) || !s.cues.some((c) => c.value === 'personnel'))
  ) {
    return null;
  }

  // "maintain a 700,000-man army ... annually", "grown from 360 thousand to 470 thousand in a year": an army's size is
  // a stock; a year's word there says how long it took or what the money is, not a yearly flow.
  const found = findRate(text, tok, s);
  const rateWord = found === 'per_year' && metric === 'force_size' && (np.sized || IN_A_YEAR.test(text.slice(tok.end, Math.min(s.end, tok.end + IN_A_YEAR_REACH)))) ? null : found;
  const explicit: Rate | null =
    rateWord === 'per_day' || rateWord === 'per_week' || rateWord === 'per_month' || rateWord === 'per_year' ? rateWord : null;
  // "A total of 7,883 ... in 2023" totals that year; "a total of 7,883" with no date, the war so far.
  // "10 more Nepalis ... killed in the war", "a further 350", "lost 1,240 troops, taking the total ... to 403,720": an
  // increment, never the war's total (the kinds of increment are in `incrementAt`).
  const increment = incrementAt(text, tok, np.end, lang, prev && prev.metric === metric);
  // "a prisoner exchange deal that will involve a total of 1,000 people": the total of one swap, not of the war.
  const oneSwap =
    rateWord === 'cumulative_before' &&
    metric === 'captured' &&
    !s.perfectTense &&
    !s.periods.some((p) => p.since) &&
    !s.rates.some((r) => r.value.rate === 'cumulative') &&
    s.namesPrisonerRelease;
  // "plan to increase ... by 79,000, bringing the total to 165,000", "A total of 130,000 are to be drafted": a plan's total.
  const planned = (rateWord === 'cumulative_before' || rateWord === 'war_scope' || rateWord === 'cumulative') && plannedTotal(s, tok.start, tok.end);
  // "16 missing in Russia-Ukraine war" is a stock; "wounded in the Russo-Ukrainian War during the Battle of Kursk", one battle's.
  const scopedOnly = rateWord === 'war_scope' && (metric === 'missing' || lang.battleScope.test(s.body));
  const totalOf =
    (rateWord === 'cumulative_before' || rateWord === 'war_scope') && !scopedOnly && !increment && !oneSwap && !planned && !datedPeriodIn(s.periods, text, tok, lang);
  const cumulative =
    !explicit && !STOCKS.has(metric) && metric !== 'target' && ((rateWord === 'cumulative' && !planned && !(increment && (!prev || prev.start < s.start || prev.metric === metric)) && !shortSpanAfter(s.periods, text, tok, lang)) || totalOf || sinceBefore(text, tok, s.periods, lang, s.start));
  const flow = !STOCKS.has(metric) && metric !== 'target';
  const ahead = plannedAhead(s, tok.start, doc.published);
  const periodSource: PeriodSource = {
    text,
    lang,
    periods: s.periods,
    published: doc.published,
    sentenceStart: s.start,
    numberStart: tok.start,
    numberEnd: tok.end,
    cumulative,
    clipToAnchor: !explicit && flow,
    stock: STOCKS.has(metric),
    breaks: s.breaks,
    parts: s.parts,
    ahead,
    // Not "will exchange 200 prisoners on Monday": a weekday ahead is resolved back in time, so a plan's day is no toll's.
    dayOwn: DAY_TOLLS.has(metric) && s.periods.some((p) => p.expr.kind === 'weekday' || p.expr.kind === 'day') && !s.perfectTense && !lang.forecast.test(s.body),
    reports: s.reports,
  };
  let period: Period | null = choosePeriod(periodSource);
  // "since May, ... calling up to 30 thousand people per month", "since January 1 ... (an average of 1,351 per day)":
  // a rate over the span a since-phrase opens.
  if (!period && explicit && flow && ownSince(periodSource)) period = choosePeriod({ ...periodSource, cumulative: true });
  // "between the start of the invasion in February 2022 and December 2025": the whole war so far.
  // So is a span counted back to within days of the invasion ("killed in four weeks of war", said in March 2022).
  if (period && flow && !explicit && period.start >= INVASION_MONTH && period.start < FULL_SCALE_INVASION && (period.end > WAR_FIRST_MONTHS || period.start >= INVASION_WEEK)) {
    period = { start: FULL_SCALE_INVASION, end: period.end };
  }
  // "106,000 dead by June 21", "as of April ... 150,000": a running total up to that date.
  const chosen = period;
  const ends = period && period.end >= FULL_SCALE_INVASION && !explicit && !cumulative && flow ? endsTotal(text, lang, s.periods, period, s, ahead) : null;
  // A plan's deadline ("preparing to mobilize an additional 300,000 troops by June", "ordered the conscription of 135,000
  // men by the end of 2025") runs from the day it was told; read after the deadline, its start is not said.
  if (ends === 'until') {
    const plan = ahead || plannedBefore(s, tok.start);
    if (!plan) period = { start: FULL_SCALE_INVASION, end: period!.end };
    else if (doc.published <= period!.end) period = { start: doc.published, end: period!.end };
  }
  else if (ends === 'before' && period!.start > FULL_SCALE_INVASION) period = { start: FULL_SCALE_INVASION, end: addDays(period!.start, -1) };
  // "UK estimates – 70,000 Russian military killed, ..., Nov 30, 2023", "one million casualties sometime this summer": a
  // toll too large for the day or season it is dated to is the running total up to it. Not bodies (one handover).
  else if (period && !explicit && !cumulative && WAR_TOLLS.has(metric) && tooLargeForSpan(period, s.periods, tok.low) && !bodiesCount(text, tok, np, s)) {
    period = { start: FULL_SCALE_INVASION, end: period.end };
  }
  // "on Sunday, Tuesday, Wednesday, there were 700, 800 and 850 Russian losses respectively".
  if (!cumulative) period = respectivePeriod(tok, s, doc.published) ?? period;
  // "... captured more than 80 troops in the same period": the period of the figure just before.
  if (!period && afterFigure && prev!.period && hasAnaphor(s.periods)) period = prev!.period;
  // "... 37,900 in the second quarter of 2025, 2.5 times fewer than in the same period last year, when 92,800 ...".
  if (afterFigure && prev!.period) period = sameSpanYearBefore(s.periods, prev!.period, text, tok) ?? period;
  // "Over the past day, Ukraine lost up to 620 soldiers ...; Kiev has lost up to 450 in battles with ...": the parts
  // of a daily or weekly tally keep its span, whatever their tense.
  // Not a vague "thousands": a tally's parts are counted ("... saw thousands of troops killed" is no part).
  // The period may be the tally's own, read from the same sentence ("1,310 over the past day: up to 220 ..., over 180").
  const tallyPart =
    tok.kind !== 'vague' &&
    (!period || (prev !== undefined && prev.period !== null && period.start === prev.period.start && period.end === prev.period.end)) &&
    !explicit &&
    !cumulative &&
    flow &&
    rateWord === null &&
    afterFigure &&
    (prev!.rate === 'per_day' || prev!.rate === 'per_week') &&
    (prev!.metric === metric || !sentenceBetween(text, prev!.end, s.start)) &&
    sameFamily(prev!.metric, metric) &&
    tok.high <= prev!.value.high * TALLY_PART &&
    // "in September 2022, when it said 5,937 people had died", "came March 25, when a general told state media that
    // 1,351 soldiers had been killed": a statement dated to another month or day is another report
    // (a weekday's is the tally's own: "On Sunday, the general staff said ...").
    !s.periods.some((p) => p.statement && (p.expr.kind === 'month' || p.expr.kind === 'year' || p.expr.kind === 'date'))
      ? prev!
      : null;
  if (tallyPart) period = tallyPart.period;
  // "Russia has lost 6,000 soldiers": a running total since the war began, up to the sentence's date; "said in
  // February that 180,000 had been killed": up to the statement's date.
  // "Sixteen more Nepalis ... have died": an increment, never the running total itself.
  // (Not "ten have been killed and four more captured": a count of another kind after one may well be a total.)
  if (!period && !explicit && !cumulative && !(increment && (!prev || prev.start < s.start || prev.metric === metric)) && flow && rateWord === null && doc.published >= FULL_SCALE_INVASION) {
    const said = saidUpTo(s, doc.published, { text, start: tok.start, end: tok.end });
    // Not for one event: "said on March 3 that 50 had been killed in a strike".
    const oneEvent = s.cues.some((c) => c.value === 'civilian');
    if ((s.perfectTense || (said && s.pastPerfect && !oneEvent)) && !lang.battleScope.test(s.body)) {
      period = { start: FULL_SCALE_INVASION, end: said ?? asOfDay(s.periods, text, lang, doc.published) ?? doc.published };
    }
  }
  // "That means ... 36,000 each month": the sentence restates the previous figure's period.
  if (!period && prev && lang.anaphoraStart.test(s.body)) period = prev.period;
  const refersBack = !!anaphoric || (np.headless && sticky(lang.numberAnaphorBefore, text, tok.start));
  const ownSide = pair === 'first' ? 'both' : (refersBack && sideOfFigureBefore(prev, s)) || findSide(tok, np, s, metric);
  // "Zelensky said Russia suffered 500,000 casualties": a nation's toll of WAR_TOTAL_MIN or more, with no time word,
  // no battle or place and no forecast, is the war so far, up to the statement. A battle's ("30,000 casualties in
  // Bakhmut") or a strike's toll names its scene and keeps no rate.
  let warTotal = false;
  if (
    !period &&
    !explicit &&
    !cumulative &&
    !increment &&
    !anaphoric &&
    rateWord === null &&
    ownSide !== null &&
    WAR_TOLLS.has(metric) &&
    tok.low >= WAR_TOTAL_MIN &&
    doc.published >= FULL_SCALE_INVASION &&
    !lang.localScope.test(s.body) &&
    // "will", "could reach": a forecast, up to the number.
    !lang.forecast.test(text.slice(s.start, tok.end))
  ) {
    period = { start: FULL_SCALE_INVASION, end: saidUpTo(s, doc.published, { text, start: tok.start, end: tok.end }) ?? doc.published };
    warTotal = true;
  }
  // "In September, losses hit a high. ... the rate was 1,271 per day": the month set in the sentence before.
  const before = !period || !ownSide ? sceneBefore(s, metric, doc.published, planned) : null;
  // Not into a sentence with a since-clause of its own ("In the three years since ..., it has drafted an average of ...").
  if (!period && !cumulative && flow && before && !s.periods.some((p) => p.since)) period = before.period;
  // "from 1,262 per day in May to 1,140 in July": the second end of a from-to pair keeps the first's unit.
  const paired =
    !explicit &&
    prev &&
    prev.start >= s.start &&
    PER_RATES.has(prev.rate) &&
    (fromToPair(text, lang, prev, tok) || (rateWord === null && (continues(text, lang, tok) || seriesAfter(text, lang, prev, tok))))
      ? prev.rate
      : null;
  // "a daily average loss rate from 400 in 2022, to 693 in 2023, to 913 through the first quarter of 2024": the span
  // of an average in a series, not the end of a running total.
  if (paired && ends) period = chosen;
  // "... averaged 1,262 a day. In June, the number fell to 1,163": the same count, at the same rate.
  const restated = anaphoric && !explicit && !cumulative && prev && afterFigure && PER_RATES.has(prev.rate) && prev.metric === metric ? prev.rate : null;
  let rate: Rate =
    explicit ??
    paired ??
    restated ??
    tallyPart?.rate ??
    (cumulative || (period?.start === FULL_SCALE_INVASION && flow) ? 'cumulative' : flow && (period || rateWord === 'period_total') ? 'period_total' : 'none');
  if (!explicit && afterFigure && (partOfFigureBefore(prev!, tok, s) || bracketedRestatement(prev!, tok, text) || (rate === 'none' && !period && elidedPair(prev!, tok, s)))) {
    rate = prev!.rate;
    period = prev!.period;
    // "93 citizens of Central Asia's countries have been killed ... The figure includes 19 citizens of Kyrgyzstan", "2.8
    // lakh soldiers were killed or wounded. This consists of 15,000 Ukrainian soldiers": parts of the toll.
    if ((metric === 'foreign_troops' || metric === 'force_size') && WAR_TOLLS.has(prev!.metric)) metric = prev!.metric;
  }
  // "The death toll includes 17,000 volunteers, 14,500 recruited prisoners, and 9,700 mobilized soldiers": parts of one toll.
  if (amongTheDead && rate === 'none' && !period && prev && prev.start >= s.start && prev.metric === 'killed') {
    rate = prev.rate;
    period = prev.period;
  }
  if (!metricResult || (rate === 'none' && !period)) {
    // The same figure said again ("the 50,000 kill rate"): it keeps its rate and period.
    // Not a running total for an increment ("10 other Nepalis ... killed in the war", then "the deaths of 10 more").
    if (earlier && !(increment && earlier.rate === 'cumulative') && (!metricResult || earlier.metric === metric)) {
      rate = earlier.rate;
      period = earlier.period;
    }
  }

  // "5,996 deaths and 8,848 injuries since Feb. 24": a running total whose start its sentence gives to another number
  // is still the war so far. Not one since an event the sentence does not date ("since the counteroffensive began").
  if (rate === 'cumulative' && !period && flow && doc.published >= FULL_SCALE_INVASION && !s.periods.some((p) => p.expr.kind === 'eventStart')) {
    period = { start: FULL_SCALE_INVASION, end: saidUpTo(s, doc.published, { text, start: tok.start, end: tok.end }) ?? doc.published };
  }
  // "15,000 troops between 1979 and 1989": a span that ended before this war began (in 2014) is another war's.
  if (period && period.end < WAR_BEGAN) return null;
  if (metric === 'killed' && bodiesCount(text, tok, np, s)) {
    const handover = handoverReading(s, rate, period, { explicit: explicit !== null, warScope: rateWord === 'war_scope', warTotal, totalOf: rateWord === 'cumulative_before' }, doc.published);
    rate = handover.rate;
    period = handover.period;
  }
  const { qualifier } = findQualifier(text, tok, lang);
  const fig: Figure = {
    start: tok.start,
    end: tok.end,
    text: text.slice(tok.start, tok.end),
    value: { low: tok.low, high: tok.high },
    qualifier,
    metric,
    rate,
    // A copy: resolved periods are cached per sentence and shared with earlier figures.
    period: period ? { start: period.start, end: period.end } : null,
    // Both armies: no side, and none borrowed from elsewhere.
    side: ownSide === 'both' ? null : (ownSide ?? (metricResult ? null : (restating ?? earlier!).side) ?? before?.side ?? prev?.side ?? null),
    // "he said": the claimant of the figure just before, if it is close and in the same paragraph (or one continuing its quote).
    claimant: findClaimant(s, lang, tok.start) ?? (afterFigure && !newParagraphBetween(text, prev!.end, tok.start) ? prev!.claimant : null),
    sentence: s.body,
  };
  // "... including civilians, while the ministry said 498 of its troops have died and 1,597 more injured": soldiers
  // named since the civilians end their reach.
  if (np.info && !np.info.weak) {
    doc.civilianEnd = -1;
    doc.equipmentEnd = -1;
  }
  return fig;
}
