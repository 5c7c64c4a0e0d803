// Types shared by the sitting engine, the background that runs it and the pages that show it.
import type { PauseKind } from './schedule';
import type { Delivery, Settings } from './settings-defaults';

// Each enum is declared once, as a list the schemas (engine-state.ts, backup-rows.ts) pick from.
export const presences = ['active', 'idle', 'locked'] as const;
export type Presence = (typeof presences)[number];

/** How a bout of sitting ended. */
export const boutEnds = ['break', 'routine', 'workday', 'pause', 'standing'] as const;
export type BoutEnd = (typeof boutEnds)[number];

/** What raised a prompt: the sitting limit, or "Stretch now". */
export const promptTriggers = ['limit', 'manual'] as const;
export type PromptTrigger = (typeof promptTriggers)[number];

/**
 * Every way a prompt can be settled, declared once. 'paused': the user paused reminders while the
 * break was due; it is neither taken nor missed (docs/counting.md).
 */
export const promptOutcomes = [
  'done',
  'partial',
  'hurt',
  'snoozed',
  'skipped',
  'missed',
  'away',
  'paused',
] as const;

export type PromptOutcome = (typeof promptOutcomes)[number];

/** A routine the user finished or stopped: these all mean they got up. */
export const routineOutcomes = [
  'done',
  'partial',
  'hurt',
] as const satisfies readonly PromptOutcome[];
export type RoutineOutcome = (typeof routineOutcomes)[number];

export interface BoutRecord {
  id: string;
  startedAt: number;
  endedAt: number;
  end: BoutEnd;
}

export interface PromptRecord {
  id: string;
  boutId: string | null;
  /** 'limit' when the sitting limit raised it, 'manual' for "Stretch now". */
  trigger: PromptTrigger;
  dueAt: number;
  shownAt: number | null;
  settledAt: number;
  outcome: PromptOutcome;
  /** Snoozes in a row before this prompt appeared. */
  snoozesBefore: number;
  /** Stretch ids of the routine the prompt window offered; empty if none was opened. */
  offered: string[];
  /** Stretch ids the user went all the way through. */
  completed: string[];
}

/** "This hurt": which stretch, during which prompt. */
export interface PainRecord {
  id: string;
  at: number;
  stretchId: string;
  promptId: string;
}

/** A care plan's daily "How is the pain today?": 0–10, or null when the user skipped it. */
export interface PainCheckRecord {
  id: string;
  at: number;
  score: number | null;
}

export type LogRecord =
  | { kind: 'bout'; row: BoutRecord }
  | { kind: 'prompt'; row: PromptRecord }
  | { kind: 'pain'; row: PainRecord }
  | { kind: 'painCheck'; row: PainCheckRecord };

export interface PendingPrompt {
  id: string;
  trigger: PromptTrigger;
  dueAt: number;
  /** null while the prompt waits for fullscreen to end. */
  shownAt: number | null;
  offered: string[];
  /** When the user pressed Start; while a routine runs the user is busy, not away. */
  routineStartedAt: number | null;
  /**
   * What the page playing the routine last reported: the stretches timed out so far, of how many.
   * If that page closes before an answer, this decides between done and partial.
   */
  progress: RoutineProgress | null;
}

export interface RoutineProgress {
  completed: string[];
  of: number;
}

export interface EngineState {
  version: 3;
  /** Makes ids unique even when two things happen in the same millisecond. */
  seq: number;
  /** The time of the last event the engine processed. */
  lastSeenAt: number;
  presence: Presence;
  /** When the current spell of inactivity began; null while active. */
  inactiveSince: number | null;
  fullscreen: boolean;
  bout: { id: string; startedAt: number } | null;
  /** The sitting limit counts from here: the start of the bout, or the last skip. */
  dueBase: number | null;
  snoozedUntil: number | null;
  snoozesInRow: number;
  prompt: PendingPrompt | null;
  /** until null: paused until the user resumes. */
  paused: { until: number | null } | null;
  standing: boolean;
  /**
   * When the break that a pause put off fell due; null when none is owed. Cleared by a break of
   * the break length, the end of the working day, standing or a routine; otherwise the prompt comes
   * again as soon as sitting resumes after the pause.
   */
  owedSince: number | null;
  /**
   * The click time carried by the newest "Stretch now" id settled: a start naming an id made at or
   * before it is stale, so a settled routine can never be started (and counted) again.
   */
  manualFloor: number | null;
  /**
   * The newest "Stretch now" ids settled (at most `recentManualKept`). The floor moves with the
   * clock when it is set back, so an id made before the change could pass it again; these cannot.
   */
  recentManual: string[];
  /** The last command (a click or a key press): the user was surely at the desk then. */
  clickedAt: number | null;
  /** The local day (YYYY-MM-DD) the care plan's pain check was last answered or skipped. */
  painCheckedOn: string | null;
  /** Log rows not yet written to the database; they survive a restart here. */
  outbox: LogRecord[];
}

