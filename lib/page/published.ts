// The page's publication date, which the extractor needs to resolve "in
// January" or "last year". Sources in the order sites use them most reliably.

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

function isCalendarDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

function toDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = ISO_DAY.exec(t);
  // A malformed "2026-02-31" must not reach the extractor, which refuses it.
  if (m) return isCalendarDay(m[1]!) ? m[1]! : null;
  const d = new Date(t);
  const year = Number.isNaN(d.getTime()) ? 0 : d.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? d.toISOString().slice(0, 10) : null;
}

function fromJsonLd(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.datePublished === 'string') {
    const d = toDay(o.datePublished);
    if (d) return d;
  }
  return fromJsonLd(o['@graph'], depth + 1) ?? fromJsonLd(o.mainEntity, depth + 1);
}

export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** `YYYY-MM-DD`: article:published_time, JSON-LD datePublished, <time datetime>, else today. */
export function publicationDate(doc: Document, now = new Date()): string {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = toDay(meta?.content);
  if (fromMeta) return fromMeta;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const d = fromJsonLd(JSON.parse(s.textContent ?? ''));
      if (d) return d;
    } catch {
      // A site's malformed JSON-LD is its own business.
    }
  }
  const time =
    doc.querySelector('article time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]');
  return toDay(time?.getAttribute('datetime')) ?? localToday(now);
}
