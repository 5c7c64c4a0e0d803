// Chromium driver: the chrome-mv3 build in Debian's Chromium via playwright-core, worker via CDP.
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import {
  makeProfileDir,
  removeProfileDir,
  requireBinary,
  requireBuild,
  requireBuildFile,
  runningAsRoot,
} from './environment';
import {
  apiExpression,
  defaultTimeoutMs,
  normalizeError,
  type PageDriver,
  poll,
  wrapPage,
} from './page';
import type {
  BackgroundStatus,
  ExtensionHarness,
  ExtensionPage,
  LaunchOptions,
  PageFunction,
} from './types';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: BackgroundStatus;
  status: string;
}

function driverFor(page: Page, errors: string[]): PageDriver {
  return {
    evaluate: <R, A>(fn: PageFunction<R, A>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    evaluateExpression: <R>(expression: string) => page.evaluate<R>(expression),
    // The css= prefix keeps Playwright from reading selectors as text= or XPath.
    click: (selector) => page.locator(`css=${selector}`).first().click(),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    errors: async () => [...errors],
  };
}

const stripQueryAndHash = (url: string) => url.replace(/[?#].*$/, '');

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const build = requireBuild('chromium', options.buildDir);
  const executablePath = requireBinary('chromium');
  const workerPath = (build.manifest as { background?: { service_worker?: string } }).background
    ?.service_worker;
  if (!workerPath)
    throw new Error(`${build.dir}/manifest.json declares no background service worker`);
  const profile = await makeProfileDir('chromium');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      // Playwright adds --no-sandbox unless this is true; root cannot use Chromium's sandbox.
      chromiumSandbox: !runningAsRoot,
      args: [
        `--disable-extensions-except=${build.dir}`,
        `--load-extension=${build.dir}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    return await attach(context, profile, build.dir, workerPath);
  } catch (error) {
    await context?.close().catch(() => {});
    await removeProfileDir(profile);
    throw error;
  }
}

async function attach(
  context: BrowserContext,
  profile: string,
  buildDir: string,
  workerPath: string,
): Promise<ExtensionHarness> {
  const isOurWorker = (url: string) =>
    url.startsWith('chrome-extension://') && new URL(url).pathname === `/${workerPath}`;
  const worker =
    context.serviceWorkers().find((w) => isOurWorker(w.url())) ??
    (await context
      .waitForEvent('serviceworker', {
        predicate: (w) => isOurWorker(w.url()),
        timeout: defaultTimeoutMs,
      })
      .catch(() => {
        throw new Error(
          `The extension's service worker (${workerPath}) never started: did Chromium refuse ` +
            `the build in ${buildDir}? Load it by hand to see the error.`,
        );
      }));
  const workerUrl = worker.url();
  const { protocol, host } = new URL(workerUrl);
  // URL.origin is "null" for non-special schemes such as chrome-extension:.
  const origin = `${protocol}//${host}`;

  const errors: string[] = [];
  const errorsByPage = new WeakMap<Page, string[]>();
  const watch = (page: Page) => {
    const own: string[] = [];
    errorsByPage.set(page, own);
    page.on('pageerror', (error) => {
      const text = normalizeError(error.name ? `${error.name}: ${error.message}` : error.message);
      own.push(text);
      if (page.url().startsWith(`${origin}/`)) errors.push(text);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const handedOut = new WeakSet<Page>();
  const wrap = (page: Page): ExtensionPage => {
    handedOut.add(page);
    return wrapPage(driverFor(page, errorsByPage.get(page) ?? []));
  };

  // An idle extension page backs evaluate() and the DevTools session that watches the worker.
  const control = context.pages()[0] ?? (await context.newPage());
  handedOut.add(control);
  await control.goto(`${origin}/manifest.json`);
  const cdp: CDPSession = await context.newCDPSession(control);
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions as WorkerVersion[]) {
      if (version.scriptURL === workerUrl) versions.set(version.versionId, version);
    }
  });
  let lastWorkerError = '';
  cdp.on('ServiceWorker.workerErrorReported', ({ errorMessage }) => {
    // Chromium reports an uncaught error twice, the second time without a column.
    const key = `${errorMessage.errorMessage} ${errorMessage.sourceURL}:${errorMessage.lineNumber}`;
    const repeat = key === lastWorkerError && errorMessage.columnNumber === -1;
    lastWorkerError = key;
    if (repeat || !errorMessage.sourceURL.startsWith(`${origin}/`)) return;
    errors.push(normalizeError(errorMessage.errorMessage));
  });
  await cdp.send('ServiceWorker.enable');
  const current = () =>
    poll(async () => {
      const live = [...versions.values()].filter((v) => v.status !== 'redundant');
      return live.sort((a, b) => Number(b.versionId) - Number(a.versionId))[0];
    }, 'DevTools to report the service worker');
  await current();

  let closing: Promise<void> | undefined;
  const harness: ExtensionHarness = {
    target: 'chromium',
    origin,
    buildDir,
    async openPage(path) {
      requireBuildFile(buildDir, path);
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      return wrap(page);
    },
    async waitForPage(path, timeoutMs) {
      const wanted = `${origin}/${stripQueryAndHash(path)}`;
      const page = await poll(
        async () =>
          context.pages().find((p) => !handedOut.has(p) && stripQueryAndHash(p.url()) === wanted),
        `the extension to open ${path}`,
        timeoutMs,
      );
      await page.waitForLoadState('load');
      return wrap(page);
    },
    evaluate: (fn, arg) => control.evaluate(apiExpression(fn, arg)),
    async waitForBackground(timeoutMs) {
      await poll(
        async () => (await current()).runningStatus === 'running',
        'the service worker to run',
        timeoutMs,
      );
      return workerUrl;
    },
    backgroundStatus: async () => (await current()).runningStatus,
    async stopBackground() {
      const version = await current();
      if (version.runningStatus === 'stopped') return;
      await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      await poll(
        async () => (await current()).runningStatus === 'stopped',
        'the service worker to stop',
      );
    },
    async evaluateBackground<R, A>(fn: PageFunction<R, A>, arg?: A) {
      const status = (await current()).runningStatus;
      if (status !== 'running') {
        throw new Error(`The service worker is ${status}: wake it first (e.g. send it a message)`);
      }
      // Playwright keeps one Worker handle across restarts; its new context may lag a moment.
      return poll(async () => {
        const handle = context.serviceWorkers().find((w) => w.url() === workerUrl);
        if (!handle) return undefined;
        return { value: await handle.evaluate(fn as (arg: unknown) => R, arg as unknown) };
      }, 'the service worker to evaluate').then((result) => result.value);
    },
    errors: async () => [...errors],
    close() {
      closing ??= (async () => {
        await context.close().catch(() => {});
        await removeProfileDir(profile);
      })();
      return closing;
    },
  };
  return harness;
}
