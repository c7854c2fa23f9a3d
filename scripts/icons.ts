import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from './lib/chromium';

// Renders the toolbar/store icon from one SVG into public/icon/<size>.png, the
// names WXT picks up for manifest.icons. Run: npx tsx scripts/icons.ts
// The SVG is drawn on a 128 grid and rasterised by Chromium at each size, so
// the small sizes are real vector renders, not downscaled bitmaps.

// A rounded tile; three bars of different heights (figures side by side) rising
// out of a highlighter stroke (the highlight the extension paints on a number).
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1e3a8a"/>
  <rect x="16" y="84" width="96" height="24" rx="6" fill="#facc15"/>
  <rect x="26" y="52" width="20" height="50" rx="4" fill="#ffffff"/>
  <rect x="54" y="26" width="20" height="76" rx="4" fill="#ffffff"/>
  <rect x="82" y="40" width="20" height="62" rx="4" fill="#ffffff"/>
</svg>`;

export const SIZES = [16, 32, 48, 96, 128] as const;

const OUT_DIR = resolve(import.meta.dirname, '../public/icon');

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = join(OUT_DIR, `${size}.png`);
      writeFileSync(file, png);
      console.log(`wrote ${file} (${png.length} bytes)`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
