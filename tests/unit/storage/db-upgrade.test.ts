// Schema upgrades keep every row: the database is filled as an older version left it, then
// opened by today's code, which must bring it to the newest version with nothing lost.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { openLogDb, schemaVersion, schemaVersions } from '../../../storage/db';
import { expectedSummaries, randomLog } from './random-log';

/** The database exactly as release `version` created it, with no upgrade code of later ones. */
function openAsVersion(name: string, version: 1 | 2 | 3): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(schemaVersions[1]);
  if (version >= 2) db.version(2).stores(schemaVersions[2]);
  if (version >= 3) db.version(3).stores(schemaVersions[3]);
  return db;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

// Three weeks of rows either side of the autumn daylight saving change.
const rows = randomLog(11, [2026, 9, 15], 21);

describe('log database upgrades', () => {
  it('brings version 1 data to the newest version without losing a row', async () => {
    const old = openAsVersion('upgrade-from-1', 1);
    // Version 1 prompts had no offered or completed stretches, and there were no pain reports.
    const v1Prompts = rows.prompts.map(({ offered: _o, completed: _c, ...rest }) => rest);
    await old.table('bouts').bulkAdd(rows.bouts);
    await old.table('prompts').bulkAdd(v1Prompts);
    old.close();

    const db = openLogDb('upgrade-from-1');
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect((await db.bouts.toArray()).sort(byId)).toEqual([...rows.bouts].sort(byId));
    const prompts = (await db.prompts.toArray()).sort(byId);
    expect(prompts).toEqual(
      v1Prompts.map((p) => ({ ...p, offered: [], completed: [] })).sort(byId),
    );
    expect(await db.pains.count()).toBe(0);
    const upgradedRows = { bouts: rows.bouts, prompts, pains: [] };
    expect(await db.days.orderBy('date').toArray()).toEqual(expectedSummaries(upgradedRows));
    // The new indexes answer.
    const first = rows.prompts[0];
    expect(
      await db.prompts
        .where('boutId')
        .equals(first?.boutId ?? '')
        .count(),
    ).toBeGreaterThan(0);
    db.close();
  });

  it('brings version 2 data to the newest version without losing a row', async () => {
    const old = openAsVersion('upgrade-from-2', 2);
    await old.table('bouts').bulkAdd(rows.bouts);
    await old.table('prompts').bulkAdd(rows.prompts);
    await old.table('pains').bulkAdd(rows.pains);
    old.close();

    const db = openLogDb('upgrade-from-2');
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect((await db.bouts.toArray()).sort(byId)).toEqual([...rows.bouts].sort(byId));
    expect((await db.prompts.toArray()).sort(byId)).toEqual([...rows.prompts].sort(byId));
    expect((await db.pains.toArray()).sort(byId)).toEqual([...rows.pains].sort(byId));
    expect(await db.days.orderBy('date').toArray()).toEqual(expectedSummaries(rows));
    expect(await db.plans.count()).toBe(0);
    db.close();
  });

  it('brings version 3 data to the newest version: plans get no care plan, pain checks start empty', async () => {
    const old = openAsVersion('upgrade-from-3', 3);
    const plans = [
      { id: 'plan-1', at: rows.bouts[0]?.startedAt ?? 0, settings: defaultSettings },
      {
        id: 'plan-2',
        at: rows.bouts[5]?.startedAt ?? 1,
        settings: { ...defaultSettings, dailyGoal: 7 },
      },
    ];
    await old.table('bouts').bulkAdd(rows.bouts);
    await old.table('prompts').bulkAdd(rows.prompts);
    await old.table('pains').bulkAdd(rows.pains);
    await old.table('days').bulkAdd(expectedSummaries(rows));
    await old.table('plans').bulkAdd(plans);
    old.close();

    const db = openLogDb('upgrade-from-3');
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect((await db.bouts.toArray()).sort(byId)).toEqual([...rows.bouts].sort(byId));
    expect((await db.prompts.toArray()).sort(byId)).toEqual([...rows.prompts].sort(byId));
    expect((await db.pains.toArray()).sort(byId)).toEqual([...rows.pains].sort(byId));
    expect(await db.days.orderBy('date').toArray()).toEqual(expectedSummaries(rows));
    expect(await db.plans.orderBy('at').toArray()).toEqual(
      plans.map((plan) => ({ ...plan, carePlan: null })),
    );
    expect(await db.painChecks.count()).toBe(0);
    await db.painChecks.put({ id: 'c1', at: 1, score: 2 });
    expect(await db.painChecks.where('at').below(2).count()).toBe(1);
    db.close();
  });

  it('opens an empty database at the newest version', async () => {
    const db = openLogDb('upgrade-fresh');
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await db.days.count()).toBe(0);
    db.close();
  });
});
