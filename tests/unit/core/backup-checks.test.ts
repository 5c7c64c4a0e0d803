// Each thing a backup must say to be believed, refused alone, naming its table and row.
import { describe, expect, it } from 'vitest';
import { type Backup, checkBackup } from '../../../core/backup';
import { earliestMs, maxRows } from '../../../core/backup-checks';
import { stretches } from '../../../core/stretches';
import { at } from '../core/drive';
import { readerNow, sampleBackup } from '../storage/data-fixture';

const hour = 60 * 60_000;
const day = 24 * hour;

/** The sample with one thing changed, and what the checks say of it (null: accepted). */
function refusal(change: (backup: Backup) => void, now = readerNow) {
  const backup = sampleBackup();
  change(backup);
  const checked = checkBackup(backup, now);
  return checked.ok ? null : { error: checked.error, params: checked.params };
}

describe('times', () => {
  const absurd = [8.64e15, -1, 0, earliestMs - 1, readerNow + day + 1, Number.MAX_VALUE];
  it.each(absurd)('refuses %d in each table, naming the row', (time) => {
    expect(
      refusal((b) => {
        b.exportedAt = time;
      }),
    ).toEqual({
      error: 'backupErrExportedAt',
      params: [],
    });
    expect(
      refusal((b) => {
        (b.bouts[1] as { endedAt: number }).endedAt = time;
      }),
    ).toEqual({
      error: 'backupErrBoutTime',
      params: ['2'],
    });
    for (const field of ['dueAt', 'shownAt', 'settledAt'] as const) {
      expect(
        refusal((b) => {
          (b.prompts[2] as unknown as Record<string, unknown>)[field] = time;
        }),
      ).toEqual({ error: 'backupErrPromptTime', params: ['3'] });
    }
    expect(
      refusal((b) => {
        (b.pains[0] as { at: number }).at = time;
      }),
    ).toEqual({
      error: 'backupErrPainTime',
      params: ['1'],
    });
    expect(
      refusal((b) => {
        (b.plans[1] as { at: number }).at = time;
      }),
    ).toEqual({
      error: 'backupErrPlanTime',
      params: ['2'],
    });
  });

  it('refuses values that are no time at all (NaN, Infinity, text) as damaged rows', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '1700000000000', null]) {
      expect(
        refusal((b) => {
          (b.bouts[0] as unknown as Record<string, unknown>).startedAt = value;
        }),
      ).toEqual({ error: 'backupErrBadBout', params: ['1'] });
    }
    expect(
      refusal((b) => {
        (b as unknown as Record<string, unknown>).exportedAt = Number.NaN;
      }),
    ).toEqual({
      error: 'backupErrDamaged',
      params: [],
    });
  });

  it('accepts the edges: 2000-01-01 UTC, and exactly one day after now', () => {
    expect(
      refusal((b) => {
        b.plans[0] = { ...b.plans[0], at: earliestMs } as never;
      }),
    ).toBe(null);
    const edge = sampleBackup();
    edge.exportedAt = readerNow + day;
    expect(checkBackup(edge, readerNow).ok).toBe(true);
  });

  it('judges the future by the clock it is given', () => {
    const saved = sampleBackup();
    expect(checkBackup(saved, saved.exportedAt - day).ok).toBe(true);
    expect(checkBackup(saved, saved.exportedAt - day - 1)).toMatchObject({
      error: 'backupErrExportedAt',
    });
  });
});

describe('bouts', () => {
  it('refuses a bout that ends when or before it starts', () => {
    for (const endedAt of [at('09:00'), at('08:59')]) {
      expect(
        refusal((b) => {
          (b.bouts[0] as { endedAt: number }).endedAt = endedAt;
        }),
      ).toEqual({
        error: 'backupErrBoutOrder',
        params: ['1'],
      });
    }
  });

  it('refuses a bout longer than 24 hours, and takes one of exactly 24', () => {
    const startedAt = at('09:00', 22);
    const long = (ms: number) => (b: Backup) => {
      b.bouts[0] = { id: 'b1', startedAt, endedAt: startedAt + ms, end: 'break' };
    };
    expect(refusal(long(day + 1))).toEqual({ error: 'backupErrBoutTooLong', params: ['1'] });
    expect(refusal(long(day))).toBe(null);
  });
});

