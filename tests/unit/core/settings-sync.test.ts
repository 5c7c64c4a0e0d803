// The sync rule: the last save wins, a tie goes the same way in every browser, and a stamp more
// than a day ahead of the clock is not believed.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings';
import {
  compareCopies,
  contentKey,
  reconcileSettings,
  type StampedSettings,
  stampForSave,
  syncClockSlackMs,
} from '../../../core/settings-sync';

const now = new Date(2026, 10, 23, 9, 0).getTime();
const day = 86_400_000;
const copy = (sittingLimitMin: number, updatedAt: number): StampedSettings => ({
  settings: { ...defaultSettings, sittingLimitMin },
  updatedAt,
});

describe('reconcileSettings', () => {
  it('adopts a later synced copy and shares a later local one', () => {
    expect(reconcileSettings(copy(40, now - 60_000), copy(90, now), now)).toBe('adopt');
    expect(reconcileSettings(copy(40, now), copy(90, now - 60_000), now)).toBe('share');
  });

  it('shares the local copy when nothing is synced yet', () => {
    expect(reconcileSettings(copy(40, 0), null, now)).toBe('share');
  });

  it('does nothing when both copies are the same save', () => {
    expect(reconcileSettings(copy(40, now), copy(40, now), now)).toBe('same');
  });

  it('settles a tie by content, so both browsers keep the same copy', () => {
    const a = copy(40, now);
    const b = copy(80, now);
    const inA = reconcileSettings(a, b, now);
    const inB = reconcileSettings(b, a, now);
    // One adopts the other's copy, the other shares its own: never both keep their own.
    expect([inA, inB].sort()).toEqual(['adopt', 'share']);
    const winner = inA === 'adopt' ? b : a;
    expect(compareCopies(winner, winner === a ? b : a, now)).toBeGreaterThan(0);
  });

  it('settles every tie the same way, whichever browser looks', () => {
    const copies = [10, 25, 30, 45, 60, 120].map((limit) => copy(limit, now));
    for (const x of copies) {
      for (const y of copies) {
        const one = Math.sign(compareCopies(x, y, now));
        expect(one + Math.sign(compareCopies(y, x, now))).toBe(0);
        expect(one === 0).toBe(x === y);
      }
    }
  });

  it('does not believe a stamp more than a day ahead of the clock', () => {
    const future = copy(90, now + syncClockSlackMs + 1);
    expect(reconcileSettings(copy(40, now - 30 * day), future, now)).toBe('share');
    expect(reconcileSettings(future, copy(40, now - 30 * day), now)).toBe('adopt');
    // Up to a day ahead is a clock running fast: still the later save.
    expect(reconcileSettings(copy(40, now), copy(90, now + syncClockSlackMs), now)).toBe('adopt');
  });

  it('still orders two stamps from the future between themselves', () => {
    const far = copy(90, now + 10 * day);
    const farther = copy(80, now + 20 * day);
    expect(reconcileSettings(far, farther, now)).toBe('adopt');
  });
});

describe('stampForSave', () => {
  it('stamps with the clock, never older than the copy it replaces', () => {
    expect(stampForSave(now - day, now)).toBe(now);
    expect(stampForSave(now + 3_600_000, now)).toBe(now + 3_600_001);
  });

  it('does not inherit a stamp from the far future', () => {
    expect(stampForSave(now + 2 * day, now)).toBe(now);
  });
});

describe('contentKey', () => {
  it('is the same for the same settings written in any field order', () => {
    const reversed = Object.fromEntries(Object.entries(defaultSettings).reverse()) as Settings;
    expect(contentKey(reversed)).toBe(contentKey(defaultSettings));
    expect(contentKey({ ...defaultSettings, dailyGoal: 6 })).not.toBe(contentKey(defaultSettings));
  });
});
