import { resolve } from 'node:path';
import { test, expect, launchWithExtension } from './fixtures';
import { dialog, markPoint, newPage, waitForMarks } from './page-helpers';

// A researcher's own claims, once imported on the options page, are part of
// the product: the popup finds them and the card on a page compares with them.

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

test('imported claims appear in popup search and in the card on a page', async ({ baseURL }) => {
  const ext = await launchWithExtension();
  try {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByTestId('dataset-total')).toHaveText(/^\d[\d,]*$/);
    await options.getByLabel('Claims file').setInputFiles(resolve(IMPORTS, 'valid-import.json'));
    await expect(options.getByTestId('import-success')).toHaveText('Imported 2 claims from valid-import.json.');

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: 'Search claims' }).fill('Test Import Claimant');
    const found = popup.getByRole('list', { name: 'Matching claims' }).locator('article.claim');
    await expect(found).toHaveCount(2);
    await expect(found.filter({ hasText: '28,000–31,000' })).toHaveCount(1);

    // Seed 000: Zelenskiy's 30,000 killed in January 2026; the import has 28,000-31,000 casualties for January.
    const page = await newPage(ext.context);
    await page.goto(`${baseURL}/seed-000-healey-munich.html`);
    await waitForMarks(page);
    const pt = await markPoint(page, '30,000');
    await page.mouse.move(pt.x, pt.y);
    const card = dialog(page);
    const imported = card.locator('.cc-source').filter({ hasText: 'Test Import Claimant' });
    await expect(imported.first()).toBeVisible();
    await expect(imported.first()).toContainText('28,000–31,000');
  } finally {
    await ext.close();
  }
});
