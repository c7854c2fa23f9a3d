import type { Figure } from '../extract/types';
import type { Comparison } from '../claims/comparison';

// The figures on the page, one live Range each, registered with the CSS
// Custom Highlight API so the page's DOM is never touched.

export const HIGHLIGHT_NAME = 'crosscount';
export const ACTIVE_HIGHLIGHT_NAME = 'crosscount-active';

export interface PageFigure {
  figure: Figure;
  range: Range;
  /** Every text node the range touches, for hit-testing. */
  nodes: Text[];
  blockEl: Element;
  /** Comparable claims from the background, best first; null until they arrive. */
  comparisons: Comparison[] | null;
}

export class FigureRegistry {
  private byBlock = new Map<Element, PageFigure[]>();
  private byNode = new WeakMap<Text, PageFigure[]>();
  private sorted: PageFigure[] | null = null;
  private highlight: Highlight;
  /**
   * During a bulk scan, additions go to an unregistered copy that replaces the
   * registered highlight in one step: Chromium repaints every range of a
   * highlight whenever it changes, so adding slice by slice costs a repaint of
   * the whole set per slice.
   */
  private staging: Highlight | null = null;
  private activeHighlight: Highlight;
  private registered = false;

  constructor() {
    this.highlight = new Highlight();
    this.activeHighlight = new Highlight();
    this.activeHighlight.priority = 1;
  }

  get size(): number {
    return (this.staging ?? this.highlight).size;
  }

  beginBulk(): void {
    this.staging ??= new Highlight(...this.highlight);
  }

  /** Shows everything staged since beginBulk, in one change. */
  commitBulk(): void {
    if (!this.staging) return;
    this.highlight = this.staging;
    this.staging = null;
    if (this.registered) this.ensureRegistered();
  }

  /** Replaces the figures of one block (an empty list removes them). */
  setBlock(el: Element, figures: PageFigure[]): void {
    this.removeBlock(el);
    if (figures.length === 0) return;
    this.byBlock.set(el, figures);
    const target = this.staging ?? this.highlight;
    for (const f of figures) {
      target.add(f.range);
      for (const n of f.nodes) {
        const list = this.byNode.get(n);
        if (list) list.push(f);
        else this.byNode.set(n, [f]);
      }
    }
    this.sorted = null;
  }

  removeBlock(el: Element): void {
    const old = this.byBlock.get(el);
    if (!old) return;
    this.byBlock.delete(el);
    for (const f of old) {
      this.highlight.delete(f.range);
      this.staging?.delete(f.range);
      this.activeHighlight.delete(f.range);
      for (const n of f.nodes) {
        const list = this.byNode.get(n);
        if (!list) continue;
        const rest = list.filter((x) => x !== f);
        if (rest.length) this.byNode.set(n, rest);
        else this.byNode.delete(n);
      }
    }
    this.sorted = null;
  }

  /** Forgets the figures of `root` and every block inside it (before a re-scan of root). */
  removeWithin(root: Element): void {
    if (this.byBlock.size === 0) return;
    this.removeBlock(root);
    for (const el of root.querySelectorAll('*')) if (this.byBlock.has(el)) this.removeBlock(el);
  }

  /** Drops blocks the page has removed from the document. */
  sweepDisconnected(): void {
    for (const el of [...this.byBlock.keys()]) if (!el.isConnected) this.removeBlock(el);
  }

  at(node: Text): readonly PageFigure[] {
    return this.byNode.get(node) ?? [];
  }

  /** All figures in document order. */
  ordered(): PageFigure[] {
    if (!this.sorted) {
      this.sorted = [...this.byBlock.values()].flat();
      this.sorted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }
    return this.sorted;
  }

  setActive(f: PageFigure | null): void {
    this.activeHighlight.clear();
    if (f) this.activeHighlight.add(f.range);
  }

  /** Registers the highlights, again if the page cleared CSS.highlights. */
  ensureRegistered(): void {
    const reg = CSS.highlights;
    if (reg.get(HIGHLIGHT_NAME) !== this.highlight) reg.set(HIGHLIGHT_NAME, this.highlight);
    if (reg.get(ACTIVE_HIGHLIGHT_NAME) !== this.activeHighlight) reg.set(ACTIVE_HIGHLIGHT_NAME, this.activeHighlight);
    this.registered = true;
  }

  /** Removes every figure and the registration (extension switched off on this page). */
  clear(): void {
    this.staging = null;
    for (const el of [...this.byBlock.keys()]) this.removeBlock(el);
    if (this.registered) {
      if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      if (CSS.highlights.get(ACTIVE_HIGHLIGHT_NAME) === this.activeHighlight) CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    }
    this.registered = false;
  }
}
