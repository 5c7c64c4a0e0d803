// The per-day summaries kept on write equal the figures computed from every raw row, whatever
// the order and batching of the writes, and the pages' reads of them give the same history.
import { describe, expect, it } from 'vitest';
import {
  adherenceRate,
  type LogRows,
  painReports,
  perDay,
  perStretch,
  streak,
} from '../../../core/adherence';
import { addDays } from '../../../core/days';
import type { LogRecord } from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import { openLogDb } from '../../../storage/db';
import { readHistory, readToday } from '../../../storage/history';
import { writeRecords } from '../../../storage/log';
import { expectedSummaries, randomFrom, randomLog } from './random-log';

/** What the summaries must hold: one per day that has anything in it. */
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
