// Smoke test: each build installs, its background starts and its popup opens, in every browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHarness, launch, targets } from './support';

// Screenshots land in the git-ignored .cache so a failing run can be looked at.
const shots = join(process.cwd(), '.cache', 'e2e');

interface Marked {
  e2eMarker?: string;
}

describe.each(targets)('%s', (target) => {
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await launch(target);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('installs the extension and starts its background', async () => {
    const scheme = target === 'chromium' ? 'chrome-extension' : 'moz-extension';
    expect(harness.origin).toMatch(new RegExp(`^${scheme}://[\\w-]+$`));
    const background = await harness.waitForBackground();
    expect(background.startsWith(`${harness.origin}/`)).toBe(true);
    expect(await harness.evaluate((api) => api.runtime.getURL('/'))).toBe(`${harness.origin}/`);
  });

  it('opens the popup, which says Hip Check', async () => {
    const popup = await harness.openPage('popup.html');
    expect(await popup.url()).toBe(`${harness.origin}/popup.html`);
    await popup.waitFor(() =>
      `${document.title} ${document.body.textContent}`.includes('Hip Check'),
    );
    mkdirSync(shots, { recursive: true });
    await popup.screenshot(join(shots, `${target}-popup.png`));
    expect(await popup.errors()).toEqual([]);
    expect(await harness.errors()).toEqual([]);
    await popup.close();
  });

  it('reaches extension storage and sees pages the extension opens', async () => {
    const stored = await harness.evaluate(
      async (api, value) => {
        await api.storage.local.set({ e2eProbe: value });
        return (await api.storage.local.get('e2eProbe')).e2eProbe;
      },
      { at: 42 },
    );
    expect(stored).toEqual({ at: 42 });
    await harness.evaluate((api) => api.storage.local.remove('e2eProbe'));

    await harness.evaluate((api) =>
      api.windows.create({ url: api.runtime.getURL('/popup.html'), type: 'popup' }),
    );
    const opened = await harness.waitForPage('popup.html');
    // A listener added from the test proves clicks arrive as real DOM events.
    await opened.evaluate(() => {
      document.body.addEventListener('click', () => {
        document.body.dataset.clicked = 'yes';
      });
    });
    await opened.click('body');
    await opened.waitFor(() => document.body.dataset.clicked === 'yes');
    await opened.waitForText('body', 'Hip Check');
    await opened.close();
  });

  if (target === 'chromium') {
    it('stops the service worker for real, and a message wakes a fresh one', async () => {
      const { stopBackground, evaluateBackground: inWorker, backgroundStatus } = harness;
      if (!stopBackground || !inWorker || !backgroundStatus) {
        throw new Error('The Chromium harness must control its service worker');
      }
      await harness.waitForBackground();
      await inWorker(() => {
        (globalThis as Marked).e2eMarker = 'before stop';
      });
      expect(await inWorker(() => (globalThis as Marked).e2eMarker)).toBe('before stop');

      await stopBackground();
      expect(await backgroundStatus()).toBe('stopped');
      await expect(inWorker(() => 1)).rejects.toThrow(/stopped/);

      // Chromium starts the worker to deliver a message even when no listener will answer it.
      await harness.evaluate((api) =>
        api.runtime.sendMessage({ type: 'e2e-wake' }).catch(() => undefined),
      );
      await harness.waitForBackground();
      expect(await backgroundStatus()).toBe('running');
      // A restarted worker is a new global scope: what the old one held is gone.
      expect(await inWorker(() => (globalThis as Marked).e2eMarker)).toBe(undefined);
    });
  }

  if (target === 'firefox-mv3') {
    it('suspends the event page for real, and it starts afresh when asked for', async () => {
      const { stopBackground, backgroundStatus } = harness;
      if (!stopBackground || !backgroundStatus) {
        throw new Error('The firefox-mv3 harness must control its event page');
      }
      const marker = () =>
        harness.evaluate(async (api) => {
          const page = (await api.runtime.getBackgroundPage()) as unknown as Marked;
          return page.e2eMarker ?? null;
        });
      await harness.evaluate(async (api) => {
        const page = (await api.runtime.getBackgroundPage()) as unknown as Marked;
        page.e2eMarker = 'before stop';
      });
      expect(await marker()).toBe('before stop');

      await stopBackground();
      expect(await backgroundStatus()).toBe('stopped');

      // runtime.getBackgroundPage() wakes an event page, whatever listeners it has.
      expect(await harness.waitForBackground()).toBe(
        `${harness.origin}/_generated_background_page.html`,
      );
      expect(await backgroundStatus()).toBe('running');
      expect(await marker()).toBe(null);
    });
  }
});
