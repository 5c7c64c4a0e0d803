// Stretch ids that name Object.prototype's own members count like any other id, and times a Date
// cannot hold never reach a page or a file as "Invalid Date" or "NaN".
import { describe, expect, it } from 'vitest';
import { perStretch } from '../../../core/adherence';
import { stretchCountsOf, summaries } from '../../../core/day-summary';
import { localIso, promptsCsv } from '../../../core/prompts-csv';
import { isValidTime } from '../../../core/valid-time';
import { at } from '../core/drive';
import { prompt } from '../storage/data-fixture';

const odd = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('counts by stretch id', () => {
  const rows = {
    bouts: [],
    prompts: [
      prompt('p1', at('09:00'), { completed: odd }),
      prompt('p2', at('11:00'), { completed: ['__proto__', 'glute-bridge'] }),
    ],
    pains: [],
  };

  it('keeps constructor and __proto__ as plain counts in a day summary', () => {
    const [day] = summaries(rows, [at('00:00'), at('00:00', 24)]);
    expect(Object.getPrototypeOf(day?.stretches)).toBe(Object.prototype);
    expect(Object.entries(day?.stretches ?? {})).toEqual([
      ['constructor', 1],
      ['__proto__', 2],
      ['toString', 1],
      ['hasOwnProperty', 1],
      ['glute-bridge', 1],
    ]);
    // Through the structured clone IndexedDB stores it with, and back to counts.
    const stored = structuredClone(day);
    expect(stretchCountsOf(stored ? [stored] : [])).toEqual([
      { stretchId: '__proto__', count: 2 },
      { stretchId: 'constructor', count: 1 },
      { stretchId: 'glute-bridge', count: 1 },
      { stretchId: 'hasOwnProperty', count: 1 },
      { stretchId: 'toString', count: 1 },
    ]);
  });

  it('counts them the same way from the rows', () => {
    const counts = perStretch(rows, at('00:00'), at('00:00', 24));
    expect(counts.every((c) => typeof c.count === 'number' && Number.isFinite(c.count))).toBe(true);
    expect(counts.find((c) => c.stretchId === 'constructor')?.count).toBe(1);
  });
});

describe('times no Date can hold', () => {
  const bad = [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, -8.64e15 - 1];

  it.each(bad)('tells %d from a real time', (time) => {
    expect(isValidTime(time)).toBe(false);
    expect(isValidTime(8.64e15)).toBe(true);
  });

  it.each(bad)('leaves the CSV cell empty for %d, never NaN', (time) => {
    expect(localIso(time)).toBe('');
    const csv = promptsCsv([prompt('p1', time, { shownAt: time, settledAt: time })]);
    expect(csv).not.toMatch(/NaN|Invalid/);
  });

  it('still writes the far edges of the range as dates', () => {
    expect(localIso(8.64e15)).toMatch(/^275760-09-1[23]T/);
  });
});
