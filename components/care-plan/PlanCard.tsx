// The plan in force: clinic and contact, note, review date, stretches, and Remove (asked first).
import { useState } from 'preact/hooks';
import { leftOutOfPlan } from '../../core/care-plan-fit';
import { setBy } from '../../core/effective-settings';
import type { Settings } from '../../core/settings';
import type { PlanInForce } from '../../storage/care-plan-store';
import { t } from '../i18n';
import { ClinicContact } from './ClinicContact';
import { PlanStretches } from './PlanStretches';
import { planDate, reviewPassed, settingName, settingValue } from './plan-text';

export interface PlanCardProps {
  inForce: PlanInForce;
  personal: Settings;
  now: number;
  onRemove: () => Promise<void>;
}

export function PlanCard({ inForce, personal, now, onRemove }: PlanCardProps) {
  const { plan } = inForce;
  const [asking, setAsking] = useState(false);
  const [removing, setRemoving] = useState(false);
  const sets = Object.entries(setBy(plan)) as [keyof ReturnType<typeof setBy>, number][];
  const remove = async () => {
    setRemoving(true);
    await onRemove().finally(() => setRemoving(false));
  };
  return (
    <section class="plan-card" aria-labelledby="plan-card-heading">
      <h2 id="plan-card-heading">{t('carePlanInForce', plan.clinic.name)}</h2>
      <ClinicContact clinic={plan.clinic} />
      <p class="quiet">
        {t('carePlanIssued', planDate(plan.issued), plan.revision)}
        {plan.reviewDate && ` ${t('carePlanReviewBy', planDate(plan.reviewDate))}`}
      </p>
      {reviewPassed(plan.reviewDate, now) && (
        <p class="review-notice" data-notice="review">
          {t('carePlanReviewPassed', plan.clinic.name)}
        </p>
      )}
      {plan.note && <p class="plan-note">{plan.note}</p>}
      <h3>{t('carePlanStretchesHeading')}</h3>
      <PlanStretches stretches={plan.stretches} leftOut={leftOutOfPlan(plan, personal)} />
      {sets.length > 0 && (
        <>
          <h3>{t('carePlanSettingsHeading')}</h3>
          <ul>
            {sets.map(([key, value]) => (
              <li key={key}>
                {t(
                  'carePlanSettingInForce',
                  settingName(key),
                  settingValue(key, value),
                  settingValue(key, personal[key]),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.painCheck && <p>{t('carePlanPainCheckOn')}</p>}
      {asking ? (
        <fieldset class="confirm">
          <legend>{t('carePlanRemoveQuestion')}</legend>
          <p>{t('carePlanRemoveExplain')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-command="remove-confirm"
              disabled={removing}
              onClick={() => void remove()}
            >
              {t('carePlanRemoveConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('carePlanKeep')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" data-command="remove" onClick={() => setAsking(true)}>
            {t('carePlanRemove')}
          </button>
        </div>
      )}
    </section>
  );
}
