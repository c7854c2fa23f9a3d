import type { Sentence } from './context';
import type { NumberToken } from './numbers';
import { FULL_SCALE_INVASION } from './resolve';
import { statementEnd } from './statement';
import type { NounPhrase } from './noun-phrase';
import type { Period, Rate } from './types';

// Bodies and remains handed over: counted as the killed, but a handover on a day is no count of that day's deaths.

/** Whether a number counts bodies or remains: its noun ("757 bodies"), or "the bodies of" right before it. */
export function bodiesCount(text: string, tok: NumberToken, np: NounPhrase, s: Sentence): boolean {
  if (np.headStart >= 0 && s.lang.bodies.words.test(text.slice(np.headStart, np.end))) return true;
  // "committed to handing over as many as 6,000 deceased combatants each": the dead of a handover are its bodies.
  if (np.headStart >= 0 && s.lang.bodies.deadOf.test(text.slice(np.headStart, np.end)) && s.lang.bodies.handed.test(s.body)) return true;
  for (const h of s.cues) {
    if (h.value === 'killed' && h.end <= tok.start && tok.start - h.end <= BODIES_OF_REACH && s.lang.bodies.phrase.test(text.slice(h.start, tok.start))) return true;
  }
  // "a 6,000-for-6,000 exchange of bodies".
  return s.lang.bodies.after.test(text.slice(tok.end, tok.end + BODIES_REACH));
}

/** How far after "the bodies" its number may stand ("the bodies of approximately 6,000"). */
const BODIES_OF_REACH = 30;
/** How far after a number "exchange of bodies" may say that it counts bodies. */
const BODIES_REACH = 40;

/**
 * "has so far handed over the bodies of 5,000", "7,000 bodies returned to date": handovers summed up to now. The
 * perfect alone is no sum: news says "Russia has returned 1,000 bodies" of a single handover.
 */
function handedOverSoFar(s: Sentence): boolean {
  return s.lang.bodies.soFar.test(s.body) && s.lang.bodies.handed.test(s.body);
}

/** How the sentence read a count of bodies before the handover rule: an explicit rate word, and why it is a running total. */
interface ReadSoFar {
  explicit: boolean;
  /** "bodies of soldiers killed in the war": the war's span named. */
  warScope: boolean;
  /** An undated national toll read as the war so far. */
  warTotal: boolean;
  /** "a total of 6,060 bodies ... have been delivered": the sum of one exchange's handovers, unless a since-phrase says more. */
  totalOf: boolean;
}

/**
 * The rate and span of a count of bodies. "On 11 June, the bodies of 1,212 fallen soldiers were brought back":
 * bodies handed over on a day count no deaths of that day; as a rate they would read as 1,212 killed a day, so a
 * handover keeps no rate and no span. Unless a running total is said ("has so far handed over the bodies of 5,000",
 * "since June"): "bodies of soldiers killed in the war" or an undated 6,000 are still one handover.
 */
export function handoverReading(s: Sentence, rate: Rate, period: Period | null, read: ReadSoFar, published: string): { rate: Rate; period: Period | null } {
  if ((rate === 'none' || rate === 'cumulative') && !read.explicit && handedOverSoFar(s)) {
    return { rate: 'cumulative', period: period ?? { start: FULL_SCALE_INVASION, end: statementEnd(s.periods, published) ?? published } };
  }
  if (rate !== 'cumulative' || read.warScope || read.warTotal || (read.totalOf && !s.periods.some((p) => p.since))) return { rate: 'none', period: null };
  return { rate, period };
}
