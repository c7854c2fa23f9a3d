import { normKey } from './lang/normalize';
import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import { sticky } from './reject';
import type { Qualifier } from './types';

// How exact a figure is: "about", "more than", "up to" ... before it, inside its range or right after it.

/** The qualifier: inside a range, right before the number, or right after it. */
export function findQualifier(text: string, tok: NumberToken, lang: LangModule): { qualifier: Qualifier; found: boolean } {
  if (tok.innerQualifier) return { qualifier: tok.innerQualifier, found: true };
  // "~40,000 per month", "∼500,000 wounded", "≈1,000".
  const sign = text.charCodeAt(tok.start - 1);
  if (sign === 126 || sign === 0x223c || sign === 0x2248) return { qualifier: 'about', found: true };
  lang.qualifierBefore.lastIndex = tok.start;
  const m = lang.qualifierBefore.exec(text);
  // "handed over 757 bodies": "over" is the verb's, not the number's.
  // "information about 600 natives", "We are talking about 50,000": "about" is the verb's or noun's.
  if (m && !(m[1]!.toLowerCase() === 'over' && lang.particleVerbBefore.test(text.slice(Math.max(0, tok.start - 24), tok.start))) && !(m[1]!.toLowerCase() === 'about' && lang.aboutObjectBefore.test(text.slice(Math.max(0, tok.start - 24), tok.start)))) {
    // Most qualifiers are written as the table has them ("about"): no normalising needed.
    const q = lang.qualifiers.get(m[1]!) ?? lang.qualifiers.get(normKey(m[1]!));
    if (q) return { qualifier: q, found: true };
  }
  // Looked for only where "of " ends just before the number.
  if (text.startsWith(lang.milestoneHint, tok.start - lang.milestoneHint.length)) {
    lang.milestoneBefore.lastIndex = tok.start;
    const q = lang.milestoneBefore.exec(text)?.[1];
    const found = q !== undefined ? lang.qualifiers.get(q.toLowerCase()) : undefined;
    if (found) return { qualifier: found, found: true };
  }
  // "surpass the 1 million mark", "crossed the one-million threshold".
  if (text.startsWith('the ', tok.start - 4) && sticky(lang.markAfter, text, tok.end)) {
    lang.markBefore.lastIndex = tok.start;
    const verb = lang.markBefore.exec(text)?.[1];
    const q = verb !== undefined ? lang.markVerbs.get(normKey(verb)) : undefined;
    if (q) return { qualifier: q, found: true };
  }
  lang.qualifierAfter.lastIndex = tok.end;
  const a = lang.qualifierAfter.exec(text);
  if (a) {
    const q = lang.qualifiers.get(normKey(a[1] ?? a[2] ?? a[3] ?? ''));
    if (q) return { qualifier: q, found: true };
  }
  // "approximately 40,000 wounded and 20,000 killed": the second count of the pair is as rough as the first.
  if (text.startsWith(' and ', tok.start - 5)) {
    lang.sharedQualifierBefore.lastIndex = tok.start;
    const shared = lang.sharedQualifierBefore.exec(text)?.[1];
    const q = shared !== undefined ? lang.qualifiers.get(normKey(shared)) : undefined;
    if (q) return { qualifier: q, found: false };
  }
  return { qualifier: 'exact', found: false };
}
