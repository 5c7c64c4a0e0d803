// The History view's smaller parts: the streak, the stretches done and the pain reports.
import type { StretchCount } from '../../core/adherence';
import type { PainRecord } from '../../core/engine-types';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';
import { formatDateTime, plural } from './format';

export function Streak({ streak, goal }: { streak: number; goal: number }) {
  return (
    <section aria-labelledby="history-streak">
      <h2 id="history-streak">{t('historyStreakHeading')}</h2>
      <p class="figure">
        {streak === 0
          ? t('historyStreakNone')
          : plural(streak, 'historyStreakOne', 'historyStreakOther')}
      </p>
      <p class="hint">{t('historyStreakExplain', goal)}</p>
    </section>
  );
}

export function Stretches({ stretches }: { stretches: StretchCount[] }) {
  return (
    <section aria-labelledby="history-stretches">
      <h2 id="history-stretches">{t('historyStretchesHeading')}</h2>
      {stretches.length === 0 ? (
        <p class="quiet">{t('historyStretchesNone')}</p>
      ) : (
        <table class="stretch-counts" aria-labelledby="history-stretches">
          <thead>
            <tr>
              <th scope="col">{t('historyStretch')}</th>
              <th scope="col">{t('historyTimesDone')}</th>
            </tr>
          </thead>
          <tbody>
            {stretches.map((s) => (
              <tr key={s.stretchId}>
                <th scope="row">{stretchName(s.stretchId)}</th>
                <td>{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Pains({ pains }: { pains: PainRecord[] }) {
  // Newest first whatever order they came in: the latest report matters most.
  const newestFirst = [...pains].sort((a, b) => b.at - a.at);
  return (
    <section aria-labelledby="history-pains">
      <h2 id="history-pains">{t('historyPainsHeading')}</h2>
      {newestFirst.length === 0 ? (
        <p class="quiet">{t('historyPainsNone')}</p>
      ) : (
        <>
          <p class="hint">{t('historyPainsIntro')}</p>
          <ul class="pains">
            {newestFirst.map((pain) => (
              <li key={pain.id}>
                {t('historyPainItem', formatDateTime(pain.at), stretchName(pain.stretchId))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
