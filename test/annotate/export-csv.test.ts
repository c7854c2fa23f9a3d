import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '../../lib/annotate/export-csv';
import { HOSTILE_NOTE, HOSTILE_TITLE, hostile, rubio } from './sample-annotations';

function parseBack(csv: string) {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('exportCsv', () => {
  const csv = exportCsv([rubio, hostile]);

  it('starts with a UTF-8 byte order mark and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFF"page","title"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every record break is CRLF; bare LFs appear only inside quoted cells.
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(parseBack(csv).meta.linebreak).toBe('\r\n');
  });

  it('parses back with a real CSV parser to one row per annotation with the columns a spreadsheet user expects', () => {
    const { data, meta } = parseBack(csv);
    expect(meta.fields).toEqual(['page', 'title', 'figure text', 'value', 'metric', 'rate', 'period', 'note', 'compared claims', 'saved']);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({
      page: 'https://isenews.com/?p=125033',
      title: 'Russia Hemorrhages 8,000 Troops Weekly, Kremlin Forced to Hire Foreign Fighters – UK',
      'figure text': '7,000-8,000',
      value: '7000-8000',
      metric: 'killed',
      rate: 'per_week',
      period: '2026-02-08/2026-02-14',
      note: 'Dead only, "not wounded" – compare with UK casualty figures, which add the wounded.',
      saved: '2026-02-15T09:30:00.000Z',
    });
    expect(data[0]!['compared claims']).toBe(
      'Mykhailo Fedorov: 35,000 in December 2025 (https://www.b92.net/english/world/203449/tens-of-thousands-of-russian-soldiers-are-dying-every-month/vest)',
    );
  });

  it('keeps quotes, commas and newlines in a note intact and defuses a leading "="', () => {
    const row = parseBack(csv).data[1]!;
    expect(row.note).toBe(`'${HOSTILE_NOTE}`);
    expect(row.note!.split('\n')).toHaveLength(2);
    expect(row.title).toBe(HOSTILE_TITLE);
    expect(row.value).toBe('1130');
  });

  it('prefixes every cell a spreadsheet would run as a formula', () => {
    const cells = ['=1+1', '+35,000', '-Minus', '@SUM(A1)', '\t=cmd', '\r=cmd'];
    const rows = cells.map((note, i) => ({ ...rubio, id: String(i), note }));
    const parsed = parseBack(exportCsv(rows)).data.map((r) => r.note);
    expect(parsed).toEqual(cells.map((c) => `'${c}`));
    // The compared claims cell starts with the claimant "@attacker".
    expect(parseBack(csv).data[1]!['compared claims']!.startsWith("'@attacker: +35,000 *bold*")).toBe(true);
  });

  it('leaves ordinary text alone', () => {
    const row = parseBack(exportCsv([{ ...rubio, note: 'Check 35,000 – same number, different thing.' }])).data[0]!;
    expect(row.note).toBe('Check 35,000 – same number, different thing.');
  });

  it('writes only the header row when nothing is saved', () => {
    const { data, meta } = parseBack(exportCsv([]));
    expect(data).toEqual([]);
    expect(meta.fields).toHaveLength(CSV_COLUMNS.length);
  });
});
