import type { Qualifier, Rate, Side } from '../types';
import type { FoundPeriod, PeriodExpr } from './period-types';

// What a language module supplies. The core (numbers, reject, classify,
// period) holds no words of any language: it walks these tables and regexes,
// so adding Ukrainian or Russian means adding one module of this shape.

/** A word or phrase in a sentence that says what a number counts. */
export type Cue =
  | 'killed'
  | 'wounded'
  | 'casualties'
  | 'losses'
  | 'recruited'
  | 'mobilized'
  | 'force'
  | 'foreign'
  | 'deserted'
  | 'captured'
  | 'missing'
  | 'personnel'
  | 'target'
  | 'ratio'
  | 'deficit'
  | 'civilian'
  /** A population ("lived there", "a census"): people who are no figure, but no toll that the next numbers continue. */
  | 'population'
  /** Both armies at once ("each side", "both sides"): a count with no one side. */
  | 'both'
  /** "the enemy": the other side from the nation that speaks. */
  | 'enemy'
  /** A need, plan or recommendation ("needs", "recommendation"): a target when right before a number. */
  | 'need'
  /** Words of equipment a loss or "personnel" word belongs to ("tank losses", "armoured personnel carriers"). */
  | 'equipment'
  | 'negation';

/** What a word right after a number says about it ("35,000 Russian troops"). */
export interface NounInfo {
  cue?: Cue;
  /** The number measures something else: a unit, money, equipment, civilians... */
  reject?: string;
  /** A modifier that may stand between the number and its noun ("Russian", "more"). */
  modifier?: boolean;
  side?: Side;
  foreign?: boolean;
  /** Counts people of any kind ("people"): not a figure when the sentence speaks of civilians. */
  weak?: boolean;
  /** Counts cases, charges or requests: a figure only beside a desertion, captivity or missing cue. */
  caseCount?: boolean;
  /** A function word that may also be a participle before a noun ("fighting" of "fighting vehicles"). */
  participle?: boolean;
  /** A rate adverb ("1,600 daily"), unless a word follows that it qualifies ("1,000 daily sorties"). */
  adverb?: boolean;
  /** "enemy": the other side from the nation that speaks ("Ukraine's General Staff said 43,000 enemy soldiers"). */
  enemy?: boolean;
  /** A participle that stands for its noun only right after the number ("200 freed", not "the two sides exchanged"). */
  atNumber?: boolean;
}

/**
 * What a rate phrase says; `cumulative_before` is "a total of" before a number, `period_total` "for the month",
 * `war_scope` "in the war" after it: both a running total unless the sentence names a span.
 */
export interface RateInfo {
  rate: Rate | 'cumulative_before' | 'period_total' | 'war_scope';
  /** It may stand before the number it rates ("a daily average of 776"). */
  adjective: boolean;
}

/** Time expressions: see period-types.ts. */
export type { FoundPeriod, PeriodExpr } from './period-types';

/**
 * A family of phrases, matched only where a word in `first` starts (its
 * lower-case first word, "#" for any run of digits, "####" for a run of
 * exactly four) by the sticky regex `re`.
 * Looking up each word of a sentence in a set and running one regex at the
 * few words that start a phrase is several times faster than sliding a large
 * alternation over every position.
 */
export interface PhraseSet {
  first: ReadonlySet<string>;
  re: RegExp;
  /** Optional: by first word, a regex of only the phrases that start with it (same order, so the same match, sooner). */
  byFirst?: ReadonlyMap<string, RegExp>;
}

/** A rate phrase family: tried at the words in `first` ("#" for any run of digits), in list order; a match of `re` says `info`. */
import type { NonFigureRules } from './non-figure-rules';
import type { ClauseRules } from './clause-rules';
import type { ReadingRules } from './reading-rules';

export interface RateRule {
  first: ReadonlySet<string>;
  re: RegExp;
  info: RateInfo;
  /** The one word the rule can start at, when "#" (any number) is too broad: "24" for "within a 24-hour period". */
  only?: string;
}

/**
 * A language module: its words and phrases, as tables and as precompiled
 * regexes. `ReadingRules` (reading-rules.ts) holds the patterns that tell a
 * personnel figure from other counts of people and place a time in its clause.
 */
