// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Annotation } from '../../lib/annotate/model';
import { rubio } from '../annotate/sample-annotations';

// The store answers when the test says: a list read that started before a
// delete must not bring the deleted annotation back when it answers late.
const lists: ((a: Annotation[]) => void)[] = [];
vi.mock('../../lib/store', () => ({
  listAnnotations: vi.fn(() => new Promise<Annotation[]>((resolve) => lists.push(resolve))),
  deleteAnnotation: vi.fn(async () => {}),
  addAnnotation: vi.fn(async () => {}),
  updateAnnotationNote: vi.fn(async () => {}),
}));

const { Annotations } = await import('../../components/popup/Annotations');

let root: HTMLElement;
beforeEach(() => {
  lists.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const shown = () => root.querySelectorAll('article.annotation').length;

it('a deleted annotation stays gone when an older list read answers after the delete', async () => {
  await act(() => render(<Annotations active onCount={() => {}} />, root));
  await act(async () => lists.shift()!([rubio]));
  expect(shown()).toBe(1);

  // The tab is opened again (a second read starts), and the reader deletes before it answers.
  await act(() => render(<Annotations active={false} onCount={() => {}} />, root));
  await act(() => render(<Annotations active onCount={() => {}} />, root));
  const stale = lists.splice(0);
  const del = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Delete'))!;
  await act(async () => del.click());
  expect(shown()).toBe(0);

  // The read the delete started answers, then the older ones, with the annotation still in them.
  await act(async () => lists.shift()?.([]));
  await act(async () => stale.forEach((answer) => answer([rubio])));
  expect(shown()).toBe(0);
  expect(root.textContent).toContain('Undo');
});
