// The per-day summaries kept on write equal the figures computed from every raw row, whatever
// the order and batching of the writes, and the pages' reads of them give the same history.
import { describe, expect, it } from 'vitest';
import {
  adherenceRate,
  type LogRows,
  painReports,
  perDay,
  perStretch,
} from '../../../core/adherence';
import { addDays } from '../../../core/days';
import type { LogRecord } from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import { streak } from '../../../core/streak';
import { openLogDb } from '../../../storage/db';
import { readHistory, readToday } from '../../../storage/history';
import { writeRecords } from '../../../storage/log';
import { expectedSummaries, randomFrom, randomLog } from './random-log';

/** The rows as the engine's outbox hands them over: shuffled into batches, some sent twice. */
function batches(rows: LogRows, seed: number, largest: number): LogRecord[][] {
  const random = randomFrom(seed);
  const records: LogRecord[] = [
    ...rows.bouts.map((row) => ({ kind: 'bout', row }) as const),
    ...rows.prompts.map((row) => ({ kind: 'prompt', row }) as const),
    ...rows.pains.map((row) => ({ kind: 'pain', row }) as const),
  ];
  for (let i = records.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [records[i], records[j]] = [records[j] as LogRecord, records[i] as LogRecord];
  }
  const out: LogRecord[][] = [];
  for (let i = 0; i < records.length; ) {
    const size = random.int(1, largest);
    out.push(records.slice(i, i + size));
    if (random.next() < 0.1) out.push(records.slice(i, i + size)); // a replayed outbox
    i += size;
  }
  return out;
}

// fake-indexeddb is far slower than a browser's IndexedDB; `npm run bench` measures the real one.
const slowFakeDb = { timeout: 30_000 };

describe('per-day summaries', () => {
  // Three weeks that hold the autumn daylight saving change (25 October 2026), three seeds.
  for (const seed of [1, 2, 3]) {
    it(
      `equal the figures from raw rows after random writes (seed ${seed})`,
      slowFakeDb,
      async () => {
        const rows = randomLog(seed, [2026, 9, 15], 21);
        const db = openLogDb(`summaries-${seed}`);
        for (const batch of batches(rows, seed, 12)) await writeRecords(db, batch);
        const stored = await db.days.orderBy('date').toArray();
        expect(stored).toEqual(expectedSummaries(rows));
        db.close();
      },
    );
  }

  it('move a snoozed chain to the day it ended when its last prompt is written', async () => {
    const db = openLogDb('summaries-chain');
    const start = new Date(2026, 10, 23, 23, 0).getTime();
    const bout = { id: 'b', startedAt: start, endedAt: start + 90 * 60_000, end: 'break' as const };
    const prompt = (id: string, dueAt: number, outcome: 'snoozed' | 'done') => ({
      kind: 'prompt' as const,
      row: {
        id,
        boutId: 'b',
        trigger: 'limit' as const,
        dueAt,
        shownAt: dueAt,
        settledAt: dueAt,
        outcome,
        snoozesBefore: 0,
        offered: [],
        completed: [],
      },
    });
    await writeRecords(db, [prompt('p1', start + 30 * 60_000, 'snoozed')]);
    expect(await db.days.get('2026-11-23')).toMatchObject({ due: 1, pending: 1 });
    await writeRecords(db, [
      prompt('p2', start + 70 * 60_000, 'done'),
      { kind: 'bout', row: bout },
    ]);
    expect(await db.days.get('2026-11-23')).toMatchObject({ due: 0, taken: 0, satMin: 60 });
    expect(await db.days.get('2026-11-24')).toMatchObject({
      due: 1,
      taken: 1,
      pending: 0,
      satMin: 30,
    });
    db.close();
  });
});

