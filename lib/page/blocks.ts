// Reads a page as paragraph-level blocks: the text of a block's inline
// children joined, so "between <a>7,000</a> and <em>8,000 soldiers</em>" is
// seen as one sentence. Never reads form fields, code, editable regions,
// scripts or the extension's own UI.

/** The tag name of the popover's shadow host (mounted on <html>, never in <body>). */
export const HOST_TAG = 'crosscount-popover';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', HOST_TAG,
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export interface Block {
  el: Element;
  /** The joined text of the block's own text nodes (not those of nested blocks). */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
}

/** True for an element whose subtree is never read. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** True when the node sits in a skipped subtree (checked up to, not beyond, `stop`). */
export function isInsideSkipped(node: Node, stop: Node | null = null): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stop; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.localName);
}

/** The nearest paragraph-level ancestor (or the element itself). */
export function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK.has(el.localName)) return el;
  }
  return null;
}

/**
 * Reads the blocks of `root`'s subtree one at a time, each handed out as soon
 * as the walk has left it, so a long page can be processed top first in
 * slices. Each element is classified once (skipped or not, its block) and
 * remembered: one pass over the text nodes, no per-node filter callback.
 */
export class BlockStream {
  private walker: TreeWalker;
  private memo = new Map<Element, Element | null>();
  /** Blocks still open (the walk is inside them), outermost first. */
  private open: Block[] = [];
  private ready: Block[] = [];
  private seq = 0;
  private ended: boolean;
  readonly order = new WeakMap<Block, number>();

  constructor(private root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // The root may sit inside a skipped subtree (a re-scan after a mutation).
    this.ended = isInsideSkipped(root);
  }

  private classify(el: Element): Element | null {
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    let result: Element | null;
    if (isSkippedElement(el)) result = null;
    else if (el === this.root) result = el;
    else {
      const parent = el.parentElement;
      const up = parent ? this.classify(parent) : this.root;
      result = up === null ? null : BLOCK.has(el.localName) ? el : up;
    }
    this.memo.set(el, result);
    return result;
  }

  /** False when the page removed the node the walk stands on (the walk cannot go on from there). */
  get intact(): boolean {
    return this.walker.currentNode === this.root || this.walker.currentNode.isConnected;
  }

  /** The next complete block with some text, or null at the end. */
  next(): Block | null {
    for (;;) {
      const b = this.ready.shift();
      if (b) {
        if (/\S/.test(b.text)) return b;
        continue;
      }
      if (this.ended) return null;
      const n = this.walker.nextNode() as Text | null;
      if (!n) {
        this.ended = true;
        this.ready.push(...this.open.reverse());
        this.open = [];
        continue;
      }
      const parent = n.parentElement;
      if (!parent) continue;
      const el = this.classify(parent);
      if (el === null) continue;
      let top = this.open[this.open.length - 1];
      // The walk never returns into a subtree it has left: blocks not holding el are complete.
      while (top && top.el !== el && !top.el.contains(el)) {
        this.ready.push(this.open.pop()!);
        top = this.open[this.open.length - 1];
      }
      if (!top || top.el !== el) {
        top = { el, text: '', nodes: [], starts: [] };
        this.order.set(top, this.seq++);
        this.open.push(top);
      }
      top.starts.push(top.text.length);
      top.nodes.push(n);
      top.text += n.data;
    }
  }
}

/** All blocks of `root`'s subtree with some text, in document order of their first text. */
export function scanBlocks(root: Element): Block[] {
  const stream = new BlockStream(root);
  const out: Block[] = [];
  for (let b = stream.next(); b; b = stream.next()) out.push(b);
  return out.sort((x, y) => stream.order.get(x)! - stream.order.get(y)!);
}

/** True when the block's text nodes still hold the text it was read with. */
export function isBlockCurrent(b: Block): boolean {
  let text = '';
  for (const n of b.nodes) {
    if (!n.isConnected) return false;
    text += n.data;
  }
  return text === b.text;
}
