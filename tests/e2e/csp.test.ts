// The content security policy in real browsers: every build declares it, and an extension page
// can connect nowhere, not even to the extension's own files, while it still draws as it should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHarness, launch, targets } from './support';

/** How each attempt to connect went: 'refused' when it threw, else what came back. */
interface Attempts {
  data: string;
  web: string;
  plain: string;
  xhr: string;
  socket: string;
  /** What the browser reported as refused by the policy (directive and address). */
  violations: string[];
}

/** Refused by the policy itself, not by the closed network of the test machine. */
const expectedViolations = [
  'connect-src data',
  'connect-src https://example.com/',
  'connect-src http://127.0.0.1:9/',
  'connect-src https://example.com/',
  'connect-src ws://127.0.0.1:9/',
];

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());

  it('declares a policy that lets extension pages connect nowhere', async () => {
    const declared = await h.evaluate((api) => {
      const csp = api.runtime.getManifest().content_security_policy as
        | string
        | { extension_pages?: string }
        | undefined;
      return typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
    });
    expect(declared).toContain("connect-src 'none'");
    expect(declared).toContain("script-src 'self'");
    expect(declared).toContain("object-src 'none'");
  });

  for (const path of ['popup.html', 'options.html', 'prompt.html']) {
    it(`refuses every connection from ${path}, which still draws`, async () => {
      const page = await h.openPage(path);
      await page.waitFor(() => (document.querySelector('#app')?.children.length ?? 0) > 0);
      const attempts = await page.evaluate(async (expected: number): Promise<Attempts> => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
        });
        const tryFetch = (url: string) =>
          fetch(url).then(
            (response) => `answered ${response.status}`,
            () => 'refused',
          );
        const xhr = (url: string) =>
          new Promise<string>((resolve) => {
            const request = new XMLHttpRequest();
            request.onload = () => resolve(`answered ${request.status}`);
            request.onerror = () => resolve('refused');
            try {
              request.open('GET', url);
              request.send();
            } catch {
              resolve('refused');
            }
          });
        const socket = (url: string) =>
          new Promise<string>((resolve) => {
            try {
              const ws = new WebSocket(url);
              ws.onopen = () => resolve('answered');
              ws.onerror = () => resolve('refused');
            } catch {
              resolve('refused');
            }
          });
        const result = {
          // A data: URL needs no network: without the policy it would answer.
          data: await tryFetch('data:text/plain,hello'),
          web: await tryFetch('https://example.com/'),
          plain: await tryFetch('http://127.0.0.1:9/'),
          xhr: await xhr('https://example.com/'),
          socket: await socket('ws://127.0.0.1:9/'),
          violations,
        };
        // The events are queued: wait until as many as expected have arrived (or 5 s, and let
        // the comparison say what is missing). They come in the order queued, so once the last
        // attempt's is in, a stray extra one from an earlier attempt would be in too.
        const deadline = Date.now() + 5_000;
        while (violations.length < expected && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return result;
      }, expectedViolations.length);
      expect(attempts).toEqual({
        data: 'refused',
        web: 'refused',
        plain: 'refused',
        xhr: 'refused',
        socket: 'refused',
        violations: expectedViolations,
      });
      // Styles still apply under the policy: the page's stylesheet set its colours.
      const styled = await page.evaluate(
        () => getComputedStyle(document.body).getPropertyValue('--bg').trim() !== '',
      );
      expect(styled).toBe(true);
      await page.close();
    });
  }

  if (target === 'chromium') {
    it('refuses a connection from the service worker too', async () => {
      const inWorker = h.evaluateBackground;
      if (!inWorker) throw new Error('The Chromium harness must reach its service worker');
      const answers = await inWorker(async () =>
        Promise.all(
          ['data:text/plain,hello', 'https://example.com/'].map((url) =>
            fetch(url).then(
              () => 'answered',
              () => 'refused',
            ),
          ),
        ),
      );
      expect(answers).toEqual(['refused', 'refused']);
    });
  }
});
