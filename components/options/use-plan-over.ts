// The care plan's settings over the personal ones, for the settings form to say which are set aside.
import { useEffect, useState } from 'preact/hooks';
import { type PlanSettings, setBy } from '../../core/effective-settings';
import type { PlanStretch } from '../../core/routine';
import type { PlanInForce } from '../../storage/care-plan-store';

/** What the form shows beside a field a plan sets: whose plan, and its value. */
export interface PlanOver {
  clinic: string;
  values: PlanSettings;
  /** Its stretches, which the routines (and the form's preview of one) come from. */
  stretches: readonly PlanStretch[];
}

export interface PlanSource {
  load: () => Promise<PlanInForce | null>;
  watch: (onChange: (next: PlanInForce | null) => void) => () => void;
}

const over = (care: PlanInForce | null): PlanOver | null =>
  care
    ? { clinic: care.plan.clinic.name, values: setBy(care.plan), stretches: care.plan.stretches }
    : null;

export function usePlanOver(source: PlanSource | undefined): PlanOver | null {
  const [value, setValue] = useState<PlanOver | null>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    const unwatch = source.watch((care) => live && setValue(over(care)));
    source.load().then(
      (care) => live && setValue(over(care)),
      () => undefined,
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [source]);
  return value;
}