describe('references', () => {
  it("refuses a prompt whose bout isn't in the backup, naming it", () => {
    expect(
      refusal((b) => {
        (b.prompts[0] as { boutId: string }).boutId = 'gone';
      }),
    ).toEqual({
      error: 'backupErrPromptBout',
      params: ['1', 'gone'],
    });
    // A deleted bout is found the same way.
    expect(
      refusal((b) => {
        b.bouts.splice(0, 1);
      }),
    ).toEqual({
      error: 'backupErrPromptBout',
      params: ['1', 'b1'],
    });
  });

  it('accepts a prompt of the bout still running when the backup was saved', () => {
    // p4 was due at 09:30 on the 24th, less than a day before the backup was saved at 18:00.
    expect(
      refusal((b) => {
        b.bouts.splice(2, 1);
      }),
    ).toBe(null);
    expect(
      refusal((b) => {
        (b.prompts[3] as { boutId: string }).boutId = 'running';
      }),
    ).toBe(null);
  });

  it('accepts a prompt with no bout ("Stretch now" between bouts)', () => {
    expect(
      refusal((b) => {
        (b.prompts[0] as { boutId: null }).boutId = null;
      }),
    ).toBe(null);
  });

  it("refuses a pain report whose prompt isn't in the backup, naming it", () => {
    expect(
      refusal((b) => {
        (b.pains[0] as { promptId: string }).promptId = 'p9';
      }),
    ).toEqual({
      error: 'backupErrPainPrompt',
      params: ['1', 'p9'],
    });
    expect(
      refusal((b) => {
        (b.pains[0] as { promptId: unknown }).promptId = null;
      }),
    ).toEqual({
      error: 'backupErrBadPain',
      params: ['1'],
    });
  });
});

describe('stretches and ids', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'figure-four', ''])(
    'refuses the stretch id %j wherever it appears',
    (id) => {
      expect(
        refusal((b) => {
          (b.prompts[1] as { offered: string[] }).offered.push(id);
        }),
      ).toEqual({ error: 'backupErrPromptStretch', params: ['2', id] });
      expect(
        refusal((b) => {
          (b.prompts[0] as { completed: string[] }).completed = [id];
        }),
      ).toEqual({ error: 'backupErrPromptStretch', params: ['1', id] });
      expect(
        refusal((b) => {
          (b.pains[0] as { stretchId: string }).stretchId = id;
        }),
      ).toEqual({
        error: 'backupErrPainStretch',
        params: ['1', id],
      });
    },
  );

  it('keeps rows whose own ids are constructor or __proto__: they are only names', () => {
    const backup = JSON.parse(
      JSON.stringify(sampleBackup())
        .replaceAll('"b1"', '"constructor"')
        .replaceAll('"p4"', '"__proto__"'),
    );
    const checked = checkBackup(backup, readerNow);
    expect(checked.ok && checked.value.prompts.map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      '__proto__',
    ]);
    expect(checked.ok && checked.value.pains[0]?.promptId).toBe('__proto__');
  });

  it('refuses huge strings and arrays as damaged rows', () => {
    const long = 'x'.repeat(65);
    expect(
      refusal((b) => {
        (b.bouts[2] as { id: string }).id = long;
      }),
    ).toEqual({
      error: 'backupErrBadBout',
      params: ['3'],
    });
    expect(
      refusal((b) => {
        (b.prompts[0] as { boutId: string }).boutId = long;
      }),
    ).toEqual({
      error: 'backupErrBadPrompt',
      params: ['1'],
    });
    const tooMany = [...stretches.map((s) => s.id), 'walk-break'];
    expect(
      refusal((b) => {
        (b.prompts[0] as { offered: string[] }).offered = tooMany;
      }),
    ).toEqual({ error: 'backupErrBadPrompt', params: ['1'] });
    expect(
      refusal((b) => {
        (b.pains[0] as { stretchId: string }).stretchId = long;
      }),
    ).toEqual({
      error: 'backupErrBadPain',
      params: ['1'],
    });
    expect(
      refusal((b) => {
        (b.prompts[0] as { snoozesBefore: number }).snoozesBefore = 1e9;
      }),
    ).toEqual({ error: 'backupErrBadPrompt', params: ['1'] });
  });

  it(`refuses more than ${maxRows.toLocaleString('en')} rows at once, before reading any`, () => {
    const started = performance.now();
    const huge = refusal((b) => {
      // 3 bouts, 4 prompts, 1 pain check and 2 plans already.
      b.pains = new Array(maxRows + 1 - 10).fill('not even a row');
    });
    expect(huge).toEqual({
      error: 'backupErrTooBig',
      params: [String(maxRows + 1), String(maxRows)],
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('settings', () => {
  it('reads the settings of a version 2 backup and refuses damaged ones', () => {
    const checked = checkBackup(sampleBackup(), readerNow);
    expect(checked.ok && checked.value.settings?.dailyGoal).toBe(5);
    expect(
      refusal((b) => {
        b.settings = { ...b.settings, dailyGoal: 99 } as never;
      }),
    ).toEqual({
      error: 'backupErrSettings',
      params: [],
    });
    expect(
      refusal((b) => {
        b.settings = undefined as never;
      }),
    ).toEqual({
      error: 'backupErrSettings',
      params: [],
    });
  });

  it('still restores a version 1 backup, which had no settings', () => {
    const { settings: _, ...rest } = sampleBackup();
    const checked = checkBackup({ ...rest, version: 1 }, readerNow);
    expect(checked).toEqual({ ok: true, value: { ...sampleBackup(), settings: null } });
  });
});
