import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { db } from '../../lib/store';

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('answers runtime messages through the handlers', async () => {
    expect(await fakeBrowser.runtime.sendMessage({ type: 'getPageSettings', host: 'example.com' })).toEqual({
      ok: true, data: { enabled: true, highlightStyle: 'underline', popoverDelayMs: 150 },
    });
    const bad = await fakeBrowser.runtime.sendMessage({ type: 'getPageSettings' });
    expect(bad).toMatchObject({ ok: false });
  });

  it('seeds the database when installed', async () => {
    await db.meta.clear();
    expect(await db.meta.get('dataset')).toBeUndefined();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.meta.get('dataset'))?.key).toBe('dataset');
  });
});
