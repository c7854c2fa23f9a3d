import { useCallback, useEffect, useState } from 'preact/hooks';
import { DatasetSection } from '../../components/options/DatasetSection';
import { HighlightSection } from '../../components/options/HighlightSection';
import { ImportSection } from '../../components/options/ImportSection';
import { SitesSection } from '../../components/options/SitesSection';
import type { Settings } from '../../lib/settings';
import { datasetInfo, ensureSeeded, getSettings, updateSettings, type DatasetInfo } from '../../lib/store';

// The options page is an extension page, so it opens the extension's database
// directly (DESIGN.md: contexts). Seeding first means a person who opens the
// options before any news page still sees the bundled dataset.

type State =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; settings: Settings; info: DatasetInfo };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(async () => {
    try {
      await ensureSeeded();
      const [settings, info] = await Promise.all([getSettings(), datasetInfo()]);
      setState({ status: 'ready', settings, info });
    } catch (err) {
      setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const refreshInfo = useCallback(async () => {
    const info = await datasetInfo();
    setState((s) => (s.status === 'ready' ? { ...s, info } : s));
  }, []);

  const saveSettings = useCallback(async (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => {
    const settings = await updateSettings(patch);
    setState((s) => (s.status === 'ready' ? { ...s, settings } : s));
  }, []);

  // The popup's per-site switch edits the same list, perhaps while this page
  // sits open in another tab: apply the change to the list as stored now.
  const saveSites = useCallback(
    async (change: (sites: readonly string[]) => string[]) => {
      await saveSettings((current) => ({ disabledSites: change(current.disabledSites) }));
    },
    [saveSettings],
  );

  // Coming back to the tab shows what changed elsewhere (popup switch, imports from another window).
  useEffect(() => {
    const onVisible = async () => {
      if (document.visibilityState !== 'visible') return;
      const [settings, info] = await Promise.all([getSettings(), datasetInfo()]);
      setState((s) => (s.status === 'ready' ? { ...s, settings, info } : s));
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  return (
    <div class="page">
      <header class="masthead">
        <h1>Crosscount settings</h1>
        <p class="tagline">Everything here is stored in this browser only. Crosscount sends nothing anywhere.</p>
      </header>
      <main>
        {state.status === 'loading' && (
          <p class="loading" role="status">
            Loading settings and dataset…
          </p>
        )}
        {state.status === 'failed' && (
          <div class="notice error" role="alert">
            <p class="notice-title">The settings could not be loaded.</p>
            <p>{state.message}</p>
            <button type="button" class="button" onClick={() => void load()}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <SitesSection sites={state.settings.disabledSites} onChange={saveSites} />
            <HighlightSection settings={state.settings} onChange={saveSettings} />
            <ImportSection imported={state.info.imported} onChanged={refreshInfo} />
            <DatasetSection info={state.info} onChanged={refreshInfo} />
          </>
        )}
      </main>
    </div>
  );
}
