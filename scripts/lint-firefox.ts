import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isKnownWarning, manifestProblems, type LintReport } from './lib/firefox-lint';

// Runs `web-ext lint` on the Firefox build (made by `npm run build:firefox`
// just before, see package.json "lint:firefox") and fails on any error, on a
// warning nobody has explained in docs/PERMISSIONS.md, or on a manifest that
// lacks what Firefox and AMO need. Part of `npm test`, so CI runs it.

const ROOT = resolve(import.meta.dirname, '..');
const sourceDir = resolve(ROOT, process.env.CROSSCOUNT_OUT_DIR ?? '.output', 'firefox-mv3');

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--boring'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
// web-ext exits non-zero when there are errors; the JSON on stdout says which.
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'));
const problems = manifestProblems(manifest);
const unexplained = report.warnings.filter((w) => !isKnownWarning(w, sourceDir));
const where = (m: { file?: string; line?: number; column?: number }) =>
  m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';

console.log(
  `web-ext lint ${sourceDir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
    `(${report.summary.warnings - unexplained.length} known, see docs/PERMISSIONS.md), ${report.summary.notices} notices`,
);
for (const e of report.errors) console.log(`  error   ${e.code}: ${e.message}${where(e)}`);
for (const w of report.warnings) {
  console.log(`  warning ${w.code}: ${w.message}${where(w)}${unexplained.includes(w) ? '  <- not explained' : ''}`);
}
for (const n of report.notices) console.log(`  notice  ${n.code}: ${n.message}${where(n)}`);
for (const p of problems) console.log(`  manifest: ${p}`);

if (report.errors.length > 0 || unexplained.length > 0 || problems.length > 0) {
  console.error('Firefox lint failed: fix the errors above, or explain a warning in docs/PERMISSIONS.md and scripts/lib/firefox-lint.ts.');
  process.exit(1);
}
