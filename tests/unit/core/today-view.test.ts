// Today's figures in the popup: the log's snapshot plus the bout in progress, at explicit times.
import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../../core/adherence';
import { asDaySnapshot, todayWithCurrentBout } from '../../../core/today-view';
import { at, min } from './drive';

const logged: DayFigures = {
  date: '2026-11-23',
  taken: 3,
  due: 4,
  missed: 1,
  pending: 0,
  putOff: 0,
  satMin: 95,
  longestBoutMin: 31,
};
const snapshot = { date: '2026-11-23', figures: logged };

describe('todayWithCurrentBout', () => {
  it('is the snapshot as it is when no bout is running', () => {
    expect(todayWithCurrentBout(snapshot, null, at('15:00'))).toEqual(logged);
  });

  it('adds the running bout to the minutes sat, and leaves a longer logged bout the longest', () => {
    expect(todayWithCurrentBout(snapshot, at('14:40'), at('15:00:20'))).toEqual({
      ...logged,
      satMin: 95 + 20,
      longestBoutMin: 31,
    });
  });

  it('makes the running bout the longest once it is', () => {
    const figures = todayWithCurrentBout(snapshot, at('14:00'), at('14:45'));
    expect(figures.satMin).toBe(95 + 45);
    expect(figures.longestBoutMin).toBe(45);
  });

  it('counts a bout that started before midnight from midnight only', () => {
    const yesterday = { date: '2026-11-22', figures: { ...logged, date: '2026-11-22' } };
    const figures = todayWithCurrentBout(yesterday, at('23:40', 22), at('00:25', 23));
    expect(figures).toEqual({
      date: '2026-11-23',
      taken: 0,
      due: 0,
      missed: 0,
      pending: 0,
      putOff: 0,
      satMin: 25,
      longestBoutMin: 25,
    });
  });

  it('counts real minutes since midnight on the night the clocks go forward', () => {
    // Europe/London, 29 March 2026: 01:00 GMT becomes 02:00 BST, so 03:00 is two hours in.
    const startedAt = new Date(2026, 2, 28, 23, 30).getTime();
    const now = new Date(2026, 2, 29, 3, 0).getTime();
    expect(todayWithCurrentBout(null, startedAt, now).satMin).toBe(120);
  });

  it('treats a snapshot from another day as an empty day', () => {
    const stale = { date: '2026-11-20', figures: { ...logged, date: '2026-11-20' } };
    expect(todayWithCurrentBout(stale, null, at('09:00'))).toEqual({
      date: '2026-11-23',
      taken: 0,
      due: 0,
      missed: 0,
      pending: 0,
      putOff: 0,
      satMin: 0,
      longestBoutMin: 0,
    });
  });

  it('treats no snapshot yet as an empty day, with the running bout in it', () => {
    const figures = todayWithCurrentBout(null, at('09:00'), at('09:00') + 12 * min);
    expect(figures).toMatchObject({ date: '2026-11-23', taken: 0, due: 0, satMin: 12 });
    expect(figures.longestBoutMin).toBe(12);
  });

  it('never counts a bout that starts after now (a clock that went back)', () => {
    expect(todayWithCurrentBout(snapshot, at('10:05'), at('10:00'))).toEqual(logged);
  });
});

describe('asDaySnapshot', () => {
  it('keeps a whole snapshot', () => {
    expect(asDaySnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it.each([
    ['nothing', null],
    ['a string', '2026-11-23'],
    ['no figures', { date: '2026-11-23' }],
    ['a figure that is not a number', { date: '2026-11-23', figures: { ...logged, due: '4' } }],
    ['a missing figure', { date: '2026-11-23', figures: { ...logged, satMin: undefined } }],
  ])('refuses %s', (_, value) => {
    expect(asDaySnapshot(value)).toBeNull();
  });
});
