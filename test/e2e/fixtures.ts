import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath, launchExtension } from '../../scripts/lib/chromium';

// Loads the built extension into Debian's Chromium (DESIGN.md: toolchain facts).
// The finding and launching live in scripts/lib/chromium.ts, shared with the demo.

export { CHROMIUM_ARGS, chromiumPath };

export const EXTENSION_PATH = resolve(
  import.meta.dirname,
  '../..',
  process.env.CROSSCOUNT_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export async function launchWithExtension(opts: { colorScheme?: 'light' | 'dark' } = {}) {
  return launchExtension(EXTENSION_PATH, { headless: true, colorScheme: opts.colorScheme });
}

export const test = base.extend<{}, { ext: { context: BrowserContext; extensionId: string; worker: Worker } }>({
  ext: [
    async ({}, use) => {
      const launched = await launchWithExtension();
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
});

export const expect = test.expect;
