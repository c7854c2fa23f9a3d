import { test, expect } from './fixtures';
import { marks, waitForMarks, newPage } from './page-helpers';

// Pages that change after load: appended entries, a paragraph rewritten in
// place, a page clearing CSS.highlights, and the on/off switches.

test('a live blog: appended and rewritten text is highlighted, and the page’s own updates are intact', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/live-blog.html');
  const before = await waitForMarks(page);
  expect(before.map((m) => m.text).join(' ')).toContain('30,000');

  await page.click('#more');
  const appended = 'Western estimates put Russian casualties – killed and wounded – at more than 1.2 million since the start of the war, with drone operations increasingly driving losses.';
  await expect(page.locator('#entries .entry p').first()).toHaveText(appended);
  await expect.poll(async () => (await marks(page)).filter((m) => m.block === appended).map((m) => m.text)).toContainEqual(expect.stringContaining('1.2 million'));

  const rewritten = 'Casualty rates in December amounted to 1,130 a day and climbed as high as 35,000 for the month, according to the assessments.';
  await page.click('#rewrite');
  // The page's own text update went through untouched.
  await expect(page.locator('#ticker')).toHaveText(rewritten);
  await expect.poll(async () => (await marks(page)).filter((m) => m.block === rewritten).map((m) => m.text)).toEqual(
    expect.arrayContaining(['1,130', '35,000']),
  );
  // No highlight is left over from the old text, and none is empty.
  const all = await marks(page);
  expect(all.filter((m) => m.text === '')).toEqual([]);
  for (const m of all) expect(m.block.slice(m.start, m.end)).toBe(m.text);
  // An entry the page removes takes its highlights with it (no collapsed leftovers).
  const count = (await marks(page)).length;
  const inFirst = (await marks(page)).filter((m) => m.block === appended).length;
  await page.evaluate(() => document.querySelector('#entries .entry')!.remove());
  await expect.poll(async () => (await marks(page)).length).toBe(count - inFirst);
  expect((await marks(page)).filter((m) => m.text === '')).toEqual([]);
  // Rewriting back restores the old paragraph's highlight.
  await page.click('#rewrite');
  await expect.poll(async () => (await marks(page)).filter((m) => m.block.startsWith('Russia sustained around 9,000')).map((m) => m.text)).toContain('9,000');
  await page.close();
});

test('highlights come back when the page clears CSS.highlights', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-000-healey-munich.html');
  const n = (await waitForMarks(page)).length;
  await page.evaluate(() => CSS.highlights.clear());
  await expect.poll(async () => (await marks(page)).length, { timeout: 5000 }).toBe(n);
  await page.close();
});

test('Alt+Shift+H switches highlights off and on for the page', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-000-healey-munich.html');
  const n = (await waitForMarks(page)).length;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(async () => (await marks(page)).length).toBe(0);
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(async () => (await marks(page)).length).toBe(n);
  await page.close();
});

test('the popup’s messages: setEnabled switches the page off and on, listFigures lists what is highlighted', async ({ ext }) => {
  const page = await newPage(ext.context);
  await page.goto('/seed-002-havryliuk-rbc.html');
  const n = (await waitForMarks(page)).length;
  type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  // What the popup does: a message to one tab's content script, answered or refused.
  const sendTo = (tabId: number | null, msg: unknown) =>
    ext.worker.evaluate(
      async ([id, m]) => {
        const { tabs: api } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const ids = id === null ? (await api.query({})).map((t) => t.id!) : [id];
        const answers: { id: number; answer: unknown }[] = [];
        for (const t of ids) {
          try {
            answers.push({ id: t, answer: await api.sendMessage(t, m) });
          } catch {
            // Tabs without the content script.
          }
        }
        return answers;
      },
      [tabId, msg] as const,
    );
  type Listed = { ok: boolean; data: { figures: { text: string }[]; top: unknown[] } };
  const texts = (await marks(page)).map((m) => m.text).sort();
  // Find this page's tab by its figures, so other tabs are never switched off.
  const listed = await sendTo(null, { type: 'listFigures' });
  const mine = listed.find(({ answer }) => {
    const a = answer as Listed | undefined;
    return a?.ok && JSON.stringify(a.data.figures.map((f) => f.text).sort()) === JSON.stringify(texts);
  });
  expect(mine, 'a listFigures answer with one entry per highlight').toBeTruthy();
  const list = (mine!.answer as Listed).data;
  expect(list.top).toHaveLength(n);
  const send = async (msg: unknown) => (await sendTo(mine!.id, msg)).map((x) => x.answer);
  expect(await send({ type: 'setEnabled', enabled: false })).toEqual([{ ok: true, data: true }]);
  await expect.poll(async () => (await marks(page)).length).toBe(0);
  await send({ type: 'setEnabled', enabled: true });
  await expect.poll(async () => (await marks(page)).length).toBe(n);
  // Not a tab request: the content script stays silent.
  expect(await send({ type: 'bogus' })).toEqual([undefined]);
  // revealFigure opens the n-th figure's card with focus in it.
  expect(await send({ type: 'revealFigure', index: 1 })).toEqual([{ ok: true, data: true }]);
  await expect(page.getByRole('dialog')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveAccessibleName(new RegExp(list.figures[1]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.close();
});