/**
 * Every answer names the prompt it answers: a limit prompt's id, or for "Stretch now" an id the
 * page made (starting with `manualIdPrefix`). An answer to anything but the pending prompt is stale
 * and changes nothing, so a double click, a second window or a late notification cannot count twice.
 */
export type AnswerEvent =
  | { type: 'routineStarted'; at: number; promptId: string }
  | { type: 'routineProgress'; at: number; promptId: string; progress: RoutineProgress }
  | {
      type: 'routineFinished';
      at: number;
      promptId: string;
      outcome: RoutineOutcome;
      completed: string[];
      /** With outcome 'hurt': the stretch that hurt. */
      painStretch?: string;
    }
  /** The page playing a started routine went away (window or popup closed) without an answer. */
  | { type: 'routineAbandoned'; at: number; promptId: string }
  /** "I took a break" in the popup, or Done on a notification: up and about without the routine. */
  | { type: 'tookBreak'; at: number; promptId: string }
  | { type: 'snooze' | 'skip'; at: number; promptId: string };

export type EngineEvent =
  | { type: 'start' | 'tick'; at: number; presence: Presence; fullscreen: boolean }
  | { type: 'presence'; at: number; presence: Presence }
  | { type: 'routineOffered'; at: number; promptId: string; stretches: string[] }
  | AnswerEvent
  | { type: 'pause'; at: number; kind: PauseKind }
  | { type: 'resume'; at: number }
  | { type: 'standing'; at: number; on: boolean }
  | { type: 'settingsChanged'; at: number; previous: Settings }
  /** The answer to the pain check (null: skipped); only the first of a local day counts. */
  | { type: 'painCheck'; at: number; score: number | null };

/**
 * Ids the pages make for "Stretch now" start with this; the engine's own never do. The page makes
 * one when Start is pressed: `manualId(Date.now(), random)`, so it carries the time of the click.
 */
export const manualIdPrefix = 'm';

/** How many settled "Stretch now" ids the state keeps (`recentManual`). */
export const recentManualKept = 20;

export function manualId(clickedAt: number, random: string): string {
  return `${manualIdPrefix}${Math.max(0, Math.floor(clickedAt)).toString(36)}-${random}`;
}

/** The click time a "Stretch now" id carries, or null when it is not one. */
export function manualIdTime(id: string): number | null {
  const match = /^m([0-9a-z]{1,11})-/.exec(id);
  return match?.[1] ? Number.parseInt(match[1], 36) : null;
}

/** How an answer went: taken, or stale (its prompt was already settled, or never pending). */
export type AnswerVerdict = 'recorded' | 'stale';

export interface Badge {
  text: string;
  color: string;
}

export type Effect =
  | {
      type: 'showPrompt';
      promptId: string;
      delivery: Delivery;
      /** Snooze length in minutes, or null once the snoozes in a row are used up. */
      snoozeMin: number | null;
    }
  /**
   * promptId null: close any prompt still on screen. A window in which the user started the
   * routine is theirs to close (it may be showing safety advice), so it stays.
   */
  | { type: 'closePrompt'; promptId: string | null; leaveRoutineOpen: boolean }
  | { type: 'badge'; badge: Badge }
  | { type: 'alarm'; at: number | null };

export type Status = 'sitting' | 'due' | 'away' | 'paused' | 'standing' | 'offHours';
