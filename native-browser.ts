// The browser's own extension API, for the popup's first paint only: webextension-polyfill (about
// 3 kB gzip, which every other page and the background use through wxt/browser) loads after it.
// What is called through this is the same in Chrome MV3 and Firefox, promises included:
// i18n.getMessage, runtime.getURL, storage.local.get and storage.onChanged. docs/architecture.md#the-popup-view
import type { WxtBrowser } from 'wxt/browser';

type Api = Pick<WxtBrowser, 'i18n' | 'runtime' | 'storage'>;

export function nativeBrowser(): Api {
  const scope = globalThis as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Hip Check runs as a browser extension only');
  return api;
}
