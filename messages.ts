// The typed protocol between the pages and the background, the single writer of engine state.
import * as v from 'valibot';
import { browser } from 'wxt/browser';

const messageSchema = v.variant('type', [
  v.object({
    type: v.literal('pause'),
    kind: v.picklist(['30min', '1h', 'tomorrow', 'untilResumed']),
  }),
  v.object({ type: v.literal('resume') }),
  v.object({ type: v.literal('standing'), on: v.boolean() }),
  v.object({ type: v.literal('snooze'), promptId: v.optional(v.string()) }),
  v.object({ type: v.literal('skip'), promptId: v.optional(v.string()) }),
  /** The prompt window picked these stretches for the prompt. */
  v.object({
    type: v.literal('routineOffered'),
    promptId: v.string(),
    stretches: v.array(v.string()),
  }),
  /** The user pressed Start: they are busy with the routine, not away. */
  v.object({ type: v.literal('routineStarted') }),
  v.object({
    type: v.literal('routineFinished'),
    outcome: v.picklist(['done', 'partial', 'hurt']),
    completed: v.array(v.string()),
    painStretch: v.optional(v.string()),
  }),
  /** Asks the engine to catch up with the clock now, e.g. when a page opens. */
  v.object({ type: v.literal('refresh') }),
  /** Replace the whole log with a backup's rows; the background checks the backup again. */
  v.object({ type: v.literal('restoreBackup'), backup: v.unknown() }),
  /** Delete every bout, prompt and pain report, and the rows still waiting to be written. */
  v.object({ type: v.literal('eraseLog') }),
]);

export type Message = v.InferOutput<typeof messageSchema>;

/** The message if it is one the background understands, else null: pages are trusted, not their bugs. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(messageSchema, value);
  return result.success ? result.output : null;
}

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
