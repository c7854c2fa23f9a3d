import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// `npm run demo` without a display must prove the product works: three
// screenshots that exist, are real PNGs of a sensible size, and show
// something (not a blank or single-colour page).

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = ['1-article-highlighted.png', '2-card-open.png', '3-popup.png'];

function pngSize(buf: Buffer) {
  // Signature, then the IHDR chunk: width and height as big-endian uint32 at 16 and 20.
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Decodes PNGs in the browser and reports colour statistics, and how much two of them differ. */
async function pixelStats(page: Page, pngs: Buffer[]) {
  return page.evaluate(async (b64s) => {
    const decode = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height);
    };
    const images = await Promise.all(b64s.map(decode));
    const stats = images.map((d) => {
      const counts = new Map<number, number>();
      for (let i = 0; i < d.data.length; i += 4) {
        // 5 bits per channel: antialiasing noise does not count as "many colours".
        const key = ((d.data[i]! >> 3) << 10) | ((d.data[i + 1]! >> 3) << 5) | (d.data[i + 2]! >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const pixels = d.width * d.height;
      return { colours: counts.size, dominantShare: Math.max(...counts.values()) / pixels };
    });
    const [a, b] = images;
    let differing = 0;
    if (a && b && a.width === b.width && a.height === b.height) {
      for (let i = 0; i < a.data.length; i += 4) {
        if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) differing++;
      }
    }
    return { stats, firstTwoDifferShare: a ? differing / (a.width * a.height) : 0 };
  }, pngs.map((p) => p.toString('base64')));
}

test('the headless demo writes screenshots of highlights, an open card and the popup', async ({ ext }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'crosscount-demo-'));
  try {
    const run = spawnSync('npx', ['tsx', 'scripts/demo.ts', '--out', out, '--no-build', '--headless'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env },
    });
    expect(run.status, `demo failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(out);

    const pngs = SHOTS.map((name) => {
      const file = join(out, name);
      expect(existsSync(file), `${name} missing`).toBe(true);
      return readFileSync(file);
    });
    const sizes = pngs.map(pngSize);
    expect(sizes[0]).toEqual({ width: 1280, height: 900 });
    expect(sizes[1]).toEqual({ width: 1280, height: 900 });
    expect(sizes[2]).toEqual({ width: 400, height: 560 });
    for (const p of pngs) expect(p.length).toBeGreaterThan(10_000);

    const page = await ext.context.newPage();
    const { stats, firstTwoDifferShare } = await pixelStats(page, pngs);
    await page.close();
    for (const [i, s] of stats.entries()) {
      expect(s.colours, `${SHOTS[i]} has too few colours to be a rendered page`).toBeGreaterThan(20);
      expect(s.dominantShare, `${SHOTS[i]} is nearly one colour`).toBeLessThan(0.97);
    }
    // The card is drawn over the same scrolled article: a visible part of the picture changes.
    expect(firstTwoDifferShare).toBeGreaterThan(0.01);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
