// Effective settings: a plan's sitting limit and daily goal over the personal settings, nothing else.
import { describe, expect, it } from 'vitest';
import { effectiveSettings, setBy, settingChanges } from '../../../core/effective-settings';
import { defaultSettings, type Settings } from '../../../core/settings';

const personal: Settings = { ...defaultSettings, sittingLimitMin: 60, dailyGoal: 4, breakMin: 7 };

describe('effective settings', () => {
  it('are the personal settings when no plan is in force', () => {
    expect(effectiveSettings({ personal, plan: null })).toEqual(personal);
    expect(effectiveSettings({ personal, plan: {} })).toEqual(personal);
  });

  it.each([
    [{ sittingLimitMin: 45 }, { sittingLimitMin: 45, dailyGoal: 4 }],
    [{ dailyGoal: 6 }, { sittingLimitMin: 60, dailyGoal: 6 }],
    [
      { sittingLimitMin: 30, dailyGoal: 8 },
      { sittingLimitMin: 30, dailyGoal: 8 },
    ],
  ])('take the plan settings %j over the personal ones', (settings, expected) => {
    const merged = effectiveSettings({ personal, plan: { settings } });
    expect(merged).toEqual({ ...personal, ...expected });
    // Only those two: the break length and the rest stay personal.
    expect(merged.breakMin).toBe(7);
  });

  it('ignore anything else a plan object carries', () => {
    const plan = { settings: { dailyGoal: 5, breakMin: 2 } as never };
    expect(effectiveSettings({ personal, plan })).toEqual({ ...personal, dailyGoal: 5 });
    expect(setBy(plan)).toEqual({ dailyGoal: 5 });
  });

  it('leave the personal settings untouched, so removing the plan gives them back exactly', () => {
    const copy = structuredClone(personal);
    effectiveSettings({ personal, plan: { settings: { sittingLimitMin: 20, dailyGoal: 12 } } });
    expect(personal).toEqual(copy);
    expect(effectiveSettings({ personal, plan: null })).toEqual(copy);
  });

  it('list what changes between two plans, old to new, as the preview shows it', () => {
    expect(settingChanges(personal, null, { settings: { sittingLimitMin: 45 } })).toEqual([
      { key: 'sittingLimitMin', from: 60, to: 45 },
    ]);
    expect(
      settingChanges(
        personal,
        { settings: { sittingLimitMin: 45 } },
        { settings: { dailyGoal: 6 } },
      ),
    ).toEqual([
      { key: 'sittingLimitMin', from: 45, to: 60 },
      { key: 'dailyGoal', from: 4, to: 6 },
    ]);
    // A plan value equal to the personal one changes nothing.
    expect(settingChanges(personal, null, { settings: { dailyGoal: 4 } })).toEqual([]);
    expect(settingChanges(personal, { settings: { dailyGoal: 9 } }, null)).toEqual([
      { key: 'dailyGoal', from: 9, to: 4 },
    ]);
  });
});
