import type { LangModule } from './lang/types';

// Sentence bounds around a position, found by walking characters outward
// from it (no split of the whole text), so a figure costs only its own
// neighbourhood. A page block is usually a paragraph; a newline always ends a
// sentence.

/** Longest stretch searched on either side of a number. */
const MAX_REACH = 600;

// What each UTF-16 unit may do at a sentence boundary, looked up once per
// character: the walks below pass over every character of a figure's sentence.
const SPACE = 1;
const NEWLINE = 2;
const TERMINAL = 4;
const ROLE = new Uint8Array(0x10000);
/** The characters whose ROLE is TERMINAL or NEWLINE. */
const BOUNDARY = /[.!?\u2026\n\r\u2028\u2029]/g;
for (const c of [32, 9, 0xa0, 0x2009, 0x202f]) ROLE[c] = SPACE;
for (const c of [10, 13, 0x2028, 0x2029]) ROLE[c] = NEWLINE;
for (const c of [46, 33, 63, 0x2026]) ROLE[c] = TERMINAL;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}
/** A sentence may start with a capital, a digit, a quote or a bracket. */
function canStart(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 0xab) return true;
  return c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c);
}

/** Whether the full stop at `dot` ends an abbreviation ("Mr.", "U.S.", a single initial). */
function isAbbreviation(text: string, dot: number, lang: LangModule): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let i = dot - 1;
  while (i >= 0 && dot - i <= 6) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break;
    i--;
  }
  const len = dot - i - 1;
  if (len === 1) return true;
  // Compared in place: slicing and lower-casing the word before every full stop showed in profiles.
  for (const a of abbreviationsOfLength(lang, len)) {
    let k = 0;
    // Letters and "." only: setting bit 5 lower-cases a letter and leaves "." as it is.
    while (k < len && (text.charCodeAt(i + 1 + k) | 0x20) === a.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

const byLength = new WeakMap<LangModule, string[][]>();
function abbreviationsOfLength(lang: LangModule, len: number): string[] {
  let t = byLength.get(lang);
  if (!t) {
    t = [];
    for (const a of lang.abbreviations) (t[a.length] ??= []).push(a);
    byLength.set(lang, t);
  }
  return t[len] ?? [];
}

/** Whether a sentence ends at the terminal character at `i` (followed by space and a sentence start). */
function endsAt(text: string, i: number, lang: LangModule): number {
  let j = i + 1;
  while (j < text.length && isClosing(text.charCodeAt(j))) j++;
  if (j >= text.length) return j;
  const c = text.charCodeAt(j);
  if (isNewline(c)) return j;
  if (!isSpace(c)) return -1;
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || isNewline(text.charCodeAt(k))) return j;
  if (!canStart(text.charCodeAt(k))) return -1;
  if (isAbbreviation(text, i, lang)) return -1;
  return j;
}

export interface Bounds {
  start: number;
  end: number;
}

/** The sentence containing `at`: [start, end) with surrounding space trimmed. */
export function sentenceAround(text: string, at: number, lang: LangModule): Bounds {
  let start = Math.max(0, at - MAX_REACH);
  for (let i = at - 1; i >= start; i--) {
    const role = ROLE[text.charCodeAt(i)]!;
    if (role === 0) continue;
    if (role === NEWLINE) {
      start = i + 1;
      break;
    }
    if (role === SPACE && i > 0) {
      let t = i - 1;
      while (t > 0 && isClosing(text.charCodeAt(t))) t--;
      if (isTerminal(text.charCodeAt(t)) && endsAt(text, t, lang) === i) {
        start = i + 1;
        break;
      }
    }
  }
  let end = Math.min(text.length, at + MAX_REACH);
  // Forward, the regex engine finds the next stop or line break faster than a loop over every character.
  BOUNDARY.lastIndex = at;
  while (BOUNDARY.test(text)) {
    const i = BOUNDARY.lastIndex - 1;
    if (i >= end) break;
    if (ROLE[text.charCodeAt(i)] === NEWLINE) {
      end = i;
      break;
    }
    const e = endsAt(text, i, lang);
    if (e >= 0) {
      end = e;
      break;
    }
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { start, end };
}

/**
 * Short sentences right after `end` that finish a thought ("A week. Not
 * wounded, dead."). Looks no further than `maxLength` characters per sentence.
 */
export function clarificationAfter(text: string, end: number, lang: LangModule, maxLength = 40, maxCount = 2): Bounds | null {
  let pos = end;
  let last = -1;
  for (let count = 0; count < maxCount; count++) {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= text.length || isNewline(text.charCodeAt(pos))) break;
    const limit = Math.min(text.length, pos + maxLength);
    let found = -1;
    for (let i = pos; i < limit; i++) {
      const c = text.charCodeAt(i);
      // "They sent 11,000 soldiers. 300 of them were killed.": a sentence with a number of its own clarifies nothing.
      if (isNewline(c) || (c >= 48 && c <= 57)) break;
      if (isTerminal(c)) {
        const e = endsAt(text, i, lang);
        if (e >= 0) {
          found = e;
          break;
        }
      }
    }
    if (found < 0) break;
    last = found;
    pos = found;
  }
  return last > end ? { start: end, end: last } : null;
}
