// @vitest-environment happy-dom
// The routine player with fake timers: the countdown, sides, pause, auto-advance and every outcome.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PlayerOutcome, RoutinePlayer } from '../../../components/RoutinePlayer';
import { pictureUrl } from '../../../components/stretch-pictures';
import type { PlayerItem } from '../../../core/player';
import { stretches } from '../../../core/stretches';
import { stubBrowserGaps } from '../background/fakes';

const figure4: PlayerItem = {
  id: 'seated-figure-4',
  dose: { kind: 'hold', seconds: 30, sides: 2 },
};
const squeeze: PlayerItem = {
  id: 'seated-glute-squeeze',
  dose: { kind: 'reps', count: 4, secondsPerRep: 5, sides: 1 },
};
const walk: PlayerItem = { id: 'walk-break', dose: { kind: 'walk', seconds: 60 } };

function setup(
  overrides: { snoozeMin?: number | null; trigger?: 'limit' | 'manual'; busy?: boolean } = {},
) {
  const outcomes: PlayerOutcome[] = [];
  const calls = { start: 0, close: 0, hidden: [] as string[], progress: [] as string[][] };
  render(
    <RoutinePlayer
      items={[figure4, squeeze]}
      walk={walk}
      trigger={overrides.trigger ?? 'limit'}
      snoozeMin={overrides.snoozeMin === undefined ? 10 : overrides.snoozeMin}
      chime={false}
      busy={overrides.busy}
      onProgress={(completed, of) => calls.progress.push([...completed, `of ${of}`])}
      onStart={() => calls.start++}
      onOutcome={(o) => outcomes.push(o)}
      onHide={(id) => calls.hidden.push(id)}
      onClose={() => calls.close++}
    />,
  );
  return { outcomes, calls };
}

const seconds = (n: number) =>
  act(() => {
    vi.advanceTimersByTime(n * 1000);
  });
