import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Spawns the CLI the way other tools do: `npm run --silent extract -- ...`.

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const file = join(dir, 'article.txt');
const TEXT =
  'Officials said the invading army lost about 12,500 soldiers in March.\n' +
  'A convoy drove 300 km. The brigade’s commander said 40 troops were wounded a day.\n';
writeFileSync(file, TEXT, 'utf8');

function run(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'extract', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run extract', () => {
  it('prints one JSON object per figure, in text order, with exactly the contract keys', () => {
    const r = run('--published', '2024-05-10', '--lang', 'en', file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['start', 'end', 'text', 'value', 'qualifier', 'metric', 'rate', 'period', 'side']);
      expect(TEXT.slice(l.start, l.end)).toBe(l.text);
    }
    expect(lines[0]).toEqual({
      start: TEXT.indexOf('12,500'),
      end: TEXT.indexOf('12,500') + 6,
      text: '12,500',
      value: { low: 12500, high: 12500 },
      qualifier: 'about',
      metric: 'losses',
      rate: 'period_total',
      period: { start: '2024-03-01', end: '2024-03-31' },
      side: null,
    });
    expect(lines[1]).toMatchObject({ text: '40', metric: 'wounded', rate: 'per_day', period: null });
  });

  it('resolves periods against --published', () => {
    const r = run('--published', '2025-02-01', file);
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    expect(first.period).toEqual({ start: '2024-03-01', end: '2024-03-31' });
  });

  it('defaults --published to today', () => {
    const r = run(file);
    expect(r.status).toBe(0);
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 3 ? 1 : 0);
    expect(first.period.start).toBe(`${year}-03-01`);
  });

  it.each([
    ['an unknown flag', ['--bogus', file]],
    ['a bad date', ['--published', '2024-02-30', file]],
    ['a malformed date', ['--published', 'yesterday', file]],
    ['an unsupported language', ['--lang', 'xx', file]],
    ['a missing file argument', ['--published', '2024-05-10']],
    ['an unreadable file', [join(dir, 'does-not-exist.txt')]],
  ])('exits 2 with one line on stderr for %s', (_name, args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const err = r.stderr.trim();
    expect(err.length).toBeGreaterThan(0);
    expect(err.split('\n')).toHaveLength(1);
  });
});
