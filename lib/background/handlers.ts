import type { Annotation } from '../annotate/model';
import { describeRate, formatStated } from '../claims/describe';
import type { Comparison } from '../claims/comparison';
import type { Claim, Definition } from '../claims/schema';
import type { Figure } from '../extract/types';
import { RequestSchema, errorReply, type Reply, type Request } from '../messaging';
import { isSiteDisabled, type Settings } from '../settings';
import type { BundledDataset } from '../claims/dataset';
import * as store from '../store';
import type { CrosscountDB } from '../store';

// The background's answers to lib/messaging.ts requests. Each message is
// parsed with RequestSchema first; a malformed one gets an error reply and
// reaches no handler, so it cannot change anything. Handlers keep no state:
// the worker may be stopped between any two messages.

/** What the handlers need from the store; tests pass a store bound to their own database. */
export interface StorePort {
  ensureSeeded(): Promise<void>;
  comparableClaims(figure: Figure, limit: number, opts: { published?: string | null }): Promise<Comparison[]>;
  getSettings(): Promise<Settings>;
  addAnnotation(a: Annotation): Promise<string>;
  getClaims(ids: readonly string[]): Promise<Claim[]>;
  getDefinition(id: string): Promise<Definition | undefined>;
}

/** The store bound to a database (default: the extension's) and a bundled dataset (default: the shipped one). */
export function storePort(o: { db?: CrosscountDB; data?: BundledDataset } = {}): StorePort {
  const db = o.db ? { db: o.db } : {};
  return {
    ensureSeeded: () => store.ensureSeeded({ ...db, ...(o.data ? { data: o.data } : {}) }),
    comparableClaims: (f, limit, opts) => store.comparableClaims(f, limit, { ...opts, ...db }),
    getSettings: () => store.getSettings(db),
    addAnnotation: (a) => store.addAnnotation(a, db),
    getClaims: (ids) => store.getClaims(ids, db),
    getDefinition: (id) => store.getDefinition(id, db),
  };
}

export const defaultStore: StorePort = storePort();

/** Comparisons per figure sent back with a page scan (the popover shows the best few). */
export const COMPARISONS_PER_FIGURE = 8;

export interface PageSettings {
  enabled: boolean;
  highlightStyle: Settings['highlightStyle'];
  popoverDelayMs: number;
}

/** The data of a successful reply, per request type: `Reply<ResponseMap['compare']>`. */
export interface ResponseMap {
  compare: Comparison[][];
  getPageSettings: PageSettings;
  saveAnnotation: { id: string };
  getDefinition: Definition | null;
}

/**
 * Runs `fn` once per worker wake; a failure is not remembered, so the next
 * message tries again. Module state here is only a cache of work that is
 * safe to repeat.
 */
export function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= fn().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}

function claimText(c: Claim): string {
  return `${formatStated(c.value, c.qualifier)} ${describeRate(c.rate, c.period)}`.trim();
}

async function handle(req: Request, s: StorePort): Promise<unknown> {
  switch (req.type) {
    case 'compare': {
      const out: Comparison[][] = [];
      for (const f of req.figures) out.push(await s.comparableClaims(f, COMPARISONS_PER_FIGURE, { published: req.published ?? null }));
      return out;
    }
    case 'getPageSettings': {
      const settings = await s.getSettings();
      const page: PageSettings = {
        enabled: !isSiteDisabled(req.host, settings.disabledSites),
        highlightStyle: settings.highlightStyle,
        popoverDelayMs: settings.popoverDelayMs,
      };
      return page;
    }
    case 'saveAnnotation': {
      const now = new Date().toISOString();
      const compared = await s.getClaims(req.comparedClaimIds);
      const annotation: Annotation = {
        id: crypto.randomUUID(),
        created: now,
        modified: now,
        page: { url: req.target.url, title: req.target.title },
        quote: { type: 'TextQuoteSelector', exact: req.target.exact, prefix: req.target.prefix, suffix: req.target.suffix },
        position: { type: 'TextPositionSelector', start: req.target.start, end: req.target.end },
        figure: req.figure,
        note: req.note,
        compared: compared.map((c) => ({ id: c.id, claimant: c.claimant.name, text: claimText(c), url: c.sources[0]?.url ?? '' })),
      };
      return { id: await s.addAnnotation(annotation) };
    }
    case 'getDefinition':
      return (await s.getDefinition(req.id)) ?? null;
  }
}

/**
 * Parses and answers one message. Never throws: every failure becomes an
 * error reply. The database is seeded (once per wake) before any answer.
 */
export async function handleMessage(raw: unknown, s: StorePort = defaultStore, ready: () => Promise<void> = s.ensureSeeded): Promise<Reply<unknown>> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return errorReply(parsed.error);
  try {
    await ready();
    return { ok: true, data: await handle(parsed.data, s) };
  } catch (e) {
    return errorReply(e);
  }
}
