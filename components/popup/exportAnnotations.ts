import type { Annotation } from '../../lib/annotate/model';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../../lib/annotate/format';
import { exportCsv } from '../../lib/annotate/export-csv';
import { exportJsonLd } from '../../lib/annotate/export-jsonld';
import { exportMarkdown } from '../../lib/annotate/export-markdown';

// Which lib/annotate exporter each popup button runs, and the file it makes.

export type { ExportFormat };

export const EXPORT_FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'jsonld', label: 'JSON-LD' },
  { id: 'csv', label: 'CSV' },
  { id: 'markdown', label: 'Markdown' },
];

const EXPORTERS: Record<ExportFormat, (a: readonly Annotation[], exported: Date) => string> = {
  jsonld: (a) => exportJsonLd(a),
  csv: exportCsv,
  markdown: exportMarkdown,
};

export function exportAnnotations(format: ExportFormat, annotations: readonly Annotation[], now: Date) {
  return { filename: exportFilename(format, now), mime: EXPORT_MIME[format], text: EXPORTERS[format](annotations, now) };
}
