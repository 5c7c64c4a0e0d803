// The backup file: a good one is read back whole; every kind of bad one is refused with its own key.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBackup, parseBackup, summarizeBackup } from '../../../core/backup';
import { at } from '../core/drive';
import { readerNow, sampleBackup } from '../storage/data-fixture';

const good = () => JSON.stringify(sampleBackup(), null, 2);

describe('parseBackup', () => {
  it('reads a good backup back to the same rows', () => {
    expect(parseBackup(good(), readerNow)).toEqual({ ok: true, value: sampleBackup() });
  });

  it('accepts a byte-order mark and drops fields it does not know', () => {
    const backup = sampleBackup() as unknown as Record<string, unknown> & { bouts: object[] };
    backup.bouts[0] = { ...backup.bouts[0], note: 'added by hand' };
    const read = parseBackup(`\uFEFF${JSON.stringify({ ...backup, comment: 'x' })}`, readerNow);
    expect(read).toEqual({ ok: true, value: sampleBackup() });
  });

  it('says an empty file is empty', () => {
    expect(parseBackup('  \n', readerNow)).toEqual({
      ok: false,
      error: 'backupErrEmpty',
      params: [],
    });
  });

  it('says a file that is not JSON is not JSON', () => {
    for (const text of ['Hello, this is a letter', 'date,outcome\n2026-11-23,done', '{"a": 1} }']) {
      expect(parseBackup(text, readerNow)).toMatchObject({ ok: false, error: 'backupErrNotJson' });
    }
  });

  it('says a file cut short seems incomplete, wherever it was cut', () => {
    const text = good();
    for (const cut of [0.5, 0.1, 0.99]) {
      const part = text.slice(0, Math.floor(text.length * cut));
      expect(parseBackup(part, readerNow)).toEqual({
        ok: false,
        error: 'backupErrTruncated',
        params: [],
      });
    }
    // Cut inside a string, and in the middle of a word such as `null`.
    expect(parseBackup('{"format": "hip-ch', readerNow)).toMatchObject({
      error: 'backupErrTruncated',
    });
    expect(parseBackup('[{"shownAt": nu', readerNow)).toMatchObject({
      error: 'backupErrTruncated',
    });
  });

  it('tells a cut file from one damaged in the middle', () => {
    expect(parseBackup('{"bouts": [1, 2}, "prompts": [', readerNow)).toMatchObject({
      error: 'backupErrNotJson',
    });
  });
});

describe('checkBackup', () => {
  const refusal = (value: unknown) => {
    const checked = checkBackup(value, readerNow);
    return checked.ok ? null : { error: checked.error, params: checked.params };
  };

  it('refuses JSON that is not a Hip Check backup', () => {
    for (const value of [null, 42, 'text', [sampleBackup()], { bouts: [] }, { format: 'other' }]) {
      expect(refusal(value)).toEqual({ error: 'backupErrNotBackup', params: [] });
    }
  });

  it('asks for an update when the backup comes from a newer Hip Check', () => {
    const future = { ...sampleBackup(), version: 4, bouts: 'a shape this version cannot know' };
    expect(refusal(future)).toEqual({ error: 'backupErrNewerVersion', params: ['4'] });
  });

  it('says the backup is damaged when a table or the export time is missing', () => {
    const { plans: _, ...noPlans } = sampleBackup();
    expect(refusal(noPlans)).toEqual({ error: 'backupErrDamaged', params: [] });
    expect(refusal({ ...sampleBackup(), exportedAt: 'yesterday' })?.error).toBe('backupErrDamaged');
    expect(refusal({ ...sampleBackup(), version: 0 })?.error).toBe('backupErrDamaged');
  });

  it('names the table and the row (counted from 1) of a wrong row', () => {
    const backup = sampleBackup();
    const prompts = backup.prompts.map((p, i) => (i === 2 ? { ...p, outcome: 'great' } : p));
    expect(refusal({ ...backup, prompts })).toEqual({ error: 'backupErrBadPrompt', params: ['3'] });
    const bouts = [...backup.bouts, { id: 'b9', startedAt: 'nine', endedAt: 1, end: 'break' }];
    expect(refusal({ ...backup, bouts })).toEqual({ error: 'backupErrBadBout', params: ['4'] });
    const pains = [{ ...backup.pains[0], stretchId: undefined }];
    expect(refusal({ ...backup, pains })).toEqual({ error: 'backupErrBadPain', params: ['1'] });
    const plans = backup.plans.map((p) => ({ ...p, settings: { ...p.settings, dailyGoal: 99 } }));
    expect(refusal({ ...backup, plans })).toEqual({ error: 'backupErrBadPlan', params: ['1'] });
  });

  it('refuses an id that appears twice in a table, naming the row and the id', () => {
    const backup = sampleBackup();
    const prompts = [...backup.prompts, { ...backup.prompts[1], dueAt: at('15:00') }];
    expect(refusal({ ...backup, prompts })).toEqual({
      error: 'backupErrDuplicatePrompt',
      params: ['5', 'p2'],
    });
    const plans = [backup.plans[0], backup.plans[0]];
    expect(refusal({ ...backup, plans })?.error).toBe('backupErrDuplicatePlan');
  });

  it('accepts the same id in two different tables', () => {
    const backup = sampleBackup();
    const pains = [{ ...backup.pains[0], id: 'p1' }] as typeof backup.pains;
    expect(checkBackup({ ...backup, pains }, readerNow).ok).toBe(true);
  });
});

