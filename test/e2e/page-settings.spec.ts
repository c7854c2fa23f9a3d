import AxeBuilder from '@axe-core/playwright';
import { test, expect, launchWithExtension } from './fixtures';
import { dialog, marks, markPoint, waitForMarks, newPage } from './page-helpers';

// The person's settings as the content script obeys them (set through the
// options page, as a person would), and the card's accessibility.

test('a site switched off in the options gets no highlights; switched on again, it does', async ({ baseURL }) => {
  const ext = await launchWithExtension();
  try {
    const options = await newPage(ext.context);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel('Turn Crosscount off on').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect(options.getByRole('list', { name: 'Sites where Crosscount is off' })).toContainText('127.0.0.1');

    const page = await newPage(ext.context);
    await page.goto(`${baseURL}/seed-003-fedorov-straitstimes.html`);
    await page.waitForTimeout(1500);
    expect(await marks(page)).toEqual([]);
    expect(await page.evaluate('window.__ccScanned === undefined')).toBe(true);
    // Nothing opens from the keyboard either.
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(dialog(page)).toHaveCount(0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect(options.getByRole('list', { name: 'Sites where Crosscount is off' })).toHaveCount(0);
    await page.reload();
    await waitForMarks(page);
  } finally {
    await ext.close();
  }
});

test('the highlight style setting reaches the page', async ({ baseURL }) => {
  const ext = await launchWithExtension();
  try {
    const rules = async (url: string) => {
      const page = await newPage(ext.context);
      await page.goto(url);
      await waitForMarks(page);
      const css = await page.evaluate(() =>
        [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      );
      await page.close();
      return css;
    };
    const url = `${baseURL}/seed-000-healey-munich.html`;
    expect(await rules(url)).toMatch(/::highlight\(crosscount\) \{ text-decoration: underline/);
    const options = await newPage(ext.context);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('radio', { name: /Background/ }).check();
    await expect(options.getByRole('radio', { name: /Background/ })).toBeChecked();
    await options.waitForTimeout(300);
    expect(await rules(url)).toMatch(/::highlight\(crosscount\) \{ background-color:/);
  } finally {
    await ext.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open card has no accessibility violations (${scheme})`, async ({ baseURL }) => {
    const ext = await launchWithExtension({ colorScheme: scheme });
    try {
      const page = await newPage(ext.context);
      await page.goto(`${baseURL}/seed-003-fedorov-straitstimes.html`);
      await waitForMarks(page);
      const pt = await markPoint(page, '35,000');
      await page.mouse.move(pt.x, pt.y);
      const card = dialog(page);
      await expect(card.locator('.cc-source').first()).toBeVisible();
      await card.locator('button.cc-badge').first().click();
      await card.getByRole('button', { name: 'Save…' }).click();
      const result = await new AxeBuilder({ page }).include('crosscount-popover').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await ext.close();
    }
  });
}
