import type { Cue } from './lang/types';
import type { Hit } from './context';
import type { Sentence } from './context';
import { normKey } from './lang/normalize';
import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import { sticky } from './reject';
import type { NounPhrase } from './noun-phrase';
import { commaBetween, endsWithAny, hasDigit } from './spans';
import { inPartList, nounOfNumberBefore } from './clauses';
import { CUE_METRIC, inSentence, LOSS_METRICS } from './cue-metrics';
import { armyLosses, casualtyPhraseNear, distance, foreignNear, hasCue, isAnyButTarget, isCaseCue, isCivilianCue, suchCasesCue, isMetricCue, isPersonnel, nearest, needRightBefore, ownLossBetween, participleAfter, targetNear } from './cues-near';
import { lossOfBefore, lossPredicate, lossRightBefore, pastMore, raisedOfBefore, raisedPredicate, verbRightAfter, verbRightBefore } from './loss-verbs';
import type { Metric } from './types';

// Reads what a number counts from its sentence: its metric. The language
// module supplies the words; the rules here are about distance and order, and
// hold for any language. The rate is read in rate.ts, the side in side.ts, the
// claimant and qualifier in their own files, metric families in family.ts, the
// verbs beside a number in loss-verbs.ts.

/** How far before "N times higher" the loss it multiplies may be named. */
const TIMES_REACH = 60;
/** How close to a number a cue word is its own ("200,000 who are AWOL", "injuries to 18 others"). */
const OWN_CUE_AFTER = 12;
/** ", including 51 seriously injured": a part of the count, with a number of its own. */
const INCLUDED_NUMBER = /,\s+including\s+(?:(?:about|some|over|more\s+than|nearly|almost|at\s+least)\s+)?\d/;
/** How far a list item's own clause may run ("35 were in camps or at military bases"). */
const PLACED_REACH = 80;
/** "including " and at least one letter: a cue ending this close before a part is inside the part list. */
const INCLUDING_MIN = 10;
/** How far before a size goal's number its verb may stand. */
const SIZE_GOAL_REACH = 160;
/** A loss word this close overrides "North Korean troops" as the metric. */
const LOSS_OVER_FOREIGN = 40;

export interface MetricResult {
  metric: Metric;
  /** The metric came from a cue word, not only from a generic "troops". */
  specific: boolean;
}

/**
 * The metric of a number, or null when nothing says it counts personnel.
 * `afterFigure`: another figure was found shortly before, so a bare "target"
 * sentence ("raise that number to 50,000") may refer back to it.
 */
/** The metric of a cue in a list item's own clause (up to its comma or "and"), if any. */
function placedItem(text: string, cues: Hit<Cue>[], from: number): MetricResult | null {
  const rest = text.slice(from, from + PLACED_REACH);
  const stop = rest.search(/[,;.]|\band\b/);
  const end = from + (stop < 0 ? rest.length : stop);
  for (const h of cues) {
    const m = h.start >= from && h.end <= end ? CUE_METRIC[h.value] : undefined;
    if (m) return { metric: m, specific: true };
  }
  return null;
}

export function classifyMetric(
  text: string,
  tok: NumberToken,
  np: NounPhrase,
  s: Sentence,
  lang: LangModule,
  afterFigure: boolean,
): MetricResult | null {
  const result = classifyIn(text, tok, np, s, lang, afterFigure);
  // "28 recruits were reported missing, 35 were in camps or at military bases": where they are, said in their own
  // clause, makes them no loss of the item before (they may still be recruits: "about 10,000 are on the front line").
  if (result && LOSS_METRICS.has(result.metric) && np.headless && sticky(lang.placedPredicateAfter, text, np.end)) return placedItem(text, s.cues, np.end);
  return result;
}

