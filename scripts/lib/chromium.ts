import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One way to find and launch Chromium with the built extension, shared by the
// end-to-end tests, the demo and the icon generator (DESIGN.md: toolchain facts).

export const NO_CHROMIUM_HINT = [
  'No Chromium found. Either:',
  '  - install Debian/Ubuntu\'s Chromium:  sudo apt-get install -y chromium',
  '  - or point at any Chromium/Chrome for Testing binary:  CHROMIUM_PATH=/path/to/chromium npm run demo',
  '  - or install Playwright\'s own build:  npx playwright install chromium',
].join('\n');

/** The first Chromium that exists: CHROMIUM_PATH, the distribution's, then Playwright's own. */
export function findChromium(
  candidates: (string | undefined)[] = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  playwrightOwn: () => string = () => chromium.executablePath(),
): string | undefined {
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  try {
    // executablePath() names where Playwright would put its browser, installed or not.
    const own = playwrightOwn();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM_HINT);
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /** false: the caller handles Ctrl+C itself and closes the browser (the headed demo). */
  handleSignals?: boolean;
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchExtension(extensionPath: string, opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'crosscount-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    handleSIGINT: opts.handleSignals ?? true,
    handleSIGTERM: opts.handleSignals ?? true,
    // Without --disable-extensions-except no service worker appears.
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...CHROMIUM_ARGS],
  });
  let worker: Worker | undefined = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}
