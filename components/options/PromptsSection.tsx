// Options: how a due break is announced, how long the routine lasts, and the chime.
import type { Delivery, Settings } from '../../core/settings';
import { t } from '../i18n';
import { CheckField, fieldId, RadioGroup, type SectionProps } from './Fields';

const routineLengths: Settings['routineMinutes'][] = [1, 2, 5];

export function PromptsSection({ draft, set }: SectionProps) {
  const deliveries: { value: Delivery; label: string }[] = [
    { value: 'window', label: t('optionsDeliveryWindow') },
    { value: 'notification', label: t('optionsDeliveryNotification') },
    { value: 'badge', label: t('optionsDeliveryBadge') },
  ];
  return (
    <section aria-labelledby="options-prompts">
      <h2 id="options-prompts">{t('optionsPromptsHeading')}</h2>
      <RadioGroup
        name="delivery"
        legend={t('optionsDelivery')}
        choices={deliveries}
        value={draft.delivery}
        onValue={(delivery) => set('delivery', delivery)}
      />
      <RadioGroup
        name="routineMinutes"
        legend={t('optionsRoutineLength')}
        choices={routineLengths.map((value) => ({
          value,
          label: t('optionsRoutineMinutes', value),
        }))}
        value={draft.routineMinutes}
        onValue={(minutes) => set('routineMinutes', minutes)}
      />
      <CheckField
        id={fieldId('chime')}
        label={t('optionsChime')}
        checked={draft.chime}
        onChecked={(on) => set('chime', on)}
      />
    </section>
  );
}
