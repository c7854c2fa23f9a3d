import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';

// Readings that lean on the sentence before: what it names decides what a number in the next one counts.

const read = (text: string, published = '2025-12-27') => extractFigures(text, { published });

describe('the sentence before', () => {
  it('leaves out the people a strike named just before killed', () => {
    const strike = 'On Tuesday morning, Russia bombarded Ukraine with a large-scale drone and missile attack. At least three people have been killed.';
    expect(read(strike)).toEqual([]);
    // Soldiers stay soldiers after a strike.
    expect(read('Russian drones attacked positions near Pokrovsk. At least 30 soldiers were killed.').map((f) => f.text)).toEqual(['30']);
    // And people killed after a sentence about the army are not a strike's.
    expect(read('Ukrainian troops held the line near Pokrovsk. At least 30 people have been killed there this month.').map((f) => f.text)).toEqual(['30']);
  });
});
