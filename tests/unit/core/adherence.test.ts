// Adherence figures on hand-built logs, with explicit local times (TZ is Europe/London).
import { describe, expect, it } from 'vitest';
import {
  adherenceRate,
  defaultDailyGoal,
  type LogRows,
  painReports,
  perDay,
  perStretch,
  today,
} from '../../../core/adherence';
import type {
  BoutEnd,
  BoutRecord,
  PainRecord,
  PromptOutcome,
  PromptRecord,
} from '../../../core/engine-types';
import type { WorkSchedule } from '../../../core/settings';
import { streak } from '../../../core/streak';

/** Local time: `local('2026-11-23', '09:30')`. */
function local(date: string, hhmm = '00:00'): number {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Date(y, mo - 1, d, h, m).getTime();
}

const hourMs = 3_600_000;

function bout(id: string, startedAt: number, endedAt: number, end: BoutEnd = 'break'): BoutRecord {
  return { id, startedAt, endedAt, end };
}

let seq = 0;
function prompt(
  boutId: string | null,
  dueAt: number,
  outcome: PromptOutcome,
  more: Partial<PromptRecord> = {},
): PromptRecord {
  seq += 1;
  return {
    id: `p${seq}`,
    boutId,
    trigger: 'limit',
    dueAt,
    shownAt: dueAt,
    settledAt: dueAt + 60_000,
    outcome,
    snoozesBefore: 0,
    offered: [],
    completed: [],
    ...more,
  };
}

function rows(part: Partial<LogRows>): LogRows {
  return { bouts: [], prompts: [], pains: [], ...part };
}

const mon = '2026-11-23';

/** Monday 23 November 2026: every way a due break can end, plus a routine started by hand. */
function normalDay(): LogRows {
  const t = (hhmm: string) => local(mon, hhmm);
  return rows({
    bouts: [
      bout('b0', local('2026-11-22', '20:00'), local('2026-11-22', '21:00')), // Sunday: not today
      bout('b1', t('09:00'), t('09:30'), 'routine'),
      bout('b2', t('09:40'), t('10:25'), 'break'),
      bout('b3', t('10:30'), t('11:45'), 'workday'),
      bout('b4', t('12:00'), t('12:20'), 'routine'),
      bout('b5', t('13:00'), t('13:40'), 'break'),
    ],
    prompts: [
      prompt('b0', local('2026-11-22', '20:30'), 'done'),
      // Done at the limit.
      prompt('b1', t('09:30'), 'done', { completed: ['seated-figure-4', 'walk-break'] }),
      // Snoozed, shown again, then away for the break length: one due break, taken.
      prompt('b2', t('10:10'), 'snoozed'),
      prompt('b2', t('10:20'), 'away', { snoozesBefore: 1 }),
      // Skipped, then missed at the end of the working day: two due breaks, neither taken.
      prompt('b3', t('11:00'), 'skipped'),
      prompt('b3', t('11:30'), 'missed'),
      // "Stretch now": a break taken, nothing due.
      prompt('b4', t('12:20'), 'done', { trigger: 'manual', completed: ['walk-break'] }),
      // Snoozed, then a natural break before the prompt came back: one due break, taken.
      prompt('b5', t('13:30'), 'snoozed'),
    ],
  });
}

