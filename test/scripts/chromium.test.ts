import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM_HINT } from '../../scripts/lib/chromium';

// Where the demo and the e2e tests look for a browser, and what they say when there is none.

describe('findChromium', () => {
  const here = process.execPath; // a file that certainly exists

  it('takes the first candidate that exists, CHROMIUM_PATH before the system one', () => {
    expect(findChromium(['/nonexistent/chromium', here, '/usr/bin/env'], () => '/nonexistent/pw')).toBe(here);
  });

  it("falls back to Playwright's own browser when it is installed", () => {
    expect(findChromium(['/nonexistent/chromium'], () => here)).toBe(here);
  });

  it('finds nothing when neither is there, nor when Playwright cannot name its browser', () => {
    expect(findChromium([undefined, '/nonexistent/chromium'], () => '/nonexistent/pw')).toBeUndefined();
    expect(
      findChromium(['/nonexistent/chromium'], () => {
        throw new Error('unsupported platform');
      }),
    ).toBeUndefined();
  });

  it('the hint names the install command and CHROMIUM_PATH', () => {
    expect(NO_CHROMIUM_HINT).toContain('apt-get install -y chromium');
    expect(NO_CHROMIUM_HINT).toContain('CHROMIUM_PATH=');
  });
});
