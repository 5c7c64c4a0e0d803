// The toolbar popup: the current bout, what happens next, pause and standing, and today's figures.

import { boutMinutes, status } from '../../core/badge';
import type { PauseKind } from '../../core/schedule';
import { minuteMs } from '../../core/time';
import { type DaySnapshot, todayWithCurrentBout } from '../../core/today-view';
import type { Message } from '../../messages';
import { formatTime, t } from '../i18n';
import { type Answering, type SendAnswer, useAnswer } from '../use-answer';
import type { EngineView } from '../use-engine-view';
import { type HistoryLink, TodaySummary } from './TodaySummary';

export interface PopupProps {
  view: EngineView | null;
  send: (message: Message) => Promise<void>;
  /** Answers the pending prompt; says whether the answer counted. */
  answer: SendAnswer;
  /** Plays a routine here: for the pending prompt, or one started by hand. */
  startRoutine: () => void;
  /** The log's figures for today as the background last wrote them; undefined until read. */
  today?: DaySnapshot | null;
  history?: HistoryLink;
}

const pauseChoices: { kind: PauseKind; label: () => string }[] = [
  { kind: '30min', label: () => t('popupPause30') },
  { kind: '1h', label: () => t('popupPause60') },
  { kind: 'tomorrow', label: () => t('popupPauseTomorrow') },
  { kind: 'untilResumed', label: () => t('popupPauseOpen') },
];

export function Popup({ view, send, answer, startRoutine, today, history }: PopupProps) {
  const answering = useAnswer(answer);
  if (!view) return <p class="quiet">{t('popupLoading')}</p>;
  const { state, settings, now } = view;
  const current = status(state, settings, now);
  const minutes = boutMinutes(state, now);

  return (
    <main>
      <h1>{t('extName')}</h1>
      <section aria-live="polite" class={`status status-${current}`} data-status={current}>
        <StatusLine view={view} minutes={minutes} />
      </section>

      {current === 'due' && state.prompt && (
        <DueActions
          promptId={state.prompt.id}
          snoozeMin={state.snoozesInRow < settings.maxSnoozes ? settings.snoozeMin : null}
          answering={answering}
          startRoutine={startRoutine}
        />
      )}
      {answering.stale && (
        <p class="quiet" role="status">
          {t('popupAlreadyRecorded')}
        </p>
      )}

      {current !== 'due' && (
        <button type="button" class="primary" data-command="stretch-now" onClick={startRoutine}>
          {t('popupStretchNow')}
        </button>
      )}

      {state.paused ? (
        <button
          type="button"
          class="primary"
          data-command="resume"
          onClick={() => send({ type: 'resume' })}
        >
          {t('popupResume')}
        </button>
      ) : (
        <fieldset class="pause">
          <legend>{t('popupPauseHeading')}</legend>
          {pauseChoices.map(({ kind, label }) => (
            <button
              type="button"
              key={kind}
              data-pause={kind}
              onClick={() => send({ type: 'pause', kind })}
            >
              {label()}
            </button>
          ))}
        </fieldset>
      )}

      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-command="standing"
          aria-checked={state.standing}
          checked={state.standing}
          onChange={(e) => send({ type: 'standing', on: e.currentTarget.checked })}
        />
        {t('popupStandingSwitch')}
      </label>

      {today !== undefined && history && (
        <TodaySummary
          figures={todayWithCurrentBout(today, state.bout?.startedAt ?? null, now)}
          dailyGoal={settings.dailyGoal}
          history={history}
        />
      )}

      {!view.logHealth.ok && (
        <p class="warning" role="status">
          {t('popupLogUnavailable', view.logHealth.waiting)}
        </p>
      )}
    </main>
  );
}

interface DueActionsProps {
  promptId: string;
  snoozeMin: number | null;
  answering: Answering;
  startRoutine: () => void;
}

/** The answers to a due prompt; each names it, and all wait while one is on its way. */
function DueActions({ promptId, snoozeMin, answering, startRoutine }: DueActionsProps) {
  const { busy, answer } = answering;
  return (
    <section class="actions" aria-label={t('promptTitle')}>
      <button type="button" class="primary" data-command="routine" onClick={startRoutine}>
        {t('popupStartRoutine')}
      </button>
      <button
        type="button"
        data-command="done"
        disabled={busy}
        onClick={() => void answer({ type: 'tookBreak', promptId })}
      >
        {t('popupTookBreak')}
      </button>
      {snoozeMin !== null ? (
        <button
          type="button"
          data-command="snooze"
          disabled={busy}
          onClick={() => void answer({ type: 'snooze', promptId })}
        >
          {t('popupSnooze', snoozeMin)}
        </button>
      ) : (
        <p class="quiet">{t('popupNoMoreSnoozes')}</p>
      )}
      <button
        type="button"
        data-command="skip"
        disabled={busy}
        onClick={() => void answer({ type: 'skip', promptId })}
      >
        {t('popupSkip')}
      </button>
    </section>
  );
}

function StatusLine({ view, minutes }: { view: EngineView; minutes: number }) {
  const { state, settings, now } = view;
  switch (status(state, settings, now)) {
    case 'paused': {
      const until = state.paused?.until ?? null;
      return (
        <p>{until === null ? t('popupPausedOpen') : t('popupPausedUntil', formatTime(until))}</p>
      );
    }
    case 'standing':
      return <p>{t('popupStanding')}</p>;
    case 'offHours':
      return <p>{t('popupOffHours')}</p>;
    case 'away':
      return <p>{t('popupAway')}</p>;
    case 'due':
      return <p class="big">{t('popupDue', minutes)}</p>;
    case 'sitting': {
      const due =
        state.snoozedUntil ?? (state.dueBase ?? now) + settings.sittingLimitMin * minuteMs;
      const left = Math.ceil((due - now) / minuteMs);
      return (
        <>
          <p class="big" data-minutes={minutes}>
            {t('popupSitting', minutes)}
          </p>
          <p>{left > 0 ? t('popupNextBreak', left) : t('popupNextBreakNow')}</p>
        </>
      );
    }
  }
}
