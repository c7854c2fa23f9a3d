import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURE_ROOT, startServer } from './serve';
import { HIGHLIGHT_NAME, locateFigure, POPOVER_HOST, type FigureBox, type FigureBoxQuery } from './lib/capture';
import { findFirefox, launchFirefox, NO_FIREFOX_HINT, type BidiFirefox } from './lib/firefox';

// `npm run smoke:firefox`: loads the Firefox build into a real, headless
// Firefox (temporary add-on, as about:debugging would), opens the first sample
// article, and checks that figures are highlighted and that hovering one opens
// the card; writes firefox-card.png. web-ext lint checks the package; this
// checks that it runs.

// Node 20 has WebSocket only behind a flag: run again with it.
if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'undefined') {
  const r = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 15_000;
const ARTICLE = 'seed-000-healey-munich.html';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'demo-output' },
    'no-build': { type: 'boolean', default: false },
  },
});

async function poll<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const locate = (ff: BidiFirefox, context: string, q: FigureBoxQuery) =>
  ff.evaluate<FigureBox | null>(context, `(${locateFigure.toString()})(${JSON.stringify(q)})`);

async function hover(ff: BidiFirefox, context: string, box: FigureBox) {
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  const path = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({
    type: 'pointerMove',
    x: x - 40 + i * 5,
    y: y + 60 - Math.round((i * 60) / 8),
    origin: 'viewport',
    duration: 20,
  }));
  await ff.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: path }],
  });
}

const CARD = `(() => {
  const d = document.querySelector(':root > ${POPOVER_HOST}')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!d || d.getClientRects().length === 0) return null;
  return { sources: d.querySelectorAll('li').length };
})()`;

async function main() {
  const firefox = findFirefox();
  if (!firefox) {
    console.error(NO_FIREFOX_HINT);
    process.exit(1);
  }
  const extensionPath = join(resolve(ROOT, process.env.CROSSCOUNT_OUT_DIR ?? '.output'), 'firefox-mv3');
  if (!args['no-build']) {
    console.log('Building the Firefox extension (wxt build -b firefox) ...');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('wxt build -b firefox failed (output above).');
  }
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionPath}.`);

  const { server, url } = await startServer(FIXTURE_ROOT, 0);
  const ff = await launchFirefox(firefox);
  try {
    const installed = await ff.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionPath },
    });
    console.log(`Firefox ${ff.version} (${firefox}): installed ${installed.extension} from ${extensionPath}`);
    const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = tree.contexts[0]!.context;
    await ff.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
    const articleUrl = `${url}/${ARTICLE}`;
    await ff.send('browsingContext.navigate', { context, url: articleUrl, wait: 'complete' });

    const count = await poll(`No figures were highlighted on ${articleUrl}`, () =>
      ff.evaluate<number>(context, `CSS.highlights.get(${JSON.stringify(HIGHLIGHT_NAME)})?.size ?? 0`),
    );
    console.log(`  ${count} figures highlighted on ${articleUrl}`);

    const box = await locate(ff, context, { name: HIGHLIGHT_NAME, index: 0, order: 'showcase', top: false });
    if (!box) throw new Error('The highlights have no visible ranges to hover.');
    await hover(ff, context, box);
    const card = await poll(`Hovering "${box.text}" did not open the card`, () => ff.evaluate<{ sources: number }>(context, CARD));
    await new Promise((r) => setTimeout(r, 400));
    console.log(`  card open on "${box.text}", ${card.sources} other sources listed`);

    const shot = await ff.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    const outDir = resolve(process.cwd(), args.out!);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'firefox-card.png');
    writeFileSync(file, Buffer.from(shot.data, 'base64'));
    console.log(`  wrote ${file}`);
  } finally {
    await ff.close();
    server.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`Firefox smoke check failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
