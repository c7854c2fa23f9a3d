// Builds lib/claims/data/claims.json and definitions.json from the research
// files (../shared/research/claims), the seed articles (../shared/seeds) and
// the hand-written curation in this folder. It refuses to write anything
// that fails the schema or whose quote does not show its figure.
//
//   npx tsx scripts/dataset/build.ts [--research DIR] [--seeds DIR]

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimsFileSchema, DefinitionsFileSchema, type Claim, type Definition, type Source } from '../../lib/claims/schema';
import { quoteContainsFigure } from '../../lib/claims/quote-check';
import { C } from './claimants';
import { DEFINITIONS } from './definitions';
import { EXCLUDED_RESEARCH, EXCLUDED_TRACKER } from './exclusions';
import { RESEARCH_CLAIMS } from './research-picks';
import { RESEARCH_CLAIMS_2 } from './research-picks-2';
import { SEED_CLAIMS } from './seeds';
import { SEED_FILES, SEED_PAGES } from './seed-pages';
import type { ClaimSpec, SeedSource, SourceSpec } from './spec';
import { TRACKER_CLAIMS, TRACKER_ROWS_MERGED } from './tracker-picks';
import { monthlyAverageClaims, trackerCumulativeValues } from './tracker-monthly';
import type { ResearchEntry, TrackerRow } from './research-types';

// The store re-seeds when the version changes, so it carries a hash of the content.
const RELEASE = '2026.11.22';
const UPDATED = '2026-11-22';
const versionOf = (content: unknown) => `${RELEASE}-${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8)}`;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const ROOT = resolve(import.meta.dirname, '../..');
const RESEARCH_DIR = resolve(arg('--research', resolve(ROOT, '../shared/research/claims')));
const SEEDS_DIR = resolve(arg('--seeds', resolve(ROOT, '../shared/seeds')));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(resolve(RESEARCH_DIR, file), 'utf8')) as T;
const research = new Map<string, ResearchEntry>();
for (const f of ['claims_candidates.json', 'claims_additional.json']) {
  for (const e of readJson<ResearchEntry[]>(f)) research.set(e.id!, e);
}
const tracker = readJson<TrackerRow[]>('economist_tracker_rows.json');
const researchDefinitions = readJson<Array<{ term: string; url: string; quote: string; quote_language: string }>>('definitions.json');
const seedText = Object.fromEntries(
  Object.entries(SEED_FILES).map(([k, f]) => [k, readFileSync(resolve(SEEDS_DIR, f), 'utf8')]),
) as Record<keyof typeof SEED_FILES, string>;

const problems: string[] = [];
const used = new Set<string>();

function entry(id: string): ResearchEntry {
  const e = research.get(id);
  if (!e) throw new Error(`unknown research id ${id}`);
  used.add(id);
  return e;
}
function row(i: number): TrackerRow {
  const r = tracker[i];
  if (!r) throw new Error(`unknown tracker row ${i}`);
  used.add(`econ:${i}`);
  return r;
}

export function seedQuote(s: SeedSource): string {
  const text = seedText[s.seed];
  const a = text.indexOf(s.from);
  if (a < 0) throw new Error(`seed ${s.seed}: anchor not found: ${s.from}`);
  const b = text.indexOf(s.to, a);
  if (b < 0) throw new Error(`seed ${s.seed}: end anchor not found after ${s.from}: ${s.to}`);
  return text.slice(a, b + s.to.length);
}

const valueOf = (v: ResearchEntry['value']) => (typeof v === 'number' ? { low: v, high: v } : { low: v.low, high: v.high });
const TRACKER_OUTLET = 'The Economist (tracker source data, a secondary compilation)';

function primaryUrl(raw: string | undefined): string | undefined {
  const m = /^https?:\/\/\S+/.exec(raw ?? '');
  return m ? m[0] : undefined;
}

function dropInternal(notes: string | undefined): string | undefined {
  const kept = (notes ?? '')
    .split(/;\s*/)
    // Notes about the quote's typography were for the curators, not readers.
    .filter((p) => p && !/distractor|separator|spelled-out|^range$/i.test(p))
    .join('; ');
  return kept ? kept.charAt(0).toUpperCase() + kept.slice(1) + (/[.)]$/.test(kept) ? '' : '.') : undefined;
}

