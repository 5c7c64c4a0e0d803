// What the popup's buttons do, loaded on the first click (with the polyfill and the messages), so
// none of it is on the first-paint path: docs/architecture.md#the-popup-view.
import { browser } from 'wxt/browser';
import { type Message, sendAnswer, sendMessage } from '../../messages';
import type { SendAnswer } from '../use-answer';

export const send = (message: Message) => sendMessage(message);
export const answer: SendAnswer = (message) => sendAnswer(message);

/** tabs.create works the same in Chrome and Firefox and keeps the hash, which openOptionsPage drops. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
