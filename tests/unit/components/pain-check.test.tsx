// @vitest-environment happy-dom
// The care plan's daily pain check after a routine: asked once a day, one tap or Skip, never after
// "This hurt", and sent once even when tapped twice.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RoutineSession } from '../../../components/RoutineSession';
import type { EngineState } from '../../../core/engine-types';
import type { Message } from '../../../messages';
import { englishMessage, stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

function session(state: EngineState, painCheck: { clinic: string } | null) {
  const sent: Message[] = [];
  const close = vi.fn();
  render(
    <RoutineSession
      state={state}
      settings={anytime}
      now={at('09:31')}
      loadHistory={async () => ({ earlierToday: [], previous: [] })}
      send={async (m) => void sent.push(m)}
      answer={async () => 'recorded'}
      watch={() => () => undefined}
      hideStretch={async () => undefined}
      painCheck={painCheck}
      close={close}
    />,
  );
  return { sent, close };
}

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** A pending prompt, its routine started and then stopped (a partial routine). */
async function finishRoutine() {
  await settle();
  fireEvent.click(button('Start'));
  await settle();
  fireEvent.click(button('Stop here'));
  await settle();
}

function duePrompt(): EngineState {
  const sim = new Sim();
  sim.runUntil(at('09:30'));
  return sim.state;
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
  stubBrowserGaps({ fullscreen: false });
});
afterEach(cleanup);

describe('the pain check after a routine', () => {
  it('asks once the routine is answered, sends one tap once, then closes', async () => {
    const s = session(duePrompt(), { clinic: 'Riverside Physiotherapy' });
    await finishRoutine();
    expect(screen.getByRole('heading', { name: 'How is the pain today?' })).toBeTruthy();
    expect(screen.getByText(/Riverside Physiotherapy asked for one answer a day/)).toBeTruthy();
    expect(s.close).not.toHaveBeenCalled();
    fireEvent.click(button('Pain 3 out of 10'));
    fireEvent.click(button('Pain 7 out of 10'));
    await settle();
    expect(s.sent.filter((m) => m.type === 'painCheck')).toEqual([{ type: 'painCheck', score: 3 }]);
    expect(s.close).toHaveBeenCalledTimes(1);
  });

  it('sends a skip as no score', async () => {
    const s = session(duePrompt(), { clinic: 'Riverside Physiotherapy' });
    await finishRoutine();
    fireEvent.click(button('Skip today'));
    await settle();
    expect(s.sent.filter((m) => m.type === 'painCheck')).toEqual([
      { type: 'painCheck', score: null },
    ]);
    expect(s.close).toHaveBeenCalledTimes(1);
  });

  it('is not asked again the same day, nor without a plan that asks', async () => {
    const asked = { ...duePrompt(), painCheckedOn: '2026-11-23' };
    const first = session(asked, { clinic: 'Riverside Physiotherapy' });
    await finishRoutine();
    expect(screen.queryByRole('heading', { name: 'How is the pain today?' })).toBeNull();
    expect(first.close).toHaveBeenCalledTimes(1);
    cleanup();
    const none = session(duePrompt(), null);
    await finishRoutine();
    expect(screen.queryByRole('heading', { name: 'How is the pain today?' })).toBeNull();
    expect(none.close).toHaveBeenCalledTimes(1);
  });

  it('is not asked after "This hurt": the safety advice comes first', async () => {
    const s = session(duePrompt(), { clinic: 'Riverside Physiotherapy' });
    await settle();
    fireEvent.click(button('Start'));
    await settle();
    fireEvent.click(button('This hurt'));
    await settle();
    expect(screen.queryByRole('heading', { name: 'How is the pain today?' })).toBeNull();
    expect(s.sent.some((m) => m.type === 'painCheck')).toBe(false);
  });
});
