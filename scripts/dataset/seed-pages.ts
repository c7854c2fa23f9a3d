// The five seed articles (../shared/seeds) and the public pages that carry
// their text (SOURCES.md): where each seed claim is cited. The curation and
// the dataset test both read this one list.

import type { SeedKey } from './spec';

export interface SeedPage {
  url: string;
  outlet: string;
  date: string | null;
}

export const SEED_FILES: Record<SeedKey, string> = {
  '000': '000_6345fb6c5428cfae.txt',
  '001': '001_e38fc9644ace6d7d.txt',
  '002': '002_4cffc7bc96047b80.txt',
  '003': '003_f6b6bdcccfa50fb9.txt',
  '004': '004_f3cd04de7cf56602.txt',
};

/** Pages by seed; the first is the default, others are named by key. */
export const SEED_PAGES: Record<SeedKey, Record<string, SeedPage>> = {
  '000': { main: { url: 'https://www.petertheil.com/121080', outlet: 'petertheil.com forum (repost of Bloomberg)', date: '2026-02-14' } },
  '001': { main: { url: 'https://isenews.com/?p=125033', outlet: 'isenews.com (republishing Kyiv Post)', date: '2026-02-14' } },
  '002': {
    main: {
      url: 'https://newsukraine.rbc.ua/news/russian-army-losing-troops-faster-than-it-1738921605.html',
      outlet: 'RBC-Ukraine',
      date: '2025-02-07',
    },
  },
  '003': {
    main: {
      url: 'https://www.b92.net/english/world/203449/tens-of-thousands-of-russian-soldiers-are-dying-every-month/vest',
      outlet: 'B92',
      date: null,
    },
    menafn: {
      url: 'https://menafn.com/1110673271/Russias-Battlefield-Losses-Surge-In-Recent-Weeks-Due-To-Ukrainian-Drones-Bloomberg',
      outlet: 'MENAFN (republishing Bloomberg)',
      date: null,
    },
  },
  '004': {
    main: {
      url: 'https://www.qa.newsweek.com/russia-bolster-troops-heavy-losses-ukraine-1824214',
      outlet: 'Newsweek (mirror of newsweek.com page 1824214)',
      date: '2023-09-03',
    },
  },
};
