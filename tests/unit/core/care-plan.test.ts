// The care plan format's rules for the plan's own fields (CLINICS.md §1) from a table: each field at,
// below and above its bounds, wrong types, dates that do not exist, each with its exact problem.
import { describe, expect, it } from 'vitest';
import { checkCarePlan, type PlanProblem } from '../../../core/care-plan';
import {
  letters as a,
  type Edit,
  problem as p,
  planWith,
  type Row,
  remove,
  sentence,
} from './care-plan-fixtures';

const emoji = (count: number) => '🧘'.repeat(count);
const url = (count: number) => `https://riverside.example/${a(count - 26)}`;

/** [what, path, value, the one problem, or 'ok'] on the example plan. */
const rows: Row[] = [
  ['the example as it is', 'note', 'Gentle glute stretches', 'ok'],
  ['format of another kind', 'format', 'hip-check-plan', p('planErrFormat')],
  ['format missing', 'format', remove, p('planErrFormat')],
  ['version 0', 'version', 0, p('planErrVersion')],
  ['version as text', 'version', '1', p('planErrVersion')],
  ['version 1.5', 'version', 1.5, p('planErrVersion')],
  ['version 2', 'version', 2, p('planErrVersionNewer', 2)],
  ['version missing', 'version', remove, p('planErrMissing', 'version')],
  ['planId of 1', 'planId', 'a', 'ok'],
  ['planId of 64', 'planId', a(64), 'ok'],
  ['planId of every allowed kind', 'planId', 'AZaz09_-', 'ok'],
  ['planId of 65', 'planId', a(65), p('planErrPlanId')],
  ['planId empty', 'planId', '', p('planErrPlanId')],
  ['planId with a space', 'planId', 'riverside 0042', p('planErrPlanId')],
  ['planId with a dot', 'planId', 'riverside.0042', p('planErrPlanId')],
  ['planId with an accent', 'planId', 'café', p('planErrPlanId')],
  ['planId with a line break', 'planId', 'riverside\n', p('planErrPlanId')],
  ['planId a number', 'planId', 42, p('planErrPlanId')],
  ['planId missing', 'planId', remove, p('planErrMissing', 'planId')],
  ['revision 0', 'revision', 0, p('planErrRevision', '0', 1, 9999)],
  ['revision 1', 'revision', 1, 'ok'],
  ['revision 9999', 'revision', 9999, 'ok'],
  ['revision 10000', 'revision', 10000, p('planErrRevision', '10000', 1, 9999)],
  ['revision 1.5', 'revision', 1.5, p('planErrRevision', '1.5', 1, 9999)],
  ['revision as text', 'revision', '2', p('planErrRevision', '2', 1, 9999)],
  ['revision null', 'revision', null, p('planErrRevision', 'null', 1, 9999)],
  ['revision missing', 'revision', remove, p('planErrMissing', 'revision')],
  [
    'issued a leap day that exists',
    'issued',
    '2028-02-29',
    p('planErrReviewBeforeIssued', '2027-01-12', '2028-02-29'),
  ],
  ['issued 29 February 2027', 'issued', '2027-02-29', p('planErrIssued', '2027-02-29')],
  ['issued month 13', 'issued', '2026-13-01', p('planErrIssued', '2026-13-01')],
  ['issued 31 April', 'issued', '2026-04-31', p('planErrIssued', '2026-04-31')],
  ['issued day first', 'issued', '01/12/2026', p('planErrIssued', '01/12/2026')],
  ['issued without zeros', 'issued', '2026-12-1', p('planErrIssued', '2026-12-1')],
  ['issued with a time', 'issued', '2026-12-01T09:00', p('planErrIssued', '2026-12-01T09:00')],
  ['issued a number', 'issued', 20261201, p('planErrIssued', '20261201')],
  ['issued missing', 'issued', remove, p('planErrMissing', 'issued')],
  ['reviewDate a leap day that exists', 'reviewDate', '2028-02-29', 'ok'],
  ['reviewDate the day issued', 'reviewDate', '2026-12-01', 'ok'],
  [
    'reviewDate the day before',
    'reviewDate',
    '2026-11-30',
    p('planErrReviewBeforeIssued', '2026-11-30', '2026-12-01'),
  ],
  ['reviewDate 29 February 2027', 'reviewDate', '2027-02-29', p('planErrReviewDate', '2027-02-29')],
  ['reviewDate null', 'reviewDate', null, p('planErrReviewDate', 'null')],
  ['reviewDate missing', 'reviewDate', remove, 'ok'],
  ['clinic missing', 'clinic', remove, p('planErrMissing', 'clinic')],
  ['clinic as text', 'clinic', 'Riverside', p('planErrClinic')],
  ['clinic null', 'clinic', null, p('planErrClinic')],
  ['clinic name of 1', 'clinic.name', 'R', 'ok'],
  ['clinic name of 80', 'clinic.name', a(80), 'ok'],
  ['clinic name of 80 emoji', 'clinic.name', emoji(80), 'ok'],
  ['clinic name of 81', 'clinic.name', a(81), p('planErrClinicName', 80)],
  ['clinic name of 81 emoji', 'clinic.name', emoji(81), p('planErrClinicName', 80)],
  ['clinic name empty', 'clinic.name', '', p('planErrClinicName', 80)],
  ['clinic name a space', 'clinic.name', ' ', p('planErrClinicName', 80)],
  ['clinic name white space', 'clinic.name', '\t\n ', p('planErrClinicName', 80)],
  ['clinic name a number', 'clinic.name', 7, p('planErrClinicName', 80)],
  ['clinic name missing', 'clinic.name', remove, p('planErrMissing', 'clinic.name')],
  ['clinician of 80', 'clinic.clinician', a(80), 'ok'],
  ['clinician of 81', 'clinic.clinician', a(81), p('planErrClinician', 80)],
  ['clinician a number', 'clinic.clinician', 1, p('planErrClinician', 80)],
  ['phone of 40', 'clinic.phone', a(40), 'ok'],
  ['phone of 41', 'clinic.phone', a(41), p('planErrPhone', 40)],
  ['phone a number', 'clinic.phone', 442079460958, p('planErrPhone', 40)],
  ['email of 120', 'clinic.email', a(120), 'ok'],
  ['email of 121', 'clinic.email', a(121), p('planErrEmail', 120)],
  ['website https', 'clinic.website', 'https://riverside.example/plans?a=1#b', 'ok'],
  ['website HTTPS in capitals', 'clinic.website', 'HTTPS://RIVERSIDE.EXAMPLE', 'ok'],
  ['website of 200', 'clinic.website', url(200), 'ok'],
  ['website of 201', 'clinic.website', url(201), p('planErrWebsite', 200)],
  ['website http', 'clinic.website', 'http://riverside.example', p('planErrWebsite', 200)],
  ['website javascript:', 'clinic.website', 'javascript:alert(1)', p('planErrWebsite', 200)],
  ['website ftp', 'clinic.website', 'ftp://riverside.example', p('planErrWebsite', 200)],
  ['website without a host', 'clinic.website', 'https://', p('planErrWebsite', 200)],
  ['website without //', 'clinic.website', 'https:riverside.example', p('planErrWebsite', 200)],
  [
    'website after a space',
    'clinic.website',
    ' https://riverside.example',
    p('planErrWebsite', 200),
  ],
  [
    'website with a line break',
    'clinic.website',
    'https://a.example\n.b',
    p('planErrWebsite', 200),
  ],
  ['website not a URL', 'clinic.website', 'riverside.example', p('planErrWebsite', 200)],
  ['note of 500', 'note', a(500), 'ok'],
  ['note of 501', 'note', a(501), p('planErrNote', 500)],
  ['note a list', 'note', ['Gentle'], p('planErrNote', 500)],
  ['settings empty', 'settings', {}, 'ok'],
  ['settings missing', 'settings', remove, 'ok'],
  ['settings a list', 'settings', [], p('planErrSettings')],
  ['settings as text', 'settings', '45', p('planErrSettings')],
  ['settings null', 'settings', null, p('planErrSettings')],
  ['sittingLimitMin 9', 'settings.sittingLimitMin', 9, p('planErrSittingLimit', '9', 10, 120)],
  ['sittingLimitMin 10', 'settings.sittingLimitMin', 10, 'ok'],
  ['sittingLimitMin 120', 'settings.sittingLimitMin', 120, 'ok'],
  [
    'sittingLimitMin 121',
    'settings.sittingLimitMin',
    121,
    p('planErrSittingLimit', '121', 10, 120),
  ],
  [
    'sittingLimitMin 45.5',
    'settings.sittingLimitMin',
    45.5,
    p('planErrSittingLimit', '45.5', 10, 120),
  ],
  [
    'sittingLimitMin as text',
    'settings.sittingLimitMin',
    '45',
    p('planErrSittingLimit', '45', 10, 120),
  ],
  ['dailyGoal 0', 'settings.dailyGoal', 0, p('planErrDailyGoal', '0', 1, 20)],
  ['dailyGoal 1', 'settings.dailyGoal', 1, 'ok'],
  ['dailyGoal 20', 'settings.dailyGoal', 20, 'ok'],
  ['dailyGoal 21', 'settings.dailyGoal', 21, p('planErrDailyGoal', '21', 1, 20)],
  ['dailyGoal true', 'settings.dailyGoal', true, p('planErrDailyGoal', 'true', 1, 20)],
  ['painCheck false', 'painCheck', false, 'ok'],
  ['painCheck as text', 'painCheck', 'true', p('planErrPainCheck')],
  ['painCheck 1', 'painCheck', 1, p('planErrPainCheck')],
  ['painCheck null', 'painCheck', null, p('planErrPainCheck')],
];

