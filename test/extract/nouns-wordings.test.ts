import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// What a figure counts, in wordings that review rounds 50-51 found read wrongly. Each sentence is written for this
// test, not copied from the articles.

describe('metric, in wordings from review rounds 50-51', () => {
  it('counts soldiers named by their trade: sappers, snipers, commandos', () => {
    expect(one('Pyongyang agreed to send 1,200 sappers to clear mines near Kursk, the minister said.', '2025-06-19')).toMatchObject({ metric: 'foreign_troops', side: 'russia' });
    expect(one('Ukraine says 35 Russian snipers were killed near Toretsk this week.', '2025-06-19')).toMatchObject({ metric: 'killed', side: 'russia' });
    expect(one('Moscow moved about 3,000 commandos to the Zaporizhzhia front.', '2025-06-19').metric).toBe('force_size');
    // Mine-clearing by civilians is no force.
    expect(extractFigures('The charity trained 40 deminers in Kharkiv region last year.', { published: '2025-06-19' })).toEqual([]);
  });

  it('counts the men of a call-up a civilian word follows ("the 2022 call-up of 300,000 men triggered an exodus")', () => {
    expect(one('The Kremlin has avoided a second mobilisation since the partial 2022 call-up of 300,000 men set off a mass exodus abroad.', '2026-01-28')).toMatchObject({
      metric: 'mobilized',
      rate: 'period_total',
      period: { start: '2022-01-01', end: '2022-12-31' },
    });
    // The people who left are no call-up.
    expect(extractFigures('The exodus of 700,000 men after the call-up alarmed officials.', { published: '2026-01-28' })).toEqual([]);
  });
});
