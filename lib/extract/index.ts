import { consider, type Doc } from './consider';
import { SentenceCache } from './context';
import { getLang } from './lang';
import { matchStart, readNumber } from './numbers';
import { isIsoDate } from './calendar';
import { mayContainFiguresIn } from './precheck';
import { remember } from './said-before';
import type { ExtractOptions, Figure } from './types';

export type * from './types';
export { mayContainFigures, mentionsWar } from './precheck';

/**
 * Finds the casualty and recruitment figures in one block of text, in text order.
 *
 * One pass of one precompiled regex finds where numbers may start; each is
 * read (numbers.ts), checked against its immediate surroundings (reject.ts),
 * and only then is its sentence found by walking outward from it and read
 * once for cue words, rates, nations and dates (context.ts), which the
 * classifier (classify.ts) and period resolution (period.ts) share. The text
 * is never split into sentences or words as a whole.
 *
 * Throws RangeError for a `published` that is not a real YYYY-MM-DD date or a
 * language without a module.
 */
export function extractFigures(text: string, options: ExtractOptions): Figure[] {
  if (!isIsoDate(options.published)) throw new RangeError(`published must be a YYYY-MM-DD date, got "${options.published}"`);
  const lang = getLang(options.lang ?? 'en');
  if (!mayContainFiguresIn(text, lang)) return [];
  const doc: Doc = {
    text,
    lang,
    published: options.published,
    sentences: new SentenceCache(text, lang),
    out: [],
    byValue: null,
    byRange: null,
    civilianEnd: -1,
    equipmentEnd: -1,
    otherNounEnd: -1,
  };
  const candidate = lang.candidate;
  candidate.lastIndex = 0;
  // test(), not exec(): no match array per number; the start is found from where the match ended.
  while (candidate.test(text)) {
    const tok = readNumber(text, matchStart(text, candidate.lastIndex), lang);
    if (!tok) continue;
    if (tok.end > candidate.lastIndex) candidate.lastIndex = tok.end;
    const fig = consider(doc, tok);
    if (!fig) continue;
    // Reading a figure may take in more of the text ("1 to 6 or 7").
    if (tok.end > candidate.lastIndex) candidate.lastIndex = tok.end;
    doc.out.push(fig);
    remember(doc, fig);
  }
  return doc.out;
}
