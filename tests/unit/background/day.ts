// Plays a scripted working day through the real background wiring, with a virtual clock.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BoutRecord, PromptRecord } from '../../../core/engine-types';
import { defaultSettings, type Settings } from '../../../core/settings';
import { engineAlarm } from '../../../entrypoints/background/browser-effects';
import { startBackground } from '../../../entrypoints/background/start-background';
import type { AnswerMessage, Message } from '../../../messages';
import { openLogDb } from '../../../storage/db';
import { engineStateItem, settingsItem } from '../../../storage/items';
import { FakeIdle, stubBrowserGaps } from './fakes';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type Act =
  | { message: Message }
  /** An answer to whatever prompt is pending then, as the page showing it would send. */
  | { answer: DistributiveOmit<AnswerMessage, 'promptId'> }
  | { presence: 'active' | 'idle' | 'locked' }
  | { fullscreen: boolean }
  | 'restart';

export interface DayPlan {
  start: number;
  end: number;
  script: [number, Act][];
  /** The machine is asleep in [from, to): alarms due then fire on waking. */
  asleep?: [number, number];
  /** Stored before the day starts; anything left out keeps its default. */
  settings?: Partial<Settings>;
}

export interface DayResult {
  bouts: BoutRecord[];
  prompts: PromptRecord[];
  /** Prompt notifications in the order they were put on screen. */
  shown: string[];
}

let runs = 0;
const createNotification = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);

export async function playDay(plan: DayPlan): Promise<DayResult> {
  fakeBrowser.reset();
  let clock = plan.start;
  const idle = new FakeIdle();
  const window = { fullscreen: false };
  stubBrowserGaps(window);
  const shown: string[] = [];
  Object.assign(fakeBrowser.notifications, {
    create: (id: string, options: never) => {
      shown.push(id);
      return createNotification(id, options);
    },
  });
  if (plan.settings) await settingsItem.setValue({ ...defaultSettings, ...plan.settings });
  const db = openLogDb(`day-${++runs}`);
  const deps = { browser: fakeBrowser as never, idle, now: () => clock, openDb: () => db };
  let background = startBackground(deps);
  await background.started;

  const queue = [...plan.script].sort((a, b) => a[0] - b[0]);
  for (;;) {
    const alarm = await fakeBrowser.alarms.get(engineAlarm);
    let alarmAt = alarm?.scheduledTime ?? Number.POSITIVE_INFINITY;
    if (plan.asleep && alarmAt >= plan.asleep[0] && alarmAt < plan.asleep[1])
      alarmAt = plan.asleep[1];
    const [nextAt, act] = queue[0] ?? [Number.POSITIVE_INFINITY, 'restart'];
    if (alarm && alarmAt <= nextAt && alarmAt <= plan.end) {
      clock = alarmAt;
      await fakeBrowser.alarms.onAlarm.trigger(alarm);
    } else if (nextAt <= plan.end) {
      queue.shift();
      clock = nextAt;
      if (act === 'restart') {
        // Killed: listeners and memory go; storage and the database stay. Firefox also
        // forgets alarms across a browser restart, so they go too.
        background.dispose();
        await fakeBrowser.alarms.clearAll();
        background = startBackground({ ...deps, openDb: () => openLogDb(db.name) });
        await background.started;
      } else if ('message' in act) {
        await fakeBrowser.runtime.sendMessage(act.message);
      } else if ('answer' in act) {
        const state = (await engineStateItem.getValue()) as { prompt?: { id: string } | null };
        const promptId = state?.prompt?.id ?? 'none';
        await fakeBrowser.runtime.sendMessage({ ...act.answer, promptId });
      } else if ('presence' in act) {
        idle.fire(act.presence);
      } else {
        window.fullscreen = act.fullscreen;
      }
    } else {
      break;
    }
    await background.settled();
  }
  background.dispose();
  const reader = openLogDb(db.name);
  const result = {
    bouts: await reader.bouts.orderBy('startedAt').toArray(),
    prompts: await reader.prompts.orderBy('dueAt').toArray(),
    shown,
  };
  reader.close();
  return result;
}
