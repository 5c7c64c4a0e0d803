// The care plan's daily pain check: asked once a local day, logged once, stale after that.
import { describe, expect, it } from 'vitest';
import { initialState, restoreState } from '../../../core/engine-state';
import { painCheckDue } from '../../../core/pain-check';
import { step } from '../../../core/sitting';
import { anytime, at } from './drive';

const plan = { painCheck: true };

describe('pain check', () => {
  it('is due only under a plan that asks for it, until answered that day', () => {
    const s = initialState(at('09:00'));
    expect(painCheckDue(s, null, at('10:00'))).toBe(false);
    expect(painCheckDue(s, { painCheck: false }, at('10:00'))).toBe(false);
    expect(painCheckDue(s, plan, at('10:00'))).toBe(true);
    const answered = step(s, { type: 'painCheck', at: at('10:00'), score: 4 }, anytime).state;
    expect(painCheckDue(answered, plan, at('23:59'))).toBe(false);
    // The next local day asks again.
    expect(painCheckDue(answered, plan, at('00:00', 24))).toBe(true);
  });

  it('logs the first answer of a day and calls a second one stale', () => {
    const first = step(
      initialState(at('09:00')),
      {
        type: 'painCheck',
        at: at('10:00'),
        score: 4,
      },
      anytime,
    );
    expect(first.answer).toBe('recorded');
    const rows = first.state.outbox.filter((r) => r.kind === 'painCheck');
    expect(rows).toEqual([
      { kind: 'painCheck', row: { id: expect.any(String), at: at('10:00'), score: 4 } },
    ]);
    const again = step(first.state, { type: 'painCheck', at: at('10:00:01'), score: 9 }, anytime);
    expect(again.answer).toBe('stale');
    expect(again.state.outbox).toEqual(first.state.outbox);
  });

  it('keeps a skip as a null score, and the skip counts as the day asked', () => {
    const skipped = step(
      initialState(at('09:00')),
      {
        type: 'painCheck',
        at: at('11:00'),
        score: null,
      },
      anytime,
    );
    expect(skipped.state.outbox.at(-1)).toMatchObject({ kind: 'painCheck', row: { score: null } });
    expect(painCheckDue(skipped.state, plan, at('12:00'))).toBe(false);
  });

  it('survives a restart in the stored state, and older states read as never asked', () => {
    const answered = step(
      initialState(at('09:00')),
      {
        type: 'painCheck',
        at: at('10:00'),
        score: 2,
      },
      anytime,
    ).state;
    const restored = restoreState(JSON.parse(JSON.stringify(answered)), at('10:01'));
    expect(restored.painCheckedOn).toBe('2026-11-23');
    const { painCheckedOn: _, ...older } = answered;
    expect(restoreState(older, at('10:01')).painCheckedOn).toBeNull();
  });
});