describe('readHistory and readToday', () => {
  it('give the figures computed by scanning every row', slowFakeDb, async () => {
    const rows = randomLog(7, [2026, 9, 12], 42);
    const db = openLogDb('history-read');
    // In time order, as the engine's outbox hands rows over day by day.
    const inOrder: LogRecord[] = [
      ...rows.bouts.map((row) => ({ kind: 'bout', row, at: row.endedAt }) as const),
      ...rows.prompts.map((row) => ({ kind: 'prompt', row, at: row.settledAt }) as const),
      ...rows.pains.map((row) => ({ kind: 'pain', row, at: row.at }) as const),
    ]
      .sort((a, b) => a.at - b.at)
      .map(({ at: _, ...record }) => record as LogRecord);
    for (let i = 0; i < inOrder.length; i += 5) await writeRecords(db, inOrder.slice(i, i + 5));
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const settings = { ...defaultSettings, dailyGoal: 3 };
    const history = await readHistory(db, now, settings);
    const from = addDays(now, -29);
    const to = addDays(now, 1);
    expect(history.days).toEqual(perDay(rows, from, 30));
    expect(history.rate30).toBeCloseTo(adherenceRate(rows, from, to) ?? Number.NaN, 12);
    expect(history.rate7).toBeCloseTo(adherenceRate(rows, addDays(now, -6), to) ?? Number.NaN, 12);
    expect(history.streak).toBe(streak(rows, now, settings.schedule, 3));
    expect(history.stretches).toEqual(perStretch(rows, from, to));
    expect(history.pains).toEqual(painReports(rows, from, to));
    expect(history.dailyGoal).toBe(3);
    expect(await readToday(db, now)).toEqual(perDay(rows, now, 1)[0]);
    db.close();
  });

  it('count a streak across weekends and stop at the working day that missed the goal', async () => {
    const db = openLogDb('history-streak');
    const records: LogRecord[] = [];
    // Two breaks on every weekday from Monday 2 to Friday 20 November 2026, but one on the 5th;
    // weekends empty, except one break on Saturday 14th (a day off: it neither counts nor breaks).
    for (let day = 2; day <= 20; day++) {
      const weekday = new Date(2026, 10, day).getDay();
      const breaks = weekday === 0 ? 0 : weekday === 6 ? (day === 14 ? 1 : 0) : day === 5 ? 1 : 2;
      for (let i = 0; i < breaks; i++) {
        const startedAt = new Date(2026, 10, day, 9 + 2 * i).getTime();
        const id = `${day}-${i}`;
        records.push(
          {
            kind: 'bout',
            row: { id, startedAt, endedAt: startedAt + 31 * 60_000, end: 'routine' },
          },
          {
            kind: 'prompt',
            row: {
              id,
              boutId: id,
              trigger: 'limit',
              dueAt: startedAt + 30 * 60_000,
              shownAt: startedAt + 30 * 60_000,
              settledAt: startedAt + 31 * 60_000,
              outcome: 'done',
              snoozesBefore: 0,
              offered: [],
              completed: [],
            },
          },
        );
      }
    }
    await writeRecords(db, records);
    const settings = { ...defaultSettings, dailyGoal: 2 };
    // Friday 20th, 19:00: the 6th to the 20th is 11 working days in a row.
    const now = new Date(2026, 10, 20, 19, 0).getTime();
    expect((await readHistory(db, now, settings)).streak).toBe(11);
    // Monday 23rd with nothing yet: the run is not broken by a day that isn't over.
    const monday = new Date(2026, 10, 23, 10, 0).getTime();
    expect((await readHistory(db, monday, settings)).streak).toBe(11);
    // Tuesday 24th: Monday passed without a break, so the run is over.
    const tuesday = new Date(2026, 10, 24, 10, 0).getTime();
    expect((await readHistory(db, tuesday, settings)).streak).toBe(0);
    const rows = {
      bouts: records.flatMap((r) => (r.kind === 'bout' ? [r.row] : [])),
      prompts: records.flatMap((r) => (r.kind === 'prompt' ? [r.row] : [])),
      pains: [],
    };
    for (const at of [now, monday, tuesday]) {
      expect((await readHistory(db, at, settings)).streak).toBe(
        streak(rows, at, settings.schedule, 2),
      );
    }
    db.close();
  });

  it('show an empty month for a log with nothing in it', async () => {
    const db = openLogDb('history-empty');
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const history = await readHistory(db, now, defaultSettings);
    expect(history.days).toHaveLength(30);
    expect(history.days.every((d) => d.due === 0 && d.taken === 0 && d.satMin === 0)).toBe(true);
    expect(history.days.at(-1)?.date).toBe('2026-11-20');
    expect(history).toMatchObject({
      streak: 0,
      rate7: null,
      rate30: null,
      stretches: [],
      pains: [],
    });
    db.close();
  });
});
