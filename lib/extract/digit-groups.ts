// Where a run of digits ends: thousands groups in any of the ways news text writes them ("1,000", "1.000", "1 000",
// Indian "1,00,000"), then a decimal part. Read by hand, character by character: it runs at every number in the text.

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Whether text[i, i+3) are digits. */
function threeDigitsAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2));
}

function twoDigitsThenComma(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 44;
}

/**
 * The end of the digits at `at`: thousands groups (`,` always; `.` and
 * spaces only before exactly three digits, so "1.2 million" stays a
 * decimal), then a decimal part. Read by hand rather than by regex: it runs
 * at every number in the text.
 */
export function digitsEnd(text: string, at: number): { end: number; grouped: boolean; dotGroups: boolean; decimalComma: number } {
  let i = at;
  while (isDigitCode(text.charCodeAt(i))) i++;
  // Indian grouping ("1,00,000", "12,50,000"): pairs of digits after the first group, then the last three.
  if (i - at <= 2 && text.charCodeAt(i) === 44 && twoDigitsThenComma(text, i + 1)) {
    let j = i;
    while (text.charCodeAt(j) === 44 && twoDigitsThenComma(text, j + 1)) j += 3;
    if (text.charCodeAt(j) === 44 && threeDigitsAt(text, j + 1) && !isDigitCode(text.charCodeAt(j + 4))) {
      return { end: decimalEnd(text, j + 4), grouped: true, dotGroups: false, decimalComma: -1 };
    }
  }
  let grouped = false;
  let onlyDots = true;
  if (i - at <= 3) {
    for (;;) {
      const c = text.charCodeAt(i);
      if (!threeDigitsAt(text, i + 1)) break;
      const next = text.charCodeAt(i + 4);
      if (c === 44) {
        // "February 27,2022": a day and a year (20xx) with the space left out, not 27,202 and a stray digit.
        if (i - at <= 2 && !grouped && isDigitCode(next) && !isDigitCode(text.charCodeAt(i + 5)) && text.startsWith('20', i + 1)) break;
        onlyDots = false;
      } else if (c === 46) {
        if (isDigitCode(next)) break;
      } else if (isGroupSpace(c)) {
        // "21 922,12 rubles": space groups, then a decimal comma with one or two digits.
        if (next === 44 && isDigitCode(text.charCodeAt(i + 5)) && shortDecimal(text, i + 5)) {
          let k = i + 5;
          while (isDigitCode(text.charCodeAt(k))) k++;
          return { end: k, grouped: true, dotGroups: false, decimalComma: i + 4 };
        }
        if (isDigitCode(next) || ((next === 46 || next === 44) && isDigitCode(text.charCodeAt(i + 5)))) break;
        onlyDots = false;
      } else break;
      grouped = true;
      i += 4;
    }
  }
  const intEnd = i;
  i = decimalEnd(text, i);
  return { end: i, grouped: grouped || i > intEnd, dotGroups: grouped && onlyDots && i === intEnd, decimalComma: -1 };
}

/**
 * The end of a decimal part at `at`, if there is one ("49,324.60"): not in a dotted run like "1.2.3", but before a
 * sentence's full stop ("approximately $49,324.60.").
 */
function decimalEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 46 || !isDigitCode(text.charCodeAt(at + 1))) return at;
  let j = at + 1;
  while (isDigitCode(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 46 && isDigitCode(text.charCodeAt(j + 1)) ? at : j;
}

/** One or two digits at `i` and no more: a decimal part, not a thousands group. */
function shortDecimal(text: string, i: number): boolean {
  return !isDigitCode(text.charCodeAt(i + 1)) || !isDigitCode(text.charCodeAt(i + 2));
}
