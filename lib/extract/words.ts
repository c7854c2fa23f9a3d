import type { Cue, LangModule, PhraseSet, RateRule } from './lang/types';
import type { Side } from './types';

// Character classes and the per-language word table: each word's hash picks
// the phrase families that may start at it, so sentence analysis runs only
// the few sticky regexes that can match there. Shared by context.ts.

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}
export function isNewlineCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export const CUE = 1;
export const RATE = 2;
export const SIDE = 4;
export const PERIOD = 8;
export const CLAIM = 16;
/** A word that reports a statement ("said", "estimates", "data"): time expressions in its sentence may date it. */
export const REPORT = 32;
/** A word that opens a comparison ("compared", "versus"): a date after it belongs to the other side of it. */
export const COMPARE = 64;
/** The word that pairs two lists ("respectively"). */
export const PAIRED = 128;
/** A word that may open a clause about a part of the number ("which" in ", over half of which"). */
export const PART = 256;
/** The keys of any run of digits ("#") and of a run of four ("####", a year). */
export const DIGITS_KEY = -1;
export const YEAR_KEY = -2;
/** A free slot of the word table: no hash (they are never negative) and neither of the keys above. */
const EMPTY_KEY = -3;

/** Per UTF-16 unit: 0 not part of a word, 1 letter (Latin or Cyrillic), 2 digit. */
export const CHAR_CLASS = new Uint8Array(0x10000);
/** Per UTF-16 unit: its lower-case form, for letters. */
export const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const isDigit = c >= 48 && c <= 57;
  const isLetter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff);
  CHAR_CLASS[c] = isDigit ? 2 : isLetter ? 1 : 0;
  LOWER[c] = isLetter ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
}
/** A letter of a word (Latin or Cyrillic). */
export function isLetter(c: number): boolean {
  return CHAR_CLASS[c] === 1;
}
/** Per UTF-16 unit, one look-up for the word walk: 0 not part of a word, 1 a digit, else the letter's lower-case form. */
export const WORD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD[c] = CHAR_CLASS[c] === 2 ? 1 : CHAR_CLASS[c] === 1 ? LOWER[c]! : 0;

export function lower(c: number): number {
  return LOWER[c]!;
}

/**
 * A hash of a lower-case word, built one character at a time so no word is
 * ever sliced. Kept to 30 bits so it stays a small integer: a larger one is a
 * heap number, and every Map look-up would allocate.
 */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 0x01000193) ^ c) & 0x3fffffff;
}
export const HASH_SEED = 0x811c9dc5 & 0x3fffffff;
export function hashWord(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashStep(h, lower(w.charCodeAt(i)));
  return h;
}

/** What a word may start: phrase families to try (bits), or a one-word cue or side read without a regex. */
interface WordEntry {
  bits: number;
  /** The time-expression regexes that may match at this word, in rule order. */
  periods?: RegExp[];
  /** The cue and side phrases that may start at this word. */
  cueRe?: RegExp;
  sideRe?: RegExp;
  /**
   * The letters (bit 0 for "a") that may start the next word of a cue phrase opening with this word, when a space
   * follows it; -1 when the word may end a phrase itself or be followed by anything else ("call-up").
   */
  cueNext?: number;
  /** The rate rules that may match at this word, in rule order. */
  rates?: RateRule[];
  /** The lower-case word a one-word cue or side stands for, checked letter by letter (a hash may collide). */
  word?: string;
  cue?: Cue;
  side?: Side;
}

/**
 * An open-addressing table from word hash to entry: a typed-array probe is
 * several times cheaper than Map.get, and every word of a figure's sentence
 * is looked up.
 */
export class WordTable {
  private readonly keys: Int32Array;
  private readonly values: (WordEntry | undefined)[];
  private readonly mask: number;

  constructor(entries: Map<number, WordEntry>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(EMPTY_KEY);
    this.values = new Array<WordEntry | undefined>(size).fill(undefined);
    for (const [k, v] of entries) {
      let i = k & this.mask;
      while (this.keys[i] !== EMPTY_KEY) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.values[i] = v;
    }
  }

  /** Most words are in no phrase family: the probe reads only the compact key array until a key matches. */
  get(k: number): WordEntry | undefined {
    let i = k & this.mask;
    for (;;) {
      const key = this.keys[i];
      if (key === k) return this.values[i];
      if (key === EMPTY_KEY) return undefined;
      i = (i + 1) & this.mask;
    }
  }
}

const tables = new WeakMap<LangModule, WordTable>();

