import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';

// `chrome` is the extension API inside page.evaluate/worker.evaluate callbacks.
declare const chrome: any;

// The toolbar popup, opened as an extension page. `?tab=<id>` points it at a
// given tab, as the toolbar button would point it at the active one.

const RUBIO_PAGE = '/seed-001-rubio-kyivpost.html';

async function openPopup(ext: { context: BrowserContext; extensionId: string }, query = '') {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 560 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`);
  await expect(page.getByRole('heading', { name: 'Crosscount' })).toBeVisible();
  return page;
}

const results = (page: Page) => page.getByRole('list', { name: 'Matching claims' }).locator('article.claim');

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search claims' });
  await box.fill(text);
  await expect(page.locator(`ul.results[data-query="${text}"], .empty`).first()).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/claim|No claims/);
  // The first dozen results paint at once and the rest a frame later: wait for the count the status gives.
  const n = /(\d+) claim/.exec((await page.locator('#search-status').textContent()) ?? '');
  if (n) await expect(results(page)).toHaveCount(Number(n[1]));
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens `url` in a new tab and returns it with its tab id. Without the tabs
 * permission the extension cannot see tab URLs, so the new tab is the id
 * that was not there before.
 */
async function openTab(ext: { context: BrowserContext; worker: Worker }, url: string) {
  const ids = (): Promise<number[]> =>
    ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));
  const before = new Set<number>(await ids());
  const page = await ext.context.newPage();
  await page.goto(url);
  const fresh = ((await ids()) as number[]).filter((id) => !before.has(id));
  expect(fresh).toHaveLength(1);
  return { page, tabId: fresh[0]! };
}

const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('crosscount')?.size ?? 0);

test('search finds Rubio’s 7,000–8,000 a week by name and by "killed per week"', async ({ ext }) => {
  const page = await openPopup(ext);
  for (const q of ['Rubio', 'killed per week']) {
    await search(page, q);
    const rubio = results(page).filter({ hasText: 'Marco Rubio' }).filter({ hasText: '7,000–8,000' });
    await expect(rubio.first()).toBeVisible();
    await expect(rubio.first()).toContainText('a week');
    // Normalised: 7,000–8,000 a week is 1,000–1,140 a day.
    await expect(rubio.first()).toContainText('1,000–1,140 a day');
    const link = rubio.first().locator('a.source-link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
  // "per week" is read as a rate: every result is stated per week, and the status says so.
  await expect(page.locator('#search-status')).toContainText('stated a week');
  const rates = await results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rate')));
  expect(new Set(rates)).toEqual(new Set(['per_week']));
  await page.close();
});

test('the empty state offers example searches that run', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.getByRole('button', { name: 'Rubio' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('Rubio');
  await expect(results(page).filter({ hasText: 'Marco Rubio' }).first()).toBeVisible();
  await search(page, 'zzzz-no-such-claim');
  await expect(page.getByText('Nothing matches “zzzz-no-such-claim”')).toBeVisible();
  await page.close();
});

test('filters narrow the results, and every result matches them', async ({ ext }) => {
  const page = await openPopup(ext);
  await search(page, 'killed');
  const before = await results(page).count();
  expect(before).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Side', { exact: true }).selectOption('ukraine');
  await expect.poll(() => results(page).count()).toBeLessThan(before);
  const sides = await results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
  expect(sides.length).toBeGreaterThan(0);
  expect(new Set(sides)).toEqual(new Set(['ukraine']));

  await page.getByLabel('Side', { exact: true }).selectOption('');
  await page.getByLabel('Metric', { exact: true }).selectOption('casualties');
  await expect.poll(async () => new Set(await results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-metric'))))).toEqual(
    new Set(['casualties']),
  );

  await page.getByLabel('Metric', { exact: true }).selectOption('');
  await search(page, 'Mediazona');
  const mediazona = await results(page).count();
  expect(mediazona).toBeGreaterThan(1);
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await page.getByLabel('To', { exact: true }).fill('2025-12-31');
  await expect.poll(() => results(page).count()).toBeLessThan(mediazona);
  const spans = await results(page).evaluateAll((els) =>
    els.map((e) => ({ date: e.getAttribute('data-date')!, period: e.getAttribute('data-period')! })),
  );
  expect(spans.length).toBeGreaterThan(0);
  for (const { date, period } of spans) {
    // A stated period must reach into 2025; a claim without one speaks for the 30 days up to its date.
    const [start, end] = period ? period.split('/') : [date, date];
    const reaches = end! >= '2025-01-01' && start! <= (period ? '2025-12-31' : '2026-01-29');
    expect(reaches, `${period || date} reaches into 2025`).toBe(true);
  }
  await page.close();
});

test('keyboard: focus starts in search, arrows move through results, Space shows the definition', async ({ ext }) => {
  const page = await openPopup(ext);
  const box = page.getByRole('searchbox', { name: 'Search claims' });
  await expect(box).toBeFocused();
  await page.keyboard.type('killed');
  // Wait for the answer to the whole word: a slower answer to "kil" would replace the list (and reset the selection)
  // between the arrow presses.
  await expect(page.locator('ul.results[data-query="killed"]')).toBeVisible();
  await expect.poll(() => results(page).count()).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(results(page).last()).toBeFocused();
  expect(await results(page).count()).toBeGreaterThan(12);
  await page.keyboard.press('Home');
  await expect(results(page).nth(0)).toBeFocused();
  const toggle = results(page).nth(0).locator('button[aria-expanded]');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(results(page).nth(0).locator('blockquote')).toBeVisible();
  // Enter opens the source in a new tab (answered locally: tests make no requests outside).
  const outside = /^https?:\/\/(?!127\.0\.0\.1)/;
  await ext.context.route(outside, (r) => r.fulfill({ body: 'source page', contentType: 'text/plain' }));
  const href = await results(page).nth(0).locator('a.source-link').getAttribute('href');
  const opened = ext.context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const source = await opened;
  await source.waitForLoadState();
  expect(source.url()).toBe(href);
  await source.close();
  await ext.context.unroute(outside);
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.close();
});

const RUBIO_SENTENCE = 'The Russians are losing 7,000-8,000 soldiers a week.';

/** Saves an annotation through the background, as the popover's Save button does. */
async function saveAnnotation(page: Page, baseURL: string, note: string) {
  const reply = await page.evaluate(
    async ({ url, sentence, note }) => {
      const exact = '7,000-8,000';
      const start = sentence.indexOf(exact);
      return chrome.runtime.sendMessage({
        type: 'saveAnnotation',
        figure: {
          start,
          end: start + exact.length,
          text: exact,
          value: { low: 7000, high: 8000 },
          qualifier: 'exact',
          metric: 'killed',
          rate: 'per_week',
          period: null,
          side: 'russia',
          claimant: 'Marco Rubio',
          sentence,
        },
        target: {
          url,
          title: 'Russia Hemorrhages 8,000 Troops Weekly – Kyiv Post',
          exact,
          prefix: 'The Russians are losing ',
          suffix: ' soldiers a week.',
          start: 1200,
          end: 1211,
        },
        note,
        comparedClaimIds: [],
      });
    },
    { url: baseURL + RUBIO_PAGE, sentence: RUBIO_SENTENCE, note },
  );
  expect(reply).toMatchObject({ ok: true });
}

test('an annotation saved from a page’s card is listed, its note edited, and exported to files', async ({ ext, baseURL }) => {
  // Saved the way a reader saves one: step to the first figure, open Save in its card.
  const article = await ext.context.newPage();
  await article.goto(baseURL + RUBIO_PAGE);
  await expect.poll(() => highlightCount(article)).toBeGreaterThan(0);
  await article.keyboard.press('Alt+Shift+ArrowRight');
  const card = article.getByRole('dialog');
  await card.getByRole('button', { name: 'Save…' }).click();
  const note = `Rubio counts dead only ${Date.now()}`;
  await card.getByLabel('Note (optional)').fill(note);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Saved to your annotations.');
  await article.close();

  const page = await openPopup(ext);
  await page.getByRole('tab', { name: /Saved/ }).click();
  const item = page.locator('article.annotation').filter({ hasText: note });
  await expect(item).toBeVisible();
  await expect(item.locator('.ann-figure mark')).toHaveText(/\d/);
  const figureText = await item.locator('.ann-figure mark').innerText();
  await expect(item.getByRole('link', { name: /Kyiv Post/ })).toHaveAttribute('href', baseURL + RUBIO_PAGE);

  // Edit the note in place; it persists.
  const id = await item.getAttribute('data-annotation-id');
  const byId = page.locator(`article.annotation[data-annotation-id="${id}"]`);
  await byId.getByRole('button', { name: /Edit note/ }).click();
  const edited = `${note}, not wounded`;
  await expect(byId.getByRole('textbox')).toBeFocused();
  await byId.getByRole('textbox').fill(edited);
  await byId.getByRole('button', { name: 'Save note' }).click();
  await expect(byId.locator('.ann-note')).toHaveText(edited);
  await page.reload();
  await page.getByRole('tab', { name: /Saved/ }).click();
  const kept = page.locator('article.annotation').filter({ hasText: edited });
  await expect(kept).toBeVisible();

  const grab = async (label: string) => {
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: label, exact: true }).click();
    const d = await dl;
    return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
  };
  const csv = await grab('CSV');
  expect(csv.name).toMatch(/^crosscount-annotations-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain(edited);
  expect(csv.text).toContain(baseURL + RUBIO_PAGE);

  const jsonld = await grab('JSON-LD');
  expect(jsonld.name).toMatch(/\.jsonld$/);
  const doc = JSON.parse(jsonld.text);
  const annos: any[] = Array.isArray(doc) ? doc : (doc.items ?? doc.first?.items ?? doc['@graph'] ?? [doc]);
  const mine = annos.find((a) => JSON.stringify(a.body).includes(edited));
  expect(mine, 'the edited annotation is in the JSON-LD').toBeTruthy();
  expect(mine.type).toBe('Annotation');
  expect(mine.target.source).toBe(baseURL + RUBIO_PAGE);
  const selectorTypes = mine.target.selector.map((sel: { type: string }) => sel.type);
  expect(selectorTypes).toEqual(expect.arrayContaining(['TextQuoteSelector', 'TextPositionSelector']));
  expect(mine.target.selector.find((sel: { type: string }) => sel.type === 'TextQuoteSelector').exact).toBe(figureText);

  const md = await grab('Markdown');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain(edited);
  expect(md.text).toContain(baseURL + RUBIO_PAGE);

  // Delete, then undo brings it back; delete again and it is gone after reload.
  await kept.getByRole('button', { name: /Delete/ }).click();
  await expect(page.locator('article.annotation').filter({ hasText: edited })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('article.annotation').filter({ hasText: edited })).toHaveCount(1);
  await page.locator('article.annotation').filter({ hasText: edited }).getByRole('button', { name: /Delete/ }).click();
  // The list drops it at once; Undo shows when the store has deleted it, and only then may the popup go away.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: /Saved/ }).click();
  await expect(page.locator('article.annotation').filter({ hasText: edited })).toHaveCount(0);
  await page.close();
});

test('"This page" lists the tab’s figures; choosing one reveals it on the page', async ({ ext, baseURL }) => {
  const { page: article, tabId } = await openTab(ext, baseURL + RUBIO_PAGE);
  await expect.poll(() => highlightCount(article)).toBeGreaterThan(0);

  const page = await openPopup(ext, `?tab=${tabId}&url=${encodeURIComponent(baseURL + RUBIO_PAGE)}`);
  await page.getByRole('tab', { name: /This page/ }).click();
  const rows = page.getByRole('list', { name: 'Figures on this page' }).getByRole('button');
  await expect(rows.first()).toBeVisible();
  const rubio = rows.filter({ hasText: '7,000-8,000' }).first();
  await expect(rubio).toContainText('soldiers a week');
  // Arrow keys step through the figures.
  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();

  const closed = page.waitForEvent('close');
  await rubio.click();
  await closed;
  // The page scrolled to the figure and opened its card.
  await expect(article.getByRole('dialog')).toBeVisible();
  await article.close();
});

test('"This page" explains pages the extension cannot read', async ({ ext }) => {
  const { page: blank, tabId } = await openTab(ext, 'about:blank');
  // URL unknown: the popup asks the tab, and no content script answers.
  let page = await openPopup(ext, `?tab=${tabId}`);
  await page.getByRole('tab', { name: /This page/ }).click();
  await expect(page.getByText('Crosscount could not read this tab.')).toBeVisible();
  await expect(page.getByRole('switch')).toHaveCount(0);
  await page.close();
  // URL known and not a web page: said at once, without asking.
  page = await openPopup(ext, `?tab=${tabId}&url=${encodeURIComponent('chrome://settings/')}`);
  await page.getByRole('tab', { name: /This page/ }).click();
  await expect(page.getByText(/browser or extension page/)).toBeVisible();
  await expect(page.getByRole('switch')).toHaveCount(0);
  await page.close();
  await blank.close();
});

test('a page that declares another language is left unread, and "This page" says why', async ({ ext, baseURL }) => {
  // The same English sentence, on a page declared English and on one declared German.
  const html = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Verluste</title></head><body><main>` +
    '<p>Russia lost about 30,000 soldiers killed in January, Zelensky said.</p></main></body></html>';
  await ext.context.route(`${baseURL}/lang-*.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html(route.request().url().includes('lang-de') ? 'de' : 'en-GB') }),
  );
  const scanned = async (url: string) => {
    const ids = async () => new Set<number>(await ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id)));
    const before = await ids();
    const page = await ext.context.newPage();
    await page.addInitScript("document.addEventListener('crosscount:scanned', (e) => { window.__ccScanned = e.detail; })");
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ccScanned?: string }).__ccScanned !== undefined, null, { timeout: 10_000 });
    const tabId = [...(await ids())].find((id) => !before.has(id))!;
    return { page, tabId };
  };

  const english = await scanned(`${baseURL}/lang-en.html`);
  expect(await highlightCount(english.page)).toBe(1);
  const german = await scanned(`${baseURL}/lang-de.html`);
  expect(await highlightCount(german.page)).toBe(0);

  const popup = await openPopup(ext, `?tab=${german.tabId}&url=${encodeURIComponent(`${baseURL}/lang-de.html`)}`);
  await popup.getByRole('tab', { name: /This page/ }).click();
  await expect(popup.getByText('This page is in German. Crosscount reads English pages for now, so it left this one untouched.')).toBeVisible();
  await Promise.all([popup.close(), english.page.close(), german.page.close()]);
});

test('the site switch turns a site off and on, and the page follows', async ({ ext, baseURL }) => {
  const url = baseURL + '/seed-003-fedorov-straitstimes.html';
  const { page: article, tabId } = await openTab(ext, url);
  await expect.poll(() => highlightCount(article)).toBeGreaterThan(0);

  const page = await openPopup(ext, `?tab=${tabId}&url=${encodeURIComponent(url)}`);
  const sw = page.getByRole('switch', { name: /127\.0\.0\.1/ });
  await expect(sw).toHaveAttribute('aria-checked', 'true');
  await sw.click();
  await expect(sw).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => highlightCount(article)).toBe(0);

  await page.reload();
  await expect(page.getByRole('switch', { name: /127\.0\.0\.1/ })).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('tab', { name: /This page/ }).click();
  await expect(page.getByText('Crosscount is off on 127.0.0.1.')).toBeVisible();
  await page.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
  await expect(page.getByRole('switch', { name: /127\.0\.0\.1/ })).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => highlightCount(article)).toBeGreaterThan(0);
  // The list follows the page's fresh scan without reopening the popup.
  await expect(page.getByRole('list', { name: 'Figures on this page' }).getByRole('button').first()).toBeVisible();
  await page.close();
  await article.close();
});

test('axe finds no serious or critical violations in any view, light or dark', async ({ ext, baseURL }) => {
  const page = await openPopup(ext);
  expect(await seriousViolations(page)).toEqual([]);
  await search(page, 'Rubio');
  await results(page).first().locator('button[aria-expanded]').click();
  await page.getByRole('button', { name: 'Filters' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await saveAnnotation(page, baseURL!, 'axe check');
  await page.getByRole('tab', { name: /Saved/ }).click();
  await expect(page.locator('article.annotation').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Search' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
