import { chromium, type BrowserContext, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './fixtures';

// Shared by the page-*.spec.ts tests: reading the highlights from the page's
// world, the gold labels, and a plain browser without the extension.

export const GOLD_PATH = resolve(import.meta.dirname, '../../../shared/gold/seeds_gold.jsonl');
export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');

export interface GoldRow {
  file: string;
  start: number;
  end: number;
  text: string;
  is_figure: boolean;
  optional?: boolean;
}

export function goldRows(): GoldRow[] {
  return readFileSync(GOLD_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
}

/** Each highlighted range: its text, its paragraph's text and its offsets in that paragraph. */
export interface Mark {
  text: string;
  block: string;
  start: number;
  end: number;
}

export async function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('crosscount');
    if (!h) return [];
    return [...h].map((r) => {
      const range = r as Range;
      const el = (range.startContainer.parentElement ?? document.body).closest('p,h1,h2,h3,li,td,th,blockquote,div,article,body')!;
      const before = document.createRange();
      before.setStart(el, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      return { text, block: el.textContent ?? '', start, end: start + text.length };
    });
  });
}

/** A new tab that records the content script's `crosscount:scanned` report (its first full scan). */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript("document.addEventListener('crosscount:scanned', (e) => { window.__ccScanned = e.detail; })");
  return page;
}

/** Waits for the first full scan (pages opened with newPage) and at least `atLeast` highlights. */
export async function waitForMarks(page: Page, atLeast = 1): Promise<Mark[]> {
  await page.waitForFunction(
    (n) => (window as unknown as { __ccScanned?: string }).__ccScanned !== undefined && (CSS.highlights.get('crosscount')?.size ?? 0) >= n,
    atLeast,
    { timeout: 10_000 },
  );
  return marks(page);
}

/** The centre of the first line of the first highlighted range whose text is `text`. */
export async function markPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((t) => {
    const r = [...(CSS.highlights.get('crosscount') ?? [])].find((x) => (x as Range).toString() === t) as Range | undefined;
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, text);
  if (!p) throw new Error(`no highlight with text ${text}`);
  return p;
}

/** Records console errors, page errors and every request for one page. */
export function watch(context: BrowserContext, page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const onRequest = (r: Request) => requests.push(r.url());
  context.on('request', onRequest);
  return { errors, requests, stop: () => context.off('request', onRequest) };
}

/** Loads a page in a Chromium without the extension and returns its body markup once settled. */
export async function plainBodyMarkup(url: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    return await page.evaluate(() => document.body.outerHTML);
  } finally {
    await browser.close();
  }
}

export const dialog = (page: Page) => page.getByRole('dialog');
