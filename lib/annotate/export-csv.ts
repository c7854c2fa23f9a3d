import { comparedText, periodText, valueText } from './format';
import type { Annotation } from './model';

// CSV that opens cleanly in spreadsheets: RFC 4180 (every field quoted, quotes
// doubled, CRLF between records), a UTF-8 byte order mark so Excel does not read
// the file as Windows-1252, and cells that a spreadsheet would run as a formula
// prefixed with an apostrophe (OWASP's CSV injection advice): page text and
// notes come from strangers.

export const CSV_COLUMNS = [
  'page',
  'title',
  'figure text',
  'value',
  'metric',
  'rate',
  'period',
  'note',
  'compared claims',
  'saved',
] as const;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

export function annotationRow(a: Annotation): string[] {
  return [
    a.page.url,
    a.page.title,
    a.quote.exact,
    valueText(a.figure.value),
    a.figure.metric,
    a.figure.rate,
    periodText(a.figure.period),
    a.note,
    // One claim per line inside the cell: spreadsheets show it wrapped.
    a.compared.map(comparedText).join('\n'),
    a.created,
  ];
}

export function exportCsv(annotations: readonly Annotation[]): string {
  const rows = [[...CSV_COLUMNS], ...annotations.map(annotationRow)];
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
