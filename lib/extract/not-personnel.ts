import type { Sentence } from './context';
import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import type { NounPhrase } from './noun-phrase';
import { endsWithAny, hasDigit } from './spans';
import type { Metric } from './types';

// Counts of people that are no personnel figure, though a war word stands near: people who left the country or
// avoided the call-up, what a ship can carry, the margin of a comparison, a toll of "people" in general, a handful
// of volunteers. And the one case the other way: citizens an army takes in.

/** More than any army or war's toll: a sum of money or a population. */
const MAX_PERSONNEL = 100_000_000;
/** More people than any army of this war has had at once (Russia's, the largest, has about 1.5 million). */
const MAX_FORCE_SIZE = 5_000_000;
/** How far before a number "capable of carrying" or a comparison's verb ("surpasses ... by") may stand. */
const LEAD_REACH = 80;
/** How far before the number the margin's hint ("by ") must stand. */
const MARGIN_HINT_REACH = 20;
/** Tolls that, said of "people", count civilians too. */
const LOSS_OF_LIFE = new Set<Metric>(['killed', 'wounded', 'casualties']);
const LOSS_CUES = new Set<string>(['losses', 'killed', 'casualties', 'wounded']);
/** Tolls this small, from a strike in a sentence that names no soldiers, count its victims, not soldiers. */
const MAX_STRIKE_TOLL = 100;
/** How far before "N times higher" the words for a true count may end ("consider the actual number "). */
const TRUE_COUNT_REACH = 40;
/** Evaders counted in the hundreds of thousands can pass for a toll; smaller counts of other kinds are not asked. */
const EVADERS_AS_TOLL = 100_000;
/** In a sentence about a population, deaths from this many on are a country's, of all causes. */
const POPULATION_DEATHS = 1_000_000;
/** The least count of volunteers read as recruits from the word alone. */
const MIN_VOLUNTEERS = 100;

function stickyAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function head(text: string, np: NounPhrase): string {
  return np.headStart >= 0 ? text.slice(np.headStart, np.end) : '';
}

/**
 * Judged from the number and its noun alone: "the two billion of Europe" (no army counts in billions), "hundreds
 * of thousands of men left Russia" (emigrants), "3,627,178 people went to Poland" (refugees), soldiers counted
 * with their relatives, convicts in penal colonies.
 */
export function leftOrTooMany(text: string, tok: NumberToken, np: NounPhrase, lang: LangModule): boolean {
  if (tok.low > MAX_PERSONNEL) return true;
  // "resulted in the early discharge of 119": men let go from an army.
  if (endsWithAny(text, tok.start, lang.dischargeHints) && stickyAt(lang.dischargeBefore, text, tok.start)) return true;
  if (!np.info) return false;
  if (stickyAt(lang.leftCountryAfter, text, np.end)) return true;
  // "4,300 Russian soldiers and their relatives have contacted the hotline": a group that is not all soldiers.
  if (stickyAt(lang.mixedGroupAfter, text, np.end)) return true;
  // "266,000 prisoners in penal colonies": convicts, not prisoners of war.
  if (np.info.cue === 'captured' && stickyAt(lang.penalAfter, text, np.end)) return true;
  if (!np.info.weak) return false;
  // "About 600,000 Russians ended up without electricity": people a strike left without power.
  if (stickyAt(lang.withoutUtilityAfter, text, np.end)) return true;
  // "98,000 Russians had entered the country": people, or a nation's people, who went abroad.
  return lang.travellerNoun.test(head(text, np)) && stickyAt(lang.wentToPlaceAfter, text, np.end);
}

/** How far after a count of equipment's noun a bracketed total may open ("6 drones (1,412)", "2 systems. (197)"). */
const BRACKET_REACH = 4;

/** "13 tanks (total 2,672), ... 6 drones (1,412)": a bare number in brackets right after a count of equipment is its total. */
export function bracketedTotal(text: string, tok: NumberToken, np: NounPhrase, equipmentEnd: number): boolean {
  return np.headless && equipmentEnd >= 0 && tok.start - equipmentEnd <= BRACKET_REACH && text.charCodeAt(tok.start - 1) === 40;
}

