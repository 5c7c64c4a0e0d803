// The log as a whole: export and restore round trip, all-or-nothing restore, erase, retention.
import { afterEach, describe, expect, it } from 'vitest';
import { summaries } from '../../../core/day-summary';
import { dayKey } from '../../../core/days';
import { defaultSettings } from '../../../core/settings';
import {
  eraseAll,
  exportAll,
  exportPromptsCsv,
  purgeOlderThan,
  restoreRows,
} from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import { backupSettings, dumpAll, prompt, sampleBackup, uniqueDbName } from './data-fixture';
import { expectedSummaries, randomLog } from './random-log';

const dbs: LogDb[] = [];
function freshDb(label: string): LogDb {
  const db = openLogDb(uniqueDbName(label));
  dbs.push(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('restoreRows', () => {
  it('replaces every row with the backup rows and works out the day summaries again', async () => {
    const db = freshDb('restore');
    await db.prompts.put(prompt('old', at('09:00', 2)));
    const [stale] = summaries({ bouts: [], prompts: [prompt('old', at('09:00', 2))], pains: [] }, [
      at('00:00', 2),
      at('00:00', 3),
    ]);
    if (stale) await db.days.put(stale);
    expect(await db.days.count()).toBe(1);
    const backup = sampleBackup();
    await restoreRows(db, backup);
    const dump = await dumpAll(db);
    expect(dump.bouts).toEqual(byId(backup.bouts));
    expect(dump.prompts).toEqual(byId(backup.prompts));
    expect(dump.pains).toEqual(byId(backup.pains));
    expect(dump.plans).toEqual(byId(backup.plans));
    expect(dump.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24']);
    // The same figures the core works out from the raw rows.
    const fromRows = summaries(backup, [at('00:00', 23), at('00:00', 24), at('00:00', 25)]);
    expect(dump.days).toEqual(fromRows);
  });

  it('leaves the database exactly as before when a write fails halfway', async () => {
    const db = freshDb('restore-fails');
    await restoreRows(db, sampleBackup());
    const before = await dumpAll(db);
    // Two rows with one id slip past no checks here: bulkAdd refuses the second one, late.
    const broken = sampleBackup();
    broken.pains = [...broken.pains, { ...broken.pains[0], at: at('12:00') } as never];
    broken.bouts = [
      { id: 'new', startedAt: at('08:00', 2), endedAt: at('08:30', 2), end: 'break' },
    ];
    await expect(restoreRows(db, broken)).rejects.toThrow();
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('exportAll', () => {
  it('round-trips: what is exported, restored into another database, reads the same', async () => {
    const source = freshDb('export-source');
    await restoreRows(source, sampleBackup());
    const backup = await exportAll(source, at('20:00', 24), backupSettings);
    expect(backup).toMatchObject({
      format: 'hip-check-backup',
      version: 2,
      exportedAt: at('20:00', 24),
      settings: backupSettings,
    });
    expect(backup).not.toHaveProperty('days');
    // Through JSON text, as the file goes.
    const copy = JSON.parse(JSON.stringify(backup));
    const target = freshDb('export-target');
    await restoreRows(target, copy);
    expect(await dumpAll(target)).toEqual(await dumpAll(source));
  });

  it('lists rows in time order', async () => {
    const db = freshDb('export-order');
    await db.prompts.bulkPut([prompt('a', at('11:00')), prompt('b', at('09:00'))]);
    expect((await exportAll(db, 0, defaultSettings)).prompts.map((p) => p.id)).toEqual(['b', 'a']);
    const csv = await exportPromptsCsv(db);
    expect(csv.split('\r\n').map((line) => line.split(',')[0])).toEqual(['id', 'b', 'a', '']);
  });
});

describe('eraseAll', () => {
  it('empties every table, the summaries too', async () => {
    const db = freshDb('erase');
    await restoreRows(db, sampleBackup());
    expect((await dumpAll(db)).days).not.toEqual([]);
    await eraseAll(db);
    expect(await dumpAll(db)).toEqual({ bouts: [], prompts: [], pains: [], days: [], plans: [] });
  });
});

describe('purgeOlderThan', () => {
  it('drops what happened before the cutoff and keeps the plan still in force', async () => {
    const db = freshDb('purge');
    const backup = sampleBackup();
    // A bout that runs across the cutoff stays whole.
    backup.bouts.push({
      id: 'across',
      startedAt: at('23:40', 23),
      endedAt: at('00:20', 24),
      end: 'break',
    });
    backup.plans.push({ id: 'plan3', at: at('07:00', 24), settings: defaultSettings });
    await restoreRows(db, backup);
    const cutoff = at('00:00', 24);

    expect(await purgeOlderThan(db, cutoff)).toBe(true);

    const dump = await dumpAll(db);
    expect(dump.bouts.map((b) => b.id).sort()).toEqual(['across', 'b3']);
    expect(dump.prompts.map((p) => p.id)).toEqual(['p4']);
    expect(dump.pains.map((p) => p.id)).toEqual(['h1']);
    // plan1 was replaced by plan2 before the cutoff; plan2 was in force at it.
    expect(dump.plans.map((p) => p.id)).toEqual(['plan2', 'plan3']);
    expect(dump.days.every((d) => d.date >= dayKey(cutoff))).toBe(true);
    expect(dump.days.map((d) => d.date)).toContain('2026-11-24');
    // The days kept read exactly as if the log had only ever held the rows that stay.
    const kept = expectedSummaries({ bouts: dump.bouts, prompts: dump.prompts, pains: [] });
    expect(dump.days).toEqual(kept.filter((d) => d.date >= dayKey(cutoff)));
  });

  for (const seed of [21, 22, 23]) {
    it(`leaves the days kept as a log of only the kept rows would read (seed ${seed})`, async () => {
      const db = freshDb(`purge-random-${seed}`);
      const rows = randomLog(seed, [2026, 9, 15], 21);
      await restoreRows(db, {
        ...sampleBackup(),
        bouts: [...rows.bouts],
        prompts: [...rows.prompts],
        pains: [...rows.pains],
        plans: [],
      });
      // Mid-log, the day after the clocks went back; chains and late bouts sit on either side.
      const cutoff = new Date(2026, 9, 25).getTime();
      expect(await purgeOlderThan(db, cutoff)).toBe(true);
      const dump = await dumpAll(db);
      const kept = expectedSummaries({ bouts: dump.bouts, prompts: dump.prompts, pains: [] });
      expect(dump.days).toEqual(kept.filter((d) => d.date >= dayKey(cutoff)));
    });
  }

  it('works out the first day kept again when its prompt belonged to a bout that went', async () => {
    const db = freshDb('purge-edge');
    // An idle break is back-dated: this bout ended at 23:55, its prompt came due at 00:05 and was
    // snoozed. With the bout logged, the break it ended on answers the prompt.
    const bout = {
      id: 'late',
      startedAt: at('23:00', 23),
      endedAt: at('23:55', 23),
      end: 'break' as const,
    };
    const snoozed = prompt('p-late', at('00:05', 24), {
      boutId: 'late',
      outcome: 'snoozed',
      completed: [],
    });
    await restoreRows(db, {
      ...sampleBackup(),
      bouts: [bout],
      prompts: [snoozed],
      pains: [],
      plans: [],
    });
    expect(await db.days.get('2026-11-24')).toMatchObject({ due: 1, taken: 1, pending: 0 });

    expect(await purgeOlderThan(db, at('00:00', 24))).toBe(true);
    // The bout is gone, so the kept log can no longer say the break was taken.
    expect(await db.days.get('2026-11-24')).toMatchObject({ due: 1, taken: 0, pending: 1 });
  });

  it('changes nothing when nothing is that old', async () => {
    const db = freshDb('purge-nothing');
    await restoreRows(db, sampleBackup());
    const before = await dumpAll(db);
    expect(await purgeOlderThan(db, at('00:00', 1))).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
  });
});
