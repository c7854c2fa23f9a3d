import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import claimsJson from '../../lib/claims/data/claims.json';
import definitionsJson from '../../lib/claims/data/definitions.json';
import { quoteContainsFigure } from '../../lib/claims/quote-check';
import { ClaimsFileSchema, DefinitionsFileSchema, isoDate, type Claim } from '../../lib/claims/schema';
import { SEED_FILES, SEED_PAGES } from '../../scripts/dataset/seed-pages';

// The bundled dataset checked against its own rules and against the shared
// research material it was curated from: nothing in it may lack a source,
// misquote one, or carry a figure its quote does not show.

const SHARED = resolve(import.meta.dirname, '../../../shared');
const claimsFile = ClaimsFileSchema.parse(claimsJson);
const definitionsFile = DefinitionsFileSchema.parse(definitionsJson);
const claims = claimsFile.claims;
const byId = new Map(claims.map((c) => [c.id, c]));

// Every page SOURCES.md gives for a seed (003's statements are on two: B92 and MENAFN).
const SEED_OF_URL = new Map<string, string>(
  (Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).flatMap((k) =>
    Object.values(SEED_PAGES[k]).map((page) => [page.url, SEED_FILES[k]] as [string, string]),
  ),
);
const seedText = (file: string) => readFileSync(resolve(SHARED, 'seeds', file), 'utf8');

/** Every passage of a claim with the page it is on: the claim's quote is its first source's. */
function passages(c: Claim): Array<{ quote: string; language: string; url: string }> {
  return c.sources.map((s, i) => ({
    quote: i === 0 ? c.quote : (s.quote ?? c.quote),
    language: i === 0 ? c.quoteLanguage : (s.quoteLanguage ?? c.quoteLanguage),
    url: s.url,
  }));
}

const researchQuotes = new Set<string>();
for (const f of ['claims_candidates.json', 'claims_additional.json', 'economist_tracker_rows.json', 'definitions.json']) {
  for (const e of JSON.parse(readFileSync(resolve(SHARED, 'research/claims', f), 'utf8')) as Array<{ quote: string }>) {
    researchQuotes.add(e.quote);
  }
}

