// The one browser-neutral surface that journey tests are written against.
import type { browser } from 'wxt/browser';

export type Target = 'chromium' | 'firefox-mv2' | 'firefox-mv3';

export const targets: readonly Target[] = ['chromium', 'firefox-mv2', 'firefox-mv3'];

/** The page's promise-based WebExtension API: `browser` where it exists (Firefox, Chromium 156), else `chrome`. */
export type ExtensionApi = typeof browser;

/** Functions cross into the browser as source text: they must not close over test variables. */
export type PageFunction<R, A> = (arg: A) => R | Promise<R>;
export type ApiFunction<R, A> = (api: ExtensionApi, arg: A) => R | Promise<R>;

export type BackgroundStatus = 'running' | 'starting' | 'stopping' | 'stopped';

export interface ExtensionPage {
  /** Runs `fn` in the page (an extension page has the WebExtension API); results must be JSON-like. */
  evaluate<R, A = undefined>(fn: PageFunction<R, A>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy, and returns that. */
  waitFor<R, A = undefined>(fn: PageFunction<R, A>, arg?: A, timeoutMs?: number): Promise<R>;
  /**
   * Runs a script's source in the page through the automation protocol, which extension pages'
   * CSP allows where eval and inline scripts are refused (used to inject axe-core).
   */
  evaluateSource<R>(source: string): Promise<R>;
  /** Presses a key like a keyboard user, e.g. 'Tab', 'Shift+Tab', 'Enter', ' ' (space). */
  press(key: string): Promise<void>;
  /** Waits for a CSS selector to match, then clicks its first match like a user would. */
  click(selector: string): Promise<void>;
  /**
   * `click` on a button that closes this page (Done, Close in the prompt window): the page may be
   * gone before the driver hears back, which is then no error. The caller checks the effect.
   */
  clickClosing(selector: string): Promise<void>;
  /** `press` on a key that closes this page; as `clickClosing`. */
  pressClosing(key: string): Promise<void>;
  /** textContent of the first match of a CSS selector; throws when nothing matches. */
  text(selector: string): Promise<string>;
  /** Waits until the first match's textContent contains `expected` (a string) or matches it. */
  waitForText(selector: string, expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** The document's own location: Puppeteer's page.url() stays about:blank in Firefox. */
  url(): Promise<string>;
  /**
   * Uncaught errors and unhandled rejections of this page. Firefox cannot tie an error to a tab,
   * so there it is every error of the extension (background included) since this page was opened.
   */
  errors(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionHarness {
  target: Target;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
  origin: string;
  /** The unpacked build that was installed. */
  buildDir: string;
  /** Opens an extension page in a new tab, e.g. 'popup.html', and waits for it to load. */
  openPage(path: string): Promise<ExtensionPage>;
  /** Waits for a page the extension opened itself (tab or window) whose path is `path`. */
  waitForPage(path: string, timeoutMs?: number): Promise<ExtensionPage>;
  /** Runs `fn` in an idle extension page of the extension: storage, alarms, action, notifications... */
  evaluate<R, A = undefined>(fn: ApiFunction<R, A>, arg?: A): Promise<R>;
  /**
   * Resolves with the background's URL once it runs. Chromium only watches; in Firefox this asks
   * runtime.getBackgroundPage(), which also wakes an MV3 event page.
   */
  waitForBackground(timeoutMs?: number): Promise<string>;
  /** Chromium and firefox-mv3: the worker's or event page's state, asked of the browser itself. */
  backgroundStatus?(): Promise<BackgroundStatus>;
  /**
   * Chromium and firefox-mv3: really stops the service worker or event page, as the browser does
   * when it idles (globals are lost); resolves once it is stopped. Chromium never idles the worker
   * out while the harness (DevTools) is attached; Firefox does suspend an idle event page after
   * 30 s (pref extensions.background.idle.timeout), as it would for a user.
   */
  stopBackground?(): Promise<void>;
  /** Chromium only: runs `fn` inside the running service worker; throws if it is stopped. */
  evaluateBackground?<R, A = undefined>(fn: PageFunction<R, A>, arg?: A): Promise<R>;
  /**
   * Uncaught errors and unhandled rejections since launch in the extension's pages and its
   * background, worded alike ("TypeError: x"). Chromium's worker errors are seen from the end of
   * launch() on; Firefox sees the background's from its first line.
   */
  errors(): Promise<string[]>;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Another unpacked build of the same target (e.g. an unzipped store package) instead of .output. */
  buildDir?: string;
  /** Extra Firefox prefs, e.g. a short `extensions.background.idle.timeout` for event-page tests. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}
