// The health filters: one checkbox each, with a plain line on what it leaves out.
import type { HealthFilters as Filters } from '../../core/stretches';
import { t } from '../i18n';
import { CheckField, fieldId } from './Fields';
import { filterNames, filterText } from './stretch-availability';

interface HealthFiltersProps {
  filters: Filters;
  /** Given a change to apply to the latest filters, so quick clicks don't undo each other. */
  onFilters: (update: (old: Filters) => Filters) => void;
}

export function HealthFilters({ filters, onFilters }: HealthFiltersProps) {
  return (
    <fieldset class="filters" aria-describedby="options-filters-intro">
      <legend>{t('optionsFiltersLegend')}</legend>
      <p id="options-filters-intro" class="hint">
        {t('optionsFiltersIntro')}
      </p>
      {filterNames.map((name) => (
        <CheckField
          key={name}
          id={fieldId(`filters.${name}`)}
          label={t(filterText[name].label)}
          hint={t(filterText[name].hint)}
          checked={filters[name]}
          onChecked={(on) => onFilters((old) => ({ ...old, [name]: on }))}
        />
      ))}
    </fieldset>
  );
}
