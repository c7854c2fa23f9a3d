import { Window } from 'happy-dom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '../../lib/annotate/export-markdown';
import { HOSTILE_NOTE, HOSTILE_TITLE, hostile, rubio } from './sample-annotations';

// The Markdown is rendered with a real Markdown renderer and read as a person
// would see it: headings, links, text.
function render(md: string): Document {
  const html = marked.parse(md, { async: false });
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('exportMarkdown', () => {
  const md = exportMarkdown([rubio, hostile], new Date(2026, 1, 16, 12));
  const doc = render(md);

  it('heads the list with the export date and count', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('Crosscount annotations');
    expect(doc.body.textContent).toContain('Exported 2026-02-16, 2 annotations.');
  });

  it('links each page heading to the page, with the title shown as written', () => {
    const headings = [...doc.querySelectorAll('h2 a')];
    expect(headings.map((a) => a.getAttribute('href'))).toEqual(['https://isenews.com/?p=125033', 'https://example.org/live?a=1&b=(2)']);
    expect(headings[0]!.textContent).toBe(rubio.page.title);
    expect(headings[1]!.textContent).toBe(HOSTILE_TITLE);
  });

  it('lists the figure in plain words with its note and compared claims linked to their sources', () => {
    const item = doc.querySelector('ul > li')!;
    expect(item.querySelector('strong')!.textContent).toBe('7,000-8,000');
    expect(item.textContent).toContain('killed, a week (Russia)');
    expect(item.textContent).toContain(`Note: ${rubio.note}`);
    const source = [...item.querySelectorAll('a')].find((a) => a.textContent === 'source')!;
    expect(source.getAttribute('href')).toBe(rubio.compared[0]!.url);
    expect(item.textContent).toContain('Mykhailo Fedorov: 35,000 in December 2025');
  });

  it('shows page and dataset text literally: no HTML, no injected links, no script addresses', () => {
    expect(doc.querySelector('script, b')).toBeNull();
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h!.startsWith('javascript:') || h!.includes('evil.example'))).toBe(false);
    const text = doc.body.textContent!;
    for (const line of HOSTILE_NOTE.split('\n')) expect(text).toContain(line);
    expect(text).toContain('@attacker: +35,000 *bold* (source)');
    expect(text).toContain('-Minus: [link](https://evil.example)');
  });

  it('keeps a multi-line note inside its list item', () => {
    const items = [...doc.querySelectorAll('body > ul > li')];
    expect(items).toHaveLength(2);
    expect(items[1]!.innerHTML).toContain('<br>');
    expect(items[1]!.textContent).toContain('second line: <b>bold</b>');
  });

  it('escapes each Markdown-special character and bare addresses', () => {
    const special = '\\`*_{}[]()#+-.!|<>~&":@ https://x.example www.example.org a@b.example';
    const doc = render(escapeMarkdown(special));
    expect(doc.body.textContent!.trim()).toBe(special);
    expect(doc.querySelector('a, em, strong, code')).toBeNull();
  });

  it('says so when nothing is saved', () => {
    expect(render(exportMarkdown([], new Date(2026, 1, 16, 12))).body.textContent).toContain('0 annotations');
  });
});
