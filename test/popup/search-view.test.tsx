// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Claim } from '../../lib/claims/schema';

// The store is replaced so each search can be answered when and how the test
// says: this is about typing, pauses and answers arriving out of order.
const pending: { text: string; resolve: (c: Claim[]) => void }[] = [];
vi.mock('../../lib/store', () => ({
  searchClaims: vi.fn(
    (text: string) => new Promise<Claim[]>((resolve) => pending.push({ text, resolve })),
  ),
  allDefinitions: vi.fn(async () => []),
}));

const { SearchView, SEARCH_DEBOUNCE_MS } = await import('../../components/popup/SearchView');

function claim(id: string, claimant: string): Claim {
  return {
    id,
    value: { low: 7000, high: 8000 },
    qualifier: 'exact',
    metric: 'killed',
    rate: 'per_week',
    period: null,
    side: 'russia',
    claimant: { name: claimant },
    sources: [{ outlet: 'Kyiv Post', url: 'https://example.org/a', date: '2026-02-14' }],
    quote: 'The Russians are losing 7,000-8,000 soldiers a week.',
    quoteLanguage: 'en',
    statementDate: '2026-02-14',
    definitionId: null,
    origin: 'bundled',
  };
}

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  pending.length = 0;
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SearchView ready focusToken={0} />, root));
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

const type = (value: string) =>
  act(() => {
    const box = root.querySelector<HTMLInputElement>('#search')!;
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

const shownClaimants = () => [...root.querySelectorAll('.claim .claimant')].map((e) => e.textContent);

describe('search as you type', () => {
  it('runs one search for a burst of keystrokes, after the pause', async () => {
    for (const v of ['R', 'Ru', 'Rub', 'Rubi', 'Rubio']) {
      type(v);
      await wait(SEARCH_DEBOUNCE_MS / 3);
    }
    expect(pending.map((p) => p.text)).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS);
    expect(pending.map((p) => p.text)).toEqual(['Rubio']);
  });

  it('never lets an older answer replace a newer one', async () => {
    type('Ze');
    await wait(SEARCH_DEBOUNCE_MS + 1);
    type('Rubio');
    await wait(SEARCH_DEBOUNCE_MS + 1);
    expect(pending.map((p) => p.text)).toEqual(['Ze', 'Rubio']);
    await act(async () => pending[1]!.resolve([claim('r', 'Marco Rubio')]));
    await act(async () => pending[0]!.resolve([claim('z', 'Volodymyr Zelensky')]));
    expect(shownClaimants()).toEqual(['Marco Rubio']);
  });

  it('sends "killed per week" to the store whole and says "stated a week" only when every result is', async () => {
    type('killed per week');
    await wait(SEARCH_DEBOUNCE_MS + 1);
    expect(pending.map((p) => p.text)).toEqual(['killed per week']);
    await act(async () => pending[0]!.resolve([claim('r', 'Marco Rubio')]));
    expect(shownClaimants()).toEqual(['Marco Rubio']);
    expect(root.querySelector('#search-status')!.textContent).toBe('1 claim stated a week');

    type('weekly');
    await wait(SEARCH_DEBOUNCE_MS + 1);
    const monthly = { ...claim('m', 'Volodymyr Zelensky'), rate: 'per_month' as const };
    await act(async () => pending[1]!.resolve([claim('r', 'Marco Rubio'), monthly]));
    expect(shownClaimants()).toEqual(['Marco Rubio', 'Volodymyr Zelensky']);
    expect(root.querySelector('#search-status')!.textContent).toBe('2 claims');
  });
});
