import { DELAYS, Timer } from '../timing';

// When a card opens and closes as the pointer moves (DESIGN.md, WCAG 1.4.13):
// open after a short dwell on a figure, stay open while the pointer is on the
// figure or the card, hide a grace period after it has left both. A card
// opened from the keyboard is pinned: pointer movement elsewhere leaves it.

export class HoverIntent<T> {
  current: T | null = null;
  pinned = false;
  private pending: T | null = null;
  private dwell = new Timer();
  private hide = new Timer();

  constructor(
    private show: (t: T, pinned: boolean) => void,
    private dismiss: (restoreFocus: boolean) => void,
    private dwellMs: () => number = () => DELAYS.dwellMs,
  ) {}

  /** The figure under the pointer (or null), and whether the pointer is over the card. */
  pointerAt(target: T | null, overCard: boolean): void {
    if (overCard) {
      this.dwell.cancel();
      this.pending = null;
      this.hide.cancel();
      return;
    }
    if (target !== null) {
      this.hide.cancel();
      if (target === this.current) {
        this.dwell.cancel();
        this.pending = null;
        return;
      }
      if (target !== this.pending) {
        this.pending = target;
        this.dwell.start(() => {
          const t = this.pending;
          this.pending = null;
          if (t !== null) this.openNow(t, false);
        }, this.dwellMs());
      }
      return;
    }
    this.dwell.cancel();
    this.pending = null;
    if (this.current !== null && !this.pinned && !this.hide.pending) {
      this.hide.start(() => this.closeNow(), DELAYS.hideGraceMs);
    }
  }

  /** The pointer left the window. */
  left(): void {
    this.pointerAt(null, false);
  }

  openNow(t: T, pinned: boolean): void {
    this.dwell.cancel();
    this.hide.cancel();
    this.pending = null;
    this.current = t;
    this.pinned = pinned;
    this.show(t, pinned);
  }

  /** Closes at once; focus goes back where it was unless the person has put it elsewhere (a click). */
  closeNow(restoreFocus = true): void {
    this.dwell.cancel();
    this.hide.cancel();
    this.pending = null;
    if (this.current === null) return;
    this.current = null;
    this.pinned = false;
    this.dismiss(restoreFocus);
  }
}
