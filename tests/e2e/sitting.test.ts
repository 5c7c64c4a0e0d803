// Journeys of the sitting clock in real Chromium and Firefox: popup, pause, standing, a due prompt,
// and a service worker that is stopped and woken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alwaysOn,
  badgeText,
  promptNotifications,
  seedEngine,
  seedSettings,
  sittingFor,
  storedState,
} from './seed';
import { type ExtensionHarness, launch, targets } from './support';

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
    await seedSettings(h, alwaysOn);
  });
  afterAll(() => h?.close());

  it('shows the running bout in the popup and on the badge', async () => {
    await seedEngine(h, sittingFor(12));
    const popup = await h.openPage('popup.html');
    await popup.waitForText('[data-status]', 'Sitting for 12 min');
    // The badge counts in the background's five-minute beats; the popup counts each minute.
    expect(await badgeText(h)).toBe('10');
    expect(await popup.errors()).toEqual([]);
    await popup.close();
  });

  it('pauses and resumes, switches standing on and off, with status and badge following', async () => {
    await seedEngine(h, sittingFor(5));
    const popup = await h.openPage('popup.html');
    await popup.waitForText('[data-status]', 'Sitting for 5 min');

    await popup.click('button[data-pause="1h"]');
    await popup.waitForText('[data-status]', /Reminders paused until/);
    expect(await badgeText(h)).toBe('II');

    await popup.click('button[data-command="resume"]');
    await popup.waitForText('[data-status]', 'Sitting for 0 min');
    expect(await badgeText(h)).toBe('0');

    await popup.click('input[data-command="standing"]');
    await popup.waitForText('[data-status]', 'Standing. The sitting clock is stopped.');
    expect(await badgeText(h)).toBe('UP');

    await popup.click('input[data-command="standing"]');
    await popup.waitForText('[data-status]', 'Sitting for 0 min');
    expect((await storedState(h)).standing).toBe(false);
    await popup.close();
  });

  it('raises a due prompt as a notification when a bout reaches the sitting limit', async () => {
    await seedSettings(h, { ...alwaysOn, sittingLimitMin: 10, delivery: 'notification' });
    // Four seconds short of the limit: the engine's own alarm must bring the prompt.
    await seedEngine(h, sittingFor(10 - 4 / 60));
    expect(await promptNotifications(h)).toEqual([]);
    const popup = await h.openPage('popup.html');
    await popup.waitForText('[data-status]', /Time to stand up/, 20_000);
    const state = await storedState(h);
    expect(await promptNotifications(h)).toEqual([`prompt:${state.prompt?.id}`]);
    expect(await badgeText(h)).toBe('10!');

    await popup.click('button[data-command="done"]');
    await popup.waitForText('[data-status]', 'Sitting for 0 min');
    expect(await promptNotifications(h)).toEqual([]);
    await popup.close();
    await seedSettings(h, alwaysOn);
  });

  // Firefox MV2 keeps a persistent background page: there is nothing to stop.
  if (target === 'firefox-mv2') return;
  it('keeps the bout and its start time when the background is stopped and woken', async () => {
    const seeded = sittingFor(7);
    await seedEngine(h, seeded);
    await h.stopBackground?.();
    expect(await h.backgroundStatus?.()).toBe('stopped');

    const popup = await h.openPage('popup.html'); // its refresh message wakes the background
    await popup.waitForText('[data-status]', 'Sitting for 7 min');
    await h.waitForBackground();
    const state = await storedState(h);
    expect(state.bout).toEqual(seeded.bout);
    expect(await badgeText(h)).toBe('5');
    await popup.close();
  });
});
