import { describe, expect, it } from 'vitest';
import { normalisedFigure, statedFigure } from '../../components/popup/format';
import { withSite } from '../../components/popup/SiteSwitch';

describe('result lines', () => {
  it('states Rubio’s figure as said and restates it per day and per month', () => {
    const rubio = { value: { low: 7000, high: 8000 }, qualifier: 'exact', metric: 'killed', rate: 'per_week', period: null } as const;
    expect(statedFigure(rubio)).toBe('7,000–8,000 killed a week');
    // 7,000/7 = 1,000 and 8,000/7 = 1,142.9 a day; times a mean month of 30.44 days: 30,437 and 34,785.
    expect(normalisedFigure(rubio)).toBe('≈ 1,000–1,140 a day · 30,400–34,800 a month');
  });

  it('leaves out the unit a figure was already stated in, and says nothing for totals', () => {
    const jan = { value: { low: 31000, high: 31000 }, rate: 'per_month', period: null } as const;
    expect(normalisedFigure(jan)).toBe('≈ 1,020 a day');
    expect(normalisedFigure({ value: { low: 1_000_000, high: 1_000_000 }, rate: 'cumulative', period: null })).toBeNull();
    expect(
      statedFigure({ value: { low: 30000, high: 30000 }, qualifier: 'about', metric: 'killed', rate: 'period_total', period: { start: '2026-01-01', end: '2026-01-31' } }),
    ).toBe('about 30,000 killed in January 2026');
  });
});

describe('site switch', () => {
  it('stores the host without www when turned off, once', () => {
    expect(withSite([], 'www.bbc.co.uk', false)).toEqual(['bbc.co.uk']);
    expect(withSite(['bbc.co.uk'], 'news.bbc.co.uk', false)).toEqual(['bbc.co.uk']);
  });
  it('removes every entry covering the host when turned on, keeping others', () => {
    expect(withSite(['bbc.co.uk', 'example.org'], 'news.bbc.co.uk', true)).toEqual(['example.org']);
  });
});
