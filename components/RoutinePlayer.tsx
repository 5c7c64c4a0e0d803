// The guided routine: an overview first, then each stretch with its countdown, then Done.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  back,
  currentRep,
  next,
  type PlayerItem,
  type PlayerState,
  phaseMs,
  secondsLeft,
  setPaused,
  sidesOf,
  startPlayer,
  tick,
} from '../core/player';
import { findStretch, stretchTextKeys } from '../core/stretches';
import { Countdown } from './Countdown';
import { playChime } from './chime';
import { type MessageKey, t } from './i18n';
import { SafetyAdvice } from './SafetyAdvice';
import { StretchCard } from './StretchCard';

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

const tickMs = 250;

export function stretchName(id: string): string {
  const stretch = findStretch(id);
  return stretch ? t(stretchTextKeys(stretch).name as MessageKey) : id;
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

function Overview(props: RoutinePlayerProps & { onBegin: (items: PlayerItem[]) => void }) {
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

interface PlayingProps {
  player: PlayerState;
  setPlayer: (update: (p: PlayerState | null) => PlayerState | null) => void;
  chime: boolean;
  busy: boolean;
  onProgress: RoutinePlayerProps['onProgress'];
  onDone: () => void;
  onStop: () => void;
  onHurt: (stretchId: string) => void;
}

function Playing(props: PlayingProps) {
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
      <StretchCard stretchId={item.id} />
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
  const side =
    sidesOf(item.dose) === 2 ? t(player.side === 0 ? 'routineRightSide' : 'routineLeftSide') : '';
  const reps =
    rep === null || item.dose.kind !== 'reps' ? '' : t('routineRep', rep, item.dose.count);
  return [side, reps].filter(Boolean).join(' · ') || t('routineGo');
}

function itemSeconds(item: PlayerItem): number {
  const work =
    item.dose.kind === 'reps' ? item.dose.count * item.dose.secondsPerRep : item.dose.seconds;
  return work * sidesOf(item.dose);
}

/** Advances the player by real elapsed time, so a throttled tab catches up instead of drifting. */
function useClock(setPlayer: PlayingProps['setPlayer']) {
  useEffect(() => {
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const elapsed = now - last;
      last = now;
      setPlayer((p) => p && tick(p, elapsed));
    }, tickMs);
    return () => clearInterval(timer);
  }, [setPlayer]);
}

/** Reports each stretch timed out, once, so closing the page mid-routine records what was done. */
function useProgressReport(player: PlayerState, report: PlayingProps['onProgress']) {
  const done = player.completed.join('\n');
  useEffect(() => {
    report?.(player.completed, player.items.length);
    // Keyed on the list itself: a new tick with the same stretches done says nothing new.
  }, [done]);
}

function useChimeOnChange(player: PlayerState, enabled: boolean) {
  const moment = `${player.index}:${player.side}:${player.phase}`;
  const previous = useRef(moment);
  useEffect(() => {
    if (enabled && previous.current !== moment && player.phase !== 'work') playChime();
    previous.current = moment;
  }, [moment, enabled, player.phase]);
}
