import { normKey } from './lang/normalize';
import type { Cue, FoundPeriod, LangModule } from './lang/types';
import { clarificationAfter, sentenceAround, type Bounds } from './sentences';
import type { Rate, Side } from './types';

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
  rates: Hit<Rate | 'cumulative_before' | 'period_total'>[];
  sides: Hit<Side>[];
  periods: FoundPeriod[];
}

const CUE = 1;
const RATE = 2;
const SIDE = 4;
const PERIOD = 8;
/** The key of any run of digits. */
const DIGITS_KEY = -1;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
/** A hash of a lower-case word, built one character at a time so no word is ever sliced. */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 0x01000193) ^ c) | 0;
}
const HASH_SEED = 0x811c9dc5 | 0;
function hashWord(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashStep(h, lower(w.charCodeAt(i)));
  return h;
}

const tables = new WeakMap<LangModule, Map<number, number>>();

/** Which phrase families may start at a word, by the hash of the lower-case word. */
function firstWords(lang: LangModule): Map<number, number> {
  let t = tables.get(lang);
  if (t) return t;
  t = new Map();
  const families: [ReadonlySet<string>, number][] = [
    [lang.cuePhrases.first, CUE],
    [lang.ratePhrases.first, RATE],
    [lang.sidePhrases.first, SIDE],
    [lang.periodPhrases.first, PERIOD],
  ];
  for (const [first, bit] of families) {
    for (const w of first) {
      const k = w === '#' ? DIGITS_KEY : hashWord(w);
      t.set(k, (t.get(k) ?? 0) | bit);
    }
  }
  tables.set(lang, t);
  return t;
}

function push<T>(list: Hit<T>[], offset: number, at: number, len: number, value: T | undefined): void {
  if (value !== undefined) list.push({ start: offset + at, end: offset + at + len, value });
}

/**
 * One pass over the words of [b.start, b.end): each word's hash picks the
 * phrase families that may start there (a hash collision only costs a
 * regex run), and only those families' sticky regexes run at it. No word is
 * sliced or lower-cased on the way.
 */
function analyse(text: string, b: Bounds, lang: LangModule, cuesOnly = false): Found {
  const out: Found = { cues: [], rates: [], sides: [], periods: [] };
  const body = text.slice(b.start, b.end);
  const table = firstWords(lang);
  const { cuePhrases, ratePhrases, sidePhrases, periodPhrases } = lang;
  let cueFree = 0;
  let rateFree = 0;
  let sideFree = 0;
  let periodFree = 0;
  const n = body.length;
  let at = 0;
  while (at < n) {
    let c = body.charCodeAt(at);
    if (!isWordChar(c)) {
      at++;
      continue;
    }
    const start = at;
    let key: number;
    if (c >= 48 && c <= 57) {
      while (at < n && (c = body.charCodeAt(at)) >= 48 && c <= 57) at++;
      key = DIGITS_KEY;
    } else {
      let h = HASH_SEED;
      while (at < n && isWordChar((c = body.charCodeAt(at))) && !(c >= 48 && c <= 57)) {
        h = hashStep(h, lower(c));
        at++;
      }
      key = h;
    }
    const bits = table.get(key);
    if (bits === undefined) continue;
    let m: RegExpExecArray | null;
    if (bits & CUE && start >= cueFree) {
      cuePhrases.re.lastIndex = start;
      if ((m = cuePhrases.re.exec(body))) {
        push(out.cues, b.start, start, m[0].length, lang.cues.get(m[0]) ?? lang.cues.get(normKey(m[0])));
        cueFree = start + m[0].length;
      }
    }
    if (cuesOnly) continue;
    if (bits & RATE && start >= rateFree) {
      ratePhrases.re.lastIndex = start;
      if ((m = ratePhrases.re.exec(body))) {
        push(out.rates, b.start, start, m[0].length, lang.rates.get(m[0]) ?? lang.rates.get(normKey(m[0])));
        rateFree = start + m[0].length;
      }
    }
    if (bits & SIDE && start >= sideFree) {
      sidePhrases.re.lastIndex = start;
      if ((m = sidePhrases.re.exec(body))) {
        push(out.sides, b.start, start, m[0].length, lang.sides.get(m[0]) ?? lang.sides.get(normKey(m[0])));
        sideFree = start + m[0].length;
      }
    }
    if (bits & PERIOD && start >= periodFree) {
      periodPhrases.re.lastIndex = start;
      if ((m = periodPhrases.re.exec(body))) {
        const p = lang.periodOf(m);
        if (p) {
          out.periods.push({ start: b.start + start, end: b.start + start + m[0].length, expr: p.expr, since: p.since });
          periodFree = start + m[0].length;
        }
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
  private _claimant?: string | null;

  constructor(
    readonly text: string,
    bounds: Bounds,
    readonly lang: LangModule,
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

  get rates(): Hit<Rate | 'cumulative_before' | 'period_total'>[] {
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
      const h = this.all.sides[i]!;
      lang.sideTitleAfter.lastIndex = h.end;
      const title = lang.sideTitleAfter.test(this.text);
      lang.sidePlaceBefore.lastIndex = h.start;
      const place = !title && lang.sidePlaces.has(normKey(this.text.slice(h.start, h.end))) && lang.sidePlaceBefore.test(this.text);
      lang.sideAgentAfter.lastIndex = h.end;
      const agent = lang.sideAgentAfter.test(this.text);
      f = flags[i] = { ...h, ignored: title || place, agent };
    }
    return f;
  }

  get periods(): FoundPeriod[] {
    return this.all.periods;
  }

  /** Computed once per sentence by `find`. */
  claimant(find: (s: Sentence) => string | null): string | null {
    if (this._claimant === undefined) this._claimant = find(this);
    return this._claimant;
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
    this.last = new Sentence(this.text, sentenceAround(this.text, pos, this.lang), this.lang);
    return this.last;
  }
}
