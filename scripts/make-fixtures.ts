import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Builds the seed-article fixture pages from the shared seeds (../shared/seeds
// beside the repo; the generated pages are committed) and holds the generators the
// page benchmark uses for its large pages. Run: `npx tsx scripts/make-fixtures.ts`.
//
// Each non-empty line of a seed becomes one block element whose textContent is
// exactly that line, so gold offsets (into the seed file) map onto the page by
// line. Some sentences are split across <a>/<em> the way news sites mark them up.

export const PAGES_DIR = resolve(import.meta.dirname, '../test/fixtures/pages');
export const SEEDS_DIR = process.env.CROSSCOUNT_SEEDS ?? resolve(import.meta.dirname, '../../shared/seeds');

export interface SeedPage {
  seed: string;
  page: string;
  outlet: string;
  /** Publication date as assumed in gold/RULES.md. */
  published: string;
  /** The public page carrying the text (seeds/SOURCES.md). */
  source: string;
  /** Lines rendered as the <h1>; others become <p> or short <h2>. */
  headline: number | null;
  jsonLd: boolean;
}

export const SEED_PAGES: SeedPage[] = [
  {
    seed: '000_6345fb6c5428cfae.txt',
    page: 'seed-000-healey-munich.html',
    outlet: 'Bloomberg (forum copy)',
    published: '2026-02-14',
    source: 'https://www.petertheil.com/121080',
    headline: null,
    jsonLd: true,
  },
  {
    seed: '001_e38fc9644ace6d7d.txt',
    page: 'seed-001-rubio-kyivpost.html',
    outlet: 'Kyiv Post',
    published: '2026-02-14',
    source: 'https://isenews.com/?p=125033',
    headline: 0,
    jsonLd: false,
  },
  {
    seed: '002_4cffc7bc96047b80.txt',
    page: 'seed-002-havryliuk-rbc.html',
    outlet: 'RBC-Ukraine',
    published: '2025-02-03',
    source: 'https://newsukraine.rbc.ua/news/russian-army-losing-troops-faster-than-it-1738921605.html',
    headline: 2,
    jsonLd: true,
  },
  {
    seed: '003_f6b6bdcccfa50fb9.txt',
    page: 'seed-003-fedorov-straitstimes.html',
    outlet: 'The Straits Times',
    published: '2026-01-30',
    source:
      'https://www.b92.net/english/world/203449/tens-of-thousands-of-russian-soldiers-are-dying-every-month/vest (same statements; no full copy found)',
    headline: null,
    jsonLd: false,
  },
  {
    seed: '004_f3cd04de7cf56602.txt',
    page: 'seed-004-ukmod-newsweek.html',
    outlet: 'Newsweek',
    published: '2023-09-03',
    source: 'https://www.qa.newsweek.com/russia-bolster-troops-heavy-losses-ukraine-1824214',
    headline: 0,
    jsonLd: false,
  },
];

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Marks up one line without changing its text: a number and the word after it in <em>, or a name in a link. */
export function inlineMarkup(line: string, i: number): string {
  const esc = escapeHtml(line);
  if (i % 2 === 0) {
    const m = /\d[\d,.]*\s+\S+/.exec(esc);
    if (m) return `${esc.slice(0, m.index)}<em>${m[0]}</em>${esc.slice(m.index + m[0].length)}`;
  }
  const n = /\b[A-Z][a-z]+ [A-Z][a-z]+\b/.exec(esc);
  if (n) return `${esc.slice(0, n.index)}<a href="#${i}" class="person">${n[0]}</a>${esc.slice(n.index + n[0].length)}`;
  return esc;
}

export const BASE_CSS = `
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
  header.site { display: flex; gap: 24px; align-items: center; padding: 12px 24px; border-bottom: 1px solid #ddd; font-family: sans-serif; }
  header.site nav a { margin-right: 12px; color: #333; }
  main { max-width: 680px; margin: 24px auto; padding: 0 16px; }
  h1 { font-size: 32px; line-height: 1.2; }
  h2 { font-size: 20px; }
  .byline { color: #666; font-family: sans-serif; font-size: 14px; }
  footer { padding: 24px; border-top: 1px solid #ddd; color: #666; font-family: sans-serif; font-size: 14px; }
`;

export function seedPageHtml(p: SeedPage, text: string): string {
  const lines = text.split('\n');
  const blocks: string[] = [];
  let title = '';
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (i === p.headline) {
      title = line;
      blocks.push(`<h1>${escapeHtml(line)}</h1>`);
      blocks.push(
        `<p class="byline">By staff · <time datetime="${p.published}">${new Date(`${p.published}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time></p>`,
      );
    } else if (line.length <= 30 && !/[.”"]$/.test(line)) {
      blocks.push(`<h2>${escapeHtml(line)}</h2>`);
    } else {
      blocks.push(`<p>${inlineMarkup(line, i)}</p>`);
    }
  });
  if (p.headline === null) {
    blocks.unshift(`<p class="byline">By staff · <time datetime="${p.published}">${p.published}</time></p>`);
    title = `${p.outlet} article`;
  }
  const jsonLd = p.jsonLd
    ? `\n<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${p.published}T09:00:00Z` })}</script>`
    : '';
  return `<!doctype html>
<!-- Fixture built by scripts/make-fixtures.ts from seeds/${p.seed}.
     Source page (seeds/SOURCES.md): ${p.source} -->
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} – ${escapeHtml(p.outlet)}</title>
<meta property="article:published_time" content="${p.published}T09:00:00Z">${jsonLd}
<style>${BASE_CSS}</style>
</head>
<body>
<header class="site"><a href="index.html"><strong>${escapeHtml(p.outlet)}</strong></a>
<nav><a href="#world">World</a><a href="#europe">Europe</a><a href="#opinion">Opinion</a></nav></header>
<main>
<article data-seed="${p.seed}">
${blocks.join('\n')}
<p class="actions"><button type="button" id="share">Share</button> <span id="share-count"></span></p>
</article>
</main>
<footer><p>Fixture page for Crosscount tests. Text as published by ${escapeHtml(p.outlet)}.</p></footer>
<script>
  // The page's own behaviour, which the extension must leave working.
  let shares = 0;
  document.getElementById('share').addEventListener('click', () => {
    shares += 1;
    document.getElementById('share-count').textContent = 'Shared ' + shares;
  });
</script>
</body>
</html>
`;
}

/** Paragraphs of real seed text, used to build large pages for the benchmark. */
export function seedParagraphs(): string[] {
  return SEED_PAGES.flatMap((p) =>
    readFileSync(join(SEEDS_DIR, p.seed), 'utf8')
      .split('\n')
      .filter((l) => l.length > 80),
  );
}

/** A long article (~bytes of HTML) made of seed paragraphs, with a publication date. */
export function largeArticleHtml(bytes: number): string {
  const paras = seedParagraphs();
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${inlineMarkup(paras[i % paras.length]!, i)}</p>`;
    out.push(p);
    size += p.length + 1;
  }
  return pageShell('Long article', '2026-02-14', out.join('\n'));
}

/** A live blog with n entries, each a dated seed paragraph. */
export function liveBlogHtml(n: number): string {
  const paras = seedParagraphs();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<section class="entry"><h3>Update ${i + 1}</h3><p>${escapeHtml(paras[i % paras.length]!)}</p></section>`);
  }
  return pageShell('Live blog', '2026-02-14', out.join('\n'));
}

/**
 * A ~bytes page about nothing the extension cares for (gardening notes with
 * numbers in them), to measure what a page that is not about the war costs.
 */
export function unrelatedHtml(bytes: number): string {
  const plants = ['tomatoes', 'beans', 'courgettes', 'lettuce', 'leeks', 'onions', 'potatoes', 'squash'];
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const plant = plants[i % plants.length];
    const p = `<p>Sow ${plant} about ${(i % 40) + 2} cm apart in rows ${(i % 7) + 30} cm wide; water ${(i % 3) + 1} times a week and expect a first harvest after ${(i % 60) + 50} days, weather permitting. Mulch with <em>${(i % 9) + 2} cm</em> of compost.</p>`;
    out.push(p);
    size += p.length + 1;
  }
  return pageShell('Kitchen garden notes', '2026-02-14', out.join('\n'));
}

