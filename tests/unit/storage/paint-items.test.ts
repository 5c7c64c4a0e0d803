// The paint-time reads see exactly what the items of storage/items.ts hold, fallbacks included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  engineStateItem,
  logHealthItem,
  settingsItem,
  syncedSettingsItem,
  todayItem,
} from '../../../storage/items';
import { readPaintItems, watchPaintItems } from '../../../storage/paint-items';

const snapshot = {
  date: '2026-11-23',
  figures: {
    date: '2026-11-23',
    taken: 1,
    due: 2,
    missed: 1,
    pending: 0,
    putOff: 0,
    satMin: 40,
    longestBoutMin: 30,
  },
};

let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('readPaintItems', () => {
  it('gives the fallbacks of the items when nothing is stored', async () => {
    expect(await readPaintItems(['engine', 'settings', 'logHealth', 'today'])).toEqual({
      engine: await engineStateItem.getValue(),
      settings: await settingsItem.getValue(),
      logHealth: await logHealthItem.getValue(),
      today: await todayItem.getValue(),
    });
  });

  it('reads what the items wrote, and only the keys asked for', async () => {
    await engineStateItem.setValue({ version: 2, standing: true });
    await settingsItem.setValue({ sittingLimitMin: 45 });
    await logHealthItem.setValue({ ok: false, waiting: 3 });
    await todayItem.setValue(snapshot);
    expect(await readPaintItems(['engine', 'settings', 'logHealth', 'today'])).toEqual({
      engine: { version: 2, standing: true },
      settings: { sittingLimitMin: 45 },
      logHealth: { ok: false, waiting: 3 },
      today: snapshot,
    });
    expect(await readPaintItems(['today'])).toEqual({ today: snapshot });
  });
});

describe('watchPaintItems', () => {
  it('reports the changed items it watches, with the fallback for a removed one', async () => {
    const seen: unknown[] = [];
    stop = watchPaintItems(['engine', 'logHealth'], (changed) => seen.push(changed));
    await engineStateItem.setValue({ version: 2 });
    await todayItem.setValue(snapshot);
    await syncedSettingsItem.setValue({ sittingLimitMin: 45 });
    await logHealthItem.setValue({ ok: false, waiting: 1 });
    await logHealthItem.removeValue();
    expect(seen).toEqual([
      { engine: { version: 2 } },
      { logHealth: { ok: false, waiting: 1 } },
      { logHealth: { ok: true, waiting: 0 } },
    ]);
    stop();
    await engineStateItem.setValue({ version: 3 });
    expect(seen).toHaveLength(3);
  });
});
