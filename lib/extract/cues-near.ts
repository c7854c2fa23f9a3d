import type { Hit, Sentence } from './context';
import type { Cue, LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import { hasDigit } from './spans';
import { sticky } from './reject';
import { CUE_METRIC, inSentence, LOSS_METRICS } from './cue-metrics';
import type { Metric } from './types';

// Which cue words stand near a number, and how near: the distances and kinds of word classify.ts weighs.

/** Cues that say a sentence is about personnel at all. */
const PERSONNEL_CUES = new Set<Cue>([
  'killed', 'wounded', 'casualties', 'losses', 'recruited', 'mobilized', 'force', 'foreign',
  'deserted', 'captured', 'missing', 'personnel', 'ratio', 'deficit',
]);

/** How far a target word ("ambition", "goal") reaches to a number, before and after. */
const TARGET_BEFORE = 90;
const TARGET_AFTER = 40;
/** How far a foreign-troops cue reaches to a number in the sentence. */
const FOREIGN_REACH = 70;

export function distance(h: { start: number; end: number }, tok: NumberToken): number {
  if (h.end <= tok.start) return tok.start - h.end;
  if (h.start >= tok.end) return (h.start - tok.end) * 0.8; // the words after a number usually say what it counts
  return 0;
}

export type Keep = (h: Hit<Cue>, s: Sentence) => boolean;

export function nearest(hits: Hit<Cue>[], tok: NumberToken, s: Sentence, keep: Keep): Hit<Cue> | null {
  let best: Hit<Cue> | null = null;
  let bestD = Infinity;
  const parts = s.parts;
  let before: Hit<Cue> | null = null;
  for (const h of hits) {
    const lossBefore = before;
    before = h;
    if (!keep(h, s)) continue;
    // The checks below cost more than the distance: only for a hit nearer than the best so far.
    const d = distance(h, tok);
    if (d >= bestD) continue;
    // "weekly fatalities of volunteers have not dipped below 100": whose deaths, not a recruitment.
    if (lossBefore && whoseLoss(s.text, lossBefore, h)) continue;
    // "permanent combat losses (killed, missing and irrevocably wounded)": a bracket spelling out the loss word before it.
    if (s.hasBracket && inGloss(s.text, h, hits)) continue;
    // "has risen to 17, with 71 individuals currently receiving medical treatment": the other number's clause.
    if (h.start >= tok.end && withOtherNumber(s.text, tok.end, h.start)) continue;
    // "360,000 personnel ..., of which 87 per cent died": a word in a clause about a part of the number is the part's.
    if (parts && h.start >= tok.end && parts.some((b) => b >= tok.end && b < h.start)) continue;
    best = h;
    bestD = d;
  }
  return best;
}

const WITH_OTHER = /,\s+(?:with|while|whereas)\s+[^\d.;]*\d/;

function withOtherNumber(text: string, from: number, to: number): boolean {
  return hasDigit(text, from, to) && WITH_OTHER.test(text.slice(from, to));
}

const GLOSS_REACH = 60;

function inGloss(text: string, h: Hit<Cue>, hits: Hit<Cue>[]): boolean {
  // A slice: lastIndexOf on the whole text would scan back to its start where no bracket is near.
  const from = Math.max(0, h.start - GLOSS_REACH);
  const lead = text.slice(from, h.start);
  const i = lead.lastIndexOf('(');
  if (i < 0 || lead.indexOf(')', i) >= 0) return false;
  const open = from + i;
  return hits.some((g) => g.end <= open && open - g.end <= 2 && LOSS_METRICS.has(CUE_METRIC[g.value]!));
}

const OF_BETWEEN = /^\s+(?:of|among)\s+(?:the\s+)?$/;
const OF_REACH = 12;

function whoseLoss(text: string, loss: Hit<Cue>, h: Hit<Cue>): boolean {
  if (h.start - loss.end > OF_REACH || !LOSS_METRICS.has(CUE_METRIC[loss.value]!)) return false;
  const m = CUE_METRIC[h.value];
  return (m === 'recruited' || m === 'mobilized') && OF_BETWEEN.test(text.slice(loss.end, h.start));
}

/**
 * "Russian troops have killed civilians and agreed that he's lost more than 20,000 men": civilians who are what a
 * killing was done to, with a loss word of the number's own after them, are another clause's.
 */
export function ownLossBetween(text: string, cues: Hit<Cue>[], civilian: Hit<Cue>, tok: NumberToken, lang: LangModule): boolean {
  if (civilian.end > tok.start) return false;
  lang.harmVerbBefore.lastIndex = civilian.start;
  if (!lang.harmVerbBefore.test(text)) return false;
  return cues.some((h) => h.start >= civilian.end && h.end <= tok.start && LOSS_METRICS.has(CUE_METRIC[h.value]!));
}

/** The cue is "losses" right after a nation ("Russian losses", "Ukraine's losses"). */
export function armyLosses(text: string, cue: Hit<Cue> | null, s: Sentence, lang: LangModule): boolean {
  if (cue?.value !== 'losses') return false;
  const re = lang.sideOwnerGap;
  return s.sides.some((h) => h.end < cue.start && cue.start - h.end <= 3 && sticky(re, text, h.end) && re.lastIndex === cue.start);
}

export function isCivilianCue(h: Hit<Cue> | null): boolean {
  return h?.value === 'civilian' || h?.value === 'population';
}

export function hasCue(hits: Hit<Cue>[], c: Cue): boolean {
  for (const h of hits) if (h.value === c) return true;
  return false;
}

export const isPersonnel: Keep = (h, s) => PERSONNEL_CUES.has(h.value) && inSentence(h, s);
export const isCaseCue: Keep = (h, s) => (h.value === 'deserted' || h.value === 'captured' || h.value === 'missing') && inSentence(h, s);

/** "the number of such cases was 17 658", "18 196 such proceedings were opened": the case word of the sentence before. */
export function suchCasesCue(s: Sentence): Hit<Cue> | null {
  if (!s.lang.suchCases.test(s.body)) return null;
  const p = s.previousAcrossBreak();
  if (!p) return null;
  for (let i = p.cues.length - 1; i >= 0; i--) if (isCaseCue(p.cues[i]!, p)) return p.cues[i]!;
  return null;
}
export const isAnyButTarget: Keep = (h) =>
  h.value !== 'negation' && h.value !== 'target' && h.value !== 'need' && h.value !== 'both' && h.value !== 'enemy';
/** "before the mobilization efforts began": a call-up that dates the number only. */
export function datesOnly(h: Hit<Cue>, s: Sentence): boolean {
  if (h.value !== 'mobilized') return false;
  const { text, lang } = s;
  lang.callUpTimeBefore.lastIndex = h.start;
  if (!lang.callUpTimeBefore.test(text)) return false;
  lang.callUpBeganAfter.lastIndex = h.end;
  return lang.callUpBeganAfter.test(text);
}
export const isMetricCue: Keep = (h, s) => CUE_METRIC[h.value] !== undefined && inSentence(h, s) && !datesOnly(h, s);

/** How far after "targets:" the items of its list may reach. */
const TARGET_LIST_REACH = 300;

export function targetNear(text: string, hits: Hit<Cue>[], tok: NumberToken, lang: LangModule): boolean {
  for (const h of hits) {
    if (h.value !== 'target') continue;
    // "The target was achieved: 422,704 individuals signed": what was done, not what was aimed at.
    if (h.end <= tok.start && tok.start - h.end <= TARGET_BEFORE) return !lang.targetMetBetween.test(text.slice(h.end, tok.start));
    // "set specific targets: about 530 contracts from ..., more than 3,500 from occupied Crimea": every item of its list.
    if (h.end < tok.start && text.charCodeAt(h.end) === 58 && tok.start - h.end <= TARGET_LIST_REACH && !/[.;!?]\s/.test(text.slice(h.end, tok.start))) return true;
    // Not past another clause: "recruited 30,000 soldiers in May and plans to sign up 20,000 more".
    if (h.start >= tok.end && h.start - tok.end <= TARGET_AFTER) return !lang.listJoin.test(text.slice(tok.end, h.start));
  }
  return false;
}

/** How far before a number a need word ("needs", "planning") may end for the number to be what is needed. */
const NEED_REACH = 50;

export function needRightBefore(hits: Hit<Cue>[], tok: NumberToken): boolean {
  for (const h of hits) if (h.value === 'need' && h.end <= tok.start && tok.start - h.end <= NEED_REACH) return true;
  return false;
}

export function foreignNear(hits: Hit<Cue>[], tok: NumberToken, s: Sentence): boolean {
  for (const h of hits) {
    if (h.value !== 'foreign' || !inSentence(h, s) || distance(h, tok) > FOREIGN_REACH) continue;
    // "as many as 50,000 troops, including 10,000 North Korean soldiers": the foreign part is the included number's.
    if (h.start >= tok.end && s.lang.includingBetween.test(s.text.slice(tok.end, h.start))) continue;
    return true;
  }
  return false;
}

/** How far from a number "killed and wounded" may name what it counts, in its clause. */
const CASUALTY_REACH = 60;

export function casualtyPhraseNear(text: string, hits: Hit<Cue>[], tok: NumberToken, s: Sentence): boolean {
  for (const h of hits) {
    if (h.value !== 'casualties' || !inSentence(h, s) || distance(h, tok) > CASUALTY_REACH) continue;
    if (h.start >= tok.end ? !hasDigit(text, tok.end, h.start) : !hasDigit(text, h.end, tok.start)) return true;
  }
  return false;
}

/** The loss metric of a cue that starts right after a number's noun, with only spaces or a relative pronoun between. */
export function participleAfter(text: string, hits: Hit<Cue>[], at: number, lang: LangModule): Metric | null {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0) i++;
  if (i === at) return null;
  // "lost 43,000 soldiers who died on the battlefield".
  lang.relativeAfter.lastIndex = at;
  if (lang.relativeAfter.test(text)) i = lang.relativeAfter.lastIndex;
  // "72 Tajik citizens confirmed dead".
  lang.participleHedgeAfter.lastIndex = i;
  if (lang.participleHedgeAfter.test(text)) i = lang.participleHedgeAfter.lastIndex;
  // "Two Indians recruited by Russia killed in Ukraine": who took them in, then what happened to them.
  lang.recruitedByAfter.lastIndex = i;
  if (lang.recruitedByAfter.test(text)) i = lang.recruitedByAfter.lastIndex;
  for (const h of hits) {
    if (h.start !== i) continue;
    const m = CUE_METRIC[h.value];
    if (m && LOSS_METRICS.has(m) && m !== 'losses') return m;
  }
  return null;
}
