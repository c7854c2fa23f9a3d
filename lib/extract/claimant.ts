import type { Sentence } from './context';
import { normKey } from './lang/normalize';
import type { LangModule } from './lang/types';

// Who a figure is credited to: the name the sentence gives with a reporting verb.

/**
 * Who the sentence credits with the figure ("according to X", "X said"): the first name that is not a nation; past a
 * semicolon, the name in the number's own clause ("Shoigu said that 5,937 ...; earlier this month, Zelenskyy said
 * 55,000 ...").
 */
export function findClaimant(s: Sentence, lang: LangModule, at: number): string | null {
  if (s.claimant === undefined) {
    s.claimant = null;
    for (const h of s.claims) {
      const name = claimantName(h.value, lang);
      if (name) {
        s.claimant = name;
        break;
      }
    }
  }
  if (s.claims.length < 2) return s.claimant;
  // Within the sentence: lastIndexOf on the whole text would scan back to its start.
  const semi = s.text.slice(s.start, at).lastIndexOf(';');
  if (semi < 0) return s.claimant;
  const clause = s.start + semi;
  const names = (s.claimNames ??= s.claims.map((h) => claimantName(h.value, lang)));
  let own: string | null = null;
  s.claims.forEach((h, i) => {
    if (h.start > clause && h.start < at) own = names[i] ?? own;
  });
  return own ?? s.claimant;
}

function claimantName(value: string, lang: LangModule): string | null {
  // "according to the U.K. Defense Ministry.": the sentence's full stop is not the name's; an initial's or an
  // abbreviation's is ("the U.S.", "Robert F. Kennedy Jr.").
  let name = value.replace(/['’]s$/, '');
  if (name.endsWith('.')) name = name.replace(/(?<!\b(?:[A-Z]|Jr|Sr|St|Inc|Co|Ltd|Corp))\.$/, '');
  const key = normKey(name);
  return name.length > 1 && (!lang.sides.has(key) || lang.sidePeople.has(key)) && !lang.notNames.has(key) ? name : null;
}

/** Where a sentence ends inside a name: after a word longer than an abbreviation ("Gen.", "U.S.") or an acronym
 * without inner dots ("the UK. In June"). */
const NAME_STOP = /(?:[A-Za-z’']{4,}|(?<![.\w])[A-Z]{2,3})[.!?]\s+(?=[A-Z])/g;

function hasStop(name: string): boolean {
  return name.indexOf('\n') >= 0 || name.indexOf('. ') >= 0 || name.indexOf('? ') >= 0 || name.indexOf('! ') >= 0;
}

/**
 * A name read backwards from a reporting verb can reach into the sentence
 * before ("Kursk.\n\nIntelligence estimates"): keep only what follows a line
 * break or the last sentence end.
 */
export function ownSentence(name: string): string {
  if (!hasStop(name)) return name;
  const line = name.lastIndexOf('\n');
  let out = line >= 0 ? name.slice(line + 1).trim() : name;
  NAME_STOP.lastIndex = 0;
  let cut = -1;
  for (let m = NAME_STOP.exec(out); m; m = NAME_STOP.exec(out)) cut = m.index + m[0].length;
  if (cut >= 0) out = out.slice(cut);
  return out;
}

/** A name read forwards ("according to the UK. In June, ..."): keep what comes before the first sentence end. */
export function firstSentence(name: string): string {
  if (!hasStop(name)) return name;
  const line = name.indexOf('\n');
  let out = line >= 0 ? name.slice(0, line).trim() : name;
  NAME_STOP.lastIndex = 0;
  const m = NAME_STOP.exec(out);
  if (m) out = out.slice(0, m.index + m[0].search(/[.!?]/));
  return out;
}
