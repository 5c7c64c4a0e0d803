// A quick check that a stored engine state is today's version, so a page can paint without valibot.

import type { EngineState } from './engine-types';
import { isRecord } from './is-record';

/**
 * The stored state when it is what today's background writes (version 3, with the fields pages
 * read of their kind), else null, and only engine-state.restoreState can say what it is: an older
 * version to bring up to date, or damage to start afresh from. The background is the state's only
 * writer and reads it through restoreState itself, so the rest is not looked into again here.
 */
export function quickState(stored: unknown): EngineState | null {
  if (!isRecord(stored) || stored.version !== 3) return null;
  const { bout, prompt, paused } = stored;
  const whole =
    (bout === null || (isRecord(bout) && isTime(bout.startedAt))) &&
    (prompt === null || (isRecord(prompt) && typeof prompt.id === 'string')) &&
    (paused === null || (isRecord(paused) && isTimeOrNull(paused.until))) &&
    isTimeOrNull(stored.dueBase) &&
    isTimeOrNull(stored.snoozedUntil) &&
    isTime(stored.snoozesInRow) &&
    typeof stored.standing === 'boolean' &&
    isTimeOrNull(stored.manualFloor);
  return whole ? (stored as unknown as EngineState) : null;
}

const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isTimeOrNull = (x: unknown) => x === null || isTime(x);
