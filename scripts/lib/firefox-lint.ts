import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reading web-ext lint's JSON report and the Firefox manifest: which findings
// fail the build, and which are known and explained in docs/PERMISSIONS.md.

export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`
 * (`el.innerHTML = props.__html`) and to clear it (`el.innerHTML = ""`); our
 * code never passes that prop, so the warning on those two spots is known.
 * Any other innerHTML assignment is new and must be looked at.
 */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML\s*=\s*([\w$]+\.__html\b|""|'')/;

export function isKnownWarning(msg: LintMessage, sourceDir: string): boolean {
  if (msg.code !== 'UNSAFE_VAR_ASSIGNMENT' || !msg.file || !msg.line || !msg.column) return false;
  let source: string;
  try {
    source = readFileSync(join(sourceDir, msg.file), 'utf8');
  } catch {
    return false;
  }
  const line = source.split('\n')[msg.line - 1] ?? '';
  return PREACT_INNER_HTML.test(line.slice(msg.column - 1));
}

/** What the Firefox manifest must say for AMO and for the Highlight API (Firefox 140). */
export function manifestProblems(manifest: Record<string, any>): string[] {
  const problems: string[] = [];
  const gecko = manifest.browser_specific_settings?.gecko;
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${manifest.manifest_version}, expected 3`);
  if (!gecko?.id) problems.push('browser_specific_settings.gecko.id is missing');
  if (gecko?.strict_min_version !== '140.0') problems.push('gecko.strict_min_version should be 140.0 (CSS Custom Highlight API)');
  const required = gecko?.data_collection_permissions?.required;
  if (!Array.isArray(required) || required.length !== 1 || required[0] !== 'none') {
    problems.push("gecko.data_collection_permissions.required should be ['none']");
  }
  return problems;
}
