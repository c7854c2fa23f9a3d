import { describe, expect, it } from 'vitest';
import { findFirefox, NO_FIREFOX_HINT } from '../../scripts/lib/firefox';

// Where the Firefox smoke check looks for a browser, and what it says when there is none.

describe('findFirefox', () => {
  it('takes the first candidate that exists, FIREFOX_PATH before PATH', () => {
    expect(findFirefox(['/nonexistent/firefox', process.execPath])).toBe(process.execPath);
  });

  it('finds nothing when no candidate exists', () => {
    expect(findFirefox([undefined, '/nonexistent/firefox-esr'])).toBeUndefined();
  });

  it('the hint names the install command and FIREFOX_PATH', () => {
    expect(NO_FIREFOX_HINT).toContain('apt-get install -y firefox-esr');
    expect(NO_FIREFOX_HINT).toContain('FIREFOX_PATH=');
  });
});
