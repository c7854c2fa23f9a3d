// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SitesSection } from '../../components/options/SitesSection';

// Adding a site waits for the store. A reader who types the next site during
// that wait keeps what they typed (it used to be wiped when the first save
// finished, and their second site was lost).

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

it('keeps the next site typed while the previous one is being saved', async () => {
  let stored: string[] = [];
  const saves: (() => void)[] = [];
  const onChange = (change: (sites: readonly string[]) => string[]) =>
    new Promise<void>((resolve) => {
      saves.push(() => {
        stored = change(stored);
        resolve();
      });
    });
  await act(() => render(<SitesSection sites={stored} onChange={onChange} />, root));
  const input = root.querySelector<HTMLInputElement>('#site-input')!;
  const form = root.querySelector('form')!;

  await act(() => type(input, 'example.com'));
  await act(() => void form.dispatchEvent(new Event('submit', { cancelable: true })));
  await act(() => type(input, 'example.net'));
  await act(async () => saves.shift()!());

  expect(stored).toEqual(['example.com']);
  expect(input.value).toBe('example.net');

  await act(() => void form.dispatchEvent(new Event('submit', { cancelable: true })));
  await act(async () => saves.shift()!());
  expect(stored).toEqual(['example.com', 'example.net']);
  expect(input.value).toBe('');
});
