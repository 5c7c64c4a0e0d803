// The background's data requests: a restore is checked again and is all or nothing; an erase is
// complete; a broken database gets its own answer; retention deletes only what is too old.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings';
import {
  applyRetention,
  createDataRequests,
  retentionCutoff,
} from '../../../entrypoints/background/data-requests';
import { restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import { dumpAll, prompt, sampleBackup, uniqueDbName } from '../storage/data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A database with a log in it already, and the request handler on it. */
async function setUp() {
  const db = openLogDb(uniqueDbName('requests'));
  dbs.push(db);
  await db.prompts.bulkPut([prompt('mine1', at('09:00', 2)), prompt('mine2', at('10:00', 2))]);
  await db.bouts.put({
    id: 'bout-mine',
    startedAt: at('08:30', 2),
    endedAt: at('10:05', 2),
    end: 'break',
  });
  const clearOutbox = vi.fn(async () => undefined);
  const settings = { current: defaultSettings };
  const saveSettings = vi.fn(async (next: Settings) => {
    settings.current = next;
  });
  const handle = createDataRequests({
    db: () => db,
    clearOutbox,
    loadSettings: async () => settings.current,
    saveSettings,
    loadCarePlan: async () => null,
    saveCarePlan: async () => undefined,
    now: () => at('12:00', 24),
  });
  return { db, handle, clearOutbox, settings, saveSettings, before: await dumpAll(db) };
}

describe('restoreBackup', () => {
  it('replaces the log with a good backup', async () => {
    const { db, handle } = await setUp();
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: false }),
    ).toEqual({ ok: true });
    const dump = await dumpAll(db);
    expect(dump.prompts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(dump.bouts.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
  });

  const good = sampleBackup();
  const refused: [string, unknown, string, string[]][] = [
    ['malformed (not a backup)', { hello: 'world' }, 'backupErrNotBackup', []],
    ['text instead of the parsed backup', JSON.stringify(good), 'backupErrNotBackup', []],
    ['from a newer Hip Check', { ...good, version: 7 }, 'backupErrNewerVersion', ['7']],
    [
      'with a time far in the future',
      { ...good, bouts: [{ ...good.bouts[0], endedAt: 8.64e15 }] },
      'backupErrBoutTime',
      ['1'],
    ],
    ['missing a table', { ...good, pains: undefined }, 'backupErrDamaged', []],
    [
      'with a wrong row',
      { ...good, bouts: [...good.bouts, { id: 'x', startedAt: 1, endedAt: 2, end: 'nap' }] },
      'backupErrBadBout',
      ['4'],
    ],
    [
      'with an id twice',
      { ...good, prompts: [...good.prompts, good.prompts[0]] },
      'backupErrDuplicatePrompt',
      ['5', 'p1'],
    ],
  ];
  it.each(refused)('refuses a backup %s and changes nothing', async (_, backup, error, params) => {
    const { db, handle, before } = await setUp();
    expect(await handle({ type: 'restoreBackup', backup, withSettings: false })).toEqual({
      ok: false,
      error,
      params,
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('answers that the database cannot be used when it cannot be opened', async () => {
    const handle = createDataRequests({
      db: () => {
        throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
      },
      clearOutbox: async () => undefined,
      loadSettings: async () => defaultSettings,
      saveSettings: async () => undefined,
      loadCarePlan: async () => null,
      saveCarePlan: async () => undefined,
      now: () => at('12:00', 24),
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: false }),
    ).toEqual({
      ok: false,
      error: 'dataErrDatabase',
      params: [],
    });
    expect(await handle({ type: 'eraseLog' })).toMatchObject({ error: 'dataErrDatabase' });
  });

  it('answers that the database cannot be used when it closes under the restore', async () => {
    const { db, handle } = await setUp();
    db.close();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: false }),
    ).toMatchObject({
      ok: false,
      error: 'dataErrDatabase',
    });
  });
});

describe('eraseLog', () => {
  it('empties every table and the outbox', async () => {
    const { db, handle, clearOutbox } = await setUp();
    await restoreRows(db, sampleBackup());
    expect(await handle({ type: 'eraseLog' })).toEqual({ ok: true });
    expect(await dumpAll(db)).toEqual({ bouts: [], prompts: [], pains: [], days: [], plans: [] });
    expect(clearOutbox).toHaveBeenCalledOnce();
  });

  it('keeps the outbox when the database could not be erased', async () => {
    const { db, handle, clearOutbox } = await setUp();
    db.close();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handle({ type: 'eraseLog' })).toMatchObject({ ok: false });
    expect(clearOutbox).not.toHaveBeenCalled();
  });
});

describe('applyRetention', () => {
  it('starts the kept time at local midnight, so many days ago', () => {
    const settings = { ...defaultSettings, retentionDays: 30 as const };
    expect(retentionCutoff(settings, at('15:20', 23))).toBe(new Date(2026, 9, 24).getTime());
    expect(retentionCutoff(defaultSettings, at('15:20', 23))).toBeNull();
  });

  it('deletes nothing when everything is kept, and what is too old otherwise', async () => {
    const { db, before } = await setUp();
    expect(await applyRetention(db, defaultSettings, at('12:00', 24))).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
    const settings = { ...defaultSettings, retentionDays: 30 as const };
    // 2 November is 22 days before 24 November: kept. On 3 December it is 31 days old: gone.
    expect(await applyRetention(db, settings, at('12:00', 24))).toBe(false);
    expect(await applyRetention(db, settings, new Date(2026, 11, 3, 9).getTime())).toBe(true);
    expect(await db.prompts.count()).toBe(0);
    expect(await db.bouts.count()).toBe(0);
  });
});
