import { test, expect } from './fixtures';

test('the built extension loads with its service worker and popup', async ({ ext }) => {
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Crosscount' })).toBeVisible();
  await page.close();
});
