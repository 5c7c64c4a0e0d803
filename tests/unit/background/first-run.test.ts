// First run: the onboarding tab opens once, on install, and never on an update or a restart.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { at } from '../core/drive';
import { stubBrowserGaps } from './fakes';
import { liveBackground } from './live';

const live = liveBackground('first-run');

const onboardingTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/onboarding.html'));

beforeEach(() => {
  live.dispose();
  live.clock = at('09:00');
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});

describe('on install', () => {
  it('opens the onboarding page in a tab', async () => {
    await live.start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const tabs = await onboardingTabs();
    expect(tabs.map((tab) => tab.url)).toEqual([fakeBrowser.runtime.getURL('/onboarding.html')]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      await live.start();
      await fakeBrowser.runtime.onInstalled.trigger({ reason } as never);
      expect(await onboardingTabs()).toEqual([]);
    },
  );

  it('opens nothing when the background merely starts again', async () => {
    await live.start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    live.dispose();
    await live.start();
    await live.settled();
    expect(await onboardingTabs()).toHaveLength(1);
  });

  it('lets go of the listener when the background is disposed', async () => {
    await live.start();
    live.dispose();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await onboardingTabs()).toEqual([]);
  });
});
