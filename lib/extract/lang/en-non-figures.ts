import type { NonFigureRules } from './non-figure-rules';

// What makes a number no figure in English, from the words right around it (see non-figure-rules.ts).

export const enNonFigureRules: NonFigureRules = {
  currencyBefore: /(?<=(?:[$€£₴₽¥₹]|US\$|USD|EUR|GBP|UAH|RUB|INR|\bRs\.?)\s?)/y,
  // "Rs 49,89,324" ends in a small letter.
  currencySigns: '$€£₴₽¥₹.s',
  // "from 800,000 ($8,000)": a sum followed by its conversion.
  currencyAfter: /\s*\((?:approx\.?\s*|about\s+|some\s+|~)?(?:[$€£₴₽¥₹]|US\$|USD|EUR|INR|Rs\b)/y,
  // "born in 1960 died", "in 2022 soldiers": a year, whatever follows. Also a year after a possessive ("Russia's 2025
  // casualty rate") and after a month ("in June 2022 Kubanychbek-uulu signed a contract").
  yearBefore: /(?<=\b(?:in|since|born|from|until|till|by|during|of|year|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+|[A-Za-z]['’]s\s+)/iy,
  recentYearBefore: /(?<=\b[Tt]he\s+)/y,
  theYearBefore: /(?<=\b[Tt]he\s+year\s+)/y,
  weekdayDayBefore: /(?<=\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?\()/y,
  perDenominatorBefore: /(?<=\b(?:[Pp]er|for\s+every)\s)/y,
  superlativeAgeBefore: /(?<=\b(?:oldest|youngest)\b[^.;:!?]{0,60}?\s(?:was|is|were|are|aged)\s+|\b(?:oldest|youngest)\s+)/iy,
  superlativeAgeHints: ['was ', 'is ', 'were ', 'are ', 'aged ', 'oldest ', 'youngest '],
  // Not "heard about 10,000 cases", where "about" is an estimate.
  aboutObjectBefore: /\b(?:information|info|news|data|talking|talk|talked|speaking|spoke|know|knew|learned|learnt)\s+about\s+$/i,
  trueCountBefore: /\b(?:actual|real|true)\s+(?:number|figure|toll|count|losses|death\s+toll)s?\s+(?:(?:is|was|could\s+be|may\s+be|might\s+be|to\s+be)\s+)?$/i,
  // A full stop after a label word that is no abbreviation ends a sentence: "repatriation took place. 1,003 bodies".
  labelStopBefore: /\b(?:[Dd]ay|[Pp]age|[Tt]able|[Cc]hart|[Gg]raph|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]oute|[Ff]light|[Rr]esolution|[Pp]aragraph|[Ii]tem|[Vv]ersion|[Rr]oom|[Pp]latform|[Gg]ate|[Ee]pisode|[Ss]eason|[Pp]art|[Ll]evel|[Ss]tep|[Pp]hase|[Gg]rade|[Ss]tage|[Rr]ound|[Ww]eek|Number|[Pp]lace|[Ss]pot|[Ww]ard|War)\.\s+$/,
};
