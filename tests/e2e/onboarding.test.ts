// First run in real Chromium and Firefox: the onboarding tab opens by itself once after install,
// Start saves what was chosen and closes it, and a restarted background does not bring it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

/** Types into an input the way a user's keystrokes end: the value changes, then `input` fires. */
function typeInto(page: ExtensionPage, selector: string, value: string) {
  return page.evaluate(
    ([sel, text]) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      if (!input) throw new Error(`No input matches ${sel}`);
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

/** Onboarding pages open in tabs, seen from the extension itself. */
function onboardingTabs(h: ExtensionHarness): Promise<number> {
  return h.evaluate(
    (api) =>
      api.extension
        .getViews({ type: 'tab' })
        .filter(
          (view) => (view as unknown as typeof globalThis).location.pathname === '/onboarding.html',
        ).length,
  );
}

/** Flat settings with their version and save time (core/settings-migrations.ts). */
interface StoredSettings {
  version?: number;
  updatedAt?: number;
  sittingLimitMin?: number;
  filters?: { officeOnly?: boolean };
}

function storedSettings(h: ExtensionHarness): Promise<StoredSettings | undefined> {
  return h.evaluate(
    async (api) => (await api.storage.local.get('settings')).settings as StoredSettings | undefined,
  );
}

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;
  let page: ExtensionPage;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());

  it('opens the onboarding page by itself after install, once, with the full disclaimer', async () => {
    page = await h.waitForPage('onboarding.html');
    await page.waitForText('h1', 'Welcome to Hip Check');
    const disclaimer = await page.text('.disclaimer');
    for (const words of [
      'not medical advice',
      'sharp, shooting or burning pain, tingling or numbness',
      'longer than two weeks',
      'below your knee',
      'weakness in both legs',
      'bladder or bowels',
      'pregnant or have had a hip replacement',
    ]) {
      expect(disclaimer).toContain(words);
    }
    // Every health filter is there, each labelled.
    const filters = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLInputElement>(
          'fieldset input[type="checkbox"][id^="setting-filters-"]',
        ),
      ].map((input) => [
        input.id.replace('setting-filters-', ''),
        input.labels?.[0]?.textContent?.trim() ?? '',
      ]),
    );
    expect(filters.map(([name]) => name)).toEqual([
      'officeOnly',
      'pregnant',
      'pelvicGirdlePain',
      'hipReplacement',
      'outerHipFlare',
    ]);
    expect(filters.every(([, label]) => (label ?? '').length > 0)).toBe(true);
    // Both keyboard commands got their suggested keys in this browser.
    await page.waitFor(() => document.querySelectorAll('.shortcuts kbd').length === 2);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.shortcuts kbd')].map((kbd) => kbd.textContent),
      ),
    ).toEqual(['Alt+Shift+H', 'Alt+Shift+O']);
    expect(await onboardingTabs(h)).toBe(1);
    expect(await page.errors()).toEqual([]);
  });

  it('refuses a sitting limit out of range with its message, and saves nothing', async () => {
    const before = await storedSettings(h);
    await typeInto(page, '#setting-sittingLimitMin', '5');
    await page.click('button[data-command="start"]');
    const message = await h.evaluate((api) =>
      api.i18n.getMessage('settingsErrSittingLimitRange', ['10', '120']),
    );
    await page.waitForText('#setting-sittingLimitMin-error', message);
    expect(
      await page.evaluate(() =>
        document.querySelector('#setting-sittingLimitMin')?.getAttribute('aria-invalid'),
      ),
    ).toBe('true');
    // The invalid field gets the focus, so a keyboard user lands on what to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-sittingLimitMin');
    expect(await storedSettings(h)).toEqual(before);
    expect(await onboardingTabs(h)).toBe(1);
  });

  it('asks for at least one working day when every day is unticked', async () => {
    await page.evaluate(() => {
      for (const day of document.querySelectorAll<HTMLInputElement>(
        'fieldset.days input[type="checkbox"]:checked',
      )) {
        day.click();
      }
    });
    const message = await h.evaluate((api) => api.i18n.getMessage('settingsErrNoDays'));
    await page.waitForText('#setting-schedule-days-error', message);
    await page.click('#setting-schedule-days-3');
    await page.waitFor(
      () => document.querySelector('#setting-schedule-days-error')?.textContent === '',
    );
  });

  it('saves the chosen sitting limit and filters on Start, then closes its tab', async () => {
    await typeInto(page, '#setting-sittingLimitMin', '45');
    await page.waitFor(
      () => document.querySelector('#setting-sittingLimitMin-error')?.textContent === '',
    );
    await page.click('#setting-filters-officeOnly');
    await page.click('button[data-command="start"]');
    const deadline = Date.now() + 10_000;
    while ((await storedSettings(h))?.sittingLimitMin !== 45 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const stored = await storedSettings(h);
    expect(stored).toMatchObject({
      version: 2,
      sittingLimitMin: 45,
      schedule: { days: [3] },
      filters: { officeOnly: true },
    });
    expect(stored?.updatedAt).toBeGreaterThan(0);
    while ((await onboardingTabs(h)) > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await onboardingTabs(h)).toBe(0);
    expect(await h.errors()).toEqual([]);
  });

  it('can be opened again by hand (the options page links to it), and Start closes that tab too', async () => {
    const again = await h.openPage('onboarding.html');
    await again.waitForText('#setting-sittingLimitMin-hint', 'Between 10 and 120');
    expect(
      await again.evaluate(
        () => (document.querySelector('#setting-sittingLimitMin') as HTMLInputElement).value,
      ),
    ).toBe('45');
    await again.click('button[data-command="start"]');
    const deadline = Date.now() + 10_000;
    while ((await onboardingTabs(h)) > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await onboardingTabs(h)).toBe(0);
  });

  it('does not open again when the background restarts', async () => {
    if (h.stopBackground) {
      await h.stopBackground();
      expect(await h.backgroundStatus?.()).toBe('stopped');
      // A message wakes it, as a popup would.
      await h.evaluate((api) =>
        api.runtime.sendMessage({ type: 'refresh' }).catch(() => undefined),
      );
      await h.waitForBackground();
    }
    await expect(h.waitForPage('onboarding.html', 2_500)).rejects.toThrow(/Timed out/);
    expect(await onboardingTabs(h)).toBe(0);
    // The engine runs on the limit chosen at onboarding.
    expect((await storedSettings(h))?.sittingLimitMin).toBe(45);
  });
});
