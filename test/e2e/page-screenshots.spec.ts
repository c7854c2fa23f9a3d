import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, launchWithExtension } from './fixtures';
import { dialog, markPoint, waitForMarks, newPage } from './page-helpers';

// The card in light and dark, checked to really follow the colour scheme, and
// saved for the README (docs/screenshots) when missing or when
// UPDATE_SCREENSHOTS=1, so ordinary test runs leave the tracked files alone.

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`card screenshot (${scheme})`, async ({ baseURL }) => {
    const ext = await launchWithExtension({ colorScheme: scheme });
    try {
      const page = await newPage(ext.context);
      await page.setViewportSize({ width: 1100, height: 1000 });
      await page.goto(`${baseURL}/seed-003-fedorov-straitstimes.html`);
      await waitForMarks(page);
      const pt = await markPoint(page, '35,000');
      await page.mouse.move(pt.x, pt.y);
      const card = dialog(page);
      await expect(card.locator('.cc-source').first()).toBeVisible();
      const bg = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(28, 33, 40)' : 'rgb(255, 255, 255)');
      const box = (await card.boundingBox())!;
      const x = Math.max(0, Math.min(box.x, pt.x) - 24);
      const y = Math.max(0, Math.min(box.y, pt.y) - 40);
      const path = `${OUT}/card-${scheme}.png`;
      if (existsSync(path) && !process.env.UPDATE_SCREENSHOTS) return;
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({
        path,
        clip: { x, y, width: Math.max(box.x + box.width, pt.x) + 24 - x, height: box.y + box.height + 24 - y },
      });
    } finally {
      await ext.close();
    }
  });
}
