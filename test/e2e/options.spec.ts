import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The options page as an extension page. The tests share one browser profile
// (worker-scoped), so each one restores what it changed.

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

async function openOptions(ext: { context: import('@playwright/test').BrowserContext; extensionId: string }) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Crosscount settings' })).toBeVisible();
  // Ready once the dataset facts are shown (after ensureSeeded).
  await expect(page.getByTestId('dataset-total')).toHaveText(/^\d[\d,]*$/);
  return page;
}

async function claimCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('dataset-total').textContent())!.replace(/,/g, ''));
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('shows the bundled dataset: version, counts by metric and by outlet', async ({ ext }) => {
  const page = await openOptions(ext);
  expect(await claimCount(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('dataset-version')).not.toHaveText('none');
  await expect(page.getByTestId('by-metric').getByRole('row', { name: /^killed \d+$/ })).toBeVisible();
  await expect(page.getByTestId('by-source').locator('tbody tr').first()).toBeVisible();
  await page.close();
});

test('a file that is not JSON is refused with a clear message and changes nothing', async ({ ext }) => {
  const page = await openOptions(ext);
  const before = await claimCount(page);
  await page.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'invalid-json.json'));
  const error = page.getByRole('alert').filter({ hasText: 'invalid-json.json' });
  await expect(error).toContainText('Could not import invalid-json.json. The file is not valid JSON.');
  await expect.poll(() => claimCount(page)).toBe(before);
  await expect(page.getByTestId('imported-count')).toHaveText('You have not imported any claims.');
  await page.close();
});

test('a schema error in entry 2 names the entry and field, and nothing is imported', async ({ ext }) => {
  const page = await openOptions(ext);
  const before = await claimCount(page);
  await page.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'schema-error-entry-2.json'));
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText('Nothing was imported');
  const problem = error.getByRole('listitem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('Entry 2');
  await expect(problem).toContainText('test-import-bad-002');
  await expect(problem.locator('code')).toHaveText('metric');
  // Entry 1 was valid, yet it was not written either: all or nothing.
  await expect.poll(() => claimCount(page)).toBe(before);
  await expect(page.getByTestId('dataset-imported')).toHaveText('0');
  await page.reload();
  await expect(page.getByTestId('dataset-total')).toHaveText(/^\d/);
  await expect.poll(() => claimCount(page)).toBe(before);
  await page.close();
});

test('a valid import adds its claims, shows them in the dataset information, and can be removed', async ({ ext }) => {
  const page = await openOptions(ext);
  const before = await claimCount(page);

  await page.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'valid-import.json'));
  await expect(page.getByTestId('import-success')).toHaveText('Imported 2 claims from valid-import.json.');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect.poll(() => claimCount(page)).toBe(before + 2);
  await expect(page.getByTestId('dataset-imported')).toHaveText('2');
  await expect(page.getByTestId('imported-count')).toHaveText('You have imported 2 claims.');
  // The outlet is listed with its 2 claims, among the top outlets or under "more outlets".
  const openMore = () => page.locator('details.more').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await openMore();
  const outletRow = page.locator('[data-testid^="by-source"]').getByRole('row', { name: 'Test Import Outlet 2' });
  await expect(outletRow).toHaveCount(1);

  // Still there after a reload: it is in the database, not in page state.
  await page.reload();
  await expect(page.getByTestId('dataset-imported')).toHaveText('2');

  await page.getByRole('button', { name: 'Remove imported claims' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove imported claims?' });
  await expect(dialog).toBeVisible();
  // Cancel first: nothing happens.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dataset-imported')).toHaveText('2');

  await page.getByRole('button', { name: 'Remove imported claims' }).click();
  await dialog.getByRole('button', { name: 'Remove 2 claims' }).click();
  await expect(page.getByText('Removed 2 imported claims.')).toBeVisible();
  await expect(page.getByTestId('dataset-imported')).toHaveText('0');
  await expect.poll(() => claimCount(page)).toBe(before);
  await openMore();
  await expect(page.locator('[data-testid^="by-source"]').getByRole('row', { name: /Test Import Outlet/ })).toHaveCount(0);
  await page.close();
});

test('reset to the bundled dataset asks first, then drops imported claims', async ({ ext }) => {
  const page = await openOptions(ext);
  const before = await claimCount(page);
  await page.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'valid-import.json'));
  await expect(page.getByTestId('dataset-imported')).toHaveText('2');

  await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset to the bundled dataset?' });
  await expect(dialog).toContainText('Your 2 imported claims will be removed');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dataset-imported')).toHaveText('2');

  await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
  await dialog.getByRole('button', { name: 'Reset dataset' }).click();
  await expect(page.getByTestId('dataset-imported')).toHaveText('0');
  await expect.poll(() => claimCount(page)).toBe(before);
  await page.close();
});

