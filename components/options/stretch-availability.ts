// Which health filters leave a stretch out, and the words for each filter.
import { type HealthFilters, isAllowed, noFilters, type Stretch } from '../../core/stretches';
import type { MessageKey } from '../i18n';

export type FilterName = keyof HealthFilters;

export const filterNames = Object.keys(noFilters) as FilterName[];

/** The label, its one-line explanation, and the reason shown on a stretch it leaves out. */
export const filterText: Record<
  FilterName,
  { label: MessageKey; hint: MessageKey; reason: MessageKey }
> = {
  officeOnly: {
    label: 'optionsFilterOfficeOnly',
    hint: 'optionsFilterOfficeOnlyHint',
    reason: 'optionsReasonOfficeOnly',
  },
  pregnant: {
    label: 'optionsFilterPregnant',
    hint: 'optionsFilterPregnantHint',
    reason: 'optionsReasonPregnant',
  },
  pelvicGirdlePain: {
    label: 'optionsFilterPelvicGirdlePain',
    hint: 'optionsFilterPelvicGirdlePainHint',
    reason: 'optionsReasonPelvicGirdlePain',
  },
  hipReplacement: {
    label: 'optionsFilterHipReplacement',
    hint: 'optionsFilterHipReplacementHint',
    reason: 'optionsReasonHipReplacement',
  },
  outerHipFlare: {
    label: 'optionsFilterOuterHipFlare',
    hint: 'optionsFilterOuterHipFlareHint',
    reason: 'optionsReasonOuterHipFlare',
  },
};

/** Each filter in force that would leave this stretch out on its own (core's rule, one at a time). */
export function excludedBy(stretch: Stretch, filters: HealthFilters): FilterName[] {
  return filterNames.filter(
    (name) => filters[name] && !isAllowed(stretch, { ...noFilters, [name]: true }),
  );
}
