// Types shared by the sitting engine, the background that runs it and the pages that show it.
import type { PauseKind } from './schedule';
import type { Settings } from './settings';

export type Presence = 'active' | 'idle' | 'locked';

/** How a bout of sitting ended. */
export type BoutEnd = 'break' | 'routine' | 'workday' | 'pause' | 'standing';

export type PromptOutcome = 'done' | 'partial' | 'hurt' | 'snoozed' | 'skipped' | 'missed' | 'away';

/** A routine the user finished or stopped: these all mean they got up. */
export type RoutineOutcome = Extract<PromptOutcome, 'done' | 'partial' | 'hurt'>;

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
  trigger: 'limit' | 'manual';
  dueAt: number;
  shownAt: number | null;
  settledAt: number;
  outcome: PromptOutcome;
  /** Snoozes in a row before this prompt appeared. */
  snoozesBefore: number;
}

export type LogRecord = { kind: 'bout'; row: BoutRecord } | { kind: 'prompt'; row: PromptRecord };

export interface EngineState {
  version: 1;
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
  /** shownAt is null while the prompt waits for fullscreen to end. */
  prompt: { id: string; dueAt: number; shownAt: number | null } | null;
  /** until null: paused until the user resumes. */
  paused: { until: number | null } | null;
  standing: boolean;
  /** Log rows not yet written to the database; they survive a restart here. */
  outbox: LogRecord[];
}

export type EngineEvent =
  | { type: 'start' | 'tick'; at: number; presence: Presence; fullscreen: boolean }
  | { type: 'presence'; at: number; presence: Presence }
  | { type: 'routineFinished'; at: number; outcome: RoutineOutcome; promptId?: string }
  | { type: 'snooze' | 'skip'; at: number; promptId?: string }
  | { type: 'pause'; at: number; kind: PauseKind }
  | { type: 'resume'; at: number }
  | { type: 'standing'; at: number; on: boolean }
  | { type: 'settingsChanged'; at: number; previous: Settings };

export interface Badge {
  text: string;
  color: string;
}

export type Effect =
  | { type: 'showPrompt'; promptId: string }
  /** promptId null: close any prompt still on screen. */
  | { type: 'closePrompt'; promptId: string | null }
  | { type: 'badge'; badge: Badge }
  | { type: 'alarm'; at: number | null };

export type Status = 'sitting' | 'due' | 'away' | 'paused' | 'standing' | 'offHours';
