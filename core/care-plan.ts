// Reads a care plan (a file's text or bytes) and says, one plain sentence per problem, why it is
// refused: messages.json keys with their values, as the settings' checks do. Never throws.
import * as v from 'valibot';
import {
  type CarePlan,
  carePlanFormat,
  carePlanSchema,
  carePlanVersion,
  planBounds,
} from './care-plan-schema';
import { isRecord } from './is-record';
import { numberRanges } from './settings';

export { planRelation } from './care-plan-changes';
export {
  type CarePlan,
  type CarePlanStretch,
  carePlanSchema,
  isHttps,
  isRealDate,
  planBounds,
} from './care-plan-schema';

/** A plan file over 64 KiB is refused before it is parsed (CLINICS.md §1). */
export const carePlanMaxBytes = 65_536;

export const carePlanErrorKeys = [
  'planErrNotJson',
  'planErrTooBig',
  'planErrEncoding',
  'planErrNotPlan',
  'planErrFormat',
  'planErrVersion',
  'planErrVersionNewer',
  'planErrMissing',
  'planErrPlanId',
  'planErrRevision',
  'planErrIssued',
  'planErrReviewDate',
  'planErrReviewBeforeIssued',
  'planErrClinic',
  'planErrClinicName',
  'planErrClinician',
  'planErrPhone',
  'planErrEmail',
  'planErrWebsite',
  'planErrNote',
  'planErrSettings',
  'planErrSittingLimit',
  'planErrDailyGoal',
  'planErrPainCheck',
  'planErrStretchList',
  'planErrStretchCount',
  'planErrStretchShape',
  'planErrStretchUnknown',
  'planErrStretchTwice',
  'planErrHoldRange',
  'planErrRepsRange',
  'planErrHoldForReps',
  'planErrRepsForHold',
  'planErrSide',
  'planErrSideOneSided',
  'planErrPerDay',
  'planErrStretchNote',
  'planErrCodePrefix',
  'planErrCodeChars',
  'planErrCodeTooLong',
  'planErrCodeTooBig',
  'planErrCodeDamaged',
] as const;

export type CarePlanErrorKey = (typeof carePlanErrorKeys)[number];

export interface PlanProblem {
  key: CarePlanErrorKey;
  params: (string | number)[];
}

export type PlanReading = { ok: true; plan: CarePlan } | { ok: false; problems: PlanProblem[] };

const refuse = (key: CarePlanErrorKey, ...params: (string | number)[]): PlanReading => ({
  ok: false,
  problems: [{ key, params }],
});

/** Bytes as a file holds them: the size first, then strict UTF-8 (a byte-order mark is fine). */
export function readCarePlanBytes(bytes: Uint8Array): PlanReading {
  if (bytes.length > carePlanMaxBytes)
    return refuse('planErrTooBig', bytes.length, carePlanMaxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('planErrEncoding');
  }
  return readCarePlanText(text);
}

export function readCarePlanText(text: string): PlanReading {
  const size = new TextEncoder().encode(text).length;
  if (size > carePlanMaxBytes) return refuse('planErrTooBig', size, carePlanMaxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('planErrNotJson');
  }
  return checkCarePlan(value);
}

/** Every problem of a parsed plan, the first per field; a plan of another format gets one. */
export function checkCarePlan(value: unknown): PlanReading {
  if (!isRecord(value)) return refuse('planErrNotPlan');
  if (value.format !== carePlanFormat) return refuse('planErrFormat');
  const { version } = value;
  // A newer format may mean anything: that is the one thing worth saying about it.
  if (typeof version === 'number' && Number.isInteger(version) && version > carePlanVersion) {
    return refuse('planErrVersionNewer', version);
  }
  const result = v.safeParse(carePlanSchema, value);
  if (result.success) return { ok: true, plan: result.output };
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push(problemOf(issue, path));
  }
  return { ok: false, problems };
}

/** A value the clinic wrote, short enough for a sentence. */
function shown(input: unknown): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  return [...text].length > 40 ? `${[...text].slice(0, 39).join('')}…` : text;
}

function problemOf(issue: v.BaseIssue<unknown>, path: string): PlanProblem {
  const key = (carePlanErrorKeys as readonly string[]).includes(issue.message)
    ? (issue.message as CarePlanErrorKey)
    : 'planErrNotPlan';
  const input = issue.input;
  // A required field left out, rather than given wrong.
  if (input === undefined && issue.kind === 'schema' && !path.startsWith('stretches.')) {
    if (key !== 'planErrStretchCount') return { key: 'planErrMissing', params: [path] };
  }
  const index = /^stretches\.(\d+)/.exec(path)?.[1];
  const n = index === undefined ? 0 : Number(index) + 1;
  const entry = isRecord(issue.path?.[1]?.value) ? issue.path?.[1]?.value : undefined;
  const id = entry && isRecord(entry) ? shown(entry.id) : '';
  const b = planBounds;
  const root = issue.path?.[0]?.input;
  const plan = isRecord(root) ? root : undefined;
  const params: Record<CarePlanErrorKey, (string | number)[]> = {
    planErrRevision: [shown(input), b.revision.min, b.revision.max],
    planErrIssued: [shown(input)],
    planErrReviewDate: [shown(input)],
    planErrReviewBeforeIssued: [shown(plan?.reviewDate), shown(plan?.issued)],
    planErrClinicName: [b.clinicName],
    planErrClinician: [b.clinician],
    planErrPhone: [b.phone],
    planErrEmail: [b.email],
    planErrWebsite: [b.website],
    planErrNote: [b.note],
    planErrSittingLimit: [
      shown(input),
      numberRanges.sittingLimitMin.min,
      numberRanges.sittingLimitMin.max,
    ],
    planErrDailyGoal: [shown(input), numberRanges.dailyGoal.min, numberRanges.dailyGoal.max],
    planErrStretchCount: [
      Array.isArray(input) ? input.length : 0,
      b.stretches.min,
      b.stretches.max,
    ],
    planErrStretchShape: [n],
    planErrStretchUnknown: [n, shown(input)],
    planErrStretchTwice: [n, isRecord(input) ? shown(input.id) : ''],
    planErrHoldRange: [n, shown(input), b.holdSec.min, b.holdSec.max],
    planErrRepsRange: [n, shown(input), b.reps.min, b.reps.max],
    planErrHoldForReps: [n, id],
    planErrRepsForHold: [n, id],
    planErrSide: [n, shown(input)],
    planErrSideOneSided: [n, id],
    planErrPerDay: [n, shown(input), b.perDay.min, b.perDay.max],
    planErrStretchNote: [n, b.stretchNote],
  } as Record<CarePlanErrorKey, (string | number)[]>;
  // The stretch list given as something else than a list.
  if (key === 'planErrStretchCount' && !Array.isArray(input)) {
    return { key: 'planErrStretchList', params: [] };
  }
  return { key, params: params[key] ?? [] };
}
