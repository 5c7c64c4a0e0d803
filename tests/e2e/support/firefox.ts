// Firefox driver: an MV2 or MV3 build as a temporary add-on in Firefox ESR via puppeteer-core BiDi.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import {
  makeProfileDir,
  removeProfileDir,
  requireBinary,
  requireBuild,
  requireBuildFile,
} from './environment';
import {
  backgroundStateScript,
  type ChromeEval,
  chromeRealm,
  recordErrorsScript,
  recordedErrorsScript,
  terminateBackgroundScript,
} from './firefox-chrome';
import { quietFirefoxPrefs } from './firefox-prefs';
import { apiExpression, normalizeError, type PageDriver, poll, wrapPage } from './page';
import type {
  ApiFunction,
  BackgroundStatus,
  ExtensionHarness,
  ExtensionPage,
  LaunchOptions,
  PageFunction,
} from './types';

type FirefoxTarget = 'firefox-mv2' | 'firefox-mv3';

function driverFor(page: Page, errors: () => Promise<string[]>): PageDriver {
  return {
    evaluate: <R, A>(fn: PageFunction<R, A>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    evaluateExpression: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    click: (selector) => page.click(selector),
    // Puppeteer takes one key at a time: hold the modifiers of 'Shift+Tab' around the last one.
    async press(chord) {
      const keys = chord === '+' ? ['+'] : chord.split('+');
      const key = keys.pop() ?? '';
      for (const modifier of keys) await page.keyboard.down(modifier as KeyInput);
      await page.keyboard.press(key as KeyInput);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier as KeyInput);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
    errors,
  };
}

/**
 * Puppeteer never sees a moz-extension:// navigation finish (the page moves to the extension
 * process), so the goto is left running and the document itself is asked when it has loaded.
 */
async function navigate(page: Page, url: string, timeoutMs?: number): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {});
  await poll(
    () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    `${url} to load`,
    timeoutMs,
  );
}

const stripQueryAndHash = (url: string) => url.replace(/[?#].*$/, '');

export async function launchFirefox(
  target: FirefoxTarget,
  options: LaunchOptions = {},
): Promise<ExtensionHarness> {
  const build = requireBuild(target, options.buildDir);
  const geckoId = build.manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) {
    throw new Error(`${build.dir}/manifest.json has no browser_specific_settings.gecko.id`);
  }
  const executablePath = requireBinary('firefox');
  const profile = await makeProfileDir(target);
  const uuid = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      // Lets BiDi open moz-extension:// URLs in tabs and run code in the browser's chrome.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...quietFirefoxPrefs,
        // Pins the add-on's internal UUID so the harness knows its origin in advance.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        ...options.firefoxPrefs,
      },
    });
    const chrome = await chromeRealm(browser);
    const origin = `moz-extension://${uuid}`;
    // Listening before the install catches errors of the background's first run too.
    await chrome(recordErrorsScript(origin));
    const installed = await browser.installExtension(build.dir);
    if (installed !== geckoId) {
      throw new Error(`Firefox installed ${build.dir} as ${installed}, expected ${geckoId}`);
    }
    const eventPage = build.manifest.manifest_version === 3;
    return await attach({
      browser,
      chrome,
      target,
      profile,
      buildDir: build.dir,
      origin,
      geckoId,
      eventPage,
    });
  } catch (error) {
    await browser?.close().catch(() => {});
    await removeProfileDir(profile);
    throw error;
  }
}

interface Launched {
  browser: Browser;
  chrome: ChromeEval;
  target: FirefoxTarget;
  profile: string;
  buildDir: string;
  origin: string;
  geckoId: string;
  /** MV3 builds get a non-persistent event page, which Firefox suspends when idle. */
  eventPage: boolean;
}

async function attach(launched: Launched): Promise<ExtensionHarness> {
  const { browser, chrome, target, profile, buildDir, origin, geckoId } = launched;
  const handedOut = new WeakSet<Page>();
  const allErrors = async () =>
    (await chrome<string[]>(recordedErrorsScript())).map(normalizeError);
  // Errors cannot be traced to a tab, so a page reports those since it was opened.
  const errorsSince = async () => {
    const before = (await allErrors()).length;
    return async () => (await allErrors()).slice(before);
  };
  const wrap = (page: Page, errors: () => Promise<string[]>): ExtensionPage => {
    handedOut.add(page);
    return wrapPage(driverFor(page, errors));
  };

  const control = (await browser.pages())[0] ?? (await browser.newPage());
  handedOut.add(control);
  await navigate(control, `${origin}/manifest.json`);

  const backgroundStatus = async (): Promise<BackgroundStatus> => {
    const state = await chrome<string | null>(backgroundStateScript(geckoId));
    if (state === 'suspending') return 'stopping';
    if (state === 'starting' || state === 'running' || state === 'stopped') return state;
    throw new Error(`Unexpected background state from Firefox: ${state}`);
  };

  let closing: Promise<void> | undefined;
  const harness: ExtensionHarness = {
    target,
    origin,
    buildDir,
    async openPage(path) {
      requireBuildFile(buildDir, path);
      const errors = await errorsSince();
      const page = await browser.newPage();
      await navigate(page, `${origin}/${path}`);
      return wrap(page, errors);
    },
    async waitForPage(path, timeoutMs) {
      const wanted = `${origin}/${stripQueryAndHash(path)}`;
      const errors = await errorsSince();
      // page.url() is stale for extension documents, so each candidate is asked directly.
      const page = await poll(
        async () => {
          for (const candidate of await browser.pages()) {
            if (handedOut.has(candidate)) continue;
            const ready = await candidate
              .evaluate(
                (u) =>
                  location.href.replace(/[?#].*$/, '') === u && document.readyState === 'complete',
                wanted,
              )
              .catch(() => false);
            if (ready) return candidate;
          }
          return undefined;
        },
        `the extension to open ${wanted}`,
        timeoutMs,
      );
      return wrap(page, errors);
    },
    evaluate: <R, A>(fn: ApiFunction<R, A>, arg?: A) =>
      control.evaluate(apiExpression(fn, arg)) as Promise<R>,
    waitForBackground: (timeoutMs) =>
      poll(
        () =>
          harness.evaluate(async (api) => {
            // The API typings describe Chrome, where this is no DOM window.
            const background = (await api.runtime.getBackgroundPage()) as unknown as
              | typeof globalThis
              | null;
            return background?.document.readyState === 'complete' ? background.location.href : '';
          }),
        'the background page to load',
        timeoutMs,
      ),
    errors: allErrors,
    close() {
      closing ??= (async () => {
        await browser.close().catch(() => {});
        await removeProfileDir(profile);
      })();
      return closing;
    },
  };
  if (launched.eventPage) {
    harness.backgroundStatus = backgroundStatus;
    harness.stopBackground = async () => {
      if ((await backgroundStatus()) === 'stopped') return;
      await poll(
        async () => (await backgroundStatus()) === 'running',
        'the event page to finish starting',
      );
      await chrome(terminateBackgroundScript(geckoId));
      await poll(async () => (await backgroundStatus()) === 'stopped', 'the event page to stop');
    };
  }
  return harness;
}
