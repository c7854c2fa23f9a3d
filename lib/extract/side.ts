import type { Hit, Sentence, SideHit } from './context';
import type { Cue } from './lang/types';
import type { NumberToken } from './numbers';
import { sticky } from './reject';
import { nounAfter, type NounPhrase } from './noun-phrase';
import { hasDigit } from './spans';
import type { Metric, Side } from './types';

// Whose soldiers a figure counts: the nation of its noun, else the nearest
// nation its sentence names as a loser (not as a claimant, a place or the
// killer), or both armies at once.

const FIGHT_HINT = /fight|fought|serv/;
/** The reach of fightsForAfter: 40 characters, a relative "who were", the verb and its preposition. */
const FIGHT_REACH = 90;

/** Metrics of soldiers a nation raises itself, or misses: its offices speak of its own. */
const RAISED = new Set<Metric>(['recruited', 'mobilized', 'force_size', 'target', 'missing']);

/** Metrics of what was done to soldiers: a nation named after "by" is who did it. */
const LOSSES = new Set<Metric>(['killed', 'wounded', 'casualties', 'losses', 'captured']);

/** Whether "killed by", "captured by" (or, for losses, "lost ... to") stands right before a nation mention. */
function agentBefore(s: Sentence, at: number, metric: Metric): boolean {
  // A cheap look first: the mention must follow "by " or "to " (or "by the ", "to the ").
  let i = at - 1;
  while (i > 0 && s.text.charCodeAt(i) === 32) i--;
  if (s.text.startsWith('the', i - 2)) {
    i -= 3;
    while (i > 0 && s.text.charCodeAt(i) === 32) i--;
  }
  const by = s.text.charCodeAt(i) === 121 && s.text.charCodeAt(i - 1) === 98;
  const to = s.text.charCodeAt(i) === 111 && s.text.charCodeAt(i - 1) === 116;
  if (!by && !(to && metric === 'losses')) return false;
  const before = s.text.slice(Math.max(0, at - 40), at);
  if (!by) return s.lang.lossToBefore.test(before);
  return s.lang.byBefore.test(before) || ((metric === 'captured' || metric === 'killed') && s.lang.releasedByBefore.test(before));
}

/** How far before a number "his country" may stand to say whose count it is. */
const OWN_COUNTRY_REACH = 60;

function ownCountryBefore(s: Sentence, tok: NumberToken): boolean {
  const lead = s.text.slice(Math.max(s.start, tok.start - OWN_COUNTRY_REACH), tok.start);
  return s.lang.ownCountryBefore.test(lead) || (lead.includes(s.lang.saidItLostHint) && s.lang.saidItLostBefore.test(lead));
}

/** How far before a number "the enemy" may stand to be whose soldiers it counts ("the enemy lost 500"). */
const ENEMY_BEFORE = 40;

/** How far after a both-sides word its own count may stand ("combined toll of roughly 1.8 million"). */
const BOTH_OWN_COUNT = 30;
/** A count in the both-sides word's own phrase: no punctuation before it ("on each side — topping the 1,000" has one). */
const OWN_COUNT_AFTER = /^[^,;:.—–()\d]*\s\d/;
/** " and ": how far after a number its "and" may end. */
const AND_REACH = 5;

