import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { db as defaultDb, type CrosscountDB } from './db';

// The person's settings: one row, merged over the defaults so a setting added
// in a later version has a value for people who saved settings before it existed.

export async function getSettings(opts: { db?: CrosscountDB } = {}): Promise<Settings> {
  const row = await (opts.db ?? defaultDb).settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...row?.value };
}

export async function updateSettings(patch: Partial<Settings>, opts: { db?: CrosscountDB } = {}): Promise<Settings> {
  const db = opts.db ?? defaultDb;
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('settings');
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Settings>;
    const value: Settings = { ...DEFAULT_SETTINGS, ...row?.value, ...defined };
    await db.settings.put({ key: 'settings', value });
    return value;
  });
}
