import { normKey } from './lang/normalize';
import type { Cue, FoundPeriod, LangModule, PhraseSet, RateInfo, RateRule } from './lang/types';
import { clarificationAfter, sentenceAround, type Bounds } from './sentences';
import type { Side } from './types';

// The sentence around a number and what it mentions (cue words, rates,
// nations, time expressions), each found with one pass of one precompiled
// regex and only when a number in that sentence needs it. Offsets are into
// the whole text.

export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

export interface SideHit extends Hit<Side> {
  /** Names a claimant ("Ukrainian President") or a place ("in Ukraine"): not whose personnel. */
  ignored: boolean;
  /** Its forces did the killing ("Kyiv's forces killed"): the figure is the other side's. */
  agent: boolean;
}

interface Found {
  cues: Hit<Cue>[];
  rates: Hit<RateInfo>[];
  sides: Hit<Side>[];
  periods: FoundPeriod[];
  claims: Hit<string>[];
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}
function isNewlineCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

const CUE = 1;
const RATE = 2;
const SIDE = 4;
const PERIOD = 8;
const CLAIM = 16;
/** The keys of any run of digits ("#") and of a run of four ("####", a year). */
const DIGITS_KEY = -1;
const YEAR_KEY = -2;

/** Per UTF-16 unit: 0 not part of a word, 1 letter (Latin or Cyrillic), 2 digit. */
const CHAR_CLASS = new Uint8Array(0x10000);
/** Per UTF-16 unit: its lower-case form, for letters. */
const LOWER = new Uint16Array(0x10000);
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
const WORD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD[c] = CHAR_CLASS[c] === 2 ? 1 : CHAR_CLASS[c] === 1 ? LOWER[c]! : 0;

function lower(c: number): number {
  return LOWER[c]!;
}

