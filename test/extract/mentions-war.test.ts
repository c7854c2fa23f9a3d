import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, mayContainFigures, mentionsWar } from '../../lib/extract';
import { getLang } from '../../lib/extract/lang';
import { SHARED } from './gold-score';

// The content script reads a page only when its text passes both cheap tests:
// numbers with personnel words, and some word that says the page is about this
// war (a nation, a leader, a place). A weather or traffic story with casualty
// words, or another war's story, gets no highlights.

const LEAD = 8_000;

describe('mentionsWar', () => {
  const seeds = join(SHARED, 'seeds');
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('the opening of seed article %s is about the war', (f) => {
    const lead = readFileSync(join(seeds, f), 'utf8').slice(0, LEAD);
    expect(mayContainFigures(lead) && mentionsWar(lead)).toBe(true);
  });

  it.each([
    'Flooding killed 1,200 people in the province last month, and 3,000 were injured.',
    'Road accidents killed 1.19 million people worldwide in 2021, the agency said.',
    'Heat waves killed an estimated 61,000 people in Europe in 2022.',
    // Another war's soldiers: round 35a found Gaza and Myanmar pages highlighted.
    'The army said 330 soldiers had been killed since the ground operation began, in the deadliest war for its troops in decades.',
    'The junta aims to conscript up to 50,000 soldiers a year to replenish its armed forces.',
  ])('a story that is not about this war is not read, though the extractor alone would find figures in it: %s', (text) => {
    expect(extractFigures(text, { published: '2025-06-15' }).length).toBeGreaterThan(0);
    expect(mentionsWar(text)).toBe(false);
  });
});

describe('mayContainFigures', () => {
  // It must never hide a figure: every personnel word or phrase of the language, beside a number, passes it (the
  // phrases that hold a shorter listed word are left out of its regex, so this pins that they still pass).
  const NOT_PERSONNEL = new Set(['civilian', 'population', 'negation', 'need', 'equipment', 'both', 'enemy']);
  const phrases = [...getLang('en').cues].filter(([, cue]) => !NOT_PERSONNEL.has(cue)).map(([phrase]) => phrase);

  it('passes every personnel word and phrase of the language beside a number', () => {
    expect(phrases.length).toBeGreaterThan(300);
    const missed = phrases.filter((p) => !mayContainFigures(`Officials said 5,000 ${p} last month.`));
    expect(missed).toEqual([]);
  });
});

