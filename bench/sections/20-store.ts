import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from '../run';
import { parseDataset, type BundledDataset } from '../../lib/claims/dataset';
import { compareFigure } from '../../lib/claims/compare';
import { addDays } from '../../lib/claims/normalise';
import type { Claim, Definition } from '../../lib/claims/schema';
import { METRICS, type Figure, type Metric, type Rate, type Side } from '../../lib/extract/types';
import { CrosscountDB } from '../../lib/store/db';
import { comparableClaims, searchClaims } from '../../lib/store/queries';
import { normaliseText } from '../../lib/store/rows';
import { seedFrom } from '../../lib/store/seed';

// The store under load: 100,000 synthetic claims in fake-indexeddb (an
// in-memory IndexedDB in Node, slower than a browser's), against a baseline
// of the same work done by a plain Array.filter over the claims in memory.

const N = Number(process.env.BENCH_STORE_CLAIMS ?? 100_000);

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Oleksandr', 'Mykhailo', 'Ivan', 'Anna', 'John', 'Marco', 'Olena', 'Sergei', 'Dmitry', 'Kateryna', 'Ben', 'Michael', 'Yulia', 'Andriy', 'Petro'];
const LAST = ['Fedorov', 'Havryliuk', 'Healey', 'Rubio', 'Kofman', 'Syrskyi', 'Budanov', 'Zaluzhnyi', 'Shoigu', 'Medvedev', 'Wallace', 'Watling', 'Lee', 'Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Boyko', 'Moroz'];
const BODIES = ['General Staff of the Armed Forces of Ukraine', 'UK Ministry of Defence', 'Western officials', 'CSIS', 'Mediazona', 'BBC Russian', 'Pentagon', 'Russian Defence Ministry', 'ISW', 'Economist model'];
const OUTLETS = ['Bloomberg', 'Reuters', 'Kyiv Independent', 'Kyiv Post', 'BBC', 'The Guardian', 'Meduza', 'Ukrainska Pravda', 'RBC-Ukraine', 'Ukrinform', 'Newsweek', 'The Telegraph', 'Euromaidan Press', 'The Economist', 'Financial Times', 'Le Monde', 'Der Spiegel', 'NV', 'Suspilne', 'Novaya Gazeta'];
const WORDS = ['troops', 'soldiers', 'personnel', 'losses', 'killed', 'wounded', 'front', 'offensive', 'Pokrovsk', 'Bakhmut', 'Avdiivka', 'drones', 'artillery', 'estimate', 'according', 'intelligence', 'assessment', 'reported', 'daily', 'month', 'week', 'year', 'contract', 'recruits', 'mobilisation', 'casualties', 'since', 'invasion', 'army', 'brigade', 'region', 'Donetsk', 'Zaporizhzhia', 'Kharkiv', 'Kursk', 'North', 'Korean', 'convicts', 'Wagner', 'missing'];
const RATES: Rate[] = ['per_day', 'per_week', 'per_month', 'per_year', 'period_total', 'period_total', 'cumulative', 'none'];
const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const START = '2022-02-24';
const SPAN_DAYS = 1450; // to about February 2026

export function syntheticClaims(n: number, defs: Definition[]): Claim[] {
  const r = rng(42);
  const out: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const metric = r() < 0.7 ? pick(r, ['killed', 'casualties', 'losses', 'wounded'] as Metric[]) : pick(r, METRICS);
    const rate = pick(r, RATES);
    const end = addDays(START, Math.floor(r() * SPAN_DAYS));
    const len = rate === 'per_day' ? 1 : rate === 'per_week' ? 7 : rate === 'per_year' ? 365 : pick(r, [1, 7, 30, 31, 90, 365]);
    const period = rate === 'cumulative' ? { start: START, end } : r() < 0.15 ? null : { start: addDays(end, -(len - 1)), end };
    const low = Math.round(100 + r() * 50_000);
    const high = r() < 0.3 ? low + Math.round(r() * 5000) : low;
    const named = r() < 0.5;
    const claimant = named ? `${pick(r, FIRST)} ${pick(r, LAST)}` : pick(r, BODIES);
    const words = Array.from({ length: 10 }, () => pick(r, WORDS)).join(' ');
    const side: Side | null = r() < 0.8 ? 'russia' : r() < 0.9 ? 'ukraine' : null;
    const def = r() < 0.6 ? pick(r, defs) : null;
    out.push({
      id: `syn-${i}`, value: { low, high }, qualifier: 'exact', metric, rate, period, side,
      claimant: { name: claimant }, sources: [{ outlet: pick(r, OUTLETS), url: `https://example.org/${i}`, date: end }],
      quote: `${claimant} said ${low.toLocaleString('en-GB')} ${words}`, quoteLanguage: 'en',
      statementDate: end, definitionId: def?.id ?? null, origin: 'bundled',
    });
  }
  return out;
}

