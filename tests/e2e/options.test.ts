// The options page in real Chromium and Firefox: a saved limit moves the next prompt at once, a
// wrong value changes nothing, and a hidden stretch leaves the routines.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings';
import {
  alwaysOn,
  answerPending,
  promptDueFor,
  seedEngine,
  seedSettings,
  sittingFor,
  stateWhere,
} from './seed';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

const base: Settings = { ...alwaysOn, delivery: 'badge' };

/** Sets a field the way typing does as far as the page can tell: value, then an input event. */
function fill(page: ExtensionPage, selector: string, value: string) {
  return page.evaluate(
    ([sel, text]) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

function storedSettings(h: ExtensionHarness): Promise<Settings> {
  return h.evaluate(async (api) => (await api.storage.local.get('settings')).settings as Settings);
}

async function openOptions(h: ExtensionHarness): Promise<ExtensionPage> {
  const page = await h.openPage('options.html');
  await page.waitFor(() => document.querySelector('#setting-sittingLimitMin') !== null);
  return page;
}

/** Opens the prompt window's page for a fresh due prompt and returns the stretch ids it offered. */
async function offeredRoutine(h: ExtensionHarness): Promise<string[]> {
  const now = Date.now();
  const id = `p-options-${now}`;
  await seedEngine(h, promptDueFor(31, id, now));
  const page = await h.openPage('prompt.html');
  const state = await stateWhere(h, (s) => s.prompt?.id === id && s.prompt.offered.length > 0);
  // Settled through the background: the page closing its own tab trips Firefox's BiDi.
  await answerPending(h, { type: 'skip' });
  await page.close();
  return state.prompt?.offered ?? [];
}

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());
  beforeEach(() => seedSettings(h, base));

  it('moves the next prompt as soon as a shorter sitting limit is saved', async () => {
    await seedEngine(h, sittingFor(20));
    expect((await stateWhere(h, () => true)).prompt).toBeNull();
    const page = await openOptions(h);
    await fill(page, '#setting-sittingLimitMin', '15');
    await page.click('button[type="submit"]');
    // Twenty minutes sat against a new limit of fifteen: the break is due now.
    const state = await stateWhere(h, (s) => s.prompt !== null);
    expect(Date.now() - (state.prompt?.dueAt ?? 0)).toBeLessThan(10_000);
    expect((await storedSettings(h)).sittingLimitMin).toBe(15);
    await page.close();
  });

  it('shows the message beside a wrong value and saves nothing', async () => {
    const page = await openOptions(h);
    await fill(page, '#setting-sittingLimitMin', '5');
    await page.waitForText('#setting-sittingLimitMin-error', '10 to 120');
    expect(
      await page.evaluate(() => ({
        invalid: document.querySelector('#setting-sittingLimitMin')?.getAttribute('aria-invalid'),
        saveDisabled: (document.querySelector('button[type="submit"]') as HTMLButtonElement)
          .disabled,
      })),
    ).toEqual({ invalid: 'true', saveDisabled: true });
    expect((await storedSettings(h)).sittingLimitMin).toBe(base.sittingLimitMin);
    await page.close();
  });

  it("switches sync on, sharing the settings with the browser's sync storage", async () => {
    const page = await openOptions(h);
    await page.click('input[data-field="sync"]');
    await page.waitForText('#options-sync ~ p[role="status"]', 'follow you');
    const stored = await h.evaluate(async (api) => ({
      on: (await api.storage.local.get('syncSettings')).syncSettings,
      shared: (await api.storage.sync.get('settings')).settings as { sittingLimitMin?: number },
    }));
    expect(stored.on).toBe(true);
    expect(stored.shared?.sittingLimitMin).toBe(base.sittingLimitMin);
    await page.click('input[data-field="sync"]');
    await page.waitForText('#options-sync ~ p[role="status"]', 'this browser only');
    await page.close();
  });

  it('leaves a stretch hidden on the options page out of the routines', async () => {
    const [first] = await offeredRoutine(h);
    expect(first).toBeTruthy();
    const page = await openOptions(h);
    await page.click(`#offer-${first}`);
    await page.click('button[type="submit"]');
    for (
      let i = 0;
      i < 50 && !(await storedSettings(h)).hiddenStretches.includes(first as never);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await storedSettings(h)).hiddenStretches).toContain(first);
    await page.close();
    // The same day's routines, again and again: the hidden stretch never comes back.
    for (let i = 0; i < 3; i++) expect(await offeredRoutine(h)).not.toContain(first);
  });
});
