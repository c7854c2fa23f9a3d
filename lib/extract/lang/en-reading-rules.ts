import type { ReadingRules } from './reading-rules';

// The English patterns that decide what a count of people is and where a time belongs (see reading-rules.ts).

export const enReadingRules: ReadingRules = {
  relativeClause: /,\s+(?:which|who|whom|whose|where)\b/i,
  amongThem: /^\s*(?:among|of)\s+(?:them|these|those)\b/i,
  amongDead: /^\s*(?:among|of)\s+(?:the|those)\s+(?:confirmed\s+|identified\s+)?(?:dead|killed|fallen|deceased)\b/i,
  leftCountryAfter: /\s+(?:(?:who|that)\s+)?(?:(?:have|had|has)\s+)?(?:already\s+)?(?:(?:left|fled|emigrated\s+from|escaped|relocated\s+from)\s+(?:Russia|Ukraine|the\s+country|abroad|their\s+(?:country|homeland))|(?:fled|emigrated)\s+(?:abroad|the\s+country))\b/y,
  wentToPlaceAfter:
    /\s+(?:(?:have|has|had)\s+)?(?:(?:went|gone|crossed|arrived|moved|fled|flooded|poured|streamed)\s+(?:to|into|in)|entering|entered|arriving\s+in|crossing\s+into)\s+(?:(?:the|their)\s+)?(?:[A-Z]|countr(?:y|ies)\b|neighbou?ring\b)/y,
  evadeMobilisation: /\b(?:avoid|avoiding|evade|evading|dodge|dodging|escape|escaping|flee|fleeing|fled|hide|hiding)\s+(?:from\s+)?(?:being\s+(?:mobili[sz]ed|drafted|conscripted|called\s+up)|(?:the\s+)?(?:mass\s+|partial\s+|general\s+)?(?:mobili[sz]ation|draft|conscription|call-?up|military\s+service))/gi,
  raiseVerbBefore: /(?<=\b(?:(?:enlistment|conscription|mobili[sz]ation|call-?up|recruitment|drafting)\s+of|enlist|enlists|enlisted|enlisting|draft|drafts|drafted|drafting|conscript|conscripts|conscripted|conscripting|mobili[sz]e|mobili[sz]es|mobili[sz]ed|mobili[sz]ing|call\s+up|calls\s+up|called\s+up|calling\s+up|recruit|recruits|recruited|recruiting)\s+(?:(?:about|around|some|up\s+to|more\s+than|over|nearly|almost|another|an\s+additional|a\s+further)\s+)?)|(?<=\bcall(?:s|ed|ing)?\s+)(?=[\d,.]+\s+(?:[A-Za-z-]+\s+){1,2}up\b)/iy,
  marginBefore: /\b(?:surpass|surpasses|surpassed|surpassing|exceed|exceeds|exceeded|exceeding|outnumber\w*|outstrip\w*|beat|beats|beating|plummet\w*|plunge[ds]?|fell|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk)\b[^.;:!?]{0,80}\bby\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly|just|another)\s+)?$/i,
  capacityHints: ['carry', 'capacity', 'hold', 'transport'],
  marginHint: 'by ',
  capacityBefore: /\b(?:capable\s+of\s+(?:carrying|transporting|holding)|can\s+(?:carry|transport|hold)|could\s+(?:carry|transport|hold)|able\s+to\s+(?:carry|transport)|designed\s+to\s+carry|(?:carrying\s+)?capacity\s+(?:of|for))\b[^.;:!?]{0,60}$/i,
  secondReport: /\band\s+(?:that|said|says|added|warned|promised)\b/i,
  mixedGroupAfter: /\s+(?:and|or)\s+(?:their\s+)?(?:relatives|families|family\s+members|loved\s+ones)\b/iy,
  penalAfter: /\s+(?:(?:are|were|being)\s+)?(?:held\s+|kept\s+|serving\s+(?:sentences\s+)?)?in\s+(?:(?:Russian|Russia's|the|its|their)\s+)?penal\s+colon(?:y|ies)\b/iy,
  incrementAfter: /\s+more\b/iy,
  lists: {
    end: /\s+(?:over|in|during|within|for)(?:\s+the)?(?:\s+(?:space|course)\s+of)?\s*$/i,
    lastItem: /\band\s+(?:[^,]|,(?=\d))*$/i,
    separator: /\s*,\s+(?:and\s+)?|\s+and\s+/,
    headEnd: /^\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*$/i,
    item: /^(?!.*\b(?:were|was|are|is|have|has|had|been)\b)(?:(\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?)|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s*$/i,
  },
  pairs: {
    word: 'respectively',
    first: /^[^;.]{0,40}?\s+and\s+[^;]{0,40}?\brespectively\b/,
    second: /\d[^;]{0,25}\s+and\s+(?:[a-z]+\s+){0,2}$/,
    endsPair: /^[^;\d]{0,30}\brespectively\b/,
  },
  bodies: {
    words: /^(?:bodies|remains)$/i,
    phrase: /^the\s+(?:bodies|remains)\s+of\s+/i,
    after: /^[^.;:!?]*\b(?:exchange|return|handover|transfer|repatriation)\s+of\s+(?:the\s+)?(?:bodies|remains)\b/i,
    soFar: /\b(?:so\s+far|to\s+date|in\s+total|altogether|already|throughout\s+the\s+(?:war|conflict))\b/i,
    handed: /\b(?:received|handed|returned|repatriated|transferred|recovered|brought\s+back)\b/i,
  },
  warSpan: /^(?:during|throughout|course)\b/i,
  totalOfBefore: /\btotal\s+(?:of\s+)?$/i,
  othersParticiple: /\s+(killed|wounded|injured|captured|missing|dead)\b/iy,
  peopleNoun: /^(?:people|persons|individuals)$/i,
  remainsOfBetween: /^\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|an\s+additional\s+|another\s+)?$/,
  captureOfBefore: /(?<=\bcapture\s+of\s+(?:(?:some|about|around|over|more\s+than|nearly|almost|at\s+least)\s+)?)/iy,
  travellerNoun: /^(?:people|persons|individuals|russians|ukrainians)$/i,
  namesNoun: /^names$/i,
  convictNoun: /^(?:prisoners|convicts|inmates)$/i,
  convictsFromAfter: /\s+(?:from|in)\s+(?:[\w'’-]+\s+){0,2}(?:colonies|prisons|jails|penal)\b/iy,
  withOtherNumber: /^[^\d]*\bwith\s+(?:(?:up\s+to|about|around|over|more\s+than|nearly|almost|another|some)\s+)?[\d,.]+$/i,
  civilianCounter: /\b(?:UN|U\.N\.|United\s+Nations|OHCHR|UNHCR|[Hh]uman\s+[Rr]ights\s+[Mm]onitoring\s+[Mm]ission)\b/,
  volunteerNoun: /^volunteers?$/i,
  setOffBefore: /[,;]\s*(?:in|on|at|during)?\s*$/,
  sinceClauseBefore: /(?<=\bsince\s+(?:(?:[\w'’-]+\s+){1,5}(?:in|on)\s+|(?:[\w'’-]+\s+){2,5}))/iy,
  heldSinceBefore: /(?<=\b(?:held|detained|kept|imprisoned|jailed|captive|captivity|imprisonment)\s+(?:[\w'’-]+\s+){0,3})/iy,
  withoutUtilityAfter: /\s+(?:[\w'’-]+\s+){0,3}?without\s+(?:electricity|power|heat(?:ing)?|water|gas|light)\b/y,
  harmVerbBefore: /(?<=\b(?:killed|killing|kill|kills|targeted|targeting|targets|attacked|attacking|shot|executed|murdered|tortured)\s+(?:(?:unarmed|innocent|many|hundreds\s+of|thousands\s+of)\s+)?)/y,
  sidePlaceNounFirsts: 'ctvrops',
  sidePlaceNounAfter: /\s+(?:city|town|village|cities|towns|villages|region|regions|oblast|capital|port|soil|territory|territories)\b/y,
  includedPartHint: 'includ',
  includedPartBefore: /(?<=\bincluding\s+(?:the\s+)?(?:[a-z]+(?:,\s*|\s+(?:and|or)\s+)){0,3})/iy,
  ratioInWords: /\bone\s+[A-Za-z-]+\s+for\s+(?:every\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)|\bfor\s+(?:one|every|each)\s+(?:[A-Za-z-]+,?\s+){1,6}?there\s+(?:are|were)\s/i,
  ratioTermBefore: /(?<=\bfor\s+(?:one|every|each)\s+(?:[A-Za-z-]+,?\s+){1,6}?there\s+(?:are|were)\s+(?:(?:about|around|roughly|some|approximately|up\s+to|as\s+many\s+as)\s+)?|\bone\s+[A-Za-z-]+\s+for\s+(?:every\s+)?)/iy,
  // "... 8 to 1: for one dead soldier there are 8": the ratio said in digits beside its terms.
  ratioInDigits: /\b\d+(?:\.\d+)?\s*(?:to|:)\s*1\b/,
  // "for every soldier killed, there are about three": the term after "there are" (the other is one).
  ratioThereAre: /\bthere\s+(?:are|were)\s+(?:(?:about|around|roughly|some|approximately|up\s+to|as\s+many\s+as)\s+)?$/i,
  ratioTermAfter: /\s+(?:[A-Za-z-]+\s+){1,4}there\s+(?:are|were)\s+\d|\s+[A-Za-z-]+\s+for\s+(?:every\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)/iy,
  densityBeforeHint: 'square',
  // "km" also finds "km²"; "kilomet" and "mile" a linear density ("99 soldiers for every kilometer").
  densityAfterHint: /square|km|hectare|kilomet|mile/,
  sizeSuffixes: ['strong', 'odd'],
  sinceClauseHints: ['since', 'Since'],
  densityBefore: /\bper\s+square\s+(?:kilomet(?:er|re)|mile)s?\b[^.;:!?,]*$/i,
  pastSpanBefore: /(?<=\b(?:last|past|previous)\s+)/iy,
  rateNounAfter: /\s+(?:rate|average|toll|tally|number|losses|casualties)\b/y,
  seriesBetween:
    /^(?:\s+[a-z]+){0,2}?(?:\s+(?:a|per|each|every)\s+(?:day|week|month))?(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:were|was|stood\s+at|reached)\s+)?(?:about\s+|around\s+|over\s+|nearly\s+)?$/,
  strikeScene: /\b(?:strikes?|attacks?|shelling|bombing|bombardment|drones?|missiles?|explosions?|blasts?)\b/i,
  battleScope: /\b(?:(?:in|during)\s+(?:the|this|that)\s+(?:battle|fight|siege|assault)\b|(?:battles?|siege)\s+(?:for|of)\s+[A-Z]|fight(?:ing)?\s+for\s+(?!Russia|Ukraine|Kyiv|Kiev|Moscow|the\b)[A-Z])/,
  bodiesSwap: /\b(?:bodies|remains)\b/i,
  forPairAfter: /(?:-for-|\s+for\s+)\d/y,
  forPairBefore: /(?<=\d(?:-for-|\s+for\s+))/y,
  swapWord: /\b(?:swap|exchange|trade)(?:s|d)?\b|\bswapped\b/i,
  otherWarBefore: /\b(?:Soviet|(?:Afghanistan|Afghan|Chechen|Korean|Vietnam|Iraq)\s+[Ww]ar)\b[^.;:!?\d]*$/,
  otherWarNamedHints: ['Soviet', 'Afghan', 'Chechen', 'Korean', 'Vietnam', 'Iraq'],
  otherWarNamed: /\b(?:Soviet|(?:Afghanistan|Afghan|Chechen|Korean|Vietnam|Iraq)\s+[Ww]ar)\b/,
  partOfWholeBefore: /(?<=\b\d[\d,]*\s+([a-z]+)\s+(?:out\s+)?of\s+(?:the\s+)?)/y,
  ofWholeAfter: /\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|[A-Za-z]+['’]s\s+)?[\d,]+\s+([a-z]+)\b/y,
  subsetBefore: /^[^.;:!?\d]{0,40}\bincluding\s+(?:(?:more\s+than|over|at\s+least|about|around|nearly|almost|some|roughly)\s+)?$/i,
  sharedNounAfter: /\s+and\s+(?:killed|wounded|injured|captured|lost)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)/y,
  plannedAfterHint: ' to be ',
  plannedAfter: /(?:\s+[\w'’-]+){0,3}?\s+(?:are|is)\s+(?:(?:due|set|scheduled|expected|planned|going)\s+)?to\s+be\s+/y,
  plannedAhead:
    /\b(?:[Ww]ill\s+(?:(?:also|now|then|soon)\s+)?(?:be\s+)?(?:call|draft|conscript|recruit|mobili[sz]|enlist|send|deploy|sign|hire|train|need|have\s+to)|[Pp]lans?\s+to|[Pp]repar(?:es|ing)\s+to\s+(?:call|draft|conscript|recruit|mobili[sz]|enlist|send|deploy)[a-z]*|(?:[Pp]ledged|[Aa]greed|[Pp]romised)\s+to\s+(?:hand|exchange|swap|return|release|trade)|(?:is|are)\s+(?:(?:due|set|scheduled|expected|planned)\s+)?to\s+(?:be\s+)?(?:call|draft|conscript|recruit|mobili[sz]|enlist|sen[dt]|deploy)(?:ed|e)?|[Ii]ntends?\s+to|[Aa]ims?\s+to|decree\s+(?:calling\s+for|ordering|to\s+(?:call|draft|conscript|enlist|mobili[sz]))|\bhas\s+ordered|ordered\s+the\s+(?:conscription|call-up|draft(?:ing)?|mobili[sz]ation|enlistment)\b|calling\s+for\s+the\s+(?:enlistment|conscription|call-up|draft(?:ing)?|mobili[sz]ation))\b/,
  // "increase the armed forces by 180,000 to 1.5 million": the change and the new level, joined by "to".
  changeByBefore: /(?<=\b(?:increase|increased|increases|increasing|raise|raised|raises|raising|expand|expanded|expands|expanding|grow|grew|grown|rose|risen|cut|cuts|reduce|reduced|reduces|reducing|boost|boosted|boosts)\s+(?:[\w'’-]+\s+){0,5}?by\s+(?:about\s+|around\s+|some\s+|roughly\s+|another\s+)?)/iy,
  // "one in three prisoners": both terms of a proportion in words.
  wordProportion: /(?<=\bone\s+in\s+)/iy,
  // "1,279 of the approximately 2,500 Azov fighters": up to the whole's number.
  partOfAfter: /\s+of\s+(?:the|an?)\s+(?:(?:approximately|about|around|some|roughly|estimated|nearly|almost|more\s+than|over)\s+)?(?=\d)/y,
  // "takes the official tally of Nepalis killed ... to ten", "the total death toll could cross one hundred fifty".
  tallyToBefore: /(?<=\b(?:tally|toll|total|count)\b[^.;:!?\d]{0,80}?\b(?:to|cross|reach|exceed|surpass|top)\s+)/iy,
  // "approaching a grim milestone of one million", "passed the mark of 500,000".
  milestoneBefore:
    /(?<=\b(approaching|approached|nearing|passed|surpassed|crossed|topped|exceeded)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:milestone|mark|threshold)\s+of\s+)/iy,
  // The text between two counts of one list: "150 Russian soldiers and 150 Ukrainian troops".
  andNext: /^[^,.;:!?\d]{0,40}\s+and\s+$/,
  intoArmyHint: 'into the ',
  intoArmy: /into\s+the\s+(Russian|Ukrainian)\s+(?:army|armed\s+forces|military|ranks)\b/iy,
  sideMemberBefore: /(?<=\b(?:in|within|among)\s+the\s+)/iy,
  sizeGoalBefore:
    /(?<=\b(?:(?:increas|rais|expand|boost|bring|grow)\w*\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+)?(?:number|size|strength|headcount)\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|personnel|army|armed\s+forces|military)\s+to|(?:military|army|forces|ministry)\s+to\s+create)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?)/iy,
  remainsAfter: /['’]?\s+(?:remains|bodies)\b/y,
  fromWord: 'from ',
  sumHint: /pay|bonus|salar|allowance|rub|roub|hryvn|dollar|euro/i,
  sumBefore:
    /(?<=\b(?:from\s+[\d.,]+(?:\s*(?:million|thousand|billion|mln|bn))?\s*(?:rubles?|roubles?|hryvnias?|dollars?|euros?)\s+to|(?:payments?|bonus(?:es)?|salar(?:y|ies)|allowances?|pay)\b(?:[^.!?]{0,120}?\bfrom\s+[\d.,]+(?:\s*(?:million|thousand|billion))?(?:\s*(?:rubles?|roubles?))?\s+to|[^.!?\d]{0,40}?\b(?:reduced|cut|raised|increased|lowered|decreased)\s+by|[^.!?\d]{0,40}?\bfrom)|(?:reduced|cut|raised|increased|lowered|decreased)\s+(?:the|its|their)\s+(?:payments?|bonus(?:es)?|salar(?:y|ies)|allowances?|pay)\s+by)\s+)/iy,
  targetMetBetween: /\b(?:achieved|met|reached|exceeded|surpassed|fulfilled|overfulfilled)\b/i,
  ageRangeBefore: /(?<=\b(?:men|women|males|people|citizens|those)\s+(?:aged\s+)?)/iy,
  sideOfficeBefore:
    /(?<=\b(?:General\s+Staff\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?|(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|Security\s+Service|Verkhovna\s+Rada|Prosecutor\s+General['’]s\s+Office)\s+of\s+)(?:the\s+)?)/y,
};
