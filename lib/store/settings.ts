import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { db as defaultDb, type CrosscountDB } from './db';

// The person's settings: one row, merged over the defaults so a setting added
// in a later version has a value for people who saved settings before it existed.

export async function getSettings(opts: { db?: CrosscountDB } = {}): Promise<Settings> {
  const row = await (opts.db ?? defaultDb).settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...row?.value };
}

/**
 * Saves a change. Pass a function to derive the change from the settings as
 * stored at that moment: it runs inside the transaction, so two quick edits
 * (or the popup and the options page at once) never overwrite each other.
 */
export async function updateSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
  opts: { db?: CrosscountDB } = {},
): Promise<Settings> {
  const db = opts.db ?? defaultDb;
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('settings');
    const current: Settings = { ...DEFAULT_SETTINGS, ...row?.value };
    const change = typeof patch === 'function' ? patch(current) : patch;
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<Settings>;
    const value: Settings = { ...current, ...defined };
    await db.settings.put({ key: 'settings', value });
    return value;
  });
}
