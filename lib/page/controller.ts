import type { Figure } from '../extract/types';
import type { Comparison } from '../claims/comparison';
import type { HighlightStyle } from '../settings';
import { DELAYS, SLICE_MS, clock, yieldToPage } from '../timing';
import { HOST_TAG, isBlockCurrent, scanBlocks, type Block } from './blocks';
import { figureAtPoint } from './hittest';
import { HoverIntent } from './hover';
import { isTypingTarget, keyAction, stepIndex } from './keys';
import { BlockWatcher, type ChangeBatch } from './observe';
import { publicationDate } from './published';
import { rangeFor } from './ranges';
import { FigureRegistry, type PageFigure } from './registry';
import { applyHighlightStyle, removeHighlightStyle } from './style';

// The content script's work on one page: scan, highlight, keep up with
// changes, and open the card from the pointer or the keyboard. The card
// itself is a view behind the CardView interface (entrypoints/content).

export interface CardView {
  open(f: PageFigure, how: { focus: boolean; point?: { x: number; y: number } }): void;
  /** Re-render (comparisons arrived). */
  refresh(f: PageFigure): void;
  close(restoreFocus: boolean): void;
  /** True when the event happened in the card (its host is on the event's path). */
  isCardEvent(e: Event): boolean;
}

export interface PageDeps {
  doc: Document;
  extract(text: string, published: string): Figure[];
  /** Cheap test that a text may hold a figure at all. */
  precheck(text: string): boolean;
  compare(figures: Figure[]): Promise<Comparison[][] | null>;
  card: CardView;
  highlightStyle: HighlightStyle;
  popoverDelayMs: number;
  /** Told once the first full scan is done (timing for tests and the benchmark). */
  onScanned?(report: ScanReport): void;
}

export interface ScanReport {
  /** performance.now() (the page's time origin) when the content script began. */
  started: number;
  /** When the first slice's highlights (the top of the page) were registered. */
  first: number;
  /** When every block had been read. */
  at: number;
  /** Main-thread time spent, summed over slices. */
  scanMs: number;
  figures: number;
  blocks: number;
  skipped: boolean;
}

export class PageController {
  readonly registry = new FigureRegistry();
  enabled = false;
  published = '';
  private watcher: BlockWatcher | null = null;
  private hover: HoverIntent<PageFigure>;
  private lastPoint: { x: number; y: number; card: boolean } | null = null;
  private frame: number | null = null;
  private stepped = -1;
  private generation = 0;
  private registryTimer: number | null = null;

  constructor(private deps: PageDeps) {
    this.hover = new HoverIntent<PageFigure>(
      (f, pinned) => {
        this.registry.setActive(f);
        deps.card.open(f, { focus: pinned, point: pinned ? undefined : (this.lastPoint ?? undefined) });
      },
      () => {
        this.registry.setActive(null);
        deps.card.close(true);
      },
      () => deps.popoverDelayMs,
    );
  }

  start(started = performance.now()): void {
    const t0 = performance.now();
    const { doc } = this.deps;
    this.enabled = true;
    const generation = ++this.generation;
    const body = doc.body;
    // A page that is not about the subject costs one regex over the start of its text.
    const skipped = !body || !this.deps.precheck(leadingText(doc));
    if (body) {
      this.watcher = new BlockWatcher(body, (b) => this.onChange(b));
      this.watcher.start();
    }
    this.listen();
    if (!body || skipped) {
      const t = performance.now();
      this.deps.onScanned?.({ started, first: t, at: t, scanMs: t - t0, figures: 0, blocks: 0, skipped: true });
      return;
    }
    this.published = publicationDate(doc);
    applyHighlightStyle(doc, this.deps.highlightStyle);
    const blocks = scanBlocks(body);
    void this.scanInSlices(blocks, generation, { started, t0 });
  }