describe('bundled claims dataset: shape', () => {
  it('has at least 200 claims and 20 definitions, all valid by the schema', () => {
    expect(claims.length).toBeGreaterThanOrEqual(200);
    expect(definitionsFile.definitions.length).toBeGreaterThanOrEqual(20);
    expect(isoDate.safeParse(claimsFile.updated).success).toBe(true);
  });

  it('gives every claim and definition a unique id', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const defIds = definitionsFile.definitions.map((d) => d.id);
    expect(new Set(defIds).size).toBe(defIds.length);
  });

  it('has real, ordered dates within the war', () => {
    for (const c of claims) {
      // Only a target may look ahead of the dataset's date ("409,000 in 2026", "by 2027").
      const latest = c.metric === 'target' ? '2027-12-31' : claimsFile.updated;
      for (const d of [c.statementDate, ...c.sources.map((s) => s.date), c.period?.start, c.period?.end]) {
        if (d == null) continue;
        expect(isoDate.safeParse(d).success, `${c.id}: ${d}`).toBe(true);
        expect(d >= '2022-01-01' && d <= latest, `${c.id}: ${d}`).toBe(true);
      }
      if (c.period) expect(c.period.start <= c.period.end, c.id).toBe(true);
      if (c.rate === 'cumulative') expect(c.period, `${c.id}: cumulative needs a period`).not.toBeNull();
    }
  });

  it('resolves every definitionId and related id, and links related claims both ways', () => {
    const defIds = new Set(definitionsFile.definitions.map((d) => d.id));
    for (const c of claims) {
      if (c.definitionId !== null) expect(defIds.has(c.definitionId), `${c.id} -> ${c.definitionId}`).toBe(true);
      for (const r of c.related ?? []) {
        expect(byId.has(r), `${c.id} -> ${r}`).toBe(true);
        expect(byId.get(r)?.related ?? [], `${r} should link back to ${c.id}`).toContain(c.id);
      }
    }
  });

  it('addresses every source and definition with http(s)', () => {
    for (const c of claims) {
      for (const s of c.sources) {
        expect(s.url, c.id).toMatch(/^https?:\/\//);
        if (s.primaryUrl) expect(s.primaryUrl, c.id).toMatch(/^https?:\/\//);
      }
    }
    for (const d of definitionsFile.definitions) expect(d.source.url, d.id).toMatch(/^https?:\/\//);
  });
});

describe('bundled claims dataset: quotes', () => {
  it('shows every claim’s figure in its quote', () => {
    const bad = claims.filter((c) => !quoteContainsFigure(c.quote, c.value, c.quoteLanguage)).map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('shows at least one end of the figure in every other outlet’s quote', () => {
    const bad: string[] = [];
    for (const c of claims) {
      for (const p of passages(c).slice(1)) {
        const end = (v: number) => quoteContainsFigure(p.quote, { low: v, high: v }, p.language);
        if (!end(c.value.low) && !end(c.value.high)) bad.push(`${c.id} @ ${p.url}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('takes every quote verbatim from the research files or from the seed article of its page', () => {
    const bad: string[] = [];
    for (const c of claims) {
      for (const p of passages(c)) {
        const seed = SEED_OF_URL.get(p.url);
        const ok = seed ? seedText(seed).includes(p.quote) : researchQuotes.has(p.quote);
        if (!ok) bad.push(`${c.id} @ ${p.url}`);
      }
    }
    for (const d of definitionsFile.definitions) {
      const seed = SEED_OF_URL.get(d.source.url);
      if (!(seed ? seedText(seed).includes(d.quote) : researchQuotes.has(d.quote))) bad.push(d.id);
    }
    expect(bad).toEqual([]);
  });

  it('cites secondary compilations with the primary source and the CSV line as quote', () => {
    for (const c of claims) {
      c.sources.forEach((s, i) => {
        if (!s.url.includes('the-economist-ukraine-war-dead-and-wounded-estimates')) return;
        expect(s.primaryUrl, c.id).toMatch(/^https?:\/\//);
        expect(s.outlet, c.id).toMatch(/Economist.*secondary compilation/);
        expect(i === 0 ? c.quoteLanguage : s.quoteLanguage, c.id).toBe('csv');
      });
    }
  });
});

describe('bundled claims dataset: caveats and conflicts', () => {
  it('marks named-death counts as a floor and UK MoD daily averages as General Staff data', () => {
    for (const c of claims) {
      if (c.claimant.name === 'Mediazona and BBC Russian Service') expect(c.notes, c.id).toMatch(/floor/);
      if (c.definitionId === 'ukmod-daily-average-from-general-staff') expect(c.notes, c.id).toMatch(/General Staff/);
    }
  });

  it('keeps both of Medvedev’s 2025 contract figures, linked and flagged as a conflict', () => {
    const medvedev2025 = claims.filter(
      (c) => c.claimant.name === 'Dmitry Medvedev' && c.metric === 'recruited' && c.period?.start === '2025-01-01' && c.period.end.startsWith('2025-'),
    );
    const a = medvedev2025.find((c) => c.value.low === 417000);
    const b = medvedev2025.find((c) => c.value.low === 422704);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a!.related).toContain(b!.id);
    expect(b!.related).toContain(a!.id);
    expect(a!.notes).toMatch(/CONFLICT/);
    expect(b!.notes).toMatch(/CONFLICT/);
  });
});

interface GoldRow {
  file: string;
  text: string;
  is_figure: boolean;
  value: { low: number; high: number } | null;
}

describe('bundled claims dataset: seed articles', () => {
  const gold = readFileSync(resolve(SHARED, 'gold/seeds_gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldRow)
    .filter((g) => g.is_figure);

  it('covers every figure the gold marks with a claim of that value whose quote holds the figure as written', () => {
    expect(gold.length).toBeGreaterThan(30);
    const missing = gold.filter(
      (g) =>
        !claims.some(
          (c) => c.value.low === g.value!.low && c.value.high === g.value!.high && passages(c).some((p) => p.quote.includes(g.text)),
        ),
    );
    expect(missing.map((g) => `${g.file}: ${g.text}`)).toEqual([]);
  });

  it('cites each seed figure on the page SOURCES.md gives for that seed, where one carries it', () => {
    // A figure is traceable when a claim with its value quotes the seed's own
    // sentence on that seed's page. 003's 300,000 has no page of its own: it
    // is covered by the same statement quoted from seeds 000 and 004.
    const untraced = gold.filter(
      (g) =>
        !claims.some(
          (c) =>
            c.value.low === g.value!.low &&
            c.value.high === g.value!.high &&
            passages(c).some((p) => SEED_OF_URL.get(p.url) === g.file && p.quote.includes(g.text)),
        ),
    );
    expect(untraced.map((g) => `${g.file}: ${g.text}`)).toEqual(['003_f6b6bdcccfa50fb9.txt: 300,000']);
  });
});
