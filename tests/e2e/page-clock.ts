// Helpers for tests that play a routine: the page's clock moved ahead, and counts polled.
import type { ExtensionPage } from './support';

/** Makes the page's clock run `ms` ahead from now on: the routine player follows Date.now(). */
export function fastForward(page: ExtensionPage, ms: number) {
  return page.evaluate((skip) => {
    const w = window as unknown as { __skew?: number; __realNow?: () => number };
    if (w.__skew === undefined) {
      w.__skew = 0;
      w.__realNow = Date.now.bind(Date);
      Date.now = () => (w.__realNow as () => number)() + (w.__skew ?? 0);
    }
    w.__skew += skip;
  }, ms);
}

/** Polls a count until it equals `expected` or three seconds pass; returns the last count. */
export async function pollCount(read: () => Promise<number>, expected: number): Promise<number> {
  let count = await read();
  for (let i = 0; i < 30 && count !== expected; i++) {
    await new Promise((r) => setTimeout(r, 100));
    count = await read();
  }
  return count;
}
