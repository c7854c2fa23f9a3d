// Scans of the characters between two offsets, shared by the classifier and the rate finder.

export function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
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
