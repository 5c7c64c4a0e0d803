// Prompt delivery through the background: one window at a time, notification buttons and clicks.

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreState } from '../../../core/engine-state';
import type { Delivery } from '../../../core/settings';
import { engineStateItem, settingsItem } from '../../../storage/items';
import { anytime, at } from '../core/drive';
import { stubBrowserGaps } from './fakes';
import { answerPending, liveBackground } from './live';

const live = liveBackground('delivery');

async function dueWith(delivery: Delivery) {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  await settingsItem.setValue({ ...anytime, delivery });
  live.clock = at('09:00');
  await live.start();
  await live.runUntil(at('09:30'));
  return restoreState(await engineStateItem.getValue(), live.clock);
}

const promptWindows = async () =>
  (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

beforeEach(() => live.dispose());

describe('prompt window', () => {
  it('opens one window for a due prompt, even when the background restarts', async () => {
    const state = await dueWith('window');
    expect(state.prompt).not.toBeNull();
    expect(await promptWindows()).toHaveLength(1);
    live.dispose();
    live.clock = at('09:31');
    await live.start(); // the new background says "show this prompt" again
    expect(await promptWindows()).toHaveLength(1);
  });

  it('closes the window when the prompt is settled elsewhere', async () => {
    await dueWith('window');
    live.clock = at('09:32');
    await answerPending({ type: 'skip' });
    expect(await promptWindows()).toHaveLength(0);
  });

  it('opens a fresh window when the user closed the last one themselves', async () => {
    await dueWith('window');
    const [first] = await promptWindows();
    await fakeBrowser.windows.remove(first?.id ?? -1);
    await live.settled();
    live.clock = at('09:33');
    await answerPending({ type: 'skip' });
    await live.runUntil(at('10:03'));
    const windows = await promptWindows();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.id).not.toBe(first?.id);
  });
});

describe('notification', () => {
  it('has Done and Snooze buttons in Chrome, and Snooze snoozes', async () => {
    const state = await dueWith('notification');
    const id = `prompt:${state.prompt?.id}`;
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([id]);
    live.clock = at('09:31');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await live.settled();
    const after = restoreState(await engineStateItem.getValue(), live.clock);
    expect(after.snoozesInRow).toBe(1);
    expect(after.snoozedUntil).toBe(at('09:41'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('counts Done as a break taken', async () => {
    const state = await dueWith('notification');
    live.clock = at('09:31');
    await fakeBrowser.notifications.onButtonClicked.trigger(`prompt:${state.prompt?.id}`, 0);
    await live.settled();
    const after = restoreState(await engineStateItem.getValue(), live.clock);
    expect(after.prompt).toBeNull();
    expect(after.bout?.startedAt).toBe(at('09:31'));
  });

  it('opens the routine window when clicked', async () => {
    const state = await dueWith('notification');
    expect(await promptWindows()).toHaveLength(0);
    await fakeBrowser.notifications.onClicked.trigger(`prompt:${state.prompt?.id}`);
    await live.settled();
    // The click opens the window outside the engine's queue: wait for the window itself.
    await expect.poll(promptWindows).toHaveLength(1);
  });
});

describe('badge only', () => {
  it('shows neither a window nor a notification, only the mark', async () => {
    await dueWith('badge');
    expect(await promptWindows()).toHaveLength(0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30!');
  });
});
