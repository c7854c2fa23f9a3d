// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../lib/page/published';

function doc(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('publicationDate', () => {
  it('prefers article:published_time', () => {
    const d = doc('<meta property="article:published_time" content="2026-01-30T07:00:00Z"><script type="application/ld+json">{"datePublished":"2020-01-01"}</script>');
    expect(publicationDate(d)).toBe('2026-01-30');
  });

  it('reads JSON-LD datePublished, also inside @graph, and survives broken JSON-LD', () => {
    const d = doc(
      '<script type="application/ld+json">{ not json</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-02-07T10:00:00+02:00"}]}</script>',
    );
    expect(publicationDate(d)).toBe('2025-02-07');
  });

  it('falls back to <time datetime>, preferring one in the article', () => {
    const d = doc('', '<header><time datetime="2019-05-05">x</time></header><article><time datetime="2023-09-03">3 Sept</time></article>');
    expect(publicationDate(d)).toBe('2023-09-03');
  });

  it('uses today when the page gives no date', () => {
    expect(publicationDate(doc(''), new Date(2026, 10, 22, 9, 0))).toBe('2026-11-22');
  });

  it('skips a date that is not on the calendar, so the extractor is never handed one', () => {
    const d = doc('<meta property="article:published_time" content="2026-02-31T07:00:00Z">', '<time datetime="2025-13-01">x</time><article><time datetime="2024-03-05">5 March</time></article>');
    expect(publicationDate(d)).toBe('2024-03-05');
    expect(publicationDate(doc('<meta property="article:published_time" content="99999-01-01">'), new Date(2026, 10, 22, 9, 0))).toBe('2026-11-22');
  });
});
