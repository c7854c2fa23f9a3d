import { browser } from 'wxt/browser';
import type { Figure } from '../../lib/extract/types';
import type { Comparison } from '../../lib/claims/comparison';
import type { Reply, TabRequest } from '../../lib/messaging';

// The tab the popup acts on. Normally the active tab of the current window,
// whose URL the toolbar click or Alt+Shift+C lets us read (activeTab).
// `popup.html?tab=<id>&url=<page url>` names a tab instead, so the popup can be
// opened as a normal page for a given tab (end-to-end tests, and a keyboard
// route from a pinned popup.html tab). Without activeTab the tab's URL is
// hidden from us, hence the `url` parameter; it only decides which host the
// site switch names.

export interface TargetTab {
  id: number;
  /** Hostname for http(s) pages; null where the extension cannot run (chrome://, the store, files). */
  host: string | null;
  url: string | null;
  title: string;
}

function tabFromQuery(search: string): { id: number; url: string | undefined } | null {
  const params = new URLSearchParams(search);
  const raw = params.get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return { id: Number(raw), url: params.get('url') ?? undefined };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export async function findTargetTab(search = location.search): Promise<TargetTab | null> {
  const forced = tabFromQuery(search);
  let tab: { id?: number; url?: string; title?: string } | undefined;
  if (forced !== null) {
    tab = await browser.tabs.get(forced.id).catch(() => undefined);
    if (tab && !tab.url) tab = { ...tab, url: forced.url };
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, host: hostOf(tab.url), url: tab.url ?? null, title: tab.title ?? '' };
}

export interface PageFigures {
  figures: Figure[];
  top: (Comparison | null)[];
  /** The page's declared language when Crosscount has no module for it (the page was left unread). */
  unreadLanguage?: string | null;
}

/** Sends a TabRequest; rejects when no content script answers (chrome:// pages, tabs opened before install). */
export async function askTab<T>(tabId: number, message: TabRequest): Promise<T> {
  const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<T> | undefined;
  if (!reply) throw new Error('no reply from the page');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