test('the site list validates hostnames, and additions and removals persist across reloads', async ({ ext }) => {
  const page = await openOptions(ext);
  const sites = page.getByRole('list', { name: 'Sites where Crosscount is off' });
  const input = page.getByLabel('Turn Crosscount off on');

  await input.fill('not a site!');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.locator('#site-error')).toContainText('is not a site address');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  // A pasted address is reduced to its hostname, without "www.".
  await input.fill('https://www.Example.org/news/live?x=1');
  await input.press('Enter');
  await expect(sites.getByRole('listitem')).toHaveText([/example\.org/]);
  await expect(input).toHaveValue('');

  await input.fill('news.example.org');
  await input.press('Enter');
  await expect(page.locator('#site-error')).toHaveText('news.example.org is already covered by example.org.');

  await input.fill('kyivpost.com');
  await input.press('Enter');
  await expect(sites.locator('.site-host')).toHaveText(['example.org', 'kyivpost.com']);
  await page.reload();
  await expect(sites.locator('.site-host')).toHaveText(['example.org', 'kyivpost.com']);

  await page.getByRole('button', { name: 'Remove example.org' }).click();
  await expect(sites.locator('.site-host')).toHaveText(['kyivpost.com']);
  // Focus does not fall to the page when the focused button's row goes.
  await expect(input).toBeFocused();
  await page.getByRole('button', { name: 'Remove kyivpost.com' }).click();
  await expect(page.getByTestId('sites-empty')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('sites-empty')).toBeVisible();
  await page.close();
});

test('international and wildcard entries become the hostname pages report; a change made elsewhere is kept', async ({ ext }) => {
  const page = await openOptions(ext);
  const sites = page.getByRole('list', { name: 'Sites where Crosscount is off' });
  const input = page.getByLabel('Turn Crosscount off on');
  await input.fill('Bücher.de');
  await input.press('Enter');
  await input.fill('*.example.net');
  await input.press('Enter');
  await expect(sites.locator('.site-host')).toHaveText(['example.net', 'xn--bcher-kva.de']);

  // Another extension page (as the popup's switch does) adds a site while this one is open.
  const other = await openOptions(ext);
  await other.getByLabel('Turn Crosscount off on').fill('kyivindependent.com');
  await other.getByLabel('Turn Crosscount off on').press('Enter');
  await expect(other.locator('.site-host')).toHaveCount(3);
  await other.close();

  await page.getByRole('button', { name: 'Remove example.net' }).click();
  await expect(sites.locator('.site-host')).toHaveText(['kyivindependent.com', 'xn--bcher-kva.de']);
  await page.reload();
  await expect(sites.locator('.site-host')).toHaveText(['kyivindependent.com', 'xn--bcher-kva.de']);

  for (const host of ['kyivindependent.com', 'xn--bcher-kva.de']) {
    await page.getByRole('button', { name: `Remove ${host}` }).click();
  }
  await expect(page.getByTestId('sites-empty')).toBeVisible();
  await page.close();
});

test('highlight style and card delay persist across reloads', async ({ ext }) => {
  const page = await openOptions(ext);
  const background = page.getByRole('radio', { name: /Background/ });
  const underline = page.getByRole('radio', { name: /Underline/ });
  await expect(underline).toBeChecked();

  await background.check();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight style saved: background.' })).toHaveCount(1);
  const slider = page.getByRole('slider', { name: 'Card delay on hover' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('delay-value')).toHaveText('250 ms');
  await expect(page.getByRole('status').filter({ hasText: 'Card delay saved: 250 ms.' })).toHaveCount(1);

  await page.reload();
  await expect(background).toBeChecked();
  await expect(page.getByTestId('delay-value')).toHaveText('250 ms');
  await expect(slider).toHaveValue('250');

  // Back to the defaults for the other tests in this browser.
  await underline.check();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight style saved: underline.' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Use default (150 ms)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Card delay saved: 150 ms.' })).toHaveCount(1);
  await page.reload();
  await expect(underline).toBeChecked();
  await page.close();
});

test('axe finds no serious or critical violations, in light and dark, with an error and a dialog shown', async ({ ext }) => {
  const page = await openOptions(ext);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Turn Crosscount off on').fill('not a site!');
  await page.getByRole('button', { name: 'Add site' }).click();
  await page.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'schema-error-entry-2.json'));
  await expect(page.getByTestId('import-error')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.close();
});
