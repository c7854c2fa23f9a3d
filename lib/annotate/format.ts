import type { NumericValue, Period } from '../extract/types';
import type { Annotation } from './model';

// Plain values shared by the export formats, machine-readable where a
// spreadsheet or script will read them (numbers without separators, ISO 8601
// intervals), so each format says the same thing about a figure.

/** "30000", or "7000-8000" for a range. */
export function valueText(v: NumericValue): string {
  return v.low === v.high ? String(v.low) : `${v.low}-${v.high}`;
}

/** ISO 8601 interval "2026-01-01/2026-01-31", or "" when the figure has no period. */
export function periodText(p: Period | null): string {
  return p ? `${p.start}/${p.end}` : '';
}

/** "Marco Rubio: 7,000-8,000 a week (https://...)". */
export function comparedText(c: Annotation['compared'][number]): string {
  return c.url ? `${c.claimant}: ${c.text} (${c.url})` : `${c.claimant}: ${c.text}`;
}

export type ExportFormat = 'jsonld' | 'csv' | 'markdown';

const EXTENSIONS: Record<ExportFormat, string> = { jsonld: 'jsonld', csv: 'csv', markdown: 'md' };

export const EXPORT_MIME: Record<ExportFormat, string> = {
  jsonld: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

/** YYYY-MM-DD in the person's local time zone: the day they see on their calendar. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "crosscount-annotations-2026-02-14.csv". */
export function exportFilename(format: ExportFormat, date: Date): string {
  return `crosscount-annotations-${localDay(date)}.${EXTENSIONS[format]}`;
}
