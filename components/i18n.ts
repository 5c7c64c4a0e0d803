// Text for the user, from public/_locales through the browser; keys are checked by the compiler.
// Through the browser's own API: the popup paints text before the polyfill loads (native-browser.ts).
import type { WxtBrowser } from 'wxt/browser';
import { isValidTime } from '../core/valid-time';
import { nativeBrowser } from '../native-browser';

export type MessageKey = Parameters<WxtBrowser['i18n']['getMessage']>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return nativeBrowser().i18n.getMessage(key, substitutions.map(String));
}

export function formatTime(at: number): string {
  if (!isValidTime(at)) return t('dateUnknown');
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Tells screen readers which language the page's text is in: the translation's, not the browser's. */
export function setPageLanguage(): void {
  document.documentElement.lang = t('pageLanguage');
}
