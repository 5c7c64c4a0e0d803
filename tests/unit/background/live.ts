// A real background on the fake browser with a settable clock, for tests that drive it by events.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { engineAlarm } from '../../../entrypoints/background/browser-effects';
import { startBackground } from '../../../entrypoints/background/start-background';
import type { AnswerMessage } from '../../../messages';
import { openLogDb } from '../../../storage/db';
import { engineStateItem } from '../../../storage/items';
import { FakeIdle } from './fakes';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Sends an answer to whatever prompt is pending, as the page showing it would, and gives the
 * background's reply (the fake's sendMessage drops a listener's promised reply; trigger keeps it).
 */
export async function answerPending(answer: DistributiveOmit<AnswerMessage, 'promptId'>) {
  const state = (await engineStateItem.getValue()) as { prompt?: { id: string } | null } | null;
  const promptId = state?.prompt?.id ?? 'none';
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    { ...answer, promptId },
    {},
    () => {},
  );
  return reply;
}

export function liveBackground(dbName: string) {
  let background: ReturnType<typeof startBackground> | undefined;
  const live = {
    clock: 0,
    async start() {
      background = startBackground({
        browser: fakeBrowser as never,
        idle: new FakeIdle(),
        now: () => live.clock,
        openDb: () => openLogDb(dbName),
      });
      await background.started;
    },
    /** The background dies: listeners go, storage stays. */
    dispose() {
      background?.dispose();
      background = undefined;
    },
    settled(): Promise<void> {
      return background?.settled() ?? Promise.resolve();
    },
    /** Fires the engine's alarm at each time it asks for, up to `until`, as the browser would. */
    async runUntil(until: number) {
      for (;;) {
        const alarm = await fakeBrowser.alarms.get(engineAlarm);
        if (!alarm || alarm.scheduledTime > until) return;
        live.clock = alarm.scheduledTime;
        await fakeBrowser.alarms.onAlarm.trigger(alarm);
        await live.settled();
      }
    },
  };
  return live;
}
