// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BlockWatcher, type ChangeBatch } from '../../lib/page/observe';
import { setClock } from '../../lib/timing';

// The observer only queues; the re-scan happens in the next animation frame,
// and only for the blocks that changed.

function setup(html: string) {
  document.body.innerHTML = html;
  const frames: (() => void)[] = [];
  setClock({
    requestFrame: (fn) => {
      frames.push(fn);
      return frames.length;
    },
  });
  const batches: ChangeBatch[] = [];
  const w = new BlockWatcher(document.body, (b) => batches.push(b));
  w.start();
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  const runFrame = () => frames.splice(0).forEach((f) => f());
  return { batches, runFrame, settle, w };
}

afterEach(() => setClock());

describe('BlockWatcher', () => {
  it('queues an appended entry alone, not the container of a thousand others, and waits for the frame', async () => {
    const entries = Array.from({ length: 1000 }, (_, i) => `<article><p>Entry ${i}</p></article>`).join('');
    const { batches, runFrame, settle } = setup(`<div id="entries">${entries}</div>`);
    const fresh = document.createElement('article');
    fresh.innerHTML = '<p>Fedorov said 35,000 Russian troops were killed in December.</p>';
    document.getElementById('entries')!.prepend(fresh);
    await settle();
    expect(batches).toEqual([]);
    runFrame();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.blocks).toEqual([fresh]);
  });

  it('re-reads the paragraph whose text node a script rewrote', async () => {
    const { batches, runFrame, settle } = setup('<p id="t">Now <em>999</em> troops</p><p>other</p>');
    (document.querySelector('#t em')!.firstChild as Text).data = '1,130';
    await settle();
    runFrame();
    expect(batches[0]!.blocks).toEqual([document.getElementById('t')]);
  });

  it('ignores typing in fields and editable regions', async () => {
    const { batches, runFrame, settle } = setup('<textarea>a</textarea><div contenteditable="true"><p>b</p></div>');
    (document.querySelector('textarea')!.firstChild as Text).data = '30,000 killed';
    document.querySelector('[contenteditable] p')!.append(' 30,000 killed');
    await settle();
    runFrame();
    expect(batches).toEqual([]);
  });

  it('reports removals so stale figures can be dropped', async () => {
    const { batches, runFrame, settle } = setup('<div><p id="gone">35,000 killed</p><p>stays</p></div>');
    document.getElementById('gone')!.remove();
    await settle();
    runFrame();
    expect(batches[0]!.removed).toBe(true);
  });

  it('stops watching when stopped', async () => {
    const { batches, runFrame, settle, w } = setup('<p id="x">a</p>');
    w.stop();
    document.getElementById('x')!.append(' 30,000 killed');
    await settle();
    runFrame();
    expect(batches).toEqual([]);
  });
});
