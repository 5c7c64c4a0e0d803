// The routine's first screen: what is coming (a plan's sides and notes), how long, walk, Snooze, Skip.
import type { PromptTrigger } from '../../core/engine-types';
import { itemSides, type PlayerItem, workSec } from '../../core/player';
import { t } from '../i18n';
import { sideOnlyText } from '../StretchCard';
import { stretchName } from '../stretch-name';

export interface OverviewProps {
  items: PlayerItem[];
  walk: PlayerItem;
  trigger: PromptTrigger;
  /** A care plan is in force: an empty routine is the plan's doing, not the health settings'. */
  planned?: boolean;
  snoozeMin: number | null;
  busy?: boolean;
  onBegin: (items: PlayerItem[]) => void;
  onOutcome: (outcome: { type: 'snooze' | 'skip' }) => void;
}

export function Overview(props: OverviewProps) {
  const busy = props.busy ?? false;
  const total = props.items.reduce((sum, item) => sum + itemSeconds(item), 0);
  return (
    <section class="routine">
      <h1>{t(props.trigger === 'limit' ? 'promptTitle' : 'routineManualTitle')}</h1>
      {props.items.length > 0 ? (
        <>
          <p>{t('routineOverview', Math.max(1, Math.round(total / 60)))}</p>
          <ul class="overview">
            {props.items.map((item) => (
              <li key={item.id}>
                {stretchName(item.id)}
                {item.side && <span class="side-only"> · {sideOnlyText(item.side)}</span>}
                {item.note && <span class="clinic-note">{item.note}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t(props.planned ? 'routinePlanNoStretch' : 'routineNothingAllowed')}</p>
          {/* The walk is the whole offer here: its note (a plan's) goes with it. */}
          {props.walk.note && (
            <p class="clinic-note">
              <strong>{t('routineClinicNote')}</strong> {props.walk.note}
            </p>
          )}
        </>
      )}
      <div class="actions">
        {props.items.length > 0 && (
          <button
            type="button"
            class="primary"
            data-command="start"
            onClick={() => props.onBegin(props.items)}
          >
            {t('routineStart')}
          </button>
        )}
        <button type="button" data-command="walk" onClick={() => props.onBegin([props.walk])}>
          {t('routineWalkInstead')}
        </button>
        {props.trigger === 'limit' && props.snoozeMin !== null && (
          <button
            type="button"
            data-command="snooze"
            disabled={busy}
            onClick={() => props.onOutcome({ type: 'snooze' })}
          >
            {t('popupSnooze', props.snoozeMin)}
          </button>
        )}
        <button
          type="button"
          data-command="skip"
          disabled={busy}
          onClick={() => props.onOutcome({ type: 'skip' })}
        >
          {t('popupSkip')}
        </button>
      </div>
      <p class="disclaimer">{t('disclaimerShort')}</p>
    </section>
  );
}

function itemSeconds(item: PlayerItem): number {
  return workSec(item.dose) * itemSides(item);
}
