// @vitest-environment happy-dom
// useHistory: reads the figures once settings are in, follows new log rows and settings changes
// without a reload, and turns a database it cannot read into the error state.
// readHistory is stood in for by a small query on the pains table, so this tests the wiring only.
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryView } from '../../../components/history/HistoryView';
import { useHistory } from '../../../components/history/use-history';
import { defaultSettings, type Settings } from '../../../core/settings';
import { type LogDb, logDbName, openLogDb } from '../../../storage/db';
import { saveSettings } from '../../../storage/settings-store';
import { englishMessage } from '../background/fakes';

const reading = vi.hoisted(() => ({ fail: false, calls: 0 }));

vi.mock('../../../storage/history', async () => {
  const { history } = await import('./history-fixture');
  return {
    readHistory: async (db: LogDb, _now: number, settings: Settings) => {
      reading.calls += 1;
      if (reading.fail) throw new Dexie.MissingAPIError('IndexedDB API missing');
      const pains = await db.pains.orderBy('at').reverse().toArray();
      const dayGoals = Array.from({ length: 30 }, () => settings.dailyGoal);
      return history({ pains, dailyGoal: settings.dailyGoal, dayGoals });
    },
  };
});

function LiveHistory() {
  return <HistoryView state={useHistory()} />;
}

const painList = () => screen.queryAllByRole('listitem').filter((li) => li.closest('.pains'));

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
  reading.fail = false;
  reading.calls = 0;
  await Dexie.delete(logDbName);
});
afterEach(() => {
  // The hook closes its database in an effect cleanup, which Preact runs after the next paint;
  // unmounting inside act() runs it before act returns, so the database is closed here.
  act(() => cleanup());
});

describe('useHistory', () => {
  it('shows loading, then the figures, then a pain report logged while the page is open', async () => {
    render(<LiveHistory />);
    expect(screen.getByText('Loading your history…')).toBeTruthy();
    await screen.findByText('No pain reported in the last 30 days.');
    const db = openLogDb();
    await db.pains.add({ id: 'x', at: Date.now(), stretchId: 'clamshell', promptId: 'p' });
    await waitFor(() => expect(painList()).toHaveLength(1));
    expect(painList()[0]?.textContent).toMatch(/Clamshell$/);
    db.close();
  });

  it('reads again with the new settings when they change', async () => {
    render(<LiveHistory />);
    await screen.findByText('Daily goal (8)');
    await saveSettings({ ...defaultSettings, dailyGoal: 5 });
    await screen.findByText('Daily goal (5)');
  });

  it('explains when the browser will not let it read the database', async () => {
    reading.fail = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<LiveHistory />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Your history can't be shown/);
    expect(reading.calls).toBeGreaterThan(0);
  });
});
