// The catalogue's types: a stretch, its dose and its cautions, for stretch-catalogue and stretches.
/** Stable ids (docs/content.md#catalogue): logs, care plans, locale keys use them; never rename. */
export type StretchId =
  | 'walk-break'
  | 'standing-itb-stretch'
  | 'seated-figure-4'
  | 'seated-glute-squeeze'
  | 'seated-pelvic-tilt'
  | 'standing-hip-flexor-lunge'
  | 'standing-hip-abduction'
  | 'leg-swings'
  | 'standing-calf-stretch'
  | 'lateral-band-walk'
  | 'pigeon-pose'
  | 'glute-bridge'
  | 'clamshell'
  | 'side-lying-leg-lift'
  | 'side-plank'
  | 'foam-roll-tfl';

export type Position = 'standing' | 'seated' | 'floor';

/**
 * Coarse areas for rotation, not anatomy: outerHip is the side of the hip (TFL, gluteus medius),
 * glutes the back of it (gluteus maximus, piriformis and the deep rotators).
 */
export type MuscleGroup = 'glutes' | 'outerHip' | 'hipFlexors' | 'lowBack' | 'legs' | 'wholeBody';

/** Only the cautions a health filter acts on; every other caution is a care note in the text. */
export type CautionFlag = 'outerHipFlare' | 'hipReplacement' | 'pregnancy' | 'pelvicGirdlePain';

/**
 * `sides` is how many times the dose is done: two legs, or two directions for the band walk.
 * A rep's seconds include moving into and out of it, so durations are honest.
 */
export type Dose =
  | { kind: 'hold'; seconds: number; sides: 1 | 2 }
  | { kind: 'reps'; count: number; secondsPerRep: number; sides: 1 | 2 }
  | { kind: 'walk'; seconds: number };

/** A care plan's or a trimmed routine's change to the catalogue dose. */
export interface DoseOverride {
  /** Seconds per side for a hold, or the length of the walk. */
  holdSec?: number;
  /** Repetitions per side for a reps stretch. */
  reps?: number;
}

export interface Stretch {
  id: StretchId;
  position: Position;
  /** The first group is the main one. */
  groups: [MuscleGroup, ...MuscleGroup[]];
  dose: Dose;
  /** Text keys run `_step1` to `_stepN` and `_note1` to `_noteN`: see stretchTextKeys. */
  stepCount: number;
  noteCount: number;
  cautions: CautionFlag[];
  where: 'office' | 'home';
  /** Equipment the stretch cannot be done without. */
  props: ('band' | 'roller')[];
  /** The seed articles (by number) the stretch and its "why" come from. */
  seeds: string[];
  /** Relative to assets/. */
  illustration: string;
}
