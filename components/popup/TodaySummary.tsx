// The popup's Today block: breaks taken against those due and the daily goal, time sat, longest sit.
import type { DayFigures } from '../../core/adherence';
import { type MessageKey, t } from '../i18n';

export interface HistoryLink {
  href: string;
  /** Opens the History view in a tab: a plain link would open inside the popup in some browsers. */
  open: () => void;
}

export interface TodaySummaryProps {
  figures: DayFigures;
  dailyGoal: number;
  history: HistoryLink;
}

export function TodaySummary({ figures, dailyGoal, history }: TodaySummaryProps) {
  const { taken, due } = figures;
  const rows: [MessageKey, string][] = [
    [
      'popupTodayBreaks',
      // Honest before the first prompt: "0 of 0 due" would read as a day already judged.
      due > 0 ? t('popupTodayTakenOfDue', taken, due) : t('popupTodayTakenNoneDue', taken),
    ],
    [
      'popupTodayGoal',
      t(taken >= dailyGoal ? 'popupTodayGoalMet' : 'popupTodayGoalProgress', taken, dailyGoal),
    ],
    ['popupTodaySat', duration(figures.satMin)],
    ['popupTodayLongest', duration(figures.longestBoutMin)],
  ];
  return (
    <section class="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('popupTodayHeading')}</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <a
        href={history.href}
        target="_blank"
        rel="noopener"
        onClick={(e) => {
          e.preventDefault();
          history.open();
        }}
      >
        {t('popupTodayHistory')}
      </a>
    </section>
  );
}

function duration(minutes: number): string {
  if (minutes < 60) return t('popupTodayMinutes', minutes);
  return t('popupTodayHours', Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
}