export interface LangModule extends ReadingRules, NonFigureRules, ClauseRules {
  code: string;
  /** Global, finds where a number may start: a digit or a number word. */
  candidate: RegExp;
  /** zero..ninety, by lower-case word. */
  unitWords: ReadonlyMap<string, number>;
  /** hundred, thousand, million, k, m, bn... */
  scaleWords: ReadonlyMap<string, number>;
  /** Sticky: a scale word right after digits ("1.2 million", "415k"). Group 1 is the word. */
  scaleAfterDigits: RegExp;
  /** Scale words that may follow spelled-out numbers ("two hundred", "a dozen"). */
  wordScales: ReadonlyMap<string, number>;
  /** Sticky: "and a half" after a spelled-out number. */
  halfAfter: RegExp;
  /** Sticky: a spelled-out number word (letters and hyphens). */
  word: RegExp;
  /** Sticky: whitespace or "and" between number words ("two hundred and fifty"). */
  wordJoin: RegExp;
  /** Sticky: vague plural magnitudes ("hundreds of thousands"). Groups: 1 unit word, 2 optional "of" scale. */
  vague: RegExp;
  /** Sticky after "N million": "320 thousand", the rest of one number ("1 million 320 thousand"). Group 1: the thousands. */
  thousandsAfterMillion: RegExp;
  /** Sticky after "N thousand": the units after the thousands ("4 thousand 396"), one number. */
  unitsAfterThousand: RegExp;
  /**
   * Sticky at a number word: fractions of a scale ("half a million", "three-quarters of a million"). Group 1: how
   * many parts (a unit word, or none for one), 2: fraction word, 3: scale.
   */
  fraction: RegExp;
  /** The unit of each vague plural ("thousands" -> 1000). */
  vagueUnits: ReadonlyMap<string, number>;
  fractionWords: ReadonlyMap<string, number>;
  /** Sticky lookbehind at a number's start (here and in all `...Before` below): words before a number that belong to it ("a" of "a million", "several"). Group 1: the word. */
  articleBefore: RegExp;
  /** Value for the determiner before a vague or scale word ("several thousand"). */
  determinerValue: ReadonlyMap<string, number>;
  /** Sticky: between the two ends of a range. Group 1: a qualifier on the upper end. */
  rangeJoin: RegExp;
  /** "between " before the first number; group 1, with indices (flag d). */
  betweenBefore: RegExp;
  /** Sticky: the "and" of "between X and Y". */
  betweenAnd: RegExp;
  /** Before a number. Group 1: the qualifier phrase. */
  qualifierBefore: RegExp;
  qualifiers: ReadonlyMap<string, Qualifier>;
  /** Tested on the text before a qualifier "over": a verb whose particle it is ("handed over 757"). */
  particleVerbBefore: RegExp;
  /** Sticky after a number ("or more", "-plus"). Group 1: the phrase. */
  qualifierAfter: RegExp;
  /** Month names before a day number ("Jan 19"). */
  monthBefore: RegExp;
  /** Sticky: month name after a day number ("5 October"). */
  monthAfter: RegExp;
  /** Counters and labels before a number ("day 825", "No."). */
  labelBefore: RegExp;
  /** Sticky: what follows a number and makes it a non-figure (units, percent, durations...). */
  unitAfter: RegExp;
  /** Sticky lookbehind: the number says how many times ("by a factor of 17"). */
  timesBefore: RegExp;
  /** Sticky lookbehinds for a from-to pair of figures ("from 1,262 per day in May to 1,140 in July"). */
  fromBefore: RegExp;
  toBefore: RegExp;
  /** Sticky lookbehind at a small number: it is an age ("the conscription age from 27 to 25"). */
  ageBefore: RegExp;
  /** Sticky at a day number: a month and a comma before it, and the day ends at a comma or stop ("Sep, 21,"). */
  monthCommaBefore: RegExp;
  /** Sticky lookbehind at a number: a group of people by age before it ("men under 60"). */
  ageGroupBefore: RegExp;
  /** Lower-case letters every ageBefore match contains, looked for first ("age"). */
  ageHint: string;
  /** What ends right before an age given as a bound ("as young as 20"), looked for as the other hint. */
  ageBoundHint: string;
  /** Sticky lookbehind at a 1: it ends a ratio ("3 to 1"). */
  ratioEndBefore: RegExp;
  /** Sticky after a number: it is one side of a ratio ("2-to-1", "2.5- or 2-to-1"). */
  ratioWordsAfter: RegExp;
  /** Sticky after a number: it belongs to another war ("57,000 troops in the Korean War", "killed in Afghanistan"). */
  otherWarAfter: RegExp;
  /** Words every otherWarAfter match contains, checked first in a window after the number. */
  otherWarHints: readonly string[];
  /** Sticky: an ordinal or decade suffix glued to digits ("3rd", "1930s"). */
  suffixAfter: RegExp;
  /** Sticky: one word after a number (letters, apostrophes, inner hyphens). */
  nounWord: RegExp;
  nouns: ReadonlyMap<string, NounInfo>;
  /** Cue words and phrases ("killed in action"). */
  cuePhrases: PhraseSet;
  cues: ReadonlyMap<string, Cue>;
  /**
   * Sticky at the end of a number's noun: the clause's first verb, when it is a loss ("have been killed",
   * "died"). Group 1 or 2: the loss phrase, a key of `cues` once normalised.
   */
  lossPredicateAfter: RegExp;
  /** Loss verbs read only as the predicate lossPredicateAfter finds, not as sentence cues. */
  predicateCues: ReadonlyMap<string, Cue>;
  /** Sticky right after a number: its clause's verb follows at once ("1,000 were killed", "500 died"). */
  auxiliaryAfter: RegExp;
  /** Words of reporting (verbs, and nouns like "estimate"): a sentence without one has no statement dates to look for. */
  reportWords: ReadonlySet<string>;
  /** Sticky lookbehind at a time expression: a reporting verb it dates ("said in February", "estimated late last month"). */
  statementBefore: RegExp;
  /** Sticky at the end of a time expression: a reporting verb right after it ("Burns late last month estimated"). */
  statementAfter: RegExp;
  /** Sticky at the end of a time expression that opens its sentence: its subject, then a reporting verb ("In February, the president said"). */
  statementOpening: RegExp;
  /** Tested on the text from a sentence's start to a date: a place and a comma, as a dateline opens ("KATHMANDU, "). */
  datelineBefore: RegExp;
  /** Sticky after such a date: the dateline's end (":", "-", "(Reuters) -"). */
  datelineAfter: RegExp;
  /** Sticky lookbehind at a small number: a broadcaster's name before it ("Russia 24"). */
  channelBefore: RegExp;
  /** Tested on the text between a day and a number after it: only the verb ("yesterday killed 1,060"). */
  dayVerbBetween: RegExp;
  /** The past perfect of a loss verb ("had been killed", "had lost"): a running total as of a dated statement. */
  pastPerfect: RegExp;
  /** Sticky right after a number's noun: a relative clause's start ("soldiers who died", "troops that were killed"). */
  relativeAfter: RegExp;
  /** Sticky lookbehind at a number: a verb of change and "from" before it ("grew from 261,000 to 800,000" is no range). */
  changeBefore: RegExp;
  /** Sticky lookbehind at a number: a verb that carries a series on ("jumping to", "reaching"). */
  continuesBefore: RegExp;
  /** Sticky lookbehind at a number: "from" right before it. */
  fromRightBefore: RegExp;
  /** Sticky lookbehind at a number: "put the number at", "estimated it at" (a count the sentence before named). */
  numberAnaphorBefore: RegExp;
  /** Sticky after and before a number: "1 in 20" (a proportion). */
  proportionAfter: RegExp;
  proportionBefore: RegExp;
  /** Sticky after a number's noun: "killed per square kilometre" (a density). */
  densityAfter: RegExp;
  /** Sticky lookbehind at a number: a name and a comma before it ("Bharat Shah, 36,"), an age. */
  nameAgeBefore: RegExp;
  /** Sticky after a number: "of the Criminal Code" (the number is an article's). */
  lawArticleAfter: RegExp;
  /** Sticky after a number's noun: "released", "freed" (people let go in a swap). */
  captiveAfter: RegExp;
  /** Sticky after a loss word: "their lives" (it counts the killed). */
  livesAfter: RegExp;
  /** Sticky lookbehind at a number: "return", "bring" or "get" right before it, and "home" or "back" right after its noun. */
  returnBefore: RegExp;
  homeAfter: RegExp;
  /** Sticky lookbehind at a number: a swap verb right before it ("released 250 soldiers"). */
  captiveVerbBefore: RegExp;
  /** Sticky lookbehind at a number: a need, plan or recommendation right before it ("needs 500,000 more", "planning to recruit"). */
  targetBefore: RegExp;
  /** Found between a number and a word after it: a new phrase starts between them ("and the number of"). */
  nextPhrase: RegExp;
  /** Sticky after "and": a past participle and a number of its own ("five and injured 48"). */
  verbThenNumberAfter: RegExp;
  /** Sticky after a word: a determiner follows ("and the number", "or a few"). */
  determinerAfter: RegExp;
  /** Sticky right after a number: "times higher than", "times that of" (one count as a multiple of another). */
  timesRatioAfter: RegExp;
  /** Sticky after such a number: what it is compared with is an earlier time ("... as in the same period last year"). */
  timesOverTimeAfter: RegExp;
  /** Sticky at the text after a number: "for each", "to every" (an exchange ratio). */
  ratioAfter: RegExp;
  /** Sticky lookbehind at a spelled-out number: words that make "one" a pronoun or part of "every one". */
  notCountBefore: RegExp;
  /** Sticky after a spelled-out "one": a partitive ("One of the soldiers") that names a person, not a count. */
  notCountAfter: RegExp;
  /** Sticky at the text after a number: "more"/"fewer" then (later) "than". */
  deficitAfter: RegExp;
  /** Found in the text between a number and a rate phrase after it: the phrase opens another clause. */
  clauseBreak: RegExp;
  /** Tested between a number and a later one: a word that opens the later number's own clause ("after", "with"). */
  clauseOpener: RegExp;
  /** Tested on the text between a word and a number: it joins list items ("killed and 200"), so the word is not the number's. */
  listJoin: RegExp;
  /** Words that open a comparison ("compared with ... in 2024"): a date after one belongs to the other clause. */
  comparisonWords: ReadonlySet<string>;
  /** Words that end a part of a whole ("which" in "over half of which"); partOfBefore decides. */
  partWords: ReadonlySet<string>;
  /** What ends right before such a word (" of "), looked for first. */
  partOfHint: string;
  /** Sticky lookbehind at such a word: it opens a clause about a part of the number (", over half of which"). */
  partOfBefore: RegExp;
  /** Sticky after a number's noun: a rate per area or head ("102 casualties per square kilometre"), no count. */
  perUnitAfter: RegExp;
  /** Sticky at a rate phrase: it is distributive ("per day", "each week", "every single day"), so it rates a number after it too. */
  distributiveAt: RegExp;
  /** Rate words and phrases ("a day", "since"). */
  rateRules: readonly RateRule[];
  /** Nations and their capitals, for the side. */
  sidePhrases: PhraseSet;
  sides: ReadonlyMap<string, Side>;
  /** The side words that name a person, who may also be a claimant. */
  sidePeople: ReadonlySet<string>;
  /** Sticky after a side mention: it names a claimant ("Ukrainian President", "Russia's Defense Ministry"). */
  sideTitleAfter: RegExp;
  /** Sticky lookbehind at a side mention: it is a place ("in Ukraine"). */
  sidePlaceBefore: RegExp;
  /** Sticky lookbehind at a side mention: "and" before it, which makes it a place only without a verb after it. */
  sideAndBefore: RegExp;
  /** Sticky lookbehind at a nation: "with" before it ("with Ukraine's toll at 70,000" names whose toll). */
  sideWithBefore: RegExp;
  /** A word whose presence in a sentence lets `sideSourceBefore` run ("according"). */
  sideSourceHint: string;
  /** Sticky lookbehind at a side mention: it names a source ("according to the calculations of the Ukrainian army"). */
  sideSourceBefore: RegExp;
  /** Sticky after such a mention: the source's phrase ends ("..., Ukrainian estimates,"), so the nation is no subject. */
  sideSourceEnd: RegExp;
  /** Sticky after such an adjective: the force it names. */
  sideForceAfter: RegExp;
  /** Sticky lookbehind at a nation's office: whom recruits sign with ("contracts with the Russian Ministry of Defense"). */
  sideContractBefore: RegExp;
  /** Sticky after a noun with a nation: "and" or "or" and a second noun ("Ukrainians and Russians"). */
  nounJoinAfter: RegExp;
  /** Sticky, after a nation: a swap word ("Russia, Ukraine swap"). */
  swapAfter: RegExp;
  /** Tested on the text between two side mentions: they are joined ("Russian and Ukrainian"). */
  sidesJoined: RegExp;
  /** Sticky after a nation: its office (group 1, if named), then a verb of raising soldiers or of speech ("Russian authorities called up", "Moscow said"). */
  sideRaiserAfter: RegExp;
  /** Sticky after a nation: a participle ("with Ukraine retrieving 212"). */
  participleAfter: RegExp;
  /** Sticky after a side mention: a verb that makes it the subject ("Kiev has lost"). */
  sideSubjectAfter: RegExp;
  /** Mentions that can be places ("Ukraine", not "Ukrainian"), by normalised key. */
  sidePlaces: ReadonlySet<string>;
  /** Sticky after a side mention: its forces kill the other side ("Kyiv's forces killed"). */
  sideAgentAfter: RegExp;
  /** Claimant phrases, matched at the reporting verb ("Healey said", "according to Bloomberg"). Group 1 or 2: the name. */
  claimPhrases: PhraseSet;
  /** Capitalised words before a reporting verb that name nobody ("He said", "Officials say"), by normalised key. */
  notNames: ReadonlySet<string>;
  /** Tested on a sentence: a battle, strike or place (not the two nations) it sets its toll in. */
  localScope: RegExp;
  /** Sticky, after a number's noun: a nation the count is given for ("100,000 for Ukraine", "100 prisoners from the Ukrainian side"); one of groups 1-6 names it. */
  sideForAfter: RegExp;
  /** Sticky after the noun of prisoners: the captor's custody ("still in Russian custody"); group 1 or 2 names it ("held as POWs by Ukraine"). */
  heldInAfter: RegExp;
  /** Sticky after the noun of bodies or prisoners: "to Ukraine", where they are handed over. Group 1: the nation. */
  recipientAfter: RegExp;
  /** Tested like byBefore, for prisoners and bodies: "released by" before a nation, which gave them back. */
  releasedByBefore: RegExp;
  /** Tested on the characters right before a nation: "by", which makes it the agent of a loss. */
  byBefore: RegExp;
  /** The same for "to", the nation a loss is suffered to ("lost 1,000 soldiers to Ukraine's drones"). */
  lossToBefore: RegExp;
  /** Tested on a sentence: a state whose troops fight for Russia ("North Korea"). */
  foreignForRussia: RegExp;
  /** Tested on a sentence up to a number: a forecast or conditional ("will", "could reach"). */
  forecast: RegExp;
  /** Sticky, at a time expression: a likeness it is compared with ("remain consistent with late 2024"), not the figure's time. */
  likenessBefore: RegExp;
  /** Sticky lookbehind at a since-phrase: it follows a superlative, so it compares ("the heaviest losses since ..."). */
  comparisonBefore: RegExp;
  /** Tested on a sentence: a running total up to the time it names ("by that point", "by then"). */
  byThen: RegExp;
  /** Sticky lookbehind at a time expression: it is the end of a running total ("by June 21", "as of April"). */
  /** Sticky lookbehind at a time expression: "before", so a running total ends the day before it starts. */
  priorBefore: RegExp;
  untilBefore: RegExp;
  /** The whole text between two time expressions that name one span ("the last quarter of 2024 and in January 2025"). */
  periodJoin: RegExp;
  /** Time expressions ("in January", "the last quarter of 2024", "since the full-scale invasion"), tried in order. */
  periodRules: readonly PhraseSet[];
  /** Reads a match of a period rule; null when it is not a time expression after all. */
  periodOf(match: RegExpExecArray): { expr: PeriodExpr; since: boolean } | null;
  /** Anchored at start of a sentence: it restates the previous figure ("That means"). */
  anaphoraStart: RegExp;
  /** Global: the four-digit years in text, for "the end of the year". */
  yearRe: RegExp;
  /** Any word that says a text is about the war (a nation, the war, its soldiers); see mentionsWar. */
  warWords: RegExp;
  /** Cheap test for mayContainFigures: any word a figure needs. */
  precheckWords: RegExp;
  /** Lower-case words that end with a full stop without ending a sentence ("Mr", "U.S"). */
  abbreviations: ReadonlySet<string>;
}
