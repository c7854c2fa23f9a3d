import { describeQuote } from '../../lib/annotate/selectors';
import type { Annotation } from '../../lib/annotate/model';

// Annotations as a person would save them on two pages. The first is built on
// seed article 001 (Kyiv Post, republished at the address below); the second is
// a hostile page whose title and note carry Markdown, HTML and spreadsheet
// formulas, to prove the exports keep them as text.

export const RUBIO_PAGE_TEXT =
  'Russia Hemorrhages 8,000 Troops Weekly, Kremlin Forced to Hire Foreign Fighters – UK\n' +
  '“I think that’s a difficult war to say anyone is winning. The Russians are losing 7,000-8,000 soldiers a week. A week. Not wounded, dead,” he said.';

const rubioAt = RUBIO_PAGE_TEXT.indexOf('7,000-8,000');
const rubioSel = describeQuote(RUBIO_PAGE_TEXT, rubioAt, rubioAt + '7,000-8,000'.length);

export const rubio: Annotation = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  created: '2026-02-15T09:30:00.000Z',
  modified: '2026-02-15T09:31:12.000Z',
  page: { url: 'https://isenews.com/?p=125033', title: 'Russia Hemorrhages 8,000 Troops Weekly, Kremlin Forced to Hire Foreign Fighters – UK' },
  quote: rubioSel.quote,
  position: rubioSel.position,
  figure: {
    start: rubioAt,
    end: rubioAt + 11,
    text: '7,000-8,000',
    value: { low: 7000, high: 8000 },
    qualifier: 'exact',
    metric: 'killed',
    rate: 'per_week',
    period: { start: '2026-02-08', end: '2026-02-14' },
    side: 'russia',
    claimant: 'Rubio',
    sentence: 'The Russians are losing 7,000-8,000 soldiers a week.',
  },
  note: 'Dead only, "not wounded" – compare with UK casualty figures, which add the wounded.',
  compared: [
    {
      id: 'fedorov-2025-12',
      claimant: 'Mykhailo Fedorov',
      text: '35,000 in December 2025',
      url: 'https://www.b92.net/english/world/203449/tens-of-thousands-of-russian-soldiers-are-dying-every-month/vest',
    },
  ],
};

export const HOSTILE_TITLE = 'Live: *losses* [updated] <script>alert(1)</script> #1 & more_';
export const HOSTILE_NOTE = '=HYPERLINK("https://evil.example/x","click"), then "quoted", commas\nsecond line: <b>bold</b> [x](javascript:alert(1))';

export const hostile: Annotation = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  created: '2026-02-16T18:00:00.000Z',
  modified: '2026-02-16T18:00:00.000Z',
  page: { url: 'https://example.org/live?a=1&b=(2)', title: HOSTILE_TITLE },
  quote: { type: 'TextQuoteSelector', exact: '1,130', prefix: 'Casualty rates in December were ', suffix: ' a day.' },
  position: { type: 'TextPositionSelector', start: 32, end: 37 },
  figure: {
    start: 32,
    end: 37,
    text: '1,130',
    value: { low: 1130, high: 1130 },
    qualifier: 'exact',
    metric: 'casualties',
    rate: 'per_day',
    period: { start: '2025-12-01', end: '2025-12-31' },
    side: 'russia',
    claimant: null,
    sentence: 'Casualty rates in December were 1,130 a day.',
  },
  note: HOSTILE_NOTE,
  compared: [
    { id: 'x1', claimant: '@attacker', text: '+35,000 *bold*', url: 'javascript:alert(1)' },
    { id: 'x2', claimant: '-Minus', text: '[link](https://evil.example)', url: 'https://example.org/source' },
  ],
};
