// Reading a care plan file: the 64 KiB cap before parsing, strict UTF-8 with a byte-order mark
// allowed, defaults, unknown keys dropped, and every problem of a plan told at once, one per field.
import { describe, expect, it, vi } from 'vitest';
import {
  carePlanMaxBytes,
  checkCarePlan,
  readCarePlanBytes,
  readCarePlanText,
} from '../../../core/care-plan';
import { accepted, examplePlan, problem as p, planWith, remove } from './care-plan-fixtures';

const bytesOf = (text: string) => new TextEncoder().encode(text);
/** The example plan's JSON padded with an unknown key to exactly `size` bytes. */
function paddedTo(size: number): string {
  const bare = JSON.stringify({ ...examplePlan, padding: '' });
  return JSON.stringify({ ...examplePlan, padding: ' '.repeat(size - bare.length) });
}

describe('the size cap', () => {
  it('is 64 KiB', () => expect(carePlanMaxBytes).toBe(65_536));

  it('takes a plan of exactly 65,536 bytes, as text and as bytes', () => {
    const text = paddedTo(65_536);
    expect(bytesOf(text).length).toBe(65_536);
    expect(readCarePlanText(text).ok).toBe(true);
    expect(readCarePlanBytes(bytesOf(text)).ok).toBe(true);
  });

  it('refuses a text of 65,537 bytes before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const tooBig = p('planErrTooBig', 65_537, 65_536);
    expect(readCarePlanText(paddedTo(65_537))).toEqual({ ok: false, problems: [tooBig] });
    expect(readCarePlanText('x'.repeat(65_537))).toEqual({ ok: false, problems: [tooBig] });
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters', () => {
    // 32,769 characters of two bytes each.
    expect(readCarePlanText('é'.repeat(32_769))).toEqual({
      ok: false,
      problems: [p('planErrTooBig', 65_538, 65_536)],
    });
  });

  it('refuses 65,537 bytes before decoding or parsing them', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    expect(readCarePlanBytes(bytesOf(paddedTo(65_537)))).toEqual({
      ok: false,
      problems: [p('planErrTooBig', 65_537, 65_536)],
    });
    expect(readCarePlanBytes(new Uint8Array(65_537)).ok).toBe(false);
    expect(decode).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('the text', () => {
  const json = JSON.stringify(examplePlan);

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a byte never in UTF-8', [0xff, 0xfe]],
    ['a sequence cut short', [0x7b, 0xe2, 0x82]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a surrogate encoded', [0xed, 0xa0, 0x80]],
  ])('refuses bytes that are not UTF-8: %s', (_, bytes) => {
    expect(readCarePlanBytes(new Uint8Array(bytes))).toEqual({
      ok: false,
      problems: [p('planErrEncoding')],
    });
  });

  it('refuses a Latin-1 file whose JSON would otherwise be a plan', () => {
    const latin1 = Uint8Array.from(JSON.stringify(planWith(['note', 'Café'])), (c) =>
      c.charCodeAt(0),
    );
    expect(readCarePlanBytes(latin1)).toEqual({ ok: false, problems: [p('planErrEncoding')] });
  });

  it('accepts a byte-order mark, in the bytes and in the text', () => {
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(json)]);
    expect(readCarePlanBytes(withMark)).toEqual({ ok: true, plan: accepted(examplePlan) });
    expect(readCarePlanText(`\uFEFF${json}`)).toEqual({ ok: true, plan: accepted(examplePlan) });
  });

  it('reads non-ASCII text as what it says', () => {
    const text = JSON.stringify(planWith(['clinic.name', 'Physiothérapie Saint-Éloi 🦴']));
    const reading = readCarePlanBytes(bytesOf(text));
    expect(reading.ok && reading.plan.clinic.name).toBe('Physiothérapie Saint-Éloi 🦴');
  });

  it.each(['', 'plan', '{"format":', json.slice(0, -1), `${json},`, "{'a':1}"])(
    'refuses %j, which is not JSON',
    (text) => {
      expect(readCarePlanText(text)).toEqual({ ok: false, problems: [p('planErrNotJson')] });
    },
  );

  it.each(['null', '[]', '"plan"', '42', `[${json}]`])('refuses %s, which is no plan', (text) => {
    expect(readCarePlanText(text)).toEqual({ ok: false, problems: [p('planErrNotPlan')] });
  });
});

