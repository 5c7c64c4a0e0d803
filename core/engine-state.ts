// The engine's first state, and the check every stored state passes before the engine uses it.
import * as v from 'valibot';
import type { EngineState } from './engine-types';

export function initialState(at: number): EngineState {
  return {
    version: 1,
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
    outbox: [],
  };
}

const time = v.pipe(v.number(), v.finite());
const maybeTime = v.nullable(time);
const outcome = v.picklist(['done', 'partial', 'hurt', 'snoozed', 'skipped', 'missed', 'away']);

const logRecord = v.variant('kind', [
  v.object({
    kind: v.literal('bout'),
    row: v.object({
      id: v.string(),
      startedAt: time,
      endedAt: time,
      end: v.picklist(['break', 'routine', 'workday', 'pause', 'standing']),
    }),
  }),
  v.object({
    kind: v.literal('prompt'),
    row: v.object({
      id: v.string(),
      boutId: v.nullable(v.string()),
      trigger: v.picklist(['limit', 'manual']),
      dueAt: time,
      shownAt: maybeTime,
      settledAt: time,
      outcome,
      snoozesBefore: v.number(),
    }),
  }),
]);

const stateSchema = v.object({
  version: v.literal(1),
  seq: v.number(),
  lastSeenAt: time,
  presence: v.picklist(['active', 'idle', 'locked']),
  inactiveSince: maybeTime,
  fullscreen: v.boolean(),
  bout: v.nullable(v.object({ id: v.string(), startedAt: time })),
  dueBase: maybeTime,
  snoozedUntil: maybeTime,
  snoozesInRow: v.number(),
  prompt: v.nullable(v.object({ id: v.string(), dueAt: time, shownAt: maybeTime })),
  paused: v.nullable(v.object({ until: maybeTime })),
  standing: v.boolean(),
  outbox: v.array(logRecord),
});

/**
 * The stored state if it is whole, else a fresh start at `at`. A damaged state must not stop
 * reminders; what it held is lost, but it can only have been written by a broken version.
 */
export function restoreState(stored: unknown, at: number): EngineState {
  const parsed = v.safeParse(stateSchema, stored);
  return parsed.success ? (parsed.output as EngineState) : initialState(at);
}
