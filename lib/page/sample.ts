// Reads a page's text a stretch at a time, for the pre-check: the first
// stretch at load decides whether to scan now; the rest is checked in idle
// time, so an unrelated page costs a fraction of a millisecond at load and
// a page whose figures sit far down is still read.

export class TextSampler {
  private walker: TreeWalker;
  private ended = false;

  constructor(private doc: Document) {
    this.walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  }

  /** Up to about `chars` more characters of text (scripts and styles left out); null once all is read. */
  read(chars: number): string | null {
    if (this.ended) return null;
    let text = '';
    while (text.length < chars) {
      const n = this.walker.nextNode() as Text | null;
      if (!n) {
        this.ended = true;
        break;
      }
      const p = n.parentElement?.localName;
      if (p !== 'script' && p !== 'style') text += ` ${n.data}`;
    }
    return text || (this.ended ? null : '');
  }

  /** False when the page removed the node the reading stood on. */
  get intact(): boolean {
    return this.walker.currentNode === this.doc.body || this.walker.currentNode.isConnected;
  }
}

/** Runs fn when the browser is idle (a timer where requestIdleCallback is missing). */
export function whenIdle(fn: (deadline: { timeRemaining(): number }) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(() => fn({ timeRemaining: () => 8 }), 50);
}
