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
  aboutObjectBefore: /\b(?:information|info|news|data|talking|talk|talked|speaking|spoke|know|knew|learned|learnt|statement|statements|claim|claims|report|reports|remarks|comments)\s+about\s+$/i,
  trueCountBefore: /\b(?:actual|real|true)\s+(?:number|figure|toll|count|losses|death\s+toll)s?\s+(?:(?:is|was|could\s+be|may\s+be|might\s+be|to\s+be)\s+)?$/i,
  // A full stop after a label word that is no abbreviation ends a sentence: "repatriation took place. 1,003 bodies".
  labelStopBefore: /\b(?:[Dd]ay|[Pp]age|[Tt]able|[Cc]hart|[Gg]raph|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]oute|[Ff]light|[Rr]esolution|[Pp]aragraph|[Ii]tem|[Vv]ersion|[Rr]oom|[Pp]latform|[Gg]ate|[Ee]pisode|[Ss]eason|[Pp]art|[Ll]evel|[Ss]tep|[Pp]hase|[Gg]rade|[Ss]tage|[Rr]ound|[Ww]eek|Number|[Pp]lace|[Ss]pot|[Ww]ard|War)\.\s+$/,
  calledHotlineAfter: /\s+(?:(?:have|has|had|already|reportedly|now)\s+)*(?:contacted|called|phoned|rung|rang|reached\s+out\s+to|written\s+to|messaged|turned\s+to)\s+(?:the\s+)?(?:["“]?[\w'’-]+["”]?\s+){0,5}?(?:hotline|helpline|chat-?bot)\b/y,
  sanctionedBefore: /(?<=\b(?:(?:entry|travel|visa)\s+)?(?:bans?\s+on|banned|barred|sanctions?\s+(?:on|against)|sanctioned|blacklisted)\s+(?:(?:another|more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least|a\s+further|an?\s+additional)\s+)*)/iy,
  surrenderRequestAt: /surrendering\s+(?:requests?|applications?|appeals?|calls?|hotline|line|project)\b/iy,
  livesVerbAt: /(?=lives\b)(?<=\b(?:he|she|who|it|that|which|one|family|where\s+[\w'’-]+)\s+)/iy,
  markCrossedAt: /\s+(?:(?:over|past|well\s+over)\s+)?(?:the\s+)?(?:\d|(?:[\w-]+\s+){0,2}?(?:mark|milestone|threshold)\b)/y,
  crossedWord: 'crossed',
  alliedSoilAfter: /\s+(?:(?:are|were|is|was|now|already|currently)\s+)*(?:(?:stationed|deployed|based|sent)\s+)?(?:to|into|in)\s+(?:the\s+)?(?:Romania|Poland|Estonia|Latvia|Lithuania|Slovakia|Hungary|Bulgaria|Finland|Germany|Baltic\s+(?:states|countries|region)|Baltics|NATO['’]s\s+eastern\s+flank)\b/y,
  civilianPredicateAfter: /\s+(?:are|were|is|was)\s+(?:(?:civilian|civil|office)\s+)?(?:workers|employees|staff|civilians|clerks)\b/y,
  thirdArmyBefore:
    /\b(?:Poland|Polish|Germany|German|France|French|Britain|British|Finland|Finnish|Lithuania|Lithuanian|Latvia|Latvian|Estonia|Estonian|Romania|Romanian|Sweden|Swedish|Norway|Norwegian|Taiwan|Taiwanese|Israel|Israeli)(?:['’]s)?\s+(?:(?:own|current|whole|entire|professional|regular|standing|armed|national|active)\s+)*(?:army|armed\s+forces|military|troops|soldiers)\b(?!\s+(?:experts?|intelligence|officials?|analysts?|sources?|estimates?|chiefs?|leaders?|commanders?|says|said|estimated?|believes?|assessments?|spokes\w*))(?:(?!\b(?:Russia|Russian|Russians|Ukraine|Ukrainian|Ukrainians|Moscow|Kyiv|Kiev|Kremlin|Wagner)\b)[^.;:!?])*$|\b(?:Poland|Germany|France|Britain|Finland|Lithuania|Latvia|Estonia|Romania|Sweden|Norway|Taiwan|Israel)\s+(?:plans|wants|aims|intends|seeks|hopes)\s+to\s+(?:increase|expand|grow|boost|raise|enlarge)\s+(?:the\s+size\s+of\s+)?(?:its\s+|the\s+)?(?:army|armed\s+forces|military)\b(?:(?!\b(?:Russia|Russian|Ukraine|Ukrainian)\b)[^.;:!?])*$/,
  evadedByBefore:
    /(?<=\b(?:draft[- ]dodging|draft[- ]evasion|evasion\s+of\s+(?:mobili[sz]ation|the\s+draft|military\s+service))\s+by\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?)/iy,
  policeToll: /\bpolice\s+(?:said|say|says|reported|report)\b|\b(?:said|reported|according\s+to)\s+(?:the\s+)?(?:regional\s+|local\s+)?police\b|,\s+(?:the\s+)?police\s+(?:said|say)\b/i,
  figureDifferenceAt: /(?<=\b(?:a|the)\s+(?:figure|number|total)\s+)[\d.,]+(?:\s+(?:thousand|million))?\s+(?:more|higher|larger|greater|bigger|fewer|less|lower|smaller)\b/y,
  deniedBefore: /(?<=(?:^|[\s,;:(])[Nn]ot\s)/y,
  hotlineHint: /hotline|helpline|chat-?bot/i,
  figureDifferenceHints: ['figure ', 'number ', 'total '],
};
