import { useEffect, useRef, useState } from 'preact/hooks';
import { ensureSeeded, getSettings, updateSettings } from '../../lib/store';
import { isSiteDisabled } from '../../lib/settings';
import { SearchView } from '../../components/popup/SearchView';
import { ThisPage } from '../../components/popup/ThisPage';
import { Annotations } from '../../components/popup/Annotations';
import { SiteSwitch, withSite } from '../../components/popup/SiteSwitch';
import { askTab, findTargetTab, type TargetTab } from '../../components/popup/activeTab';

const TABS = [
  { id: 'search', label: 'Search' },
  { id: 'page', label: 'This page' },
  { id: 'saved', label: 'Saved' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function App() {
  const [view, setView] = useState<TabId>('search');
  const [ready, setReady] = useState(false);
  const [seedError, setSeedError] = useState<string | null>(null);
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [switching, setSwitching] = useState(false);
  const [counts, setCounts] = useState<Partial<Record<TabId, number>>>({});
  const [focusToken, setFocusToken] = useState(0);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    ensureSeeded().then(
      () => setReady(true),
      (e: unknown) => setSeedError(e instanceof Error ? e.message : String(e)),
    );
    findTargetTab().then(
      (t) => setTab(t),
      () => setTab(null),
    );
  }, []);

  useEffect(() => {
    if (tab === undefined) return;
    if (!tab?.host) {
      setEnabled(null);
      return;
    }
    const host = tab.host;
    getSettings().then((s) => setEnabled(!isSiteDisabled(host, s.disabledSites)));
  }, [tab]);

  // "/" returns to the search box from anywhere but a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || t?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      setView('search');
      setFocusToken((n) => n + 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const setSite = async (on: boolean) => {
    const host = tab?.host;
    if (!tab || !host) return;
    setSwitching(true);
    try {
      await updateSettings((s) => ({ disabledSites: withSite(s.disabledSites, host, on) }));
      setEnabled(on);
      // The page may have no content script (opened before install): the setting still holds next load.
      await askTab(tab.id, { type: 'setEnabled', enabled: on }).catch(() => {});
    } finally {
      setSwitching(false);
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === view);
    let next = i;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    else return;
    e.preventDefault();
    const id = TABS[next]!.id;
    setView(id);
    tabRefs.current[id]?.focus();
  };

  const choose = (id: TabId) => {
    setView(id);
    if (id === 'search') setFocusToken((n) => n + 1);
  };

  return (
    <div class="popup">
      <header class="top">
        <h1>Crosscount</h1>
        <SiteSwitch host={tab?.host ?? null} enabled={enabled} busy={switching} onChange={(on) => void setSite(on)} />
      </header>
      <div class="tabs" role="tablist" aria-label="Crosscount views" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={view === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={view === t.id ? 0 : -1}
            onClick={() => choose(t.id)}
          >
            {t.label}
            {counts[t.id] ? <span class="badge">{counts[t.id]}</span> : null}
          </button>
        ))}
      </div>
      {seedError && (
        <p class="notice notice-error" role="alert">
          The claims dataset could not be loaded: {seedError}
        </p>
      )}
      <main class="panels">
        <section id="panel-search" role="tabpanel" aria-labelledby="tab-search" hidden={view !== 'search'}>
          <SearchView ready={ready} focusToken={focusToken} />
        </section>
        <section id="panel-page" role="tabpanel" aria-labelledby="tab-page" hidden={view !== 'page'}>
          {tab !== undefined && (
            <ThisPage
              tab={tab}
              enabled={enabled}
              onTurnOn={() => void setSite(true)}
              onCount={(n) => setCounts((c) => ({ ...c, page: n }))}
            />
          )}
        </section>
        <section id="panel-saved" role="tabpanel" aria-labelledby="tab-saved" hidden={view !== 'saved'}>
          <Annotations active={view === 'saved'} onCount={(n) => setCounts((c) => ({ ...c, saved: n }))} />
        </section>
      </main>
    </div>
  );
}
