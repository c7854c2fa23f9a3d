import { useEffect, useState } from 'preact/hooks';
import type { Figure } from '../../lib/extract/types';
import type { Comparison } from '../../lib/claims/comparison';
import { askTab, type PageFigures, type TargetTab } from './activeTab';
import { formatRange, statedFigure } from './format';
import { describeMetric } from '../../lib/claims/compare';
import { languageName } from '../../lib/page/language';

// The figures on the tab the popup was opened for, each with its best
// comparison. Choosing one scrolls the page to it and opens its card; this
// list is also the screen-reader route to every figure on the page.

const REFRESH_MS = 400;
const REFRESH_TRIES = 5;

type State =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'off'; host: string }
  | { kind: 'unreachable' }
  | { kind: 'ready'; data: PageFigures };

interface Props {
  tab: TargetTab | null;
  /** Whether the site switch is on; null until known. */
  enabled: boolean | null;
  onTurnOn: () => void;
  onCount: (n: number) => void;
}

export function ThisPage({ tab, enabled, onTurnOn, onCount }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // A known non-web URL cannot have a content script; an unknown URL (the
    // ?tab= route without activeTab) is worth asking.
    if (!tab || (tab.url !== null && tab.host === null)) {
      setState({ kind: 'unsupported' });
      return;
    }
    if (tab.host && enabled === null) return;
    if (tab.host && !enabled) {
      setState({ kind: 'off', host: tab.host });
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ kind: 'loading' });
    // The page may still be scanning (just loaded, or just switched on) and
    // its comparisons arrive after its figures: ask again until the answer
    // stops changing, a few times at most.
    let previous = '';
    const ask = (left: number) =>
      askTab<PageFigures>(tab.id, { type: 'listFigures' }).then(
        (data) => {
          if (!live) return;
          setState({ kind: 'ready', data });
          onCount(data.figures.length);
          const shape = `${data.figures.length}:${data.top.filter(Boolean).length}`;
          if (shape !== previous && left > 0) timer = setTimeout(() => void ask(left - 1), REFRESH_MS);
          previous = shape;
        },
        () => live && setState({ kind: 'unreachable' }),
      );
    void ask(REFRESH_TRIES);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tab?.id, tab?.url, tab?.host, enabled]);

  const reveal = async (index: number) => {
    if (!tab) return;
    try {
      await askTab<true>(tab.id, { type: 'revealFigure', index });
      window.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  switch (state.kind) {
    case 'loading':
      return <p class="status" role="status">Reading the page…</p>;
    case 'unsupported':
      return (
        <div class="empty">
          <p>Crosscount works on web pages (http and https). This tab is a browser or extension page, so there is nothing to read here.</p>
        </div>
      );
    case 'off':
      return (
        <div class="empty">
          <p>Crosscount is off on {state.host}.</p>
          <button type="button" class="button" onClick={onTurnOn}>
            Turn on for {state.host}
          </button>
        </div>
      );
    case 'unreachable':
      return (
        <div class="empty">
          <p>Crosscount could not read this tab.</p>
          <p class="muted">
            Browser pages (such as settings or the extension store) are off limits to extensions. A page that was
            open before Crosscount was installed or updated needs a reload.
          </p>
        </div>
      );
    case 'ready': {
      const { figures, top, unreadLanguage } = state.data;
      if (!figures.length && unreadLanguage)
        return (
          <div class="empty">
            <p>This page is in {languageName(unreadLanguage)}. Crosscount reads English pages for now, so it left this one untouched.</p>
          </div>
        );
      if (!figures.length)
        return (
          <div class="empty">
            <p>No casualty or recruitment figures on this page.</p>
            <p class="muted">Crosscount looks for numbers of killed, wounded, casualties, losses and recruits.</p>
          </div>
        );
      return (
        <>
          <p class="status" role="status">
            {figures.length} figure{figures.length === 1 ? '' : 's'} on this page. Choose one to jump to it.
          </p>
          {error && (
            <p class="notice notice-error" role="alert">
              Could not show that figure: {error}
            </p>
          )}
          <ul class="figures" aria-label="Figures on this page" onKeyDown={moveFocus}>
            {figures.map((f, i) => (
              <li key={`${i}-${f.start}`}>
                <FigureRow figure={f} top={top[i] ?? null} onChoose={() => void reveal(i)} />
              </li>
            ))}
          </ul>
        </>
      );
    }
  }
}

/** ArrowDown/ArrowUp step between the figure buttons, as in the search results. */
function moveFocus(e: KeyboardEvent) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.figure-row')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function FigureRow({ figure, top, onChoose }: { figure: Figure; top: Comparison | null; onChoose: () => void }) {
  return (
    <button type="button" class="figure-row" onClick={onChoose}>
      <span class="figure-text">
        <mark>{figure.text}</mark> <span class="muted">{describeMetric(figure.metric)}</span>
      </span>
      <span class="figure-sentence">{figure.sentence}</span>
      {top ? (
        <span class="figure-compare">
          <span class="claimant">{top.claim.claimant.name}</span>: {statedFigure(top.claim)}
          {top.inPageUnit && (
            <>
              {' '}
              (≈ {formatRange(top.inPageUnit, { approx: true })} {top.pageUnitLabel})
            </>
          )}
          {top.definitionNote && <span class="figure-note">{top.definitionNote}</span>}
        </span>
      ) : (
        <span class="figure-compare muted">No comparable claim in the dataset.</span>
      )}
    </button>
  );
}
