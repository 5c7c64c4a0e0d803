// "A routine you might get": the routine picker run on the form's unsaved choices (and a care plan).
import { useMemo } from 'preact/hooks';
import { type PlanStretch, pickRoutine, type RoutineBudgetSec } from '../../core/routine';
import type { Settings } from '../../core/settings';
import { t } from '../i18n';
import { sideOnlyText } from '../StretchCard';
import { stretchName } from '../stretch-name';

type PreviewSettings = Pick<Settings, 'filters' | 'hiddenStretches' | 'routineMinutes'> & {
  /** The care plan in force, if any: the preview then comes from its stretches. */
  plan?: { stretches: readonly PlanStretch[] } | null;
};

/** A fresh day with nothing offered yet: the first routine of today under these choices. */
export function RoutinePreview({
  filters,
  hiddenStretches,
  routineMinutes,
  plan,
}: PreviewSettings) {
  const dayStart = new Date().setHours(0, 0, 0, 0);
  const routine = useMemo(
    () =>
      pickRoutine({
        dayStart,
        budgetSec: (routineMinutes * 60) as RoutineBudgetSec,
        filters,
        hidden: hiddenStretches,
        earlierToday: [],
        previous: [],
        plan: plan ?? null,
      }),
    [dayStart, filters, hiddenStretches, routineMinutes, plan],
  );
  return (
    <section class="preview" aria-labelledby="options-preview">
      <h3 id="options-preview">{t('optionsPreviewHeading')}</h3>
      {routine.items.length === 0 ? (
        <p>{t('optionsPreviewEmpty')}</p>
      ) : (
        <>
          <ol>
            {routine.items.map((item) => (
              <li key={item.id}>
                {stretchName(item.id)}
                {item.side && <span class="side-only"> · {sideOnlyText(item.side)}</span>}
              </li>
            ))}
          </ol>
          <p class="total">{totalText(routine.totalSec)}</p>
        </>
      )}
      <p class="hint">{t('optionsPreviewNote')}</p>
    </section>
  );
}

function totalText(totalSec: number): string {
  const minutes = Math.floor(totalSec / 60);
  const seconds = totalSec % 60;
  if (seconds === 0) return t('optionsPreviewTotalMin', minutes);
  if (minutes === 0) return t('optionsPreviewTotalSec', seconds);
  return t('optionsPreviewTotalMinSec', minutes, seconds);
}
