import type { Rate } from '../../lib/extract/types';

// Reads a rate out of what someone types: "killed per week" means claims
// stated per week that match "killed". The claims' text rarely says "per
// week" in those words ("a week", "weekly", "every week"), so the phrase
// becomes a rate condition instead of words to find.

const UNITS: [RegExp, Rate][] = [
  [/day|daily/, 'per_day'],
  [/week|weekly/, 'per_week'],
  [/month|monthly/, 'per_month'],
  [/year|yearly|annual|annually/, 'per_year'],
];

const PHRASE =
  /(?:^|\s)(?:(?:per|a|an|each|every)\s+(day|week|month|year)|(daily|weekly|monthly|yearly|annually)|\/\s*(day|week|month|year))(?=\s|$)/i;

export interface ParsedQuery {
  /** The words left to search for. */
  text: string;
  rate?: Rate;
}

export function parseQuery(input: string): ParsedQuery {
  const m = PHRASE.exec(input);
  if (!m) return { text: input.trim() };
  const unit = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const rate = UNITS.find(([re]) => re.test(unit))?.[1];
  if (!rate) return { text: input.trim() };
  const text = `${input.slice(0, m.index)} ${input.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return { text, rate };
}
