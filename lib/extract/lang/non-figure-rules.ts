// The parts of a language module that say a number is no figure at all, from the words right around it: money,
// years, a day in brackets, a rate's denominator, an age, an "about" that takes an object, one estimate set against
// another. Split from types.ts, which holds the rest of the module's shape.

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
}
