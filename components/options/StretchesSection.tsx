// Options: the health filters, each stretch offered or hidden, and a preview of a routine.
import { t } from '../i18n';
import type { SectionProps } from './Fields';
import { HealthFilters } from './HealthFilters';
import { RoutinePreview } from './RoutinePreview';
import { StretchList } from './StretchList';
import type { PlanOver } from './use-plan-over';

export function StretchesSection({
  draft,
  set,
  plan = null,
}: SectionProps & { plan?: PlanOver | null }) {
  return (
    <section aria-labelledby="options-stretches">
      <h2 id="options-stretches">{t('optionsStretchesHeading')}</h2>
      <HealthFilters filters={draft.filters} onFilters={(update) => set('filters', update)} />
      <RoutinePreview
        filters={draft.filters}
        hiddenStretches={draft.hiddenStretches}
        routineMinutes={draft.routineMinutes}
        plan={plan}
      />
      <StretchList
        filters={draft.filters}
        hidden={draft.hiddenStretches}
        onHidden={(hidden) => set('hiddenStretches', hidden)}
      />
    </section>
  );
}
