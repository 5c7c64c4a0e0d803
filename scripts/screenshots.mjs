// Takes the README's screenshots of the popup, the prompt window and the options page's views
// from the Chrome build
// (run `npm run build` first). Writes docs/*.png.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { chromium } from 'playwright-core';

// The e2e tests' month of log (TypeScript, loaded with jiti, which WXT itself uses).
const { sampleMonth } = await createJiti(import.meta.url).import('../tests/e2e/sample-log.ts');

const build = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'hip-check-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: process.getuid?.() !== 0,
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`],
});

/** Engine state (version 2) for a bout that began `minutes` ago, with or without a due prompt. */
function engine(minutes, due) {
  const now = Date.now();
  const startedAt = now - minutes * 60_000 - 20_000;
  const prompt = due
    ? {
        id: 'p-shot',
        trigger: 'limit',
        dueAt: now,
        shownAt: now,
        offered: [],
        routineStartedAt: null,
      }
    : null;
  return {
    version: 2,
    seq: 1,
    lastSeenAt: now,
    presence: 'active',
    inactiveSince: null,
    fullscreen: false,
    bout: { id: 'b-shot', startedAt },
    dueBase: startedAt,
    snoozedUntil: null,
    snoozesInRow: 0,
    prompt,
    paused: null,
    standing: false,
    outbox: [],
  };
}

/** `workingHours`: Monday to Friday, 08:00-18:00, for History's streak to count as a user's would. */
async function seed(page, state, theme, workingHours = false) {
  await page.evaluate(
    ([value, theme, enabled]) =>
      chrome.storage.local.set({
        // Working hours off so any day looks the same; badge-only so no window pops up here.
        settings: {
          delivery: 'badge',
          theme,
          schedule: { enabled, days: [1, 2, 3, 4, 5], startMinute: 480, endMinute: 1080 },
        },
        engine: value,
      }),
    [state, theme, workingHours],
  );
}

/** Replaces the log with the sample month, through the background as a restore from a backup does. */
async function seedLog(page) {
  const reply = await page.evaluate(
    (backup) => chrome.runtime.sendMessage({ type: 'restoreBackup', backup }),
    sampleMonth(Date.now()),
  );
  if (reply?.ok !== true) throw new Error(`The sample month was refused: ${JSON.stringify(reply)}`);
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${origin}/popup.html`);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    // The same month of log behind every shot, so both themes show the same figures.
    await seedLog(page);

    await seed(page, engine(17, false), scheme);
    await page.setViewportSize({ width: 332, height: 320 });
    await page.goto(`${origin}/popup.html`);
    await page.getByText('Sitting for 17 min').waitFor();
    await page.locator('main').screenshot({ path: `docs/popup-${scheme}.png` });

    await seed(page, engine(31, true), scheme);
    await page.setViewportSize({ width: 460, height: 760 });
    await page.goto(`${origin}/prompt.html`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Right side').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `docs/prompt-${scheme}.png` });
    await page
      .getByRole('button', { name: 'Skip' })
      .click()
      .catch(() => {});
    for (const name of ['options', 'onboarding']) {
      await page.setViewportSize({ width: 760, height: 900 });
      await page.goto(`${origin}/${name}.html`);
      await page.locator('form').first().waitFor();
      await page.screenshot({ path: `docs/${name}-${scheme}.png` });
    }

    // History (30 days) and Your data; no bout running, so nothing new is logged meanwhile.
    await seed(page, { ...engine(0, false), bout: null, dueBase: null }, scheme, true);
    await seedLog(page); // again: the prompt shot's Skip went into the log
    await page.goto(`${origin}/options.html#history`);
    await page.locator('.history .pains li').first().waitFor();
    await page.locator('input[name="history-period"][value="30"]').check();
    await page.screenshot({ path: `docs/history-${scheme}.png`, fullPage: true });
    await page.goto('about:blank');
    await page.goto(`${origin}/options.html#data`);
    await page.locator('#data-erase').waitFor();
    await page.screenshot({ path: `docs/data-${scheme}.png`, fullPage: true });

    // The Care plan view: the example plan's preview, then its card once applied.
    await page.evaluate(() => chrome.storage.local.remove('carePlan'));
    await page.goto('about:blank');
    await page.goto(`${origin}/options.html#plan`);
    await page.locator('#plan-code').fill(readFileSync('docs/care-plan.example.json', 'utf8'));
    await page.getByRole('button', { name: 'Read the code' }).click();
    await page.locator('.plan-preview').waitFor();
    await page
      .locator('.plan-preview')
      .screenshot({ path: `docs/care-plan-preview-${scheme}.png` });
    await page.getByRole('button', { name: 'Apply the plan' }).click();
    await page.locator('#plan-card-heading').waitFor();
    await page.screenshot({ path: `docs/care-plan-${scheme}.png`, fullPage: true });
    await page.evaluate(() => chrome.storage.local.remove('carePlan'));
    console.log(`docs/{popup,prompt,options,onboarding,history,data,care-plan*}-${scheme}.png`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
