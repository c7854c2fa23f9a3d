import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleMessage, once, storePort, type ResponseMap } from '../../lib/background/handlers';
import type { Reply } from '../../lib/messaging';
import { updateSettings } from '../../lib/store/settings';
import { listAnnotations } from '../../lib/store/annotations';
import { datasetInfo } from '../../lib/store/seed';
import { freshDb, testDataset } from '../store/helpers';

const jan = {
  start: 48, end: 54, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact', metric: 'killed',
  rate: 'period_total', period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia', claimant: 'Volodymyr Zelenskiy',
  sentence: 'Ukrainian President Volodymyr Zelenskiy cited a figure of 30,000 Russian personnel killed in action in January.',
};
const weekly = { ...jan, text: '7,000-8,000', value: { low: 7000, high: 8000 }, rate: 'per_week', period: null, claimant: null };
const target = {
  url: 'https://example.org/article', title: 'Russia losses', exact: '30,000', prefix: 'cited a figure of ', suffix: ' Russian personnel',
  start: 1200, end: 1206,
};

function setup() {
  const db = freshDb();
  return { db, s: storePort({ db, data: testDataset() }) };
}

describe('background message handlers', () => {
  it('seeds on first message and answers compare with one ranked list per figure, in order', async () => {
    const { db, s } = setup();
    const r = (await handleMessage({ type: 'compare', figures: [jan, weekly], published: '2026-02-14' }, s)) as Reply<ResponseMap['compare']>;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toHaveLength(2);
    expect(r.data[0]![0]!.claim.id).toBe('zelensky-2026-01-kia');
    expect(r.data[0]!.map((c) => c.claim.id)).toContain('rubio-2026-02-weekly');
    expect(r.data[1]!.map((c) => c.claim.id)).toContain('rubio-2026-02-weekly');
    expect((await datasetInfo({ db })).version).toBe('test-1+test-1');
  });

  it('answers getPageSettings from the stored settings', async () => {
    const { db, s } = setup();
    await updateSettings({ disabledSites: ['example.com'], popoverDelayMs: 250 }, { db });
    expect(await handleMessage({ type: 'getPageSettings', host: 'www.example.com' }, s)).toEqual({
      ok: true, data: { enabled: false, highlightStyle: 'underline', popoverDelayMs: 250 },
    });
    expect(await handleMessage({ type: 'getPageSettings', host: 'news.example.org' }, s)).toMatchObject({ ok: true, data: { enabled: true } });
  });

  it('saves an annotation with the compared claims spelled out', async () => {
    const { db, s } = setup();
    const r = (await handleMessage(
      { type: 'saveAnnotation', figure: jan, target, note: 'compare with Rubio', comparedClaimIds: ['rubio-2026-02-weekly', 'gone'] },
      s,
    )) as Reply<ResponseMap['saveAnnotation']>;
    expect(r.ok).toBe(true);
    const [a] = await listAnnotations({ db });
    expect(a?.id).toBe(r.ok ? r.data.id : '');
    expect(a?.quote).toEqual({ type: 'TextQuoteSelector', exact: '30,000', prefix: 'cited a figure of ', suffix: ' Russian personnel' });
    expect(a?.position).toEqual({ type: 'TextPositionSelector', start: 1200, end: 1206 });
    expect(a?.note).toBe('compare with Rubio');
    expect(a?.compared).toEqual([{ id: 'rubio-2026-02-weekly', claimant: 'Marco Rubio', text: '7,000–8,000 a week', url: 'https://isenews.com/?p=125033' }]);
  });

  it('answers getDefinition with the definition or null', async () => {
    const { s } = setup();
    expect(await handleMessage({ type: 'getDefinition', id: 'def-west-casualties' }, s)).toMatchObject({ ok: true, data: { counts: 'Killed and wounded.' } });
    expect(await handleMessage({ type: 'getDefinition', id: 'nope' }, s)).toEqual({ ok: true, data: null });
  });

  it('rejects malformed messages with an error naming the field, and changes nothing', async () => {
    const { db, s } = setup();
    const bad: [unknown, RegExp][] = [
      [null, /malformed message/],
      [{ type: 'dropTables' }, /malformed message: type/],
      [{ type: 'compare', figures: [{ ...jan, value: { low: 2, high: 1 } }] }, /malformed message: figures\.0\.value\.high/],
      [{ type: 'compare', figures: [jan], published: '2026-02-30' }, /malformed message: published/],
      [{ type: 'saveAnnotation', figure: jan, target: { ...target, url: 'not a url' }, note: '', comparedClaimIds: [] }, /target\.url/],
      [{ type: 'getPageSettings', host: 'x'.repeat(301) }, /host/],
    ];
    for (const [msg, re] of bad) {
      const r = await handleMessage(msg, s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(re);
    }
    expect(await listAnnotations({ db })).toEqual([]);
    // Not even seeded: a malformed message reaches no handler.
    expect((await datasetInfo({ db })).version).toBe('none');
  });

  it('turns a store failure into an error reply', async () => {
    const { s } = setup();
    const failing = { ...s, getDefinition: () => Promise.reject(new Error('disk full')) };
    expect(await handleMessage({ type: 'getDefinition', id: 'x' }, failing)).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('once', () => {
  it('runs once per wake but retries after a failure', async () => {
    let calls = 0;
    const ready = once(async () => {
      calls++;
      if (calls === 1) throw new Error('first try fails');
    });
    await expect(ready()).rejects.toThrow('first try fails');
    await ready();
    await ready();
    expect(calls).toBe(2);
  });
});
