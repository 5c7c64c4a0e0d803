// Keyboard commands: start a routine now opens the prompt window; pause/resume toggles the engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreState } from '../../../core/engine-state';
import { engineStateItem, settingsItem } from '../../../storage/items';
import { anytime, at } from '../core/drive';
import { fireCommand, stubBrowserGaps } from './fakes';
import { liveBackground } from './live';

const live = liveBackground('commands');

async function press(command: string) {
  await fireCommand(command);
  await live.settled();
  // The window is opened outside the engine's queue. A flush, not a wait for the window: some
  // commands must open none, and the opening is promise callbacks on the timer-free fake
  // browser, so one macrotask turn runs it to the end whichever way it goes.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const state = async () => restoreState(await engineStateItem.getValue(), live.clock);
const promptWindows = async () =>
  (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

beforeEach(async () => {
  live.dispose();
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  await settingsItem.setValue(anytime);
  live.clock = at('09:00');
  await live.start();
});

describe('toggle-pause', () => {
  it('pauses until resumed, then resumes, then pauses again', async () => {
    live.clock = at('09:10');
    await press('toggle-pause');
    expect((await state()).paused).toEqual({ until: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');

    live.clock = at('09:20');
    await press('toggle-pause');
    expect((await state()).paused).toBeNull();
    expect((await state()).bout?.startedAt).toBe(at('09:20'));

    live.clock = at('09:30');
    await press('toggle-pause');
    expect((await state()).paused).toEqual({ until: null });
  });

  it('resumes a pause chosen in the popup, and one kept across a background restart', async () => {
    live.clock = at('09:05');
    await fakeBrowser.runtime.sendMessage({ type: 'pause', kind: '1h' });
    live.dispose();
    live.clock = at('09:06');
    await live.start();
    await press('toggle-pause');
    expect((await state()).paused).toBeNull();
  });

  it('takes two quick presses in order: paused, then resumed', async () => {
    live.clock = at('09:10');
    await Promise.all([fireCommand('toggle-pause'), fireCommand('toggle-pause')]);
    await live.settled();
    expect((await state()).paused).toBeNull();
  });
});

describe('start-routine', () => {
  it('opens the prompt window with no prompt pending, and only one however often pressed', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    live.clock = at('09:10');
    await press('start-routine');
    expect(await promptWindows()).toHaveLength(1);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: fakeBrowser.runtime.getURL('/prompt.html') }),
    );
    // The page itself treats "no prompt pending" as a routine started by hand.
    expect((await state()).prompt).toBeNull();
    await press('start-routine');
    expect(await promptWindows()).toHaveLength(1);
  });
});

it('ignores a command it does not know', async () => {
  const before = await engineStateItem.getValue();
  await press('something-else');
  expect(await engineStateItem.getValue()).toEqual(before);
  expect(await promptWindows()).toHaveLength(0);
});
