import { describeMetric, describeRate } from '../claims/describe';
import { localDay } from './format';
import type { Annotation } from './model';

// A readable list for notes apps and fact-check drafts: one section per page,
// each figure with its note and the claims it was compared with. Page titles,
// notes and dataset text are escaped so they show as written and cannot add
// links, images or HTML; only http(s) addresses become links.

// ':' and '@' too: GFM turns bare "https://..." and "name@host" into links.
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&":@]/g;

/** Backslash-escapes every ASCII punctuation character Markdown gives meaning to (CommonMark 2.4). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MD_SPECIAL, '\\$&');
}

/** A link destination in angle brackets, or null when the address is not a web page. */
function linkTarget(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // URL.href percent-encodes spaces and angle brackets, so it cannot leave the <...> form.
    return `<${u.href}>`;
  } catch {
    return null;
  }
}

function link(text: string, url: string): string {
  const target = linkTarget(url);
  const label = escapeMarkdown(text) || escapeMarkdown(url);
  return target ? `[${label}](${target})` : label;
}

function figureLine(a: Annotation): string {
  const f = a.figure;
  const words = [describeMetric(f.metric), describeRate(f.rate, f.period)].filter(Boolean).join(', ');
  const side = f.side ? ` (${f.side === 'russia' ? 'Russia' : 'Ukraine'})` : '';
  return `- **${escapeMarkdown(a.quote.exact)}**: ${escapeMarkdown(words)}${side}, saved ${a.created.slice(0, 10)}`;
}

function annotationItem(a: Annotation): string[] {
  const lines = [figureLine(a)];
  const noteLines = a.note
    .split(/\r?\n/)
    .map(escapeMarkdown)
    .filter((l) => l !== '');
  if (noteLines.length) {
    lines.push('', `  Note: ${noteLines.join('\\\n  ')}`);
  }
  if (a.compared.length) {
    lines.push('', '  Compared with:', '');
    for (const c of a.compared) {
      lines.push(`  - ${escapeMarkdown(c.claimant)}: ${escapeMarkdown(c.text)} (${link('source', c.url)})`);
    }
  }
  return lines;
}

export function exportMarkdown(annotations: readonly Annotation[], exported: Date): string {
  const count = annotations.length === 1 ? '1 annotation' : `${annotations.length} annotations`;
  const out = ['# Crosscount annotations', '', `Exported ${localDay(exported)}, ${count}.`];
  // Grouped by page in the order pages first appear (the list comes newest first).
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) pages.set(a.page.url, [...(pages.get(a.page.url) ?? []), a]);
  for (const [url, items] of pages) {
    out.push('', `## ${link(items[0]!.page.title || url, url)}`, '');
    for (const a of items) out.push(...annotationItem(a), '');
    out.pop();
  }
  return `${out.join('\n')}\n`;
}
