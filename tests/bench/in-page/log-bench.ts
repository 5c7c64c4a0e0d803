// Runs inside a Chromium extension page (bundled and injected by adherence.bench.ts): the log's
// own code against the browser's real IndexedDB, timed with the page's clock.
import {
  adherenceRate,
  type LogRows,
  painReports,
  perDay,
  perStretch,
  today,
} from '../../../core/adherence';
import { addDays, startOfDay } from '../../../core/days';
import type { BoutRecord, PromptOutcome, PromptRecord } from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import { streak } from '../../../core/streak';
import { exportPromptsCsv } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { readHistory, readToday } from '../../../storage/history';
import { writeRecords } from '../../../storage/log';
import { rebuildSummaries } from '../../../storage/summaries';

const outcomes: PromptOutcome[] = [
  'done',
  'done',
  'done',
  'partial',
  'snoozed',
  'skipped',
  'missed',
  'away',
];
const perDayCount = 20;
let db: LogDb;

/**
 * `count` prompts, 20 a day (one every 30 minutes from 08:00), each ending its own 30-minute
 * bout, on consecutive days up to today: 100,000 prompts is about 13.7 years of use.
 */
async function seed(count: number, now: number): Promise<{ ms: number; days: number }> {
  const started = performance.now();
  db = openLogDb('hip-check-bench');
  await db.delete();
  db = openLogDb('hip-check-bench');
  const days = Math.ceil(count / perDayCount);
  const bouts: BoutRecord[] = [];
  const prompts: PromptRecord[] = [];
  for (let d = days - 1; d >= 0 && prompts.length < count; d--) {
    const dayStart = addDays(now, -d);
    for (let i = 0; i < perDayCount && prompts.length < count; i++) {
      const startedAt = dayStart + (8 * 60 + i * 30) * 60_000;
      const dueAt = startedAt + 29 * 60_000;
      const n = prompts.length;
      const outcome = outcomes[(n * 7 + d) % outcomes.length] ?? 'done';
      bouts.push({ id: `b${n}`, startedAt, endedAt: dueAt + 60_000, end: 'break' });
      const completed = outcome === 'done' ? ['figure-four', 'glute-bridge'] : [];
      prompts.push({
        id: `p${n}`,
        boutId: `b${n}`,
        trigger: 'limit',
        dueAt,
        shownAt: dueAt,
        settledAt: dueAt + 60_000,
        outcome,
        snoozesBefore: 0,
        offered: ['figure-four', 'glute-bridge', 'walk'],
        completed,
      });
    }
  }
  await db.transaction('rw', [db.bouts, db.prompts, db.days], async () => {
    await db.bouts.bulkPut(bouts);
    await db.prompts.bulkPut(prompts);
    await rebuildSummaries(db);
  });
  return { ms: performance.now() - started, days };
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The engine's write after a Done: the prompt and the bout it ended, in one transaction. */
let written = 0;
function logOutcome(now: number): Promise<number> {
  written += 1;
  const id = `bench-${written}`;
  return timed(() =>
    writeRecords(db, [
      { kind: 'bout', row: { id, startedAt: now - 30 * 60_000, endedAt: now, end: 'routine' } },
      {
        kind: 'prompt',
        row: {
          id,
          boutId: id,
          trigger: 'limit',
          dueAt: now - 60_000,
          shownAt: now - 60_000,
          settledAt: now,
          outcome: 'done',
          snoozesBefore: 0,
          offered: ['pigeon'],
          completed: ['pigeon'],
        },
      },
    ]),
  );
}

/** The same figures computed the way a log without summaries would: read every row, then count. */
async function scanRows(): Promise<LogRows> {
  const [bouts, prompts, pains] = await Promise.all([
    db.bouts.toArray(),
    db.prompts.toArray(),
    db.pains.toArray(),
  ]);
  return { bouts, prompts, pains };
}

const bench = {
  seed,
  logOutcome,
  today: (now: number) => timed(() => readToday(db, now)),
  todayScan: (now: number) => timed(async () => today(await scanRows(), now)),
  month: (now: number) => timed(() => readHistory(db, now, defaultSettings)),
  monthScan: (now: number) =>
    timed(async () => {
      const rows = await scanRows();
      const from = addDays(now, -29);
      const to = addDays(startOfDay(now), 1);
      perDay(rows, from, 30);
      adherenceRate(rows, from, to);
      adherenceRate(rows, addDays(now, -6), to);
      perStretch(rows, from, to);
      painReports(rows, from, to);
      streak(rows, now, defaultSettings.schedule, defaultSettings.dailyGoal);
    }),
  csv: () =>
    timed(async () => {
      const csv = await exportPromptsCsv(db);
      // Through to the Blob the page hands to the download, as the Export button does.
      new Blob([csv], { type: 'text/csv' });
    }),
};

(globalThis as unknown as { hipBench: typeof bench }).hipBench = bench;
