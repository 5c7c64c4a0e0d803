// The care plan file, format 1 (docs/care-plans.md, from CLINICS.md §1), as one valibot schema:
// the type comes from it, and every rule carries the messages.json key its refusal is told with.
import * as v from 'valibot';
import { isRecord } from './is-record';
import { numberRanges } from './settings';
import { findStretch, type StretchId, stretches } from './stretches';

export const carePlanFormat = 'hip-check-care-plan';
export const carePlanVersion = 1;

/** The bounds of format 1; the JSON Schema in docs/ says the same (a test keeps them together). */
export const planBounds = {
  planIdLength: 64,
  revision: { min: 1, max: 9999 },
  clinicName: 80,
  clinician: 80,
  phone: 40,
  email: 120,
  website: 200,
  note: 500,
  stretches: { min: 1, max: 8 },
  holdSec: { min: 5, max: 120 },
  reps: { min: 1, max: 30 },
  perDay: { min: 1, max: 8 },
  stretchNote: 200,
} as const;

/** Characters as a reader counts them: code points, so an accented letter or an emoji is one. */
const length = (text: string) => [...text].length;
const atMost = (max: number, key: string) =>
  v.pipe(
    v.string(key),
    v.check((s) => length(s) <= max, key),
  );

/** A real calendar day written YYYY-MM-DD: 2027-02-29 and 2026-13-01 are not. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const date = (key: string) => v.pipe(v.string(key), v.check(isRealDate, key));

/**
 * Written as an https address, with no white space or control characters (which the URL parser
 * would drop or trim, so the text shown could differ from where the link goes), and parsing as one.
 */
export function isHttps(text: string): boolean {
  if (!/^https:\/\/[^\s\p{Cc}]+$/iu.test(text)) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

const whole = ({ min, max }: { min: number; max: number }, key: string) =>
  v.pipe(v.number(key), v.integer(key), v.minValue(min, key), v.maxValue(max, key));

const stretchIds = stretches.map((s) => s.id) as [StretchId, ...StretchId[]];

const stretchSchema = v.pipe(
  v.object(
    {
      id: v.picklist(stretchIds, 'planErrStretchUnknown'),
      holdSec: v.optional(whole(planBounds.holdSec, 'planErrHoldRange')),
      reps: v.optional(whole(planBounds.reps, 'planErrRepsRange')),
      side: v.optional(v.picklist(['both', 'left', 'right'], 'planErrSide'), 'both'),
      perDay: v.optional(whole(planBounds.perDay, 'planErrPerDay')),
      note: v.optional(atMost(planBounds.stretchNote, 'planErrStretchNote')),
    },
    'planErrStretchShape',
  ),
  // The dose field must fit the stretch's kind, and a side is only for a two-sided stretch.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const entry = dataset.value;
    const dose = findStretch(entry.id)?.dose;
    if (!dose) return;
    if (dose.kind === 'reps' && entry.holdSec !== undefined) {
      addIssue({
        message: 'planErrHoldForReps',
        path: pathTo(entry, 'holdSec'),
        input: entry.holdSec,
      });
    }
    if (dose.kind !== 'reps' && entry.reps !== undefined) {
      addIssue({ message: 'planErrRepsForHold', path: pathTo(entry, 'reps'), input: entry.reps });
    }
    const twoSided = dose.kind !== 'walk' && dose.sides === 2;
    if (!twoSided && entry.side !== 'both') {
      addIssue({ message: 'planErrSideOneSided', path: pathTo(entry, 'side'), input: entry.side });
    }
  }),
);

/** A path item for rawCheck's issues, so a problem names the field it is about. */
function pathTo(entry: object, key: string): [v.ObjectPathItem] {
  return [
    {
      type: 'object',
      origin: 'value',
      input: entry as Record<string, unknown>,
      key,
      value: (entry as Record<string, unknown>)[key],
    },
  ];
}

export const carePlanSchema = v.pipe(
  v.object(
    {
      format: v.literal(carePlanFormat, 'planErrFormat'),
      version: v.literal(carePlanVersion, 'planErrVersion'),
      planId: v.pipe(v.string('planErrPlanId'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'planErrPlanId')),
      revision: whole(planBounds.revision, 'planErrRevision'),
      issued: date('planErrIssued'),
      reviewDate: v.optional(date('planErrReviewDate')),
      clinic: v.object(
        {
          name: v.pipe(
            atMost(planBounds.clinicName, 'planErrClinicName'),
            v.check((s) => s.trim() !== '', 'planErrClinicName'),
          ),
          clinician: v.optional(atMost(planBounds.clinician, 'planErrClinician')),
          phone: v.optional(atMost(planBounds.phone, 'planErrPhone')),
          email: v.optional(atMost(planBounds.email, 'planErrEmail')),
          website: v.optional(
            v.pipe(
              atMost(planBounds.website, 'planErrWebsite'),
              v.check(isHttps, 'planErrWebsite'),
            ),
          ),
        },
        'planErrClinic',
      ),
      note: v.optional(atMost(planBounds.note, 'planErrNote')),
      settings: v.optional(
        v.pipe(
          // valibot's object takes an array too; a plan's settings are an object.
          v.custom<Record<string, unknown>>(isRecord, 'planErrSettings'),
          v.object(
            {
              sittingLimitMin: v.optional(
                whole(numberRanges.sittingLimitMin, 'planErrSittingLimit'),
              ),
              dailyGoal: v.optional(whole(numberRanges.dailyGoal, 'planErrDailyGoal')),
            },
            'planErrSettings',
          ),
        ),
      ),
      painCheck: v.optional(v.boolean('planErrPainCheck'), false),
      stretches: v.pipe(
        v.array(stretchSchema, 'planErrStretchCount'),
        v.minLength(planBounds.stretches.min, 'planErrStretchCount'),
        v.maxLength(planBounds.stretches.max, 'planErrStretchCount'),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const seen = new Set<string>();
          dataset.value.forEach((entry, index) => {
            if (seen.has(entry.id)) {
              addIssue({
                message: 'planErrStretchTwice',
                input: entry,
                path: [
                  {
                    type: 'array',
                    origin: 'value',
                    input: dataset.value,
                    key: index,
                    value: entry,
                  },
                ],
              });
            }
            seen.add(entry.id);
          });
        }),
      ),
    },
    'planErrNotPlan',
  ),
  v.forward(
    v.check(
      // Only between two real dates: a date that is not one has its own problem.
      (plan) =>
        !plan.reviewDate ||
        !isRealDate(plan.issued) ||
        !isRealDate(plan.reviewDate) ||
        plan.reviewDate >= plan.issued,
      'planErrReviewBeforeIssued',
    ),
    ['reviewDate'],
  ),
);

export type CarePlan = v.InferOutput<typeof carePlanSchema>;
export type CarePlanStretch = CarePlan['stretches'][number];