  /**
   * Reads the blocks top to bottom in slices of a few milliseconds, yielding
   * to the page between them: the first highlights appear at once, and a huge
   * page is never blocked by one long task.
   */
  private async scanInSlices(blocks: Block[], generation: number, t: { started: number; t0: number }): Promise<void> {
    let work = 0;
    let first = 0;
    let figures = 0;
    let sliceStart = t.t0;
    let batch: PageFigure[] = [];
    let yielded = false;
    for (let i = 0; i < blocks.length; ) {
      const block = blocks[i++]!;
      // After a yield the page may have changed a block; the observer re-reads those.
      if (!yielded || isBlockCurrent(block)) batch.push(...this.readBlock(block));
      if (performance.now() - sliceStart < SLICE_MS && i < blocks.length) continue;
      this.registry.ensureRegistered();
      const end = performance.now();
      work += end - sliceStart;
      if (!first) first = end;
      figures += batch.length;
      if (batch.length) void this.fetchComparisons(batch);
      batch = [];
      if (i < blocks.length) {
        await yieldToPage();
        yielded = true;
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    this.deps.onScanned?.({ started: t.started, first, at: performance.now(), scanMs: work, figures, blocks: blocks.length, skipped: false });
  }

  stop(): void {
    this.enabled = false;
    this.generation++;
    this.hover.closeNow();
    this.watcher?.stop();
    this.watcher = null;
    this.unlisten();
    this.registry.clear();
    removeHighlightStyle(this.deps.doc);
  }

  setEnabled(on: boolean): void {
    if (on && !this.enabled) this.start();
    else if (!on && this.enabled) this.stop();
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.deps.highlightStyle = style;
    if (this.enabled) applyHighlightStyle(this.deps.doc, style);
  }

  /** Figures in document order, with the best comparison for each. */
  list(): { figures: Figure[]; top: (Comparison | null)[] } {
    const all = this.registry.ordered();
    return { figures: all.map((f) => f.figure), top: all.map((f) => f.comparisons?.[0] ?? null) };
  }

  /** Scrolls to the index-th figure and opens its card with focus in it. */
  reveal(index: number): boolean {
    const f = this.registry.ordered()[index];
    if (!f) return false;
    this.stepped = index;
    f.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.hover.openNow(f, true);
    return true;
  }

  private published_(): string {
    if (!this.published) this.published = publicationDate(this.deps.doc);
    return this.published;
  }

  private readBlock(block: Block): PageFigure[] {
    if (!this.deps.precheck(block.text)) {
      this.registry.removeBlock(block.el);
      return [];
    }
    const found: PageFigure[] = [];
    for (const figure of this.deps.extract(block.text, this.published_())) {
      const span = rangeFor(block, figure.start, figure.end);
      if (span) found.push({ figure, range: span.range, nodes: span.nodes, blockEl: block.el, comparisons: null });
    }
    this.registry.setBlock(block.el, found);
    return found;
  }

  private scan(roots: Element[]): PageFigure[] {
    const added: PageFigure[] = [];
    for (const root of roots) {
      this.registry.removeWithin(root);
      for (const block of scanBlocks(root)) added.push(...this.readBlock(block));
    }
    return added;
  }

  private onChange(batch: ChangeBatch): void {
    if (!this.enabled) return;
    if (batch.removed) this.registry.sweepDisconnected();
    const open = this.hover.current;
    const added = this.scan(batch.blocks);
    if (added.length) applyHighlightStyle(this.deps.doc, this.deps.highlightStyle);
    this.registry.ensureRegistered();
    // A card whose figure was re-scanned away has nothing left to describe.
    if (open && !this.registry.at(open.nodes[0]!).includes(open)) this.hover.closeNow();
    if (added.length) void this.fetchComparisons(added);
  }

  private async fetchComparisons(figures: PageFigure[]): Promise<void> {
    const BATCH = 5000;
    for (let i = 0; i < figures.length; i += BATCH) {
      const part = figures.slice(i, i + BATCH);
      let answers: Comparison[][] | null = null;
      try {
        answers = await this.deps.compare(part.map((f) => f.figure));
      } catch {
        answers = null;
      }
      part.forEach((f, j) => {
        f.comparisons = answers?.[j] ?? [];
        if (this.hover.current === f) this.deps.card.refresh(f);
      });
    }
  }

  // Listeners --------------------------------------------------------------

  private onPointerMove = (e: PointerEvent): void => {
    this.lastPoint = { x: e.clientX, y: e.clientY, card: this.deps.card.isCardEvent(e) };
    if (this.frame === null) this.frame = clock.requestFrame(this.onFrame);
  };

  private onFrame = (): void => {
    this.frame = null;
    const p = this.lastPoint;
    if (!p || !this.enabled) return;
    if (p.card) {
      this.hover.pointerAt(null, true);
      return;
    }
    this.hover.pointerAt(figureAtPoint(this.deps.doc, this.registry, p.x, p.y), false);
  };

  private onPointerOut = (e: PointerEvent): void => {
    if (e.relatedTarget === null) this.hover.left();
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const action = keyAction(e);
    if (!action) return;
    const inCard = this.deps.card.isCardEvent(e);
    const target = e.composedPath()[0] ?? e.target;
    if (action === 'escape') {
      if (this.hover.current) {
        e.stopPropagation();
        this.hover.closeNow();
      }
      return;
    }
    if (isTypingTarget(target)) return;
    if (action === 'toggle') {
      e.preventDefault();
      e.stopPropagation();
      this.setEnabled(!this.enabled);
      return;
    }
    if (!this.enabled) return;
    const all = this.registry.ordered();
    if (all.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    const current = this.hover.current ? all.indexOf(this.hover.current) : inCard ? -1 : this.stepped;
    this.reveal(stepIndex(current, all.length, action === 'next' ? 1 : -1));
  };

  private onRegistryCheck = (): void => {
    if (this.enabled && this.registry.size > 0) this.registry.ensureRegistered();
  };

  private listening = false;
  private keysBound = false;
  private listen(): void {
    const { doc } = this.deps;
    // The toggle shortcut must keep working while off, so keydown is bound once for good.
    if (!this.keysBound) doc.defaultView?.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.keysBound = true;
    if (this.listening) return;
    this.listening = true;
    doc.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    doc.addEventListener('pointerout', this.onPointerOut, { passive: true });
    this.registryTimer = clock.setInterval(this.onRegistryCheck, DELAYS.registryCheckMs);
  }

  private unlisten(): void {
    const { doc } = this.deps;
    this.listening = false;
    doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    doc.removeEventListener('pointerout', this.onPointerOut);
    if (this.registryTimer !== null) clock.clearInterval(this.registryTimer);
    this.registryTimer = null;
  }
}

/** The title and the first stretch of the body's text, enough to tell what a page is about. */
export const LEADING_CHARS = 100_000;
function leadingText(doc: Document): string {
  let text = doc.title;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && text.length < LEADING_CHARS; n = walker.nextNode()) {
    const p = (n as Text).parentElement?.localName;
    if (p !== 'script' && p !== 'style') text += ` ${(n as Text).data}`;
  }
  return text;
}

export { HOST_TAG };
