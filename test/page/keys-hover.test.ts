// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isTypingTarget, keyAction, stepIndex } from '../../lib/page/keys';
import { HoverIntent } from '../../lib/page/hover';
import { DELAYS, setClock } from '../../lib/timing';

const key = (k: Partial<KeyboardEvent>) =>
  keyAction({ key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...k });

describe('keyboard shortcuts', () => {
  it('maps Alt+Shift+arrows, Alt+Shift+H and Escape, nothing else', () => {
    expect(key({ key: 'ArrowRight', altKey: true, shiftKey: true })).toBe('next');
    expect(key({ key: 'ArrowLeft', altKey: true, shiftKey: true })).toBe('previous');
    expect(key({ key: 'Ó', code: 'KeyH', altKey: true, shiftKey: true })).toBe('toggle');
    expect(key({ key: 'Escape' })).toBe('escape');
    expect(key({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(key({ key: 'ArrowRight', shiftKey: true })).toBeNull();
    expect(key({ key: 'ArrowRight', altKey: true, shiftKey: true, ctrlKey: true })).toBeNull();
  });

  it('treats text fields and editable regions as typing, buttons not', () => {
    document.body.innerHTML = '<input id="t"><input id="c" type="checkbox"><textarea id="a"></textarea><div id="e" contenteditable="true"></div><button id="b"></button>';
    const el = (id: string) => document.getElementById(id);
    expect(isTypingTarget(el('t'))).toBe(true);
    expect(isTypingTarget(el('a'))).toBe(true);
    expect(isTypingTarget(el('e'))).toBe(true);
    expect(isTypingTarget(el('c'))).toBe(false);
    expect(isTypingTarget(el('b'))).toBe(false);
  });

  it('steps forward and back with wrap-around', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(-1, 0, 1)).toBe(-1);
  });
});

describe('HoverIntent', () => {
  // A manual clock: timers fire only when the test advances time.
  let now = 0;
  let timers: { id: number; at: number; fn: () => void }[] = [];
  let nextId = 1;
  function install() {
    now = 0;
    timers = [];
    setClock({
      setTimeout: (fn, ms) => {
        const id = nextId++;
        timers.push({ id, at: now + ms, fn });
        return id;
      },
      clearTimeout: (id) => {
        timers = timers.filter((t) => t.id !== id);
      },
    });
  }
  function advance(ms: number) {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((x) => x !== t);
      t.fn();
    }
  }
  afterEach(() => setClock());

  function setup() {
    install();
    const log: string[] = [];
    const h = new HoverIntent<string>(
      (t, pinned) => log.push(`open ${t}${pinned ? ' pinned' : ''}`),
      (restore) => log.push(restore ? 'close' : 'close, focus left alone'),
    );
    return { h, log };
  }

  it('opens only after the dwell', () => {
    const { h, log } = setup();
    h.pointerAt('a', false);
    advance(DELAYS.dwellMs - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['open a']);
  });

  it('does not open for a pointer passing over', () => {
    const { h, log } = setup();
    h.pointerAt('a', false);
    advance(50);
    h.pointerAt(null, false);
    advance(1000);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer is in the card, hides after the grace once it leaves both', () => {
    const { h, log } = setup();
    h.pointerAt('a', false);
    advance(DELAYS.dwellMs);
    h.pointerAt(null, false);
    advance(100);
    h.pointerAt(null, true);
    advance(2000);
    expect(log).toEqual(['open a']);
    h.pointerAt(null, false);
    advance(DELAYS.hideGraceMs - 1);
    expect(log).toEqual(['open a']);
    advance(1);
    expect(log).toEqual(['open a', 'close']);
  });

  it('keeps a keyboard-opened card while the pointer wanders, until closed', () => {
    const { h, log } = setup();
    h.openNow('b', true);
    h.pointerAt(null, false);
    advance(5000);
    expect(log).toEqual(['open b pinned']);
    h.closeNow();
    expect(log).toEqual(['open b pinned', 'close']);
    h.openNow('c', true);
    h.closeNow(false);
    expect(log.at(-1)).toBe('close, focus left alone');
  });
});
