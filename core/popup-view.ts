// What the toolbar popup shows, made ready by the background after every change (the popup paints
// from this one stored item, docs/architecture.md#the-popup-view): pure, like the engine it reads.

import { status } from './badge';
import type { EngineState, Status } from './engine-types';
import type { Settings, Theme } from './settings-defaults';
import { breakDueAt } from './sitting-rules';
import { minuteMs } from './time';
import type { DaySnapshot } from './today-view';

/** Raised when the view's shape changes: a popup never reads a view of another version. */
export const popupViewVersion = 2;

export interface PopupView {
  version: typeof popupViewVersion;
  /** When the background made it; the popup counts the minutes from here on by itself. */
  at: number;
  status: Status;
  boutStartedAt: number | null;
  /** When the running bout's break falls due, by the engine's own rule; null with no bout. */
  breakDueAt: number | null;
  /** With status 'paused': until when, or null until resumed. */
  pausedUntil: number | null;
  standing: boolean;
  /** The pending prompt, and how long a snooze would be (null: no snoozes left). */
  prompt: { id: string; snoozeMin: number | null } | null;
  theme: Theme;
  dailyGoal: number;
  /** The log's figures for today without the running bout, as last written; null for none. */
  today: DaySnapshot | null;
  log: LogState;
  /** The clinic whose care plan is in force, named in the popup; null with no plan. */
  clinic: string | null;
}

/** Whether the log database took the last rows, and how many wait for it (storage/items.ts). */
export interface LogState {
  ok: boolean;
  waiting: number;
}

export function popupView(
  s: EngineState,
  settings: Settings,
  today: DaySnapshot | null,
  log: LogState,
  at: number,
  clinic: string | null = null,
): PopupView {
  const snoozesLeft = s.snoozesInRow < settings.maxSnoozes;
  return {
    version: popupViewVersion,
    at,
    status: status(s, settings, at),
    boutStartedAt: s.bout?.startedAt ?? null,
    breakDueAt: breakDueAt(s, settings),
    pausedUntil: s.paused?.until ?? null,
    standing: s.standing,
    prompt: s.prompt
      ? { id: s.prompt.id, snoozeMin: snoozesLeft ? settings.snoozeMin : null }
      : null,
    theme: settings.theme,
    dailyGoal: settings.dailyGoal,
    today,
    log: { ok: log.ok, waiting: log.waiting },
    clinic,
  };
}

/**
 * A stored value if it is a view of this version, else null (none written yet, or one from an
 * older version): the popup then waits for the one its refresh makes the background write. The
 * background is the view's only writer, so the fields are not looked into one by one.
 */
export function asPopupView(value: unknown): PopupView | null {
  if (typeof value !== 'object' || value === null) return null;
  const view = value as Partial<PopupView>;
  return view.version === popupViewVersion && Number.isFinite(view.at)
    ? (value as PopupView)
    : null;
}

/** Minutes left until `at`, rounded up: "next break in 1 min" until the very moment. */
export function minutesUntil(at: number, now: number): number {
  return Math.ceil((at - now) / minuteMs);
}
