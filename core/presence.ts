// The user's presence as the idle API and their clicks tell it: when they left, and coming back
// after the break length ending what a break ends (docs/product.md#sitting-detection).
import type { EngineState, Presence } from './engine-types';
import type { Settings } from './settings';
import { reconcile, somethingEndsOnBreak, takeBreak } from './sitting-rules';
import { minuteMs } from './time';

export function setPresence(
  s: EngineState,
  presence: Presence,
  settings: Settings,
  at: number,
): void {
  if (presence === 'active') {
    const since = s.inactiveSince;
    if (since !== null && at - since >= settings.breakMin * minuteMs && somethingEndsOnBreak(s)) {
      takeBreak(s, since);
    }
    s.inactiveSince = null;
    s.presence = presence;
  } else markInactive(s, presence, presence === 'idle' ? idleSince(s, settings, at) : at);
  reconcile(s, settings, at);
}

/**
 * When a user reported idle at `at` left: the idle API says so only after the detection interval
 * without input, but never before their last click (`clickedAt`), so a prompt they answered in a
 * bout keeps that bout's sitting, and the bout is logged.
 */
export function idleSince(s: EngineState, settings: Settings, at: number): number {
  const quiet = at - settings.idleDetectionSec * 1000;
  return Math.min(at, Math.max(s.clickedAt ?? quiet, quiet));
}

/** The user left at `since`, unless they were already away; nothing else is decided yet. */
export function markInactive(s: EngineState, presence: 'idle' | 'locked', since: number): void {
  s.inactiveSince ??= since;
  s.presence = presence;
}
