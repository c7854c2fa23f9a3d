import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-number';
import { extractFigures } from '../../lib/extract';
import type { BenchRow, BenchSection } from '../run';

// Extraction throughput over >= 8 MB of article text (the seeds, repeated),
// beside a bare digit-regex scan of the same text and Microsoft's number
// recogniser on a 50 KB slice, all in the same run so the ratios hold on any
// machine. Targets (issue 2): >= 25 MB/s and <= 15x the bare regex time.

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const TARGET_BYTES = 8 * 1024 * 1024;
const SLICE_BYTES = 50 * 1024;
const RUNS = 7;

function corpus(): string {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
    .join('\n\n');
  const parts: string[] = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    parts.push(seeds);
    size += Buffer.byteLength(seeds, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/** Median wall time of `runs` calls after one warm-up call. */
function median(fn: () => number, runs = RUNS): { ms: number; result: number } {
  let result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

const section: BenchSection = {
  title: 'Figure extraction (lib/extract)',
  async run(): Promise<BenchRow[]> {
    const text = corpus();
    const bytes = Buffer.byteLength(text, 'utf8');
    // The content script runs extractFigures per block (paragraph), so the bench does too.
    const blocks = text.split('\n');

    const bare = median(() => {
      const re = /\d[\d,.]*/g;
      let n = 0;
      while (re.exec(text)) n++;
      return n;
    });
    const whole = median(() => extractFigures(text, { published: '2026-02-14' }).length);
    const perBlock = median(() => {
      let n = 0;
      for (const b of blocks) n += extractFigures(b, { published: '2026-02-14' }).length;
      return n;
    });

    const slice = text.slice(0, SLICE_BYTES);
    const sliceBytes = Buffer.byteLength(slice, 'utf8');
    const ms = median(() => recognizeNumber(slice, Culture.English).length, 3);

    const extractMBps = mbps(bytes, whole.ms);
    const ratio = whole.ms / bare.ms;
    const blockRatio = perBlock.ms / bare.ms;
    return [
      { name: `bare digit regex /\\d[\\d,.]*/g (${(bytes / 1e6).toFixed(1)} MB, ${bare.result} matches)`, value: `${mbps(bytes, bare.ms).toFixed(0)} MB/s (${bare.ms.toFixed(1)} ms)`, ratio: '1.00×' },
      {
        name: `extractFigures, whole text (${whole.result} figures)`,
        value: `${extractMBps.toFixed(1)} MB/s (${whole.ms.toFixed(1)} ms)`,
        ratio: `${ratio.toFixed(1)}× slower`,
        target: `>= 25 MB/s ${extractMBps >= 25 ? 'met' : 'MISSED'}; <= 15× ${ratio <= 15 ? 'met' : 'MISSED'}`,
      },
      {
        name: `extractFigures, per block (${blocks.length} blocks, ${perBlock.result} figures)`,
        value: `${mbps(bytes, perBlock.ms).toFixed(1)} MB/s (${perBlock.ms.toFixed(1)} ms)`,
        ratio: `${blockRatio.toFixed(1)}× slower`,
      },
      {
        name: `@microsoft/recognizers-text-number (${(sliceBytes / 1024).toFixed(0)} KB slice, ${ms.result} numbers)`,
        value: `${mbps(sliceBytes, ms.ms).toFixed(2)} MB/s (${ms.ms.toFixed(0)} ms)`,
        ratio: `${(mbps(bytes, bare.ms) / mbps(sliceBytes, ms.ms)).toFixed(0)}× slower; extractor ${(extractMBps / mbps(sliceBytes, ms.ms)).toFixed(0)}× faster`,
      },
    ];
  },
};

export default section;
