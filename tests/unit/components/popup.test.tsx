// @vitest-environment happy-dom
// The popup: what it says in each situation, which commands its buttons send, and live updates.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import type { EngineView } from '../../../components/use-engine-view';
import { useEngineView } from '../../../components/use-engine-view';
import type { AnswerVerdict } from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import type { AnswerMessage, Message } from '../../../messages';
import { engineStateItem, logHealthItem, settingsItem } from '../../../storage/items';
import { saveSettings } from '../../../storage/settings-store';
import { stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

function viewOf(sim: Sim, now: number, logHealth = { ok: true, waiting: 0 }): EngineView {
  return { state: sim.state, settings: sim.settings, logHealth, now, settingsChecked: true };
}

function renderPopup(view: EngineView | null, verdict: AnswerVerdict = 'recorded') {
  const sent: Message[] = [];
  const send = vi.fn(async (m: Message) => void sent.push(m));
  const answer = vi.fn(async (m: AnswerMessage) => {
    sent.push(m);
    return verdict;
  });
  render(<Popup view={view} send={send} answer={answer} startRoutine={() => {}} />);
  return sent;
}

const recorded = async () => 'recorded' as const;

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

describe('useEngineView', () => {
  function Live({ early = false }: { early?: boolean }) {
    const view = useEngineView({ early });
    seen.push(view);
    return <Popup view={view} send={async () => {}} answer={recorded} startRoutine={() => {}} />;
  }
  let seen: (EngineView | null)[] = [];
  beforeEach(() => {
    seen = [];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('09:20'));
  });
  afterEach(() => vi.useRealTimers());

  async function storeSitting(settings: unknown = anytime) {
    const sim = new Sim();
    sim.runUntil(at('09:20'));
    await settingsItem.setValue(settings);
    await logHealthItem.setValue({ ok: true, waiting: 0 });
    await engineStateItem.setValue(sim.state);
    return sim;
  }

  it.each([false, true])('follows the stored state while open (early: %s)', async (early) => {
    const sim = await storeSitting();
    render(<Live early={early} />);
    expect(await screen.findByText('Sitting for 20 min')).toBeTruthy();

    sim.send({ type: 'standing', at: at('09:20'), on: true });
    await engineStateItem.setValue(sim.state);
    expect(await screen.findByText('Standing. The sitting clock is stopped.')).toBeTruthy();
  });

  it('without early, shows nothing until the settings have been through the full read', async () => {
    await storeSitting();
    render(<Live />);
    await screen.findByText('Sitting for 20 min');
    expect(seen.filter((v) => v !== null).every((v) => v.settingsChecked)).toBe(true);
  });

  it('early, paints from the quick read, then the full read repairs what it let through', async () => {
    // 500 is a number, so the quick read keeps it; the full read knows the range and says 30.
    await storeSitting({ ...anytime, sittingLimitMin: 500 });
    render(<Live early />);
    expect(await screen.findByText('Next break in 10 min')).toBeTruthy();
    const first = seen.find((v) => v !== null);
    expect(first?.settingsChecked).toBe(false);
    expect(first?.settings.sittingLimitMin).toBe(500);
    expect(seen.at(-1)?.settingsChecked).toBe(true);
  });

  it('brings an older stored state up to date through restoreState', async () => {
    const sim = await storeSitting();
    await engineStateItem.setValue({ ...sim.state, version: 1 });
    render(<Live early />);
    expect(await screen.findByText('Sitting for 20 min')).toBeTruthy();
  });

  it('follows settings saved while open, through the settings store', async () => {
    await storeSitting();
    render(<Live early />);
    expect(await screen.findByText('Next break in 10 min')).toBeTruthy();
    await saveSettings({ ...anytime, sittingLimitMin: 45 });
    expect(await screen.findByText('Next break in 25 min')).toBeTruthy();
  });
});
