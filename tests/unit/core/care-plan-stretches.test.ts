// The care plan format's rules for its stretches (CLINICS.md §1) from a table: the list's length,
// each field at, below and above its bounds, dose fields and sides that do not fit, ids twice.
import { describe, expect, it } from 'vitest';
import { checkCarePlan } from '../../../core/care-plan';
import {
  letters as a,
  problem as p,
  planWith,
  type Row,
  remove,
  sentence,
} from './care-plan-fixtures';

const ids = ['walk-break', 'standing-itb-stretch', 'seated-figure-4', 'seated-glute-squeeze'];
const moreIds = ['seated-pelvic-tilt', 'standing-hip-flexor-lunge', 'leg-swings', 'clamshell'];
const list = (count: number) => [...ids, ...moreIds, 'pigeon-pose'].slice(0, count).map(entry);
function entry(id: string) {
  return { id };
}
const emoji = (count: number) => '🧘'.repeat(count);

// On the example plan, stretch 1 is seated-figure-4 (a hold, two-sided), 2 seated-glute-squeeze
// (reps, one-sided), 3 walk-break.
const rows: Row[] = [
  ['no stretches', 'stretches', [], p('planErrStretchCount', 0, 1, 8)],
  ['1 stretch', 'stretches', list(1), 'ok'],
  ['8 stretches', 'stretches', list(8), 'ok'],
  ['9 stretches', 'stretches', list(9), p('planErrStretchCount', 9, 1, 8)],
  ['stretches an object', 'stretches', { 0: entry('walk-break') }, p('planErrStretchList')],
  ['stretches as text', 'stretches', 'walk-break', p('planErrStretchList')],
  ['stretches missing', 'stretches', remove, p('planErrMissing', 'stretches')],
  ['a stretch as text', 'stretches.1', 'seated-glute-squeeze', p('planErrStretchShape', 2)],
  ['a stretch null', 'stretches.1', null, p('planErrStretchShape', 2)],
  ['a stretch without id', 'stretches.1.id', remove, p('planErrStretchShape', 2)],
  ['an unknown id', 'stretches.1.id', 'pigeon', p('planErrStretchUnknown', 2, 'pigeon')],
  [
    'an id in capitals',
    'stretches.1.id',
    'WALK-BREAK',
    p('planErrStretchUnknown', 2, 'WALK-BREAK'),
  ],
  ['an id a number', 'stretches.1.id', 5, p('planErrStretchUnknown', 2, '5')],
  [
    'the same id twice',
    'stretches.2',
    entry('seated-figure-4'),
    p('planErrStretchTwice', 3, 'seated-figure-4'),
  ],
  ['holdSec 4', 'stretches.0.holdSec', 4, p('planErrHoldRange', 1, '4', 5, 120)],
  ['holdSec 5', 'stretches.0.holdSec', 5, 'ok'],
  ['holdSec 120', 'stretches.0.holdSec', 120, 'ok'],
  ['holdSec 121', 'stretches.0.holdSec', 121, p('planErrHoldRange', 1, '121', 5, 120)],
  ['holdSec 30.5', 'stretches.0.holdSec', 30.5, p('planErrHoldRange', 1, '30.5', 5, 120)],
  ['holdSec as text', 'stretches.0.holdSec', '30', p('planErrHoldRange', 1, '30', 5, 120)],
  ['holdSec on the walk', 'stretches.2.holdSec', 120, 'ok'],
  [
    'holdSec on a reps stretch',
    'stretches.1.holdSec',
    30,
    p('planErrHoldForReps', 2, 'seated-glute-squeeze'),
  ],
  ['reps 0', 'stretches.1.reps', 0, p('planErrRepsRange', 2, '0', 1, 30)],
  ['reps 1', 'stretches.1.reps', 1, 'ok'],
  ['reps 30', 'stretches.1.reps', 30, 'ok'],
  ['reps 31', 'stretches.1.reps', 31, p('planErrRepsRange', 2, '31', 1, 30)],
  ['reps as text', 'stretches.1.reps', '10', p('planErrRepsRange', 2, '10', 1, 30)],
  ['reps on a hold stretch', 'stretches.0.reps', 10, p('planErrRepsForHold', 1, 'seated-figure-4')],
  ['reps on the walk', 'stretches.2.reps', 10, p('planErrRepsForHold', 3, 'walk-break')],
  ['side left, two-sided', 'stretches.0.side', 'left', 'ok'],
  ['side both, one-sided', 'stretches.1.side', 'both', 'ok'],
  [
    'side left, one-sided',
    'stretches.1.side',
    'left',
    p('planErrSideOneSided', 2, 'seated-glute-squeeze'),
  ],
  [
    'side right on the walk',
    'stretches.2.side',
    'right',
    p('planErrSideOneSided', 3, 'walk-break'),
  ],
  ['side up', 'stretches.0.side', 'up', p('planErrSide', 1, 'up')],
  ['side in capitals', 'stretches.0.side', 'LEFT', p('planErrSide', 1, 'LEFT')],
  ['perDay 0', 'stretches.0.perDay', 0, p('planErrPerDay', 1, '0', 1, 8)],
  ['perDay 1', 'stretches.0.perDay', 1, 'ok'],
  ['perDay 8', 'stretches.0.perDay', 8, 'ok'],
  ['perDay 9', 'stretches.0.perDay', 9, p('planErrPerDay', 1, '9', 1, 8)],
  ['perDay 2.5', 'stretches.0.perDay', 2.5, p('planErrPerDay', 1, '2.5', 1, 8)],
  ['stretch note of 200', 'stretches.0.note', a(200), 'ok'],
  ['stretch note of 201', 'stretches.0.note', a(201), p('planErrStretchNote', 1, 200)],
  ['stretch note of 201 emoji', 'stretches.0.note', emoji(201), p('planErrStretchNote', 1, 200)],
  ['stretch note a number', 'stretches.0.note', 3, p('planErrStretchNote', 1, 200)],
];

describe("a care plan's stretches, field by field", () => {
  it.each(rows)('%s', (_, path, value, expected) => {
    const reading = checkCarePlan(planWith([path, value]));
    if (expected === 'ok') {
      expect(reading).toMatchObject({ ok: true });
    } else {
      expect(reading).toEqual({ ok: false, problems: [expected] });
      expect(() => sentence(expected)).not.toThrow();
    }
  });
});