describe('summarizeBackup', () => {
  it('counts the rows and spans their times', () => {
    expect(summarizeBackup(sampleBackup())).toEqual({
      bouts: 3,
      prompts: 4,
      pains: 1,
      painChecks: 1,
      from: at('09:00'),
      to: at('09:40', 24),
    });
  });

  it('has no span for an empty backup', () => {
    const empty = { ...sampleBackup(), bouts: [], prompts: [], pains: [], painChecks: [] };
    expect(summarizeBackup(empty)).toMatchObject({ from: null, to: null, prompts: 0 });
  });
});

describe('backups across versions and care plans', () => {
  const example = readFileSync('docs/care-plan.example.json', 'utf8');

  it('still restores a version 2 backup: no pain checks, plans without a care plan', () => {
    const { painChecks: _, ...rest } = sampleBackup();
    const v2 = {
      ...rest,
      version: 2,
      plans: rest.plans.map(({ carePlan: _c, ...plan }) => plan),
    };
    const checked = checkBackup(JSON.parse(JSON.stringify(v2)), readerNow);
    expect(checked).toEqual({ ok: true, value: { ...sampleBackup(), painChecks: [] } });
    // No care plan key at all: restoring it leaves the plan in force alone.
    expect(checked.ok && 'carePlan' in checked.value).toBe(false);
  });

  it('carries the care plan in force as given, and the plans that were in force', () => {
    const plan = JSON.parse(example);
    const backup = {
      ...sampleBackup(),
      carePlan: { text: example, appliedAt: at('08:00', 23) },
      plans: [{ ...sampleBackup().plans[0], carePlan: plan }],
    };
    const checked = checkBackup(JSON.parse(JSON.stringify(backup)), readerNow);
    expect(checked.ok && checked.value.carePlan).toEqual(backup.carePlan);
    expect(checked.ok && checked.value.plans[0]?.carePlan?.planId).toBe('riverside-0042');
    expect(checkBackup({ ...backup, carePlan: null }, readerNow)).toMatchObject({
      ok: true,
      value: { carePlan: null },
    });
  });

  it('refuses a backup whose care plan, in force or in a plan row, does not pass', () => {
    const broken = example.replace('"revision": 1', '"revision": 0');
    const inForce = { ...sampleBackup(), carePlan: { text: broken, appliedAt: at('08:00', 23) } };
    expect(checkBackup(inForce, readerNow)).toEqual({
      ok: false,
      error: 'backupErrCarePlan',
      params: [],
    });
    const row = { ...sampleBackup().plans[0], carePlan: JSON.parse(broken) };
    expect(checkBackup({ ...sampleBackup(), plans: [row] }, readerNow)).toMatchObject({
      ok: false,
      error: 'backupErrBadPlan',
      params: ['1'],
    });
  });

  it('refuses a pain check out of range, repeated or with an impossible time', () => {
    const withCheck = (check: unknown) => ({ ...sampleBackup(), painChecks: [check] });
    const refusal = (value: unknown) => {
      const checked = checkBackup(value, readerNow);
      return checked.ok ? null : checked.error;
    };
    expect(refusal(withCheck({ id: 'c1', at: at('09:00'), score: 11 }))).toBe(
      'backupErrBadPainCheck',
    );
    expect(refusal(withCheck({ id: 'c1', at: at('09:00'), score: 2.5 }))).toBe(
      'backupErrBadPainCheck',
    );
    expect(refusal(withCheck({ id: 'c1', at: 8.64e15, score: 2 }))).toBe('backupErrPainCheckTime');
    const twice = {
      ...sampleBackup(),
      painChecks: [...sampleBackup().painChecks, ...sampleBackup().painChecks],
    };
    expect(refusal(twice)).toBe('backupErrDuplicatePainCheck');
    expect(refusal(withCheck({ id: 'c1', at: at('09:00'), score: null }))).toBeNull();
  });
});
