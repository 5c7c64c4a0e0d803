// The log as a whole: export and restore round trip, all-or-nothing restore, erase.
import { afterEach, describe, expect, it } from 'vitest';
import { summaries } from '../../../core/day-summary';
import { defaultSettings } from '../../../core/settings';
import { eraseAll, exportAll, exportPromptsCsv, restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import { backupSettings, dumpAll, prompt, sampleBackup, uniqueDbName } from './data-fixture';

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
    const carePlan = { text: '{"plan": "as given"}', appliedAt: at('08:00', 23) };
    const backup = await exportAll(source, at('20:00', 24), backupSettings, carePlan);
    expect(backup).toMatchObject({
      format: 'hip-check-backup',
      version: 3,
      exportedAt: at('20:00', 24),
      settings: backupSettings,
      carePlan,
      painChecks: sampleBackup().painChecks,
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
    expect((await exportAll(db, 0, defaultSettings, null)).prompts.map((p) => p.id)).toEqual([
      'b',
      'a',
    ]);
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
