import type { Figure } from '../extract/types';
import type { Comparison } from '../claims/comparison';
import type { HighlightStyle } from '../settings';
import { DELAYS, clock } from '../timing';
import { HOST_TAG, scanBlocks } from './blocks';
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
}

export interface ScanReport {
  /** When the first scan finished (performance.now(), same time origin as the page). */
  at: number;
  scanMs: number;
  figures: number;
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

  start(): ScanReport {
    const t0 = performance.now();
    const { doc } = this.deps;
    this.enabled = true;
    const body = doc.body;
    let figures: PageFigure[] = [];
    // A page that is not about the subject costs one pass of a regex over its text.
    const skipped = !body || !this.deps.precheck(body.textContent ?? '');
    if (body && !skipped) {
      this.published = publicationDate(doc);
      applyHighlightStyle(doc, this.deps.highlightStyle);
      figures = this.scan([body]);
      this.registry.ensureRegistered();
    }
    const t1 = performance.now();
    if (body) {
      this.watcher = new BlockWatcher(body, (b) => this.onChange(b));
      this.watcher.start();
    }
    this.listen();
    if (figures.length) void this.fetchComparisons(figures);
    return { at: t1, scanMs: t1 - t0, figures: figures.length, skipped };
  }

  stop(): void {
    this.enabled = false;
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

  private scan(roots: Element[]): PageFigure[] {
    const added: PageFigure[] = [];
    for (const root of roots) {
      this.registry.removeWithin(root);
      for (const block of scanBlocks(root)) {
        if (!this.deps.precheck(block.text)) continue;
        const found: PageFigure[] = [];
        for (const figure of this.deps.extract(block.text, this.published_())) {
          const span = rangeFor(block, figure.start, figure.end);
          if (span) found.push({ figure, range: span.range, nodes: span.nodes, blockEl: block.el, comparisons: null });
        }
        this.registry.setBlock(block.el, found);
        added.push(...found);
      }
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

export { HOST_TAG };
