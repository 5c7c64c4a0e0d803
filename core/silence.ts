// Time that did not pass as the engine expects: a silence (a closed browser, a sleeping machine)
// and a clock that went back. step() calls both before anything else (docs/counting.md).

import type { EngineState } from './engine-types';
import type { Settings } from './settings';
import { endBout, lateAlarmMs, somethingEndsOnBreak, takeBreak } from './sitting-rules';
import { minuteMs } from './time';

/**
 * A silence of the break length (a closed browser, a sleeping machine) is never sitting: the user
 * counts as away from the last moment the engine saw them, until an event says what they are doing
 * now. Time the browser was closed cannot raise a prompt.
 *
 * Between beats the engine is asleep by design, and the idle API would have woken it had the user
 * left; so a gap is a silence only when it ran past the alarm the engine had asked for
 * (`watchedUntil`) by `lateAlarmMs`: the alarm could not fire, the machine was not running.
 */
export function noticeSilence(
  s: EngineState,
  settings: Settings,
  at: number,
  watchedUntil: number,
): void {
  if (at - s.lastSeenAt < settings.breakMin * minuteMs) return;
  if (at - watchedUntil < lateAlarmMs) return;
  const since = s.inactiveSince ?? s.lastSeenAt;
  s.inactiveSince = since;
  if (s.presence === 'active') s.presence = 'idle';
  // The break is taken where the silence began, before anything else in it can happen: no prompt
  // falls due, and no working day ends, while nobody was there. A started routine is the one
  // thing kept: the user may still answer it when the machine wakes (its grace then runs out as
  // usual), but its bout ends where they were last seen.
  if (s.prompt?.routineStartedAt != null) endBout(s, since, 'break');
  else if (somethingEndsOnBreak(s)) takeBreak(s, since);
}

/** The clock went back: move every stored time with it, so no duration turns negative. */
export function shiftTimes(s: EngineState, deltaMs: number): void {
  const move = (t: number) => t + deltaMs;
  s.lastSeenAt = move(s.lastSeenAt);
  if (s.inactiveSince !== null) s.inactiveSince = move(s.inactiveSince);
  if (s.bout) s.bout.startedAt = move(s.bout.startedAt);
  if (s.dueBase !== null) s.dueBase = move(s.dueBase);
  if (s.snoozedUntil !== null) s.snoozedUntil = move(s.snoozedUntil);
  if (s.prompt) {
    s.prompt.dueAt = move(s.prompt.dueAt);
    if (s.prompt.shownAt !== null) s.prompt.shownAt = move(s.prompt.shownAt);
    if (s.prompt.routineStartedAt !== null) {
      s.prompt.routineStartedAt = move(s.prompt.routineStartedAt);
    }
  }
  if (s.paused?.until != null) s.paused.until = move(s.paused.until);
  if (s.owedSince !== null) s.owedSince = move(s.owedSince);
  if (s.manualFloor !== null) s.manualFloor = move(s.manualFloor);
  if (s.clickedAt !== null) s.clickedAt = move(s.clickedAt);
}
