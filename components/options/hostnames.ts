import { isSiteDisabled } from '../../lib/settings';

// Turns what a person types into the site list ("https://www.bbc.co.uk/news",
// "*.example.com", "Example.COM") into the hostname Crosscount matches on, or
// says plainly why it cannot. Parsing goes through URL so international names
// come out as the punycode the browser reports for a page's host.

export type SiteInput = { ok: true; host: string } | { ok: false; error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isHostname(host: string): boolean {
  if (host === 'localhost') return true;
  const ip = IPV4.exec(host);
  if (ip) return ip.slice(1).every((n) => Number(n) <= 255);
  const labels = host.split('.');
  if (labels.length < 2 || host.length > 253) return false;
  // The top-level label is never all digits (that would be a malformed IP address).
  return labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!);
}

export function parseSiteInput(input: string, existing: readonly string[]): SiteInput {
  const raw = input.trim().replace(/^\*\./, '');
  if (raw === '') return { ok: false, error: 'Enter a site, such as example.com.' };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return { ok: false, error: `“${input.trim()}” is not a site address. Enter a hostname such as example.com.` };
  }
  host = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (!isHostname(host)) {
    return { ok: false, error: `“${input.trim()}” is not a site address. Enter a hostname such as example.com.` };
  }
  const covering = existing.find((d) => isSiteDisabled(host, [d]));
  if (covering) {
    return {
      ok: false,
      error: covering === host ? `${host} is already in the list.` : `${host} is already covered by ${covering}.`,
    };
  }
  return { ok: true, host };
}
