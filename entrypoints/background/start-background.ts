// Registers every listener synchronously (a woken service worker drops events otherwise) and
// turns browser events into engine events.
import type { WxtBrowser } from 'wxt/browser';
import type { EngineEvent, Presence } from '../../core/engine-types';
import { readSettings, type Settings } from '../../core/settings';
import { type Message, parseMessage } from '../../messages';
import type { LogDb } from '../../storage/db';
import { engineStateItem, logHealthItem, settingsItem } from '../../storage/items';
import { writeRecords } from '../../storage/log';
import { createBrowserEffects, engineAlarm } from './browser-effects';
import { createEngineRunner } from './engine-runner';

/** The part of `browser.idle` the engine needs; tests hand in a fake (WXT's fake browser has none). */
export interface IdleSource {
  queryState(detectionIntervalInSeconds: number): Promise<Presence>;
  setDetectionInterval(seconds: number): void;
  onStateChanged: {
    addListener(listener: (state: Presence) => void): void;
    removeListener(listener: (state: Presence) => void): void;
  };
}

export interface BackgroundDeps {
  browser: WxtBrowser;
  idle: IdleSource;
  now: () => number;
  openDb: () => LogDb;
}

export function startBackground({ browser, idle, now, openDb }: BackgroundDeps) {
  let db: LogDb | null = null;
  const runner = createEngineRunner({
    now,
    readState: () => engineStateItem.getValue(),
    writeState: (state) => engineStateItem.setValue(state),
    readSettings: async () => readSettings(await settingsItem.getValue()),
    perform: createBrowserEffects(browser),
    async writeLog(records) {
      db ??= openDb();
      try {
        await writeRecords(db, records);
      } catch (error) {
        // A closed or failed database is opened afresh next time.
        db.close();
        db = null;
        throw error;
      }
    },
    reportLogHealth: (health) => logHealthItem.setValue(health),
  });

  async function surroundings(settings: Settings) {
    const [presence, windows] = await Promise.all([
      idle.queryState(settings.idleDetectionSec),
      browser.windows.getAll(),
    ]);
    return { presence, fullscreen: windows.some((w) => w.state === 'fullscreen') };
  }

  function eventFor(
    message: Message,
    at: number,
    settings: Settings,
  ): Promise<EngineEvent> | EngineEvent {
    switch (message.type) {
      case 'refresh':
        return surroundings(settings).then((s) => ({ type: 'tick', at, ...s }));
      case 'pause':
        return { type: 'pause', at, kind: message.kind };
      case 'standing':
        return { type: 'standing', at, on: message.on };
      case 'routineFinished':
        return { type: 'routineFinished', at, outcome: message.outcome };
      case 'snooze':
      case 'skip':
        return { type: message.type, at, promptId: message.promptId };
      case 'resume':
        return { type: 'resume', at };
    }
  }

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name !== engineAlarm) return;
    void runner.dispatch(async (at, settings) => ({
      type: 'tick',
      at,
      ...(await surroundings(settings)),
    }));
  };
  const onIdle = (presence: Presence) => {
    void runner.dispatch((at) => ({ type: 'presence', at, presence }));
  };
  const onMessage = (raw: unknown) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    // Answering with the promise lets the page wait until the engine has taken the command.
    return runner.dispatch((at, settings) => eventFor(message, at, settings));
  };

  browser.alarms.onAlarm.addListener(onAlarm);
  idle.onStateChanged.addListener(onIdle);
  browser.runtime.onMessage.addListener(onMessage);
  const unwatchSettings = settingsItem.watch((next, previous) => {
    const settings = readSettings(next);
    idle.setDetectionInterval(settings.idleDetectionSec);
    void runner.dispatch((at) => ({
      type: 'settingsChanged',
      at,
      previous: readSettings(previous),
    }));
  });

  const started = runner.dispatch(async (at, settings) => {
    idle.setDetectionInterval(settings.idleDetectionSec);
    return { type: 'start', at, ...(await surroundings(settings)) };
  });

  return {
    started,
    settled: runner.settled,
    /** Tests use this to play a background being killed: listeners go, storage stays. */
    dispose() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      idle.onStateChanged.removeListener(onIdle);
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      db?.close();
    },
  };
}
