// Privileged code in Firefox's parent process over the same BiDi session (--remote-allow-system-access).
// BiDi reports no console output, errors or preload scripts for moz-extension documents, and
// has no verb to suspend an event page: both are reachable only from the browser's own chrome.
import type { Browser } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  value?: unknown;
}

type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

interface RawBidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export type ChromeEval = <T>(expression: string) => Promise<T>;

/** Evaluates expressions that return JSON text in the first browser window's chrome realm. */
export async function chromeRealm(browser: Browser): Promise<ChromeEval> {
  // Puppeteer's BiDi browser exposes its connection but types it as internal.
  const bidi = (browser as unknown as { connection: RawBidi }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window in the chrome scope of WebDriver BiDi');
  return async <T>(expression: string) => {
    const outcome = (
      await bidi.send('script.evaluate', {
        expression,
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as EvaluateResult;
    if (outcome.type === 'exception') {
      throw new Error(`Privileged Firefox code failed: ${outcome.exceptionDetails.text}`);
    }
    const { value } = outcome.result;
    return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
  };
}

/**
 * Records uncaught errors whose script lives in the extension. Errors forwarded from the
 * extension process arrive without a window id, so they cannot be traced to a tab.
 */
export function recordErrorsScript(origin: string): string {
  return `JSON.stringify((() => {
    const origin = ${JSON.stringify(`${origin}/`)};
    const errors = (globalThis.hipCheckE2eErrors = []);
    Services.console.registerListener({
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError)) return;
        if (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
        if (String(message.sourceName).startsWith(origin)) errors.push(message.errorMessage);
      },
    });
    return true;
  })())`;
}

export function recordedErrorsScript(): string {
  return 'JSON.stringify(globalThis.hipCheckE2eErrors)';
}

/** The event page's state: starting, running, suspending or stopped. */
export function backgroundStateScript(geckoId: string): string {
  return `JSON.stringify(WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension?.backgroundState ?? null)`;
}

/** What about:debugging's "Terminate background script" does; it refuses persistent pages. */
export function terminateBackgroundScript(geckoId: string): string {
  return `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(geckoId)});
    return JSON.stringify(true);
  })()`;
}
