// "A routine you might get": the routine picker run on the form's unsaved choices.
import { useMemo } from 'preact/hooks';
import { pickRoutine, type RoutineBudgetSec } from '../../core/routine';
import type { Settings } from '../../core/settings';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';

type PreviewSettings = Pick<Settings, 'filters' | 'hiddenStretches' | 'routineMinutes'>;

/** A fresh day with nothing offered yet: the first routine of today under these choices. */
export function RoutinePreview({ filters, hiddenStretches, routineMinutes }: PreviewSettings) {
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
      }),
    [dayStart, filters, hiddenStretches, routineMinutes],
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
              <li key={item.id}>{stretchName(item.id)}</li>
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