function pageShell(title: string, published: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>${title}</title>
<meta property="article:published_time" content="${published}T09:00:00Z">
<style>${BASE_CSS}</style></head>
<body><header class="site"><strong>${title}</strong></header><main><article>
${body}
</article></main><footer><p>Generated for the Crosscount page benchmark.</p></footer></body></html>
`;
}

function indexHtml(extra: { page: string; label: string }[]): string {
  const items = [
    ...SEED_PAGES.map((p) => ({ page: p.page, label: `${p.outlet}, ${p.published} (seed ${p.seed.slice(0, 3)})` })),
    ...extra,
  ]
    .map((x) => `<li><a href="${x.page}">${escapeHtml(x.label)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Crosscount sample articles</title></head>
<body>
<h1>Crosscount sample articles</h1>
<ul id="articles">
${items}
</ul>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const p of SEED_PAGES) {
    const text = readFileSync(join(SEEDS_DIR, p.seed), 'utf8');
    writeFileSync(join(PAGES_DIR, p.page), seedPageHtml(p, text));
  }
  writeFileSync(
    join(PAGES_DIR, 'index.html'),
    indexHtml([
      { page: 'live-blog.html', label: 'Live blog: entries appended and a paragraph rewritten by the page' },
      { page: 'forms-code.html', label: 'Forms, code blocks, contenteditable and a sticky header' },
    ]),
  );
  console.log(`wrote ${SEED_PAGES.length} seed pages and index.html to ${PAGES_DIR}`);
}
