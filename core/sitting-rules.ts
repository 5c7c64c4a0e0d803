// The engine's transitions. Each works on a private draft of the state that step() owns.
import type { BoutEnd, EngineEvent, EngineState, Presence, PromptOutcome } from './engine-types';
import { isWorkingTime } from './schedule';
import type { Settings } from './settings';

export const minuteMs = 60_000;
/** A prompt shown this long to an active user without an answer counts as missed. */
export const unansweredMs = 10 * minuteMs;
/** The longest a due prompt waits for a fullscreen window. */
export const fullscreenCapMs = 30 * minuteMs;
/** How long a started routine keeps its prompt from counting as missed or away. */
export const routineGraceMs = 15 * minuteMs;

function nextId(s: EngineState, prefix: string, at: number): string {
  s.seq += 1;
  return `${prefix}${at.toString(36)}-${s.seq}`;
}

export function isCounting(s: EngineState, settings: Settings, at: number): boolean {
  return !s.paused && !s.standing && isWorkingTime(at, settings.schedule);
}

/** Starts or ends the bout so that it matches presence, pause, standing and working hours. */
export function reconcile(s: EngineState, settings: Settings, at: number): void {
  if (s.bout && !isWorkingTime(at, settings.schedule)) {
    if (s.prompt) settlePrompt(s, 'missed', at);
    endBout(s, at, 'workday');
  }
  if (!s.bout && s.presence === 'active' && isCounting(s, settings, at)) {
    s.bout = { id: nextId(s, 'b', at), startedAt: at };
    s.dueBase = at;
  }
}

export function endBout(s: EngineState, at: number, end: BoutEnd): void {
  if (s.bout) {
    // Never end before the start: a late idle report or a clock change could say otherwise.
    const endedAt = Math.max(at, s.bout.startedAt);
    if (endedAt > s.bout.startedAt) {
      s.outbox.push({ kind: 'bout', row: { ...s.bout, endedAt, end } });
    }
  }
  s.bout = null;
  s.dueBase = null;
  s.snoozedUntil = null;
}

export function settlePrompt(
  s: EngineState,
  outcome: PromptOutcome,
  at: number,
  completed: string[] = [],
): void {
  const prompt = s.prompt;
  if (!prompt) return;
  s.outbox.push({
    kind: 'prompt',
    row: {
      id: prompt.id,
      boutId: s.bout?.id ?? null,
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
  };
  s.snoozedUntil = null;
}

/** The user pressed Start: on the pending prompt, or on a prompt of their own ("Stretch now"). */
export function startRoutine(s: EngineState, at: number): void {
  if (s.prompt) {
    s.prompt.shownAt ??= at;
    s.prompt.routineStartedAt ??= at;
    return;
  }
  s.prompt = {
    id: nextId(s, 'p', at),
    trigger: 'manual',
    dueAt: at,
    shownAt: at,
    offered: [],
    routineStartedAt: at,
  };
}

/** A natural break: the user was away for the break length, from `since` on. */
export function takeBreak(s: EngineState, since: number): void {
  if (s.prompt) settlePrompt(s, 'away', since);
  endBout(s, since, 'break');
  s.snoozesInRow = 0;
  s.standing = false;
}

export function somethingEndsOnBreak(s: EngineState): boolean {
  return s.bout !== null || s.prompt !== null || s.standing || s.snoozesInRow > 0;
}

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
  } else if (s.inactiveSince === null) {
    // The idle API says "idle" only after the detection interval without input.
    s.inactiveSince = presence === 'idle' ? at - settings.idleDetectionSec * 1000 : at;
  }
  s.presence = presence;
  reconcile(s, settings, at);
}

/** A routine the user finished, stopped or hurt in: they stood up, so the bout is over. */
export function finishRoutine(
  s: EngineState,
  event: Extract<EngineEvent, { type: 'routineFinished' }>,
  settings: Settings,
): void {
  const { at, outcome, completed, painStretch } = event;
  startRoutine(s, at); // a Done with nothing pending is a routine done on the spot
  const promptId = s.prompt?.id ?? '';
  settlePrompt(s, outcome, at, completed);
  if (outcome === 'hurt' && painStretch) {
    s.outbox.push({
      kind: 'pain',
      row: { id: nextId(s, 'h', at), at, stretchId: painStretch, promptId },
    });
  }
  endBout(s, at, 'routine');
  s.snoozesInRow = 0;
  setPresence(s, 'active', settings, at);
}
