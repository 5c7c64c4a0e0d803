// Schema upgrades keep every row: the database is filled as version 1 left it, then opened now.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLogDb, schemaVersions } from '../../../storage/db';
import { at } from '../core/drive';

describe('log database upgrades', () => {
  it('brings version 1 data to version 2 without losing a row', async () => {
    const name = 'upgrade-from-1';
    const old = new Dexie(name);
    old.version(1).stores(schemaVersions[1]);
    const bouts = Array.from({ length: 50 }, (_, i) => ({
      id: `b${i}`,
      startedAt: at('09:00') + i * 3_600_000,
      endedAt: at('09:30') + i * 3_600_000,
      end: 'break',
    }));
    const prompts = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      boutId: `b${i}`,
      trigger: 'limit',
      dueAt: at('09:30') + i * 3_600_000,
      shownAt: at('09:30') + i * 3_600_000,
      settledAt: at('09:31') + i * 3_600_000,
      outcome: i % 2 ? 'done' : 'skipped',
      snoozesBefore: 0,
    }));
    await old.table('bouts').bulkAdd(bouts);
    await old.table('prompts').bulkAdd(prompts);
    old.close();

    const db = openLogDb(name);
    expect(await db.bouts.orderBy('startedAt').toArray()).toEqual(bouts);
    const upgraded = await db.prompts.orderBy('dueAt').toArray();
    expect(upgraded).toHaveLength(40);
    expect(upgraded[3]).toEqual({ ...prompts[3], offered: [], completed: [] });
    expect(await db.prompts.where('outcome').equals('done').count()).toBe(20);
    expect(await db.pains.count()).toBe(0);
    expect(db.verno).toBe(2);
    db.close();
  });
});
