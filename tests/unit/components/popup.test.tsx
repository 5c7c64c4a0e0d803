// @vitest-environment happy-dom
// The popup: what it says in each situation, which commands its buttons send, and live updates.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import { PopupApp } from '../../../components/popup/PopupApp';
import { useEngineView } from '../../../components/use-engine-view';
import type { AnswerVerdict } from '../../../core/engine-types';
import { type PopupView, popupView } from '../../../core/popup-view';
import { defaultSettings } from '../../../core/settings';
import { publishPopupView } from '../../../entrypoints/background/popup-view-writer';
import type { AnswerMessage, Message } from '../../../messages';
import {
  engineStateItem,
  logHealthItem,
  popupViewItem,
  settingsItem,
} from '../../../storage/items';
import { saveSettings } from '../../../storage/settings-store';
import { stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

/** The view the background would have written at `now`, as the popup would be opened then. */
function viewOf(sim: Sim, now: number, logHealth = { ok: true, waiting: 0 }): PopupView {
  return popupView(sim.state, sim.settings, null, logHealth, now);
}

function renderPopup(view: PopupView, verdict: AnswerVerdict = 'recorded') {
  const sent: Message[] = [];
  const send = vi.fn(async (m: Message) => void sent.push(m));
  const answer = vi.fn(async (m: AnswerMessage) => {
    sent.push(m);
    return verdict;
  });
  render(<Popup view={view} now={view.at} send={send} answer={answer} startRoutine={() => {}} />);
  return sent;
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});
afterEach(cleanup);

describe('Popup', () => {
  it('shows the running bout and the time to the next break', () => {
    const sim = new Sim();
    sim.runUntil(at('09:12'));
    renderPopup(viewOf(sim, at('09:12:30')));
    expect(screen.getByText('Sitting for 12 min')).toBeTruthy();
    expect(screen.getByText('Next break in 18 min')).toBeTruthy();
  });

  it('names the clinic while a care plan is in force, as text, and nothing without one', () => {
    const sim = new Sim();
    sim.runUntil(at('09:12'));
    const plain = viewOf(sim, at('09:12:30'));
    renderPopup({ ...plain, clinic: 'Riverside <b>Physio</b>' });
    expect(screen.getByText('Care plan from Riverside <b>Physio</b>')).toBeTruthy();
    expect(document.querySelector('main b')).toBeNull();
    cleanup();
    renderPopup(plain);
    expect(screen.queryByText(/Care plan from/)).toBeNull();
  });

  it('offers the break, a snooze and a skip when a prompt is due, each naming the prompt', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const sent = renderPopup(viewOf(sim, at('09:31')));
    expect(screen.getByText("Time to stand up: you've been sitting for 31 min")).toBeTruthy();
    for (const name of ['Snooze 10 min', 'Skip', 'I took a break']) {
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name }));
      });
    }
    const promptId = sim.state.prompt?.id;
    expect(sent).toEqual([
      { type: 'snooze', promptId },
      { type: 'skip', promptId },
      { type: 'tookBreak', promptId },
    ]);
  });

  it('sends one answer for a double click, with the buttons disabled while it is on its way', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const sent = renderPopup(viewOf(sim, at('09:31')));
    const button = screen.getByRole('button', { name: 'I took a break' }) as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Skip' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {});
    expect(sent).toEqual([{ type: 'tookBreak', promptId: sim.state.prompt?.id }]);
    expect(button.disabled).toBe(false);
  });

  it('says so when the break had already been recorded elsewhere', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    renderPopup(viewOf(sim, at('09:31')), 'stale');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'I took a break' }));
    });
    expect(screen.getByText('That break was already recorded, so it counts once.')).toBeTruthy();
  });

  it('offers no snooze once the snoozes in a row are used up', () => {
    const sim = new Sim({ ...anytime, maxSnoozes: 0 });
    sim.runUntil(at('09:30'));
    renderPopup(viewOf(sim, at('09:30')));
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByText(/No more snoozes this time/)).toBeTruthy();
  });

  it('pauses for the chosen time and resumes', () => {
    const sim = new Sim();
    const sent = renderPopup(viewOf(sim, at('09:05')));
    fireEvent.click(screen.getByRole('button', { name: '1 hour' }));
    expect(sent).toEqual([{ type: 'pause', kind: '1h' }]);

    cleanup();
    sim.send({ type: 'pause', at: at('09:05'), kind: 'untilResumed' });
    const later = renderPopup(viewOf(sim, at('09:06')));
    expect(screen.getByText('Reminders paused until you resume')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    expect(later).toEqual([{ type: 'resume' }]);
  });

  it('switches standing on and says the clock is stopped', () => {
    const sim = new Sim();
    const sent = renderPopup(viewOf(sim, at('09:05')));
    fireEvent.click(screen.getByRole('switch', { name: "I'm standing" }));
    expect(sent).toEqual([{ type: 'standing', on: true }]);
    cleanup();
    sim.send({ type: 'standing', at: at('09:06'), on: true });
    renderPopup(viewOf(sim, at('09:07')));
    expect(screen.getByText('Standing. The sitting clock is stopped.')).toBeTruthy();
  });

  it('says when it is outside working hours', () => {
    const sim = new Sim(defaultSettings, at('19:00'));
    renderPopup(viewOf(sim, at('19:00')));
    expect(screen.getByText('Outside your working hours. Nothing is counted.')).toBeTruthy();
  });

  it('explains when the history cannot be saved', () => {
    const sim = new Sim();
    renderPopup(viewOf(sim, at('09:01'), { ok: false, waiting: 3 }));
    expect(screen.getByRole('status').textContent).toMatch(
      /can't be saved right now.*waiting to be saved: 3/,
    );
  });
});

