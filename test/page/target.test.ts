// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../lib/page/blocks';
import { rangeFor } from '../../lib/page/ranges';
import { targetFor } from '../../lib/page/target';

describe('targetFor', () => {
  it('anchors a figure split across elements by quote and by position in body.textContent', () => {
    document.body.innerHTML =
      '<header>Menu</header><p>Rubio said Russia is losing between <a href="#">7,000</a> and <em>8,000 soldiers</em> every week.</p>';
    const [, block] = scanBlocks(document.body);
    const start = block!.text.indexOf('between');
    const range = rangeFor(block!, start, block!.text.indexOf(' soldiers'))!.range;
    const t = targetFor(document, range)!;
    const body = document.body.textContent!;
    expect(t.exact).toBe('between 7,000 and 8,000');
    expect(body.slice(t.start, t.end)).toBe(t.exact);
    expect(body.slice(t.start - t.prefix.length, t.start)).toBe(t.prefix);
    expect(body.slice(t.end, t.end + t.suffix.length)).toBe(t.suffix);
    expect(t.prefix.length).toBeLessThanOrEqual(32);
    expect(t.suffix).toBe(' soldiers every week.');
  });

  it('refuses a range the page has taken out of the body', () => {
    document.body.innerHTML = '<p id="p">35,000 killed</p>';
    const [block] = scanBlocks(document.body);
    const range = rangeFor(block!, 0, 6)!.range;
    const detached = document.createElement('div');
    detached.append(document.getElementById('p')!);
    expect(targetFor(document, range)).toBeNull();
  });
});