/** "in 15 of Russia's 85 regions": a part of a whole that is no people. */
export function partOfOther(text: string, tok: NumberToken, np: NounPhrase, lang: LangModule): boolean {
  if (!np.headless) return false;
  lang.ofWholeAfter.lastIndex = tok.end;
  const m = lang.ofWholeAfter.exec(text);
  if (m) return !!lang.nouns.get(m[1]!.toLowerCase())?.reject;
  // "341 colonies out of 501": the whole, counted in the part's things.
  lang.partOfWholeBefore.lastIndex = tok.start;
  const b = lang.partOfWholeBefore.exec(text);
  return !!b && !!lang.nouns.get(b[1]!.toLowerCase())?.reject;
}

/** "a decree to enlist 160,000 Russian citizens": citizens an army takes in are its recruits. */
export function raisedBefore(text: string, tok: NumberToken, lang: LangModule): boolean {
  lang.raiseVerbBefore.lastIndex = tok.start;
  return lang.raiseVerbBefore.test(text);
}

/** "nearly 100,000 citizens were mobilized": the verb of their clause raises them. */
export function raisedAfter(text: string, tok: NumberToken, lang: LangModule): boolean {
  lang.raiseVerbAfter.lastIndex = tok.end;
  return lang.raiseVerbAfter.test(text);
}

/**
 * "recruited at least 48,366 prisoners from Russian colonies", "48,000 prisoners from Russian colonies have been
 * recruited": convicts an army takes in are its recruits, not prisoners of war (nor the dead among them).
 */
export function convictsRecruited(text: string, tok: NumberToken, np: NounPhrase, s: Sentence, lang: LangModule, asPrisoners: boolean): boolean {
  if (!lang.convictNoun.test(head(text, np))) return false;
  if (raisedBefore(text, tok, lang)) return true;
  if (!s.cues.some((c) => c.value === 'recruited')) return false;
  // "14,500 recruited prisoners": the participle before the noun says they were taken into an army.
  if (np.headStart > tok.end && s.cues.some((c) => c.value === 'recruited' && c.start >= tok.end && c.end <= np.headStart)) return true;
  // "prisoners from penal colonies"; read as prisoners of war, "50,000 prisoners recruited by ... Wagner", "prisoners,
  // who were promised amnesty, were recruited": convicts a sentence about recruiting names by their prison, Wagner or
  // pardon (not in a swap; and not those a loss verb says were killed).
  return stickyAt(lang.convictsFromAfter, text, np.end) || (asPrisoners && lang.convictContext.test(s.body) && !lang.swapWord.test(s.body));
}

/**
 * What the words just before a number in its sentence make of it: "capable of carrying 45 armored personnel
 * carriers and 400 people" (a capacity), "surpasses last year's call-up by 10,000" (a comparison's margin).
 */
export function leadingReading(text: string, tok: NumberToken, s: Sentence, lang: LangModule): 'capacity' | 'margin' | null {
  const lead = text.slice(Math.max(s.start, tok.start - LEAD_REACH), tok.start);
  // (Each regex only where one of its words is near: it would otherwise be tried at every position.)
  if (lang.capacityHints.some((h) => lead.includes(h)) && lang.capacityBefore.test(lead)) return 'capacity';
  return lead.slice(-MARGIN_HINT_REACH).includes(lang.marginHint) && lang.marginBefore.test(lead) ? 'margin' : null;
}

/** A margin counts someone only as losses over recruitment: the net deficit ("losses exceeded recruitment by 9,000"). */
export function deficitMargin(s: Sentence): boolean {
  return s.cues.some((c) => LOSS_CUES.has(c.value)) && s.cues.some((c) => c.value === 'recruited' || c.value === 'mobilized');
}

/** An army's size, its call-up and its goals: what a nation outside the war also has. */
const OWN_ARMY_METRICS = new Set<Metric>(['force_size', 'target', 'mobilized', 'recruited']);
/** How far before a number the nation whose army it counts may stand. */
const THIRD_ARMY_REACH = 160;

/** How far after a noun "the hotline" its callers' verb reaches (the regex's own reach). */
const HOTLINE_REACH = 120;

