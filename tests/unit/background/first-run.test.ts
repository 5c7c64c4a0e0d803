// First run: the onboarding tab opens once, on install, and never on an update or a restart.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../entrypoints/background/start-background';
import { openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import { FakeIdle, stubBrowserGaps } from './fakes';

let background: ReturnType<typeof startBackground> | undefined;

async function start() {
  background = startBackground({
    browser: fakeBrowser as never,
    idle: new FakeIdle(),
    now: () => at('09:00'),
    openDb: () => openLogDb('first-run'),
  });
  await background.started;
}

const onboardingTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/onboarding.html'));

beforeEach(() => {
  background?.dispose();
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});

describe('on install', () => {
  it('opens the onboarding page in a tab', async () => {
    await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const tabs = await onboardingTabs();
    expect(tabs.map((tab) => tab.url)).toEqual([fakeBrowser.runtime.getURL('/onboarding.html')]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      await start();
      await fakeBrowser.runtime.onInstalled.trigger({ reason } as never);
      expect(await onboardingTabs()).toEqual([]);
    },
  );

  it('opens nothing when the background merely starts again', async () => {
    await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    background?.dispose();
    await start();
    await background?.settled();
    expect(await onboardingTabs()).toHaveLength(1);
  });

  it('lets go of the listener when the background is disposed', async () => {
    await start();
    background?.dispose();
    background = undefined;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await onboardingTabs()).toEqual([]);
  });
});