export function syntheticDefinitions(): Definition[] {
  return METRICS.flatMap((m, i) => [0, 1].map((k) => ({
    id: `def-${m}-${k}`, term: `${m} (${pick(rng(i * 2 + k), BODIES)})`, metric: m, counts: `${m.replace('_', ' ')} as counted by source ${k}`,
    source: { outlet: 'Example', url: 'https://example.org/def' }, quote: m, quoteLanguage: 'en',
  })));
}

export function figures(count: number): Figure[] {
  const r = rng(7);
  return Array.from({ length: count }, (_, i) => {
    const rate = pick(r, ['period_total', 'per_week', 'per_month', 'per_day', 'cumulative'] as Rate[]);
    const end = addDays(START, 60 + Math.floor(r() * (SPAN_DAYS - 60)));
    const period = rate === 'cumulative' ? { start: START, end } : rate === 'per_week' && i % 3 === 0 ? null : { start: addDays(end, -30), end };
    return {
      start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact', sentence: '', claimant: null,
      metric: pick(r, ['killed', 'casualties', 'losses', 'recruited', 'force_size'] as Metric[]), rate, period,
      side: r() < 0.9 ? 'russia' : 'ukraine',
    };
  });
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
const ratio = (x: number, base: number) => (x >= base ? `${(x / base).toFixed(1)}× slower` : `${(base / x).toFixed(1)}× faster`);

function baselineSearch(all: { c: Claim; hay: string }[], q: string, limit: number): Claim[] {
  const words = normaliseText(q).split(/\s+/).filter(Boolean);
  return all.filter((x) => words.every((w) => x.hay.includes(w))).slice(0, limit).map((x) => x.c);
}

function loadBundled(): BundledDataset | null {
  const dir = join(import.meta.dirname, '../../lib/claims/data');
  const c = join(dir, 'claims.json');
  const d = join(dir, 'definitions.json');
  if (!existsSync(c) || !existsSync(d)) return null;
  return parseDataset(JSON.parse(readFileSync(c, 'utf8')), JSON.parse(readFileSync(d, 'utf8')));
}

const SEARCHES = ['fedorov', 'general staff', 'bloomberg', 'kyiv independent', 'pokrovsk drones', 'rubio', 'mediazona', '35,000', 'north korean', 'uk ministry of defence'];
const TYPED = 'western officials';

const section: BenchSection = {
  title: `Store (${N.toLocaleString('en-GB')} synthetic claims in fake-indexeddb)`,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const bundled = loadBundled();
    if (bundled) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const db = new CrosscountDB(`bench-bundled-${i}`);
        times.push((await time(() => seedFrom(bundled, { db, force: true })))[0]);
        db.close();
      }
      rows.push({ name: `seed bundled dataset (${bundled.claims.claims.length} claims, ${bundled.definitions.definitions.length} definitions), median of 5`, value: ms(median(times)), target: 'on install' });
    } else {
      rows.push({ name: 'seed bundled dataset', value: 'n/a: lib/claims/data/*.json not present yet' });
    }

    const defs = syntheticDefinitions();
    const claims = syntheticClaims(N, defs);
    const db = new CrosscountDB('bench-store');
    const [loadMs] = await time(() =>
      seedFrom({ version: 'bench', claims: { version: 'bench', updated: '2026-02-14', claims }, definitions: { version: 'bench', definitions: defs } }, { db, force: true }),
    );
    rows.push({ name: `load ${N.toLocaleString('en-GB')} claims (one transaction, all indexes)`, value: `${(loadMs / 1000).toFixed(1)} s` });

    const defMap = new Map(defs.map((d) => [d.id, d]));
    const figs = figures(60);
    const base: number[] = [];
    const store: number[] = [];
    const got: string[] = [];
    for (const f of figs.slice(0, 5)) await comparableClaims(f, 8, { db }); // warm-up
    // Store queries first, baselines after: the baseline's allocations would
    // otherwise trigger collections that land inside the store's timings.
    for (const f of figs) {
      const [t, r] = await time(() => comparableClaims(f, 8, { db, published: '2025-06-01' }));
      store.push(t);
      got.push(r.map((c) => c.claim.id).join());
    }
    figs.forEach((f, k) => {
      const t = performance.now();
      const expected = compareFigure(f, claims, defMap, { limit: 8, published: '2025-06-01' });
      base.push(performance.now() - t);
      if (got[k] !== expected.map((c) => c.claim.id).join()) {
        throw new Error(`comparableClaims disagrees with a full scan for ${JSON.stringify(f)}`);
      }
    });
    rows.push({ name: 'baseline: compareFigure over the whole in-memory array, median', value: ms(median(base)) });
    rows.push({ name: `comparableClaims, median of ${figs.length} figures (p95 ${ms(p95(store))})`, value: ms(median(store)), ratio: ratio(median(store), median(base)), target: `< 5 ms: ${median(store) < 5 ? 'met' : 'NOT met'}` });

    const hay = claims.map((c) => ({ c, hay: normaliseText(`${c.claimant.name} ${c.sources.map((s) => s.outlet).join(' ')} ${c.quote} ${c.metric}`) }));
    const sb: number[] = [];
    const ss: number[] = [];
    for (const q of SEARCHES) ss.push((await time(() => searchClaims(q, {}, 50, { db })))[0]);
    for (const q of SEARCHES) sb.push((await time(() => baselineSearch(hay, q, 50)))[0]);
    rows.push({ name: 'baseline: Array.filter substring search, median', value: ms(median(sb)) });
    rows.push({ name: `searchClaims, median of ${SEARCHES.length} queries (max ${ms(Math.max(...ss))})`, value: ms(median(ss)), ratio: ratio(median(ss), median(sb)), target: `< 30 ms: ${median(ss) < 30 ? 'met' : 'NOT met'}` });

    const filtered: number[] = [];
    for (const [q, f] of [['', { metric: 'killed' as Metric }], ['', { side: 'ukraine' as Side, from: '2025-01-01' }], ['fedorov', { metric: 'casualties' as Metric, side: 'russia' as Side }], ['troops', { from: '2024-01-01', to: '2024-03-31' }]] as const) {
      filtered.push((await time(() => searchClaims(q, f, 50, { db })))[0]);
    }
    rows.push({ name: `searchClaims with filters, median of ${filtered.length} (max ${ms(Math.max(...filtered))})`, value: ms(median(filtered)), target: `< 30 ms: ${median(filtered) < 30 ? 'met' : 'NOT met'}` });

    const keys: number[] = [];
    for (let i = 1; i <= TYPED.length; i++) keys.push((await time(() => searchClaims(TYPED.slice(0, i), {}, 50, { db })))[0]);
    rows.push({ name: `search per keystroke typing "${TYPED}", median (max ${ms(Math.max(...keys))})`, value: ms(median(keys)), target: `< 50 ms: ${Math.max(...keys) < 50 ? 'met, every keystroke' : median(keys) < 50 ? 'met at median, not every keystroke' : 'NOT met'}` });

    const [worst] = await time(() => searchClaims('troops', { metric: 'captured', side: 'ukraine' }, 50, { db }));
    rows.push({ name: 'worst case: common word + rare filters ("troops", captured, ukraine)', value: ms(worst) });
    db.close();
    return rows;
  },
};

export default section;