/** One word as the scanner sees it: letters, with a possessive "'s" (the scanner stops at the apostrophe). */
const isOneWord = (k: string) => /^[a-z\u00c0-\u024f\u0430-\u044f\u0450-\u045f]+(?:'s)?$/.test(k);
const wordOf = (k: string) => k.replace(/'s$/, '');

/** Which phrase families may start at a word, by the hash of the lower-case word. */
export function firstWords(lang: LangModule): WordTable {
  let t = tables.get(lang);
  if (t) return t;
  const table = new Map<number, WordEntry>();
  const entry = (k: number): WordEntry => {
    let e = table.get(k);
    if (!e) table.set(k, (e = { bits: 0 }));
    return e;
  };
  // Words that start a longer phrase need the family's regex; words that are a whole phrase on their own do not.
  const multiFirst = (keys: Iterable<string>) => {
    const firsts = new Set<string>();
    for (const k of keys) if (!isOneWord(k)) firsts.add(k.split(/[^a-z\u00c0-\u024f\u0430-\u045f]/)[0]!);
    return firsts;
  };
  const cueMulti = multiFirst(lang.cues.keys());
  const sideMulti = multiFirst(lang.sides.keys());
  const families: [ReadonlySet<string>, number, Set<string> | null][] = [
    [lang.cuePhrases.first, CUE, cueMulti],
    [lang.sidePhrases.first, SIDE, sideMulti],
    [lang.claimPhrases.first, CLAIM, null],
  ];
  for (const [first, bit, multi] of families) {
    for (const w of first) {
      const k = w === '#' ? DIGITS_KEY : w === '####' ? YEAR_KEY : hashWord(w);
      if (!multi || multi.has(w)) entry(k).bits |= bit;
    }
  }
  for (const w of lang.reportWords) entry(hashWord(w)).bits |= REPORT;
  for (const w of lang.comparisonWords) entry(hashWord(w)).bits |= COMPARE;
  for (const w of lang.partWords) entry(hashWord(w)).bits |= PART;
  entry(hashWord(lang.pairs.word)).bits |= PAIRED;
  // The phrases of each first word; two first words with one hash share the whole family's regex.
  const own = (phrases: PhraseSet, multi: Set<string>, field: 'cueRe' | 'sideRe') => {
    for (const w of multi) {
      const e = entry(hashWord(w));
      const re = phrases.byFirst?.get(w) ?? phrases.re;
      e[field] = e[field] === undefined || e[field] === re ? re : phrases.re;
    }
  };
  own(lang.cuePhrases, cueMulti, 'cueRe');
  // Most occurrences of "the" and "to" start no cue phrase: the letter after the space rules them out without a regex.
  for (const k of lang.cues.keys()) {
    if (isOneWord(k)) continue;
    const w = k.split(/[^a-z\u00c0-\u024f\u0430-\u045f]/)[0]!;
    if (!cueMulti.has(w)) continue;
    const e = entry(hashWord(w));
    const c = k.charCodeAt(w.length + 1);
    const bit = k.charCodeAt(w.length) === 32 && c >= 97 && c <= 122 ? 1 << (c - 97) : -1;
    e.cueNext = e.cueNext === -1 || bit === -1 ? -1 : (e.cueNext ?? 0) | bit;
  }
  for (const k of lang.cues.keys()) {
    // A phrase that is the first word alone ("killed", beside "killed or wounded") may end there.
    if (isOneWord(k) && cueMulti.has(wordOf(k))) entry(hashWord(wordOf(k))).cueNext = -1;
  }
  own(lang.sidePhrases, sideMulti, 'sideRe');
  for (const r of lang.rateRules) {
    for (const w of r.first) {
      const e = entry(w === '#' ? DIGITS_KEY : w === '####' ? YEAR_KEY : hashWord(w));
      e.bits |= RATE;
      (e.rates ??= []).push(r);
    }
  }
  for (const r of lang.periodRules) {
    for (const w of r.first) {
      const e = entry(w === '#' ? DIGITS_KEY : w === '####' ? YEAR_KEY : hashWord(w));
      e.bits |= PERIOD;
      (e.periods ??= []).push(r.re);
    }
  }
  // A four-digit run is also a run of digits: its entry carries both.
  const digits = table.get(DIGITS_KEY);
  if (digits) {
    const y = entry(YEAR_KEY);
    y.bits |= digits.bits;
    if (digits.periods) y.periods = [...(y.periods ?? []), ...digits.periods];
    if (digits.rates) y.rates = [...(y.rates ?? []), ...digits.rates];
  }
  for (const [k, cue] of lang.cues) {
    const w = wordOf(k);
    if (isOneWord(k) && !cueMulti.has(w)) Object.assign(entry(hashWord(w)), { word: w, cue });
  }
  for (const [k, side] of lang.sides) {
    const w = wordOf(k);
    if (isOneWord(k) && !sideMulti.has(w)) Object.assign(entry(hashWord(w)), { word: w, side });
  }
  t = new WordTable(table);
  tables.set(lang, t);
  return t;
}

/** Whether the letter after the space at `at` starts no word a phrase may continue with (`next`: see cueNext). */
export function ruledOutByNext(text: string, at: number, next: number | undefined): boolean {
  if (next === undefined || next === -1 || text.charCodeAt(at) !== 32) return false;
  const c = text.charCodeAt(at + 1) | 32;
  return c >= 97 && c <= 122 && (next & (1 << (c - 97))) === 0;
}

/** Whether text[start, end) is `word`, ignoring case. */
export function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (LOWER[text.charCodeAt(start + i)] !== word.charCodeAt(i)) return false;
  return true;
}
