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
    throw new DemoError(
      `No figures were highlighted on ${page.url()} within ${timeoutMs / 1000} s: ` +
        `CSS.highlights has no '${HIGHLIGHT_NAME}' entry, so the content script did not run or found nothing.`,
    );
  }
}

/** Scrolls the first highlighted figure to the upper third and returns its first line box (viewport px). */
export async function firstHighlightBox(page: Page) {
  const box = await page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    const ranges = [...(h ?? [])].filter((r) => r.getClientRects().length > 0);
    // Registry order is not text order; the figure first in the document reads best.
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[0];
    if (!range) return null;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -window.innerHeight / 4);
    const r = range.getClientRects()[0]!;
    return { x: r.left, y: r.top, width: r.width, height: r.height, text: range.toString() };
  }, HIGHLIGHT_NAME);
  if (!box) throw new DemoError('The highlights have no visible ranges to hover.');
  return box;
}

export async function shootArticle(page: Page, outDir: string, timeoutMs: number) {
  const count = await waitForHighlights(page, timeoutMs);
  const box = await firstHighlightBox(page);
  // Let the scroll settle and highlights repaint before the picture.
  await page.waitForTimeout(200);
  const file = join(outDir, '1-article-highlighted.png');
  await page.screenshot({ path: file });
  return { file, count, first: box.text };
}

export async function shootCard(page: Page, outDir: string, timeoutMs: number) {
  const box = await firstHighlightBox(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Arrive from elsewhere in steps: the content script listens to pointermove.
  await page.mouse.move(x - 40, y + 60);
  await page.mouse.move(x, y, { steps: 8 });
  const dialog = page.locator(`html > ${POPOVER_HOST}`).locator('[role="dialog"]');
  try {
    await dialog.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new DemoError(
      `Hovering "${box.text}" did not open the card within ${timeoutMs / 1000} s ` +
        `(no visible [role=dialog] in <${POPOVER_HOST}> on <html>).`,
    );
  }
  // The card may fill in comparisons and finish positioning a frame later.
  await page.waitForTimeout(400);
  const file = join(outDir, '2-card-open.png');
  await page.screenshot({ path: file });
  const label = (await dialog.first().getAttribute('aria-label')) ?? '';
  return { file, figure: box.text, label };
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
  // A result is any text naming the query outside the field itself.
  const hit = page.locator('main, body').getByText(query, { exact: false }).first();
  try {
    await hit.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new DemoError(`Searching "${query}" in the popup showed no result within ${timeoutMs / 1000} s.`);
  }
  await page.waitForTimeout(300);
  const file = join(outDir, '3-popup.png');
  await page.screenshot({ path: file });
  await page.close();
  return { file };
}
