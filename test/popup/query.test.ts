import { describe, expect, it } from 'vitest';
import { rateInQuery, statedRate } from '../../components/popup/query';

describe('rateInQuery', () => {
  it('reads the rate a query names', () => {
    expect(rateInQuery('killed per week')).toBe('per_week');
    expect(rateInQuery('Russian losses a day')).toBe('per_day');
    expect(rateInQuery('monthly recruits')).toBe('per_month');
    expect(rateInQuery('killed / year')).toBe('per_year');
    expect(rateInQuery('every week')).toBe('per_week');
  });

  it('leaves plain queries and words that merely contain a unit alone', () => {
    expect(rateInQuery('weekend casualties')).toBeNull();
    expect(rateInQuery('Rubio')).toBeNull();
    expect(rateInQuery('killed in 2025')).toBeNull();
  });
});

describe('statedRate', () => {
  it('names the rate only when every result is stated at it', () => {
    const week = { rate: 'per_week' as const };
    const month = { rate: 'per_month' as const };
    expect(statedRate('killed per week', [week, week])).toBe('per_week');
    expect(statedRate('weekly', [week, month])).toBeNull();
    expect(statedRate('Rubio', [week])).toBeNull();
    expect(statedRate('killed per week', [])).toBe('per_week');
  });
});
