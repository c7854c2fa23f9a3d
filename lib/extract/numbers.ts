import type { LangModule } from './lang/types';
import { isLetter } from './words';
import { digitsEnd, isGroupSpace } from './digit-groups';
import type { Qualifier } from './types';

// Reads one number (or range of numbers) at a position: digits with any
// thousands separator, decimals with scale words, spelled-out numbers, vague
// magnitudes, ranges and ratios. All regexes are sticky and built once.

export type NumberKind = 'digits' | 'words' | 'vague' | 'ratio' | 'date';

export interface NumberToken {
  start: number;
  end: number;
  low: number;
  high: number;
  kind: NumberKind;
  /** Four plain digits that could be a year ("2022", not "2,022" nor "2022 million"). */
  yearLike: boolean;
  /** A qualifier inside a range ("six to as many as 25"), or "at least" for vague magnitudes. */
  innerQualifier: Qualifier | null;
  /** A single number is an integer without scale: dates and list labels need that. */
  plainInt: boolean;
  isRange: boolean;
  /** "10 times higher than": how many times one count is another's (set by the caller, not the reader). */
  times?: boolean;
}

// "2024-02-24", "24.02.2024", "24/02/24": dates; "3:1": a ratio.
const DATE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)/y;
// "1:1.7–2": a ratio whose second term is a range.
const RATIO = /(\d{1,3}(?:\.\d+)?):(\d{1,3}(?:\.\d+)?)(?:[–-](\d{1,3}(?:\.\d+)?))?(?![\d:])/y;

