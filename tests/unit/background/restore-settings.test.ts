// The background's restore with and without the backup's settings: written only when asked, never
// from a version 1 backup, and put back as they were when the log cannot be written.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings';
import { createDataRequests } from '../../../entrypoints/background/data-requests';
import type { StoredCarePlan } from '../../../storage/care-plan-store';
import { type LogDb, openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import {
  backupSettings,
  dumpAll,
  prompt,
  sampleBackup,
  uniqueDbName,
} from '../storage/data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

const mine: Settings = { ...defaultSettings, dailyGoal: 3 };
const example = readFileSync('docs/care-plan.example.json', 'utf8');
const minePlan: StoredCarePlan = { text: example, appliedAt: at('08:00', 20) };
const theirs: StoredCarePlan = {
  text: example.replace('"revision": 1', '"revision": 2'),
  appliedAt: at('08:00', 22),
};

async function setUp(save?: (next: Settings) => Promise<void>) {
  const db = openLogDb(uniqueDbName('restore-settings'));
  dbs.push(db);
  await db.prompts.put(prompt('mine', at('09:00', 2)));
  const settings = { current: mine };
  const plan: { current: StoredCarePlan | null } = { current: minePlan };
  const saveSettings = vi.fn(
    save ??
      (async (next: Settings) => {
        settings.current = next;
      }),
  );
  const handle = createDataRequests({
    db: () => db,
    clearOutbox: async () => undefined,
    loadSettings: async () => settings.current,
    saveSettings,
    loadCarePlan: async () => plan.current,
    saveCarePlan: async (next) => {
      plan.current = next;
    },
    now: () => at('12:00', 25),
  });
  return { db, handle, settings, plan, saveSettings, before: await dumpAll(db) };
}

describe('restoreBackup and the settings', () => {
  it('keeps the current settings unless asked', async () => {
    const { db, handle, settings, saveSettings } = await setUp();
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: false }),
    ).toEqual({ ok: true });
    expect(saveSettings).not.toHaveBeenCalled();
    expect(settings.current).toBe(mine);
    expect(await db.prompts.count()).toBe(4);
  });

  it("writes the backup's settings when asked, and the log with them", async () => {
    const { db, handle, settings } = await setUp();
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: true }),
    ).toEqual({ ok: true });
    expect(settings.current).toEqual(backupSettings);
    expect(await db.prompts.count()).toBe(4);
  });

  it('has nothing to write from a version 1 backup, and restores its log', async () => {
    const { settings: _, ...rest } = sampleBackup();
    const { handle, settings, saveSettings } = await setUp();
    const backup = { ...rest, version: 1 };
    expect(await handle({ type: 'restoreBackup', backup, withSettings: true })).toEqual({
      ok: true,
    });
    expect(saveSettings).not.toHaveBeenCalled();
    expect(settings.current).toBe(mine);
  });

  it('refuses damaged settings before anything is written', async () => {
    const { db, handle, saveSettings, before } = await setUp();
    const backup = { ...sampleBackup(), settings: { ...backupSettings, sittingLimitMin: 5000 } };
    expect(await handle({ type: 'restoreBackup', backup, withSettings: true })).toEqual({
      ok: false,
      error: 'backupErrSettings',
      params: [],
    });
    expect(saveSettings).not.toHaveBeenCalled();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('puts the settings back when the log cannot be written', async () => {
    const { db, handle, settings, saveSettings } = await setUp();
    db.close();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: true }),
    ).toEqual({ ok: false, error: 'dataErrDatabase', params: [] });
    expect(saveSettings).toHaveBeenCalledTimes(2);
    expect(settings.current).toEqual(mine);
  });

  it('changes nothing when the settings cannot be saved', async () => {
    const { db, handle, before } = await setUp(async () => {
      throw new Error('QuotaExceededError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: true }),
    ).toEqual({ ok: false, error: 'dataErrSettings', params: [] });
    expect(await dumpAll(db)).toEqual(before);
  });

  it("brings a version 3 backup's care plan back with its settings, and only then", async () => {
    const backup = { ...sampleBackup(), carePlan: theirs };
    const kept = await setUp();
    await kept.handle({ type: 'restoreBackup', backup, withSettings: false });
    expect(kept.plan.current).toEqual(minePlan);
    const taken = await setUp();
    expect(await taken.handle({ type: 'restoreBackup', backup, withSettings: true })).toEqual({
      ok: true,
    });
    expect(taken.plan.current).toEqual(theirs);
    // A backup that held no plan removes the one in force; an older one, without the key, keeps it.
    const none = await setUp();
    await none.handle({
      type: 'restoreBackup',
      backup: { ...backup, carePlan: null },
      withSettings: true,
    });
    expect(none.plan.current).toBeNull();
    const older = await setUp();
    await older.handle({ type: 'restoreBackup', backup: sampleBackup(), withSettings: true });
    expect(older.plan.current).toEqual(minePlan);
  });

  it('puts the care plan back with the settings when the log cannot be written', async () => {
    const { db, handle, plan, settings } = await setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.close();
    const backup = { ...sampleBackup(), carePlan: theirs };
    const reply = await handle({ type: 'restoreBackup', backup, withSettings: true });
    expect(reply).toEqual({ ok: false, error: 'dataErrDatabase', params: [] });
    expect(plan.current).toEqual(minePlan);
    expect(settings.current).toEqual(mine);
  });
});
