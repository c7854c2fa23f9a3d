// Does a verbatim quote actually show the figure a claim says it shows?
// Used by the dataset test and the curation script, so a claim can never ship
// with a quote that lacks its number. Pure string code, no DOM.
//
// The check is deliberately lenient about how a number is written (quotes come
// in many languages and styles: "415,000", "415 000", "45.123", "417 тысяч",
// "1,2 millió", "half a million", CSV cells) and strict about the value: every
// end of the claimed range must appear in the quote.

export interface FigureValue {
  low: number;
  high: number;
}

interface NumberToken {
  start: number;
  end: number;
  /** Every value a reader could take this token to mean. */
  values: number[];
  /** Multiplier of the scale word written after the digits, if any. */
  scale: number | null;
}

// A thousands group separator: comma, dot, space, NBSP, narrow NBSP, thin space.
const GROUP_SEP = '[,.\\u0020\\u00A0\\u202F\\u2009]';
const NUMBER_RE = new RegExp(
  `(?<![\\p{N}])(?:(\\d{1,3}(${GROUP_SEP})\\d{3}(?:\\2\\d{3})*)(?!\\d)|(\\d+(?:[.,]\\d+)?))`,
  'gu',
);

// Scale words written after digits, longest first so "million" wins over "mil".
const SCALE_WORDS: Array<[RegExp, number]> = [
  [/^(?:millions?|millió|millioner|milion\p{L}*|milh(?:ão|ões)|mill(?:ón|ones)|миллион\p{L}*|мільйон\p{L}*|мілён\p{L}*|млн\.?|mln\.?)/u, 1e6],
  [/^(?:thousands?|tausend|тысяч\p{L}*|тисяч\p{L}*|тыс\.?|тис\.?|tysi\p{L}*|tys\.?|tisíc\p{L}*|tis\.?|ezer|mil|bin|ألف|آلاف|వేల)/u, 1e3],
  [/^m(?![\p{L}])/u, 1e6],
  [/^k(?![\p{L}])/iu, 1e3],
];

function parseScale(rest: string): { scale: number; length: number } | null {
  const lead = /^[\u0020\u00A0\u202F\u2009-]{0,2}/u.exec(rest)?.[0] ?? '';
  const tail = rest.slice(lead.length);
  for (const [re, scale] of SCALE_WORDS) {
    const m = re.exec(tail);
    if (!m) continue;
    const after = tail.slice(m[0].length);
    // "k" in "killed" or "mil" in "military" is not a scale word.
    if (!m[0].endsWith('.') && /^[\p{L}\p{N}]/u.test(after)) continue;
    return { scale, length: lead.length + m[0].length };
  }
  return null;
}

function digitTokens(quote: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of quote.matchAll(NUMBER_RE)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const values: number[] = [];
    let base: number[];
    if (m[1] !== undefined) {
      const sep = m[2] ?? '';
      const grouped = Number(m[1].split(sep).join(''));
      base = [grouped];
    } else {
      base = [Number((m[3] ?? '').replace(',', '.'))];
    }
    const scaled = parseScale(quote.slice(end));
    // Without a scale word, "2022,172" is more likely two CSV cells than a decimal.
    const parts = m[3]?.split(/[.,]/) ?? [];
    if (!scaled && parts.length === 2) base.push(Number(parts[0]), Number(parts[1]));
    let scale: number | null = null;
    if (scaled) {
      scale = scaled.scale;
      end += scaled.length;
      for (const b of base) values.push(b * scaled.scale);
      // Turkish "18 bin 600" = 18,600.
      const compound = /^\s+(\d{1,3})(?![\d])/u.exec(quote.slice(end));
      if (compound && !parseScale(quote.slice(end + compound[0].length))) {
        for (const b of base) values.push(b * scaled.scale + Number(compound[1]));
      }
    } else {
      values.push(...base);
    }
    tokens.push({ start, end, values, scale });
  }
  return tokens;
}

