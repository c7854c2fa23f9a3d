import type { BrowserContext, Page, Worker } from 'playwright-core';
import { join } from 'node:path';

// The three headless demo shots: an article with its figures highlighted, the
// popover open on the first figure, and the popup searching claims. Each step
// waits for what a person would see and throws a plain sentence if it never
// comes, so the demo fails loudly instead of writing blank pictures.

export const HIGHLIGHT_NAME = 'crosscount'; // lib/page/registry.ts
export const POPOVER_HOST = 'crosscount-popover'; // lib/page/blocks.ts: the shadow host on <html>

export class DemoError extends Error {}

export async function waitForHighlights(page: Page, timeoutMs: number): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      (name) => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name);
        return h && h.size > 0 ? h.size : 0;
      },
      HIGHLIGHT_NAME,
      { timeout: timeoutMs, polling: 100 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    const registered = await page
      .evaluate((name) => Boolean((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has(name)), HIGHLIGHT_NAME)
      .catch(() => false);
    const why = registered
      ? `the content script ran but registered no figures in CSS.highlights '${HIGHLIGHT_NAME}' (the extractor found none)`
      : `CSS.highlights has no '${HIGHLIGHT_NAME}' entry, so the content script did not run`;
    throw new DemoError(`No figures were highlighted on ${page.url()} within ${timeoutMs / 1000} s: ${why}.`);
  }
}

export interface FigureBoxQuery {
  name: string;
  index: number;
  order: 'text' | 'showcase';
  top: boolean;
}

export interface FigureBox {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  total: number;
}

/**
 * Runs in the page (Playwright's evaluate, or serialised for Firefox over
 * BiDi), so it is self-contained and its helpers are unnamed: tsx's keepNames
 * would wrap a named helper in __name(), which the page lacks.
 * Brings highlighted figure `index` into view at a fifth of the viewport's
 * height, leaving room for the card below it, and returns its first line box
 * in viewport px. Order 'text': as a reader meets them. Order 'showcase':
 * figures whose sentence says killed first, then casualties/losses, then the
 * rest, each in text order: the comparisons the product exists for. `top`:
 * stay at the page's top when the figure shows there.
 */
export function locateFigure({ name, index, order, top }: FigureBoxQuery): FigureBox | null {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
  const ranges = [...(h ?? [])].filter((r) => r.getClientRects().length > 0);
  // Registry order is not text order; the reader meets figures in text order.
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  if (order === 'showcase') {
    const ranks = new Map(
      ranges.map((r): [Range, number] => [
        r,
        ((): number => {
          const block = r.startContainer.parentElement?.closest('p, li, blockquote, td, h1, h2, h3, h4, figcaption');
          if (!block) return 2;
          const before = document.createRange();
          before.setStart(block, 0);
          before.setEnd(r.startContainer, r.startOffset);
          const text = block.textContent ?? '';
          const at = before.toString().length;
          const from = Math.max(0, ...['. ', '! ', '? '].map((p) => text.lastIndexOf(p, at) + 1));
          const stops = ['. ', '! ', '? '].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
          const sentence = text.slice(from, stops.length ? Math.min(...stops) : text.length);
          if (/\bkill(ed|ing)?\b/i.test(sentence)) return 0;
          return /casualt|losses|\bdead\b|\bdied\b/i.test(sentence) ? 1 : 2;
        })(),
      ]),
    );
    ranges.sort((a, b) => ranks.get(a)! - ranks.get(b)!); // stable: text order within a rank
  }
  const range = ranges[index];
  if (!range) return null;
  window.scrollTo(0, 0);
  const fromTop = range.getClientRects()[0]!;
  if (!top || fromTop.bottom > window.innerHeight * 0.85) {
    window.scrollTo(0, window.scrollY + fromTop.top - window.innerHeight / 5);
  }
  const r = range.getClientRects()[0]!;
  return { x: r.left, y: r.top, width: r.width, height: r.height, text: range.toString(), total: ranges.length };
}

