// What the Data page says the log holds: the rows of each kind and where the log begins, followed
// as the background restores or erases.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseAll, restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { countLog, type LogCounts, watchLogCounts } from '../../../storage/log-counts';
import { at } from '../core/drive';
import { sampleBackup, uniqueDbName } from './data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function freshDb(label: string): LogDb {
  const db = openLogDb(uniqueDbName(label));
  dbs.push(db);
  return db;
}

const empty: LogCounts = { prompts: 0, bouts: 0, pains: 0, painChecks: 0, from: null };
const sample: LogCounts = { prompts: 4, bouts: 3, pains: 1, painChecks: 1, from: at('09:00') };

describe('countLog', () => {
  it('counts nothing, and no start, in an empty log', async () => {
    expect(await countLog(freshDb('counts-empty'))).toEqual(empty);
  });

  it('counts each kind of row, from the oldest bout or prompt', async () => {
    const db = freshDb('counts');
    await restoreRows(db, sampleBackup());
    expect(await countLog(db)).toEqual(sample);
  });

  it('starts at a prompt older than every bout', async () => {
    const db = freshDb('counts-prompt-first');
    await restoreRows(db, sampleBackup());
    await db.prompts.update('p1', { dueAt: at('08:10') });
    expect((await countLog(db)).from).toBe(at('08:10'));
  });
});

describe('watchLogCounts', () => {
  it('gives the counts, then fresh ones after each change, until stopped', async () => {
    const db = freshDb('counts-watch');
    const seen: LogCounts[] = [];
    const errors: unknown[] = [];
    const stop = watchLogCounts(db, { next: (c) => seen.push(c), error: (e) => errors.push(e) });
    await expect.poll(() => seen.at(-1)).toEqual(empty);
    await restoreRows(db, sampleBackup());
    await expect.poll(() => seen.at(-1)).toEqual(sample);
    await eraseAll(db);
    await expect.poll(() => seen.at(-1)).toEqual(empty);
    stop();
    const calls = seen.length;
    // A second watch, started after the stop, shows when the restore has been dealt with: the
    // change wakes every live watch at once, the older first, so by the time this one has its
    // fresh counts a first watch that had not stopped would have had them too.
    const later: LogCounts[] = [];
    const stopLater = watchLogCounts(db, {
      next: (c) => later.push(c),
      error: (e) => errors.push(e),
    });
    await expect.poll(() => later.at(-1)).toEqual(empty);
    await restoreRows(db, sampleBackup());
    await expect.poll(() => later.at(-1)).toEqual(sample);
    stopLater();
    expect(seen).toHaveLength(calls);
    expect(errors).toEqual([]);
  });

  it('reports a log it cannot read as an error', async () => {
    const db = freshDb('counts-failing');
    vi.spyOn(db.pains, 'count').mockRejectedValue(new Error('disk gone'));
    const errors: unknown[] = [];
    const stop = watchLogCounts(db, { next: () => {}, error: (e) => errors.push(e) });
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof Error && e.message === 'disk gone')).toBe(true);
    stop();
  });
});
