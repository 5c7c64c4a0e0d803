// What a plan will change, shown before anything does: clinic, note, stretches, settings old → new.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CarePlan } from '../../core/care-plan';
import { leftOutOfPlan } from '../../core/care-plan-fit';
import { settingChanges } from '../../core/effective-settings';
import type { Settings } from '../../core/settings';
import { t } from '../i18n';
import { ClinicContact } from './ClinicContact';
import { PlanStretches } from './PlanStretches';
import { planDate, settingName, settingValue } from './plan-text';
import { RevisionChanges } from './RevisionChanges';

export interface PlanPreviewProps {
  next: CarePlan;
  /** The plan in force, which this one would replace; null when none is. */
  current: CarePlan | null;
  personal: Settings;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}

export function PlanPreview({ next, current, personal, ...props }: PlanPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A screen reader hears what the plan is before it reaches the buttons.
  useLayoutEffect(() => heading.current?.focus(), [next]);
  const changes = settingChanges(personal, current, next);
  const revision = current !== null && current.planId === next.planId;
  return (
    <section class="plan-preview confirm" aria-labelledby="plan-preview-heading">
      <h2 id="plan-preview-heading" ref={heading} tabIndex={-1}>
        {t('carePlanPreviewHeading', next.clinic.name)}
      </h2>
      {current && !revision && (
        <p class="warning" data-notice="replaces">
          {t('carePlanReplacesOther', current.clinic.name, next.clinic.name)}
        </p>
      )}
      <ClinicContact clinic={next.clinic} />
      <p class="quiet">
        {t('carePlanIssued', planDate(next.issued), next.revision)}
        {next.reviewDate && ` ${t('carePlanReviewBy', planDate(next.reviewDate))}`}
      </p>
      {next.note && <p class="plan-note">{next.note}</p>}
      {revision && current && <RevisionChanges current={current} next={next} />}
      <h3>{t('carePlanStretchesHeading')}</h3>
      <PlanStretches stretches={next.stretches} leftOut={leftOutOfPlan(next, personal)} />
      <h3>{t('carePlanSettingsHeading')}</h3>
      {changes.length === 0 ? (
        <p>{t('carePlanNoSettingChanges')}</p>
      ) : (
        <ul data-list="setting-changes">
          {changes.map((change) => (
            <li key={change.key}>
              {t(
                'carePlanSettingChange',
                settingName(change.key),
                settingValue(change.key, change.from),
                settingValue(change.key, change.to),
              )}
            </li>
          ))}
        </ul>
      )}
      {next.painCheck && <p>{t('carePlanPainCheckOn')}</p>}
      <p class="quiet">{t('carePlanPreviewKeeps')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-command="apply-plan"
          disabled={props.applying}
          onClick={props.onApply}
        >
          {t('carePlanApply')}
        </button>
        <button type="button" data-command="cancel-plan" onClick={props.onCancel}>
          {t('carePlanCancel')}
        </button>
      </div>
    </section>
  );
}
