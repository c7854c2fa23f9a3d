import type { z } from 'zod';
import { ClaimSchema, type Claim } from '../claims/schema';
import { db as defaultDb, type CrosscountDB } from './db';
import { toRow } from './rows';
import { rebuildSummary } from './summaryStore';

// Importing claims from a file the person chose. All or nothing: every entry
// is checked first, and the claims are written in one transaction only when
// none has an error. Errors name the entry and the field, so the person can
// fix the file: "claims[3] (id 'x'): value.high: low must not exceed high".

export type ImportResult = { ok: true; added: number } | { ok: false; errors: string[] };

/** Errors beyond this many are summarised, so a wholly wrong file does not flood the page. */
const MAX_ERRORS = 50;

function entryLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
  return id ? `claims[${index}] (id '${id}')` : `claims[${index}]`;
}

function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || '(entry)'}: ${issue.message}`;
}

/** Accepts a dataset file ({ claims: [...] }) or a bare array of claims. */
function entriesOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && 'claims' in json && Array.isArray(json.claims)) return json.claims;
  return null;
}

export async function importClaims(json: unknown, opts: { db?: CrosscountDB } = {}): Promise<ImportResult> {
  const db = opts.db ?? defaultDb;
  const entries = entriesOf(json);
  if (!entries) return { ok: false, errors: ['expected a JSON array of claims or an object with a "claims" array'] };
  if (entries.length === 0) return { ok: false, errors: ['the file has no claims'] };

  return db.transaction('rw', db.claims, db.definitions, db.meta, db.summaries, async () => {
    const errors: string[] = [];
    const claims: Claim[] = [];
    const seen = new Map<string, number>();
    const defIds = new Set((await db.definitions.toCollection().primaryKeys()) as string[]);
    const ids = entries.map((e) => (e && typeof e === 'object' && 'id' in e && typeof e.id === 'string' ? e.id : null));
    const existing = await db.claims.bulkGet(ids.filter((id): id is string => id !== null));
    const bundledIds = new Set(existing.filter((r) => r?.origin === 'bundled').map((r) => r!.id));

    entries.forEach((raw, i) => {
      const label = entryLabel(i, raw);
      const parsed = ClaimSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push(`${label}: ${issueText(issue)}`);
        return;
      }
      const c: Claim = { ...parsed.data, origin: 'imported' };
      const first = seen.get(c.id);
      if (first !== undefined) errors.push(`${label}: id: repeats claims[${first}]`);
      else seen.set(c.id, i);
      if (bundledIds.has(c.id)) errors.push(`${label}: id: already used by a bundled claim`);
      if (c.definitionId && !defIds.has(c.definitionId)) errors.push(`${label}: definitionId: no definition '${c.definitionId}'`);
      claims.push(c);
    });

    if (errors.length > 0) {
      const shown = errors.slice(0, MAX_ERRORS);
      if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more errors`);
      return { ok: false as const, errors: shown };
    }

    // Re-importing the same file replaces the person's earlier copies of those claims.
    await db.claims.bulkPut(claims.map(toRow));
    await rebuildSummary(db);
    return { ok: true as const, added: claims.length };
  });
}

/** Deletes every claim the person imported; returns how many. */
export async function removeImportedClaims(opts: { db?: CrosscountDB } = {}): Promise<number> {
  const db = opts.db ?? defaultDb;
  return db.transaction('rw', db.claims, db.definitions, db.meta, db.summaries, async () => {
    const n = await db.claims.where('origin').equals('imported').delete();
    await rebuildSummary(db);
    return n;
  });
}
