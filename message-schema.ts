// Checks what a page sent before the background acts on it; the schema also defines the messages.
import * as v from 'valibot';
import { routineOutcomes } from './core/engine-types';
import { painScoreSchema } from './core/log-rows';
import { pauseKinds } from './core/schedule';
import { stretches } from './core/stretches';

/** Prompt ids are the engine's own or a page's "Stretch now" id; either is short. */
const promptId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const stretchId = v.pipe(v.string(), v.maxLength(64));
/** A routine never holds more stretches than the catalogue, so no message may carry more. */
const stretchIds = v.pipe(v.array(stretchId), v.maxLength(stretches.length));

export const messageSchema = v.variant('type', [
  v.object({
    type: v.literal('pause'),
    kind: v.picklist(pauseKinds),
  }),
  v.object({ type: v.literal('resume') }),
  v.object({ type: v.literal('standing'), on: v.boolean() }),
  v.object({ type: v.literal('snooze'), promptId }),
  v.object({ type: v.literal('skip'), promptId }),
  /** "I took a break" in the popup: up and about, without the routine. */
  v.object({ type: v.literal('tookBreak'), promptId }),
  /** The prompt window picked these stretches for the prompt. */
  v.object({ type: v.literal('routineOffered'), promptId, stretches: stretchIds }),
  /** The user pressed Start: they are busy with the routine, not away. */
  v.object({ type: v.literal('routineStarted'), promptId }),
  /** A stretch was timed out: what counts if the page closes before an answer. */
  v.object({
    type: v.literal('routineProgress'),
    promptId,
    completed: stretchIds,
    of: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(stretches.length)),
  }),
  v.object({
    type: v.literal('routineFinished'),
    promptId,
    outcome: v.picklist(routineOutcomes),
    completed: stretchIds,
    painStretch: v.optional(stretchId),
  }),
  /** The care plan's daily pain check: 0–10, or null when skipped; the first of a day counts. */
  v.object({ type: v.literal('painCheck'), score: painScoreSchema }),
  /** Asks the engine to catch up with the clock now, e.g. when a page opens. */
  v.object({ type: v.literal('refresh') }),
  /**
   * Replace the whole log with a backup's rows; the background checks the backup again. The
   * backup's settings replace the user's only when `withSettings` says so; left out, they don't.
   */
  v.object({
    type: v.literal('restoreBackup'),
    backup: v.unknown(),
    withSettings: v.optional(v.boolean(), false),
  }),
  /** Delete every bout, prompt and pain report, and the rows still waiting to be written. */
  v.object({ type: v.literal('eraseLog') }),
]);

/** Every message a page can send; defined by the schema, so the two cannot drift apart. */
export type Message = v.InferOutput<typeof messageSchema>;

/** The message if it is one the background understands, else null: pages are trusted, not their bugs. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(messageSchema, value);
  return result.success ? result.output : null;
}

const routinePortSchema = v.object({ promptId });

/** The prompt id a page playing a routine posts on its port, or null for anything else. */
export function parseRoutinePortMessage(value: unknown): string | null {
  const result = v.safeParse(routinePortSchema, value);
  return result.success ? result.output.promptId : null;
}
