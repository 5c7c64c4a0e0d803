// The guided routine: an overview first (routine/Overview), then each stretch with its countdown
// (routine/Playing), then Done; "This hurt" ends it on the safety advice.
import { useState } from 'preact/hooks';
import { type PlayerItem, type PlayerState, startPlayer } from '../core/player';
import { t } from './i18n';
import { Overview } from './routine/Overview';
import { Playing } from './routine/Playing';
import { SafetyAdvice } from './SafetyAdvice';
import { stretchName } from './stretch-name';

export type PlayerOutcome =
  | { type: 'done' | 'partial'; completed: string[] }
  | { type: 'hurt'; completed: string[]; stretchId: string }
  | { type: 'snooze' }
  | { type: 'skip' };

export interface RoutinePlayerProps {
  items: PlayerItem[];
  /** "Get up and walk": always offered instead of the stretches. */
  walk: PlayerItem;
  trigger: 'limit' | 'manual';
  /** A care plan is in force (the overview says so when it leaves only the walk). */
  planned?: boolean;
  /** Minutes, or null when no snooze is left in a row (or none makes sense). */
  snoozeMin: number | null;
  chime: boolean;
  /** An answer is on its way to the background: every answer button waits for it. */
  busy?: boolean;
  onStart: () => void;
  onOutcome: (outcome: PlayerOutcome) => void;
  /** The stretches timed out so far, of how many; what counts if the page closes now. */
  onProgress?: (completed: string[], of: number) => void;
  onHide: (stretchId: string) => void;
  onClose: () => void;
}

export function RoutinePlayer(props: RoutinePlayerProps) {
  const [player, setPlayer] = useState<PlayerState | null>(null);
  const [hurt, setHurt] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);

  const begin = (items: PlayerItem[]) => {
    props.onStart();
    setPlayer(startPlayer(items));
  };

  if (hurt) {
    return (
      <section class="routine">
        <SafetyAdvice />
        <div class="actions">
          {hidden ? (
            <p role="status">{t('routineHidden', stretchName(hurt))}</p>
          ) : (
            <button
              type="button"
              data-command="hide"
              onClick={() => {
                props.onHide(hurt);
                setHidden(true);
              }}
            >
              {t('routineHide', stretchName(hurt))}
            </button>
          )}
          <button type="button" class="primary" data-command="close" onClick={props.onClose}>
            {t('routineClose')}
          </button>
        </div>
      </section>
    );
  }

  if (!player) return <Overview {...props} onBegin={begin} />;

  // Done only when every stretch was timed out: Next skips one without completing it.
  const finishedType = player.completed.length === player.items.length ? 'done' : 'partial';
  return (
    <Playing
      player={player}
      setPlayer={setPlayer}
      chime={props.chime}
      busy={props.busy ?? false}
      onProgress={props.onProgress}
      onDone={() => props.onOutcome({ type: finishedType, completed: player.completed })}
      onStop={() => props.onOutcome({ type: finishedType, completed: player.completed })}
      onHurt={(stretchId) => {
        props.onOutcome({ type: 'hurt', completed: player.completed, stretchId });
        setHurt(stretchId);
      }}
    />
  );
}
