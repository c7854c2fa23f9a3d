// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FigurePopover } from '../../components/FigurePopover';
import type { Comparison } from '../../lib/claims/comparison';
import type { Claim, Definition } from '../../lib/claims/schema';
import type { Figure } from '../../lib/extract/types';

// The card as a reader sees it. The claim below is test data (marked so), with
// markup in its strings to prove dataset text is shown as text, never as HTML.

const figure: Figure = {
  start: 0,
  end: 6,
  text: '35,000',
  value: { low: 35000, high: 35000 },
  qualifier: 'exact',
  metric: 'killed',
  rate: 'period_total',
  period: { start: '2025-12-01', end: '2025-12-31' },
  side: 'russia',
  claimant: 'Mykhailo Fedorov',
  sentence: 'Fedorov said Kyiv’s forces killed 35,000 Russian troops in December.',
};

const definition: Definition = {
  id: 'test-def',
  term: 'TEST casualties <b>bold</b>',
  metric: 'casualties',
  counts: 'killed and wounded (test definition)',
  source: { outlet: 'Test outlet', url: 'https://example.org/def' },
  quote: 'test quote <script>alert(1)</script>',
  quoteLanguage: 'en',
};

const claim: Claim = {
  id: 'test-claim',
  value: { low: 1130, high: 1130 },
  qualifier: 'about',
  metric: 'casualties',
  rate: 'per_day',
  period: { start: '2025-12-01', end: '2025-12-31' },
  side: 'russia',
  claimant: { name: 'TEST <img src=x onerror=alert(1)>', role: 'test role' },
  sources: [{ outlet: 'Test outlet', url: 'https://example.org/claim', date: '2026-01-05' }],
  quote: 'test quote',
  quoteLanguage: 'en',
  statementDate: '2026-01-05',
  definitionId: 'test-def',
  origin: 'imported',
};

const comparison: Comparison = {
  claim,
  definition,
  relation: 'same_period_same_family',
  perDay: { low: 1130, high: 1130 },
  inPageUnit: { low: 35030, high: 35030 },
  pageUnitLabel: 'in December 2025',
  definitionNote: 'Definitions differ: the figure from TEST counts killed and wounded; the page’s figure counts killed.',
  score: 1,
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (comparisons: Comparison[] | null, onSave: (note: string) => Promise<string | null> = async () => null) =>
  act(() => render(<FigurePopover figure={figure} comparisons={comparisons} onSave={onSave} onClose={() => {}} />, root));

describe('FigurePopover', () => {
  it('is a labelled dialog saying what the page’s figure means, with its daily and monthly rate', async () => {
    await show([]);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toContain('35,000');
    const text = dialog.textContent!;
    expect(text).toContain('Russian troops killed');
    expect(text).toContain('in December 2025');
    // 35,000 over December's 31 days.
    expect(text).toContain('≈ 1,130 a day');
  });

  it('says honestly when nothing comparable is known, and when it is still looking', async () => {
    await show([]);
    expect(root.textContent).toContain('No comparable figure from another source');
    await show(null);
    expect(root.textContent).toContain('Looking up other sources');
  });

  it('shows dataset text as text, never as markup', async () => {
    await show([comparison]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('TEST <img src=x onerror=alert(1)>');
    const badge = root.querySelector<HTMLButtonElement>('button.cc-badge')!;
    expect(badge.textContent).toBe('TEST casualties <b>bold</b>');
    await act(() => badge.click());
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.cc-def')!.textContent).toContain('test quote <script>alert(1)</script>');
  });

  it('lists each source with its restated figure, the definition note and a safe new-tab link', async () => {
    await show([comparison]);
    const item = root.querySelector('.cc-source')!;
    expect(item.textContent).toContain('about 1,130');
    expect(item.textContent).toContain('≈ 35,000 in December 2025');
    expect(item.querySelector('.cc-note')!.textContent).toContain('Definitions differ');
    const link = item.querySelector<HTMLAnchorElement>('a.cc-link')!;
    expect(link.getAttribute('href')).toBe('https://example.org/claim');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    // The chart places both on one scale, labelled.
    expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toContain('This page: 35,000');
  });

  it('saves with the note typed, and reports a refusal', async () => {
    const notes: string[] = [];
    await show([], async (note) => {
      notes.push(note);
      return notes.length === 1 ? 'the extension did not answer' : null;
    });
    await act(() => root.querySelector<HTMLButtonElement>('button.cc-primary')!.click());
    const area = root.querySelector('textarea')!;
    area.value = 'check the UK figure';
    await act(() => {
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => root.querySelector<HTMLButtonElement>('button.cc-primary')!.click());
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('the extension did not answer');
    await act(async () => root.querySelector<HTMLButtonElement>('button.cc-primary')!.click());
    expect(notes).toEqual(['check the UK figure', 'check the UK figure']);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved to your annotations.');
  });

  it('shows the page’s own statement, found in the dataset, apart from other sources and off the chart', async () => {
    const own: Comparison = {
      ...comparison,
      claim: { ...claim, id: 'test-own', claimant: { name: 'TEST Fedorov' }, value: { low: 35000, high: 35000 }, metric: 'killed', rate: 'period_total', qualifier: 'exact' },
      relation: 'same_statement',
      inPageUnit: { low: 35000, high: 35000 },
      definitionNote: null,
    };
    await show([own, comparison]);
    const sections = [...root.querySelectorAll('section[aria-label]')].map((s) => [s.getAttribute('aria-label'), s.textContent]);
    const ownSection = sections.find(([label]) => label === 'This statement in the dataset');
    const others = sections.find(([label]) => label === 'Other sources');
    expect(ownSection?.[1]).toContain('TEST Fedorov');
    expect(others?.[1]).not.toContain('TEST Fedorov');
    expect(others?.[1]).toContain('TEST <img src=x onerror=alert(1)>');
    expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).not.toContain('TEST Fedorov');
  });
});
