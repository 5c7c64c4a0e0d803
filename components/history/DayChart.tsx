// Breaks per day as stacked bars (taken solid, missed hatched) under a dashed daily-goal line
// (a step wherever the goal in force changed), with the same numbers in a table.
import { useId } from 'preact/hooks';
import type { DayFigures } from '../../core/adherence';
import { t } from '../i18n';
import { barLabel, longDay } from './format';

const width = 600;
const height = 200;
const top = 10;
const left = 30;
const right = 8;
const labelsHeight = 24;
const base = height - labelsHeight;

/** `goals` holds each day's goal, in the order of `days`. */
export function DayChart({ days, goals }: { days: DayFigures[]; goals: number[] }) {
  const hatch = `hatch-${useId()}`;
  const low = Math.min(...goals);
  const high = Math.max(...goals);
  return (
    <div class="day-chart">
      <Bars days={days} goals={goals} hatch={hatch} />
      <ul class="chart-legend">
        <li>
          <Swatch class="bar-taken" />
          {t('historyTaken')}
        </li>
        <li>
          <Swatch class="bar-missed" fill={`url(#${hatch})`} />
          {t('historyMissed')}
        </li>
        <li>
          <svg class="swatch" aria-hidden="true" width="22" height="14" viewBox="0 0 22 14">
            <line class="goal-line" x1="0" y1="7" x2="22" y2="7" />
          </svg>
          {t('historyGoal', low === high ? String(high) : `${low}–${high}`)}
        </li>
      </ul>
      <DayTable days={days} />
    </div>
  );
}

interface BarsProps {
  days: DayFigures[];
  goals: number[];
  hatch: string;
}

function Bars({ days, goals, hatch }: BarsProps) {
  const taken = days.reduce((sum, d) => sum + d.taken, 0);
  const missed = days.reduce((sum, d) => sum + d.missed, 0);
  const most = Math.max(...goals, 1, ...days.map((d) => d.taken + d.missed));
  const scale = (base - top) / most;
  const slot = (width - left - right) / Math.max(days.length, 1);
  const barWidth = slot * 0.6;
  const goal = goals.at(-1) ?? 0;
  const goalY = base - goal * scale;
  const fontSize = days.length > 7 ? 10 : 12;
  return (
    <svg
      class="bars"
      role="img"
      aria-label={t('historyChartSummary', days.length, taken, missed)}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
          <path class="hatch-line" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" />
        </pattern>
      </defs>
      <line class="axis" x1={left} y1={base} x2={width - right} y2={base} />
      <text
        class="axis-label"
        x={left - 6}
        y={base}
        text-anchor="end"
        dominant-baseline="middle"
        font-size="12"
      >
        0
      </text>
      {days.map((day, i) => {
        const x = left + i * slot + (slot - barWidth) / 2;
        const takenHeight = day.taken * scale;
        const missedHeight = day.missed * scale;
        const isToday = i === days.length - 1;
        return (
          <g key={day.date} data-day={day.date}>
            <title>{t('historyBarTitle', longDay(day.date), day.taken, day.missed)}</title>
            {day.taken > 0 && (
              <rect
                class="bar-taken"
                x={x}
                y={base - takenHeight}
                width={barWidth}
                height={takenHeight}
              />
            )}
            {day.missed > 0 && (
              <rect
                class="bar-missed"
                fill={`url(#${hatch})`}
                x={x + 0.75}
                y={base - takenHeight - missedHeight + 0.75}
                width={barWidth - 1.5}
                height={Math.max(missedHeight - 1.5, 1)}
              />
            )}
            <text
              class={isToday ? 'day-label today' : 'day-label'}
              x={x + barWidth / 2}
              y={height - 6}
              text-anchor="middle"
              font-size={fontSize}
            >
              {barLabel(day.date, days.length)}
            </text>
          </g>
        );
      })}
      <GoalLine goals={goals} scale={scale} slot={slot} />
      <text
        class="axis-label"
        x={left - 6}
        y={goalY}
        text-anchor="end"
        dominant-baseline="middle"
        font-size="12"
      >
        {goal}
      </text>
    </svg>
  );
}

/** One straight line while the goal never changed; else a step at each day whose goal differs. */
function GoalLine({ goals, scale, slot }: { goals: number[]; scale: number; slot: number }) {
  const y = (goal: number) => base - goal * scale;
  if (goals.every((goal) => goal === goals[0])) {
    const at = y(goals[0] ?? 0);
    return <line class="goal-line" x1={left} y1={at} x2={width - right} y2={at} />;
  }
  const d = goals
    .map(
      (goal, i) => `${i === 0 ? 'M' : 'L'}${left + i * slot},${y(goal)} H${left + (i + 1) * slot}`,
    )
    .join(' ');
  return <path class="goal-line" fill="none" d={d} />;
}

function Swatch({ class: className, fill }: { class: string; fill?: string }) {
  return (
    <svg class="swatch" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
      <rect class={className} fill={fill} x="1" y="1" width="12" height="12" />
    </svg>
  );
}

function DayTable({ days }: { days: DayFigures[] }) {
  return (
    <details class="day-table">
      <summary>{t('historyShowTable')}</summary>
      <table>
        <caption>{t('historyTableCaption', days.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyDay')}</th>
            <th scope="col">{t('historyTaken')}</th>
            <th scope="col">{t('historyDue')}</th>
            <th scope="col">{t('historyMissed')}</th>
            <th scope="col">{t('historyPutOff')}</th>
            <th scope="col">{t('historySatMin')}</th>
            <th scope="col">{t('historyLongestMin')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                <time dateTime={day.date}>{longDay(day.date)}</time>
              </th>
              <td>{day.taken}</td>
              <td>{day.due}</td>
              <td>{day.missed}</td>
              <td>{day.putOff}</td>
              <td>{day.satMin}</td>
              <td>{day.longestBoutMin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
