// @vitest-environment happy-dom
// The popup's Today block: what it says for a day's figures, its History link, and live updates.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import type { DayFigures } from '../../../core/adherence';
import { popupView } from '../../../core/popup-view';
import type { DaySnapshot } from '../../../core/today-view';
import { publishPopupView } from '../../../entrypoints/background/popup-view-writer';
import { engineStateItem, popupViewItem, todayItem } from '../../../storage/items';
import { stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

const day = (figures: Partial<DayFigures>, date = '2026-11-23'): DaySnapshot => ({
  date,
  figures: {
    date,
    taken: 0,
    due: 0,
    missed: 0,
    pending: 0,
    putOff: 0,
    satMin: 0,
    longestBoutMin: 0,
    ...figures,
  },
});

const history = { href: 'chrome-extension://hip/options.html#history', open: vi.fn() };

/** The popup at `now` after sitting since 09:00 (no break due before 09:30). */
function renderAt(now: number, today: DaySnapshot | null, settings = anytime) {
  const sim = new Sim(settings);
  sim.runUntil(Math.min(now, at('09:29')));
  const view = popupView(
    sim.state,
    settings,
    today,
    { ok: true, waiting: 0 },
    sim.state.lastSeenAt,
  );
  render(
    <Popup
      view={view}
      now={now}
      send={async () => {}}
      answer={async () => 'recorded'}
      startRoutine={() => {}}
      history={history}
    />,
  );
}

/** The figures as a screen reader meets them: each term with its value. */
function figures(): Record<string, string> {
  const block = screen.getByRole('region', { name: 'Today' });
  const terms = within(block).getAllByRole('term');
  return Object.fromEntries(
    terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  history.open.mockReset();
});
afterEach(cleanup);

describe('Today in the popup', () => {
  it('adds the bout in progress to the logged figures', () => {
    const logged = day({ taken: 3, due: 5, missed: 2, satMin: 95, longestBoutMin: 31 });
    renderAt(at('09:20'), logged);
    expect(figures()).toEqual({
      'Breaks taken': '3 of 5 due',
      'Daily goal': '3 of 8 breaks',
      'Time sitting': '1 h 55 min',
      'Longest sit': '31 min',
    });
  });

  it('makes the bout in progress the longest sit once it is', () => {
    renderAt(at('09:25'), day({ taken: 1, due: 1, satMin: 20, longestBoutMin: 20 }));
    expect(figures()['Longest sit']).toBe('25 min');
  });

  it('says honestly that nothing was due yet, and counts breaks taken by hand', () => {
    renderAt(at('09:05'), null);
    expect(figures()['Breaks taken']).toBe('0 (none due yet)');
    cleanup();
    renderAt(at('09:05'), day({ taken: 1 }));
    expect(figures()['Breaks taken']).toBe('1 (none due yet)');
  });

  it('says when the daily goal is reached', () => {
    renderAt(at('09:05'), day({ taken: 3, due: 3 }), { ...anytime, dailyGoal: 3 });
    expect(figures()['Daily goal']).toBe('Reached: 3 of 3 breaks');
  });

  it("counts yesterday's snapshot as an empty day", () => {
    renderAt(at('09:10'), day({ taken: 9, due: 9, satMin: 300 }, '2026-11-22'));
    expect(figures()).toEqual({
      'Breaks taken': '0 (none due yet)',
      'Daily goal': '0 of 8 breaks',
      'Time sitting': '10 min',
      'Longest sit': '10 min',
    });
  });

  it('links to the History view and opens it in a tab', () => {
    renderAt(at('09:10'), null);
    const link = screen.getByRole('link', { name: 'History' });
    expect(link.getAttribute('href')).toBe(history.href);
    expect(fireEvent.click(link)).toBe(false); // the popup itself does not navigate
    expect(history.open).toHaveBeenCalledOnce();
  });
});

describe("Today in the background's view", () => {
  it('carries the snapshot the log keeper wrote last', async () => {
    const sim = new Sim();
    await engineStateItem.setValue(sim.state);
    await todayItem.setValue(day({ taken: 2, due: 2 }));
    await publishPopupView(at('09:00'));
    expect((await popupViewItem.getValue())?.today).toEqual(day({ taken: 2, due: 2 }));
    await todayItem.removeValue();
    await publishPopupView(at('09:01'));
    expect((await popupViewItem.getValue())?.today).toBeNull();
  });

  it('takes a damaged snapshot as none', async () => {
    await fakeBrowser.storage.local.set({ today: { date: '2026-11-23', figures: 'lots' } });
    await publishPopupView(at('09:00'));
    expect((await popupViewItem.getValue())?.today).toBeNull();
  });
});
