// The sixteen stretches of docs/content.md#catalogue as data; their text lives in public/_locales
// under their ids.
import type { Stretch } from './stretch-types';

// Doses start at the low end of the sources' ranges (docs/content.md#catalogue): a desk break, not
// a workout; a care plan can raise them. Step and note counts must match the keys in messages.json
// (a test checks).
const entries: Omit<Stretch, 'illustration'>[] = [
  {
    id: 'walk-break',
    position: 'standing',
    groups: ['wholeBody', 'legs'],
    dose: { kind: 'walk', seconds: 120 },
    ...text(4, 0),
    cautions: [],
    ...office(),
    seeds: ['003', '004'],
  },
  {
    id: 'standing-itb-stretch',
    position: 'standing',
    groups: ['outerHip'],
    dose: { kind: 'hold', seconds: 30, sides: 2 },
    ...text(5, 1),
    cautions: ['outerHipFlare', 'hipReplacement', 'pelvicGirdlePain'],
    ...office(),
    seeds: ['001', '004'],
  },
  {
    id: 'seated-figure-4',
    position: 'seated',
    groups: ['glutes'],
    dose: { kind: 'hold', seconds: 30, sides: 2 },
    ...text(5, 2),
    cautions: ['hipReplacement'],
    ...office(),
    seeds: ['001', '002', '003'],
  },
  {
    id: 'seated-glute-squeeze',
    position: 'seated',
    groups: ['glutes'],
    dose: { kind: 'reps', count: 10, secondsPerRep: 5, sides: 1 },
    ...text(4, 0),
    cautions: [],
    ...office(),
    seeds: ['000', '002'],
  },
  {
    id: 'seated-pelvic-tilt',
    position: 'seated',
    groups: ['lowBack'],
    // One slow tilt back and forward.
    dose: { kind: 'reps', count: 10, secondsPerRep: 4, sides: 1 },
    ...text(4, 1),
    cautions: [],
    ...office(),
    seeds: ['002', '003'],
  },
  {
    id: 'standing-hip-flexor-lunge',
    position: 'standing',
    groups: ['hipFlexors', 'outerHip'],
    dose: { kind: 'hold', seconds: 30, sides: 2 },
    ...text(5, 2),
    // S6 names only the anterior approach, but the filter cannot tell approaches apart.
    cautions: ['hipReplacement'],
    ...office(),
    seeds: ['001', '002'],
  },
  {
    id: 'standing-hip-abduction',
    position: 'standing',
    groups: ['outerHip', 'glutes'],
    dose: { kind: 'reps', count: 10, secondsPerRep: 3, sides: 2 },
    ...text(4, 1),
    cautions: ['pelvicGirdlePain', 'hipReplacement'],
    ...office(),
    seeds: ['001', '004'],
  },
  {
    id: 'leg-swings',
    position: 'standing',
    groups: ['hipFlexors', 'legs', 'outerHip'],
    // A rep is one swing each way (forward-back and across), about 1.5 s each.
    dose: { kind: 'reps', count: 10, secondsPerRep: 3, sides: 2 },
    ...text(4, 2),
    cautions: ['hipReplacement', 'pelvicGirdlePain'],
    ...office(),
    seeds: ['001'],
  },
  {
    id: 'standing-calf-stretch',
    position: 'standing',
    groups: ['legs'],
    dose: { kind: 'hold', seconds: 30, sides: 2 },
    ...text(4, 1),
    cautions: [],
    ...office(),
    seeds: ['000'],
  },
  {
    id: 'lateral-band-walk',
    position: 'standing',
    groups: ['outerHip', 'glutes'],
    // The two "sides" are the two directions: ten steps one way, ten back.
    dose: { kind: 'reps', count: 10, secondsPerRep: 2, sides: 2 },
    ...text(4, 1),
    cautions: ['pelvicGirdlePain'],
    where: 'office',
    props: ['band'],
    seeds: ['004'],
  },
  {
    id: 'pigeon-pose',
    position: 'floor',
    groups: ['glutes'],
    dose: { kind: 'hold', seconds: 30, sides: 2 },
    ...text(5, 1),
    cautions: ['hipReplacement', 'pregnancy'],
    ...home(),
    seeds: ['001'],
  },
  {
    id: 'glute-bridge',
    position: 'floor',
    groups: ['glutes', 'legs'],
    // A 3 s hold at the top plus the lift and the lowering.
    dose: { kind: 'reps', count: 10, secondsPerRep: 5, sides: 1 },
    ...text(4, 0),
    cautions: ['pregnancy'],
    ...home(),
    seeds: ['001', '004'],
  },
  {
    id: 'clamshell',
    position: 'floor',
    groups: ['outerHip', 'glutes'],
    dose: { kind: 'reps', count: 10, secondsPerRep: 3, sides: 2 },
    ...text(4, 0),
    cautions: ['hipReplacement'],
    ...home(),
    seeds: ['001'],
  },
  {
    id: 'side-lying-leg-lift',
    position: 'floor',
    groups: ['outerHip'],
    dose: { kind: 'reps', count: 10, secondsPerRep: 3, sides: 2 },
    ...text(4, 1),
    cautions: [],
    ...home(),
    seeds: ['001', '004'],
  },
  {
    id: 'side-plank',
    position: 'floor',
    groups: ['outerHip', 'wholeBody'],
    dose: { kind: 'hold', seconds: 15, sides: 2 },
    ...text(4, 1),
    cautions: ['pregnancy'],
    ...home(),
    seeds: ['004'],
  },
  {
    id: 'foam-roll-tfl',
    position: 'floor',
    groups: ['outerHip'],
    dose: { kind: 'hold', seconds: 60, sides: 2 },
    ...text(5, 2),
    cautions: ['outerHipFlare', 'pregnancy'],
    where: 'home',
    props: ['roller'],
    seeds: ['001', '004'],
  },
];

export const catalogue: readonly Stretch[] = entries.map((entry) => ({
  ...entry,
  illustration: `stretches/${entry.id}.svg`,
}));

function text(stepCount: number, noteCount: number) {
  return { stepCount, noteCount };
}

function office(): Pick<Stretch, 'where' | 'props'> {
  return { where: 'office', props: [] };
}

function home(): Pick<Stretch, 'where' | 'props'> {
  return { where: 'home', props: [] };
}
