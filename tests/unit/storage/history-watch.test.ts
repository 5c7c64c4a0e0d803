// The History page's figures, followed: read once at the start, again after each change to the
// log, each time with the clock as the read runs; stopping ends it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { History } from '../../../core/history';
import { defaultSettings } from '../../../core/settings';
import { type LogDb, openLogDb } from '../../../storage/db';
import { readHistory } from '../../../storage/history';
import { watchHistory } from '../../../storage/history-watch';
import { at } from '../core/drive';
import { uniqueDbName } from './data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function freshDb(label: string): LogDb {
  const db = openLogDb(uniqueDbName(label));
  dbs.push(db);
  return db;
}

const settings = { ...defaultSettings, dailyGoal: 5 };

describe('watchHistory', () => {
  it('gives what readHistory reads, then reads again after a change, until stopped', async () => {
    const db = freshDb('history-watch');
    const seen: History[] = [];
    const errors: unknown[] = [];
    const times: number[] = [];
    let clock = at('12:00', 25);
    const now = () => {
      times.push(clock);
      return clock;
    };
    const stop = watchHistory(
      db,
      settings,
      { next: (h) => seen.push(h), error: (e) => errors.push(e) },
      now,
    );
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual(await readHistory(db, at('12:00', 25), settings));
    expect(seen[0]?.dailyGoal).toBe(5);

    clock = at('13:00', 25);
    const pain = { id: 'h1', at: at('12:30', 25), stretchId: 'pigeon-pose', promptId: 'p1' };
    await db.pains.add(pain);
    await expect.poll(() => seen.at(-1)?.pains).toEqual([pain]);
    expect(times.at(-1)).toBe(at('13:00', 25));

    stop();
    const reads = times.length;
    // A second watch, started after the stop, shows when the next change has been dealt with: the
    // change wakes every live watch at once, the older first, so by the time this one has read it
    // a first watch that had not stopped would have begun to read again.
    const later: History[] = [];
    const stopLater = watchHistory(
      db,
      settings,
      { next: (h) => later.push(h), error: (e) => errors.push(e) },
      () => clock,
    );
    await expect.poll(() => later.length).toBe(1);
    await db.pains.add({ ...pain, id: 'h2' });
    await expect.poll(() => later.at(-1)?.pains).toHaveLength(2);
    stopLater();
    expect(times).toHaveLength(reads);
    expect(errors).toEqual([]);
  });

  it('reports a log it cannot read as an error', async () => {
    const db = freshDb('history-watch-failing');
    vi.spyOn(db.plans, 'orderBy').mockImplementation(() => {
      throw new Error('disk gone');
    });
    const errors: unknown[] = [];
    const stop = watchHistory(db, settings, { next: () => {}, error: (e) => errors.push(e) });
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof Error && e.message === 'disk gone')).toBe(true);
    stop();
  });
});
