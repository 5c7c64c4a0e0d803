// Keyboard commands: start a routine now opens the prompt window; pause/resume toggles the engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreState } from '../../../core/engine-state';
import { startBackground } from '../../../entrypoints/background/start-background';
import { openLogDb } from '../../../storage/db';
import { engineStateItem, settingsItem } from '../../../storage/items';
import { anytime, at } from '../core/drive';
import { FakeIdle, fireCommand, stubBrowserGaps } from './fakes';

let clock = 0;
let background: ReturnType<typeof startBackground>;

async function start() {
  background = startBackground({
    browser: fakeBrowser as never,
    idle: new FakeIdle(),
    now: () => clock,
    openDb: () => openLogDb('commands'),
  });
  await background.started;
}

async function press(command: string) {
  await fireCommand(command);
  await background.settled();
  // The window is opened outside the engine's queue.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const state = async () => restoreState(await engineStateItem.getValue(), clock);
const promptWindows = async () =>
  (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

beforeEach(async () => {
  background?.dispose();
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  await settingsItem.setValue(anytime);
  clock = at('09:00');
  await start();
});

describe('toggle-pause', () => {
  it('pauses until resumed, then resumes, then pauses again', async () => {
    clock = at('09:10');
    await press('toggle-pause');
    expect((await state()).paused).toEqual({ until: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');

    clock = at('09:20');
    await press('toggle-pause');
    expect((await state()).paused).toBeNull();
    expect((await state()).bout?.startedAt).toBe(at('09:20'));

    clock = at('09:30');
    await press('toggle-pause');
    expect((await state()).paused).toEqual({ until: null });
  });

  it('resumes a pause chosen in the popup, and one kept across a background restart', async () => {
    clock = at('09:05');
    await fakeBrowser.runtime.sendMessage({ type: 'pause', kind: '1h' });
    background.dispose();
    clock = at('09:06');
    await start();
    await press('toggle-pause');
    expect((await state()).paused).toBeNull();
  });

  it('takes two quick presses in order: paused, then resumed', async () => {
    clock = at('09:10');
    await Promise.all([fireCommand('toggle-pause'), fireCommand('toggle-pause')]);
    await background.settled();
    expect((await state()).paused).toBeNull();
  });
});

describe('start-routine', () => {
  it('opens the prompt window with no prompt pending, and only one however often pressed', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    clock = at('09:10');
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
