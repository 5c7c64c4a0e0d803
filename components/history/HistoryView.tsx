// The History view: breaks per day over a week or a month, the share taken, the streak,
// the stretches done and the pain reported. It draws what it is given; use-history reads it.
import { useState } from 'preact/hooks';
import type { History } from '../../core/history';
import { t } from '../i18n';
import { DayChart } from './DayChart';
import { formatPercent } from './format';
import { Pains, Streak, Stretches } from './HistorySections';
import { HowWeCount } from './HowWeCount';
import type { HistoryState } from './use-history';

type Period = 7 | 30;

export function HistoryView({ state }: { state: HistoryState }) {
  return (
    <main class="options history">
      <h1>{t('historyTitle')}</h1>
      <p>{t('historyIntro')}</p>
      {state.status === 'loading' && <p class="quiet">{t('historyLoading')}</p>}
      {state.status === 'error' && (
        <p class="notice" role="alert">
          {t('historyError')}
        </p>
      )}
      {state.status === 'ready' &&
        (isEmpty(state.history) ? (
          <p class="notice">{t('historyEmpty')}</p>
        ) : (
          <Figures history={state.history} />
        ))}
    </main>
  );
}

/** A brand-new user: nothing was due, taken, sat, done or reported yet. */
function isEmpty(history: History): boolean {
  const quietDays = history.days.every((d) => d.due === 0 && d.taken === 0 && d.satMin === 0);
  return quietDays && history.stretches.length === 0 && history.pains.length === 0;
}

function Figures({ history }: { history: History }) {
  const [period, setPeriod] = useState<Period>(7);
  const days = history.days.slice(-period);
  const rate = period === 7 ? history.rate7 : history.rate30;
  return (
    <>
      <section aria-labelledby="history-breaks">
        <h2 id="history-breaks">{t('historyBreaksHeading')}</h2>
        <fieldset class="period">
          <legend>{t('historyPeriod')}</legend>
          {([7, 30] as const).map((choice) => (
            <label class="choice" key={choice}>
              <input
                type="radio"
                name="history-period"
                value={choice}
                checked={period === choice}
                onChange={() => setPeriod(choice)}
              />
              {t(choice === 7 ? 'historyLast7' : 'historyLast30')}
            </label>
          ))}
        </fieldset>
        <p class="rate">
          {rate === null ? (
            <>
              <span class="figure" aria-hidden="true">
                —
              </span>{' '}
              {t('historyRateNone', period)}
            </>
          ) : (
            t('historyRate', period, formatPercent(rate))
          )}
        </p>
        <DayChart days={days} goals={history.dayGoals.slice(-period)} />
        <HowWeCount />
      </section>
      <Streak streak={history.streak} goal={history.dailyGoal} />
      <Stretches stretches={history.stretches} />
      <Pains pains={history.pains} />
    </>
  );
}
