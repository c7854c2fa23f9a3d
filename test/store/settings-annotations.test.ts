import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { getSettings, updateSettings } from '../../lib/store/settings';
import { addAnnotation, deleteAnnotation, listAnnotations, updateAnnotationNote } from '../../lib/store/annotations';
import { annotation, freshDb } from './helpers';

describe('settings', () => {
  it('starts from the defaults and keeps a patch across reads', async () => {
    const db = freshDb();
    expect(await getSettings({ db })).toEqual(DEFAULT_SETTINGS);
    const s = await updateSettings({ disabledSites: ['example.com'] }, { db });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    await updateSettings({ highlightStyle: 'background' }, { db });
    expect(await getSettings({ db })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'], highlightStyle: 'background' });
  });

  it('keeps both of two site edits made at once (popup and options page), when each derives from the stored list', async () => {
    const db = freshDb();
    const add = (host: string) => updateSettings((s) => ({ disabledSites: [...s.disabledSites, host] }), { db });
    await Promise.all([add('example.net'), add('kyivpost.com'), add('xn--bcher-kva.de')]);
    expect((await getSettings({ db })).disabledSites.sort()).toEqual(['example.net', 'kyivpost.com', 'xn--bcher-kva.de']);
  });
});

describe('annotations', () => {
  it('lists newest first, edits notes, deletes, and restores by id', async () => {
    const db = freshDb();
    await addAnnotation(annotation('old', '2026-01-01T00:00:00.000Z'), { db });
    await addAnnotation(annotation('new', '2026-02-01T00:00:00.000Z'), { db });
    expect((await listAnnotations({ db })).map((a) => a.id)).toEqual(['new', 'old']);
    expect(await updateAnnotationNote('old', 'checked against UK MoD', { db })).toBe(true);
    expect(await updateAnnotationNote('missing', 'x', { db })).toBe(false);
    const old = (await listAnnotations({ db })).find((a) => a.id === 'old')!;
    expect(old.note).toBe('checked against UK MoD');
    expect(old.modified > old.created).toBe(true);
    await deleteAnnotation('old', { db });
    expect((await listAnnotations({ db })).map((a) => a.id)).toEqual(['new']);
    await addAnnotation(old, { db });
    expect((await listAnnotations({ db })).map((a) => a.id)).toEqual(['new', 'old']);
  });
});
