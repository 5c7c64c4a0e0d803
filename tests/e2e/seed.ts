// Puts the extension into a known situation through its own storage, as a returning user would have.
import type { Backup } from '../../core/backup';
import { initialState } from '../../core/engine-state';
import type { EngineState } from '../../core/engine-types';
import { defaultSettings, type Settings } from '../../core/settings';
import type { AnswerMessage, DataReply, EngineReply } from '../../messages';
import type { ExtensionApi, ExtensionHarness, ExtensionPage } from './support';

/** Working hours off, so the journeys behave the same on a Saturday night as on a Monday. */
export const alwaysOn: Settings = {
  ...defaultSettings,
  schedule: { ...defaultSettings.schedule, enabled: false },
};

/** A state whose bout began `minutes` ago and that was last seen just now. */
export function sittingFor(minutes: number, now = Date.now()): EngineState {
  const startedAt = now - minutes * 60_000;
  return {
    ...initialState(now),
    seq: 1,
    bout: { id: `b-seeded-${startedAt}`, startedAt },
    dueBase: startedAt,
  };
}

/** A bout of `minutes` whose prompt `id` is due and shown now, for a page to open on. */
export function promptDueFor(minutes: number, id: string, now = Date.now()): EngineState {
  return {
    ...sittingFor(minutes, now),
    prompt: {
      id,
      trigger: 'limit',
      dueAt: now,
      shownAt: now,
      offered: [],
      routineStartedAt: null,
      progress: null,
    },
  };
}

export async function seedSettings(h: ExtensionHarness, settings: Settings): Promise<void> {
  await h.evaluate((api, value) => api.storage.local.set({ settings: value }), settings);
}

/**
 * Writes the engine state and has the background take it up. The background may be finishing
 * an event of its own and write its state once more after ours, so check that what it keeps is
 * ours, and write again if not. The check needs no pause: the reply to 'refresh' comes once the
 * engine's queue has run up to it, so every event that could have read the state before our
 * write has written its own by then (and the refresh itself kept what it read).
 */
export async function seedEngine(h: ExtensionHarness, state: EngineState): Promise<void> {
  const ours = (s: EngineState | undefined) =>
    s?.bout?.id === state.bout?.id &&
    s?.dueBase === state.dueBase &&
    s?.snoozedUntil === state.snoozedUntil &&
    s?.standing === state.standing;
  for (let attempt = 0; attempt < 5; attempt++) {
    await h.evaluate(async (api, value) => {
      await api.storage.local.set({ engine: value });
      await api.runtime.sendMessage({ type: 'refresh' });
    }, state);
    if (ours(await storedState(h))) return;
  }
  throw new Error('The background kept overwriting the seeded engine state');
}

/**
 * Resolves once the background has handled everything sent to it before: it answers 'refresh'
 * only when its queue has run up to it (engine-runner.ts), the log rows of earlier events
 * written. For checks that something did not happen, in place of a pause. Sent from `page` when
 * given, so it also comes after whatever that page has sent (one page's messages keep order).
 */
export async function backgroundCaughtUp(h: ExtensionHarness, page?: ExtensionPage): Promise<void> {
  if (!page) {
    await h.evaluate((api) => api.runtime.sendMessage({ type: 'refresh' }));
    return;
  }
  await page.evaluate(async () => {
    const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
    await (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'refresh' });
  });
}

/**
 * Replaces the whole log with `backup` (e.g. sampleMonth from ./sample-log), the way a restore
 * from the Your data view does: the background checks it, writes it and rebuilds the day summaries.
 */
export async function seedLog(h: ExtensionHarness, backup: Backup): Promise<void> {
  const reply = await h.evaluate(
    async (api, value): Promise<DataReply | undefined> =>
      api.runtime.sendMessage({ type: 'restoreBackup', backup: value }),
    backup,
  );
  if (reply?.ok !== true) {
    throw new Error(`The background refused the seeded log: ${JSON.stringify(reply)}`);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Answers whatever prompt is pending, as a page showing it would, and gives the background's reply. */
export function answerPending(
  h: ExtensionHarness,
  answer: DistributiveOmit<AnswerMessage, 'promptId'>,
): Promise<EngineReply | undefined> {
  return h.evaluate(async (api, value) => {
    const { engine } = await api.storage.local.get('engine');
    const promptId = (engine as EngineState | undefined)?.prompt?.id ?? 'none';
    return api.runtime.sendMessage({ ...value, promptId });
  }, answer);
}

export function storedState(h: ExtensionHarness): Promise<EngineState> {
  return h.evaluate(async (api) => (await api.storage.local.get('engine')).engine as EngineState);
}

export function badgeText(h: ExtensionHarness): Promise<string> {
  return h.evaluate((api) => {
    const action =
      api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
    return action.getBadgeText({});
  });
}

export function promptNotifications(h: ExtensionHarness): Promise<string[]> {
  return h.evaluate(async (api) =>
    Object.keys(await api.notifications.getAll()).filter((id) => id.startsWith('prompt:')),
  );
}

/** The log's tables a journey reads back (storage/db.ts). */
export type LogTable = 'bouts' | 'prompts' | 'pains' | 'painChecks' | 'plans';

/** Every row of one table of the extension's log database, read with plain IndexedDB. */
export function logRows<T>(h: ExtensionHarness, table: LogTable): Promise<T[]> {
  return h.evaluate(
    (_api, name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('hip-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** How many prompt windows (popup-type windows) are open. */
export function popupWindowCount(h: ExtensionHarness): Promise<number> {
  return h.evaluate(async (api) => (await api.windows.getAll({ windowTypes: ['popup'] })).length);
}

/** Polls the stored engine state until `accept` holds (the background works asynchronously). */
export async function stateWhere(
  h: ExtensionHarness,
  accept: (state: EngineState) => boolean,
  timeoutMs = 5_000,
): Promise<EngineState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await storedState(h);
    if (accept(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`Engine state never matched: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls a log table until a row satisfies `accept` (rows land just after the engine state). */
export async function logRowWhere<T>(
  h: ExtensionHarness,
  table: LogTable,
  accept: (row: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = (await logRows<T>(h, table)).find(accept);
    if (row) return row;
    if (Date.now() > deadline) throw new Error(`No ${table} row matched within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
