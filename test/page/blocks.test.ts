// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanBlocks, isInsideSkipped } from '../../lib/page/blocks';
import { rangeFor } from '../../lib/page/ranges';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('scanBlocks', () => {
  it('joins a sentence split across inline elements into one block', () => {
    const b = body('<p>Rubio said Russia is losing between <a href="#">7,000</a> and <em>8,000 soldiers</em> every week.</p>');
    const blocks = scanBlocks(b);
    expect(blocks.map((x) => x.text)).toEqual(['Rubio said Russia is losing between 7,000 and 8,000 soldiers every week.']);
  });

  it('keeps nested paragraph-level elements as their own blocks', () => {
    const b = body('<article><h2>Six to 25</h2><div>Lead <p>Inner 30,000 troops.</p> tail</div></article>');
    const texts = scanBlocks(b).map((x) => x.text);
    expect(texts).toContain('Six to 25');
    expect(texts).toContain('Inner 30,000 troops.');
    expect(texts).toContain('Lead  tail');
  });

  it('never reads form fields, code, editable regions or scripts', () => {
    const b = body(`
      <p>Page 35,000 killed.</p>
      <textarea>Field 30,000 killed</textarea>
      <pre>Pre 1,130 a day</pre>
      <p>Inline <code>code 50,000</code> after.</p>
      <div contenteditable="true"><p>Draft 415,000 casualties</p></div>
      <div contenteditable="false"><p>Not editable 9,000 losses</p></div>
      <script>var x = "Script 17,000";</script>
      <style>.a::after { content: "Style 600"; }</style>
      <select><option>Option 427,000</option></select>
      <crosscount-popover><p>Our UI 36,000</p></crosscount-popover>`);
    const all = scanBlocks(b).map((x) => x.text).join('|');
    expect(all).toContain('Page 35,000 killed.');
    expect(all).toContain('Inline  after.');
    expect(all).toContain('Not editable 9,000 losses');
    for (const hidden of ['Field', 'Pre 1,130', 'code 50,000', 'Draft', 'Script', 'Style', 'Option', 'Our UI']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('knows when a node sits inside a skipped subtree', () => {
    const b = body('<div contenteditable><p><b>x</b></p></div><p><i>y</i></p>');
    expect(isInsideSkipped(b.querySelector('b')!.firstChild!)).toBe(true);
    expect(isInsideSkipped(b.querySelector('i')!.firstChild!)).toBe(false);
  });
});

describe('rangeFor', () => {
  it('maps block offsets to a range across text nodes', () => {
    const b = body('<p>losing between <a href="#">7,000</a> and <em>8,000 soldiers</em> a week</p>');
    const [block] = scanBlocks(b);
    const start = block!.text.indexOf('between');
    const end = block!.text.indexOf(' soldiers');
    const span = rangeFor(block!, start, end)!;
    expect(span.range.toString()).toBe('between 7,000 and 8,000');
    expect(span.nodes.map((n) => n.data)).toEqual(['losing between ', '7,000', ' and ', '8,000 soldiers']);
  });

  it('starts a range in the node where the figure begins, not at the end of the one before', () => {
    const b = body('<p>lost <em>30,000</em> troops</p>');
    const [block] = scanBlocks(b);
    const span = rangeFor(block!, 5, 11)!;
    expect(span.range.startContainer.textContent).toBe('30,000');
    expect(span.range.endContainer.textContent).toBe('30,000');
    expect(span.nodes).toHaveLength(1);
  });

  it('rejects spans outside the block', () => {
    const [block] = scanBlocks(body('<p>short</p>'));
    expect(rangeFor(block!, 2, 99)).toBeNull();
    expect(rangeFor(block!, 3, 3)).toBeNull();
  });
});

describe('BlockStream', () => {
  it('hands out each paragraph as soon as the walk has left it, and an outer block once it is complete', async () => {
    const { BlockStream } = await import('../../lib/page/blocks');
    const b = body('<article><p>First 30,000.</p><div>Lead <p>Inner</p> tail</div><p>Last</p></article>');
    const stream = new BlockStream(b);
    const seen: string[] = [];
    for (let x = stream.next(); x; x = stream.next()) seen.push(x.text);
    expect(seen).toEqual(['First 30,000.', 'Inner', 'Lead  tail', 'Last']);
  });

  it('gives nothing for a root inside a skipped subtree', async () => {
    const { BlockStream } = await import('../../lib/page/blocks');
    const b = body('<div contenteditable="true"><p id="x">Draft 415,000 casualties</p></div>');
    expect(new BlockStream(b.querySelector('#x')!).next()).toBeNull();
  });
});