/** How far before a number the "by" of "draft-dodging by around" may start. */
const EVADED_BY_REACH = 22;

/** Judged once the metric is known: draft evaders, a vague toll of "people", a handful of volunteers. */
export function notPersonnel(text: string, tok: NumberToken, np: NounPhrase, s: Sentence, metric: Metric, lang: LangModule): boolean {
  // "reported only 0.3 casualties for each soldier killed": a part of a person is a ratio, never a count.
  if (metric !== 'ratio' && !Number.isInteger(tok.high)) return true;
  // "One soldier, as he was about to be captured, ...": one person in a story, not a count.
  if (tok.high === 1 && !np.headless && metric !== 'ratio') return true;
  // "120 deaths of civilians", "killings of residents": whose deaths the noun names.
  if (!np.headless && np.info?.cue && stickyAt(lang.ofCiviliansAfter, text, np.end)) return true;
  // "around 10,000 Russians had contacted the hotline": callers, of whom the hotline cannot say how many surrendered.
  if (!np.headless && lang.hotlineHint.test(text.slice(np.end, np.end + HOTLINE_REACH)) && stickyAt(lang.calledHotlineAfter, text, np.end)) return true;
  // "announced a figure 214 thousand more": how much larger one figure is than another, no count.
  if (text.charCodeAt(tok.start - 1) === 32 && endsWithAny(text, tok.start, lang.figureDifferenceHints) && stickyAt(lang.figureDifferenceAt, text, tok.start)) return true;
  // "imposed entry bans on 228 Australian government members and MPs": the people a ban hits, no force.
  if (metric === 'force_size' && stickyAt(lang.sanctionedBefore, text, tok.start)) return true;
  // "France sends hundreds more troops into Romania": NATO's forces on its own soil are no army of this war.
  if (metric === 'force_size' && stickyAt(lang.alliedSoilAfter, text, np.end)) return true;
  // "almost four times as many desertions as in the same period last year": growth over time, no ratio of losses.
  if (metric === 'ratio' && tok.times && stickyAt(lang.timesOverTimeAfter, text, tok.end)) return true;
  // "deaths increased by 3.3 per cent to 1.82 million, according to ... Rosstat": a country's deaths of all causes.
  if (metric === 'killed' && tok.low >= POPULATION_DEATHS && s.cues.some((c) => c.value === 'population')) return true;
  // "many consider the actual number 2-3 times higher": one estimate against another, no ratio of two sides' losses.
  if (metric === 'ratio' && tok.times && lang.trueCountBefore.test(text.slice(Math.max(0, tok.start - TRUE_COUNT_REACH), tok.start))) return true;
  // "The hotline has been visited by more than 14 million people": no army in this war is that large; nor has any
  // call-up been ("Russia's 25 million reservists" are a reserve pool), nor any army's lead over another ("about 100
  // million more Russians than Ukrainians" are populations).
  if ((metric === 'force_size' || metric === 'mobilized' || metric === 'net_deficit') && tok.low > MAX_FORCE_SIZE) return true;
  // "800,000 men are trying to avoid mobilization": draft evaders, not the mobilized.
  // Nor deserters or a force: "2 million are 'wanted' for avoiding military service".
  // And a toll of that size whatever the sentence counted before: "beyond battlefield deaths, 2 million Ukrainians are
  // wanted for evading mobilization" (looked for only there: the check runs at every figure it is asked of).
  const raised = metric === 'mobilized' || metric === 'recruited' || metric === 'deserted' || metric === 'force_size';
  if ((raised || (metric !== 'ratio' && metric !== 'captured' && tok.low >= EVADERS_AS_TOLL)) && evadersAfter(text, tok, s, lang)) return true;
  // "Poland plans to increase the size of the army to 500,000 people": another nation's army, no side's in this war.
  if (OWN_ARMY_METRICS.has(metric) && lang.thirdArmyBefore.test(text.slice(Math.max(s.start, tok.start - THIRD_ARMY_REACH), tok.start))) return true;
  // "some 200,000 troop desertions and draft-dodging by around 2 million people": the evaders, not the deserters.
  // (Looked for only where "by " stands just before the number or its qualifier.)
  if (raised && text.lastIndexOf('by ', tok.start) > tok.start - EVADED_BY_REACH && stickyAt(lang.evadedByBefore, text, tok.start)) return true;
  // "a war that has killed tens of thousands of people": a vague count of people is a personnel figure only where
  // the sentence names soldiers.
  if (tok.kind === 'vague' && LOSS_OF_LIFE.has(metric) && np.info?.weak && lang.peopleNoun.test(head(text, np)) && !s.cues.some((c) => c.value === 'personnel')) {
    return true;
  }
  // "UN claims 406 people have been killed in Ukraine", "the United Nations verifying more than 15,000 deaths": the
  // UN's monitors count civilians, unless the sentence names soldiers.
  if (LOSS_OF_LIFE.has(metric) && lang.civilianCounter.test(s.body) && (lang.peopleNoun.test(head(text, np)) || !namesSoldiers(text, np, s, lang))) return true;
  // "a list of 339 names of people Ukraine wanted returned": names count soldiers only with a loss or a swap to say so.
  if (metric === 'force_size' && lang.namesNoun.test(head(text, np))) return true;
  // "with the BBC and about a dozen anonymous volunteers": a handful of volunteers is no recruitment unless another
  // word of the sentence says they joined an army.
  return (
    metric === 'recruited' &&
    tok.high < MIN_VOLUNTEERS &&
    lang.volunteerNoun.test(head(text, np)) &&
    !s.cues.some((c) => c.value === 'recruited' && c.start !== np.headStart)
  );
}