function classifyIn(text: string, tok: NumberToken, np: NounPhrase, s: Sentence, lang: LangModule, afterFigure: boolean): MetricResult | null {
  const cues = s.cues;

  if (tok.kind === 'ratio') return hasCue(cues, 'ratio') ? { metric: 'ratio', specific: true } : null;
  // What is multiplied is named before the number: "Russia's casualty rate is 10 times higher", not "3 times more tanks".
  if (tok.times) {
    for (const h of cues) {
      const m = CUE_METRIC[h.value];
      if (m && LOSS_METRICS.has(m) && h.end <= tok.start && tok.start - h.end <= TIMES_REACH && !hasDigit(text, h.end, tok.start)) {
        return { metric: 'ratio', specific: true };
      }
    }
    return null;
  }

  if (np.info?.caseCount) {
    // "93 cases of executions of Ukrainian POWs": cases of a crime count crimes, whoever their victims were.
    if (sticky(lang.crimeCasesAfter, text, np.end)) return null;
    const c = nearest(cues, tok, s, isCaseCue) ?? suchCasesCue(s);
    return c ? { metric: CUE_METRIC[c.value]!, specific: true } : null;
  }
  // "For the whole of 2023, the number of such cases was 17 658": a sentence with no word of its own for what it counts.
  if (np.headless && !cues.some((h) => CUE_METRIC[h.value] && inSentence(h, s))) {
    const such = suchCasesCue(s);
    if (such) return { metric: CUE_METRIC[such.value]!, specific: true };
  }
  let head = np.info?.cue ?? null;
  for (const h of cues) {
    if (h.start === np.headStart && CUE_METRIC[h.value]) head = h.value;
  }
  // "Russian forces pummeled Ukraine with drones ..., killing three people": the people a strike kills are civilians; so
  // are those whose toll the police give ("Ukrainian police said two people were killed").
  if (np.info?.weak && lang.peopleNoun.test(text.slice(np.headStart, np.end)) && (sticky(lang.harmParticipleBefore, text, tok.start) || lang.policeToll.test(s.body))) {
    return null;
  }
  // "a decree to enlist 140,000 citizens": those an army enlists are its recruits ("enlist" is no cue on its own: "three
  // men ... chose to enlist" are no count of recruits), unless their service is compulsory ("for a mandatory 12-month
  // military service").
  if (np.headless && sticky(lang.enlistBefore, text, tok.start) && !cues.some((h) => CUE_METRIC[h.value] === 'mobilized' && inSentence(h, s))) {
    return { metric: 'recruited', specific: true };
  }
  // "12 Indian nationals had died, while 18 are still serving": soldiers in service, after a count of the dead.
  // "He said 82,000 had already been sent to the combat zone": a deployment, with no other word for soldiers needed.
  // So are "617,000 troops were on the battlefields", whatever else the sentence mentions.
  if ((np.headless && sticky(lang.sentToFightAfter, text, np.end)) || ((np.headless || head === 'personnel') && sticky(lang.stillServingAfter, text, np.end))) {
    return { metric: foreignNear(cues, tok, s) || foreignNounBefore(text, s.start, tok.start, lang) ? 'foreign_troops' : 'force_size', specific: true };
  }
  const weakHead = head === 'personnel';
  const nearestPersonnel = nearest(cues, tok, s, isPersonnel);
  if (!head) {
    // A headless number needs a personnel word in its sentence, nearer than any civilian one.
    const anyCue = nearest(cues, tok, s, isAnyButTarget);
    if (anyCue?.value === 'civilian' || anyCue?.value === 'population' || anyCue?.value === 'equipment') return null;
    if (!nearestPersonnel && !(afterFigure && hasCue(cues, 'target'))) return null;
    // "the onslaught killed five and injured 48, ... residential buildings": in a strike report that names no
    // soldiers, the killed are civilians. Not "drone attacks rose to 600, while Russian losses reached 1,000 a day":
    // an army's losses; nor "announced a conscription of 300,000 ... and saw hundreds of thousands flee": no toll.
    if (
      hasCue(cues, 'civilian') &&
      !hasCue(cues, 'personnel') &&
      !hasCue(cues, 'foreign') &&
      !afterFigure &&
      !armyLosses(text, anyCue, s, lang) &&
      (!anyCue || LOSS_METRICS.has(CUE_METRIC[anyCue.value]!))
    ) {
      return null;
    }
  } else if (
    np.info?.weak &&
    // "nearly 6,000 Russians had been killed ..., with bombs and airstrikes": Russians killed in this war are soldiers.
    !(np.side === 'russia' && lossPredicate(text, pastMore(text, np.end), lang)) &&
    cues.some((h) => (h.value === 'civilian' || h.value === 'population') && h.start !== np.headStart && !ownLossBetween(text, cues, h, tok, lang)) &&
    // "the 2022 call-up of 300,000 men triggered a mass exodus": the men were called up; others fled.
    !raisedOfBefore(text, cues, tok.start) &&
    // Foreign nationals only when the nearest word is a civilian one: "1,000 Kenyans have been recruited to fight ...,
    // with ... 39 hospitalised" are fighters.
    !(np.info.cue === 'foreign' && !isCivilianCue(nearest(cues, tok, s, (h, x) => h.start !== np.headStart && isAnyButTarget(h, x))))
  ) {
    // Not the noun itself: "35 Indian citizens" are read as nationals.
    return null;
  } else if (
    LOSS_METRICS.has(CUE_METRIC[head]!) &&
    s.sides.length === 0 &&
    cues.some((h) => h.value === 'civilian' && h.end <= tok.start && inSentence(h, s)) &&
    !cues.some((h) => (h.value === 'personnel' || h.value === 'foreign' || h.value === 'both') && inSentence(h, s))
  ) {
    // "the number of civilian victims was particularly high ..., with 4,289 deaths": a toll after civilians are named,
    // in a sentence that names no soldiers and no army.
    return null;
  }

  // Only now, with personnel in the sentence: "25 losses for each", "9,000 more ... than".
  lang.ratioAfter.lastIndex = tok.end;
  if (lang.ratioAfter.test(text)) return { metric: 'ratio', specific: true };
  lang.deficitAfter.lastIndex = tok.end;
  if (lang.deficitAfter.test(text)) return { metric: 'net_deficit', specific: true };
  // Not "a $6.9 billion shortfall, ... and 200,000 who are AWOL": a word right after the number says what it counts.
  // "a shortfall of 100,000 soldiers": the shortfall's own number, whatever its noun.
  if (
    hasCue(cues, 'deficit') &&
    ((!head && !cues.some((h) => h.value !== 'deficit' && CUE_METRIC[h.value] && (h.start >= tok.end ? h.start - tok.end : tok.start - h.end) <= OWN_CUE_AFTER)) ||
      cues.some((h) => h.value === 'deficit' && h.end <= tok.start && lang.deficitOfBetween.test(text.slice(h.end, tok.start))))
  ) {
    return { metric: 'net_deficit', specific: true };
  }
  // "plans to exchange ... the remains of 6,000 soldiers": the bodies of the dead, whatever is planned for them.
  const remainsOf = lossOfBefore(text, cues, tok, lang);
  if (remainsOf) return { metric: remainsOf, specific: true };
  // "resulted in the capture of 594 Russian soldiers".
  lang.captureOfBefore.lastIndex = tok.start;
  if (lang.captureOfBefore.test(text)) return { metric: 'captured', specific: true };
  if (targetNear(text, cues, tok, lang)) return { metric: 'target', specific: true };
  // "only 15 survived from his unit of 120 fighters": the strength of a unit, whatever happened to some of it.
  if (endsWithAny(text, tok.start, lang.unitOfHints) && sticky(lang.unitOfBefore, text, tok.start)) return { metric: foreignNear(cues, tok, s) ? 'foreign_troops' : 'force_size', specific: true };
  // "increase the total number of soldiers to 1.5 million", "ordering the military to create 1.5 million combat-ready
  // forces": the size an army is to reach (looked for only after the words its lookbehind ends with).
  if (endsWithAny(text, tok.start, lang.sizeGoalHints) && sticky(lang.sizeGoalBefore, text, tok.start) && !lang.sizeReachedBefore.test(text.slice(Math.max(s.start, tok.start - SIZE_GOAL_REACH), tok.start))) {
    return { metric: 'target', specific: true };
  }
  if (needRightBefore(cues, tok)) {
    lang.targetBefore.lastIndex = tok.start;
    if (lang.targetBefore.test(text)) return { metric: 'target', specific: true };
  }

  // A short clarification after the sentence settles a vague word ("losing 7,000 a week. Not wounded, dead"),
  // not an exact one ("7,200 ... are missing. Most of them are in captivity.").
  const own = head && !weakHead ? CUE_METRIC[head] : nearest(cues, tok, s, isMetricCue)?.value;
  if (!own || own === 'losses') {
    for (const h of s.clarifyingCues) {
      if (CUE_METRIC[h.value] && h.value !== 'force') return { metric: CUE_METRIC[h.value]!, specific: true };
    }
  }

  // A foreign contingent's own verb says what its number counts ("100 North Korean soldiers ... have been
  // killed"), and so does the verb right after a number without a noun ("a quarter of a million had been killed").
  // So does a death after a status: "200 POWs have died in custody".
  // "25 mobilized soldiers have died": what happened to the mobilised, not their mobilisation.
  const status = head === 'captured' || head === 'missing' || head === 'mobilized' || head === 'recruited';
  // And "600,000 to 700,000 Russians have been injured", after a killed figure: people's own verb, unless the verb
  // right before says what happened to them ("managed to mobilize and conscript 406,000 people, ... killed").
  // "300 were killed and 2,700 others injured": the participle right after "others" or "more" is the number's own.
  if (np.headless) {
    const at = pastMore(text, np.end);
    if (at !== np.end) {
      lang.othersParticiple.lastIndex = at;
      const m = lang.othersParticiple.exec(text);
      const cue = m ? lang.cues.get(m[1]!.toLowerCase()) : undefined;
      const metric = cue ? CUE_METRIC[cue] : undefined;
      if (metric && LOSS_METRICS.has(metric)) return { metric, specific: true };
    }
  }
  if (np.info?.weak) {
    const before = verbRightBefore(text, cues, tok, s, lang);
    if (before === 'recruited' || before === 'mobilized') return { metric: before, specific: true };
    // "Around 900 Georgian citizens have enlisted in the legion": their own verb, foreign or not.
    const after = raisedPredicate(text, np.end, lang);
    if (after) return { metric: after, specific: true };
  }
  if (
    head === 'foreign' ||
    status ||
    np.foreign ||
    np.info?.weak ||
    foreignNear(cues, tok, s) ||
    (np.headless && verbRightAfter(text, pastMore(text, np.end), lang))
  ) {
    // "3,000 North Korean troops killed or wounded", "16 Sri Lankan mercenaries killed", "101 conscripts killed"
    // (headlines, with no verb before the participle) as well.
    const loss =
      lossPredicate(text, pastMore(text, np.end), lang) ??
      (np.foreign || head === 'foreign' || status ? participleAfter(text, cues, np.end, lang) : null) ??
      // "4,500 former prisoners and over 1,700 mercenaries who have been killed": the clause both counts share.
      (!np.headless && sticky(lang.sharedClauseAfter, text, np.end) ? lossPredicate(text, lang.sharedClauseAfter.lastIndex, lang) : null) ??
      // "categorised the 16 Indian nationals as “missing”".
      listedAs(text, np.end, lang);
    if (loss) return { metric: loss, specific: true };
  }

  // "the death of about 500 mercenaries", "recruited more than 48,000 prisoners" (convicts), "has lost around
  // 1,113,430 troops in Ukraine": the verb or noun right before says what happened to them.
  if (head === 'foreign' || head === 'captured' || head === 'force' || np.foreign) {
    const before = verbRightBefore(text, cues, tok, s, lang);
    if (before && (!head || before !== CUE_METRIC[head])) return { metric: before, specific: true };
  }
  // "Russia lost 5,000 recruits in May": what happened to the recruits, not their recruitment.
  if (head === 'recruited' || head === 'mobilized') {
    const before = verbRightBefore(text, cues, tok, s, lang);
    if (before && LOSS_METRICS.has(before)) return { metric: before, specific: true };
  }

  // "estimates Russian deaths at around 250,000 and total casualties ... at nearly 950,000": a noun past "and" is the
  // next number's; the loss word this one is put "at" is its own.
  if (head && np.headStart > tok.end && lang.andBetween.test(text.slice(tok.end, np.headStart))) {
    const at = cues.find((h) => h.end <= tok.start && LOSS_METRICS.has(CUE_METRIC[h.value]!) && lang.putAtBetween.test(text.slice(h.end, tok.start)));
    if (at) return { metric: CUE_METRIC[at.value]!, specific: true };
  }
  // "to maintain a 700,000-man army", "a 600,000-strong force": the size of a force, whatever else the sentence counts.
  if (np.sized && (np.headless || weakHead || head === 'force') && !foreignNear(cues, tok, s)) return { metric: 'force_size', specific: true };
  // "lost 100,000 soldiers – dead – not injured – dead": the word set off right after the noun says what they are.
  if (weakHead && sticky(lang.deadAppositiveAfter, text, np.end)) return { metric: 'killed', specific: true };
  if (head && !weakHead) {
    const m = CUE_METRIC[head];
    if (m) return { metric: m, specific: true };
  }
  // "about 22,000 soldiers had fallen by the end of 2022": the soldiers' own verb, where no loss word stands elsewhere.
  if (weakHead && !cues.some((h) => LOSS_METRICS.has(CUE_METRIC[h.value]!))) {
    const own = lossPredicate(text, np.end, lang);
    if (own) return { metric: own, specific: true };
  }

  let specific = nearest(cues, tok, s, isMetricCue);
  // "a commander was wounded, and five soldiers were killed": the number's own verb outranks a loss word in the clause
  // before (looked for only when that word ends before a comma before the number).
  if (specific && specific.end <= tok.start && commaBetween(text, specific.end, tok.start) && LOSS_METRICS.has(CUE_METRIC[specific.value]!)) {
    // "Of the 72 ... confirmed dead, 43 were recruited from prisons": so does a verb of recruitment.
    const own = lossPredicate(text, np.end, lang) ?? raisedPredicate(text, np.end, lang);
    if (own && own !== CUE_METRIC[specific.value]) return { metric: own, specific: true };
  }
  // "the number of dead soldiers at 80,000 and the number of wounded at 400,000": a word in the next phrase is its own.
  // So is one past another number ("over 7,000 – with up to 14,000 wounded").
  // "265 militants, including 51 seriously injured, laid down their arms and took themselves into captivity": a word in
  // the clause of a part named after the number is the part's; the count's own word follows that clause.
  if (specific && specific.start >= tok.end) {
    const incl = INCLUDED_NUMBER.exec(text.slice(tok.end, specific.start));
    const close = incl ? text.indexOf(',', tok.end + incl.index + incl[0].length) : -1;
    if (close > specific.start) specific = nearest(cues, tok, s, (h, x) => isMetricCue(h, x) && (h.end <= tok.start || h.start > close)) ?? specific;
  }
  if (specific && specific.start >= tok.end) {
    lang.nextPhrase.lastIndex = 0;
    const between = text.slice(tok.end, specific.start);
    // Nor a status of some of what the count includes ("150,000 soldiers in Ukraine, including poorly trained conscripts",
    // "50,000 troops, including 10,000 North Korean soldiers").
    const status = CUE_METRIC[specific.value] === 'mobilized' || CUE_METRIC[specific.value] === 'recruited' || CUE_METRIC[specific.value] === 'foreign_troops';
    // (Only after a word for soldiers: "10,000 names, including more than 400 Russians drafted recently" has no other.)
    const soldiers = np.info?.cue === 'personnel' && !np.info.weak;
    if (nounOfNumberBefore(text, tok.end, specific.start, lang) || lang.nextPhrase.test(between) || (status && soldiers && lang.includingBetween.test(between))) {
      specific = nearest(cues, tok, s, (h, x) => isMetricCue(h, x) && h.end <= tok.start);
    } else if (lang.nextPairJoin.test(between)) {
      // "deaths at 80,000 and wounded counts at 400,000": the loss word before is this number's, the one after the next's.
      specific = nearest(cues, tok, s, (h, x) => isMetricCue(h, x) && h.end <= tok.start) ?? specific;
    }
  }
  // "the total number of casualties, including wounded and missing, has reached 15,000": the parts a total includes
  // do not say what it counts; the word before "including" does.
  if (specific && specific.end <= tok.start && commaBetween(text, specific.end, tok.start) && inPartList(text, specific.start, lang)) {
    const whole = specific.start;
    specific = nearest(cues, tok, s, (h, x) => isMetricCue(h, x) && h.end < whole - INCLUDING_MIN) ?? specific;
  }
  // "the number of killed or wounded North Koreans at 4,000": the loss word before the foreign one says what is counted.
  if (specific?.value === 'foreign') {
    const loss = lossRightBefore(text, cues, specific.start);
    if (loss) specific = loss;
  }
  let metric: Metric | null = specific ? CUE_METRIC[specific.value]! : null;
  // "50,000 Russian and North Korean soldiers": one force, whose foreign part does not make it foreign troops.
  if (metric === 'foreign_troops' && np.mixed) metric = 'force_size';
  // "had likely lost their lives": looked at only where "lost" decided, not as a phrase tried at every "lost".
  if (metric === 'losses') {
    lang.livesAfter.lastIndex = specific!.end;
    if (lang.livesAfter.test(text)) metric = 'killed';
  }
  // "lost 355,000 men killed and wounded": what the sentence says was counted is more exact than the loss word.
  if (metric === 'losses' && casualtyPhraseNear(text, cues, tok, s)) metric = 'casualties';
  // "Ukraine has lost 43,000 soldiers killed in action": the participle right after the noun says which loss.
  if (metric === 'losses') metric = participleAfter(text, cues, np.end, lang) ?? metric;
  if (
    !np.mixed &&
    (np.foreign || foreignNear(cues, tok, s)) &&
    (!metric || !LOSS_METRICS.has(metric) || (np.foreign && distance(specific!, tok) > LOSS_OVER_FOREIGN))
  ) {
    return { metric: 'foreign_troops', specific: true };
  }
  if (metric) return { metric, specific: true };
  // "each army released more than 250 enemy soldiers": soldiers handed over in a swap are captives.
  // Not "the return of dozens of Ukrainian soldiers' remains": the dead.
  lang.captiveVerbBefore.lastIndex = tok.start;
  if ((head || nearestPersonnel) && lang.captiveVerbBefore.test(text) && !sticky(lang.remainsAfter, text, np.end) && !sticky(lang.toDutyAfter, text, np.end)) {
    return { metric: 'captured', specific: true };
  }
  // "with almost 800 people released": people released in a swap.
  lang.captiveAfter.lastIndex = np.end;
  if ((head || nearestPersonnel) && lang.captiveAfter.test(text)) return { metric: 'captured', specific: true };
  // "was able to return 1,456 servicemen home": brought home from captivity.
  lang.returnBefore.lastIndex = tok.start;
  if (head && lang.returnBefore.test(text)) {
    lang.homeAfter.lastIndex = np.end;
    if (lang.homeAfter.test(text)) return { metric: 'captured', specific: true };
  }
  if (head || nearestPersonnel) return { metric: 'force_size', specific: false };
  return null;
}

/**
 * Whether a noun for foreign nationals stands in the text before a number ("12 Indian nationals had died, while 18").
 * Asked only of numbers "still serving" or sent to fight, so its regex is built per call.
 */
function foreignNounBefore(text: string, from: number, to: number, lang: LangModule): boolean {
  const re = new RegExp(lang.nounWord.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (lang.nouns.get(m[0].toLowerCase())?.foreign) return true;
  }
  return false;
}

/** The loss a number's people are listed under right after their noun ("as “missing”"), if any. */
function listedAs(text: string, at: number, lang: LangModule): Metric | null {
  lang.listedAsAfter.lastIndex = at;
  const m = lang.listedAsAfter.exec(text);
  const cue = m ? lang.cues.get(normKey(m[1]!)) : undefined;
  const metric = cue ? CUE_METRIC[cue] : undefined;
  return metric && LOSS_METRICS.has(metric) ? metric : null;
}