describe('a care plan, field by field', () => {
  it.each(rows)('%s', (_, path, value, expected) => {
    const reading = checkCarePlan(planWith([path, value]));
    if (expected === 'ok') {
      expect(reading).toMatchObject({ ok: true });
    } else {
      expect(reading).toEqual({ ok: false, problems: [expected] });
      expect(() => sentence(expected)).not.toThrow();
    }
  });

  it.each<[string, Edit[], PlanProblem | 'ok']>([
    [
      'a leap day issued and reviewed after',
      [
        ['issued', '2028-02-29'],
        ['reviewDate', '2028-03-01'],
      ],
      'ok',
    ],
    [
      'a two-sided reps stretch on one side',
      [['stretches.1', { id: 'clamshell', reps: 12, side: 'left' }]],
      'ok',
    ],
    [
      'a newer version with other problems too',
      [
        ['version', 3],
        ['planId', '!'],
        ['stretches', []],
      ],
      p('planErrVersionNewer', 3),
    ],
    [
      'a newer version of another format',
      [
        ['version', 2],
        ['format', 'x'],
      ],
      p('planErrFormat'),
    ],
    [
      'an issue date that is not one, and a review date',
      [
        ['issued', 'soon'],
        ['reviewDate', '2020-01-01'],
      ],
      p('planErrIssued', 'soon'),
    ],
  ])('%s', (_, edits, expected) => {
    const reading = checkCarePlan(planWith(...edits));
    if (expected === 'ok') expect(reading).toMatchObject({ ok: true });
    else expect(reading).toEqual({ ok: false, problems: [expected] });
  });

  it.each([null, [], 'plan', 42, true])('refuses %j as no plan at all', (value) => {
    expect(checkCarePlan(value)).toEqual({ ok: false, problems: [p('planErrNotPlan')] });
  });
});
