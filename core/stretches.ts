// The health filters and helpers over the data in stretch-catalogue; re-exports the stretch types.
import { catalogue } from './stretch-catalogue';
import type { CautionFlag, Dose, DoseOverride, Stretch, StretchId } from './stretch-types';

export type {
  CautionFlag,
  Dose,
  DoseOverride,
  MuscleGroup,
  Position,
  Stretch,
  StretchId,
} from './stretch-types';

export interface HealthFilters {
  /** No floor work and no props: only what can be done in office clothes at a desk. */
  officeOnly: boolean;
  pregnant: boolean;
  pelvicGirdlePain: boolean;
  /** Either surgical approach (docs/content.md#safety, S6); off once a clinician clears them. */
  hipReplacement: boolean;
  /** An acute outer-hip or IT-band flare (S2 in docs/content.md#safety). */
  outerHipFlare: boolean;
}

export const noFilters: HealthFilters = {
  officeOnly: false,
  pregnant: false,
  pelvicGirdlePain: false,
  hipReplacement: false,
  outerHipFlare: false,
};

/** The caution flag each health filter hides (office-only works on place and props instead). */
export const filterFlags = {
  pregnant: 'pregnancy',
  pelvicGirdlePain: 'pelvicGirdlePain',
  hipReplacement: 'hipReplacement',
  outerHipFlare: 'outerHipFlare',
} as const satisfies Record<Exclude<keyof HealthFilters, 'officeOnly'>, CautionFlag>;

/** Switching legs, or turning around at the desk, takes a moment the routine must allow for. */
export const switchSidesSec = 5;

export const stretches: readonly Stretch[] = catalogue;

const byId = new Map<string, Stretch>(stretches.map((s) => [s.id, s]));

export function stretchById(id: StretchId): Stretch {
  const stretch = byId.get(id);
  if (!stretch) throw new Error(`Unknown stretch id: ${id}`);
  return stretch;
}

/** For ids read from storage or a plan file, which may name a stretch that no longer exists. */
export function findStretch(id: string): Stretch | undefined {
  return byId.get(id);
}

/** The dose with a plan's or a trim's values applied; overrides that do not fit the kind are ignored. */
export function applyOverride(dose: Dose, override: DoseOverride = {}): Dose {
  const holdSec = positiveWhole(override.holdSec);
  const reps = positiveWhole(override.reps);
  if (dose.kind === 'reps') return reps === undefined ? dose : { ...dose, count: reps };
  return holdSec === undefined ? dose : { ...dose, seconds: holdSec };
}

export function doseSec(dose: Dose): number {
  switch (dose.kind) {
    case 'walk':
      return dose.seconds;
    case 'hold':
      return dose.seconds * dose.sides + (dose.sides - 1) * switchSidesSec;
    case 'reps':
      return dose.count * dose.secondsPerRep * dose.sides + (dose.sides - 1) * switchSidesSec;
  }
}

/** The whole time a stretch takes, both sides and the switch between them included. */
export function durationSec(stretch: Stretch, override?: DoseOverride): number {
  return doseSec(applyOverride(stretch.dose, override));
}

/** A routine may trim a dose to fit its time, never below this share: less is hardly worth it. */
export const minDoseShare = 2 / 3;
/** Trimmed holds stay on a 5 s grid, so the timer shows tidy numbers. */
const holdStepSec = 5;

/** The least a routine may trim `full` to. */
export function minimumDose(full: Dose): Dose {
  switch (full.kind) {
    case 'walk':
      return full;
    case 'hold': {
      const floor = Math.ceil((full.seconds * minDoseShare) / holdStepSec) * holdStepSec;
      return { ...full, seconds: Math.min(full.seconds, floor) };
    }
    case 'reps':
      return { ...full, count: Math.min(full.count, Math.ceil(full.count * minDoseShare)) };
  }
}

/** One step (5 s of hold, one rep) below `dose`, or null once it reaches the minimum. */
export function trimStep(dose: Dose, full: Dose): Dose | null {
  const floor = minimumDose(full);
  if (dose.kind === 'hold' && floor.kind === 'hold') {
    const next = Math.ceil(dose.seconds / holdStepSec) * holdStepSec - holdStepSec;
    const seconds = Math.max(floor.seconds, next);
    return seconds < dose.seconds ? { ...dose, seconds } : null;
  }
  if (dose.kind === 'reps' && floor.kind === 'reps' && dose.count > floor.count) {
    return { ...dose, count: dose.count - 1 };
  }
  return null;
}

/** How much of the full dose is left, from 1 down to minDoseShare. */
export function doseShare(dose: Dose, full: Dose): number {
  if (dose.kind === 'hold' && full.kind === 'hold') return dose.seconds / full.seconds;
  if (dose.kind === 'reps' && full.kind === 'reps') return dose.count / full.count;
  return 1;
}

/** The shortest a routine may make a stretch. */
export function minDurationSec(stretch: Stretch, override?: DoseOverride): number {
  return doseSec(minimumDose(applyOverride(stretch.dose, override)));
}

export interface StretchTextKeys {
  name: string;
  steps: string[];
  feel: string;
  why: string;
  notes: string[];
}

/**
 * The messages.json keys of a stretch. Chrome allows only [A-Za-z0-9_] in keys, hence the
 * underscores. Typed as strings: the UI checks them against its generated key type where it calls.
 */
export function stretchTextKeys(stretch: Stretch): StretchTextKeys {
  const k = `stretch_${stretch.id.replaceAll('-', '_')}`;
  const numbered = (part: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${k}_${part}${i + 1}`);
  return {
    name: `${k}_name`,
    steps: numbered('step', stretch.stepCount),
    feel: `${k}_feel`,
    why: `${k}_why`,
    notes: numbered('note', stretch.noteCount),
  };
}

export function isAllowed(stretch: Stretch, filters: HealthFilters): boolean {
  if (
    filters.officeOnly &&
    (stretch.where !== 'office' || stretch.position === 'floor' || stretch.props.length > 0)
  ) {
    return false;
  }
  for (const [filter, flag] of Object.entries(filterFlags)) {
    if (filters[filter as keyof typeof filterFlags] && stretch.cautions.includes(flag)) {
      return false;
    }
  }
  return true;
}

/** What the user may be offered: the catalogue minus what the filters and their own choice hide. */
export function allowedStretches(filters: HealthFilters, hidden: readonly StretchId[]): Stretch[] {
  return stretches.filter((s) => !hidden.includes(s.id) && isAllowed(s, filters));
}

function positiveWhole(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 1
    ? Math.round(value)
    : undefined;
}
