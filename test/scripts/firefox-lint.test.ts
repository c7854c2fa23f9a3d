import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKnownWarning, manifestProblems } from '../../scripts/lib/firefox-lint';

// The Firefox lint gate: only Preact's own innerHTML spots pass as known; any
// other innerHTML assignment, and any manifest without what AMO needs, fails.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function bundle(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'crosscount-lint-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'chunk.js'), code);
  return dir;
}

const warning = (column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'chunk.js',
  line: 1,
  column,
});

describe('isKnownWarning', () => {
  it("accepts Preact's dangerouslySetInnerHTML assignment and its clearing", () => {
    const code = 'if(p)c||(_.innerHTML=p.__html),e.__k=[];else if(y&&(_.innerHTML=""),x)';
    const dir = bundle(code);
    expect(isKnownWarning(warning(code.indexOf('_.innerHTML=p') + 1), dir)).toBe(true);
    expect(isKnownWarning(warning(code.indexOf('_.innerHTML=""') + 1), dir)).toBe(true);
  });

  it('rejects an innerHTML assignment of page or dataset text', () => {
    const code = 'function f(el,claim){el.innerHTML=claim.quote}';
    expect(isKnownWarning(warning(code.indexOf('el.innerHTML') + 1), bundle(code))).toBe(false);
  });

  it('rejects other warning codes and warnings without a location', () => {
    const dir = bundle('x');
    expect(isKnownWarning({ code: 'DANGEROUS_EVAL', message: 'eval', file: 'chunk.js', line: 1, column: 1 }, dir)).toBe(false);
    expect(isKnownWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'x' }, dir)).toBe(false);
  });
});

describe('manifestProblems', () => {
  const good = {
    manifest_version: 3,
    browser_specific_settings: {
      gecko: { id: 'a@b', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  };

  it('passes a manifest with gecko id, Firefox 140 and no data collection', () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it('names each missing piece', () => {
    expect(manifestProblems({ manifest_version: 2 })).toHaveLength(4);
    const collecting = structuredClone(good);
    collecting.browser_specific_settings.gecko.data_collection_permissions.required = ['browsingActivity'];
    expect(manifestProblems(collecting)).toEqual(["gecko.data_collection_permissions.required should be ['none']"]);
  });
});
