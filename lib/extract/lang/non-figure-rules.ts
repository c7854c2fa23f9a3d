// The parts of a language module that say a number is no figure at all: money, years, a day in brackets, a rate's
// denominator, an age, an "about" that takes an object, one estimate set against another; and people who are no
// soldiers of this war (callers of a hotline, those a ban hits, another nation's army, a police toll). Split from
// types.ts, which holds the rest of the module's shape.

export interface NonFigureRules {
  /** Money signs and codes before a number. */
  currencyBefore: RegExp;
  /** Characters that may end a currency sign right before a number ("$", "€", the "." of "Rs."); codes are capitals. */
  currencySigns: string;
  /** Sticky right after a number: a converted sum in brackets ("800,000 ($8,000)"). */
  currencyAfter: RegExp;
  /** Sticky lookbehind at a year-like number: a word that makes it a year ("born in 1960", "in June 2022"). */
  yearBefore: RegExp;
  /** Sticky, at a number: an article right before a recent year makes it a modifier ("the 2023 AWOL cases"). */
  recentYearBefore: RegExp;
  /** Sticky lookbehind at a four-digit number: "the year" before it ("in the year 2256"). */
  theYearBefore: RegExp;
  /** Sticky lookbehind at a day number in brackets: a weekday before it ("last Wednesday (15)"), a date. */
  weekdayDayBefore: RegExp;
  /** Sticky lookbehind at a round number: "per" before it makes it a rate's denominator ("Per 100 thousand men"). */
  perDenominatorBefore: RegExp;
  /** Sticky lookbehind at a small number: the oldest or youngest of a group is that age ("The oldest ... was 59, the youngest 22"). */
  superlativeAgeBefore: RegExp;
  /** What ends right before a number that `superlativeAgeBefore` may match, looked for first. */
  superlativeAgeHints: string[];
  /** Tested on the text just before a number: "about" takes an object there ("information about ", "talking about "). */
  aboutObjectBefore: RegExp;
  /** Tested on the text just before "N times": the true count an estimate is set against ("the actual number "). */
  trueCountBefore: RegExp;
  /** Tested on the few characters before a label's number: a label word and a full stop, which end a sentence instead. */
  labelStopBefore: RegExp;
  /** Sticky after a noun: its people called a hotline or a surrender project ("had contacted the hotline"). */
  calledHotlineAfter: RegExp;
  /** Sticky lookbehind at a number: a ban or sanctions name who they hit ("imposed entry bans on 228"). */
  sanctionedBefore: RegExp;
  /** Sticky at a captivity cue: it names requests or a hotline, not men who surrendered ("100 surrendering requests"). */
  surrenderRequestAt: RegExp;
  /** Sticky at a loss word: "lives" after its subject, a verb ("where Cervantes lives", "who lives"). */
  livesVerbAt: RegExp;
  /** Sticky after "have crossed": a mark, not a border ("have crossed 300,000"). */
  markCrossedAt: RegExp;
  /** The word `markCrossedAt` follows ("crossed"). */
  crossedWord: string;
  /** Sticky after a force's noun: stationed in or sent to a NATO country ("into Romania", "in the Baltic states"). */
  alliedSoilAfter: RegExp;
  /** Sticky after a headless number: a predicate that makes its people no soldiers ("are workers", "were civilians"). */
  civilianPredicateAfter: RegExp;
  /** Tested on the words before a count of an army: a nation outside the war is the last one named ("the Polish army ... 200,000"). */
  thirdArmyBefore: RegExp;
  /** Sticky lookbehind at a number: evasion done by it ("draft-dodging by around 2 million people"). */
  evadedByBefore: RegExp;
  /** Tested on a sentence: the police give the toll ("police said", "according to police"). */
  policeToll: RegExp;
  /** Sticky at a number after "a figure": it is how much larger or smaller the figure is ("a figure 214 thousand more"). */
  figureDifferenceAt: RegExp;
  /** Sticky lookbehind at a number: a "not" right before denies it ("applications, not 48,000 missing soldiers"). */
  deniedBefore: RegExp;
  /** The nouns `calledHotlineAfter` ends with, looked for first in the stretch it can reach. */
  hotlineHint: RegExp;
  /** What may end right before a number `figureDifferenceAt` matches ("figure "), looked for first. */
  figureDifferenceHints: string[];
}
