// Puts the extension into a known situation through its own storage, as a returning user would have.
import { initialState } from '../../core/engine-state';
import type { EngineState } from '../../core/engine-types';
import { defaultSettings, type Settings } from '../../core/settings';
import type { ExtensionHarness } from './support';

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

export async function seedSettings(h: ExtensionHarness, settings: Settings): Promise<void> {
  await h.evaluate((api, value) => api.storage.local.set({ settings: value }), settings);
}

/**
 * Writes the engine state and has the background take it up. The background may be writing its
 * own state at that very moment, so write until what it keeps is ours.
 */
export async function seedEngine(h: ExtensionHarness, state: EngineState): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const kept = await h.evaluate(async (api, value) => {
      await api.storage.local.set({ engine: value });
      await api.runtime.sendMessage({ type: 'refresh' });
      const { engine } = await api.storage.local.get('engine');
      return (engine as { bout?: { id: string } } | undefined)?.bout?.id;
    }, state);
    if (kept === state.bout?.id) return;
  }
  throw new Error('The background kept overwriting the seeded engine state');
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
