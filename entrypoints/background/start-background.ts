// Registers every listener synchronously (a woken service worker drops events otherwise) and
// turns browser events into engine events.
import type { WxtBrowser } from 'wxt/browser';
import { restoreState } from '../../core/engine-state';
import type { EngineEvent, Presence } from '../../core/engine-types';
import type { Settings } from '../../core/settings';
import { parseMessage } from '../../message-schema';
import type { DataRequest, EngineReply, Message } from '../../messages';
import {
  loadCarePlan,
  loadStoredCarePlan,
  restoreCarePlan,
  watchCarePlan,
} from '../../storage/care-plan-store';
import type { LogDb } from '../../storage/db';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../storage/effective-settings';
import { engineStateItem, logHealthItem } from '../../storage/items';
import { loadSettings, saveSettings } from '../../storage/settings-store';
import { createBrowserEffects, engineAlarm, promptNotificationPrefix } from './browser-effects';
import { createDataRequests } from './data-requests';
import { createEngineRunner } from './engine-runner';
import { createLogKeeper } from './log-keeper';
import { eventOf } from './message-events';
import { publishPopupView } from './popup-view-writer';
import { createRoutineWatch } from './routine-watch';

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
  // A view that cannot be written must not stop the engine or the log: the next event tries again.
  const publish = (at: number) =>
    publishPopupView(at).catch((error) => console.error('Hip Check popup view failed', error));
  const log = createLogKeeper({ openDb, now, publish });
  // The log keeps the settings in force and the care plan they came with (storage/log.ts).
  const keepLogInStep = async () => {
    const [settings, care] = await Promise.all([loadEffectiveSettings(), loadCarePlan()]);
    await log.keepInStep(settings, care?.plan ?? null);
  };
  const effects = createBrowserEffects(browser);
  const runner = createEngineRunner({
    now,
    readState: () => engineStateItem.getValue(),
    writeState: (state) => engineStateItem.setValue(state),
    // The engine goes by the settings in force: a care plan's sitting limit over the personal one.
    readSettings: loadEffectiveSettings,
    perform: effects.perform,
    async writeLog(records) {
      await log.write(records);
      if (log.due()) void runner.exclusive(keepLogInStep);
    },
    reportLogHealth: (health) => logHealthItem.setValue(health),
    publish,
  });

  async function surroundings(settings: Settings) {
    const [presence, windows] = await Promise.all([
      idle.queryState(settings.idleDetectionSec),
      browser.windows.getAll(),
    ]);
    return { presence, fullscreen: windows.some((w) => w.state === 'fullscreen') };
  }

  const dataRequest = createDataRequests({
    db: log.open,
    now,
    loadSettings,
    saveSettings,
    loadCarePlan: loadStoredCarePlan,
    saveCarePlan: restoreCarePlan,
    async clearOutbox() {
      const state = restoreState(await engineStateItem.getValue(), now());
      await engineStateItem.setValue({ ...state, outbox: [] });
    },
  });

  function eventFor(
    message: Exclude<Message, DataRequest>,
    at: number,
    settings: Settings,
  ): Promise<EngineEvent> | EngineEvent {
    if (message.type !== 'refresh') return eventOf(message, at);
    return surroundings(settings).then((s) => ({ type: 'tick', at, ...s }));
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
    if (message.type === 'restoreBackup' || message.type === 'eraseLog') {
      return runner.exclusive(async () => {
        const reply = await dataRequest(message);
        // A database that failed is opened afresh next time, as after a failed write.
        if (!reply.ok && reply.error === 'dataErrDatabase') log.close();
        // A restored or erased log gets the settings in force again, and the popup its Today.
        await keepLogInStep();
        await log.refreshToday().catch(() => undefined);
        return reply;
      });
    }
    // Answering with the promise lets the page wait until the engine has taken the command, and
    // learn whether its answer counted.
    return runner
      .dispatch((at, settings) => eventFor(message, at, settings))
      .then((answer): EngineReply => ({ answer }));
  };
  const routines = createRoutineWatch((promptId) => {
    void runner.dispatch((at) => ({ type: 'routineAbandoned', at, promptId }));
  });

  const promptIdOf = (notificationId: string) =>
    notificationId.startsWith(promptNotificationPrefix)
      ? notificationId.slice(promptNotificationPrefix.length)
      : null;
  const onNotificationClicked = (notificationId: string) => {
    if (promptIdOf(notificationId) === null) return;
    void browser.notifications.clear(notificationId);
    void effects.promptWindow.open();
  };
  // Chrome only: [0] Done, [1] Snooze (absent once the snoozes in a row are used up).
  const onNotificationButton = (notificationId: string, index: number) => {
    const promptId = promptIdOf(notificationId);
    if (promptId === null) return;
    void runner.dispatch((at) => ({ type: index === 0 ? 'tookBreak' : 'snooze', at, promptId }));
  };
  const onWindowRemoved = (windowId: number) => void effects.promptWindow.forget(windowId);

  // First run only: an update or a restarted background must not bring the welcome back.
  const onInstalled = ({ reason }: { reason: string }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  };
  // Keyboard commands, declared in wxt.config.ts.
  const onCommand = (command: string) => {
    if (command === 'start-routine') {
      // With no prompt pending, the prompt window offers a routine started by hand.
      void effects.promptWindow.open();
    } else if (command === 'toggle-pause') {
      // Read inside the queue, so a pause or resume just ahead of this one is taken into account.
      void runner.dispatch(async (at): Promise<EngineEvent> => {
        const { paused } = restoreState(await engineStateItem.getValue(), at);
        return paused ? { type: 'resume', at } : { type: 'pause', at, kind: 'untilResumed' };
      });
    }
  };

  browser.alarms.onAlarm.addListener(onAlarm);
  idle.onStateChanged.addListener(onIdle);
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onConnect.addListener(routines.onConnect);
  browser.notifications.onClicked.addListener(onNotificationClicked);
  browser.notifications.onButtonClicked?.addListener(onNotificationButton);
  browser.windows.onRemoved.addListener(onWindowRemoved);
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.commands.onCommand.addListener(onCommand);
  const unwatchSettings = watchEffectiveSettings((settings, previous) => {
    idle.setDetectionInterval(settings.idleDetectionSec);
    void runner.dispatch((at) => ({ type: 'settingsChanged', at, previous }));
    void runner.exclusive(keepLogInStep);
  });
  // A plan that changes no setting still changes the log's plans and the clinic the popup names.
  const unwatchPlan = watchCarePlan(() => {
    void runner.exclusive(keepLogInStep);
    void runner.exclusive(() => publish(now()));
  });

  const started = runner
    .dispatch(async (at, settings) => {
      idle.setDetectionInterval(settings.idleDetectionSec);
      return { type: 'start', at, ...(await surroundings(settings)) };
    })
    .then(() => runner.exclusive(keepLogInStep));

  return {
    started,
    settled: runner.settled,
    /** Tests use this to play a background being killed: listeners go, storage stays. */
    dispose() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      idle.onStateChanged.removeListener(onIdle);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(routines.onConnect);
      browser.notifications.onClicked.removeListener(onNotificationClicked);
      browser.notifications.onButtonClicked?.removeListener(onNotificationButton);
      browser.windows.onRemoved.removeListener(onWindowRemoved);
      browser.runtime.onInstalled.removeListener(onInstalled);
      browser.commands.onCommand.removeListener(onCommand);
      unwatchSettings();
      unwatchPlan();
      log.close();
    },
  };
}
