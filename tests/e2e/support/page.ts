// Browser-neutral page behaviour built on a thin per-driver adapter, so both browsers agree on it.
import type { ApiFunction, ExtensionPage, PageFunction } from './types';

export const defaultTimeoutMs = 10_000;

/** The few things each automation library must do natively; the rest is shared below. */
export interface PageDriver {
  evaluate<R, A>(fn: PageFunction<R, A>, arg: A): Promise<R>;
  evaluateExpression<R>(expression: string): Promise<R>;
  /** Clicks the first match of a CSS selector that is already present and visible. */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  errors(): Promise<string[]>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `probe` until it yields a truthy value; errors count as "not yet" (pages navigate). */
export async function poll<T>(
  probe: () => Promise<T>,
  what: string,
  timeoutMs = defaultTimeoutMs,
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await sleep(intervalMs);
  }
}

/**
 * Source text that calls `fn` with the page's WebExtension API. Passed as an expression because
 * extension pages forbid eval, while DevTools/BiDi evaluation is exempt from their CSP.
 */
export function apiExpression<R, A>(fn: ApiFunction<R, A>, arg: A | undefined): string {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${json})`;
}

/** One wording for both browsers: "TypeError: x", without Uncaught or "(in promise)". */
export function normalizeError(text: string): string {
  return text.replace(/^Uncaught (\(in promise\) )?/, '').replace(/^uncaught exception: /, '');
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

/** The drivers' words for a page that went away under them (Playwright, Puppeteer over BiDi). */
const pageGone = /has been closed|target closed|session closed|no such frame|browsing context/i;

function unlessPageGone(error: unknown): void {
  if (!pageGone.test(String(error))) throw error;
}

export function wrapPage(driver: PageDriver): ExtensionPage {
  const page: ExtensionPage = {
    evaluate: <R, A>(fn: PageFunction<R, A>, arg?: A) => driver.evaluate(fn, arg as A),
    evaluateSource: <R>(source: string) => driver.evaluateExpression<R>(source),
    press: (key) => driver.press(key),
    waitFor: <R, A>(fn: PageFunction<R, A>, arg?: A, timeoutMs?: number) =>
      poll(() => driver.evaluate(fn, arg as A), 'a page condition', timeoutMs) as Promise<R>,
    async click(selector) {
      await poll(
        () =>
          driver.evaluate((sel) => {
            const el = document.querySelector(sel);
            return !!el && el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled;
          }, selector),
        `a visible, enabled match for ${selector}`,
      );
      await driver.click(selector);
    },
    async clickClosing(selector) {
      await page.click(selector).catch(unlessPageGone);
    },
    async pressClosing(key) {
      await driver.press(key).catch(unlessPageGone);
    },
    async text(selector) {
      const text = await driver.evaluate(
        (sel) => document.querySelector(sel)?.textContent ?? null,
        selector,
      );
      if (text === null) throw new Error(`No element matches ${selector}`);
      return text;
    },
    async waitForText(selector, expected, timeoutMs) {
      let last: string | null = null;
      try {
        await poll(
          async () => {
            last = await driver.evaluate(
              (sel) => document.querySelector(sel)?.textContent ?? null,
              selector,
            );
            return last !== null && matches(last, expected);
          },
          `${selector} to show ${String(expected)}`,
          timeoutMs,
        );
      } catch (error) {
        const seen = last === null ? 'no element matched' : `its text was ${JSON.stringify(last)}`;
        throw new Error(`${(error as Error).message}; ${seen}`);
      }
    },
    url: () => driver.evaluate(() => location.href, undefined),
    errors: () => driver.errors(),
    screenshot: (path) => driver.screenshot(path),
    close: () => driver.close(),
  };
  return page;
}
