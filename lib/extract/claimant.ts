import type { Sentence } from './context';
import { normKey } from './lang/normalize';
import type { LangModule } from './lang/types';

// Who a figure is credited to: the name the sentence gives with a reporting verb.

/** Who the sentence credits with the figure ("according to X", "X said"): the first name that is not a nation. */
export function findClaimant(s: Sentence, lang: LangModule): string | null {
  if (s.claimant !== undefined) return s.claimant;
  s.claimant = null;
  for (const h of s.claims) {
    // "according to the U.K. Defense Ministry.": the sentence's full stop is not the name's; an initial's or an
    // abbreviation's is ("the U.S.", "Robert F. Kennedy Jr.").
    let name = h.value.replace(/['’]s$/, '');
    if (name.endsWith('.')) name = name.replace(/(?<!\b(?:[A-Z]|Jr|Sr|St|Inc|Co|Ltd|Corp))\.$/, '');
    const key = normKey(name);
    if (name.length > 1 && !lang.sides.has(key) && !lang.notNames.has(key)) {
      s.claimant = name;
      break;
    }
  }
  return s.claimant;
}
