// The toolbar popup: the current bout, what happens next, pause and standing, and today's figures.

import { minutesUntil, type PopupView } from '../../core/popup-view';
import type { PauseKind } from '../../core/schedule';
import { minutesSince } from '../../core/time';
import { todayWithCurrentBout } from '../../core/today-view';
import type { Message } from '../../messages';
import { formatTime, type MessageKey, t } from '../i18n';
import { type Answering, type SendAnswer, useAnswer } from '../use-answer';
import { type HistoryLink, TodaySummary } from './TodaySummary';

export interface PopupProps {
  /** What the background made ready (core/popup-view.ts); null until it has written one. */
  view: PopupView | null;
  /** The popup's own clock: minutes count on between the background's views. */
  now: number;
  send: (message: Message) => Promise<void>;
  /** Answers the pending prompt; says whether the answer counted. */
  answer: SendAnswer;
  /** Plays a routine here: for the pending prompt, or one started by hand. */
  startRoutine: () => void;
  history?: HistoryLink;
}

const pauseChoices: { kind: PauseKind; label: MessageKey }[] = [
  { kind: '30min', label: 'popupPause30' },
  { kind: '1h', label: 'popupPause60' },
  { kind: 'tomorrow', label: 'popupPauseTomorrow' },
  { kind: 'untilResumed', label: 'popupPauseOpen' },
];

export function Popup({ view, now, send, answer, startRoutine, history }: PopupProps) {
  const answering = useAnswer(answer);
  if (!view) return <p class="quiet">{t('popupLoading')}</p>;
  const current = view.status;
  const minutes = minutesSince(view.boutStartedAt, now);

  return (
    <main>
      <h1>{t('extName')}</h1>
      {view.clinic && <p class="clinic">{t('popupCarePlan', view.clinic)}</p>}
      <section aria-live="polite" class={`status status-${current}`} data-status={current}>
        <StatusLine view={view} now={now} minutes={minutes} />
      </section>

      {current === 'due' && view.prompt && (
        <DueActions
          promptId={view.prompt.id}
          snoozeMin={view.prompt.snoozeMin}
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

      {current === 'paused' ? (
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
              {t(label)}
            </button>
          ))}
        </fieldset>
      )}

      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-command="standing"
          aria-checked={view.standing}
          checked={view.standing}
          onChange={(e) => send({ type: 'standing', on: e.currentTarget.checked })}
        />
        {t('popupStandingSwitch')}
      </label>

      {history && (
        <TodaySummary
          figures={todayWithCurrentBout(view.today, view.boutStartedAt, now)}
          dailyGoal={view.dailyGoal}
          history={history}
        />
      )}

      {!view.log.ok && (
        <p class="warning" role="status">
          {t('popupLogUnavailable', view.log.waiting)}
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

function StatusLine({ view, now, minutes }: { view: PopupView; now: number; minutes: number }) {
  switch (view.status) {
    case 'paused': {
      const until = view.pausedUntil;
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
      const left = minutesUntil(view.breakDueAt ?? now, now);
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
