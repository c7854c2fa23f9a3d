import { describe, expect, it } from 'vitest';
import { score } from './gold-score';

// The bar on the labelled seed articles (../shared/gold). Prints the
// figures so `npm test` shows them.

describe('extractor against the gold labels of the seed articles', () => {
  const s = score();

  it('prints its scores', () => {
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      [
        'extractor vs gold/seeds_gold.jsonl',
        `  span precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.reported} reported, ${s.found} of ${s.figures} gold figures found)`,
        `  value exact ${pct(s.value)}  metric ${pct(s.metric)}  rate ${pct(s.rate)}  period ${pct(s.period)}  side ${pct(s.side)}`,
        ...s.mismatches.map((m) => `  ${m.file.slice(0, 3)} ${m.field}: ${JSON.stringify(m.text)} gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)}`),
      ].join('\n'),
    );
    expect(s.reported).toBeGreaterThan(0);
  });

  it('finds figure spans with precision and recall of at least 0.97', () => {
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the exact value of at least 0.95 of the figures it finds', () => {
    expect(s.value).toBeGreaterThanOrEqual(0.95);
  });

  it('gets metric, rate and period right for at least 0.90 of them', () => {
    expect(s.metric).toBeGreaterThanOrEqual(0.9);
    expect(s.rate).toBeGreaterThanOrEqual(0.9);
    expect(s.period).toBeGreaterThanOrEqual(0.9);
  });
});
