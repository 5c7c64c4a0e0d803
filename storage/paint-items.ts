// The extension-storage items pages paint from, read without @wxt-dev/storage (3.5 kB gzip less
// before the popup's first paint) and in one storage call. Read-only: items.ts defines and writes
// these items; tests/unit/storage/paint-items.test.ts keeps the keys and fallbacks the same.
import { browser } from 'wxt/browser';
import type { LogHealth } from './items';

export interface PaintItems {
  /** Raw engine state, as engineStateItem holds it. */
  engine: unknown;
  /** Raw stored settings, as settingsItem holds them. */
  settings: unknown;
  logHealth: LogHealth;
  /** Raw snapshot, as todayItem holds it. */
  today: unknown;
}

type Key = keyof PaintItems;

// Keys in the local area: items.ts names them 'local:engine' and so on.
const fallbacks: PaintItems = {
  engine: null,
  settings: null,
  logHealth: { ok: true, waiting: 0 },
  today: null,
};

export async function readPaintItems<K extends Key>(keys: K[]): Promise<Pick<PaintItems, K>> {
  const found: Record<string, unknown> = await browser.storage.local.get(keys);
  const items: Record<string, unknown> = {};
  for (const key of keys) items[key] = found[key] ?? fallbacks[key];
  return items as Pick<PaintItems, K>;
}

/** Calls back with the items among `keys` that changed, in one call per storage change. */
export function watchPaintItems<K extends Key>(
  keys: K[],
  onChange: (changed: Partial<Pick<PaintItems, K>>) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Record<string, unknown> = {};
    for (const key of keys) {
      const change = changes[key];
      if (change) changed[key] = change.newValue ?? fallbacks[key];
    }
    if (Object.keys(changed).length > 0) onChange(changed as Partial<Pick<PaintItems, K>>);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
