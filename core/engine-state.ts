// The engine's first state, and the check every stored state passes before the engine uses it.
import * as v from 'valibot';
import { type EngineState, presences, promptTriggers, recentManualKept } from './engine-types';
import {
  boutSchema,
  painCheckSchema,
  painSchema,
  promptSchema,
  stretchIds,
  time,
} from './log-rows';
import type { Same } from './same-type';

export function initialState(at: number): EngineState {
  return {
    version: 3,
    seq: 0,
    lastSeenAt: at,
    presence: 'active',
    inactiveSince: null,
    fullscreen: false,
    bout: null,
    dueBase: null,
    snoozedUntil: null,
    snoozesInRow: 0,
    prompt: null,
    paused: null,
    standing: false,
    owedSince: null,
    manualFloor: null,
    recentManual: [],
    clickedAt: null,
    painCheckedOn: null,
    outbox: [],
  };
}

const maybeTime = v.nullable(time);

/** The outbox holds log rows not yet written, in the log's own shapes (core/log-rows.ts). */
const logRecord = v.variant('kind', [
  v.object({ kind: v.literal('bout'), row: boutSchema }),
  v.object({
    kind: v.literal('prompt'),
    row: v.object({
      ...promptSchema.entries,
      // Added in state version 2; version 1 rows had neither.
      offered: v.optional(stretchIds, []),
      completed: v.optional(stretchIds, []),
    }),
  }),
  v.object({ kind: v.literal('pain'), row: painSchema }),
  v.object({ kind: v.literal('painCheck'), row: painCheckSchema }),
]);

const stateSchema = v.object({
  version: v.picklist([1, 2, 3]),
  seq: v.number(),
  lastSeenAt: time,
  presence: v.picklist(presences),
  inactiveSince: maybeTime,
  fullscreen: v.boolean(),
  bout: v.nullable(v.object({ id: v.string(), startedAt: time })),
  dueBase: maybeTime,
  snoozedUntil: maybeTime,
  snoozesInRow: v.number(),
  prompt: v.nullable(
    v.object({
      id: v.string(),
      trigger: v.optional(v.picklist(promptTriggers), 'limit'),
      dueAt: time,
      shownAt: maybeTime,
      offered: v.optional(v.array(v.string()), []),
      routineStartedAt: v.optional(maybeTime, null),
      // Added in state version 3.
      progress: v.optional(
        v.nullable(v.object({ completed: v.array(v.string()), of: v.number() })),
        null,
      ),
    }),
  ),
  paused: v.nullable(v.object({ until: maybeTime })),
  standing: v.boolean(),
  // Added in state version 3.
  owedSince: v.optional(maybeTime, null),
  manualFloor: v.optional(maybeTime, null),
  // Added after state version 3, read with a default.
  recentManual: v.optional(v.pipe(v.array(v.string()), v.maxLength(recentManualKept)), []),
  clickedAt: v.optional(maybeTime, null),
  painCheckedOn: v.optional(v.nullable(v.pipe(v.string(), v.isoDate())), null),
  outbox: v.array(logRecord),
});

/**
 * Whether the schema reads exactly the fields of `T` (the version aside: older ones are brought up
 * to date). `EngineState` must agree, so a state field the schema does not name fails the type
 * check instead of vanishing from a user's stored state on the next event.
 */
export type StateSchemaAgrees<T> = Same<
  Omit<v.InferOutput<typeof stateSchema>, 'version'>,
  Omit<T, 'version'>
>;
const stateAgrees: StateSchemaAgrees<EngineState> = true;
void stateAgrees;

/**
 * The stored state if it is whole (an older version is brought up to date), else a fresh start
 * at `at`. A damaged state must not stop reminders; what it held is lost, but only a broken
 * version could have written it.
 */
export function restoreState(stored: unknown, at: number): EngineState {
  const parsed = v.safeParse(stateSchema, stored);
  return parsed.success ? { ...parsed.output, version: 3 } : initialState(at);
}
