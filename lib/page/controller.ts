import type { Figure } from '../extract/types';
import type { Comparison } from '../claims/comparison';
import type { PageDeps, PageSettings, ScanReport } from './types';
import { DELAYS, SLICE_MS, clock, yieldToPage } from '../timing';
import { BlockStream, HOST_TAG, isBlockCurrent, scanBlocks, type Block } from './blocks';
import { TextSampler, whenIdle } from './sample';
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

export type { CardView, PageDeps, PageSettings, ScanReport } from './types';

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
  private report: ScanReport | null = null;
  private gate: Promise<PageSettings> | null = null;
  private settled = true;
  /** Blocks the observer has re-read, which a scan still under way must not overwrite. */
  private rescanned = new WeakSet<Element>();
  private registryTimer: number | null = null;

  constructor(private deps: PageDeps) {
    this.hover = new HoverIntent<PageFigure>(
      (f, pinned) => {
        this.registry.setActive(f);
        deps.card.open(f, { focus: pinned, point: pinned ? undefined : (this.lastPoint ?? undefined) });
      },
      (restoreFocus) => {
        this.registry.setActive(null);
        deps.card.close(restoreFocus);
      },
      () => deps.popoverDelayMs,
    );
  }

  /**
   * Starts on this page. With `settings` still on their way, the reading and
   * the first slice of extraction overlap the round trip; nothing is painted
   * until they arrive, and a page switched off stops there.
   */
  start(started = performance.now(), settings?: Promise<PageSettings>): void {
    const t0 = performance.now();
    this.gate = settings ?? null;
    this.settled = !settings;
    const { doc } = this.deps;
    this.enabled = true;
    const generation = ++this.generation;
    // Registered first, so it runs before anything else awaiting the settings.
    void settings?.then((st) => {
      if (generation !== this.generation) return;
      this.settled = true;
      this.deps.popoverDelayMs = st.popoverDelayMs;
      this.deps.highlightStyle = st.highlightStyle;
      if (!st.enabled) this.stop();
    });
    const body = doc.body;
    if (!body) return;
    this.watcher = new BlockWatcher(body, (b) => this.onChange(b));
    this.watcher.start();
    this.listen();
    // A page that is not about the subject costs one regex over the start of its text now.
    const sampler = new TextSampler(doc);
    const lead = `${doc.title} ${sampler.read(LEADING_CHARS) ?? ''}`;
    if (this.deps.precheck(lead)) {
      void this.scanInSlices(generation, { started, t0 });
      return;
    }
    const t1 = performance.now();
    this.report = { started, scanStart: t0, first: t1, at: t1, scanMs: t1 - t0, idleMs: 0, figures: 0, blocks: 0, skipped: true };
    this.checkRestWhenIdle(sampler, generation);
  }

  /** Reads the rest of an apparently unrelated page in idle time; scans it if the subject turns up. */
  private checkRestWhenIdle(sampler: TextSampler, generation: number): void {
    whenIdle((deadline) => {
      if (generation !== this.generation || !this.report) return;
      const s = performance.now();
      let found = false;
      let done = false;
      while (!found && deadline.timeRemaining() > 2) {
        if (!sampler.intact) {
          // The page moved the ground under the reader: read it all the normal way.
          found = true;
          break;
        }
        const chunk = sampler.read(IDLE_CHARS);
        if (chunk === null) {
          done = true;
          break;
        }
        found = this.deps.precheck(chunk);
      }
      this.report.idleMs += performance.now() - s;
      if (found) void this.scanInSlices(generation, { started: this.report.started, t0: performance.now() });
      else if (done) this.deps.onScanned?.(this.report);
      else this.checkRestWhenIdle(sampler, generation);
    });
  }

  /**
   * Reads the blocks top to bottom in slices of a few milliseconds, yielding
   * to the page between them: the first highlights appear at once, and a huge
   * page is never blocked by one long task.
   */
  private async scanInSlices(generation: number, t: { started: number; t0: number }): Promise<void> {
    const { doc } = this.deps;
    this.published = publicationDate(doc);
    let stream = new BlockStream(doc.body);
    const read = new WeakSet<Element>();
    let work = 0;
    let first = 0;
    let figures = 0;
    let blocks = 0;
    let sliceStart = t.t0;
    let batch: PageFigure[] = [];
    let yielded = false;
    let slices = 0;
    for (;;) {
      const block = stream.next();
      // After a yield the page may have changed a block; the observer re-reads
      // those, and a block it has re-read already is not overwritten.
      if (block && !read.has(block.el) && !this.rescanned.has(block.el) && (!yielded || isBlockCurrent(block))) {
        read.add(block.el);
        blocks++;
        batch.push(...this.readBlock(block));
      }
      if (block && performance.now() - sliceStart < SLICE_MS) continue;
      if (!first) {
        if (!this.settled && this.gate) {
          work += performance.now() - sliceStart;
          await this.gate;
          // Switched off for this site (stop() ran) or restarted meanwhile.
          if (generation !== this.generation) return;
          sliceStart = performance.now();
        }
        applyHighlightStyle(doc, this.deps.highlightStyle);
      }
      const isFirst = !first;
      slices++;
      // The top of the page is painted at once; the rest is staged and shown in few steps.
      if (isFirst || !block || slices % COMMIT_EVERY_SLICES === 0) this.registry.commitBulk();
      this.registry.ensureRegistered();
      if (block) this.registry.beginBulk();
      const end = performance.now();
      work += end - sliceStart;
      if (isFirst) first = end;
      // Two requests per page: the top at once, so the first cards have their data
      // early, and everything else in one batch when the scan is done.
      if (isFirst || !block) {
        figures += batch.length;
        if (batch.length) void this.fetchComparisons(batch);
        batch = [];
      }
      if (!block) break;
      await yieldToPage();
      yielded = true;
      if (generation !== this.generation) return;
      // The page removed the node the walk stood on: walk again, skipping what was read.
      if (!stream.intact) stream = new BlockStream(doc.body);
      sliceStart = performance.now();
    }
    const idleMs = this.report?.idleMs ?? 0;
    this.report = { started: t.started, scanStart: t.t0, first, at: performance.now(), scanMs: work, idleMs, figures, blocks, skipped: false };
    this.deps.onScanned?.(this.report);
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

  /** The extension was reloaded or removed: leave the page entirely, shortcut included. */
  dispose(): void {
    this.stop();
    this.deps.doc.defaultView?.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.keysBound = false;
  }

  setEnabled(on: boolean): void {
    if (on && !this.enabled) this.start();
    else if (!on && this.enabled) this.stop();
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
    // extractFigures runs the same pre-check itself, so a block without a
    // personnel word costs one regex here.
    const found: PageFigure[] = [];
    let figures: Figure[];
    try {
      figures = this.deps.extract(block.text, this.published_());
    } catch {
      // A block the extractor cannot read is left as it is; the rest of the page still gets its highlights.
      figures = [];
    }
    for (const figure of figures) {
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
      for (const block of scanBlocks(root)) {
        this.rescanned.add(block.el);
        added.push(...this.readBlock(block));
      }
    }
    return added;
  }

  private onChange(batch: ChangeBatch): void {
    if (!this.enabled) return;
    // Nothing is painted before the settings say this site is on.
    if (!this.settled) {
      void this.gate?.then(() => this.onChange(batch));
      return;
    }
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
        answers = await this.deps.compare(
          part.map((f) => f.figure),
          this.published_(),
        );
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

  /** A press outside the card closes it (the press itself goes on to the page untouched). */
  private onPointerDown = (e: PointerEvent): void => {
    if (this.hover.current && !this.deps.card.isCardEvent(e)) this.hover.closeNow(false);
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
    if (!this.enabled || this.registry.size === 0) return;
    this.registry.ensureRegistered();
    // A page that assigns document.adoptedStyleSheets wholesale drops our sheet.
    applyHighlightStyle(this.deps.doc, this.deps.highlightStyle);
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
    doc.addEventListener('pointerdown', this.onPointerDown, { passive: true, capture: true });
    this.registryTimer = clock.setInterval(this.onRegistryCheck, DELAYS.registryCheckMs);
  }

  private unlisten(): void {
    const { doc } = this.deps;
    this.listening = false;
    doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    doc.removeEventListener('pointerout', this.onPointerOut);
    doc.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    if (this.registryTimer !== null) clock.clearInterval(this.registryTimer);
    this.registryTimer = null;
  }
}

/** During a long scan, staged highlights are shown every this many slices (each showing repaints them all). */
const COMMIT_EVERY_SLICES = 20;

/** How much text the pre-check reads at load, and per idle step after. */
export const LEADING_CHARS = 8_000;
export const IDLE_CHARS = 64_000;

export { HOST_TAG };