// A number without a scale word takes the scale of the next one when the two
// form a range: "160-165 тысяч", "od 200 do 250 tys.".
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|or|до|і|и|й|do|a|bis|ja|e|y|ve)\s*$/iu;

function propagateRangeScale(quote: string, tokens: NumberToken[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.scale !== null || b.scale === null) continue;
    if (!RANGE_JOIN.test(quote.slice(a.end, b.start))) continue;
    a.values.push(...a.values.map((v) => v * b.scale!));
  }
}

// Ratios such as "1:1" or "1:25" stand for their quotient.
function ratioValues(quote: string): number[] {
  const out: number[] = [];
  for (const m of quote.matchAll(/(?<![\d:])(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)(?![\d:])/gu)) {
    const b = Number(m[2]);
    if (b > 0) out.push(Number(m[1]) / b);
  }
  return out;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

// English numbers in words: "three hundred thousand", "one million",
// "twenty-five", "half a million", "a million".
function englishWordValues(quote: string): number[] {
  const out: number[] = [];
  const words = quote.toLowerCase().match(/[a-z]+/g) ?? [];
  let total = 0;
  let current = 0;
  let inNumber = false;
  const flush = (): void => {
    if (inNumber) out.push(total + current);
    total = 0;
    current = 0;
    inNumber = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'half' && next === 'a' && (words[i + 2] === 'million' || words[i + 2] === 'thousand')) {
      flush();
      out.push(SCALES[words[i + 2]!]! / 2);
      i += 2;
      continue;
    }
    if (w in UNITS) {
      inNumber = true;
      current += UNITS[w]!;
    } else if (w in TENS) {
      inNumber = true;
      current += TENS[w]!;
    } else if (w === 'a' && next !== undefined && next in SCALES && !inNumber) {
      inNumber = true;
      current = 1;
    } else if (w in SCALES && inNumber) {
      const s = SCALES[w]!;
      if (s === 100) current *= 100;
      else {
        total += current * s;
        current = 0;
      }
    } else if (w === 'and' && inNumber && next !== undefined && (next in UNITS || next in TENS)) {
      continue;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// Plural magnitude words stand for their smallest reading: "thousands" is at
// least 2,000. The dataset records such vague figures only with that note.
function pluralMagnitudeValues(quote: string): number[] {
  const alone: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6 };
  const times: Record<string, number> = { dozens: 24, tens: 20, hundreds: 200 };
  const unit: Record<string, number> = { thousands: 1e3, millions: 1e6 };
  const out: number[] = [];
  for (const m of quote.toLowerCase().matchAll(/\b(dozens|tens|hundreds|thousands|millions)(?: of (thousands|millions))?\b/g)) {
    const head = m[1]!;
    if (m[2] && head in times) out.push(times[head]! * unit[m[2]]!);
    else if (head in alone) out.push(alone[head]!);
  }
  return out;
}

function portugueseSpanishHalfMillion(quote: string): number[] {
  return /\b(?:meio|medio) (?:milhão|millón)/iu.test(quote) ? [5e5] : [];
}

/** Every numeric value the quote can be read to state. */
export function valuesInQuote(quote: string, language: string): number[] {
  const tokens = digitTokens(quote);
  propagateRangeScale(quote, tokens);
  const values = tokens.flatMap((t) => t.values);
  values.push(...ratioValues(quote));
  const lang = language.toLowerCase();
  if (lang === 'en' || lang.startsWith('en-')) {
    values.push(...englishWordValues(quote), ...pluralMagnitudeValues(quote));
  }
  if (lang === 'pt' || lang === 'es') values.push(...portugueseSpanishHalfMillion(quote));
  return values;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when the quote shows the figure: the single value, or both ends of a
 * range, written in any of the styles above.
 */
export function quoteContainsFigure(quote: string, value: FigureValue, language: string): boolean {
  const values = valuesInQuote(quote, language);
  const has = (v: number): boolean => values.some((x) => same(x, v));
  return has(value.low) && has(value.high);
}
