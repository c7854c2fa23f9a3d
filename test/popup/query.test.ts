import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../components/popup/query';

describe('parseQuery', () => {
  it('turns a rate phrase into a rate and keeps the other words', () => {
    expect(parseQuery('killed per week')).toEqual({ text: 'killed', rate: 'per_week' });
    expect(parseQuery('Russian losses a day')).toEqual({ text: 'Russian losses', rate: 'per_day' });
    expect(parseQuery('monthly recruits')).toEqual({ text: 'recruits', rate: 'per_month' });
    expect(parseQuery('killed / year')).toEqual({ text: 'killed', rate: 'per_year' });
    expect(parseQuery('every week')).toEqual({ text: '', rate: 'per_week' });
  });

  it('leaves plain queries and words that merely contain a unit alone', () => {
    expect(parseQuery('weekend casualties')).toEqual({ text: 'weekend casualties' });
    expect(parseQuery('Rubio')).toEqual({ text: 'Rubio' });
    expect(parseQuery('  Zelensky  ')).toEqual({ text: 'Zelensky' });
    expect(parseQuery('killed in 2025')).toEqual({ text: 'killed in 2025' });
  });
});
