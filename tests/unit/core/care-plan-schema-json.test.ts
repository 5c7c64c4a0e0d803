// docs/care-plan.schema.json and checkCarePlan agree on a corpus of plans, except on the rules a
// JSON Schema cannot say ("code-only"), and the schema's ids and bounds are the code's own.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { checkCarePlan, planBounds } from '../../../core/care-plan';
import { numberRanges } from '../../../core/settings';
import { stretches } from '../../../core/stretches';
import schema from '../../../docs/care-plan.schema.json';
import { letters as a, type Edit, planWith, remove } from './care-plan-fixtures';

// Formats are annotations in draft 2020-12 unless a validator is told to assert them.
const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(
  schema,
);

type Verdict = 'good' | 'bad' | 'code-only';
const all = stretches.map(({ id }) => ({ id })).slice(0, 8);

/** [what, edits on the example plan, verdict]: code-only is accepted by the schema alone. */
const corpus: [string, Edit[], Verdict][] = [
  ['the example', [], 'good'],
  [
    'no optional field',
    [
      ['reviewDate', remove],
      ['clinic', { name: 'R' }],
      ['note', remove],
      ['settings', remove],
      ['painCheck', remove],
      ['stretches', [{ id: 'walk-break' }]],
    ],
    'good',
  ],
  ['8 stretches', [['stretches', all]], 'good'],
  [
    'every bound at its top',
    [
      ['planId', a(64)],
      ['revision', 9999],
      ['clinic.name', a(80)],
      ['clinic.clinician', a(80)],
      ['clinic.phone', a(40)],
      ['clinic.email', a(120)],
      ['note', a(500)],
      ['settings', { sittingLimitMin: 120, dailyGoal: 20 }],
      ['stretches.0', { id: 'seated-figure-4', holdSec: 120, perDay: 8, note: a(200) }],
      ['stretches.1.reps', 30],
    ],
    'good',
  ],
  [
    'every bound at its bottom',
    [
      ['planId', 'a'],
      ['revision', 1],
      ['clinic.name', 'R'],
      ['settings', { sittingLimitMin: 10, dailyGoal: 1 }],
      ['stretches.0', { id: 'seated-figure-4', holdSec: 5, perDay: 1 }],
      ['stretches.1.reps', 1],
    ],
    'good',
  ],
  ['a name of 80 emoji', [['clinic.name', '🩺'.repeat(80)]], 'good'],
  [
    'a leap day',
    [
      ['issued', '2028-02-29'],
      ['reviewDate', '2028-02-29'],
    ],
    'good',
  ],
  ['an HTTPS website in capitals', [['clinic.website', 'HTTPS://RIVERSIDE.EXAMPLE/']], 'good'],
  [
    'unknown keys everywhere',
    [
      ['x', 1],
      ['clinic.fax', '0'],
      ['settings.theme', 'dark'],
      ['stretches.0.sets', 3],
    ],
    'good',
  ],
  [
    'a two-sided reps stretch on one side',
    [['stretches.1', { id: 'clamshell', reps: 12, side: 'left' }]],
    'good',
  ],
  ['a longer walk', [['stretches.2.holdSec', 100]], 'good'],
  ['a side of both on a one-sided stretch', [['stretches.1.side', 'both']], 'good'],
  ['another format', [['format', 'hip-check-plan']], 'bad'],
  ['a newer version', [['version', 2]], 'bad'],
  ['version 0', [['version', 0]], 'bad'],
  ['no version', [['version', remove]], 'bad'],
  ['a planId of 65', [['planId', a(65)]], 'bad'],
  ['a planId with a dot', [['planId', 'riverside.1']], 'bad'],
  ['revision 0', [['revision', 0]], 'bad'],
  ['revision 10000', [['revision', 10_000]], 'bad'],
  ['revision 1.5', [['revision', 1.5]], 'bad'],
  ['revision as text', [['revision', '2']], 'bad'],
  ['a date day first', [['issued', '01/12/2026']], 'bad'],
  ['no issue date', [['issued', remove]], 'bad'],
  ['no clinic', [['clinic', remove]], 'bad'],
  ['an empty clinic name', [['clinic.name', '']], 'bad'],
  ['a blank clinic name', [['clinic.name', ' \t']], 'bad'],
  ['a name of 81 emoji', [['clinic.name', '🩺'.repeat(81)]], 'bad'],
  ['a phone of 41', [['clinic.phone', a(41)]], 'bad'],
  ['an email of 121', [['clinic.email', a(121)]], 'bad'],
  ['an http website', [['clinic.website', 'http://riverside.example']], 'bad'],
  ['a javascript: website', [['clinic.website', 'javascript:alert(1)']], 'bad'],
  ['a website after a space', [['clinic.website', ' https://riverside.example']], 'bad'],
  ['a website of 201', [['clinic.website', `https://r.example/${a(183)}`]], 'bad'],
  ['a note of 501', [['note', a(501)]], 'bad'],
  ['settings as a list', [['settings', [45]]], 'bad'],
  ['a sitting limit of 9', [['settings.sittingLimitMin', 9]], 'bad'],
  ['a daily goal of 21', [['settings.dailyGoal', 21]], 'bad'],
  ['painCheck as text', [['painCheck', 'yes']], 'bad'],
  ['no stretches', [['stretches', []]], 'bad'],
  ['9 stretches', [['stretches', [...all, { id: 'side-plank' }]]], 'bad'],
  ['an unknown stretch', [['stretches.1.id', 'pigeon']], 'bad'],
  ['a stretch as text', [['stretches.1', 'walk-break']], 'bad'],
  ['a hold of 4 s', [['stretches.0.holdSec', 4]], 'bad'],
  ['31 reps', [['stretches.1.reps', 31]], 'bad'],
  ['side up', [['stretches.0.side', 'up']], 'bad'],
  ['9 times a day', [['stretches.0.perDay', 9]], 'bad'],
  ['a stretch note of 201', [['stretches.0.note', a(201)]], 'bad'],
  ['a hold on a reps stretch', [['stretches.1.holdSec', 30]], 'code-only'],
  ['reps on a hold stretch', [['stretches.0.reps', 10]], 'code-only'],
  ['reps on the walk', [['stretches.2.reps', 10]], 'code-only'],
  ['a side on a one-sided stretch', [['stretches.1.side', 'left']], 'code-only'],
  ['a side on the walk', [['stretches.2.side', 'right']], 'code-only'],
  ['29 February 2027', [['issued', '2027-02-29']], 'code-only'],
  ['31 April', [['reviewDate', '2027-04-31']], 'code-only'],
  ['month 13', [['issued', '2026-13-01']], 'code-only'],
  ['a review before the issue', [['reviewDate', '2026-11-30']], 'code-only'],
  ['the same stretch twice', [['stretches.2', { id: 'seated-figure-4' }]], 'code-only'],
  ['a website that does not parse', [['clinic.website', 'https://[riverside']], 'code-only'],
];

