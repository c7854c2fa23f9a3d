// Scans of the characters between two offsets, shared by the classifier, the rate finder and the figure reader.

import { isSpaceCode } from './words';

export function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether a comma or a dash ("during October- a daily average of 1,354") stands between two offsets. */
export function asideBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 8211 || c === 8212 || (c === 45 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}

export function commaBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** Whether a number that is not a year ("in 2025") stands between two offsets. */
export function countAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    let j = i;
    while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const year = j - i === 4 && (text.startsWith('19', i) || text.startsWith('20', i)) && text.charCodeAt(j) !== 44;
    if (!year) return true;
    i = j;
  }
  return false;
}

export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Whether a new paragraph starts between two offsets, one that does not
 * continue a quotation: a claimant is carried from one paragraph into the
 * next only when the next opens with a quotation mark.
 */
export function newParagraphBetween(text: string, from: number, to: number): boolean {
  // Searched by hand between the two: lastIndexOf would walk back through the whole paragraph.
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) !== 10) i--;
  if (i < from) return false;
  let j = i + 1;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const c = text.charCodeAt(j);
  return !(c === 0x201c || c === 34 || c === 0xab);
}

/** Whether a sentence or a line ends between two offsets. */
export function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/** Whether one of `words` ends right at `at` ("to " before a number). */
export function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * Whether a whole sentence stands between `from` (in one sentence) and `to` (the start of a later one): a sentence end,
 * words, and another end. An end is a line break, or ".", "!" or "?" before a space ("U.S." and "1.5" are none).
 */
export function sentenceBetween(text: string, from: number, to: number): boolean {
  let ends = 0;
  let words = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const end = c === 10 || ((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(i + 1)));
    if (end) {
      if (ends === 0 || words) ends++;
      if (ends >= 2) return true;
      words = false;
    } else if (!isSpaceCode(c) && c !== 10) {
      words = true;
    }
  }
  return false;
}

/** How far before a list item the item before it may end ("6,662 Russian troops have been killed, 10,446"). */
const LIST_ITEM_REACH = 40;

/** Whether the number at `start` follows another number's item after a comma: a middle item of a list. */
export function listItem(text: string, sentenceStart: number, start: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, start - LIST_ITEM_REACH), start);
  return /,\s+$/.test(lead) && /\d/.test(lead);
}
