// Today's figures as the popup shows them: the background's snapshot of the log plus the bout in progress.

import type { DayFigures } from './adherence';
import { dayKey, startOfDay } from './days';
import { emptyFigures } from './empty-figures';
import { minuteMs } from './time';

/** What storage/items.TodaySnapshot holds; restated so the core does not depend on storage. */
export interface DaySnapshot {
  date: string;
  /** Logged rows only: the bout in progress is not in the log yet. */
  figures: DayFigures;
}

/**
 * Today at `now`: the snapshot if it is today's (one from an earlier day counts as an empty day),
 * with the running bout's part since local midnight added to the minutes sat, and as the longest
 * bout when it is. The bout counts from midnight like adherence.today does, so the figures agree.
 */
export function todayWithCurrentBout(
  snapshot: DaySnapshot | null,
  boutStartedAt: number | null,
  now: number,
): DayFigures {
  const date = dayKey(now);
  const logged = snapshot?.date === date ? snapshot.figures : emptyFigures(date);
  if (boutStartedAt === null) return logged;
  // Never negative: a clock that went back can put the bout's start after now.
  const boutMin = Math.round(
    Math.max(0, now - Math.max(boutStartedAt, startOfDay(now))) / minuteMs,
  );
  return {
    ...logged,
    satMin: logged.satMin + boutMin,
    longestBoutMin: Math.max(logged.longestBoutMin, boutMin),
  };
}

const figureFields = ['taken', 'due', 'missed', 'pending', 'satMin', 'longestBoutMin'] as const;

/** A stored value if it is a whole snapshot, else null: a damaged one must not break the popup. */
export function asDaySnapshot(value: unknown): DaySnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const { date, figures } = value as Partial<Record<keyof DaySnapshot, unknown>>;
  if (typeof date !== 'string' || typeof figures !== 'object' || figures === null) return null;
  const numbers = figures as Record<string, unknown>;
  const whole = figureFields.every((k) => Number.isFinite(numbers[k]));
  return whole ? { date, figures: { ...(figures as DayFigures), date } } : null;
}