describe('the JSON Schema of format 1', () => {
  it('compiles in strict mode, and takes the example', () => {
    expect(validate(planWith())).toBe(true);
  });

  it('is tried on at least 40 plans, some of them code-only', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter(([, , verdict]) => verdict === 'code-only').length).toBeGreaterThan(5);
  });

  it.each(corpus)('%s', (_, edits, verdict) => {
    const plan = planWith(...edits);
    const byCode = checkCarePlan(plan).ok;
    const bySchema = validate(plan);
    expect({ byCode, bySchema }).toEqual({
      byCode: verdict === 'good',
      bySchema: verdict !== 'bad',
    });
  });

  it.each([null, [], 'plan', 1])('refuses %j, as the code does', (value) => {
    expect(validate(value)).toBe(false);
    expect(checkCarePlan(value).ok).toBe(false);
  });
});

describe("the JSON Schema's ids and bounds", () => {
  const top = schema.properties;
  const entry = schema.$defs.stretch.properties;
  const range = (node: { minimum: number; maximum: number }) => ({
    min: node.minimum,
    max: node.maximum,
  });

  it("list the catalogue's ids, in its order", () => {
    expect(entry.id.enum).toEqual(stretches.map((s) => s.id));
  });

  it('are the code’s bounds', () => {
    expect(top.planId.pattern).toBe(`^[A-Za-z0-9_-]{1,${planBounds.planIdLength}}$`);
    expect(range(top.revision)).toEqual(planBounds.revision);
    expect(top.clinic.properties.name.maxLength).toBe(planBounds.clinicName);
    expect(top.clinic.properties.clinician.maxLength).toBe(planBounds.clinician);
    expect(top.clinic.properties.phone.maxLength).toBe(planBounds.phone);
    expect(top.clinic.properties.email.maxLength).toBe(planBounds.email);
    expect(top.clinic.properties.website.maxLength).toBe(planBounds.website);
    expect(top.note.maxLength).toBe(planBounds.note);
    expect({ min: top.stretches.minItems, max: top.stretches.maxItems }).toEqual(
      planBounds.stretches,
    );
    expect(range(entry.holdSec)).toEqual(planBounds.holdSec);
    expect(range(entry.reps)).toEqual(planBounds.reps);
    expect(range(entry.perDay)).toEqual(planBounds.perDay);
    expect(entry.note.maxLength).toBe(planBounds.stretchNote);
    const { sittingLimitMin, dailyGoal } = numberRanges;
    expect(range(top.settings.properties.sittingLimitMin)).toEqual({
      min: sittingLimitMin.min,
      max: sittingLimitMin.max,
    });
    expect(range(top.settings.properties.dailyGoal)).toEqual({
      min: dailyGoal.min,
      max: dailyGoal.max,
    });
  });

  it('name the keys every plan needs', () => {
    expect(schema.required).toEqual([
      'format',
      'version',
      'planId',
      'revision',
      'issued',
      'clinic',
      'stretches',
    ]);
    expect(top.format.const).toBe('hip-check-care-plan');
    expect(top.version.const).toBe(1);
  });
});
