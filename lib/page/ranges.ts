import type { Block } from './blocks';

// Offsets in a block's joined text -> a live DOM Range over its text nodes.

/** Index of the node holding offset `pos`; `preferEnd` picks the earlier node at a boundary. */
function nodeIndexAt(block: Block, pos: number, preferEnd: boolean): number {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < pos || (!preferEnd && starts[mid] === pos)) lo = mid;
    else hi = mid - 1;
  }
  // Skip empty nodes so a range never starts at the end of one.
  while (!preferEnd && lo < nodes.length - 1 && starts[lo]! + nodes[lo]!.data.length <= pos) lo++;
  return lo;
}

export interface NodeSpan {
  range: Range;
  /** The text nodes the range touches, first to last. */
  nodes: Text[];
}

export function rangeFor(block: Block, start: number, end: number): NodeSpan | null {
  if (block.nodes.length === 0 || start < 0 || end > block.text.length || start >= end) return null;
  const a = nodeIndexAt(block, start, false);
  const b = nodeIndexAt(block, end, true);
  const range = block.el.ownerDocument.createRange();
  range.setStart(block.nodes[a]!, start - block.starts[a]!);
  range.setEnd(block.nodes[b]!, end - block.starts[b]!);
  return { range, nodes: block.nodes.slice(a, b + 1) };
}

/** Offset of a DOM point within the text of `root` (as root.textContent counts it). */
export function textOffsetIn(root: Node, node: Node, offset: number): number {
  const r = root.ownerDocument!.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  // Range.toString() counts the same characters as textContent for text nodes,
  // but skips comments and CDATA exactly as textContent does.
  return r.toString().length;
}
