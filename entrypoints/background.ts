import '../lib/zod-setup';
import { defaultStore, handleMessage, once } from '../lib/background/handlers';

// Owns the database: content scripts cannot open the extension's IndexedDB,
// so they ask here. Listeners are registered synchronously so a message that
// wakes a stopped worker is not missed; all state lives in IndexedDB.
export default defineBackground(() => {
  const ready = once(() => defaultStore.ensureSeeded());

  browser.runtime.onInstalled.addListener(() => {
    ready().catch((e: unknown) => console.error('Crosscount: seeding the dataset failed', e));
  });

  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse?: (r: unknown) => void) => {
    const reply = handleMessage(message, defaultStore, ready);
    // Chrome answers through sendResponse (keeping the channel open by returning
    // true); where no callback is given, the promise is the answer.
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  });
});
