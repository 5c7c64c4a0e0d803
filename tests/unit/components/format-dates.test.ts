// The pages' date formatting: a time no Date can hold reads "an unknown date", never "Invalid Date".
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate } from '../../../components/data/CountList';
import { barLabel, formatDateTime, longDay } from '../../../components/history/format';
import { formatTime } from '../../../components/i18n';
import { dayKey } from '../../../core/days';
import { stubBrowserGaps } from '../background/fakes';
import { at } from '../core/drive';

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});

const bad = [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, -1e16];

describe('dates on the pages', () => {
  it.each(bad)('writes %d as an unknown date', (time) => {
    for (const text of [formatDate(time), formatDateTime(time), formatTime(time)]) {
      expect(text).toBe('an unknown date');
    }
  });

  it('writes a day key that is no date as an unknown date', () => {
    // dayKey of an impossible time is the key a damaged summary would carry.
    const key = dayKey(Number.NaN);
    expect(key).toBe('NaN-NaN-NaN');
    expect(longDay(key)).toBe('an unknown date');
    expect(barLabel(key, 7)).toBe('an unknown date');
  });

  it('writes real times as before', () => {
    expect(formatDate(at('09:00'))).toBe(
      new Date(at('09:00')).toLocaleDateString(undefined, { dateStyle: 'long' }),
    );
    expect(longDay('2026-11-23')).not.toMatch(/Invalid|NaN/);
    expect(formatDateTime(8.64e15)).not.toMatch(/Invalid|NaN/);
  });
});
