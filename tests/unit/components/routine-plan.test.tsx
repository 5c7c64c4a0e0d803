// @vitest-environment happy-dom
// A care plan in the routine: one side only (no switch), the clinician's note as plain text, the
// plan handed to the session and the options preview, and the walk alone when the plan leaves it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RoutinePreview } from '../../../components/options/RoutinePreview';
import { RoutinePlayer } from '../../../components/RoutinePlayer';
import { RoutineSession } from '../../../components/RoutineSession';
import type { PlayerItem } from '../../../core/player';
import type { PlanStretch } from '../../../core/routine';
import { noFilters } from '../../../core/stretches';
import type { AnswerMessage, Message } from '../../../messages';
import { stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

const markup = 'Keep <b>the hips</b> level & breathe';
const rightOnly: PlayerItem = {
  id: 'seated-figure-4',
  dose: { kind: 'hold', seconds: 30, sides: 2 },
  side: 'right',
  note: markup,
};
const squeeze: PlayerItem = {
  id: 'seated-glute-squeeze',
  dose: { kind: 'reps', count: 4, secondsPerRep: 5, sides: 1 },
};
const walk: PlayerItem = { id: 'walk-break', dose: { kind: 'walk', seconds: 60 } };

const seconds = (n: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(n * 1000);
  });
const label = () => document.querySelector('.countdown-label')?.textContent;
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const card = () => document.querySelector('.stretch-card');

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function player(items: PlayerItem[], walkItem = walk, planned = true) {
  const outcomes: unknown[] = [];
  render(
    <RoutinePlayer
      items={items}
      walk={walkItem}
      trigger="limit"
      planned={planned}
      snoozeMin={10}
      chime={false}
      onStart={() => {}}
      onOutcome={(o) => outcomes.push(o)}
      onHide={() => {}}
      onClose={() => {}}
    />,
  );
  return outcomes;
}

describe('a one-sided stretch with a note', () => {
  it('says the side and the note in the overview', () => {
    player([rightOnly, squeeze]);
    const first = document.querySelector('.overview li');
    expect(first?.textContent).toContain('Seated figure-4');
    expect(first?.querySelector('.side-only')?.textContent).toBe(' · Right side only');
    expect(first?.querySelector('.clinic-note')?.textContent).toBe(markup);
    expect(document.querySelector('.overview b')).toBeNull();
  });

  it('is worked once on its side, with the note shown as text, and never a switch', async () => {
    const outcomes = player([rightOnly, squeeze]);
    fireEvent.click(button('Start'));
    expect(card()?.querySelector('.side-only')?.textContent).toBe('Right side only');
    const note = card()?.querySelector('.clinic-note');
    expect(note?.textContent).toBe(`Your clinician's note: ${markup}`);
    expect(note?.querySelector('b')).toBeNull();
    expect(card()?.innerHTML).toContain('Keep &lt;b&gt;the hips&lt;/b&gt; level &amp; breathe');
    await seconds(5);
    expect(label()).toBe('Right side');
    const labels = new Set<string | undefined>();
    for (let n = 0; n < 30; n++) {
      await seconds(1);
      labels.add(label());
    }
    expect(labels.has('Switch sides')).toBe(false);
    expect(screen.getByText('Stretch 2 of 2')).toBeTruthy();
    expect(card()?.querySelector('.side-only')).toBeNull();
    expect(card()?.querySelector('.clinic-note')).toBeNull();
    await seconds(5 + 20);
    fireEvent.click(button('Done'));
    expect(outcomes).toEqual([
      { type: 'done', completed: ['seated-figure-4', 'seated-glute-squeeze'] },
    ]);
  });

  it('names the left side when the plan says left', async () => {
    player([{ ...rightOnly, side: 'left', note: undefined }]);
    fireEvent.click(button('Start'));
    expect(card()?.querySelector('.side-only')?.textContent).toBe('Left side only');
    expect(card()?.querySelector('.clinic-note')).toBeNull();
    await seconds(5);
    expect(label()).toBe('Left side');
  });
});

function session(plan: { stretches: PlanStretch[] }) {
  const sim = new Sim();
  sim.runUntil(at('09:30'));
  const answers: AnswerMessage[] = [];
  const sent: Message[] = [];
  render(
    <RoutineSession
      state={sim.state}
      settings={anytime}
      plan={plan}
      now={at('09:31')}
      loadHistory={async () => ({ earlierToday: [], previous: [] })}
      send={async (m) => void sent.push(m)}
      answer={async (m) => {
        answers.push(m);
        return 'recorded';
      }}
      watch={() => () => {}}
      hideStretch={async () => {}}
      close={() => {}}
    />,
  );
  return { answers, sent };
}

describe('a session under a care plan', () => {
  it("plays the plan's stretch on its side with its note, and records it as before", async () => {
    const s = session({
      stretches: [{ id: 'seated-figure-4', holdSec: 20, side: 'left', note: '<i>Slowly</i>' }],
    });
    await seconds(0);
    expect(s.sent).toContainEqual(
      expect.objectContaining({ type: 'routineOffered', stretches: ['seated-figure-4'] }),
    );
    expect(document.querySelector('.overview')?.textContent).toContain('Left side only');
    fireEvent.click(button('Start'));
    await seconds(0);
    expect(card()?.querySelector('.clinic-note')?.textContent).toBe(
      "Your clinician's note: <i>Slowly</i>",
    );
    expect(card()?.querySelector('i')).toBeNull();
    await seconds(5);
    expect(document.querySelector('.countdown-seconds')?.textContent).toBe('20');
    await seconds(20);
    fireEvent.click(button('Done'));
    await seconds(0);
    expect(s.answers).toContainEqual(
      expect.objectContaining({
        type: 'routineFinished',
        outcome: 'done',
        completed: ['seated-figure-4'],
      }),
    );
  });

  it("offers the plan's walk alone, with its length and note, when the plan leaves no stretch", async () => {
    session({ stretches: [{ id: 'walk-break', holdSec: 45, note: 'To the <b>stairs</b>' }] });
    await seconds(0);
    expect(document.body.textContent).toContain('Your care plan offers no stretch for this break.');
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(document.querySelector('.routine > .clinic-note')?.textContent).toBe(
      "Your clinician's note: To the <b>stairs</b>",
    );
    fireEvent.click(button(/walk/i));
    await seconds(5);
    expect(document.querySelector('.countdown-seconds')?.textContent).toBe('45');
    expect(card()?.querySelector('.clinic-note')?.textContent).toContain('To the <b>stairs</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('says the health settings, not the plan, when no plan leaves the walk alone', () => {
    player([], walk, false);
    expect(document.body.textContent).toContain('None of the stretches suits');
  });
});

describe('the options preview with a plan', () => {
  it("previews the plan's stretches with their side", () => {
    render(
      <RoutinePreview
        filters={noFilters}
        hiddenStretches={[]}
        routineMinutes={2}
        plan={{ stretches: [{ id: 'seated-figure-4', holdSec: 30, side: 'right' }] }}
      />,
    );
    const items = [...document.querySelectorAll('.preview li')].map((li) => li.textContent);
    expect(items).toEqual(['Seated figure-4 · Right side only']);
    expect(document.querySelector('.preview .total')?.textContent).toBe('30 s in all.');
  });
});