interface Resolved {
  source: Source;
  quote: string;
  quoteLanguage: string;
}

function resolveSource(s: SourceSpec): Resolved {
  if ('seed' in s) {
    const page = SEED_PAGES[s.seed][s.page ?? 'main'];
    if (!page) throw new Error(`seed ${s.seed} has no page ${s.page}`);
    const quote = seedQuote(s);
    return { source: { outlet: page.outlet, url: page.url, date: page.date, ...(s.title ? { title: s.title } : {}) }, quote, quoteLanguage: 'en' };
  }
  if ('research' in s) {
    const e = entry(s.research);
    return {
      source: { outlet: s.outlet ?? e.reported_by, url: e.url, date: e.statement_date ?? null, ...(s.title ? { title: s.title } : {}) },
      quote: e.quote,
      quoteLanguage: e.quote_language,
    };
  }
  const r = row(s.econ);
  const primary = primaryUrl(r.original_source_url);
  return {
    source: { outlet: TRACKER_OUTLET, url: r.url, date: null, ...(primary ? { primaryUrl: primary } : {}) },
    quote: r.quote,
    quoteLanguage: 'csv',
  };
}

function fromSpec(spec: ClaimSpec): Claim {
  const resolved = spec.sources.map(resolveSource);
  const first = spec.sources[0]!;
  const base: Partial<ResearchEntry> =
    'research' in first ? entry(first.research) : 'econ' in first ? row(first.econ) : {};
  const value = spec.value ?? (base.value !== undefined ? valueOf(base.value) : undefined);
  if (!value) throw new Error(`${spec.id}: no value`);
  const statementDate = spec.statementDate !== undefined ? spec.statementDate : ('research' in first ? (base.statement_date ?? null) : null);
  let period = spec.period;
  if (period === undefined) {
    if (base.period_start && base.period_end) period = { start: base.period_start, end: base.period_end };
    else if (base.rate === 'cumulative' && base.period_start && statementDate) period = { start: base.period_start, end: statementDate };
    else period = null;
  }
  const noteParts: string[] = [];
  if (spec.notes) noteParts.push(spec.notes);
  else if ('econ' in first) noteParts.push(`The tracker lists this figure as ${base.definition_as_stated?.split(' ')[0] ?? 'an estimate'}.`);
  else if (base.definition_as_stated) noteParts.push(`Counts: ${base.definition_as_stated}.`);
  if (spec.researchNotes !== false && 'research' in first) {
    const rn = dropInternal(base.notes);
    if (rn) noteParts.push(rn);
    if (!base.statement_date && base.statement_date_approx && spec.statementDate === undefined) {
      noteParts.push(`Dated only approximately: ${base.statement_date_approx} (${base.statement_date_basis ?? 'no exact date on the page'}).`);
    }
  }
  const head = resolved[0]!;
  const sources: Source[] = resolved.map((r, i) =>
    i === 0 || (r.quote === head.quote && r.source.url === head.source.url)
      ? r.source
      : { ...r.source, quote: r.quote, quoteLanguage: r.quoteLanguage },
  );
  return {
    id: spec.id,
    value,
    qualifier: spec.qualifier ?? base.qualifier ?? 'exact',
    metric: spec.metric ?? base.metric!,
    rate: spec.rate ?? base.rate!,
    period,
    side: spec.side !== undefined ? spec.side : (base.side ?? null),
    claimant: spec.claimant,
    sources,
    quote: head.quote,
    quoteLanguage: head.quoteLanguage,
    statementDate,
    definitionId: spec.definitionId,
    ...(noteParts.length ? { notes: noteParts.join(' ') } : {}),
    ...(spec.related?.length ? { related: [...spec.related] } : {}),
    origin: 'bundled',
  };
}

function buildDefinitions(): Definition[] {
  return DEFINITIONS.map((d) => {
    if ('fromTerm' in d) {
      const r = researchDefinitions.find((x) => x.term === d.fromTerm);
      if (!r) throw new Error(`definition ${d.id}: no research term ${d.fromTerm}`);
      return { id: d.id, term: d.fromTerm, metric: d.metric, counts: d.counts, source: { outlet: d.outlet, url: r.url }, quote: r.quote, quoteLanguage: r.quote_language, ...(d.notes ? { notes: d.notes } : {}) };
    }
    const s = 'seed' in d ? resolveSource(d.seed) : resolveSource({ research: d.research });
    return { id: d.id, term: d.term, metric: d.metric, counts: d.counts, source: { outlet: s.source.outlet, url: s.source.url }, quote: s.quote, quoteLanguage: s.quoteLanguage, ...(d.notes ? { notes: d.notes } : {}) };
  });
}

