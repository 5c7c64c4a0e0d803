// The settings in force: the personal ones with a care plan's over them, computed here and only here.
import type { Settings } from './settings';

/** The settings a care plan may set (docs/care-plans.md); every other one stays personal. */
export const planSettingKeys = ['sittingLimitMin', 'dailyGoal'] as const;

export type PlanSettingKey = (typeof planSettingKeys)[number];

export type PlanSettings = Partial<Pick<Settings, PlanSettingKey>>;

/** What the merge needs of a care plan: its settings, if it has any. */
export interface SettingsLayers {
  personal: Settings;
  plan: { settings?: PlanSettings } | null;
}

/**
 * The engine, the popup and the pages all judge by this. A plan's values lie over the personal
 * ones without replacing them: the personal settings stay stored as they are, so removing the plan
 * gives them back exactly, and a change the user makes meanwhile to any other setting is kept.
 */
export function effectiveSettings({ personal, plan }: SettingsLayers): Settings {
  return { ...personal, ...setBy(plan) };
}

/** The settings a plan sets, by name, leaving out the ones it does not mention. */
export function setBy(plan: SettingsLayers['plan']): PlanSettings {
  const out: PlanSettings = {};
  for (const key of planSettingKeys) {
    const value = plan?.settings?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export interface SettingChange {
  key: PlanSettingKey;
  from: number;
  to: number;
}

/** Which settings in force change when `next` takes the place of `current` (either may be none). */
export function settingChanges(
  personal: Settings,
  current: SettingsLayers['plan'],
  next: SettingsLayers['plan'],
): SettingChange[] {
  const before = effectiveSettings({ personal, plan: current });
  const after = effectiveSettings({ personal, plan: next });
  return planSettingKeys.flatMap((key) =>
    before[key] === after[key] ? [] : [{ key, from: before[key], to: after[key] }],
  );
}
