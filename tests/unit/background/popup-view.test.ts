// The popup's view through the real background: written after every event and every new Today,
// read back by the popup's own first-paint reader under the same key.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLogDb } from '../../../storage/db';
import { popupViewItem, settingsItem } from '../../../storage/items';
import { readPopupView, watchPopupView } from '../../../storage/popup-view-read';
import { anytime, at } from '../core/drive';
import { stubBrowserGaps } from './fakes';
import { answerPending, liveBackground } from './live';

let runs = 0;
let live = liveBackground('popup-view');

beforeEach(async () => {
  live.dispose();
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  live = liveBackground(`popup-view-${++runs}`);
  await settingsItem.setValue({ ...anytime, delivery: 'badge', dailyGoal: 5 });
  live.clock = at('09:00');
  await live.start();
});

describe("the background's popup view", () => {
  it('is written as the background starts, and read back by the popup under the same key', async () => {
    const view = await readPopupView();
    expect(view).toEqual(await popupViewItem.getValue());
    expect(view).toMatchObject({
      at: at('09:00'),
      status: 'sitting',
      boutStartedAt: at('09:00'),
      breakDueAt: at('09:30'),
      dailyGoal: 5,
      prompt: null,
    });
  });

  it('follows the engine: a prompt due, then answered, with Today counted from the log', async () => {
    const seen: string[] = [];
    const unwatch = watchPopupView((view) => seen.push(view?.status ?? 'none'));
    await live.runUntil(at('09:30'));
    const due = await readPopupView();
    expect(due).toMatchObject({ status: 'due', prompt: { snoozeMin: anytime.snoozeMin } });

    live.clock = at('09:31');
    await answerPending({ type: 'tookBreak' });
    await live.settled();
    const after = await readPopupView();
    expect(after?.prompt).toBeNull();
    expect(after?.today?.figures).toMatchObject({ taken: 1, due: 1 });
    expect(seen).toContain('due');
    unwatch();
    const db = openLogDb(`popup-view-${runs}`);
    expect(await db.prompts.count()).toBe(1);
    db.close();
  });

  it('says when a view of another version is stored: none to paint from', async () => {
    await fakeBrowser.storage.local.set({ popupView: { version: 99, at: at('09:00') } });
    expect(await readPopupView()).toBeNull();
  });
});
