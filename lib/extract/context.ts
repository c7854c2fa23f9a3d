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

function scan<T>(re: RegExp, text: string, b: Bounds, lookup: (key: string) => T | undefined): Hit<T>[] {
  const out: Hit<T>[] = [];
  const s = text.slice(b.start, b.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const v = lookup(normKey(m[0]));
    if (v !== undefined) out.push({ start: b.start + m.index, end: b.start + m.index + m[0].length, value: v });
  }
  return out;
}

export class Sentence {
  readonly start: number;
  readonly end: number;
  private _cues?: Hit<Cue>[];
  private _extra?: Hit<Cue>[] | null;
  private _rates?: Hit<Rate | 'cumulative_before' | 'period_total'>[];
  private _sides?: SideHit[];
  private _periods?: FoundPeriod[];

  constructor(
    readonly text: string,
    bounds: Bounds,
    readonly lang: LangModule,
  ) {
    this.start = bounds.start;
    this.end = bounds.end;
  }

  get body(): string {
    return this.text.slice(this.start, this.end);
  }

  get cues(): Hit<Cue>[] {
    return (this._cues ??= scan(this.lang.cueRe, this.text, this, (k) => this.lang.cues.get(k)));
  }

  /** Cues in short sentences that follow and finish this one ("Not wounded, dead."). */
  get clarifyingCues(): Hit<Cue>[] {
    if (this._extra === undefined) {
      const b = clarificationAfter(this.text, this.end, this.lang);
      this._extra = b ? scan(this.lang.cueRe, this.text, b, (k) => this.lang.cues.get(k)) : null;
    }
    return this._extra ?? [];
  }

  get rates(): Hit<Rate | 'cumulative_before' | 'period_total'>[] {
    return (this._rates ??= scan(this.lang.rateRe, this.text, this, (k) => this.lang.rates.get(k)));
  }

  get sides(): SideHit[] {
    if (!this._sides) {
      const lang = this.lang;
      this._sides = scan(lang.sideRe, this.text, this, (k) => lang.sides.get(k)).map((h) => {
        lang.sideTitleAfter.lastIndex = h.end;
        const title = lang.sideTitleAfter.test(this.text);
        const key = normKey(this.text.slice(h.start, h.end));
        const place = lang.sidePlaces.has(key) && lang.sidePlaceBefore.test(this.text.slice(Math.max(this.start, h.start - 16), h.start));
        lang.sideAgentAfter.lastIndex = h.end;
        const agent = lang.sideAgentAfter.test(this.text);
        return { ...h, ignored: title || place, agent };
      });
    }
    return this._sides;
  }

  get periods(): FoundPeriod[] {
    if (!this._periods) {
      const found = this.lang.findPeriods(this.body).map((p) => ({ ...p, start: p.start + this.start, end: p.end + this.start }));
      this._periods = found;
    }
    return this._periods;
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
