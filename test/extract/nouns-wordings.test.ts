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
});