describe('the popup, live from the view the background writes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('09:20'));
  });
  afterEach(() => vi.useRealTimers());

  /** Stores what the background would after sitting from 09:00 to 09:20, and its view. */
  async function storeSitting(settings: unknown = anytime) {
    const sim = new Sim();
    sim.runUntil(at('09:20'));
    await settingsItem.setValue(settings);
    await logHealthItem.setValue({ ok: true, waiting: 0 });
    await engineStateItem.setValue(sim.state);
    await publishPopupView(at('09:20'));
    return sim;
  }

  it('paints the stored view and follows each one written while it is open', async () => {
    const sim = await storeSitting();
    render(<PopupApp />);
    expect(await screen.findByText('Sitting for 20 min')).toBeTruthy();
    expect(screen.getByText('Next break in 10 min')).toBeTruthy();

    sim.send({ type: 'standing', at: at('09:20'), on: true });
    await engineStateItem.setValue(sim.state);
    await publishPopupView(at('09:20'));
    expect(await screen.findByText('Standing. The sitting clock is stopped.')).toBeTruthy();
  });

  it('says it is checking until a view of its version is written, then paints it', async () => {
    await fakeBrowser.storage.local.set({ popupView: { version: 0, at: at('09:00') } });
    render(<PopupApp />);
    expect(screen.getByText("Checking how long you've been sitting…")).toBeTruthy();
    await act(async () => {});
    expect(screen.getByText("Checking how long you've been sitting…")).toBeTruthy();
    await storeSitting();
    expect(await screen.findByText('Sitting for 20 min')).toBeTruthy();
  });

  it('asks the background to catch up once it has painted', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void sent.push(message));
    await storeSitting();
    render(<PopupApp />);
    await screen.findByText('Sitting for 20 min');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'refresh' }));
  });

  it('shows the next break by the checked settings, and follows settings saved', async () => {
    // 500 is outside the range: the settings store reads the default (30), as the engine does.
    await storeSitting({ ...anytime, sittingLimitMin: 500 });
    render(<PopupApp />);
    expect(await screen.findByText('Next break in 10 min')).toBeTruthy();
    await saveSettings({ ...anytime, sittingLimitMin: 45 });
    await publishPopupView(at('09:20'));
    expect(await screen.findByText('Next break in 25 min')).toBeTruthy();
  });

  it('brings an older stored state up to date through restoreState', async () => {
    const sim = await storeSitting();
    await engineStateItem.setValue({ ...sim.state, version: 1 });
    await publishPopupView(at('09:20'));
    render(<PopupApp />);
    expect(await screen.findByText('Sitting for 20 min')).toBeTruthy();
    expect((await popupViewItem.getValue())?.boutStartedAt).toBe(at('09:00'));
  });
});

describe('useEngineView (the pages that play a routine)', () => {
  function Live() {
    const view = useEngineView();
    if (!view) return <p>reading</p>;
    const { state, settings, logHealth } = view;
    return (
      <p>
        {state.standing ? 'standing' : `bout ${state.bout?.startedAt}`} limit{' '}
        {settings.sittingLimitMin} log {String(logHealth.ok)}
      </p>
    );
  }

  it('reads the whole state and the checked settings, and follows both', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:20'));
    await settingsItem.setValue({ ...anytime, sittingLimitMin: 500 });
    await engineStateItem.setValue(sim.state);
    render(<Live />);
    expect(await screen.findByText(`bout ${at('09:00')} limit 30 log true`)).toBeTruthy();
    sim.send({ type: 'standing', at: at('09:21'), on: true });
    await engineStateItem.setValue(sim.state);
    expect(await screen.findByText('standing limit 30 log true')).toBeTruthy();
    await saveSettings({ ...anytime, sittingLimitMin: 45 });
    expect(await screen.findByText('standing limit 45 log true')).toBeTruthy();
    await logHealthItem.setValue({ ok: false, waiting: 2 });
    expect(await screen.findByText('standing limit 45 log false')).toBeTruthy();
  });
});