const label = () => document.querySelector('.countdown-label')?.textContent;
const count = () => document.querySelector('.countdown-seconds')?.textContent;
const button = (name: string | RegExp) => screen.getByRole('button', { name });

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('RoutinePlayer', () => {
  it('lists the routine, then guides each stretch with its sides and finishes with Done', async () => {
    const { outcomes, calls } = setup();
    expect(screen.getByRole('heading', { name: 'Time to stand up' })).toBeTruthy();
    expect(screen.getByText('Seated figure-4', { exact: false })).toBeTruthy();
    fireEvent.click(button('Start'));
    expect(calls.start).toBe(1);
    expect(label()).toBe('Get into position');
    await seconds(5);
    expect(label()).toBe('Right side');
    expect(count()).toBe('30');
    await seconds(10);
    expect(count()).toBe('20');
    await seconds(20);
    expect(label()).toBe('Switch sides');
    await seconds(5);
    expect(label()).toBe('Left side');
    await seconds(30);
    expect(screen.getByText('Stretch 2 of 2')).toBeTruthy();
    await seconds(5 + 7);
    expect(label()).toBe('Rep 2 of 4');
    await seconds(13);
    expect(screen.getByRole('heading', { name: 'Nicely done' })).toBeTruthy();
    fireEvent.click(button('Done'));
    expect(outcomes).toEqual([
      { type: 'done', completed: ['seated-figure-4', 'seated-glute-squeeze'] },
    ]);
  });

  it('shows the picture, numbered steps, what to feel and why on demand', () => {
    setup();
    fireEvent.click(button('Start'));
    const card = document.querySelector('.stretch-card');
    expect(card?.querySelector('img')?.getAttribute('src')).toBeTruthy();
    expect(card?.querySelectorAll('ol.steps li').length).toBeGreaterThanOrEqual(3);
    expect(card?.textContent).toMatch(/What you should feel:/);
    expect(card?.querySelector('details summary')?.textContent).toBe('Why this helps');
    expect(document.body.textContent).toMatch(/General information only, not medical advice/);
  });

  it('pauses and resumes the countdown', async () => {
    setup();
    fireEvent.click(button('Start'));
    await seconds(10); // 5 s ready, 5 s into the hold
    fireEvent.click(button('Pause'));
    await seconds(60);
    expect(count()).toBe('25');
    fireEvent.click(button('Resume'));
    await seconds(5);
    expect(count()).toBe('20');
  });

  it('moves with Next and Back', async () => {
    setup();
    fireEvent.click(button('Start'));
    fireEvent.click(button('Next'));
    expect(screen.getByText('Stretch 2 of 2')).toBeTruthy();
    fireEvent.click(button('Back'));
    expect(screen.getByText('Stretch 1 of 2')).toBeTruthy();
  });

  it('stops early as partial with what was completed', async () => {
    const { outcomes } = setup();
    fireEvent.click(button('Start'));
    await seconds(5 + 30 + 5 + 30 + 1);
    fireEvent.click(button('Stop here'));
    expect(outcomes).toEqual([{ type: 'partial', completed: ['seated-figure-4'] }]);
  });

  it('calls a routine pressed through with Next partial, not done', async () => {
    const { outcomes } = setup();
    fireEvent.click(button('Start'));
    fireEvent.click(button('Next'));
    fireEvent.click(button('Next'));
    expect(screen.getByRole('heading', { name: 'Nicely done' })).toBeTruthy();
    fireEvent.click(button('Done'));
    expect(outcomes).toEqual([{ type: 'partial', completed: [] }]);
  });

  it('reports each stretch as it is timed out, so a closed page keeps what was done', async () => {
    const { calls } = setup();
    fireEvent.click(button('Start'));
    await seconds(5 + 30 + 5 + 30 + 1);
    fireEvent.click(button('Next'));
    expect(calls.progress).toEqual([['of 2'], ['seated-figure-4', 'of 2']]);
  });

  it('disables every answer while one is on its way', () => {
    setup({ busy: true });
    for (const name of ['Snooze 10 min', 'Skip']) {
      expect((button(name) as HTMLButtonElement).disabled).toBe(true);
    }
    fireEvent.click(button('Start'));
    for (const name of ['This hurt', 'Stop here']) {
      expect((button(name) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('offers the walk instead, and snooze and skip before starting', () => {
    const { outcomes, calls } = setup();
    fireEvent.click(button('Snooze 10 min'));
    fireEvent.click(button('Skip'));
    expect(outcomes).toEqual([{ type: 'snooze' }, { type: 'skip' }]);
    fireEvent.click(button('Get up and walk instead'));
    expect(calls.start).toBe(1);
    expect(screen.getByText('Stretch 1 of 1')).toBeTruthy();
  });

  it('offers no snooze when none is left, nor for a routine started by hand', () => {
    setup({ snoozeMin: null });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    cleanup();
    setup({ trigger: 'manual' });
    expect(screen.getByRole('heading', { name: 'A short stretch break' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it('stops on "This hurt", shows the safety advice and offers to hide the stretch', async () => {
    const { outcomes, calls } = setup();
    fireEvent.click(button('Start'));
    await seconds(8);
    fireEvent.click(button('This hurt'));
    expect(outcomes).toEqual([{ type: 'hurt', completed: [], stretchId: 'seated-figure-4' }]);
    expect(screen.getByRole('heading', { name: 'Stop, and take care' })).toBeTruthy();
    expect(document.body.textContent).toMatch(/urgent medical help/);
    fireEvent.click(button(/^Hide .* from my routines$/));
    expect(calls.hidden).toEqual(['seated-figure-4']);
    expect(screen.getByRole('status').textContent).toMatch(/is now hidden/);
    fireEvent.click(button('Close'));
    expect(calls.close).toBe(1);
  });
});

describe('illustrations', () => {
  it('has a picture for every stretch in the catalogue', () => {
    const missing = stretches.filter((s) => !pictureUrl(s.id)).map((s) => s.id);
    expect(missing).toEqual([]);
  });
});
