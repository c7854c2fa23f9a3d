import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

// Drives a stock Firefox over WebDriver BiDi, which Firefox speaks natively:
// enough to install the built extension temporarily (webExtension.install,
// Firefox 138+), open a page, run a script in it, move the mouse and take a
// screenshot. Playwright's Firefox is a patched build that cannot be
// downloaded here, so the Firefox smoke check talks BiDi itself.

export const NO_FIREFOX_HINT = [
  'No Firefox found. Either:',
  "  - install Debian's Firefox ESR:  sudo apt-get install -y firefox-esr",
  '  - or point at a Firefox 140+ binary:  FIREFOX_PATH=/path/to/firefox npm run smoke:firefox',
].join('\n');

export function findFirefox(
  candidates: (string | undefined)[] = [process.env.FIREFOX_PATH, ...onPath(['firefox-esr', 'firefox'])],
): string | undefined {
  return candidates.find((p) => p && existsSync(p));
}

function onPath(names: string[]): string[] {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return names.flatMap((n) => dirs.map((d) => join(d, n)));
}

type Pending = { ok: (v: any) => void; fail: (e: Error) => void };

export interface BidiFirefox {
  version: string;
  send<T = any>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Evaluates `expression` in the page's main world and returns its JSON-serialisable value. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(executable: string, timeoutMs = 30_000): Promise<BidiFirefox> {
  const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!WS) throw new Error('This Node has no WebSocket: run with Node 22+, or Node 20 with --experimental-websocket.');
  const profile = mkdtempSync(join(tmpdir(), 'crosscount-firefox-'));
  const child: ChildProcess = spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server within ${timeoutMs / 1000} s:\n${err}`)), timeoutMs);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(`${m[1]}/session`);
      }
    });
    child.once('exit', (code) => fail(new Error(`Firefox exited (${code}) before it was ready:\n${err}`)));
  });
  const ws = new WS(endpoint);
  await new Promise<void>((ok, fail) => {
    ws.addEventListener('open', () => ok());
    ws.addEventListener('error', () => fail(new Error(`Could not connect to ${endpoint}`)));
  });
  let nextId = 0;
  const pending = new Map<number, Pending>();
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(String(e.data));
    const p = typeof msg.id === 'number' ? pending.get(msg.id) : undefined;
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.fail(new Error(`${msg.error}: ${msg.message}`));
    else p.ok(msg.result);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((ok, fail) => {
      const id = ++nextId;
      pending.set(id, { ok, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const session = await send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
  return {
    version: session.capabilities.browserVersion,
    send,
    async evaluate<T>(context: string, expression: string) {
      const r = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>(
        'script.evaluate',
        { expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true },
      );
      if (r.type === 'exception') throw new Error(`script error: ${r.exceptionDetails?.text}`);
      const v = r.result?.value;
      return (typeof v === 'string' ? JSON.parse(v) : undefined) as T;
    },
    async close() {
      await send('session.end').catch(() => {});
      ws.close();
      child.kill();
      await new Promise((ok) => (child.exitCode !== null ? ok(null) : child.once('exit', ok)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