/**
 * "The assault resulted in three fatalities and six injuries, damaging residential buildings", "two deaths after a
 * Ukrainian drone strike": a strike's small toll, where no soldier is named, is of the people it hit.
 */
export function strikeToll(text: string, tok: NumberToken, np: NounPhrase, s: Sentence, metric: Metric, lang: LangModule): boolean {
  if (!LOSS_OF_LIFE.has(metric) || tok.high >= MAX_STRIKE_TOLL || namesSoldiers(text, np, s, lang)) return false;
  if (s.cues.some((c) => c.value === 'civilian') || lang.strikeScene.test(s.body)) return true;
  // "Russia bombarded Ukraine with a drone and missile attack ... At least three people have been killed.": the strike
  // of the sentence before, when this one names no side and neither names soldiers.
  const p = s.previous;
  return !!p && s.sides.length === 0 && !p.cues.some(soldierly(text, lang)) && (p.cues.some((c) => c.value === 'civilian') || lang.strikeScene.test(p.body));
}

/** The number's noun or its sentence names soldiers (not "people", which a strike's toll counts too). */
function namesSoldiers(text: string, np: NounPhrase, s: Sentence, lang: LangModule): boolean {
  if (np.info?.cue === 'foreign' || (np.info?.cue === 'personnel' && !lang.peopleNoun.test(head(text, np)))) return true;
  return s.cues.some(soldierly(text, lang));
}

const soldierly = (text: string, lang: LangModule) => (c: { start: number; end: number; value: string }) =>
  ((c.value === 'personnel' || c.value === 'foreign') && !lang.peopleNoun.test(text.slice(c.start, c.end))) ||
  // Prisoners of war are soldiers too ("the attack on a camp with Ukrainian prisoners of war ... 50 dead").
  (c.value === 'captured' && lang.captiveNoun.test(text.slice(c.start, c.end)));

function evadersAfter(text: string, tok: NumberToken, s: Sentence, lang: LangModule): boolean {
  if (!s.namesEvasion) return false;
  // Only the rest of the sentence: a search to the end of a long page at every such figure costs seconds.
  const rest = text.slice(tok.end, s.end);
  lang.evadeMobilisation.lastIndex = 0;
  const m = lang.evadeMobilisation.exec(rest);
  // In the number's own clause: "mobilized 300,000 men, while hundreds of thousands fled to avoid the draft" keeps them.
  return !!m && !hasDigit(rest, 0, m.index) && !/[,;]/.test(rest.slice(0, m.index));
}
