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
 * The blocks in `root`'s subtree, in document order of their first text.
 * Whitespace-only blocks are left out. Each element is classified once
 * (skipped or not, its block) and remembered, so a page with thousands of
 * paragraphs costs one pass over its text nodes with no per-node callback.
 */
export function scanBlocks(root: Element): Block[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // For each element seen: its block, or null when its text is never read.
  const memo = new Map<Element, Element | null>();
  const classify = (el: Element): Element | null => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    let result: Element | null;
    if (isSkippedElement(el)) result = null;
    else if (el === root) result = root;
    else {
      const parent = el.parentElement;
      const up = parent ? classify(parent) : root;
      result = up === null ? null : BLOCK.has(el.localName) ? el : up;
    }
    memo.set(el, result);
    return result;
  };
  // The root itself may sit inside a skipped subtree (a re-scan after a mutation).
  if (isInsideSkipped(root)) return [];
  const byEl = new Map<Element, Block>();
  const order: Block[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const parent = t.parentElement;
    if (!parent) continue;
    const el = classify(parent);
    if (el === null) continue;
    let b = byEl.get(el);
    if (!b) {
      b = { el, text: '', nodes: [], starts: [] };
      byEl.set(el, b);
      order.push(b);
    }
    b.starts.push(b.text.length);
    b.nodes.push(t);
    b.text += t.data;
  }
  return order.filter((b) => /\S/.test(b.text));
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