describe('today', () => {
  it('counts a normal day', () => {
    expect(today(normalDay(), local(mon, '17:00'))).toEqual({
      date: '2026-11-23',
      taken: 4, // b1 done, b2 away, b4 by hand, b5 natural break after a snooze
      due: 5, // b1, b2 (one chain), b3 twice, b5
      missed: 2, // b3's skip and its miss
      pending: 0,
      putOff: 0,
      satMin: 30 + 45 + 75 + 20 + 40,
      longestBoutMin: 75,
    });
  });

  it('counts a natural break while the prompt waits as a break taken', () => {
    const log = rows({
      bouts: [bout('b1', local(mon, '09:00'), local(mon, '09:33'), 'break')],
      prompts: [prompt('b1', local(mon, '09:30'), 'away')],
    });
    expect(today(log, local(mon, '10:00'))).toMatchObject({ taken: 1, due: 1, missed: 0 });
  });

  it('counts a snoozed prompt and every re-show as one due break', () => {
    const log = rows({
      bouts: [bout('b1', local(mon, '09:00'), local(mon, '10:00'), 'routine')],
      prompts: [
        prompt('b1', local(mon, '09:30'), 'snoozed'),
        prompt('b1', local(mon, '09:40'), 'missed', { snoozesBefore: 1 }),
        prompt('b1', local(mon, '10:00'), 'snoozed', { snoozesBefore: 1 }),
        prompt('b1', local(mon, '10:10'), 'done', { snoozesBefore: 2 }),
      ],
    });
    expect(today(log, local(mon, '11:00'))).toMatchObject({ taken: 1, due: 1, missed: 0 });
  });

  it('counts a snooze in the bout still running as due and pending, not missed', () => {
    const log = rows({ prompts: [prompt('b9', local(mon, '09:30'), 'snoozed')] });
    const figures = today(log, local(mon, '09:35'), { startedAt: local(mon, '09:00') });
    expect(figures).toMatchObject({ taken: 0, due: 1, missed: 0, pending: 1, satMin: 35 });
    expect(adherenceRate(log, local(mon), local('2026-11-24'))).toBeNull();
  });

  it('does not let a routine by hand answer a break that was skipped', () => {
    const log = rows({
      bouts: [bout('b1', local(mon, '09:00'), local(mon, '09:45'), 'routine')],
      prompts: [
        prompt('b1', local(mon, '09:30'), 'skipped'),
        prompt('b1', local(mon, '09:45'), 'done', { trigger: 'manual' }),
      ],
    });
    expect(today(log, local(mon, '10:00'))).toMatchObject({ taken: 1, due: 1, missed: 1 });
    expect(adherenceRate(log, local(mon), local('2026-11-24'))).toBe(0);
  });

  it('counts a chain left open by a snooze as answered by a routine by hand', () => {
    const log = rows({
      bouts: [bout('b1', local(mon, '09:00'), local(mon, '09:35'), 'routine')],
      prompts: [
        prompt('b1', local(mon, '09:30'), 'snoozed'),
        prompt('b1', local(mon, '09:35'), 'done', { trigger: 'manual' }),
      ],
    });
    expect(today(log, local(mon, '10:00'))).toMatchObject({ taken: 1, due: 1, missed: 0 });
  });

  it('adds the bout in progress to minutes sat and the longest bout', () => {
    const now = local(mon, '15:30');
    expect(today(normalDay(), now, { startedAt: local(mon, '14:00') })).toMatchObject({
      satMin: 210 + 90,
      longestBoutMin: 90,
    });
  });

  it('counts a break put off by a pause apart: neither due nor missed; the prompt after it is due', () => {
    const log = rows({
      bouts: [
        bout('b1', local(mon, '09:00'), local(mon, '09:30'), 'pause'),
        bout('b2', local(mon, '10:00'), local(mon, '10:05'), 'routine'),
      ],
      prompts: [
        prompt('b1', local(mon, '09:30'), 'paused'),
        prompt('b2', local(mon, '10:00'), 'done'),
      ],
    });
    expect(today(log, local(mon, '12:00'))).toMatchObject({
      taken: 1,
      due: 1,
      missed: 0,
      putOff: 1,
    });
  });

  it('handles a day with no prompts', () => {
    const log = rows({
      bouts: [
        bout('b1', local(mon, '09:00'), local(mon, '09:20')),
        bout('b2', local(mon, '09:30'), local(mon, '09:55')),
      ],
    });
    expect(today(log, local(mon, '12:00'))).toEqual({
      date: '2026-11-23',
      taken: 0,
      due: 0,
      missed: 0,
      pending: 0,
      putOff: 0,
      satMin: 45,
      longestBoutMin: 25,
    });
    expect(today(rows({}), local(mon, '12:00'))).toMatchObject({ taken: 0, due: 0, satMin: 0 });
  });

  it('splits a bout that spans midnight between the two days', () => {
    const log = rows({
      bouts: [bout('b1', local('2026-11-22', '23:00'), local(mon, '01:30'))],
    });
    expect(today(log, local(mon, '12:00'))).toMatchObject({ satMin: 90, longestBoutMin: 90 });
    expect(today(log, local('2026-11-22', '23:59'))).toMatchObject({ satMin: 60 });
  });
});

