import type { HighlightStyle } from '../settings';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from './registry';

// Paints the highlights. A constructed stylesheet adopted by the document adds
// no element to the page; ::highlight() can only change colour, background and
// text decoration, so layout never moves.

function rules(style: HighlightStyle): string {
  const base =
    style === 'background'
      ? `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.35); }`
      : `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline 2px rgba(217, 119, 6, 0.9); }`;
  return `${base}
::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.55); text-decoration: underline 2px rgb(180, 83, 9); }`;
}

let sheet: CSSStyleSheet | null = null;
let applied: HighlightStyle | null = null;

export function applyHighlightStyle(doc: Document, style: HighlightStyle): void {
  if (!sheet) sheet = new CSSStyleSheet();
  // Replacing a sheet restyles the whole document: on a 1 MB page that is
  // tens of milliseconds, so only when the style really changes.
  if (applied !== style) sheet.replaceSync(rules(style));
  applied = style;
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function removeHighlightStyle(doc: Document): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
