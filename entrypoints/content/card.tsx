import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FigurePopover } from '../../components/FigurePopover';
import { HOST_TAG } from '../../lib/page/blocks';
import type { CardView } from '../../lib/page/controller';
import type { PageFigure } from '../../lib/page/registry';
import css from '../../components/popover.css?inline';

// The card's view: Preact in an open shadow root whose host is mounted on
// <html> (never <body>) the first time a card opens, positioned with
// floating-ui against the figure's Range.

export interface CardActions {
  save(f: PageFigure, note: string): Promise<string | null>;
}

function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function createCard(ctx: ContentScriptContext, actions: CardActions): CardView {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let pending: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let current: PageFigure | null = null;
  let focusBack: Element | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let point: { x: number; y: number } | undefined;
  // A fresh key per opening resets the card's own state (an unsent note).
  let opening = 0;

  const ensure = () => {
    pending ??= createShadowRootUi<void>(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css,
      onMount: () => undefined,
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return pending;
  };

  const draw = (f: PageFigure) => {
    if (!ui) return;
    render(
      <FigurePopover
        key={opening}
        figure={f.figure}
        comparisons={f.comparisons}
        onSave={(note) => actions.save(f, note)}
        onClose={() => view.close(true)}
      />,
      ui.uiContainer,
    );
  };

  const place = (f: PageFigure, card: HTMLElement) => {
    const reference = {
      getBoundingClientRect: () => f.range.getBoundingClientRect(),
      getClientRects: () => f.range.getClientRects(),
      contextElement: f.range.startContainer.parentElement ?? undefined,
    };
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(point),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room beside the figure: the card stays on screen and scrolls inside.
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(180, Math.min(640, Math.floor(availableHeight)))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      });
    });
  };

  const view: CardView = {
    open(f, how) {
      current = f;
      opening += 1;
      point = how.point;
      if (how.focus && !focusBack) {
        const active = deepActiveElement(document);
        focusBack = active && !(ui?.shadowHost.contains(active) ?? false) ? active : null;
      }
      void ensure().then(() => {
        if (current !== f) return;
        draw(f);
        const card = ui!.uiContainer.querySelector<HTMLElement>('.cc-card');
        if (!card) return;
        place(f, card);
        if (how.focus) card.focus({ preventScroll: true });
      });
    },
    refresh(f) {
      if (current === f) draw(f);
    },
    close(restoreFocus) {
      current = null;
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      if (!ui) return;
      const hadFocus = ui.shadow.activeElement !== null;
      render(null, ui.uiContainer);
      if (restoreFocus && hadFocus) {
        if (focusBack instanceof HTMLElement && focusBack.isConnected && focusBack !== document.body) focusBack.focus({ preventScroll: true });
        else (document.activeElement as HTMLElement | null)?.blur?.();
      }
      focusBack = null;
    },
    isCardEvent(e) {
      return ui !== null && e.composedPath().includes(ui.shadowHost);
    },
  };
  return view;
}