/** Avoids 1.1 * 1e6 = 1100000.0000000002. */
function scaleValue(v: number, scale: number): number {
  const x = v * scale;
  return Number.isInteger(v) && Number.isInteger(scale) ? x : Number(x.toPrecision(12));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Single {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  scaled: boolean;
  scale: number;
  yearLike: boolean;
  plainInt: boolean;
  vague: boolean;
}

function readDigits(text: string, at: number, lang: LangModule): Single | null {
  const { end: rawEnd, dotGroups, decimalComma } = digitsEnd(text, at);
  // "1.500" (thousands in dots) is 1500; any other trailing ".5" is a decimal.
  let value = 0;
  let digitCount = 0;
  let decimalAt = decimalComma;
  if (!dotGroups && decimalAt < 0) {
    for (let i = rawEnd - 1; i > at; i--) {
      const c = text.charCodeAt(i);
      if (c === 46) {
        decimalAt = i;
        break;
      }
      if (!isDigitCode(c)) break;
    }
  }
  let allDigits = true;
  for (let i = at; i < rawEnd; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      digitCount++;
      if (decimalAt < 0 || i < decimalAt) value = value * 10 + (c - 48);
    } else allDigits = false;
  }
  if (decimalAt >= 0 || digitCount > 15) {
    // Decimals and very long numbers: let the platform round them exactly as it parses.
    let digits = '';
    for (let i = at; i < rawEnd; i++) {
      const c = text.charCodeAt(i);
      if (isDigitCode(c)) digits += text[i];
      else if (i === decimalAt) digits += '.';
    }
    value = Number(digits);
  }
  let end = rawEnd;
  let scaled = false;
  let scale = 1;
  const next = text.charCodeAt(end);
  // A scale word starts with a letter right after the digits or after a hyphen or one or two spaces ("5  million").
  let first = next === 45 || isGroupSpace(next) ? text.charCodeAt(end + 1) : next;
  if (isGroupSpace(next) && isGroupSpace(first)) first = text.charCodeAt(end + 2);
  if (isLetterCode(first)) {
    const s = exec(lang.scaleAfterDigits, text, end);
    if (s) {
      const word = (s[1] ?? s[2] ?? '').toLowerCase();
      const f = lang.scaleWords.get(word);
      if (f) {
        scale = f;
        value = scaleValue(value, f);
        end += s[0].length;
        scaled = true;
      }
    }
  }
  const len = rawEnd - at;
  const yearLike = !scaled && allDigits && len === 4 && value >= 1900 && value <= 2100;
  return { start: at, end, value, kind: 'digits', scaled, scale, yearLike, plainInt: !scaled && allDigits, vague: false };
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function readWords(text: string, at: number, lang: LangModule): Single | null {
  const v = exec(lang.vague, text, at);
  if (v) {
    const unit = lang.vagueUnits.get(v[1]!.toLowerCase()) ?? 0;
    const of = v[2] ? (lang.vagueUnits.get(v[2].toLowerCase()) ?? 1) : 1;
    // "tens" alone is not a magnitude; "tens of thousands" is.
    if (unit === 10 && !v[2]) return null;
    // Vague plurals read as the least they can mean: two of the unit.
    return { start: at, end: at + v[0].length, value: 2 * unit * of, kind: 'vague', scaled: true, scale: of, yearLike: false, plainInt: false, vague: true };
  }
  const f = exec(lang.fraction, text, at);
  if (f) {
    const parts = f[1] ? (lang.unitWords.get(f[1].toLowerCase()) ?? 1) : 1;
    const frac = (lang.fractionWords.get(f[2]!.toLowerCase()) ?? 0) * parts;
    const scale = lang.wordScales.get(f[3]!.toLowerCase()) ?? 1;
    return { start: at, end: at + f[0].length, value: Math.round(scaleValue(frac, scale)), kind: 'words', scaled: true, scale, yearLike: false, plainInt: false, vague: false };
  }
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = 1;
  let end = at;
  let pos = at;
  for (;;) {
    const m = exec(lang.word, text, pos);
    if (!m) break;
    const parts = m[0].split('-');
    let offset = pos;
    let took = 0;
    for (const part of parts) {
      const k = part.toLowerCase();
      const unit = lang.unitWords.get(k);
      const scale = lang.wordScales.get(k);
      if (unit !== undefined) {
        current += unit;
      } else if (scale !== undefined) {
        if (!seen && current === 0) break; // a bare "million" needs its article; see readNumber
        if (scale === 100 || scale === 12) current = (current || 1) * scale;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
        lastScale = scale;
      } else break;
      seen = true;
      took++;
      offset += part.length + 1;
      end = offset - 1;
    }
    if (took < parts.length) break;
    const half = exec(lang.halfAfter, text, end);
    if (half) {
      current += 0.5;
      end += half[0].length;
    }
    const j = exec(lang.wordJoin, text, end);
    if (!j) break;
    pos = end + j[0].length;
  }
  if (!seen) return null;
  // Korean wire copy spells the thousands and gives the rest in digits: "four-thousand-100 troops".
  if (current === 0 && lastScale >= 1000 && text.charCodeAt(end) === 45) {
    const rest = /^\d{1,3}(?![\d,.])/.exec(text.slice(end + 1, end + 5));
    if (rest && +rest[0] < lastScale) {
      current = +rest[0];
      end += 1 + rest[0].length;
    }
  }
  const value = scaleValue(total + current, 1);
  return { start: at, end, value, kind: 'words', scaled: lastScale > 1, scale: lastScale, yearLike: false, plainInt: false, vague: false };
}

/** A bare scale word ("million", "dozen") read with the article or determiner before it. */
function readScaleWithArticle(text: string, at: number, lang: LangModule): Single | null {
  const m = exec(lang.word, text, at);
  if (!m) return null;
  const scale = lang.wordScales.get(m[0].toLowerCase());
  const isFraction = lang.fractionWords.has(m[0].toLowerCase());
  if (scale === undefined && !isFraction) return null;
  const a = exec(lang.articleBefore, text, at);
  if (!a) return null;
  const det = a[1]!.toLowerCase().replace(/\s+/g, ' ');
  const n = lang.determinerValue.get(det) ?? 1;
  const start = a.indices?.[1]?.[0] ?? at;
  if (isFraction) {
    const f = readWords(text, at, lang);
    if (!f) return null;
    return { ...f, start };
  }
  // "a hundred thousand dead and wounded": a larger scale word after the first multiplies it.
  let end = at + m[0].length;
  let value = n * scale!;
  let last = scale!;
  if (scale === 100 && text.charCodeAt(end) === 32) {
    const next = exec(lang.word, text, end + 1);
    const big = next ? lang.wordScales.get(next[0].toLowerCase()) : undefined;
    if (big !== undefined && big >= 1000) (value *= big), (last = big), (end += 1 + next![0].length);
  }
  return {
    start, end, value, kind: n === 1 ? 'words' : 'vague', scaled: true, scale: last,
    yearLike: false, plainInt: false, vague: n !== 1,
  };
}

/** Whether the word at `at` is a fraction word ("half", "quarter"): read in place, with no slice or split per word. */
function startsWithFraction(text: string, at: number, lang: LangModule): boolean {
  let end = at;
  for (let c = text.charCodeAt(end); ((c | 32) >= 97 && (c | 32) <= 122) && end - at <= 8; c = text.charCodeAt(++end));
  if (end - at > 8) return false;
  return lang.fractionWords.has(text.slice(at, end).toLowerCase());
}

function readSingle(text: string, at: number, lang: LangModule): Single | null {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return readDigits(text, at, lang);
  const w = readWords(text, at, lang);
  if (w && w.kind === 'words' && startsWithFraction(text, at, lang)) {
    return readScaleWithArticle(text, at, lang) ?? w;
  }
  return w ?? readScaleWithArticle(text, at, lang);
}

/** Reads the number that starts at `at`, joining a range; null if there is none. */
export function readNumber(text: string, at: number, lang: LangModule): NumberToken | null {
  const c = text.charCodeAt(at);
  const isDigit = c >= 48 && c <= 57;
  if (isDigit) {
    // Dates and ratios need a "-", ".", "/" or ":" right after the first run of digits; most numbers have none.
    let i = at + 1;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    const after = text.charCodeAt(i);
    if ((after === 45 || after === 46 || after === 47) && isDigitCode(text.charCodeAt(i + 1))) {
      const d = exec(DATE, text, at);
      if (d) return token(at, at + d[0].length, 0, 0, 'date');
    }
    // "2.5:1": a ratio whose first term has a decimal part.
    let j = i;
    if (after === 46 && isDigitCode(text.charCodeAt(i + 1))) for (j = i + 1; isDigitCode(text.charCodeAt(j)); ) j++;
    if (text.charCodeAt(j) === 58 && isDigitCode(text.charCodeAt(j + 1))) {
      const r = exec(RATIO, text, at);
      if (r) {
        const v = Number(r[1]) / Number(r[2]);
        const w = r[3] === undefined ? v : Number(r[1]) / Number(r[3]);
        if (Number.isFinite(v) && Number.isFinite(w)) return token(at, at + r[0].length, Math.min(v, w), Math.max(v, w), 'ratio');
      }
    }
  }
  let first = readSingle(text, at, lang);
  if (!first) return null;
  // "1 million 320 thousand": one number, written the way Ukrainian and Russian sources translate.
  if (first.kind === 'digits' && first.scale >= 1e6) {
    const k = exec(lang.thousandsAfterMillion, text, first.end);
    if (k) first = { ...first, end: first.end + k[0].length, value: first.value + Number(k[1]) * 1000 };
  }
  // "4 thousand 396 individuals": the units after the thousands, written the same way.
  if (first.kind === 'digits' && first.scale === 1000 && Number.isInteger(first.value) && text.charCodeAt(first.end) === 32) {
    const u = exec(lang.unitsAfterThousand, text, first.end);
    if (u) first = { ...first, end: first.end + u[0].length, value: first.value + Number(u[1]) };
  }
  const tok = token(first.start, first.end, first.value, first.value, first.kind);
  tok.yearLike = first.yearLike;
  tok.plainInt = first.plainInt;
  if (first.vague) {
    tok.innerQualifier = 'at least';
    return tok;
  }

  const between = exec(lang.betweenBefore, text, first.start);
  const join = (between ? exec(lang.betweenAnd, text, first.end) : null) ?? exec(lang.rangeJoin, text, first.end);
  if (!join) return tok;
  const q = join[1] ? lang.qualifiers.get(join[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
  // "grew from 261,000 to more than 800,000" is a change between two counts; "grown from around six to as many as
  // 25" keeps its range, its upper end marked as the most.
  if (q !== 'as many as' && q !== 'up to') {
    lang.changeBefore.lastIndex = first.start;
    // "rose from 150-200 to around 600": a dashed range that a "to" follows is the change's first end.
    if (lang.changeBefore.test(text) && (hasLetter(join[0]) || !rangeThenTo(text, first.end + join[0].length, lang))) return sharedScale(tok, text, first.end + join[0].length, lang);
    // Only a join in words ("to"), not a dash: "increasing their troops by 8-9 thousand" is a range.
    if (hasLetter(join[0])) {
      lang.changeByBefore.lastIndex = first.start;
      if (lang.changeByBefore.test(text)) return tok;
    }
    // "has more than tripled since 2022, from 261,000 to more than 800,000": a new level, said with "more than".
    if (q === 'more than') {
      lang.fromRightBefore.lastIndex = first.start;
      if (lang.fromRightBefore.test(text)) return tok;
    }
  }
  const secondAt = first.end + join[0].length;
  const second = readSingle(text, secondAt, lang);
  if (!second || second.vague || second.start !== secondAt) return tok;
  if (first.yearLike || second.yearLike) return tok;
  // "since February 24 to 108,920": a day of a month, then a count.
  if (first.plainInt && first.value <= 31 && second.value > 31) {
    lang.monthBefore.lastIndex = first.start;
    if (lang.monthBefore.test(text)) return tok;
  }
  let low = first.value;
  // "7-8 thousand", "between 1.2 and 1.5 million": the scale belongs to both ends.
  if (second.scaled && !first.scaled && scaleValue(low, second.scale) <= second.value) low = scaleValue(low, second.scale);
  // "70 or 80,000", "20 to 30,000": the thousands belong to both ends when the first end is a close count of them.
  else if (first.plainInt && !second.scaled && low < 1000 && second.value % 1000 === 0) {
    const k = second.value / 1000;
    if (k < 1000 && low < k && k - low <= low) low *= 1000;
  }
  if (low > second.value) return tok;
  const start = between ? (between.indices?.[1]?.[0] ?? first.start) : first.start;
  const range = token(start, second.end, low, second.value, first.kind === 'digits' || second.kind === 'digits' ? 'digits' : 'words');
  range.innerQualifier = q ?? null;
  range.isRange = true;
  return range;
}

function token(start: number, end: number, low: number, high: number, kind: NumberKind): NumberToken {
  return { start, end, low, high, kind, yearLike: false, innerQualifier: null, plainInt: false, isRange: false };
}

/** Where a candidate match ending at `end` started: a single digit, or a number word. */
export function matchStart(text: string, end: number): number {
  let i = end - 1;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return i;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/** How far apart the two levels of a change may be for the second's scale word to be the first's too. */
const SHARED_SCALE_SPREAD = 10;

/**
 * "increase ... from 1.9 to 2.04 million": the first level of a change takes the second's scale word when that puts
 * the two levels near each other.
 */
function sharedScale(tok: NumberToken, text: string, secondAt: number, lang: LangModule): NumberToken {
  const second = readSingle(text, secondAt, lang);
  if (!second || !second.scaled || tok.kind !== 'digits' || tok.high >= 1000) return tok;
  const scaled = scaleValue(tok.low, second.scale);
  if (scaled * SHARED_SCALE_SPREAD < second.value || scaled > second.value * SHARED_SCALE_SPREAD) return tok;
  tok.low = scaled;
  tok.high = scaled;
  return tok;
}

/** Whether a number at `at` is followed by the "to" of a from-to ("from 150-200 to 600"). */
function rangeThenTo(text: string, at: number, lang: LangModule): boolean {
  const second = readSingle(text, at, lang);
  return !!second && second.start === at && exec(lang.changeToAfter, text, second.end) !== null;
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) return true;
  return false;
}
