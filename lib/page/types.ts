import type { Figure } from '../extract/types';
import type { Comparison } from '../claims/comparison';
import type { HighlightStyle } from '../settings';
import type { PageFigure } from './registry';

// The contracts between the page controller and what it is wired to: the
// card view, the extractor and background, and the timing it reports.

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
  /** Cheap test that a page's text may hold a figure at all. */
  precheck(text: string): boolean;
  /** `published` is the page's date: figures with no period compare with claims near it. */
  compare(figures: Figure[], published: string): Promise<Comparison[][] | null>;
  card: CardView;
  highlightStyle: HighlightStyle;
  popoverDelayMs: number;
  /** Told once the first full scan is done (timing for tests and the benchmark). */
  onScanned?(report: ScanReport): void;
}

/** What the content script needs from the person's settings for this page. */
export interface PageSettings {
  enabled: boolean;
  highlightStyle: HighlightStyle;
  popoverDelayMs: number;
}

export interface ScanReport {
  /** performance.now() (the page's time origin) when the content script began. */
  started: number;
  /** When scanning began. */
  scanStart: number;
  /** When the first slice's highlights (the top of the page) were registered. */
  first: number;
  /** When every block had been read. */
  at: number;
  /** Main-thread time spent at load (the pre-check, or the scan summed over its slices). */
  scanMs: number;
  /** Time spent in idle callbacks reading the rest of a page that looked unrelated. */
  idleMs: number;
  figures: number;
  blocks: number;
  skipped: boolean;
}
