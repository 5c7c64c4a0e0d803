// The routine under way: one stretch with its countdown and controls, then the finished screen.
import {
  back,
  currentRep,
  itemSides,
  next,
  type PlayerItem,
  type PlayerState,
  phaseMs,
  secondsLeft,
  setPaused,
} from '../../core/player';
import { Countdown } from '../Countdown';
import { t } from '../i18n';
import { StretchCard } from '../StretchCard';
import { useChimeOnChange, useClock, useProgressReport } from './player-hooks';

export interface PlayingProps {
  player: PlayerState;
  setPlayer: (update: (p: PlayerState | null) => PlayerState | null) => void;
  chime: boolean;
  busy: boolean;
  onProgress: RoutinePlayerProps['onProgress'];
  onDone: () => void;
  onStop: () => void;
  onHurt: (stretchId: string) => void;
}

export function Playing(props: PlayingProps) {
  const { player, setPlayer, busy, onDone, onStop, onHurt } = props;
  useClock(setPlayer);
  useChimeOnChange(player, props.chime);
  useProgressReport(player, props.onProgress);
  const item = player.items[player.index];

  if (player.phase === 'finished' || !item) {
    return (
      <section class="routine">
        <h1>{t('routineFinished')}</h1>
        <p>{t('routineFinishedBody')}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-command="done"
            disabled={busy}
            onClick={onDone}
          >
            {t('notificationDone')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section class="routine">
      <p class="progress">{t('routineProgress', player.index + 1, player.items.length)}</p>
      <Countdown
        seconds={secondsLeft(player)}
        totalSeconds={phaseMs(player) / 1000}
        label={phaseLabel(player, item)}
      />
      <StretchCard stretchId={item.id} side={item.side} note={item.note} />
      <div class="controls">
        <button type="button" data-command="back" onClick={() => setPlayer((p) => p && back(p))}>
          {t('routineBack')}
        </button>
        <button
          type="button"
          data-command="pause"
          aria-pressed={player.paused}
          onClick={() => setPlayer((p) => p && setPaused(p, !p.paused))}
        >
          {player.paused ? t('routineResume') : t('routinePause')}
        </button>
        <button type="button" data-command="next" onClick={() => setPlayer((p) => p && next(p))}>
          {t('routineNext')}
        </button>
      </div>
      <div class="actions">
        <button
          type="button"
          class="danger"
          data-command="hurt"
          disabled={busy}
          onClick={() => onHurt(item.id)}
        >
          {t('routineHurt')}
        </button>
        <button type="button" data-command="stop" disabled={busy} onClick={onStop}>
          {t('routineStop')}
        </button>
      </div>
      <p class="disclaimer">{t('disclaimerShort')}</p>
    </section>
  );
}

/** What the countdown is counting; read out by screen readers when it changes. */
function phaseLabel(player: PlayerState, item: PlayerItem): string {
  if (player.phase === 'ready') return t('routineGetReady');
  if (player.phase === 'switch') return t('routineSwitchSides');
  const rep = currentRep(player);
  // A plan's one side is named; of two, the one under way (right first).
  const right = item.side ? item.side === 'right' : player.side === 0;
  const side =
    item.side || itemSides(item) === 2 ? t(right ? 'routineRightSide' : 'routineLeftSide') : '';
  const reps =
    rep === null || item.dose.kind !== 'reps' ? '' : t('routineRep', rep, item.dose.count);
  return [side, reps].filter(Boolean).join(' · ') || t('routineGo');
}
