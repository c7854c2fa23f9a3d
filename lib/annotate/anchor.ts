import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from './model';

// Finds an annotation's quote again in a page's (possibly edited) text, after
// the approach of Hypothesis's match-quote: collect candidate spans, score each
// by how well the quote and the text either side of it match, keep the best.
// Figures are short ("30,000"), so two things are added to that approach:
//  - approx-string-match reports only the globally best matches, so a "31,000"
//    elsewhere on the page would hide the edited figure at the original place;
//    candidates are therefore also searched locally, near where the prefix and
//    suffix are found and near the position hint;
//  - when the prefix and suffix both still match, the text between them is a
//    candidate even if the number changed beyond recognition ("30,000" became
//    "45,500"): the sentence is the same, so that is where the note belongs.
// A fuzzy candidate needs support from its context, so a figure whose
// paragraph was removed does not land on some other number.

export interface AnchorSpan {
  start: number;
  end: number;
}

type Quote = Pick<TextQuoteSelector, 'exact'> & Partial<Pick<TextQuoteSelector, 'prefix' | 'suffix'>>;

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
/** Only a tie-breaker: the same quote with the same context twice is decided by position. */
const POSITION_WEIGHT = 2;
const MAX_EXACT = 500;
const MAX_CONTEXT_HITS = 50;
/** How many characters of the prefix/suffix next to the quote are looked up verbatim. */
const NEAR_CONTEXT = 12;

interface Scored extends AnchorSpan {
  score: number;
  quoteSim: number;
  prefixSim: number;
  suffixSim: number;
}

export function anchorQuote(
  text: string,
  quote: Quote,
  position?: { start: number } | number,
): AnchorSpan | null {
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return null;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const hint = typeof position === 'number' ? position : position?.start;

  const candidates = new Map<string, AnchorSpan>();
  const add = (start: number, end: number) => {
    if (start >= 0 && end <= text.length && start < end) candidates.set(`${start}:${end}`, { start, end });
  };

  const exactHits = allIndexes(text, exact, MAX_EXACT);
  for (const i of exactHits) add(i, i + exact.length);

  const maxErrors = Math.max(1, Math.min(256, Math.floor(exact.length / 2)));
  const span = exact.length * 2 + 16;
  if (exactHits.length === 0) {
    for (const m of approxSearch(text, exact, maxErrors)) add(m.start, m.end);
  }

  // Where the context is found, look for the quote right beside it.
  const prefixEnds = contextHits(text, prefix, 'prefix');
  const suffixStarts = contextHits(text, suffix, 'suffix');
  const localSearch = (from: number, to: number) => {
    const lo = Math.max(0, from);
    const window = text.slice(lo, Math.min(text.length, to));
    if (window.length === 0) return;
    for (const m of approxSearch(window, exact, maxErrors)) add(lo + m.start, lo + m.end);
  };
  for (const p of prefixEnds) {
    localSearch(p, p + span);
    const s = suffixStarts.find((x) => x > p && x - p <= span);
    if (s !== undefined) {
      const trimmed = trimToQuoteShape(text, p, s, exact);
      if (trimmed) add(trimmed.start, trimmed.end);
    }
  }
  for (const s of suffixStarts) localSearch(s - span, s);
  if (hint !== undefined && Number.isFinite(hint)) localSearch(hint - span, hint + span);

  let best: Scored | null = null;
  for (const c of candidates.values()) {
    const scored = score(text, c, exact, prefix, suffix, hint);
    if (!acceptable(scored, prefix, suffix)) continue;
    if (!best || scored.score > best.score) best = scored;
  }
  return best ? { start: best.start, end: best.end } : null;
}

function score(text: string, c: AnchorSpan, exact: string, prefix: string, suffix: string, hint?: number): Scored {
  const found = text.slice(c.start, c.end);
  const quoteSim = 1 - editDistance(found, exact) / Math.max(found.length, exact.length);
  const prefixSim = prefix ? contextSimilarity(prefix, text.slice(Math.max(0, c.start - prefix.length - 8), c.start), 'end') : 1;
  const suffixSim = suffix ? contextSimilarity(suffix, text.slice(c.end, c.end + suffix.length + 8), 'start') : 1;
  const posSim = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
  const raw = QUOTE_WEIGHT * quoteSim + CONTEXT_WEIGHT * (prefixSim + suffixSim) + POSITION_WEIGHT * posSim;
  return { ...c, quoteSim, prefixSim, suffixSim, score: raw / (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT) };
}

function acceptable(s: Scored, prefix: string, suffix: string): boolean {
  if (s.quoteSim === 1) return true;
  const hasContext = prefix.length > 0 || suffix.length > 0;
  if (!hasContext) return s.quoteSim >= 0.8;
  // Same sentence on both sides: the figure there was revised.
  const bothContexts = prefix.length > 0 && suffix.length > 0;
  if (bothContexts && s.prefixSim >= 0.75 && s.suffixSim >= 0.75) return true;
  const bestContext = Math.max(prefix ? s.prefixSim : 0, suffix ? s.suffixSim : 0);
  return s.quoteSim >= 0.5 && bestContext >= 0.6;
}

/**
 * Offsets where the prefix ends (or the suffix starts) in the text: the whole
 * context found approximately, plus the few characters next to the quote found
 * verbatim, since edits far from the figure leave those intact.
 */
function contextHits(text: string, context: string, side: 'prefix' | 'suffix'): number[] {
  if (context.trim().length < 4) return [];
  const hits = new Set<number>();
  for (const m of approxSearch(text, context, Math.floor(context.length / 4))) {
    hits.add(side === 'prefix' ? m.end : m.start);
  }
  const near = side === 'prefix' ? context.slice(-NEAR_CONTEXT) : context.slice(0, NEAR_CONTEXT);
  if (near.trim().length >= 4) {
    for (const i of allIndexes(text, near, MAX_CONTEXT_HITS)) hits.add(side === 'prefix' ? i + near.length : i);
  }
  return [...hits].sort((a, b) => a - b).slice(0, MAX_CONTEXT_HITS);
}

/** The text between prefix and suffix, without whitespace the original quote did not have at its edges. */
function trimToQuoteShape(text: string, start: number, end: number, exact: string): AnchorSpan | null {
  let s = start;
  let e = end;
  if (!/^\s/.test(exact)) while (s < e && /\s/.test(text[s]!)) s++;
  if (!/\s$/.test(exact)) while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function allIndexes(text: string, needle: string, cap: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && out.length < cap; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * How well `expected` matches the text next to a candidate, 0..1. The
 * alignment is pinned at the candidate's edge ('end' for a prefix, 'start'
 * for a suffix) and free at the far end, so words inserted or dropped further
 * out cost only what they change.
 */
export function contextSimilarity(expected: string, window: string, pinned: 'start' | 'end'): number {
  if (expected.length === 0) return 1;
  const a = pinned === 'end' ? [...expected].reverse().join('') : expected;
  const b = pinned === 'end' ? [...window].reverse().join('') : window;
  // Rows over `a`, columns over `b`; the answer is the best cell in the last row.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return Math.max(0, 1 - Math.min(...prev) / a.length);
}