describe('perDay across daylight saving changes', () => {
  it('gives the spring-forward Sunday 23 hours', () => {
    // Clocks go forward on Sunday 29 March 2026, 01:00 -> 02:00.
    const log = rows({
      bouts: [
        bout('b1', local('2026-03-28', '23:30'), local('2026-03-29', '03:30')),
        bout('b2', local('2026-03-29', '22:00'), local('2026-03-30', '01:00'), 'routine'),
      ],
      prompts: [
        prompt('b1', local('2026-03-29', '00:30'), 'away'),
        prompt('b2', local('2026-03-29', '23:30'), 'skipped'),
        prompt('b2', local('2026-03-30', '00:55'), 'done'),
      ],
    });
    const series = perDay(log, local('2026-03-27', '12:00'), 7);
    expect(series.map((d) => d.date)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
    expect(series.map((d) => [d.satMin, d.taken, d.missed])).toEqual([
      [0, 0, 0],
      [30, 0, 0],
      // 00:00-03:30 on the clock is 150 minutes (the hour 01:00-02:00 never happens), plus 22:00-24:00.
      [150 + 120, 1, 1],
      [60, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(series[2]?.longestBoutMin).toBe(150);
  });

  it('gives the fall-back Sunday 25 hours', () => {
    // Clocks go back on Sunday 25 October 2026, 02:00 -> 01:00.
    const log = rows({
      bouts: [bout('b1', local('2026-10-24', '23:00'), local('2026-10-26', '01:00'))],
      prompts: [
        prompt('b1', local('2026-10-25', '23:30'), 'missed'),
        prompt('b1', local('2026-10-26', '00:30'), 'done'),
      ],
    });
    const series = perDay(log, local('2026-10-20'), 7);
    expect(series.map((d) => d.date)).toEqual([
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ]);
    expect(series.map((d) => d.satMin)).toEqual([0, 0, 0, 0, 60, 25 * 60, 60]);
    // Missed at 23:30 and done when shown again after midnight: one break, due and done on Monday.
    expect(series.slice(5).map((d) => [d.due, d.taken, d.missed])).toEqual([
      [0, 0, 0],
      [1, 1, 0],
    ]);
    expect(local('2026-10-26') - local('2026-10-25')).toBe(25 * hourMs);
  });
});

describe('streak', () => {
  const weekdays: WorkSchedule = {
    enabled: true,
    days: [1, 2, 3, 4, 5],
    startMinute: 8 * 60,
    endMinute: 18 * 60,
  };
  const everyDay: WorkSchedule = { ...weekdays, enabled: false };
  const now = local(mon, '10:00'); // Monday

  /** `count` breaks done on each listed day. */
  function breaks(days: Record<string, number>): LogRows {
    const prompts: PromptRecord[] = [];
    for (const [date, count] of Object.entries(days)) {
      for (let i = 0; i < count; i++) {
        prompts.push(prompt(`${date}-${i}`, local(date, '09:00') + i * hourMs, 'done'));
      }
    }
    return rows({ prompts });
  }

  it('is not broken by a weekend that is not a working day', () => {
    const log = breaks({ '2026-11-18': 1, '2026-11-19': 2, '2026-11-20': 2 });
    expect(streak(log, now, weekdays, 2)).toBe(2);
  });

  it('is broken by a weekend when every day is a working day', () => {
    const log = breaks({ '2026-11-18': 1, '2026-11-19': 2, '2026-11-20': 2 });
    expect(streak(log, now, everyDay, 2)).toBe(0);
    const weekend = breaks({ '2026-11-20': 2, '2026-11-21': 2, '2026-11-22': 2 });
    expect(streak(weekend, now, everyDay, 2)).toBe(3);
  });

  it('is broken by a missed working day', () => {
    const log = breaks({ '2026-11-18': 2, '2026-11-19': 2, '2026-11-20': 1 });
    expect(streak(log, now, weekdays, 2)).toBe(0);
  });

  it('is not extended by breaks on a day off', () => {
    const log = breaks({ '2026-11-20': 2, '2026-11-21': 3, '2026-11-22': 3 });
    expect(streak(log, now, weekdays, 2)).toBe(1);
  });

  it('counts today once the goal is met, and does not break on an unfinished today', () => {
    const log = breaks({ '2026-11-19': 2, '2026-11-20': 2, [mon]: 1 });
    expect(streak(log, now, weekdays, 2)).toBe(2);
    const met = breaks({ '2026-11-19': 2, '2026-11-20': 2, [mon]: 2 });
    expect(streak(met, now, weekdays, 2)).toBe(3);
  });

  it('uses a goal of 8 breaks by default', () => {
    expect(defaultDailyGoal).toBe(8);
    expect(streak(breaks({ '2026-11-20': 8 }), now, weekdays)).toBe(1);
    expect(streak(breaks({ '2026-11-20': 7 }), now, weekdays)).toBe(0);
  });

  it('has nothing to count back through in an empty log', () => {
    expect(streak(rows({}), now, everyDay, 0)).toBe(1);
    expect(streak(rows({}), now, weekdays, 2)).toBe(0);
  });
});

describe('adherenceRate', () => {
  it('is taken over due for the range', () => {
    expect(adherenceRate(normalDay(), local(mon), local('2026-11-24'))).toBe(3 / 5);
    // Sunday's one prompt was done.
    expect(adherenceRate(normalDay(), local('2026-11-22'), local('2026-11-24'))).toBe(4 / 6);
  });

  it('is null when nothing was due', () => {
    const manualOnly = rows({
      prompts: [prompt(null, local(mon, '09:00'), 'done', { trigger: 'manual' })],
    });
    expect(adherenceRate(manualOnly, local(mon), local('2026-11-24'))).toBeNull();
    expect(adherenceRate(normalDay(), local('2026-11-24'), local('2026-11-25'))).toBeNull();
  });
});

describe('perStretch', () => {
  it('counts completed stretches in the range, most done first', () => {
    const log = normalDay();
    expect(perStretch(log, local(mon), local('2026-11-24'))).toEqual([
      { stretchId: 'walk-break', count: 2 },
      { stretchId: 'seated-figure-4', count: 1 },
    ]);
    expect(perStretch(log, local(mon, '10:00'), local('2026-11-24'))).toEqual([
      { stretchId: 'walk-break', count: 1 },
    ]);
  });
});

describe('painReports', () => {
  it('lists reports in the range, newest first', () => {
    const pain = (id: string, at: number): PainRecord => ({
      id,
      at,
      stretchId: 'seated-figure-4',
      promptId: 'p',
    });
    const log = rows({
      pains: [
        pain('h1', local(mon, '09:00')),
        pain('h2', local(mon, '15:00')),
        pain('h3', local(mon, '11:00')),
        pain('h4', local('2026-11-24')), // the end of the range is not in it
        pain('h5', local('2026-11-22', '23:59')),
      ],
    });
    expect(painReports(log, local(mon), local('2026-11-24')).map((p) => p.id)).toEqual([
      'h2',
      'h3',
      'h1',
    ]);
  });
});