export async function highlightBox(page: Page, index: number, order: 'text' | 'showcase', top = false) {
  const box = await page.evaluate(locateFigure, { name: HIGHLIGHT_NAME, index, order, top });
  if (!box && index === 0) throw new DemoError('The highlights have no visible ranges to hover.');
  return box;
}

export async function shootArticle(page: Page, outDir: string, timeoutMs: number) {
  const count = await waitForHighlights(page, timeoutMs);
  const box = await highlightBox(page, 0, 'text', true);
  // Let the scroll settle and highlights repaint before the picture.
  await page.waitForTimeout(200);
  const file = join(outDir, '1-article-highlighted.png');
  await page.screenshot({ path: file });
  return { file, count, first: box!.text };
}

/**
 * Hovers figures in showcase order and photographs the first card that lists
 * other sources (the point of the product); if no figure on the page has any,
 * the first figure's card. Throws if hovering never opens a card.
 */
export async function shootCard(page: Page, outDir: string, timeoutMs: number, maxTries = 8) {
  const dialog = page.locator(`html > ${POPOVER_HOST}`).locator('[role="dialog"]').first();
  let first: { text: string } | undefined;
  let shown: { text: string; sources: number } | undefined;
  for (let i = 0; i < maxTries && !shown; i++) {
    const box = await highlightBox(page, i, 'showcase');
    if (!box) break;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Arrive from elsewhere in steps: the content script listens to pointermove.
    await page.mouse.move(x - 40, y + 60);
    await page.mouse.move(x, y, { steps: 8 });
    try {
      await dialog.waitFor({ state: 'visible', timeout: i === 0 ? timeoutMs : 3_000 });
    } catch {
      if (i === 0) {
        throw new DemoError(
          `Hovering "${box.text}" did not open the card within ${timeoutMs / 1000} s ` +
            `(no visible [role=dialog] in <${POPOVER_HOST}> on <html>).`,
        );
      }
      continue;
    }
    first ??= { text: box.text };
    const sources = dialog.getByRole('listitem');
    const found = await sources
      .first()
      .waitFor({ state: 'visible', timeout: 1_000 })
      .then(() => true, () => false);
    if (found) {
      shown = { text: box.text, sources: await sources.count() };
      break;
    }
    // Leave, so the card closes before the next figure is tried.
    await page.mouse.move(5, 5, { steps: 4 });
    await dialog.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => {});
  }
  if (!shown) {
    if (!first) throw new DemoError('Hovering the highlighted figures never opened a card.');
    const box = await highlightBox(page, 0, 'showcase');
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 8 });
    await dialog.waitFor({ state: 'visible', timeout: timeoutMs });
    shown = { text: box!.text, sources: 0 };
  }
  // The card may finish positioning a frame later.
  await page.waitForTimeout(400);
  const file = join(outDir, '2-card-open.png');
  await page.screenshot({ path: file });
  return { file, figure: shown.text, sources: shown.sources };
}

/** The id of the tab showing `url`, asked of the extension itself (Playwright pages have no tab ids). */
export async function tabIdFor(worker: Worker, url: string): Promise<number | undefined> {
  return worker.evaluate(async (u) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id;
  }, url);
}

export async function shootPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number | undefined,
  query: string,
  outDir: string,
  timeoutMs: number,
) {
  const page = await context.newPage();
  // The popup's own size (entrypoints/popup/style.css); ?tab= points it at the article.
  await page.setViewportSize({ width: 400, height: 560 });
  const suffix = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${extensionId}/popup.html${suffix}`);
  const input = page.locator('input[type="search"]').first();
  try {
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new DemoError(`The popup shows no search field within ${timeoutMs / 1000} s.`);
  }
  await input.fill(query);
  // A result is an entry in the list of matching claims that names the query.
  const hit = page.getByRole('list', { name: 'Matching claims' }).getByRole('listitem').filter({ hasText: query });
  try {
    await hit.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new DemoError(`Searching "${query}" in the popup listed no matching claim within ${timeoutMs / 1000} s.`);
  }
  const results = await hit.count();
  await page.waitForTimeout(300);
  const file = join(outDir, '3-popup.png');
  await page.screenshot({ path: file });
  await page.close();
  return { file, results };
}
