// @vitest-environment happy-dom
// The History view: the chart and its table carry the given numbers for 7 and 30 days, the period
// toggle, streak, share taken, stretches and pain reports, and the empty, loading and error states.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { longDay } from '../../../components/history/format';
import { HistoryView } from '../../../components/history/HistoryView';
import type { History } from '../../../core/history';
import { englishMessage } from '../background/fakes';
import { emptyHistory, history, sum } from './history-fixture';

function show(h: History) {
  return render(<HistoryView state={{ status: 'ready', history: h }} />);
}

const chart = () => screen.getByRole('img');
const bars = (container: Element) => [...container.querySelectorAll('g[data-day]')];

/** The day table's rows as text cells, header row left out. */
function tableRows(): string[][] {
  const table = screen.getByRole('table', { name: /^Breaks per day/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
});
afterEach(cleanup);

describe('HistoryView', () => {
  it('draws the last 7 days, and lists the same numbers in a table', () => {
    const h = history();
    const { container } = show(h);
    const week = h.days.slice(-7);
    expect(chart().getAttribute('aria-label')).toBe(
      `Bar chart of the last 7 days: ${sum(week, 'taken')} breaks taken, ${sum(week, 'missed')} missed. The table under the chart has each day's numbers.`,
    );
    expect(bars(container).map((g) => g.getAttribute('data-day'))).toEqual(week.map((d) => d.date));
    expect(tableRows()).toEqual(
      week.map((d) => [
        longDay(d.date),
        String(d.taken),
        String(d.due),
        String(d.missed),
        String(d.putOff),
        String(d.satMin),
        String(d.longestBoutMin),
      ]),
    );
    // Weekday names under a week's bars: 2026-11-21 was a Saturday.
    const labels = bars(container).map((g) => g.querySelector('text.day-label')?.textContent);
    const saturday = new Date(2026, 10, 21, 12).toLocaleDateString(undefined, { weekday: 'short' });
    expect(labels.at(-1)).toBe(saturday);
    expect(labels.at(-1)).not.toBe('21');
  });

  it('makes bar heights follow the numbers, missed apart from taken, under the goal line', () => {
    const h = history();
    const { container } = show(h);
    const week = h.days.slice(-7);
    const height = (g: Element, cls: string) =>
      Number(g.querySelector(`.${cls}`)?.getAttribute('height') ?? 0);
    const groups = bars(container);
    week.forEach((d, i) => {
      const g = groups[i] as Element;
      expect(g.querySelector('.bar-taken') !== null).toBe(d.taken > 0);
      expect(g.querySelector('.bar-missed') !== null).toBe(d.missed > 0);
      // Hatched, not only coloured: a pattern fill tells missed from taken.
      if (d.missed > 0)
        expect(g.querySelector('.bar-missed')?.getAttribute('fill')).toMatch(/^url\(#/);
    });
    const most = week.reduce((a, b) => (b.taken > a.taken ? b : a));
    const least = week.find((d) => d.taken > 0 && d.taken < most.taken) as (typeof week)[number];
    const ratio =
      height(groups[week.indexOf(most)] as Element, 'bar-taken') /
      height(groups[week.indexOf(least)] as Element, 'bar-taken');
    expect(ratio).toBeCloseTo(most.taken / least.taken, 5);
    expect(container.querySelectorAll('svg.bars line.goal-line')).toHaveLength(1);
    expect(screen.getByText('Daily goal (8)')).toBeTruthy();
    expect(screen.getByText('Taken', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('Missed', { selector: 'li' })).toBeTruthy();
  });

  it('draws each day under the goal then in force, with a step where it changed', () => {
    // Goal 3 for the first 26 days, 8 from four days ago on.
    const dayGoals = Array.from({ length: 30 }, (_, i) => (i < 26 ? 3 : 8));
    const { container } = show(history({ dayGoals }));
    const line = container.querySelector('svg.bars path.goal-line');
    const heights = [...(line?.getAttribute('d') ?? '').matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights).toHaveLength(7);
    // Higher on the chart (a smaller y) for the last four days' goal of 8.
    expect(new Set(heights.slice(0, 3)).size).toBe(1);
    expect(new Set(heights.slice(3)).size).toBe(1);
    expect(heights[3]).toBeLessThan(heights[0] ?? 0);
    expect(screen.getByText('Daily goal (3–8)')).toBeTruthy();
  });

  it('switches to 30 days: the chart, table and share taken follow', () => {
    const h = history();
    const { container } = show(h);
    expect(
      screen.getByText('Over the last 7 days, you took 75% of the breaks that were due.'),
    ).toBeTruthy();
    const month = screen.getByRole('radio', { name: 'Last 30 days' }) as HTMLInputElement;
    fireEvent.click(month);
    expect(month.checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Last 7 days' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(chart().getAttribute('aria-label')).toContain(
      `last 30 days: ${sum(h.days, 'taken')} breaks taken, ${sum(h.days, 'missed')} missed`,
    );
    expect(bars(container)).toHaveLength(30);
    expect(tableRows()).toHaveLength(30);
    expect(tableRows()[0]?.[0]).toBe(longDay('2026-10-23'));
    expect(screen.getByRole('table', { name: 'Breaks per day, last 30 days' })).toBeTruthy();
    expect(
      screen.getByText('Over the last 30 days, you took 61% of the breaks that were due.'),
    ).toBeTruthy();
    // Days of the month under a month's bars.
    const labels = bars(container).map((g) => g.querySelector('text.day-label')?.textContent);
    expect(labels.at(-1)).toBe('21');
    expect(labels[0]).toBe('23');
  });

  it('shows the streak with what counts, and says so when there is none', () => {
    show(history({ streak: 5, dailyGoal: 6 }));
    expect(screen.getByText('5 days in a row')).toBeTruthy();
    expect(screen.getByText(/at least your daily goal of breaks \(6\)/)).toBeTruthy();
    expect(screen.getByText(/Days outside your working days don't break a streak/)).toBeTruthy();
    cleanup();
    show(history({ streak: 1 }));
    expect(screen.getByText('1 day in a row')).toBeTruthy();
    cleanup();
    show(history({ streak: 0 }));
    expect(screen.getByText('No streak yet.')).toBeTruthy();
  });

  it('says plainly when no break was due, instead of a share', () => {
    show(history({ rate7: null }));
    const sentence = screen.getByText(/No break has been due in the last 7 days/);
    expect(sentence.textContent).toContain('—');
    expect(screen.queryByText(/you took/)).toBeNull();
  });

  it('lists the stretches done by name, and the pain reports newest first', () => {
    show(history());
    const stretches = screen.getByRole('table', { name: 'Stretches done, last 30 days' });
    const rows = within(stretches).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Seated figure-412', 'Get up and walk7']);
    const section = screen.getByRole('region', { name: 'Pain reports, last 30 days' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/: Clamshell$/);
    expect(items[1]).toMatch(/: Pigeon pose$/);
    expect(items[0]).toContain('20');
  });

  it('has kind words for a month without stretches or pain', () => {
    show(history({ stretches: [], pains: [] }));
    expect(screen.getByText('No stretch finished in the last 30 days.')).toBeTruthy();
    expect(screen.getByText('No pain reported in the last 30 days.')).toBeTruthy();
  });

  it('tells a brand-new user there is nothing yet, without an empty chart', () => {
    show(emptyHistory());
    expect(screen.getByText(/^Nothing to show yet\./)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/days in a row/)).toBeNull();
  });

  it('says it is loading, then explains a database it may not use', () => {
    render(<HistoryView state={{ status: 'loading' }} />);
    expect(screen.getByText('Loading your history…')).toBeTruthy();
    cleanup();
    render(<HistoryView state={{ status: 'error', error: new Error('MissingAPIError') }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Your history can't be shown/);
    expect(alert.textContent).toContain('Reminders and routines keep working');
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
