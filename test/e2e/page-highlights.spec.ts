import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { SEED_PAGES } from '../../scripts/make-fixtures';
import { SEEDS_DIR, dialog, goldRows, markPoint, marks, plainBodyMarkup, waitForMarks, watch, newPage } from './page-helpers';

// The reading experience on the seed articles: what gets highlighted, and that
// the page itself is left exactly as it was.

const gold = goldRows();

for (const p of SEED_PAGES) {
  test(`${p.page}: gold figures are highlighted and gold non-figures are not`, async ({ ext }) => {
    const page = await newPage(ext.context);
    await page.goto(`/${p.page}`);
    const found = await waitForMarks(page);
    // Map each highlight back to offsets in the seed file through its paragraph (one seed line).
    const seed = readFileSync(join(SEEDS_DIR, p.seed), 'utf8');
    const lineStarts: { text: string; at: number }[] = [];
    let at = 0;
    for (const line of seed.split('\n')) {
      lineStarts.push({ text: line, at });
      at += line.length + 1;
    }
    const spans: [number, number][] = [];
    for (const m of found) {
      for (const l of lineStarts) if (l.text === m.block) spans.push([l.at + m.start, l.at + m.end]);
    }
    const overlaps = (g: { start: number; end: number }) => spans.some(([s, e]) => s < g.end && g.start < e);
    const rows = gold.filter((g) => g.file === p.seed);
    const missed = rows.filter((g) => g.is_figure && !g.optional && !overlaps(g)).map((g) => `${g.start}:${g.text}`);
    const wrong = rows.filter((g) => !g.is_figure && overlaps(g)).map((g) => `${g.start}:${g.text}`);
    expect.soft(missed, 'gold figures not highlighted').toEqual([]);
    expect(wrong, 'gold non-figures highlighted').toEqual([]);
    await page.close();
  });
}

test('the page body is byte-identical with and without the extension, and the card lives on <html>', async ({ ext, baseURL }) => {
  const url = `${baseURL}/seed-003-fedorov-straitstimes.html`;
  const plain = await plainBodyMarkup(url);
  const page = await newPage(ext.context);
  await page.goto(url);
  await waitForMarks(page);
  // Open a card too, so the lazily mounted host exists.
  const pt = await markPoint(page, '35,000');
  await page.mouse.move(pt.x, pt.y);
  await expect(dialog(page)).toBeVisible();
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(plain);
  expect(await page.evaluate(() => document.querySelector('crosscount-popover')?.parentElement?.localName)).toBe('html');
  await page.close();
});

test('the page works as before: its click handlers, text selection, no console errors, no extension requests', async ({ ext, baseURL }) => {
  const page = await newPage(ext.context);
  const seen = watch(ext.context, page);
  await page.goto('/seed-001-rubio-kyivpost.html');
  await waitForMarks(page);
  await page.click('#share');
  await expect(page.locator('#share-count')).toHaveText('Shared 1');
  // Select a paragraph holding highlighted figures, as a reader would (triple click).
  await page.locator('p', { hasText: 'Rubio said Russia is losing between' }).click({ clickCount: 3 });
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('7,000 and 8,000');
  // Hover a figure so the card's code runs as well.
  const pt = await markPoint(page, (await marks(page))[0]!.text);
  await page.mouse.move(pt.x, pt.y);
  await expect(dialog(page)).toBeVisible();
  await page.waitForTimeout(300);
  seen.stop();
  expect(seen.errors).toEqual([]);
  const foreign = seen.requests.filter((u) => !u.startsWith(baseURL!));
  expect(foreign, 'requests not made by the fixture page itself').toEqual([]);
  // Resource timing sees fetches Playwright's events might not: the page's and the service worker's.
  const pageFetches = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(pageFetches.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
  const workerFetches = await ext.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(workerFetches.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  await page.close();
});

test('form fields, code and editable regions are never highlighted', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/forms-code.html');
  await waitForMarks(page);
  const places = await page.evaluate(() =>
    [...(CSS.highlights.get('crosscount') ?? [])].map((r) => {
      const el = (r as Range).startContainer.parentElement!;
      return { text: (r as Range).toString(), inField: !!el.closest('textarea, input, pre, code, [contenteditable]') };
    }),
  );
  expect(places.filter((p) => p.inField)).toEqual([]);
  expect(places.map((p) => p.text)).toContain('35,000');
  // Typing the stepper keys in a field types, and opens nothing.
  await page.locator('#comment-body').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.keyboard.type(' 12 more');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('#comment-body')).toHaveValue(/12 more$/);
  await page.close();
});

test('a page whose opening is not about the subject is still read further down, in idle time', async ({ ext, baseURL }) => {
  // About 12,000 characters of garden notes before the first personnel word: more than the check at load reads.
  const garden = Array.from(
    { length: 120 },
    (_, i) => `<p>Sow beans about ${(i % 40) + 2} cm apart in rows ${(i % 7) + 30} cm wide; water ${(i % 3) + 1} times a week and wait ${(i % 60) + 50} days for the first harvest.</p>`,
  ).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><main>${garden}
<p>In a letter home, he wrote that Russia lost about 30,000 soldiers in January.</p></main></body></html>`;
  expect(garden.length).toBeGreaterThan(12_000);
  const page = await newPage(ext.context);
  await page.route(`${baseURL}/late-figure.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${baseURL}/late-figure.html`);
  const found = await waitForMarks(page);
  expect(found.map((m) => m.text)).toEqual(['30,000']);
  await page.close();
});

test('a news page about a flood gets no highlights, though its casualty words would pass the figure test', async ({ ext, baseURL }) => {
  const paragraphs = [
    'Flooding killed 1,200 people in the province last month, officials said, and 3,000 were injured.',
    'About 500 firefighters and 40,000 volunteers worked for 12 days to clear the roads.',
    'Heat waves killed an estimated 61,000 people in Europe in 2022.',
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods: the toll</title></head><body><main>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</main></body></html>`;
  const page = await newPage(ext.context);
  await page.route(`${baseURL}/flood.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${baseURL}/flood.html`);
  // The page is read to the end in idle time and reported; only then is "no highlights" an answer.
  await page.waitForFunction(() => (window as unknown as { __ccScanned?: string }).__ccScanned !== undefined, null, { timeout: 10_000 });
  expect(await page.evaluate(() => CSS.highlights.get('crosscount')?.size ?? 0)).toBe(0);
  await page.close();
});
