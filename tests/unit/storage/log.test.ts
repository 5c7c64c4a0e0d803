// The log: idempotent writes, and an engine that keeps going while IndexedDB cannot be opened.

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreState } from '../../../core/engine-state';
import { type LogRecord, manualId } from '../../../core/engine-types';
import { startBackground } from '../../../entrypoints/background/start-background';
import { openLogDb } from '../../../storage/db';
import { engineStateItem, logHealthItem, settingsItem } from '../../../storage/items';
import { writeRecords } from '../../../storage/log';
import { FakeIdle, stubBrowserGaps } from '../background/fakes';
import { anytime, at } from '../core/drive';

const bout: LogRecord = {
  kind: 'bout',
  row: { id: 'b1', startedAt: at('09:00'), endedAt: at('09:20'), end: 'break' },
};

/** An IndexedDB that refuses to open, as Firefox's "never remember history" does. */
const refusingIndexedDb = {
  open() {
    throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
  },
  deleteDatabase() {
    throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
  },
  cmp: (a: IDBValidKey, b: IDBValidKey) => indexedDB.cmp(a, b),
  databases: async () => [],
} as unknown as IDBFactory;

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});

describe('writeRecords', () => {
  it('stores a row once however often the same outbox is written', async () => {
    const db = openLogDb('log-idempotent');
    await writeRecords(db, [bout]);
    await writeRecords(db, [bout]);
    expect(await db.bouts.count()).toBe(1);
    db.close();
  });
});

describe('when IndexedDB cannot be opened', () => {
  it('keeps prompting, keeps the rows aside, says so, and moves them in once it opens', async () => {
    await settingsItem.setValue(anytime);
    let clock = at('09:00');
    let broken = true;
    const idle = new FakeIdle();
    const background = startBackground({
      browser: fakeBrowser as never,
      idle,
      now: () => clock,
      openDb: () =>
        broken
          ? openLogDb('log-fallback', { indexedDB: refusingIndexedDb, IDBKeyRange })
          : openLogDb('log-fallback'),
    });
    await background.started;
    // A "Stretch now" routine, started and finished: a prompt row and the bout it ended.
    const stretchNow = async (promptId: string) => {
      await fakeBrowser.runtime.sendMessage({ type: 'routineStarted', promptId });
      await fakeBrowser.runtime.sendMessage({
        type: 'routineFinished',
        promptId,
        outcome: 'done',
        completed: ['seated-figure-4'],
      });
    };
    clock = at('09:04');
    await stretchNow(manualId(clock, 'first'));

    const state = restoreState(await engineStateItem.getValue(), clock);
    expect(state.bout?.startedAt).toBe(at('09:04'));
    expect(state.outbox).toHaveLength(2); // the bout and the manual routine
    expect(await logHealthItem.getValue()).toMatchObject({ ok: false, waiting: 2 });

    broken = false;
    clock = at('09:06');
    await stretchNow(manualId(clock, 'second'));
    expect(await logHealthItem.getValue()).toEqual({ ok: true, waiting: 0 });
    const db = openLogDb('log-fallback');
    expect(await db.bouts.count()).toBe(2);
    expect(await db.prompts.count()).toBe(2);
    db.close();
    background.dispose();
  });
});
