import { clock } from '../timing';
import { HOST_TAG, blockOf, isBlockElement, isInsideSkipped } from './blocks';

// Watches the page for text added or changed later (infinite scroll, live
// blogs, single-page apps, a script rewriting a paragraph). The observer only
// queues the changed blocks; the re-scan happens in the next animation frame,
// never inside the callback, as uBlock Origin does.

export interface ChangeBatch {
  /** Outermost changed blocks, connected and readable. */
  blocks: Element[];
  /** Whether anything was removed (registry entries may be stale). */
  removed: boolean;
}

export class BlockWatcher {
  private queue = new Set<Node>();
  private removed = false;
  private frame: number | null = null;
  private observer: MutationObserver;

  constructor(
    private root: Element,
    private onChange: (batch: ChangeBatch) => void,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') {
          this.queue.add(r.target);
        } else {
          // Queue what was added, not its parent: appending one entry to a live
          // blog's container must not re-scan every entry already there.
          for (const n of r.addedNodes) {
            if (n.nodeType === 3 && !/\S/.test((n as Text).data)) continue;
            this.queue.add(n);
          }
          for (const n of r.removedNodes) {
            this.removed = true;
            // Removing text or an inline element changes the parent block's own text.
            if (n.nodeType === 3 || (n.nodeType === 1 && !isBlockElement(n as Element))) this.queue.add(r.target);
          }
        }
      }
      if ((this.queue.size || this.removed) && this.frame === null) this.frame = clock.requestFrame(() => this.flush());
    });
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.queue.clear();
    this.frame = null;
  }

  private flush(): void {
    this.frame = null;
    const nodes = [...this.queue];
    this.queue.clear();
    const removed = this.removed;
    this.removed = false;
    const found = new Set<Element>();
    for (const n of nodes) {
      if (!n.isConnected) continue;
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!el || el.localName === HOST_TAG || isInsideSkipped(el)) continue;
      const b = blockOf(el);
      if (b) found.add(b);
    }
    // Keep only the outermost: a re-scan of a block covers the blocks inside it.
    const blocks = [...found].filter((b) => {
      for (let p = b.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
      return true;
    });
    if (blocks.length || removed) this.onChange({ blocks, removed });
  }
}
