import type { Hit, Sentence } from './context';
import type { Cue } from './lang/types';
import type { Metric } from './types';

// Which metric each cue word says, shared by the classifier and the rules beside it.

export const CUE_METRIC: Partial<Record<Cue, Metric>> = {
  killed: 'killed',
  wounded: 'wounded',
  casualties: 'casualties',
  losses: 'losses',
  recruited: 'recruited',
  mobilized: 'mobilized',
  force: 'force_size',
  foreign: 'foreign_troops',
  deserted: 'deserted',
  captured: 'captured',
  missing: 'missing',
};

/** Metrics of a flow counted by a loss word: a foreign flag on the noun does not replace them. */
export const LOSS_METRICS = new Set<Metric>(['killed', 'wounded', 'casualties', 'losses', 'captured', 'deserted', 'missing']);

/** Whether a cue hit lies inside the sentence (hits of the sentence before may be carried). */
export const inSentence = (h: Hit<Cue>, s: Sentence) => h.start >= s.start && h.end <= s.end;
