// A real background on the fake browser with a settable clock, for tests that drive it by events.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { engineAlarm } from '../../../entrypoints/background/browser-effects';
import { startBackground } from '../../../entrypoints/background/start-background';
import { openLogDb } from '../../../storage/db';
import { FakeIdle } from './fakes';

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
