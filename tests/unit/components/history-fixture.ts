// A hand-built History for the History view's tests: 30 days ending on 2026-11-21, each different.
import type { DayFigures } from '../../../core/adherence';
import type { History } from '../../../core/history';

/** 'YYYY-MM-DD' of the day `back` days before 2026-11-21. */
export function dateBack(back: number): string {
  return new Date(Date.UTC(2026, 10, 21 - back)).toISOString().slice(0, 10);
}

/** Day i (0 = oldest) took i % 9 breaks and missed i % 4, so no two neighbours look alike. */
export function day(i: number): DayFigures {
  const taken = i % 9;
  const missed = i % 4;
  return {
    date: dateBack(29 - i),
    taken,
    due: taken + missed,
    missed,
    pending: 0,
    putOff: 0,
    satMin: 100 + i,
    longestBoutMin: 20 + i,
  };
}

export function history(patch: Partial<History> = {}): History {
  return {
    days: Array.from({ length: 30 }, (_, i) => day(i)),
    dayGoals: Array.from({ length: 30 }, () => 8),
    dailyGoal: 8,
    streak: 5,
    rate7: 0.75,
    rate30: 0.612,
    stretches: [
      { stretchId: 'seated-figure-4', count: 12 },
      { stretchId: 'walk-break', count: 7 },
    ],
    pains: [
      {
        id: 'p1',
        at: new Date(2026, 10, 17, 10, 5).getTime(),
        stretchId: 'pigeon-pose',
        promptId: 'a',
      },
      {
        id: 'p2',
        at: new Date(2026, 10, 20, 15, 40).getTime(),
        stretchId: 'clamshell',
        promptId: 'b',
      },
    ],
    ...patch,
  };
}

export function emptyHistory(): History {
  return history({
    days: Array.from({ length: 30 }, (_, i) => ({
      date: dateBack(29 - i),
      taken: 0,
      due: 0,
      missed: 0,
      pending: 0,
      putOff: 0,
      satMin: 0,
      longestBoutMin: 0,
    })),
    streak: 0,
    rate7: null,
    rate30: null,
    stretches: [],
    pains: [],
  });
}

export const sum = (days: DayFigures[], key: 'taken' | 'missed') =>
  days.reduce((total, d) => total + d[key], 0);
