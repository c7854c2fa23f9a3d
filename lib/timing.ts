// Every delay the page UI uses, and the one place that waits. Tests replace
// the clock (setClock) to run dwell and grace periods without real time,
// as Wikimedia Page Previews does with its wait() module.

export const DELAYS = {
  /** Pointer dwell on a figure before its card opens (overridden by settings.popoverDelayMs). */
  dwellMs: 150,
  /** Grace after the pointer leaves both the figure and the card before the card hides. */
  hideGraceMs: 300,
  /** How often to check that the page has not cleared CSS.highlights. */
  registryCheckMs: 1000,
};

export interface Clock {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestFrame(fn: () => void): number;
  setInterval(fn: () => void, ms: number): number;
  clearInterval(id: number): void;
  now(): number;
}

const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
  requestFrame: (fn) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => fn())
      : (globalThis.setTimeout(fn, 16) as unknown as number),
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms) as unknown as number,
  clearInterval: (id) => globalThis.clearInterval(id),
  now: () => performance.now(),
};

export let clock: Clock = realClock;

/** Replace parts of the clock (tests); call with no argument to restore the real one. */
export function setClock(c?: Partial<Clock>): void {
  clock = c ? { ...realClock, ...c } : realClock;
}

/** A cancellable one-shot timer through the clock. */
export class Timer {
  private id: number | null = null;
  start(fn: () => void, ms: number): void {
    this.cancel();
    this.id = clock.setTimeout(() => {
      this.id = null;
      fn();
    }, ms);
  }
  cancel(): void {
    if (this.id !== null) clock.clearTimeout(this.id);
    this.id = null;
  }
  get pending(): boolean {
    return this.id !== null;
  }
}

/** Hands the main thread back to the page between slices of work (scheduler.yield where the browser has it). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => clock.setTimeout(ok, 0));
}

/** Longest stretch of scanning before yielding, so a large page never sees a long task from us. */
export const SLICE_MS = 12;
