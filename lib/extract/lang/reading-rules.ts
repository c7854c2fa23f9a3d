import type { Qualifier } from '../types';

// The parts of a language module that decide what a count of people is and where a time belongs: who is no
// personnel figure (emigrants, convicts, a ship's capacity, the margin of a comparison), lists and pairs of counts,
// bodies handed over, and the clauses a time expression may sit in. Split from types.ts, which holds the rest of
// the module's shape.

export interface ReadingRules {
  /** Tested on the text between a number and a later time: a relative clause opens there (", which it annexed"). */
  relativeClause: RegExp;
  /** Tested on a sentence: it opens "Among them", so after a count of the dead it says who they were. */
  amongThem: RegExp;
  /** Tested on a sentence: it opens by naming the dead its numbers break down ("Among the dead, ..."). */
  amongDead: RegExp;
  /** Sticky lookbehind at a number: a unit it is the strength of ("his unit of 120 fighters"); looked for after a hint. */
  unitOfBefore: RegExp;
  unitOfHints: string[];
  /** Sticky lookbehind at a nation's adjective: the enemy a loss was suffered fighting ("killed fighting Russian forces"). */
  sideFoughtBefore: RegExp;
  /** The letters the words `sideFoughtBefore` looks for may end with ("fighting", "the"): it runs only after one. */
  sideFoughtLastLetters: string;
  /** Sticky after a headless number: a predicate of where its people are ("were in camps", "are on the front line"). */
  placedPredicateAfter: RegExp;
  /** Sticky after a noun: the side its people fight for (groups 1-2) or against (group 3), in their own clause. */
  fightsForAfter: RegExp;
  /** Sticky after a side mention: a possessive and its losses ("Russia's December losses"); the nation owns them. */
  sideLossesAfter: RegExp;
  /** Found anywhere in a sentence without a time expression: the figure is a running total since the war began. */
  perfectTense: RegExp;
  /** Sticky after a small spelled-out number: "and" and a number in digits with a noun ("five and 12 local servicemen"). */
  digitsPairAfter: RegExp;
  /** Sticky lookbehind at a number: a part named before it ("four of the ten"), so it is the whole. */
  wholeOfPartBefore: RegExp;
  /** Sticky after ", " in a noun phrase: a word that opens a clause, not the next adjective of a list ("and", "who"). */
  listBreakWord: RegExp;
  /** Tested on a sentence: it ranks a period by its toll ("the second-deadliest month for Russian forces"). */
  tollSuperlative: RegExp;
  /** Sticky, after a foreign noun: who recruited them ("recruited by Russia "), skipped to reach their own participle. */
  recruitedByAfter: RegExp;
  /** Sticky after a noun for soldiers: "dead" set off by a dash ("100,000 soldiers – dead – not injured"). */
  deadAppositiveAfter: RegExp;
  /** Tested on the few characters before a date: "as of", the day a running total is given for. */
  asOfBefore: RegExp;
  /** Sticky lookbehind at a capitalised captivity cue: the office whose name it ends ("Headquarters for the Treatment of "). */
  officeNameBefore: RegExp;
  /** Sticky, after a noun: its people left the country ("men left Russia", "who fled abroad"). */
  leftCountryAfter: RegExp;
  /** Sticky, after "people": they went to a named place ("people went to Poland"), as refugees do. */
  wentToPlaceAfter: RegExp;
  /** Global, run from a number: avoiding mobilisation ("are trying to avoid mobilization"). */
  evadeMobilisation: RegExp;
  /** Parts of `evadeMobilisation`'s words, one of which a sentence must hold for the regex to be tried. */
  evadeHints: readonly string[];
  /** Sticky, at a number: a verb that raises soldiers stands right before it ("to enlist 160,000 citizens"). */
  raiseVerbBefore: RegExp;
  /** Sticky, after a number: its people are raised by the verb of its clause ("100,000 citizens were mobilized"). */
  raiseVerbAfter: RegExp;
  /** Tested on the text before a number: it is a comparison's margin ("surpasses last year's call-up by 10,000"). */
  marginBefore: RegExp;
  /** What `marginBefore` needs right before the number ("by "), looked for first. */
  marginHint: string;
  /** Tested on the text before a number: what something can carry ("capable of carrying ... 400 people"). */
  capacityBefore: RegExp;
  /** Words one of which `capacityBefore` needs, looked for first. */
  capacityHints: string[];
  /** Tested on the text between a number and a later time: a second reported clause opens ("... and that ..."). */
  secondReport: RegExp;
  /** Sticky, after a noun: others are counted with the soldiers ("and their relatives"). */
  mixedGroupAfter: RegExp;
  /** Sticky, after prisoners: they are convicts ("in penal colonies"). */
  penalAfter: RegExp;
  /** Sticky, after a number: it is an increment ("10 more"). */
  incrementAfter: RegExp;
  /** A list of counts that a rate word after it covers ("1,325 servicemen, a tank, ... and 18 guns over the past 24 hours"). */
  lists: {
    /** What joins the list to its rate word ("... over the", "... in the space of"), at the end of the text between. */
    end: RegExp;
    /** The list's last item, after "and" (a comma inside a number separates nothing). */
    lastItem: RegExp;
    /** What separates items. */
    separator: RegExp;
    /** The end of the first count's noun: a few words, no number. */
    headEnd: RegExp;
    /** A counted item; group 1 holds its number when it has digits. */
    item: RegExp;
  };
  /** "Russian and Ukrainian ... X and Y, respectively". */
  pairs: {
    /** The word, looked for in the sentence before the regexes run. */
    word: string;
    /** On the text after the first number of the pair. */
    first: RegExp;
    /** On the text before the second number, and after it. */
    second: RegExp;
    endsPair: RegExp;
  };
  /** Bodies and remains handed over. */
  bodies: {
    /** The noun of the count itself. */
    words: RegExp;
    /** The start of a noun phrase of the dead ("deceased combatants"), bodies where the sentence hands them over. */
    deadOf: RegExp;
    /** Right before the number: "the bodies of". */
    phrase: RegExp;
    /** Just after the number: "... exchange of bodies". */
    after: RegExp;
    /** In the sentence: handovers summed up ("so far") and a handover verb. */
    soFar: RegExp;
    handed: RegExp;
  };
  /** At the start of a rate phrase before a number: the war's span ("During the full-scale war, 235,000 ..."). */
  warSpan: RegExp;
  /** On the text just before a number: "a total (of)". */
  totalOfBefore: RegExp;
  /** Sticky after "others"/"more" past a number: its own participle ("2,700 others injured"); group 1. */
  othersParticiple: RegExp;
  /** Sticky after a number (or its word for soldiers): its people still serve ("18 are still serving", "troops were on the battlefields"). */
  stillServingAfter: RegExp;
  /** Sticky after a number without a noun: its people were sent to fight (" had already been sent to the combat zone"). */
  sentToFightAfter: RegExp;
  /** A noun for people in general, whose vague toll counts civilians too ("tens of thousands of people"). */
  /** Tested on a noun: people, or a nation's people, whom a journey abroad after it makes emigrants ("98,000 Russians had entered the country"). */
  travellerNoun: RegExp;
  /** Sticky lookbehind at a number: "the capture of" before it, so it counts prisoners taken. */
  /** Tested on the text between "the remains" (or "the bodies") and a number: " of some ", so the number counts the dead. */
  remainsOfBetween: RegExp;
  captureOfBefore: RegExp;
  peopleNoun: RegExp;
  /** Tested on the text between a number and a later one: "with" sets the later one apart ("over 7,000 – with up to 14,000"). */
  withOtherNumber: RegExp;
  /** Tested on a sentence: a body that counts civilians (the UN's monitors), whose toll of "people" is theirs. */
  civilianCounter: RegExp;
  /** The noun of convicts ("prisoners", "inmates"), who are recruits when an army takes them in. */
  convictNoun: RegExp;
  /** Sticky after that noun: where they were held ("from Russian colonies"). */
  convictsFromAfter: RegExp;
  /** Tested on a sentence about recruiting: it names convicts' world (Wagner, an amnesty, a penal colony). */
  convictContext: RegExp;
  /** The noun of names on a list, which count soldiers only beside a loss or a swap. */
  namesNoun: RegExp;
  /** The noun of volunteers, who need a word that they joined an army. */
  volunteerNoun: RegExp;
  /** On the text before a time expression: it is set off by a comma ("..., in early 2025, he said"). */
  setOffBefore: RegExp;
  /** Sticky, at a time expression: it says when a "since" began ("since the conflict escalated in 2022"). */
  sinceClauseBefore: RegExp;
  /** Sticky, after a number: "of" a whole counted in other things ("15 of Russia's 85 regions"); group 1 is their noun. */
  ofWholeAfter: RegExp;
  /** Sticky lookbehind at a number: the whole a part was counted out of ("341 colonies out of"); group 1 is the part's noun. */
  partOfWholeBefore: RegExp;
  /** Tested on the text between a figure and the next number: the number is a part of it ("..., including over"). */
  subsetBefore: RegExp;
  /** Sticky after a number with no noun: "and", a verb and another number ("77 and wounded 40"), whose noun both share. */
  sharedNounAfter: RegExp;
  /** Sticky, after a noun: another count joins it before a relative clause they share ("and over 1,700 mercenaries" who ...). */
  sharedClauseAfter: RegExp;
  /** Sticky at a since-phrase: it says how long someone was held ("held in Russian captivity since 2022"), not where a total starts. */
  heldSinceBefore: RegExp;
  /**
   * Tested on the words of a clause before a number: the toll of another war ("Soviet troop losses in the 1979-89 Afghanistan
   * war were"); a year may stand between ("The average war since 1816 has seen around 50").
   */
  otherWarBefore: RegExp;
  /** Tested once on a sentence: it names another war at all (what otherWarBefore looks for). */
  otherWarNamed: RegExp;
  /** Words every otherWarNamed match contains. */
  otherWarNamedHints: readonly string[];
  /** Sticky after a number: "-for-" or " for " and another number, one side's share of a swap ("160-for-160"). */
  forPairAfter: RegExp;
  /** Sticky lookbehind at a number: the second of such a pair. */
  forPairBefore: RegExp;
  /** Tested on a sentence: it speaks of a swap of prisoners. */
  swapWord: RegExp;
  /** Tested on a sentence: it speaks of prisoners freed or back home ("returned home", "were also released"). */
  prisonersFreed: RegExp;
  /** Words one of which `prisonersFreed` needs, looked for first ("home", "freed"). */
  prisonersFreedHints: readonly string[];
  /** Tested on the words between a number and a nation: the other term of a swap opens ("exchanged for 55"). */
  swapOtherTerm: RegExp;
  /** Sticky after a number: a word for a figure, naming a number said before again (" figure", " estimate"). */
  figureNounAfter: RegExp;
  /** Sticky lookbehind at a number: a demonstrative that points back to a count said before ("these 18,000"). */
  thesePointerBefore: RegExp;
  /** Sticky lookbehind at a number: a participle of harm right before it ("..., killing three people"). */
  harmParticipleBefore: RegExp;
  /** Sticky after a number's noun: a word that hedges the participle after it ("confirmed dead", "presumed killed"). */
  participleHedgeAfter: RegExp;
  /** Sticky after a number's noun: a passive of call-up (group 1: "were mobilized") or recruitment ("were recruited"). */
  raisedPredicateAfter: RegExp;
  /** Sticky, at a noun: a word right before it makes prisoners ex-convicts ("former prisoners"), not captives. */
  formerBefore: RegExp;
  /** Sticky lookbehind at a number: "enlist" right before it ("to enlist 140,000 citizens"). */
  enlistBefore: RegExp;
  /** Sticky, at a cue word: "signed" a document, not a contract ("signed a decree"). */
  signedDocumentAt: RegExp;
  /** Sticky, after a loss noun: whose the losses are, civilians (" of civilians", " among residents"). */
  ofCiviliansAfter: RegExp;
  /** Sticky, after a noun for civilians: they serve in an army (" are currently serving in", " in its ranks"). */
  inServiceAfter: RegExp;
  /** Sticky, after a noun: the status its people are listed under ("the 16 Indian nationals as “missing”"); group 1. */
  listedAsAfter: RegExp;
  /** Tested on a sentence: it opens by breaking down the count before ("The number includes ..."). */
  countIncludesStart: RegExp;
  /** Tested on a cue's text: it names prisoners of war, who are soldiers (not "prisoner swap", not "returned"). */
  captiveNoun: RegExp;
  /** Tested on a sentence: it opens "At the time", so the time of the sentence before is when its count stood. */
  atTheTimeStart: RegExp;
  /** Sticky, after a noun: soldiers sent back to fight ("returned 1,000 soldiers to the front"), not freed captives. */
  toDutyAfter: RegExp;
  /** Sticky after "citizens": the foreign countries they are of ("of Central Asia's countries", "of Uzbekistan"). */
  foreignCitizensOfAfter: RegExp;
  /** Sticky lookbehind at a number: a discharge from an army ("the early discharge of 119"). */
  dischargeBefore: RegExp;
  /** What `dischargeBefore` may end with ("of ", "about "), looked for first. */
  dischargeHints: readonly string[];
  /** Parts of words one of which `byThen` needs ("then", "that"), looked for first. */
  byThenHints: readonly string[];
  /** Tested on the words before a time expression: a ranking word whose phrase the time scopes ("the first such exchange in"). */
  rankingBefore: RegExp;
  /** Tested on the words between a number and its noun: they hold "and" (the noun is the next item's). */
  andBetween: RegExp;
  /** Tested on the words between a number and a later cue: a list of what the count includes opens (", including"). */
  includingBetween: RegExp;
  /** Tested on the words between a number and the last of a list: they join items that share a verb or a time ("troops and over", "troops, 199 tanks, and"). */
  listAndBetween: RegExp;
  /** Tested on the words between a loss word and a number: the number is what it is put at ("deaths at around"). */
  putAtBetween: RegExp;
  /** Tested on a sentence: what is swapped are bodies ("exchange bodies of fallen soldiers"). */
  bodiesSwap: RegExp;
  /** Sticky after a noun for people: they were left without power or water ("600,000 Russians ended up without electricity"). */
  withoutUtilityAfter: RegExp;
  /** Sticky lookbehind at a mention of civilians: they are what a killing was done to ("have killed civilians"). */
  harmVerbBefore: RegExp;
  /** Sticky after a nation's adjective: a place it qualifies ("Ukrainian city", "Russian territory"). */
  sidePlaceNounAfter: RegExp;
  /** Sticky after a nation: a qualifier, then a number ("Ukraine as many as 600,000"). */
  qualifiedNumberAfter: RegExp;
  /** Sticky after a nation's adjective: what an attack is aimed at (" positions"), a place when `sideAttackBefore` holds. */
  sideTargetNounAfter: RegExp;
  /** Sticky lookbehind at a nation's adjective: a verb of attack right before it ("to storm Ukrainian positions"). */
  sideAttackBefore: RegExp;
  /** The first letters of those place nouns, lower-case: the regex runs only where the next word starts with one. */
  sidePlaceNounFirsts: string;
  /** Sticky lookbehind at a cue: it lists a part of a total ("including wounded and missing"). */
  includedPartBefore: RegExp;
  /** A string every includedPartBefore match contains, looked for first. */
  includedPartHint: string;
  /** Tested on a sentence: a ratio said in words ("one Ukrainian for eight Russians", "for one ... there are 8"). */
  /** Tested on a sentence: a ratio said in digits ("8 to 1"). */
  ratioInDigits: RegExp;
  /** Tested on the text before a ratio's term: "there are", so the term is how many for one. */
  ratioThereAre: RegExp;
  ratioInWords: RegExp;
  /** Sticky lookbehind at a number: the second term of such a ratio. */
  ratioTermBefore: RegExp;
  /** Sticky after "one": the rest of such a ratio, whose first term it is. */
  ratioTermAfter: RegExp;
  /** A word every densityBefore match contains, looked for first. */
  densityBeforeHint: string;
  /** Tested on the text after a number: a word a density contains ("square", "km"); its regex runs only where one is near. */
  densityAfterHint: RegExp;
  /** Words after a number and a hyphen that leave its noun to follow ("600,000-strong Russian force", "20-odd Indians"). */
  sizeSuffixes: readonly string[];
  /** Words every sinceClauseBefore match contains, looked for first in the stretch it can reach. */
  sinceClauseHints: readonly string[];
  /** Tested on the text before a number: a density it is a value of ("The casualty rate per square kilometer dropped from"). */
  densityBefore: RegExp;
  /** Sticky lookbehind at a number: "the last", "the past" (of hours whose word was dropped: "In the last 24, ..."). */
  pastSpanBefore: RegExp;
  /** Sticky after a rate adjective: the noun that makes it a subject ("the daily rate of ...", "the monthly average"). */
  rateNounAfter: RegExp;
  /** Tested on the text between a rate's figure and the next number: a list that goes on ("a day, and were", "in May, "). */
  seriesBetween: RegExp;
  /** Tested on a sentence: an air strike or shelling, whose small toll with no soldiers named counts civilians. */
  strikeScene: RegExp;
  /** Tested on a sentence: one battle's or one strike's toll ("lost more than 20,000 men in the battle for Bakhmut", "killed by a strike"), not the war so far. */
  battleScope: RegExp;
  /**
   * Tested on a sentence up to a number: a plan or order for what is still to come ("will call up", "plans to
   * recruit", "a decree calling for the enlistment of"), whose months lie ahead of its date, not behind it.
   */
  plannedAhead: RegExp;
  /** A substring every match of `plannedAfter` contains (" to be "). */
  plannedAfterHint: string;
  /** Sticky after a number: its noun and a plan's passive ("people are to be drafted"). */
  plannedAfter: RegExp;
  /** Sticky lookbehind at a number: "increase ... by", so that "by 180,000 to 1.5 million" is a change and a new level. */
  changeByBefore: RegExp;
  /** Sticky lookbehind at a spelled-out number: the second term of a proportion in words ("one in three"). */
  wordProportion: RegExp;
  /** What follows a number that may make it a part of a whole (" of ", " out of "), looked for before partOfAfter. */
  partOfHints: readonly string[];
  /** Sticky after a number: " (out) of (the) (about) " before the number of a whole it is part of. */
  partOfAfter: RegExp;
  /** Sticky lookbehind at a number: the tally or toll it brings up to ("the tally ... to ten"). */
  tallyToBefore: RegExp;
  /** Sticky lookbehind at a number: a qualifying verb before "a milestone of" (group 1, a key of `qualifiers`). */
  milestoneBefore: RegExp;
  /** Sticky lookbehind at a number: a verb of passing before "the" (group 1), a qualifier when `markAfter` follows ("surpass the 1 million mark"). */
  markBefore: RegExp;
  /** Sticky after a number: the word that makes it a mark to pass (" mark", "-threshold"). */
  markAfter: RegExp;
  /** The qualifier each verb of `markBefore` gives ("surpass" more than, "approaching" nearly), by its lower-case form. */
  markVerbs: ReadonlyMap<string, Qualifier>;
  /** A reporting word that, right before a number, frees prisoners instead ("released 270 soldiers"). */
  releaseBefore: string;
  /** Tested on the text before a number: the nation before says it lost them ("Russia said it had lost nearly 500"). */
  saidItLostBefore: RegExp;
  /** What `saidItLostBefore` needs in that text, looked for first. */
  saidItLostHint: string;
  /** Tested on the text before a number: the speaker's own nation owns it ("said his country has lost"). */
  ownCountryBefore: RegExp;
  /** What ends right before a nation whose army its people serve in ("fighting in Russia's military"). */
  sideMemberHints: string[];
  /** Tested on the text between a number and a loss word after it: the word opens the next pair (" and ", ", with the "). */
  nextPairJoin: RegExp;
  /** Sticky after a number: it counts a nation's own soldiers (" of its troops"). */
  ownTroopsAfter: RegExp;
  /** Sticky lookbehind at a number: it adds to a count before ("a further 350", "another 1,200"). */
  incrementBefore: RegExp;
  /** Sticky at the comma after a number's noun: a total is then brought up (", taking the total ... to"). */
  totalBroughtAfter: RegExp;
  /** Tested on the text before "by" and a number: a verb of increase ("increased its running tally of ... dead by"). */
  increasedByBefore: RegExp;
  /** Tested on the text between a number and a rate phrase: another number stands in an aside (", with over 20,000 killed,"). */
  numberAside: RegExp;
  /** Sticky lookbehind at a call-up word in a time clause ("before the", "since the start of"). */
  callUpTimeBefore: RegExp;
  /** Sticky, after that word: the clause says when it began ("efforts began"). */
  callUpBeganAfter: RegExp;
  /** Tested on the text between a shortfall word and a number: it is the shortfall's (" of about "). */
  deficitOfBetween: RegExp;
  /** Sticky lookbehind at a number after " and ": an approximation the count before it shares ("approximately 40,000 wounded and"). */
  sharedQualifierBefore: RegExp;
  /** Tested on the text between two counts: only their nouns and "and" ("150 Russian soldiers and 150 ..."). */
  andNext: RegExp;
  /** Where intoArmy may match: its first words, looked for in the sentence first. */
  intoArmyHint: string;
  /** Sticky at its hint, after a count raised: the army it is taken into (group 1, a nation: "into the Russian army"). */
  intoArmy: RegExp;
  /** Sticky lookbehind at a nation before "Armed Forces": "in the", which makes them the forces served in. */
  sideMemberBefore: RegExp;
  /** Sticky lookbehind at a number: the size an army is to reach ("increase the total number of soldiers to"). */
  sizeGoalBefore: RegExp;
  /** Sticky after a count's noun: the remains or bodies of those counted ("soldiers' remains"). */
  remainsAfter: RegExp;
  /** The word that opens a from-to pair ("from "), looked for before a "to" that may close one. */
  fromWord: string;
  /** Tested on the text before a number: a word of money, without which sumBefore need not run. */
  sumHint: RegExp;
  /** Sticky lookbehind at a number after " to " or " by ": a sum of money it ends or changes ("payment ... from 2.6 million to"). */
  sumBefore: RegExp;
  /** Tested on the text between a target word and a number: the target was met (the number is what was done), or the aim is losses to inflict. */
  targetMetBetween: RegExp;
  /** Sticky lookbehind at a range: men or women before it, whose ages it gives ("men between 18 and 55"). */
  ageRangeBefore: RegExp;
  /** Sticky lookbehind at a nation: an office named after it ("the General Staff of the Armed Forces of Ukraine"). */
  sideOfficeBefore: RegExp;
  /** The words sizeGoalBefore ends with, looked for before it runs ("to ", "create "). */
  /** Tested on the words before a size goal: the size was reached, not set ("made it possible to expand"). */
  sizeReachedBefore: RegExp;
  sizeGoalHints: readonly string[];
  /** After a nation: the forces named after it (" Armed Forces"), where sideMemberBefore is looked for. */
  armedForcesHint: string;
  /** What ends right before a nation that sideOfficeBefore may match (" of ", " of the "). */
  sideOfficeHints: readonly string[];
  /** What ends right before a number that milestoneBefore may match ("of "). */
  milestoneHint: string;
  /** Before a number: the "to" that may close a from-to pair of sums (" to "). */
  sumToHint: string;
  /** Before a number: the other words sumBefore may end with (" by ", " from "). */
  sumHints: readonly string[];
  /** Sticky, at a nation's end: what joins it to the noun it owns ("Russian losses", "Ukraine's losses"). */
  sideOwnerGap: RegExp;
  /** Sticky, after a ratio's "1 to 6": its second term's upper end (" or 7", "–25"). */
  ratioUpperAfter: RegExp;
  /** The word that joins two adjectives before a noun ("tired and demoralized soldiers"), lower case. */
  adjectiveJoin: string;
  /** Sticky, after the first end of a change: its "to" ("from 150-200 to 600"). */
  changeToAfter: RegExp;
  /** Sticky, after a case count's noun: the crime it counts (" of executions", " of torture"). */
  crimeCasesAfter: RegExp;
  /** The word that makes a sum of both sides' counts ("combined casualties"), lower case; and, sticky after it, the count words it may stand before (" total"). */
  combinedWord: string;
  combinedSumAfter: RegExp;
  /** Sticky after a nation: it invaded with a force (" invaded a year ago with"). */
  sideInvadedWithAfter: RegExp;
}
