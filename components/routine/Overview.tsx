// The routine's first screen: what is coming and how long it takes, with the walk, Snooze and Skip.
import type { PromptTrigger } from '../../core/engine-types';
import { type PlayerItem, sidesOf } from '../../core/player';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';

export interface OverviewProps {
  items: PlayerItem[];
  walk: PlayerItem;
  trigger: PromptTrigger;
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
              <li key={item.id}>{stretchName(item.id)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('routineNothingAllowed')}</p>
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
  const work =
    item.dose.kind === 'reps' ? item.dose.count * item.dose.secondsPerRep : item.dose.seconds;
  return work * sidesOf(item.dose);
}
