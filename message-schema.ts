// Checks what a page sent before the background acts on it; the schema also defines the messages.
import * as v from 'valibot';
import type { Message } from './messages';

export const messageSchema = v.variant('type', [
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

/** The message if it is one the background understands, else null: pages are trusted, not their bugs. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(messageSchema, value);
  return result.success ? result.output : null;
}
