// What the popup sends and opens, loaded once it has painted (with the polyfill and the
// messages), so none of it is on the first-paint path: docs/architecture.md#the-popup-view.
import { browser } from 'wxt/browser';

export { sendAnswer as answer, sendMessage as send } from '../../messages';

/** tabs.create works the same in Chrome and Firefox and keeps the hash, which openOptionsPage drops. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
