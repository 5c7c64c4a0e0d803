// The prompts CSV: RFC 4180 quoting, local times with their offset, and fast on 100,000 rows.
import { describe, expect, it } from 'vitest';
import { localIso, promptsCsv } from '../../../core/prompts-csv';
import { at } from '../core/drive';
import { prompt } from '../storage/data-fixture';

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see, not the text. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i++;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect([row, field]).toEqual([[], '']); // the text ends with CRLF
  return rows;
}

describe('promptsCsv', () => {
  it('starts with the header and gives one row per prompt', () => {
    const rows = readCsv(promptsCsv([prompt('p1', at('09:30'), { boutId: 'b1' })]));
    expect(rows).toEqual([
      'id,bout_id,trigger,due_at,shown_at,settled_at,outcome,snoozes_before,offered,completed'.split(
        ',',
      ),
      [
        'p1',
        'b1',
        'limit',
        '2026-11-23T09:30:00+00:00',
        '2026-11-23T09:30:00+00:00',
        '2026-11-23T09:32:00+00:00',
        'done',
        '0',
        'seated-figure-4;pigeon-pose',
        'seated-figure-4',
      ],
    ]);
  });

  it('quotes commas, quotes and line breaks so they stay inside their field', () => {
    const odd = prompt('a,b', at('09:30'), {
      boutId: 'say "hi"',
      offered: ['line\nbreak', 'cr\r\nlf'],
      completed: [],
      shownAt: null,
    });
    const text = promptsCsv([odd]);
    expect(text).toContain('"a,b","say ""hi"""');
    const [, row] = readCsv(text);
    expect(row?.slice(0, 2)).toEqual(['a,b', 'say "hi"']);
    expect(row?.[4]).toBe('');
    expect(row?.slice(8)).toEqual(['line\nbreak;cr\r\nlf', '']);
  });

  it('keeps text that looks like a formula as text', () => {
    const [, row] = readCsv(promptsCsv([prompt('=1+1', at('09:30'), { offered: ['@SUM(A1)'] })]));
    expect(row?.[0]).toBe("'=1+1");
    expect(row?.[8]).toBe("'@SUM(A1)");
  });

  it('writes local times with the offset of their own date, across daylight saving', () => {
    expect(localIso(new Date(2026, 6, 1, 8, 5, 9).getTime())).toBe('2026-07-01T08:05:09+01:00');
    expect(localIso(new Date(2026, 0, 1, 0, 0, 0).getTime())).toBe('2026-01-01T00:00:00+00:00');
  });

  it('gives every minute around a change of offset the offset in force then', () => {
    const reference = (ms: number) => {
      const d = new Date(ms);
      const off = -d.getTimezoneOffset();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
    };
    // Europe/London: clocks go forward on 29 March 2026 and back on 25 October 2026, at 01:00 UTC.
    const times = [Date.UTC(2026, 2, 29, 0, 0, 30), Date.UTC(2026, 9, 24, 23, 59, 59)].flatMap(
      (start) => Array.from({ length: 240 }, (_, i) => start + i * 60_000),
    );
    const rows = times.map((ms, i) => prompt(`p${i}`, ms, { shownAt: ms, settledAt: ms }));
    const written = readCsv(promptsCsv(rows))
      .slice(1)
      .map((row) => row[3]);
    expect(written).toEqual(times.map(reference));
    expect(written).toContain('2026-03-29T00:59:30+00:00');
    expect(written).toContain('2026-03-29T02:00:30+01:00');
  });

  it('writes 100,000 prompts well within the 2 s budget', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      prompt(`p${i}`, at('09:00') + i * 60_000),
    );
    const started = performance.now();
    const text = promptsCsv(many);
    const took = performance.now() - started;
    expect(text.split('\r\n')).toHaveLength(100_002);
    expect(took).toBeLessThan(1500);
  });
});