function linkRelated(claims: Claim[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    for (const r of c.related ?? []) {
      const other = byId.get(r);
      if (!other) {
        problems.push(`${c.id}: related id ${r} does not exist`);
        continue;
      }
      if (!(other.related ?? []).includes(c.id)) other.related = [...(other.related ?? []), c.id];
    }
  }
}

function check(claims: Claim[], definitions: Definition[]): void {
  const ids = new Set<string>();
  const defIds = new Set(definitions.map((d) => d.id));
  for (const c of claims) {
    if (ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!quoteContainsFigure(c.quote, c.value, c.quoteLanguage)) problems.push(`${c.id}: quote does not show ${c.value.low}-${c.value.high}: ${c.quote}`);
    for (const s of c.sources) {
      if (s.quote && !quoteContainsFigure(s.quote, { low: c.value.high, high: c.value.high }, s.quoteLanguage ?? c.quoteLanguage) && !quoteContainsFigure(s.quote, { low: c.value.low, high: c.value.low }, s.quoteLanguage ?? c.quoteLanguage)) {
        problems.push(`${c.id}: source quote on ${s.url} shows neither end of the figure`);
      }
    }
    if (c.definitionId && !defIds.has(c.definitionId)) problems.push(`${c.id}: unknown definition ${c.definitionId}`);
    if (c.rate === 'cumulative' && !c.period) problems.push(`${c.id}: cumulative claim without a period`);
  }
  for (const e of research.keys()) {
    if (!used.has(e) && !EXCLUDED_RESEARCH.some((x) => x.from === e)) problems.push(`research ${e} neither used nor excluded`);
  }
}

const specs = [...SEED_CLAIMS, ...RESEARCH_CLAIMS, ...RESEARCH_CLAIMS_2, ...TRACKER_CLAIMS];
const claims = specs.map(fromSpec);
for (const i of TRACKER_ROWS_MERGED) if (!used.has(`econ:${i}`)) problems.push(`tracker row ${i} listed as merged but unused`);
claims.push(...monthlyAverageClaims(tracker, used, C.ukMod));
const definitions = buildDefinitions();
linkRelated(claims);
check(claims, definitions);
const leftOut = tracker.map((_, i) => i).filter((i) => !used.has(`econ:${i}`));
const cumulative = trackerCumulativeValues(tracker);
const unexplained = leftOut.filter(
  (i) => !EXCLUDED_TRACKER.some((x) => x.from === `econ:${i}`) && !/Economist calculation/.test(tracker[i]!.definition_as_stated) && !cumulative.has(tracker[i]!.quote),
);
if (unexplained.length) problems.push(`tracker rows neither used nor excluded: ${unexplained.join(', ')}`);

const claimsFile = ClaimsFileSchema.parse({ version: versionOf(claims), updated: UPDATED, claims });
const definitionsFile = DefinitionsFileSchema.parse({ version: versionOf(definitions), definitions });
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(resolve(ROOT, 'lib/claims/data/claims.json'), `${JSON.stringify(claimsFile, null, 1)}\n`);
writeFileSync(resolve(ROOT, 'lib/claims/data/definitions.json'), `${JSON.stringify(definitionsFile, null, 1)}\n`);
const count = (key: (c: Claim) => string) =>
  Object.entries(claims.reduce<Record<string, number>>((m, c) => ({ ...m, [key(c)]: (m[key(c)] ?? 0) + 1 }), {})).sort();
console.log(`${claims.length} claims, ${definitions.length} definitions`);
console.log('by metric', JSON.stringify(Object.fromEntries(count((c) => c.metric))));
console.log('by first source', JSON.stringify(Object.fromEntries(count((c) => (c.sources[0]!.outlet === TRACKER_OUTLET ? 'tracker' : Object.values(SEED_PAGES).some((p) => Object.values(p).some((x) => x.url === c.sources[0]!.url)) ? 'seed' : 'research')))));
console.log(`left out: ${EXCLUDED_RESEARCH.length} research entries, ${leftOut.length} tracker rows`);
