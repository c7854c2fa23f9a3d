import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../lib/extract';
import type { Figure, Metric, Period, Rate } from '../../lib/extract/types';

// Scores the extractor against ../shared/gold/seeds_gold.jsonl, the way the
// gold README says: a figure is found when a reported span overlaps its span;
// optional rows count either way.

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');

/** Publication dates assumed by the gold (gold/RULES.md). */
export const PUBLISHED: Record<string, string> = {
  '000': '2026-02-14',
  '001': '2026-02-14',
  '002': '2025-02-03',
  '003': '2026-01-30',
  '004': '2023-09-03',
};

export interface GoldRow {
  file: string;
  start: number;
  end: number;
  text: string;
  is_figure: boolean;
  value: { low: number; high: number } | null;
  qualifier: string;
  metric: Metric | null;
  metric_alt?: Metric[] | null;
  rate: Rate;
  period: Period | null;
  side: string | null;
  optional?: boolean;
  note?: string;
}

export interface Mismatch {
  file: string;
  field: string;
  text: string;
  gold: unknown;
  got: unknown;
}

export interface Score {
  precision: number;
  recall: number;
  value: number;
  metric: number;
  rate: number;
  period: number;
  side: number;
  found: number;
  reported: number;
  figures: number;
  mismatches: Mismatch[];
}

export function loadGold(): { rows: GoldRow[]; texts: Map<string, string> } {
  const rows = readFileSync(join(SHARED, 'gold', 'seeds_gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    texts.set(f, readFileSync(join(SHARED, 'seeds', f), 'utf8'));
  }
  return { rows, texts };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const samePeriod = (a: Period | null, b: Period | null) => (a === null ? b === null : !!b && a.start === b.start && a.end === b.end);

export function score(): Score {
  const { rows, texts } = loadGold();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matched = 0;
  const right = { value: 0, metric: 0, rate: 0, period: 0, side: 0 };
  const mismatches: Mismatch[] = [];
  let reported = 0;
  let figures = 0;
  let required = 0;
  for (const [file, text] of texts) {
    const published = PUBLISHED[file.slice(0, 3)]!;
    const got: Figure[] = extractFigures(text, { published, lang: 'en' });
    reported += got.length;
    const gold = rows.filter((r) => r.file === file);
    for (const f of got) {
      const hit = gold.find((g) => overlaps(g, f));
      if (hit?.is_figure) tp++;
      else {
        fp++;
        mismatches.push({ file, field: 'false positive', text: f.text, gold: hit?.note ?? null, got: f.metric });
      }
    }
    for (const g of gold.filter((g) => g.is_figure)) {
      figures++;
      if (!g.optional) required++;
      const f = got.find((x) => overlaps(g, x));
      if (!f) {
        if (!g.optional) {
          fn++;
          mismatches.push({ file, field: 'missed', text: g.text, gold: g.metric, got: null });
        }
        continue;
      }
      matched++;
      const check = (field: keyof typeof right, ok: boolean, gv: unknown, fv: unknown) => {
        if (ok) right[field]++;
        else mismatches.push({ file, field, text: g.text, gold: gv, got: fv });
      };
      check('value', f.value.low === g.value?.low && f.value.high === g.value?.high, g.value, f.value);
      check('metric', f.metric === g.metric || !!g.metric_alt?.includes(f.metric), g.metric, f.metric);
      check('rate', f.rate === g.rate, g.rate, f.rate);
      check('period', samePeriod(g.period, f.period), g.period, f.period);
      check('side', f.side === g.side, g.side, f.side);
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(required - fn, required),
    value: ratio(right.value, matched),
    metric: ratio(right.metric, matched),
    rate: ratio(right.rate, matched),
    period: ratio(right.period, matched),
    side: ratio(right.side, matched),
    found: matched,
    reported,
    figures,
    mismatches,
  };
}
