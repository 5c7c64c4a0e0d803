// Carries out the engine's effects with the browser's APIs: badge, alarm, prompt notification.
import type { Browser, WxtBrowser } from 'wxt/browser';
import type { Effect } from '../../core/engine-types';

export const engineAlarm = 'hip-check-engine';
const promptPrefix = 'prompt:';

type ActionApi = Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

export function createBrowserEffects(browser: WxtBrowser) {
  // Firefox MV2 has browserAction where MV3 has action; both take the same calls.
  const action: ActionApi =
    browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;

  async function promptNotifications(): Promise<string[]> {
    const all = await browser.notifications.getAll();
    return Object.keys(all).filter((id) => id.startsWith(promptPrefix));
  }

  async function showPrompt(promptId: string) {
    const id = promptPrefix + promptId;
    const open = await promptNotifications();
    for (const other of open) if (other !== id) await browser.notifications.clear(other);
    // Creating it again would pop it up again every time the background wakes.
    if (open.includes(id)) return;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: browser.i18n.getMessage('promptTitle'),
      message: browser.i18n.getMessage('promptBody'),
    });
  }

  async function closePrompt(promptId: string | null) {
    const open = await promptNotifications();
    for (const id of open) {
      if (promptId === null || id === promptPrefix + promptId)
        await browser.notifications.clear(id);
    }
  }

  return async function perform(effect: Effect): Promise<void> {
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
        return showPrompt(effect.promptId);
      case 'closePrompt':
        return closePrompt(effect.promptId);
    }
  };
}
