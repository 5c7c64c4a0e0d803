// The engine's transitions. Each works on a private draft of the state that step() owns.

import {
  type BoutEnd,
  type EngineState,
  manualIdTime,
  type PromptOutcome,
  recentManualKept,
} from './engine-types';
import { isWorkingTime } from './schedule';
import type { Settings } from './settings';
import { minuteMs } from './time';

/**
 * The beat: while someone sits, stands or owes a break put off by a pause, the engine wakes this
 * often (12 times an hour) to step the badge and to prove the machine was awake (docs/counting.md).
 */
export const beatMs = 5 * minuteMs;
/** An alarm this late, or later, means the machine or the browser was not running at its time. */
export const lateAlarmMs = minuteMs;
/** A prompt shown this long to an active user without an answer counts as missed. */
export const unansweredMs = 10 * minuteMs;
/** The longest a due prompt waits for a fullscreen window. */
export const fullscreenCapMs = 30 * minuteMs;
/** How long a started routine keeps its prompt from counting as missed or away. */
export const routineGraceMs = 15 * minuteMs;
/**
 * A "Stretch now" id carries the time of the click; the engine takes it from a minute ahead of its
 * own clock (pages share the clock, but not the millisecond) to ten behind (a message held up).
 */
export const manualIdLeadMs = minuteMs;
export const manualIdLagMs = 10 * minuteMs;

export function nextId(s: EngineState, prefix: string, at: number): string {
  s.seq += 1;
  return `${prefix}${at.toString(36)}-${s.seq}`;
}

export function isCounting(s: EngineState, settings: Settings, at: number): boolean {
  return !s.paused && !s.standing && isWorkingTime(at, settings.schedule);
}

/** Starts or ends the bout so that it matches presence, pause, standing and working hours. */
export function reconcile(s: EngineState, settings: Settings, at: number): void {
  const working = isWorkingTime(at, settings.schedule);
  if (s.bout && !working) {
    if (s.prompt) settlePrompt(s, 'missed', at);
    endBout(s, at, 'workday');
  }
  // A break put off by a pause is not carried into the next working day.
  if (!working) s.owedSince = null;
  if (!s.bout && s.presence === 'active' && isCounting(s, settings, at)) {
    s.bout = { id: nextId(s, 'b', at), startedAt: at };
    s.dueBase = at;
    // Still at the desk after a pause that put a break off: the break is due now.
    if (s.owedSince !== null) {
      s.snoozedUntil = at;
      s.owedSince = null;
    }
  }
}

export function endBout(s: EngineState, at: number, end: BoutEnd): void {
  if (s.bout) {
    // Never end before the start: a late idle report or a clock change could say otherwise.
    const endedAt = Math.max(at, s.bout.startedAt);
    const id = s.bout.id;
    if (endedAt > s.bout.startedAt) {
      s.outbox.push({ kind: 'bout', row: { ...s.bout, endedAt, end } });
    } else {
      // No sitting at all, so no bout is logged, and no prompt may name it: the user had left
      // the moment it began (a prompt then falls due while they are away).
      for (const r of s.outbox) if (r.kind === 'prompt' && r.row.boutId === id) r.row.boutId = null;
    }
  }
  s.bout = null;
  s.dueBase = null;
  s.snoozedUntil = null;
}

/**
 * When the running bout's break falls due: the sitting limit from the bout's due base, or the end
 * of a snooze. null with no bout. The popup shows this too (core/popup-view.ts).
 */
export function breakDueAt(s: EngineState, settings: Settings): number | null {
  if (!s.bout || s.dueBase === null) return null;
  return s.snoozedUntil ?? s.dueBase + settings.sittingLimitMin * minuteMs;
}

/** Whether the bout holds some sitting by `at`, whatever comes next. */
function hasSat(s: EngineState, bout: { startedAt: number }, at: number): boolean {
  return at > bout.startedAt && (s.inactiveSince === null || s.inactiveSince > bout.startedAt);
}

export function settlePrompt(
  s: EngineState,
  outcome: PromptOutcome,
  at: number,
  completed: string[] = [],
): void {
  const prompt = s.prompt;
  if (!prompt) return;
  const clicked = prompt.trigger === 'manual' ? manualIdTime(prompt.id) : null;
  if (clicked !== null) {
    s.manualFloor = Math.max(s.manualFloor ?? clicked, clicked);
    s.recentManual = [...s.recentManual, prompt.id].slice(-recentManualKept);
  }
  s.outbox.push({
    kind: 'prompt',
    row: {
      id: prompt.id,
      // A bout with no sitting yet may still end unlogged (endBout), perhaps after this row has
      // left the outbox: a prompt settled at its very start, or while the user has been away
      // since it began, names none.
      boutId: s.bout && hasSat(s, s.bout, at) ? s.bout.id : null,
      trigger: prompt.trigger,
      dueAt: prompt.dueAt,
      shownAt: prompt.shownAt,
      settledAt: Math.max(at, prompt.shownAt ?? prompt.dueAt),
      outcome,
      snoozesBefore: prompt.trigger === 'limit' ? s.snoozesInRow : 0,
      offered: prompt.offered,
      completed,
    },
  });
  s.prompt = null;
}

export function raisePrompt(s: EngineState, settings: Settings, at: number): void {
  const wait = s.fullscreen && settings.deferWhileFullscreen;
  s.prompt = {
    id: nextId(s, 'p', at),
    trigger: 'limit',
    dueAt: at,
    shownAt: wait ? null : at,
    offered: [],
    routineStartedAt: null,
    progress: null,
  };
  s.snoozedUntil = null;
}

/** Whether an answer names the pending prompt; anything else is stale. */
export function answersPending(s: EngineState, promptId: string): boolean {
  return s.prompt?.id === promptId;
}

/**
 * The user pressed Start: on the pending prompt, or on a "Stretch now" routine of their own, whose
 * id the page made. Says whether it was taken; a start for a settled or unknown prompt is stale.
 */
export function startRoutine(s: EngineState, promptId: string, at: number): boolean {
  if (s.prompt) {
    if (s.prompt.id !== promptId) return false;
    s.prompt.shownAt ??= at;
    s.prompt.routineStartedAt ??= at;
    return true;
  }
  // A "Stretch now" id is new only if it was made after the last one settled, and not in the future.
  const clicked = manualIdTime(promptId);
  if (clicked === null || clicked > at + manualIdLeadMs || clicked < at - manualIdLagMs)
    return false;
  if (s.manualFloor !== null && clicked <= s.manualFloor) return false;
  if (s.recentManual.includes(promptId)) return false;
  s.prompt = {
    id: promptId,
    trigger: 'manual',
    dueAt: at,
    shownAt: at,
    offered: [],
    routineStartedAt: at,
    progress: null,
  };
  return true;
}

/** A natural break: the user was away for the break length, from `since` on. */
export function takeBreak(s: EngineState, since: number): void {
  if (s.prompt) settlePrompt(s, 'away', since);
  endBout(s, since, 'break');
  s.snoozesInRow = 0;
  s.standing = false;
  s.owedSince = null;
}

export function somethingEndsOnBreak(s: EngineState): boolean {
  return (
    s.bout !== null || s.prompt !== null || s.standing || s.snoozesInRow > 0 || s.owedSince !== null
  );
}
