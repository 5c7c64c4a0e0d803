// Text for the user, from public/_locales through the browser; keys are checked by the compiler.
import { browser } from 'wxt/browser';
import { isValidTime } from '../core/valid-time';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}

export function formatTime(at: number): string {
  if (!isValidTime(at)) return t('dateUnknown');
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Tells screen readers which language the page's text is in: the translation's, not the browser's. */
export function setPageLanguage(): void {
  document.documentElement.lang = t('pageLanguage');
}
