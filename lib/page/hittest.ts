import type { FigureRegistry, PageFigure } from './registry';

// Which figure is under the pointer: the caret position at the point gives the
// text node, the registry the figures touching it, and the range's client
// rects confirm the point is really on the figure (a caret at a line's end or
// in the gap beside a word is not a hit).

interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) falls in one of the rects (with a pixel of slack for subpixel edges). */
export function pointInRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export function figureAtPoint(doc: Document, registry: FigureRegistry, x: number, y: number): PageFigure | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const f of registry.at(caret.node as Text)) {
    if (pointInRects(f.range.getClientRects(), x, y)) return f;
  }
  return null;
}
