// The person's settings, shared by the store, the options page and the content script.

export type HighlightStyle = 'underline' | 'background';

export interface Settings {
  /** Hostnames where Crosscount stays off: "example.com" also covers "www.example.com". */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Dwell before the popover opens on hover, in ms. */
  popoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  highlightStyle: 'underline',
  popoverDelayMs: 150,
};

export function isSiteDisabled(host: string, disabledSites: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return disabledSites.some((s) => {
    const d = s.toLowerCase().trim().replace(/^www\./, '');
    return d !== '' && (h === d || h.endsWith(`.${d}`));
  });
}
