// The parts of a language module that say which clause or statement a word belongs to: a time a count is compared
// with or a trend it follows, a statement a sentence goes on with, "such cases" named before, a list that shares its
// last item's time. Split from reading-rules.ts.

export interface ClauseRules {
  /** Sticky lookbehind at a time: a count is compared with it ("less than in the second quarter"). */
  comparedTimeBefore: RegExp;
  /** Sticky after a time: a clause about it follows (", when about 450,000 people signed"). */
  whenClauseAfter: RegExp;
  /** Sticky lookbehind at a rate word after a number: a trend verb before it ("increasing sharply every year"). */
  trendBefore: RegExp;
  /** Tested on a sentence's body: it goes on with the statement before it ("He also mentioned that ..."). */
  continuedStatement: RegExp;
  /** Tested on a sentence's body: it counts "such cases" the sentence before named. */
  suchCases: RegExp;
  /** The word that opens a since-phrase ("since"). */
  sinceWord: string;
  /** Like `listAndBetween`, for the item before a list's last: "wounded, and". */
  listCommaAndBetween: RegExp;
  /** Sticky after a nation: its own loss ("Russia’s irreversible loss"). */
  ownLossAfter: RegExp;
  /** Tested on the text from a sentence's start to a time expression: nothing but a preposition ("In "). */
  sentenceOpening: RegExp;
  /** Sticky after a nation: its possessive stands for a count given right after ("and Ukraine's at 600,000"). */
  ownCountAtAfter: RegExp;
  /** The word every `comparedTimeBefore` match holds ("than"), looked for first. */
  thanWord: string;
  /** Tested on the words between two counts: the first's verb, which the second leaves out ("soldiers had been killed and"). */
  elidedPairBetween: RegExp;
}
