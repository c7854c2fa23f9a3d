import { test, expect } from './fixtures';
import { dialog, markPoint, waitForMarks, newPage } from './page-helpers';

// The card: opened by hover after a dwell or at once from the keyboard,
// listing other sources with their definitions; kept open while the pointer is
// in it; closed by Escape with focus returned.

test('hovering a figure opens the card with other sources, their definitions and links', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  await waitForMarks(page);
  const pt = await markPoint(page, '35,000');
  await page.mouse.move(pt.x, pt.y);
  const card = dialog(page);
  await expect(card).toBeVisible();
  await expect(card).toHaveAccessibleName(/35,000/);
  // The figure as understood, with its normalised rate.
  await expect(card.locator('.cc-value')).toContainText('35,000');
  await expect(card).toContainText('a day');
  // Other sources: at least one, with a source link opening a new tab safely.
  const sources = card.locator('.cc-source');
  await expect(sources.first()).toBeVisible();
  const link = sources.first().getByRole('link', { name: /Source/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  // A definition badge reveals what the source's word counts.
  const badge = card.locator('button.cc-badge').first();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(card.locator('.cc-def')).toContainText('counts');
  await page.close();
});

test('the card stays open while the pointer is inside it and closes after it leaves', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  await waitForMarks(page);
  const pt = await markPoint(page, '35,000');
  await page.mouse.move(pt.x, pt.y);
  const card = dialog(page);
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  // Travel from the figure into the card, then rest there well past the grace period.
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(40, box.height / 2), { steps: 6 });
  await page.waitForTimeout(800);
  await expect(card).toBeVisible();
  // Leave both: hidden after the grace period, not at once.
  await page.mouse.move(5, box.y + box.height + 200 > 890 ? 5 : box.y + box.height + 200);
  await page.waitForTimeout(100);
  await expect(card).toBeVisible();
  await expect(card).toHaveCount(0, { timeout: 2000 });
  await page.close();
});

test('a pointer passing over a figure does not open the card', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  await waitForMarks(page);
  const pt = await markPoint(page, '35,000');
  await page.mouse.move(pt.x, pt.y);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  await expect(dialog(page)).toHaveCount(0);
  await page.close();
});

test('the keyboard stepper opens cards in order with focus inside; Escape closes and returns focus', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  const found = await waitForMarks(page, 2);
  const ordered = await page.evaluate(() =>
    [...(CSS.highlights.get('crosscount') ?? [])]
      .map((r) => r as Range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString()),
  );
  expect(ordered.length).toBe(found.length);
  await page.locator('#share').focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  const card = dialog(page);
  await expect(card).toBeVisible();
  await expect(card).toHaveAccessibleName(new RegExp(ordered[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(card).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(card).toHaveAccessibleName(new RegExp(ordered[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(card).toHaveAccessibleName(new RegExp(ordered[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Tab moves within the card's controls.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crosscount-popover');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator('#share')).toBeFocused();
  await page.close();
});

test('Save stores the figure with an optional note', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  await waitForMarks(page);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  const card = dialog(page);
  await card.getByRole('button', { name: 'Save…' }).click();
  await card.getByLabel('Note (optional)').fill('check against UK MoD');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Saved to your annotations.');
  await page.close();
});

test('a click outside a keyboard-opened card closes it, and the click still reaches the page', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-003-fedorov-straitstimes.html');
  await waitForMarks(page);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(dialog(page)).toBeVisible();
  await page.locator('#share').click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('#share-count')).toHaveText('Shared 1');
  await page.close();
});
