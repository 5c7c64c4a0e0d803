// The typed protocol between the pages and the background, the single writer of engine state.
// Pages import this file only; valibot stays in message-schema.ts, which the background checks with,
// so a page's first paint does not carry the schema.
import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { messageSchema } from './message-schema';

/** Every message a page can send; defined by the schema, so the two cannot drift apart. */
export type Message = v.InferOutput<typeof messageSchema>;

export type DataRequest = Extract<Message, { type: 'restoreBackup' | 'eraseLog' }>;

/** How a data request went; a refusal names a messages.json key the page shows with its params. */
export type DataReply = { ok: true } | { ok: false; error: string; params: string[] };

export async function sendMessage(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/** Sends a data request and waits for the background's verdict. */
export async function sendDataRequest(request: DataRequest): Promise<DataReply> {
  const reply = (await browser.runtime.sendMessage(request)) as DataReply | undefined;
  return reply ?? { ok: false, error: 'dataErrNoAnswer', params: [] };
}
