import { getLang } from './lang';
import type { LangModule } from './lang/types';

// The content script asks this before anything else, so pages with no
// personnel words at all (most of the web) cost one regex scan. It is a
// superset test: extractFigures runs it first and returns nothing when it
// says false, so it can never hide a figure the extractor would report.

const numberTests = new WeakMap<LangModule, RegExp>();

export function mayContainFiguresIn(text: string, lang: LangModule): boolean {
  let numberTest = numberTests.get(lang);
  if (!numberTest) {
    numberTest = new RegExp(lang.candidate.source, lang.candidate.flags.replace('g', ''));
    numberTests.set(lang, numberTest);
  }
  // The number test first: it is the cheaper scan, and most blocks of a page hold no number at all.
  return numberTest.test(text) && lang.precheckWords.test(text);
}

/** A very cheap test: false means the text certainly holds no figure. */
export function mayContainFigures(text: string, lang = 'en'): boolean {
  return mayContainFiguresIn(text, getLang(lang));
}

/**
 * Whether a text says it is about the war at all: a nation, the war or its
 * soldiers. The content script reads a page only when it does, so a story
 * about a flood ("flooding killed 1,200 people") gets no highlights. Unlike
 * mayContainFigures this is no superset test of the extractor: a war
 * article's paragraph may hold a figure without any of these words, which
 * is why it is asked of a page's text, not of each block.
 */
export function mentionsWar(text: string, lang = 'en'): boolean {
  return getLang(lang).warWords.test(text);
}
