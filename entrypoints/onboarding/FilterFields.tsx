// The health filters as checkboxes: each hides the stretches CONTENT.md cautions against.
import { t } from '../../components/i18n';
import type { HealthFilters } from '../../core/stretches';
import type { ChangeDraft } from './draft';

const labels = {
  officeOnly: 'onboardingFilterOfficeOnly',
  pregnant: 'onboardingFilterPregnant',
  pelvicGirdlePain: 'onboardingFilterPelvicGirdlePain',
  hipReplacement: 'onboardingFilterHipReplacement',
  outerHipFlare: 'onboardingFilterOuterHipFlare',
} as const satisfies Record<keyof HealthFilters, string>;

export interface FilterFieldsProps {
  filters: HealthFilters;
  change: ChangeDraft;
}

export function FilterFields({ filters, change }: FilterFieldsProps) {
  return (
    <fieldset aria-describedby="filters-hint">
      <legend>{t('onboardingFiltersLegend')}</legend>
      <p id="filters-hint" class="quiet">
        {t('onboardingFiltersHint')}
      </p>
      {(Object.keys(labels) as (keyof HealthFilters)[]).map((filter) => (
        <label class="check" key={filter}>
          <input
            type="checkbox"
            name={filter}
            checked={filters[filter]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              change((old) => ({ filters: { ...old.filters, [filter]: on } }));
            }}
          />
          {t(labels[filter])}
        </label>
      ))}
    </fieldset>
  );
}
