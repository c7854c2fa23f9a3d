import type { Cue, FoundPeriod, LangModule, RateInfo } from './lang/types';
import { analyse, type Found } from './analyse';
import { clarificationAfter, sentenceAround, type Bounds } from './sentences';
import type { Side } from './types';
import { sticky } from './reject';
import { endsWithAny } from './spans';
import { isSpaceCode, isNewlineCode, sameWord } from './words';

// The sentence around a number and what it mentions (cue words, rates,
// nations, time expressions; read by analyse.ts), worked out only when a
// number in that sentence needs it. Offsets are into the whole text.

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
  /** Names an office or source of that nation ("Russian authorities", "Ukraine's defence ministry"). */
  title: boolean;
  /** Names an office after the nation ("the General Staff of the Armed Forces of Ukraine"). */
  office: boolean;
}

/** Whether text[start, end) is one of the mentions that can be places ("Ukraine"), compared in place. */
function isSidePlace(text: string, start: number, end: number, lang: LangModule): boolean {
  for (const p of lang.sidePlaces) if (sameWord(text, start, end, p)) return true;
  return false;
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

  private _bracket?: boolean;
  /** An opening bracket stands in the sentence: only then may a bracket gloss a word (cues-near.ts). */
  get hasBracket(): boolean {
    return (this._bracket ??= this.body.includes('('));
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
  /** The sentence has "according to" (the language's hint), looked for once. */
  private _namesSource?: boolean;

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
      let title = spaced && lang.sideTitleAfter.test(text);
      // "losses in the Russian Armed Forces": the forces soldiers serve in, not an office that speaks.
      if (title && text.startsWith(lang.armedForcesHint, h.end)) {
        lang.sideMemberBefore.lastIndex = h.start;
        title = !lang.sideMemberBefore.test(text);
      }
      // "tallies from the General Staff of the Armed Forces of Ukraine": the nation an office is named after.
      // (Looked for only where " of " or " of the " ends right before the mention.)
      let office = false;
      if (!title && endsWithAny(text, h.start, lang.sideOfficeHints)) {
        lang.sideOfficeBefore.lastIndex = h.start;
        title = office = lang.sideOfficeBefore.test(text);
      }
      let place = false;
      // "with Ukraine's military toll at 70,000": a possessive after "with" owns the count, it is no place; nor is
      // "people fighting in Russia's military": an army, not where they died.
      let owner = false;
      if (next === 39 || next === 0x2019) {
        lang.sideWithBefore.lastIndex = h.start;
        // "Rutte on Russia's December losses": a nation's own losses, whatever stands before it.
        // "Russian casualties at 1.2 million and Ukraine's at close to 600,000": the count left out is the nation's.
        owner = lang.sideWithBefore.test(text) || sticky(lang.sideLossesAfter, text, h.end) || sticky(lang.ownCountAtAfter, text, h.end);
        if (!owner && (text.charCodeAt(h.end + 1) | 32) === 115 && endsWithAny(text, h.start, lang.sideMemberHints)) {
          lang.sideForceAfter.lastIndex = h.end + 2;
          owner = lang.sideForceAfter.test(text);
        }
      }
      if (!title && !owner && text.charCodeAt(h.start - 1) === 32 && isSidePlace(text, h.start, h.end, lang)) {
        lang.sidePlaceBefore.lastIndex = h.start;
        place = lang.sidePlaceBefore.test(text);
        // "..., and Kiev has lost 3,620 soldiers": after "and", a verb makes the mention a subject, not a place; so
        // does a number whose verb is left out ("Russia has lost 88,000 dead and Ukraine 31,000").
        // "with Ukraine retrieving 212": after "with", a participle makes it the subject of its own clause.
        if (place && spaced) {
          lang.sideSubjectAfter.lastIndex = h.end;
          const d = text.charCodeAt(h.end + 1);
          // "... and Ukraine as many as 600,000 casualties": a qualified number, its verb left out, too.
          if (lang.sideSubjectAfter.test(text) || (d >= 48 && d <= 57) || sticky(lang.qualifiedNumberAfter, text, h.end)) {
            lang.sideAndBefore.lastIndex = h.start;
            place = !lang.sideAndBefore.test(text);
          } else if (sticky(lang.participleAfter, text, h.end)) {
            lang.sideWithBefore.lastIndex = h.start;
            place = !lang.sideWithBefore.test(text);
          }
        }
      }
      // "the barracks in the eastern Ukrainian city": an adjective of a place names where, not whose.
      // (Looked for only where the next word starts as one of the language's place nouns does.)
      if (!title && !place && !owner && next === 32 && lang.sidePlaceNounFirsts.includes(String.fromCharCode(text.charCodeAt(h.end + 1) | 32))) {
        lang.sidePlaceNounAfter.lastIndex = h.end;
        place = lang.sidePlaceNounAfter.test(text);
        // "sent to storm Ukrainian positions": the positions attacked are the other side's.
        if (!place && sticky(lang.sideTargetNounAfter, text, h.end)) place = sticky(lang.sideAttackBefore, text, h.start);
      }
      // "according to the calculations of the Ukrainian army": a source, not whose soldiers.
      let source = false;
      if (!title && !place && !owner && (this._namesSource ??= this.body.includes(lang.sideSourceHint))) {
        lang.sideSourceBefore.lastIndex = h.start;
        lang.sideSourceEnd.lastIndex = h.end;
        source = lang.sideSourceBefore.test(text) && lang.sideSourceEnd.test(text);
      }
      let agent = false;
      if (spaced && !title && !place && !source) {
        lang.sideAgentAfter.lastIndex = h.end;
        agent = lang.sideAgentAfter.test(text);
        // "501 soldiers killed fighting Russian forces": the enemy fought, so the dead are the other side's.
        if (!agent && text.charCodeAt(h.start - 1) === 32 && lang.sideFoughtLastLetters.includes(text.charAt(h.start - 2))) {
          lang.sideFoughtBefore.lastIndex = h.start;
          if (lang.sideFoughtBefore.test(text)) {
            lang.sideForceAfter.lastIndex = h.end;
            agent = lang.sideForceAfter.test(text);
          }
        }
      }
      f = flags[i] = { start: h.start, end: h.end, value: h.value, ignored: title || place || source, agent, title, office };
    }
    return f;
  }

  get periods(): FoundPeriod[] {
    return this.all.periods;
  }

  /** Where words that open a comparison start. */
  get breaks(): number[] | null {
    return this.all.breaks;
  }

  /** Where clauses about a part of a number open (", over half of which"). */
  get parts(): number[] | null {
    return this.all.parts;
  }

  /** Where reporting words ("said", "told") start and end, in pairs; null when there are none. */
  get reports(): number[] | null {
    return this.all.reports;
  }

  private _pastPerfect?: boolean;
  /** The sentence uses the past perfect of a loss or count verb ("had been killed"). */
  get pastPerfect(): boolean {
    return (this._pastPerfect ??= this.lang.pastPerfect.test(this.body));
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

  /** The sentence before this one even across a line break ("such cases" may point back past a paragraph's end). */
  previousAcrossBreak(): Sentence | null {
    if (this.previous) return this.previous;
    let i = this.start - 1;
    while (i >= 0 && (isSpaceCode(this.text.charCodeAt(i)) || isNewlineCode(this.text.charCodeAt(i)))) i--;
    if (i < 0) return null;
    const b = sentenceAround(this.text, i, this.lang);
    return b.end <= this.start && b.start < b.end ? new Sentence(this.text, b, this.lang) : null;
  }

  forgetBefore(): void {
    this.before = null;
  }

  private _plan?: boolean;
  /** The sentence speaks of a plan or order anywhere (plan.ts then looks before the number). */
  get speaksOfPlan(): boolean {
    return (this._plan ??= this.lang.plannedAhead.test(this.body));
  }

  /** The sentence pairs two lists with "respectively" (the language's word), found by the pass over its words. */
  get saysRespectively(): boolean {
    return this.all.respectively;
  }

  private _evasion?: boolean;
  /** The sentence speaks of avoiding a call-up ("trying to avoid mobilization", "are wanted"), looked for once. */
  get namesEvasion(): boolean {
    if (this._evasion === undefined) {
      // A cheap look for the regex's words first: most sentences name no evasion.
      const body = this.body;
      const re = this.lang.evadeMobilisation;
      re.lastIndex = 0;
      this._evasion = this.lang.evadeHints.some((h) => body.includes(h)) && re.test(body);
    }
    return this._evasion;
  }

  private _freed?: boolean;
  /** The sentence speaks of a swap, or of prisoners freed or back home ("returned home"): looked for once. */
  get namesPrisonerRelease(): boolean {
    return (this._freed ??= this.lang.swapWord.test(this.body) || (this.lang.prisonersFreedHints.some((h) => this.body.includes(h)) && this.lang.prisonersFreed.test(this.body)));
  }

  private _otherWar?: boolean;
  /** The sentence names another war ("Soviet", "the Afghanistan war"): only then is the clause before a number read for it. */
  get namesOtherWar(): boolean {
    if (this._otherWar === undefined) {
      const body = this.body;
      // Plain substring searches first: a regex slid over every sentence costs more than the rare hit saves.
      this._otherWar = this.lang.otherWarNamedHints.some((h) => body.includes(h)) && this.lang.otherWarNamed.test(body);
    }
    return this._otherWar;
  }

  private _ratioInWords?: boolean;
  /** The sentence says a ratio in words ("for every soldier killed, there are three"), looked for once. */
  get saysRatioInWords(): boolean {
    return (this._ratioInWords ??= this.lang.ratioInWords.test(this.body));
  }

  private _byThen?: boolean;
  /** The sentence says "by then" or "until that point": its time ends a running total. */
  get saysByThen(): boolean {
    // Looked for only where one of its words stands ("then", "that point"): most sentences have neither.
    return (this._byThen ??= this.lang.byThenHints.some((h) => this.body.includes(h)) && this.lang.byThen.test(this.body));
  }

  private _perfect?: boolean;
  /** The sentence uses the present perfect of a loss or count verb ("has lost"). */
  get perfectTense(): boolean {
    return (this._perfect ??= this.lang.perfectTense.test(this.body));
  }

  /** Set by findClaimant, once per sentence. */
  claimant: string | null | undefined = undefined;
  /** Each claim's name, or null where it names no claimant (claimant.ts fills it once). */
  claimNames: (string | null)[] | undefined = undefined;

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
