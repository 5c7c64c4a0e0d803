// Which of a plan's stretches the user's own settings leave out, and why: safety filters win.
import type { Settings } from './settings';
import { findStretch, isAllowed, type StretchId } from './stretches';

/** health: a health filter hides it (docs/content.md#safety); hidden: the user chose to hide it. */
export type LeftOutReason = 'health' | 'hidden';

export interface LeftOut {
  id: StretchId;
  reason: LeftOutReason;
}

/**
 * The prescribed stretches no routine will offer under these settings, in the plan's order. A
 * health filter is named first: it is the reason that matters for the clinic to hear.
 */
export function leftOutOfPlan(
  plan: { stretches: readonly { id: StretchId }[] },
  settings: Pick<Settings, 'filters' | 'hiddenStretches'>,
): LeftOut[] {
  return plan.stretches.flatMap(({ id }): LeftOut[] => {
    const stretch = findStretch(id);
    if (!stretch) return [];
    if (!isAllowed(stretch, settings.filters)) return [{ id, reason: 'health' }];
    return settings.hiddenStretches.includes(id) ? [{ id, reason: 'hidden' }] : [];
  });
}
