// Carries out the engine's effects with the browser's APIs: badge, alarm, prompt window or notification.
import type { WxtBrowser } from 'wxt/browser';
import type { Effect } from '../../core/engine-types';
import { createPromptWindow } from './prompt-window';

export const engineAlarm = 'hip-check-engine';
export const promptNotificationPrefix = 'prompt:';

type ActionApi = Pick<WxtBrowser['action'], 'setBadgeText' | 'setBadgeBackgroundColor'>;
type ShowPrompt = Extract<Effect, { type: 'showPrompt' }>;

export function createBrowserEffects(browser: WxtBrowser) {
  // Firefox MV2 has browserAction where MV3 has action; both take the same calls.
  const action: ActionApi =
    browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;
  const promptWindow = createPromptWindow(browser);

  async function promptNotifications(): Promise<string[]> {
    const all = await browser.notifications.getAll();
    return Object.keys(all).filter((id) => id.startsWith(promptNotificationPrefix));
  }

  async function notify({ promptId, snoozeMin }: ShowPrompt) {
    const id = promptNotificationPrefix + promptId;
    const open = await promptNotifications();
    for (const other of open) if (other !== id) await browser.notifications.clear(other);
    // Creating it again would pop it up again every time the background wakes.
    if (open.includes(id)) return;
    const t = browser.i18n.getMessage;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('promptTitle'),
      message: t('promptBody'),
      // Firefox has neither buttons nor requireInteraction; a click there opens the routine.
      ...(import.meta.env.FIREFOX
        ? {}
        : {
            requireInteraction: true,
            buttons: [
              { title: t('notificationDone') },
              ...(snoozeMin === null ? [] : [{ title: t('popupSnooze', String(snoozeMin)) }]),
            ],
          }),
    });
  }

  async function closePrompt(promptId: string | null, leaveRoutineOpen: boolean) {
    for (const id of await promptNotifications()) {
      if (promptId === null || id === promptNotificationPrefix + promptId) {
        await browser.notifications.clear(id);
      }
    }
    if (!leaveRoutineOpen) await promptWindow.close();
  }

  async function perform(effect: Effect): Promise<void> {
    switch (effect.type) {
      case 'badge':
        await action.setBadgeText({ text: effect.badge.text });
        await action.setBadgeBackgroundColor({ color: effect.badge.color });
        return;
      case 'alarm':
        if (effect.at === null) await browser.alarms.clear(engineAlarm);
        else await browser.alarms.create(engineAlarm, { when: effect.at });
        return;
      case 'showPrompt':
        if (effect.delivery === 'window') return promptWindow.open();
        if (effect.delivery === 'notification') return notify(effect);
        return; // badge only: the badge effect that follows carries the mark
      case 'closePrompt':
        return closePrompt(effect.promptId, effect.leaveRoutineOpen);
    }
  }

  return { perform, promptWindow };
}
