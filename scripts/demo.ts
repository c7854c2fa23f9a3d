import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURE_ROOT, startServer } from './serve';
import { findChromium, launchExtension, NO_CHROMIUM_HINT, type LaunchedExtension } from './lib/chromium';
import { DemoError, shootArticle, shootCard, shootPopup, tabIdFor } from './lib/capture';

// `npm run demo`: build the extension, serve the sample articles on localhost,
// and show Crosscount on the first one. With a display, a real Chromium window
// stays open until Ctrl+C; without one (servers, CI, containers) it runs
// headless and writes three screenshots, so the demo proves itself anywhere.

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run demo -- [--out DIR] [--no-build] [--headless]
  --out DIR    where headless screenshots go (default: demo-output)
  --no-build   use the extension already built in $CROSSCOUNT_OUT_DIR or .output
  --headless   take the screenshots even when a display is available`;
const STEP_TIMEOUT_MS = 15_000;
const POPUP_QUERY = 'Rubio';

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        out: { type: 'string', default: 'demo-output' },
        'no-build': { type: 'boolean', default: false },
        headless: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function hasDisplay() {
  return Boolean((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI);
}

/** The first article linked from the fixtures' index page (the first seed). */
function firstArticle(): string {
  const index = readFileSync(join(FIXTURE_ROOT, 'index.html'), 'utf8');
  const list = index.slice(Math.max(0, index.indexOf('id="articles"')));
  const href = /href="([^"#?]+\.html)"/.exec(list)?.[1];
  if (!href) throw new DemoError(`No article linked from ${join(FIXTURE_ROOT, 'index.html')}.`);
  return href;
}

function build(outBase: string) {
  console.log(`Building the Chrome extension (wxt build -> ${relative(ROOT, outBase) || '.'}/chrome-mv3) ...`);
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  const r = spawnSync(wxt, ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new DemoError('wxt build failed (output above).');
  }
}

async function headed(ext: LaunchedExtension, articleUrl: string, indexUrl: string) {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(articleUrl);
  console.log(`\nChromium is open on ${articleUrl} with Crosscount loaded.`);
  console.log('  Hover a highlighted figure to see what other sources said; Alt+Shift+ArrowRight steps through them.');
  console.log('  Click the Crosscount toolbar icon (puzzle piece > pin) to search claims.');
  console.log(`  More sample articles: ${indexUrl}`);
  console.log('Press Ctrl+C here (or close the window) to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    ext.context.once('close', () => done());
  });
  console.log('Stopping.');
}

const clock = { t: Date.now() };
/** Seconds since the previous call, for the step lines. */
function lap() {
  const now = Date.now();
  const s = ((now - clock.t) / 1000).toFixed(1);
  clock.t = now;
  return `(${s} s)`;
}

async function headless(ext: LaunchedExtension, articleUrl: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  console.log(`No display: running headless and writing screenshots to ${outDir} ${lap()}`);
  const page = await ext.context.newPage();
  await page.goto(articleUrl);
  const article = await shootArticle(page, outDir, STEP_TIMEOUT_MS);
  console.log(`  1-article-highlighted.png  ${article.count} figures highlighted on ${articleUrl} ${lap()}`);
  const card = await shootCard(page, outDir, STEP_TIMEOUT_MS);
  const sources = card.sources ? `, ${card.sources} other sources listed` : ', no other source on file for any figure here';
  console.log(`  2-card-open.png            card open on "${card.figure}"${sources} ${lap()}`);
  const tabId = await tabIdFor(ext.worker, page.url());
  const popup = await shootPopup(ext.context, ext.extensionId, tabId, POPUP_QUERY, outDir, STEP_TIMEOUT_MS);
  console.log(`  3-popup.png                the popup searching "${POPUP_QUERY}": ${popup.results} matching claims ${lap()}`);
  await page.close();
  console.log(`Screenshots written to ${outDir}`);
}

async function main() {
  const args = parse();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const started = Date.now();
  lap();
  // Look for the browser before spending time on a build it could not show.
  if (!findChromium()) {
    console.error(NO_CHROMIUM_HINT);
    process.exit(1);
  }
  const outBase = resolve(ROOT, process.env.CROSSCOUNT_OUT_DIR ?? '.output');
  const extensionPath = join(outBase, 'chrome-mv3');
  if (!args['no-build']) {
    build(outBase);
    console.log(`Built ${lap()}`);
  }

  const { server, url } = await startServer(FIXTURE_ROOT, 0);
  const articleUrl = `${url}/${firstArticle()}`;
  const show = hasDisplay() && !args.headless;
  let ext: LaunchedExtension | undefined;
  try {
    ext = await launchExtension(extensionPath, show ? { headless: false, viewport: null, handleSignals: false } : { headless: true });
    if (show) await headed(ext, articleUrl, `${url}/`);
    else await headless(ext, articleUrl, resolve(process.cwd(), args.out!));
  } finally {
    await ext?.close();
    server.close();
  }
  if (!show) console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
