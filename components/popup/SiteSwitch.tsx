import { isSiteDisabled } from '../../lib/settings';

// Per-site on/off. Turning a site off stores its hostname (without "www.");
// turning it on removes every entry that covers it, so "example.com" stored
// from the options page is undone from "news.example.com" too.

export function withSite(disabledSites: readonly string[], host: string, enabled: boolean): string[] {
  if (enabled) return disabledSites.filter((d) => !isSiteDisabled(host, [d]));
  if (isSiteDisabled(host, disabledSites)) return [...disabledSites];
  return [...disabledSites, host.toLowerCase().replace(/^www\./, '')];
}

interface Props {
  host: string | null;
  enabled: boolean | null;
  busy: boolean;
  onChange: (enabled: boolean) => void;
}

export function SiteSwitch({ host, enabled, busy, onChange }: Props) {
  if (!host) return null;
  const on = enabled !== false;
  return (
    <button
      type="button"
      role="switch"
      class="site-switch"
      aria-checked={on}
      disabled={enabled === null || busy}
      onClick={() => onChange(!on)}
      title={on ? `Crosscount is on for ${host}` : `Crosscount is off for ${host}`}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">
        <span class="visually-hidden">Crosscount on </span>
        {host.replace(/^www\./, '')}
      </span>
    </button>
  );
}