describe('an accepted plan', () => {
  it('is the file as given, with the defaults filled in', () => {
    const plan = accepted(examplePlan);
    const [figure4, squeeze, walk] = plan.stretches;
    expect(figure4).toEqual((examplePlan.stretches as object[])[0]);
    expect(squeeze).toEqual({ id: 'seated-glute-squeeze', reps: 10, side: 'both' });
    expect(walk).toEqual({ id: 'walk-break', side: 'both' });
    expect(plan.painCheck).toBe(true);
    expect(accepted(planWith(['painCheck', remove])).painCheck).toBe(false);
  });

  it('ignores unknown optional keys, and leaves them out', () => {
    const plan = accepted(
      planWith(
        ['author', 'Practice software 4.2'],
        ['clinic.fax', '+44 20 0000 0000'],
        ['settings.breakMin', 3],
        ['stretches.0.colour', 'red'],
        ['stretches.1.sets', 3],
      ),
    );
    expect(plan).toEqual(accepted(examplePlan));
    expect(JSON.stringify(plan)).not.toMatch(/author|fax|breakMin|colour|sets/);
  });

  it('is not the object that was checked', () => {
    const input = planWith();
    const plan = accepted(input);
    expect(plan).not.toBe(input);
    expect(plan.stretches).not.toBe(input.stretches);
  });
});

describe('a plan with several problems', () => {
  it('is refused with all of them, in the order of the file', () => {
    const reading = checkCarePlan(
      planWith(
        ['planId', 'riverside 0042'],
        ['revision', 0],
        ['issued', '2026-02-30'],
        ['clinic.phone', 7],
        ['note', false],
        ['settings.dailyGoal', 0],
        ['stretches.0.holdSec', 4],
        ['stretches.0.side', 'up'],
        ['stretches.1.id', 'pigeon'],
        ['stretches.2.reps', 5],
      ),
    );
    expect(reading).toEqual({
      ok: false,
      problems: [
        p('planErrPlanId'),
        p('planErrRevision', '0', 1, 9999),
        p('planErrIssued', '2026-02-30'),
        p('planErrPhone', 40),
        p('planErrNote', 500),
        p('planErrDailyGoal', '0', 1, 20),
        p('planErrHoldRange', 1, '4', 5, 120),
        p('planErrSide', 1, 'up'),
        p('planErrStretchUnknown', 2, 'pigeon'),
        p('planErrRepsForHold', 3, 'walk-break'),
      ],
    });
  });

  it('gets one problem per field, even where a value breaks several rules', () => {
    const reading = checkCarePlan(
      planWith(['stretches.0.holdSec', 'long'], ['planId', `${'x'.repeat(70)}!`]),
    );
    expect(reading).toEqual({
      ok: false,
      problems: [p('planErrPlanId'), p('planErrHoldRange', 1, 'long', 5, 120)],
    });
  });

  it('names the same id twice once for each repeat', () => {
    const twice = { id: 'walk-break' };
    const reading = checkCarePlan(planWith(['stretches', [twice, twice, { ...twice }]]));
    expect(reading).toEqual({
      ok: false,
      problems: [
        p('planErrStretchTwice', 2, 'walk-break'),
        p('planErrStretchTwice', 3, 'walk-break'),
      ],
    });
  });

  it('shortens a long value it quotes', () => {
    const reading = checkCarePlan(planWith(['stretches.1.id', 'z'.repeat(100)]));
    expect(reading).toEqual({
      ok: false,
      problems: [p('planErrStretchUnknown', 2, `${'z'.repeat(39)}…`)],
    });
  });
});
