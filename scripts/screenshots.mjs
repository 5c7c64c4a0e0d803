// Takes the README's screenshots of the popup from the Chrome build (run `npm run build` first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const build = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'hip-check-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: process.getuid?.() !== 0,
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`],
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${origin}/popup.html`);
  // A bout that began 17 minutes ago, with working hours off so any day looks the same.
  await page.evaluate(async () => {
    const now = Date.now();
    const startedAt = now - 17 * 60_000 - 20_000;
    await chrome.storage.local.set({
      settings: {
        schedule: { enabled: false, days: [1, 2, 3, 4, 5], startMinute: 480, endMinute: 1080 },
      },
      engine: {
        version: 1,
        seq: 1,
        lastSeenAt: now,
        presence: 'active',
        inactiveSince: null,
        fullscreen: false,
        bout: { id: 'b-shot', startedAt },
        dueBase: startedAt,
        snoozedUntil: null,
        snoozesInRow: 0,
        prompt: null,
        paused: null,
        standing: false,
        outbox: [],
      },
    });
  });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 332, height: 300 });
    await page.reload();
    await page.getByText('Sitting for 17 min').waitFor();
    await page.locator('main').screenshot({ path: `docs/popup-${scheme}.png` });
    console.log(`docs/popup-${scheme}.png`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
