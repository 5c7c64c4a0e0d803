// The settings in force (core/effective-settings.ts) read from storage: personal ones and the plan.
import { effectiveSettings } from '../core/effective-settings';
import type { Settings } from '../core/settings';
import { loadCarePlan, watchCarePlan } from './care-plan-store';
import { loadSettings, watchSettings } from './settings-store';

export async function loadEffectiveSettings(): Promise<Settings> {
  const [personal, plan] = await Promise.all([loadSettings(), loadCarePlan()]);
  return effectiveSettings({ personal, plan: plan?.plan ?? null });
}

/**
 * Calls back when the settings in force change, whether the personal ones or the plan changed,
 * with the ones in force before. Changes are taken one after another, so two quick ones cannot
 * report their `previous` out of order.
 */
export function watchEffectiveSettings(
  onChange: (next: Settings, previous: Settings) => void,
): () => void {
  let last = loadEffectiveSettings();
  const update = () => {
    last = last.then(
      async (previous) => {
        const next = await loadEffectiveSettings();
        if (JSON.stringify(next) !== JSON.stringify(previous)) onChange(next, previous);
        return next;
      },
      () => loadEffectiveSettings(),
    );
  };
  const unwatchSettings = watchSettings(update);
  const unwatchPlan = watchCarePlan(update);
  return () => {
    unwatchSettings();
    unwatchPlan();
  };
}
