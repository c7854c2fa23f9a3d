// The page-side keyboard shortcuts (manifest commands never reach content
// scripts, DESIGN.md). Alt+Shift+ArrowRight/Left step through figures,
// Alt+Shift+H switches highlights on this page off and on, Escape closes.

export type KeyAction = 'next' | 'previous' | 'toggle' | 'escape' | null;

export function keyAction(e: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): KeyAction {
  if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey) return 'escape';
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'ArrowRight') return 'next';
  if (e.key === 'ArrowLeft') return 'previous';
  // By physical key: Alt+Shift+H types a different character on some layouts.
  if (e.code === 'KeyH') return 'toggle';
  return null;
}

/** True while the person is typing: shortcuts are theirs, not ours. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || (target as Node).nodeType !== 1) return false;
  const el = target as HTMLElement;
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return el.isContentEditable === true;
}

/** The next index when stepping from `current` (-1 = none) through `count` figures, wrapping. */
export function stepIndex(current: number, count: number, dir: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return dir === 1 ? 0 : count - 1;
  return (current + dir + count) % count;
}
