import '../../lib/zod-setup';
import { browser } from 'wxt/browser';
import { extractFigures } from '../../lib/extract';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { TabRequestSchema, errorReply, type Reply, type Request } from '../../lib/messaging';
import type { Comparison } from '../../lib/claims/comparison';
import { PageController, type PageSettings } from '../../lib/page/controller';
import { mayContainFigures, mentionsWar } from '../../lib/extract/precheck';
import { targetFor } from '../../lib/page/target';
import { declaredLanguage, readsLanguage } from '../../lib/page/language';
import { SUPPORTED_LANGS } from '../../lib/extract/lang';
import { createCard } from './card';

// Wires the page controller to the extension: settings and comparisons from
// the background, the card view, and the popup's requests for this tab.

async function ask<T>(req: Request): Promise<Reply<T> | null> {
  try {
    return ((await browser.runtime.sendMessage(req)) as Reply<T> | undefined) ?? null;
  } catch {
    return null;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    // Asked now, awaited only before the first paint: the reading overlaps the round trip.
    const settings: Promise<PageSettings> = ask<PageSettings>({ type: 'getPageSettings', host: location.hostname }).then(
      (reply) =>
        reply?.ok
          ? reply.data
          : // No answer (background starting or broken): behave as the defaults say.
            { enabled: true, highlightStyle: DEFAULT_SETTINGS.highlightStyle, popoverDelayMs: DEFAULT_SETTINGS.popoverDelayMs },
    );

    const card = createCard(ctx, {
      async save(f, note) {
        const target = targetFor(document, f.range);
        if (!target) return 'the figure is no longer on the page';
        const reply = await ask<{ id: string }>({
          type: 'saveAnnotation',
          figure: { ...f.figure, sentence: f.figure.sentence.slice(0, 5000) },
          target,
          note,
          comparedClaimIds: (f.comparisons ?? []).slice(0, 200).map((c) => c.claim.id),
        });
        if (!reply) return 'the extension did not answer';
        return reply.ok ? null : reply.error;
      },
    });

    // A page in a language we have no module for is left untouched; the popup says why.
    const language = declaredLanguage(document);
    const readable = readsLanguage(language, SUPPORTED_LANGS);
    const controller = new PageController({
      doc: document,
      extract: (text, published) => extractFigures(text, { published, lang: 'en' }),
      // Only a page about the war: "flooding killed 1,200 people" on a weather page is no figure of ours.
      precheck: (text) => readable && mayContainFigures(text) && mentionsWar(text),
      async compare(figures, published) {
        const reply = await ask<Comparison[][]>({
          type: 'compare',
          published,
          // Comparison needs no sentence; leaving it out halves what crosses to the background.
          figures: figures.map((f) => ({ ...f, sentence: '' })),
        });
        return reply?.ok ? reply.data : null;
      },
      card,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      popoverDelayMs: DEFAULT_SETTINGS.popoverDelayMs,
      // The benchmark and tests read timing from the page's world; a string
      // detail crosses the isolated-world boundary where an object would not.
      onScanned: (report) =>
        document.dispatchEvent(new CustomEvent('crosscount:scanned', { detail: JSON.stringify(report) })),
    });

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const parsed = TabRequestSchema.safeParse(message);
      // Not ours (a background message for another context): stay silent.
      if (!parsed.success) return undefined;
      const req = parsed.data;
      try {
        if (req.type === 'listFigures') sendResponse({ ok: true, data: { ...controller.list(), unreadLanguage: readable ? null : language } });
        else if (req.type === 'revealFigure') {
          sendResponse(controller.reveal(req.index) ? { ok: true, data: true } : { ok: false, error: 'no such figure' });
        } else {
          controller.setEnabled(req.enabled);
          sendResponse({ ok: true, data: true });
        }
      } catch (e) {
        sendResponse(errorReply(e));
      }
      return undefined;
    });

    controller.start(started, settings);
    ctx.onInvalidated(() => controller.dispose());
  },
});
