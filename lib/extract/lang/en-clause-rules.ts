import type { ClauseRules } from './clause-rules';

// Which clause or statement a word belongs to, in English (see clause-rules.ts).

export const enClauseRules: ClauseRules = {
  comparedTimeBefore: /(?<=\b(?:less|fewer|more|lower|higher|greater)\s+than\s+(?:in|during|over|at)\s+(?:the\s+)?)/iy,
  whenClauseAfter: /,?\s+when\b/y,
  trendBefore: /(?<=\b(?:increasing|rising|growing|falling|declining|decreasing|doubling)(?:\s+[a-z]+ly)?\s+(?:(?:every|each)\s+)?)/y,
  continuedStatement: /^\W*(?:He|She|They)\s+(?:also\s+|further\s+|then\s+)?(?:said|added|mentioned|noted|stated|claimed|estimated|wrote|reported)\b/,
  suchCases: /\bsuch\s+(?:criminal\s+)?(?:cases|proceedings|incidents)\b/i,
  sinceWord: 'since',
  listCommaAndBetween: /^(?:\s+[\w'’-]+){1,5},\s+and\s+(?:(?:over|about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$/i,
  ownLossAfter: /['’]s\s+(?:[\w-]+\s+){0,2}?(?:loss|losses|casualties|dead)\b/y,
  // Also "Just over a year ago, in late 2024, Zelensky placed ...".
  sentenceOpening: /^[\s"“'‘(]*(?:(?:however|but|and|meanwhile|earlier|later|then|also|yet),?\s+|(?:just\s+)?(?:over\s+|about\s+|more\s+than\s+)?(?:a|an|one|two|three|several)\s+(?:years?|months?|weeks?)\s+ago,\s+)?(?:(?:in|on|at|during|by|as\s+of)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i,
  ownCountAtAfter: /['’]s\s+at\s+(?:(?:about|around|almost|nearly|close\s+to|roughly|some|over|more\s+than|up\s+to)\s+)?\d/y,
  thanWord: 'than',
  elidedPairBetween: /^\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:killed|dead|died|wounded|injured|captured|missing)\s*,?\s+and\s+$/,
};
