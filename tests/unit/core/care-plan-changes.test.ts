// What a new plan is to the one in force (planRelation), and what a revision changes (comparePlans),
// as the preview words it.
import { describe, expect, it } from 'vitest';
import { comparePlans, planRelation } from '../../../core/care-plan-changes';
import { accepted, type Edit, planWith, remove } from './care-plan-fixtures';

const current = accepted(planWith(['revision', 3]));
const edited = (...edits: Edit[]) => accepted(planWith(['revision', 4], ...edits));

describe('planRelation', () => {
  it.each([
    ['no plan in force', null, current, 'new'],
    ['same plan, higher revision', current, edited(), 'revision'],
    ['same plan, same revision', current, accepted(planWith(['revision', 3])), 'notNewer'],
    ['same plan, lower revision', current, accepted(planWith(['revision', 2])), 'notNewer'],
    ['another planId', current, accepted(planWith(['planId', 'harbour-7'])), 'otherPlan'],
    [
      'another planId, lower revision',
      current,
      accepted(planWith(['planId', 'h'], ['revision', 1])),
      'otherPlan',
    ],
    ['another planId, same clinic', current, edited(['planId', 'riverside-0043']), 'otherPlan'],
  ])('%s: %s', (_, before, next, relation) => {
    expect(planRelation(before, next)).toBe(relation);
  });
});

describe('comparePlans', () => {
  it('finds nothing between a plan and its copy', () => {
    expect(comparePlans(current, edited())).toEqual([]);
  });

  it.each<[string, Edit[], ReturnType<typeof comparePlans>]>([
    [
      'a stretch added',
      [['stretches.3', { id: 'clamshell', reps: 12 }]],
      [{ kind: 'added', id: 'clamshell' }],
    ],
    [
      'a stretch removed',
      [
        [
          'stretches',
          [
            {
              id: 'seated-figure-4',
              holdSec: 30,
              side: 'right',
              perDay: 3,
              note: 'Keep the hips level',
            },
            { id: 'seated-glute-squeeze', reps: 10 },
          ],
        ],
      ],
      [{ kind: 'removed', id: 'walk-break' }],
    ],
    [
      'a longer hold',
      [['stretches.0.holdSec', 45]],
      [{ kind: 'stretch', id: 'seated-figure-4', field: 'holdSec', from: 30, to: 45 }],
    ],
    [
      'the default hold',
      [['stretches.0.holdSec', remove]],
      [{ kind: 'stretch', id: 'seated-figure-4', field: 'holdSec', from: 30, to: null }],
    ],
    [
      'more reps',
      [['stretches.1.reps', 12]],
      [{ kind: 'stretch', id: 'seated-glute-squeeze', field: 'reps', from: 10, to: 12 }],
    ],
    [
      'a walk given a length',
      [['stretches.2.holdSec', 60]],
      [{ kind: 'stretch', id: 'walk-break', field: 'holdSec', from: null, to: 60 }],
    ],
    [
      'the other side',
      [['stretches.0.side', 'left']],
      [{ kind: 'stretch', id: 'seated-figure-4', field: 'side', from: 'right', to: 'left' }],
    ],
    [
      'both sides again',
      [['stretches.0.side', remove]],
      [{ kind: 'stretch', id: 'seated-figure-4', field: 'side', from: 'right', to: 'both' }],
    ],
    [
      'fewer times a day',
      [['stretches.0.perDay', 2]],
      [{ kind: 'stretch', id: 'seated-figure-4', field: 'perDay', from: 3, to: 2 }],
    ],
    [
      'a stretch note',
      [['stretches.1.note', 'Slowly']],
      [{ kind: 'stretch', id: 'seated-glute-squeeze', field: 'note', from: null, to: 'Slowly' }],
    ],
    [
      'a sitting limit',
      [['settings.sittingLimitMin', 30]],
      [{ kind: 'plan', field: 'sittingLimitMin', from: 45, to: 30 }],
    ],
    [
      'no daily goal',
      [['settings.dailyGoal', remove]],
      [{ kind: 'plan', field: 'dailyGoal', from: 6, to: null }],
    ],
    [
      'no settings',
      [['settings', remove]],
      [
        { kind: 'plan', field: 'sittingLimitMin', from: 45, to: null },
        { kind: 'plan', field: 'dailyGoal', from: 6, to: null },
      ],
    ],
    [
      'a later review',
      [['reviewDate', '2027-02-09']],
      [{ kind: 'plan', field: 'reviewDate', from: '2027-01-12', to: '2027-02-09' }],
    ],
    [
      'no pain check',
      [['painCheck', false]],
      [{ kind: 'plan', field: 'painCheck', from: true, to: false }],
    ],
    [
      'the pain check left to its default',
      [['painCheck', remove]],
      [{ kind: 'plan', field: 'painCheck', from: true, to: false }],
    ],
    [
      'the plan note',
      [['note', 'Twice before lunch.']],
      [
        {
          kind: 'plan',
          field: 'note',
          from: 'Gentle glute stretches between meetings. Stop if the pain goes above 3 out of 10.',
          to: 'Twice before lunch.',
        },
      ],
    ],
    [
      'a new phone number',
      [['clinic.phone', '+44 20 7946 0000']],
      [{ kind: 'plan', field: 'contact', from: null, to: null }],
    ],
    [
      'no website',
      [['clinic.website', remove]],
      [{ kind: 'plan', field: 'contact', from: null, to: null }],
    ],
    [
      'another clinician',
      [['clinic.clinician', 'B. Okafor']],
      [{ kind: 'plan', field: 'contact', from: null, to: null }],
    ],
    [
      'the clinic renamed',
      [['clinic.name', 'Riverside Physio']],
      [{ kind: 'plan', field: 'clinic', from: 'Riverside Physiotherapy', to: 'Riverside Physio' }],
    ],
  ])('finds %s', (_, edits, changes) => {
    expect(comparePlans(current, edited(...edits))).toEqual(changes);
  });

  it("lists the plan's own fields first, then stretch by stretch, removals last", () => {
    const next = edited(
      ['painCheck', false],
      [
        'stretches',
        [
          { id: 'clamshell' },
          {
            id: 'seated-figure-4',
            holdSec: 20,
            side: 'right',
            perDay: 4,
            note: 'Keep the hips level',
          },
        ],
      ],
    );
    expect(comparePlans(current, next)).toEqual([
      { kind: 'plan', field: 'painCheck', from: true, to: false },
      { kind: 'added', id: 'clamshell' },
      { kind: 'stretch', id: 'seated-figure-4', field: 'holdSec', from: 30, to: 20 },
      { kind: 'stretch', id: 'seated-figure-4', field: 'perDay', from: 3, to: 4 },
      { kind: 'removed', id: 'seated-glute-squeeze' },
      { kind: 'removed', id: 'walk-break' },
    ]);
  });

  it('does not count a new order of the same stretches as a change', () => {
    const [a, b, c] = current.stretches;
    expect(comparePlans(current, edited(['stretches', [c, a, b]]))).toEqual([]);
  });
});