/**
 * A hash of a lower-case word, built one character at a time so no word is
 * ever sliced. Kept to 30 bits so it stays a small integer: a larger one is a
 * heap number, and every Map look-up would allocate.
 */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 0x01000193) ^ c) & 0x3fffffff;
}
const HASH_SEED = 0x811c9dc5 & 0x3fffffff;
function hashWord(w: string): number {
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
class WordTable {
  private readonly keys: Int32Array;
  private readonly values: (WordEntry | undefined)[];
  private readonly mask: number;

  constructor(entries: Map<number, WordEntry>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Array<WordEntry | undefined>(size).fill(undefined);
    for (const [k, v] of entries) {
      let i = k & this.mask;
      while (this.values[i] !== undefined) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.values[i] = v;
    }
  }

  get(k: number): WordEntry | undefined {
    let i = k & this.mask;
    for (;;) {
      const v = this.values[i];
      if (v === undefined || this.keys[i] === k) return v;
      i = (i + 1) & this.mask;
    }
  }
}

const tables = new WeakMap<LangModule, WordTable>();

/** One word as the scanner sees it: letters, with a possessive "'s" (the scanner stops at the apostrophe). */
const isOneWord = (k: string) => /^[a-z\u00c0-\u024f\u0430-\u044f\u0450-\u045f]+(?:'s)?$/.test(k);
const wordOf = (k: string) => k.replace(/'s$/, '');

/** Which phrase families may start at a word, by the hash of the lower-case word. */
function firstWords(lang: LangModule): WordTable {
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
  // The phrases of each first word; two first words with one hash share the whole family's regex.
  const own = (phrases: PhraseSet, multi: Set<string>, field: 'cueRe' | 'sideRe') => {
    for (const w of multi) {
      const e = entry(hashWord(w));
      const re = phrases.byFirst?.get(w) ?? phrases.re;
      e[field] = e[field] === undefined || e[field] === re ? re : phrases.re;
    }
  };
  own(lang.cuePhrases, cueMulti, 'cueRe');
  own(lang.sidePhrases, sideMulti, 'sideRe');
  for (const r of lang.rateRules) {
    for (const w of r.first) {
      const e = entry(hashWord(w));
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

/** Whether text[start, end) is `word`, ignoring case. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (LOWER[text.charCodeAt(start + i)] !== word.charCodeAt(i)) return false;
  return true;
}

function push<T>(list: Hit<T>[], at: number, len: number, value: T | undefined): void {
  if (value !== undefined) list.push({ start: at, end: at + len, value });
}

/**
 * One pass over the words of [b.start, b.end): each word's hash picks the
 * phrase families that may start there (a hash collision only costs a
 * regex run), and only those families' sticky regexes run at it. No word is
 * sliced or lower-cased on the way.
 */
function analyse(text: string, b: Bounds, lang: LangModule, cuesOnly = false): Found {
  const out: Found = { cues: [], rates: [], sides: [], periods: [], claims: [] };
  const table = firstWords(lang);
  const { cuePhrases, sidePhrases, claimPhrases } = lang;
  let cueFree = b.start;
  let rateFree = b.start;
  let sideFree = b.start;
  let periodFree = b.start;
  const n = b.end;
  let at = b.start;
  while (at < n) {
    let w = WORD[text.charCodeAt(at)]!;
    if (w === 0) {
      at++;
      continue;
    }
    const start = at;
    let key: number;
    if (w === 1) {
      do at++;
      while (at < n && WORD[text.charCodeAt(at)] === 1);
      key = at - start === 4 ? YEAR_KEY : DIGITS_KEY;
    } else {
      let h = HASH_SEED;
      do {
        h = hashStep(h, w);
        at++;
      } while (at < n && (w = WORD[text.charCodeAt(at)]!) > 1);
      key = h;
    }
    const e = table.get(key);
    if (!e) continue;
    const bits = e.bits;
    {
      if (e.word !== undefined && sameWord(text, start, at, e.word)) {
        if (e.cue !== undefined && start >= cueFree) out.cues.push({ start, end: at, value: e.cue });
        // "RBC-Ukraine" names an outlet, not a side.
        if (e.side !== undefined && !cuesOnly && start >= sideFree && text.charCodeAt(start - 1) !== 45) out.sides.push({ start, end: at, value: e.side });
      }
    }
    if (!bits) continue;
    let m: RegExpExecArray | null;
    if (bits & CUE && start >= cueFree) {
      const re = e.cueRe ?? cuePhrases.re;
      re.lastIndex = start;
      if ((m = re.exec(text))) {
        push(out.cues, start, m[0].length, lang.cues.get(m[0]) ?? lang.cues.get(normKey(m[0])));
        cueFree = start + m[0].length;
      }
    }
    if (cuesOnly) continue;
    if (bits & RATE && start >= rateFree) {
      for (const r of e.rates!) {
        r.re.lastIndex = start;
        if (r.re.test(text)) {
          out.rates.push({ start, end: r.re.lastIndex, value: r.info });
          rateFree = r.re.lastIndex;
          break;
        }
      }
    }
    if (bits & SIDE && start >= sideFree) {
      const re = e.sideRe ?? sidePhrases.re;
      re.lastIndex = start;
      if ((m = re.exec(text))) {
        push(out.sides, start, m[0].length, lang.sides.get(m[0]) ?? lang.sides.get(normKey(m[0])));
        sideFree = start + m[0].length;
      }
    }
    if (bits & PERIOD && start >= periodFree) {
      for (const re of e.periods!) {
        re.lastIndex = start;
        if (!(m = re.exec(text))) continue;
        const p = lang.periodOf(m);
        if (p) {
          out.periods.push({ start, end: start + m[0].length, expr: p.expr, since: p.since });
          periodFree = start + m[0].length;
          break;
        }
      }
    }
    if (bits & CLAIM) {
      claimPhrases.re.lastIndex = start;
      if ((m = claimPhrases.re.exec(text))) {
        const name = (m[1] ?? m[2] ?? '').trim();
        if (name) out.claims.push({ start, end: start + m[0].length, value: name });
      }
    }
  }
  return out;
}

export class Sentence {
  readonly start: number;
  readonly end: number;
  private found?: Found;
  private _extra?: Hit<Cue>[] | null;
  private _sides?: SideHit[];

  constructor(
    readonly text: string,
    bounds: Bounds,
    readonly lang: LangModule,
    /** The sentence read just before this one, if any: a candidate for `previous`. */
    private before: Sentence | null = null,
  ) {
    this.start = bounds.start;
    this.end = bounds.end;
  }

  private _body?: string;
  get body(): string {
    return (this._body ??= this.text.slice(this.start, this.end));
  }

  private get all(): Found {
    return (this.found ??= analyse(this.text, this, this.lang));
  }

  get cues(): Hit<Cue>[] {
    return this.all.cues;
  }

  /** Cues in short sentences that follow and finish this one ("Not wounded, dead."). */
  get clarifyingCues(): Hit<Cue>[] {
    if (this._extra === undefined) {
      const b = clarificationAfter(this.text, this.end, this.lang);
      this._extra = b ? analyse(this.text, b, this.lang, true).cues : null;
    }
    return this._extra ?? [];
  }

  get rates(): Hit<RateInfo>[] {
    return this.all.rates;
  }

  get sides(): Hit<Side>[] {
    return this.all.sides;
  }

  private sideFlags?: (SideHit | undefined)[];

  /** The i-th side mention with its flags, worked out only when asked. */
  side(i: number): SideHit {
    const flags = (this.sideFlags ??= []);
    let f = flags[i];
    if (!f) {
      const lang = this.lang;
      const text = this.text;
      const h = this.all.sides[i]!;
      // Titles and agents follow the mention after "'s" or a space; places precede it after a space.
      const next = text.charCodeAt(h.end);
      const spaced = next === 32 || next === 39 || next === 0x2019 || next === 0xa0 || next === 10;
      lang.sideTitleAfter.lastIndex = h.end;
      const title = spaced && lang.sideTitleAfter.test(text);
      let place = false;
      if (!title && text.charCodeAt(h.start - 1) === 32 && lang.sidePlaces.has(normKey(text.slice(h.start, h.end)))) {
        lang.sidePlaceBefore.lastIndex = h.start;
        place = lang.sidePlaceBefore.test(text);
      }
      let agent = false;
      if (spaced && !title && !place) {
        lang.sideAgentAfter.lastIndex = h.end;
        agent = lang.sideAgentAfter.test(text);
      }
      f = flags[i] = { start: h.start, end: h.end, value: h.value, ignored: title || place, agent };
    }
    return f;
  }

  get periods(): FoundPeriod[] {
    return this.all.periods;
  }

  private _previous?: Sentence | null;

  /** The sentence just before this one in the same block (no line break between), or null. */
  get previous(): Sentence | null {
    if (this._previous === undefined) {
      this._previous = null;
      let i = this.start - 1;
      while (i >= 0 && isSpaceCode(this.text.charCodeAt(i))) i--;
      if (i >= 0 && !isNewlineCode(this.text.charCodeAt(i))) {
        const b = sentenceAround(this.text, i, this.lang);
        const known = this.before;
        // Usually the previous sentence held a number too and is analysed already.
        if (known && known.start === b.start && known.end === b.end) this._previous = known;
        else if (b.end <= this.start && b.start < b.end) this._previous = new Sentence(this.text, b, this.lang);
      }
    }
    return this._previous;
  }

  forgetBefore(): void {
    this.before = null;
  }

  private _perfect?: boolean;
  /** The sentence uses the present perfect of a loss or count verb ("has lost"). */
  get perfectTense(): boolean {
    return (this._perfect ??= this.lang.perfectTense.test(this.body));
  }

  /** Set by findClaimant, once per sentence. */
  claimant: string | null | undefined = undefined;

  get claims(): Hit<string>[] {
    return this.all.claims;
  }
}

/** Finds and caches the sentence of each number; numbers come in text order. */
export class SentenceCache {
  private last: Sentence | null = null;
  constructor(
    private readonly text: string,
    private readonly lang: LangModule,
  ) {}

  at(pos: number): Sentence {
    if (this.last && pos >= this.last.start && pos < this.last.end) return this.last;
    const last = this.last;
    // Only the newest sentence may still be asked for its previous one: keep no longer chain alive.
    if (last) last.forgetBefore();
    this.last = new Sentence(this.text, sentenceAround(this.text, pos, this.lang), this.lang, last);
    return this.last;
  }
}