function enemyBefore(s: Sentence, tok: NumberToken): boolean {
  for (const h of s.cues) {
    if (h.value !== 'enemy' || h.end > tok.start || tok.start - h.end > ENEMY_BEFORE) continue;
    let digits = false;
    for (let i = h.end; i < tok.start && !digits; i++) {
      const c = s.text.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    if (!digits) return true;
  }
  return false;
}

/** A nation right before the words ("Russia's combined losses", "Ukrainian total number of ..."): that nation's sum. */
function ownedBy(h: { start: number }, s: Sentence): boolean {
  for (const x of s.sides) if (x.end <= h.start && h.start - x.end <= 3) return true;
  return false;
}

/**
 * "combined military casualties", "a combined total": a sum over both sides. Not "a combined group of troops" (a
 * formation) nor "all its wars combined" (one nation's wars): "combined" says so only before a count word.
 */
function sumOfBoth(h: Hit<Cue>, s: Sentence): boolean {
  if (h.end - h.start !== s.lang.combinedWord.length || s.text.slice(h.start, h.end).toLowerCase() !== s.lang.combinedWord) return true;
  if (s.cues.some((c) => c.start > h.end && c.start - h.end <= 1)) return true;
  s.lang.combinedSumAfter.lastIndex = h.end;
  return s.lang.combinedSumAfter.test(s.text);
}

/** The most that may stand between two nations joined as both armies (" Federation and the "). */
const JOINED_REACH = 20;

/** How far "each side" reaches to a number, before and after. */
const BOTH_BEFORE = 60;
const BOTH_AFTER = 60;

/**
 * Whose personnel: the noun's own nation, else the nearest nation named as a loser in the sentence; 'both' for a
 * count of both armies ("Russian and Ukrainian soldiers", "each side had lost").
 */
export function findSide(tok: NumberToken, np: NounPhrase, s: Sentence, metric?: Metric): Side | 'both' | null {
  const respective = respectiveSide(tok, s);
  if (respective) return respective;
  if (np.bothSides) return 'both';
  // Not a noun past "and", the next number's: "Russian casualties at 1.2 million and Ukrainian casualties at 600,000".
  // (Right after the number: "21 Baltic and Nordic volunteer soldiers" joins two nations' adjectives.)
  if (np.side && !s.lang.andBetween.test(s.text.slice(tok.end, tok.end + AND_REACH))) return np.side;
  // "killed 77 and wounded 40 North Korean soldiers": the noun after the second number is the first one's too.
  if (np.headless) {
    s.lang.sharedNounAfter.lastIndex = tok.end;
    const m = s.lang.sharedNounAfter.exec(s.text);
    if (m) {
      const shared = nounAfter(s.text, m.index + m[0].length, s.lang);
      if (shared.bothSides) return 'both';
      if (shared.side) return shared.side;
    }
  }
  // "handed over 757 bodies to Ukraine", "returned 90 prisoners to Russia": whose they are is where they go.
  if (np.info && (np.info.cue === 'killed' || np.info.cue === 'captured')) {
    s.lang.recipientAfter.lastIndex = np.end;
    const m = s.lang.recipientAfter.exec(s.text);
    if (m) {
      const side = s.lang.sides.get(m[1]!.toLowerCase());
      if (side) return side;
    }
  }
  // "275,000 for Russia versus 100,000 for Ukraine", "100 war prisoners from the Ukrainian side".
  s.lang.sideForAfter.lastIndex = np.end;
  const given = s.lang.sideForAfter.exec(s.text);
  if (given) {
    const side = s.lang.sides.get((given[1] ?? given[2] ?? given[3] ?? given[4] ?? given[5] ?? given[6])!.toLowerCase());
    if (side) return side;
  }
  // "two Colombian citizens in Pokrovsk who were fighting on the side of Russian forces", "155 Chinese citizens who are
  // fighting against Ukrainians": the side they fight for, whoever holds them.
  // (Looked for only where "fight" or "serv" follows within the regex's reach: most nouns have neither.)
  if (!np.headless && FIGHT_HINT.test(s.text.slice(np.end, np.end + FIGHT_REACH))) {
    s.lang.fightsForAfter.lastIndex = np.end;
    const f = s.lang.fightsForAfter.exec(s.text);
    const named = f ? s.lang.sides.get((f[1] ?? f[2] ?? f[3])!.toLowerCase()) : undefined;
    if (named) return f![3] === undefined ? named : named === 'russia' ? 'ukraine' : 'russia';
  }
  // "2,500 POWs still in Russian custody": the captor's nation; the prisoners are the other side's.
  if (metric === 'captured') {
    s.lang.heldInAfter.lastIndex = np.end;
    const held = s.lang.heldInAfter.exec(s.text);
    const captor = held ? s.lang.sides.get((held[1] ?? held[2])!.toLowerCase()) : undefined;
    if (captor) return captor === 'russia' ? 'ukraine' : 'russia';
  }
  // "conscripted, like hundreds of young Kenyans, into the Russian army": the army they are taken into.
  if (metric && (RAISED.has(metric) || metric === 'foreign_troops')) {
    // Looked for within the sentence's own text, from its hint on.
    const at = s.body.indexOf(s.lang.intoArmyHint, tok.end - s.start);
    s.lang.intoArmy.lastIndex = s.start + at;
    const into = at >= 0 ? s.lang.intoArmy.exec(s.text) : null;
    const side = into ? s.lang.sides.get(into[1]!.toLowerCase()) : undefined;
    if (side) return side;
  }
  // "11,000 troops from Russia's ally North Korea": troops North Korea sends fight for Russia, whoever counts them.
  if (metric === 'foreign_troops' && s.lang.foreignForRussia.test(s.body)) return 'russia';
  // Near the number: "both sides have suffered heavy casualties, but Russia ... 300,000" counts Russians; "each
  // army released more than 250 enemy soldiers" counts both armies' soldiers.
  for (const h of s.cues) {
    if (h.value !== 'both') continue;
    // Not a sum named after the number with a number of its own: "..., for a combined toll of roughly 1.8 million".
    if (h.start >= tok.end && OWN_COUNT_AFTER.test(s.text.slice(h.end, Math.min(s.end, h.end + BOTH_OWN_COUNT)))) continue;
    if ((h.end <= tok.start ? tok.start - h.end <= BOTH_BEFORE : h.start - tok.end <= BOTH_AFTER) && !ownedBy(h, s) && sumOfBoth(h, s)) {
      return 'both';
    }
  }
  // "Ukraine's General Staff said 43,000 enemy soldiers were eliminated": the other side from the nation that speaks.
  if (np.enemy || (s.sides.length > 0 && enemyBefore(s, tok))) {
    for (let i = 0; i < s.sides.length; i++) {
      const h = s.sides[i]!;
      // "we managed to kill more than 1,100 enemy soldiers ..., Russia's irreversible loss": the enemy named as such.
      if (h.start >= tok.end && sticky(s.lang.ownLossAfter, s.text, h.end)) return h.value;
      const v = s.side(i).value;
      return v === 'russia' ? 'ukraine' : 'russia';
    }
  }
  const hits = s.sides;
  // "Russia said Monday that 63 of its troops were killed", "Ukrainian President Zelenskyy said his country has lost
  // 31,000": the nation named before speaks of its own, even as a claimant.
  if (hits.length > 0 && hits[0]!.end <= tok.start && (sticky(s.lang.ownTroopsAfter, s.text, tok.end) || ownCountryBefore(s, tok))) {
    let own: Side | null = null;
    // Not a place: "the Russian military in Ukraine, with ... 1,000 of its soldiers".
    for (let i = 0; i < hits.length && hits[i]!.end <= tok.start; i++) {
      const h = s.side(i);
      if (!h.ignored || h.title) own = h.value;
    }
    if (own) return own;
  }
  let firstAfter = hits.length;
  for (let i = 0; i < hits.length; i++) {
    if (hits[i]!.end > tok.start) {
      firstAfter = i;
      break;
    }
  }
  let chosen: SideHit | null = null;
  for (let i = firstAfter - 1; i >= 0 && !chosen; i--) {
    const h = s.side(i);
    if (!h.ignored) chosen = h;
  }
  for (let i = firstAfter; i < hits.length && !chosen; i++) {
    if (hits[i]!.start < tok.end) continue;
    // "It has 900,000 active military personnel, compared with Ukraine's 196,600": past a comparison, the other term's.
    if (s.breaks && s.breaks.some((b) => b >= tok.end && b < hits[i]!.start)) break;
    // "five top commanders ... were exchanged for 55 Russian prisoners": in a swap, past the other term, that term's.
    if (s.namesPrisonerRelease && hasDigit(s.text, tok.end, hits[i]!.start) && s.lang.swapOtherTerm.test(s.text.slice(tok.end, hits[i]!.start))) break;
    const h = s.side(i);
    if (!h.ignored) chosen = h;
  }
  // "Russian authorities called up 300,000 reservists": a nation's own offices recruit its own soldiers.
  if (!chosen && metric && RAISED.has(metric)) {
    for (let i = 0; i < hits.length && !chosen; i++) {
      const h = s.side(i);
      s.lang.sideRaiserAfter.lastIndex = h.end;
      // "citing sources in the General Staff of the Armed Forces of Ukraine, only about 400 people have signed".
      // A nation that only speaks ("Moscow said ... 300,000 reservists") speaks of its own call-up, not of a force
      // (Putin's "15 battalions ... are encircled" are Ukraine's).
      const raiser = h.title && !h.office ? s.lang.sideRaiserAfter.exec(s.text) : null;
      if (h.title && (h.office || (raiser && (raiser[1] || metric !== 'force_size')))) chosen = h;
    }
  }
  // "Russia invaded a year ago with an initial force of about 150,000 troops": the invader's own force.
  if (!chosen && metric === 'force_size') {
    for (let i = 0; i < hits.length && !chosen; i++) {
      const h = s.side(i);
      if (!h.title || h.end > tok.start) continue;
      s.lang.sideInvadedWithAfter.lastIndex = h.end;
      if (s.lang.sideInvadedWithAfter.test(s.text)) chosen = h;
    }
  }
  // "37,900 people signed contracts with the Russian Ministry of Defense": recruits sign with their own side's office.
  if (!chosen && metric === 'recruited') {
    for (let i = 0; i < hits.length && !chosen; i++) {
      const h = s.side(i);
      if (!h.title || h.start < tok.end) continue;
      s.lang.sideContractBefore.lastIndex = h.start;
      if (s.lang.sideContractBefore.test(s.text)) chosen = h;
    }
  }
  // "30,000 criminal cases of desertion were opened in Ukraine": a nation's courts try its own deserters.
  if (!chosen && metric === 'deserted') {
    for (let i = 0; i < hits.length && !chosen; i++) {
      const h = s.side(i);
      if (h.ignored && (!h.title || h.office)) chosen = h;
    }
  }
  if (!chosen) return null;
  // "killed by Russian drones", "taken prisoner by Ukrainian forces": the nation after "by" did it to the other side.
  // So does one after "to" a loss is suffered to ("lost 1,000 soldiers to Ukraine's drones").
  const byAgent = metric !== undefined && LOSSES.has(metric) && agentBefore(s, chosen.start, metric);
  if (chosen.agent || byAgent) return chosen.value === 'russia' ? 'ukraine' : 'russia';
  for (const h of hits) {
    if (h.value === chosen.value) continue;
    const [a, b] = h.start < chosen.start ? [h, chosen] : [chosen, h];
    if (b.start - a.end <= JOINED_REACH && s.lang.sidesJoined.test(s.text.slice(a.end, b.start))) return 'both';
    // A headline's "Russia, Ukraine swap 200 prisoners": the two nations, joined by a comma, swap.
    if (metric === 'captured' && b.start - a.end <= 3 && s.text.slice(a.end, b.start).trim() === ',') {
      s.lang.swapAfter.lastIndex = b.end;
      if (s.lang.swapAfter.test(s.text)) return 'both';
    }
  }
  return chosen.value;
}

/**
 * "deaths of Russian and Ukrainian personnel amounted to 180,000 and 100,000, respectively": the first number is the
 * first nation's, the second the second's.
 */
function respectiveSide(tok: NumberToken, s: Sentence): Side | null {
  const { pairs } = s.lang;
  if (!s.saysRespectively) return null;
  const text = s.text;
  const after = text.slice(tok.end, Math.min(s.end, tok.end + RESPECTIVE_REACH));
  const before = text.slice(Math.max(s.start, tok.start - RESPECTIVE_REACH), tok.start);
  const second = pairs.second.test(before) && pairs.endsPair.test(after);
  const first = !second && pairs.first.test(after);
  if (!first && !second) return null;
  const hits = s.sides;
  for (let i = 0; i + 1 < hits.length && hits[i + 1]!.end <= tok.start; i++) {
    const a = hits[i]!;
    const b = hits[i + 1]!;
    if (a.value !== b.value && b.start - a.end <= JOINED_REACH && s.lang.sidesJoined.test(text.slice(a.end, b.start))) return (second ? b : a).value;
  }
  return null;
}
const RESPECTIVE_REACH = 60;

/** Whose personnel a whole sentence speaks of: its last mention that is neither a claimant nor a place. */
export function sentenceSide(s: Sentence): Side | null {
  for (let i = s.sides.length - 1; i >= 0; i--) {
    const h = s.side(i);
    if (h.ignored) continue;
    if (h.agent) return h.value === 'russia' ? 'ukraine' : 'russia';
    return h.value;
  }
  return null;
}
