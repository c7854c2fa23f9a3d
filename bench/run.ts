import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// `npm run bench`: runs every bench/sections/*.ts in name order and prints one
// table per section. Each section measures a baseline in the same run, so the
// ratios hold whatever the machine's speed.

export interface BenchRow {
  name: string;
  /** The measured figure, already formatted: "41.2 MB/s", "3.1 ms". */
  value: string;
  /** Against the section's baseline: "1.00×", "12.4× slower"; empty for the baseline itself. */
  ratio?: string;
  /** The target from the issue and whether it is met. */
  target?: string;
}

export interface BenchSection {
  title: string;
  run(): Promise<BenchRow[]>;
}

function printTable(title: string, rows: BenchRow[]) {
  const cols = ['name', 'value', 'ratio', 'target'] as const;
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n## ${title}\n`);
  console.log(line([...cols]));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c] ?? '')));
}

const dir = join(import.meta.dirname, 'sections');
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (!only || f.includes(only)))
  .sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: BenchSection };
  printTable(mod.default.title, await mod.default.run());
}
