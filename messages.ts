// The typed protocol between the pages and the background, the single writer of engine state.
// Pages import this file only; valibot stays in message-schema.ts, which the background checks with,
// so a page's first paint does not carry the schema.
import { browser } from 'wxt/browser';
import type { AnswerVerdict } from './core/engine-types';
import type { Message } from './message-schema';

export type { Message } from './message-schema';

export type DataRequest = Extract<Message, { type: 'restoreBackup' | 'eraseLog' }>;

/** How a data request went; a refusal names a messages.json key the page shows with its params. */
export type DataReply = { ok: true } | { ok: false; error: string; params: string[] };

/** Messages that answer a prompt; each names it, and the background says whether it counted. */
export type AnswerMessage = Extract<
  Message,
  {
    type:
      | 'snooze'
      | 'skip'
      | 'tookBreak'
      | 'routineStarted'
      | 'routineProgress'
      | 'routineFinished';
  }
>;

/** The background's reply to an engine message: for an answer, whether it counted. */
export interface EngineReply {
  answer: AnswerVerdict | null;
}

/**
 * A page that plays a started routine holds a port of this name open and posts the prompt's id on
 * it; if the page goes away without an answer (its window or the popup closed), the background
 * sees the port disconnect and records what the routine got to.
 */
export const routinePortName = 'hip-check-routine';

export async function sendMessage(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/**
 * Sends an answer and says whether it counted: 'stale' when the prompt had already been settled
 * (in another window, by a second click). No reply at all (a background that is starting) counts
 * as recorded: the engine's own check has the last word either way.
 */
export async function sendAnswer(message: AnswerMessage): Promise<AnswerVerdict> {
  const reply = (await browser.runtime.sendMessage(message)) as EngineReply | undefined;
  return reply?.answer ?? 'recorded';
}

/** Sends a data request and waits for the background's verdict. */
export async function sendDataRequest(request: DataRequest): Promise<DataReply> {
  const reply = (await browser.runtime.sendMessage(request)) as DataReply | undefined;
  return reply ?? { ok: false, error: 'dataErrNoAnswer', params: [] };
}
