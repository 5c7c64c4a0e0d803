// The catalogue against docs/content.md#catalogue: ids, doses, what each health filter hides
// (#health-filters), and the text keys.
import { describe, expect, it } from 'vitest';
import {
  allowedStretches,
  type CautionFlag,
  durationSec,
  filterFlags,
  type HealthFilters,
  minDurationSec,
  minimumDose,
  noFilters,
  type StretchId,
  stretchById,
  stretches,
  stretchTextKeys,
  trimStep,
} from '../../../core/stretches';
import messages from '../../../public/_locales/en/messages.json';

const contentIds: StretchId[] = [
  'walk-break',
  'standing-itb-stretch',
  'seated-figure-4',
  'seated-glute-squeeze',
  'seated-pelvic-tilt',
  'standing-hip-flexor-lunge',
  'standing-hip-abduction',
  'leg-swings',
  'standing-calf-stretch',
  'lateral-band-walk',
  'pigeon-pose',
  'glute-bridge',
  'clamshell',
  'side-lying-leg-lift',
  'side-plank',
  'foam-roll-tfl',
];

/** The table in docs/content.md#health-filters, filter by filter. */
const hiddenBy: Record<keyof HealthFilters, StretchId[]> = {
  outerHipFlare: ['standing-itb-stretch', 'foam-roll-tfl'],
  hipReplacement: [
    'standing-itb-stretch',
    'seated-figure-4',
    'standing-hip-flexor-lunge',
    'standing-hip-abduction',
    'leg-swings',
    'pigeon-pose',
    'clamshell',
  ],
  pregnant: ['pigeon-pose', 'glute-bridge', 'side-plank', 'foam-roll-tfl'],
  pelvicGirdlePain: [
    'standing-itb-stretch',
    'standing-hip-abduction',
    'leg-swings',
    'lateral-band-walk',
  ],
  officeOnly: [
    'lateral-band-walk',
    'pigeon-pose',
    'glute-bridge',
    'clamshell',
    'side-lying-leg-lift',
    'side-plank',
    'foam-roll-tfl',
  ],
};

const allCautionFlags: CautionFlag[] = [
  'outerHipFlare',
  'hipReplacement',
  'pregnancy',
  'pelvicGirdlePain',
];

const text: Record<string, { message: string } | undefined> = messages;

function hiddenWith(filters: HealthFilters, hidden: StretchId[] = []): StretchId[] {
  const allowed = allowedStretches(filters, hidden).map((s) => s.id);
  return contentIds.filter((id) => !allowed.includes(id));
}

function allText(id: StretchId): string[] {
  const keys = stretchTextKeys(stretchById(id));
  return [keys.name, ...keys.steps, keys.feel, keys.why, ...keys.notes].map(
    (key) => text[key]?.message ?? '',
  );
}

describe('the catalogue', () => {
  it('has exactly the sixteen ids of docs/content.md, once each, in its order', () => {
    expect(stretches.map((s) => s.id)).toEqual(contentIds);
  });

  it('finds each stretch by id and refuses an unknown one', () => {
    for (const id of contentIds) expect(stretchById(id).id).toBe(id);
    expect(() => stretchById('moonwalk' as StretchId)).toThrow(/moonwalk/);
  });

  it('takes its doses from the docs/content.md table', () => {
    expect(stretchById('walk-break').dose).toEqual({ kind: 'walk', seconds: 120 });
    expect(stretchById('standing-itb-stretch').dose).toEqual({
      kind: 'hold',
      seconds: 30,
      sides: 2,
    });
    expect(stretchById('seated-glute-squeeze').dose).toEqual({
      kind: 'reps',
      count: 10,
      secondsPerRep: 5,
      sides: 1,
    });
    expect(stretchById('seated-pelvic-tilt').dose).toMatchObject({ kind: 'reps', count: 10 });
    expect(stretchById('leg-swings').dose).toMatchObject({ kind: 'reps', count: 10, sides: 2 });
    expect(stretchById('side-plank').dose).toEqual({ kind: 'hold', seconds: 15, sides: 2 });
    expect(stretchById('foam-roll-tfl').dose).toEqual({ kind: 'hold', seconds: 60, sides: 2 });
  });

  it('counts both sides and the switch between them', () => {
    expect(durationSec(stretchById('walk-break'))).toBe(120);
    expect(durationSec(stretchById('standing-itb-stretch'))).toBe(30 + 5 + 30);
    expect(durationSec(stretchById('seated-glute-squeeze'))).toBe(10 * 5);
    expect(durationSec(stretchById('standing-hip-abduction'))).toBe(10 * 3 + 5 + 10 * 3);
    expect(durationSec(stretchById('seated-figure-4'), { holdSec: 45 })).toBe(45 + 5 + 45);
    expect(durationSec(stretchById('clamshell'), { reps: 15 })).toBe(15 * 3 + 5 + 15 * 3);
    expect(durationSec(stretchById('walk-break'), { holdSec: 60 })).toBe(60);
  });

  it('ignores overrides that do not fit the kind of dose or are not positive', () => {
    const squeeze = stretchById('seated-glute-squeeze');
    expect(durationSec(squeeze, { holdSec: 90 })).toBe(50);
    expect(durationSec(squeeze, { reps: 0 })).toBe(50);
    expect(durationSec(stretchById('side-plank'), { holdSec: Number.NaN })).toBe(35);
  });

  it('trims a dose step by step, never below two thirds of it', () => {
    const hold = (seconds: number) => ({ kind: 'hold', seconds, sides: 2 }) as const;
    const reps = (count: number) => ({ kind: 'reps', count, secondsPerRep: 3, sides: 2 }) as const;
    expect(minimumDose(hold(30))).toEqual(hold(20));
    expect(minimumDose(hold(45))).toEqual(hold(30));
    expect(minimumDose(hold(15))).toEqual(hold(10));
    expect(minimumDose(hold(8))).toEqual(hold(8));
    expect(minimumDose(reps(10))).toEqual(reps(7));
    expect(trimStep(hold(32), hold(32))).toEqual(hold(30));
    expect(trimStep(hold(25), hold(30))).toEqual(hold(20));
    expect(trimStep(hold(20), hold(30))).toBeNull();
    expect(trimStep(reps(8), reps(10))).toEqual(reps(7));
    expect(trimStep(reps(7), reps(10))).toBeNull();
    expect(minDurationSec(stretchById('seated-figure-4'), { holdSec: 45 })).toBe(30 + 5 + 30);
  });

  it('keeps office stretches off the floor and needs no prop except the band walk', () => {
    for (const s of stretches) {
      if (s.where === 'office') expect(s.position, s.id).not.toBe('floor');
      if (s.position === 'floor') expect(s.where, s.id).toBe('home');
    }
    expect(stretches.filter((s) => s.props.length > 0).map((s) => [s.id, s.props])).toEqual([
      ['lateral-band-walk', ['band']],
      ['foam-roll-tfl', ['roller']],
    ]);
  });

  it('points each stretch at its illustration and its seeds', () => {
    for (const s of stretches) {
      expect(s.illustration).toBe(`stretches/${s.id}.svg`);
      expect(s.seeds.length, s.id).toBeGreaterThan(0);
      for (const seed of s.seeds) expect(['000', '001', '002', '003', '004']).toContain(seed);
      expect(s.groups.length, s.id).toBeGreaterThan(0);
      expect(new Set(s.groups).size, s.id).toBe(s.groups.length);
    }
  });
});

describe('caution flags and health filters', () => {
  it('uses only flags a filter acts on, and every such flag is used', () => {
    expect(Object.values(filterFlags).sort()).toEqual([...allCautionFlags].sort());
    const used = new Set(stretches.flatMap((s) => s.cautions));
    expect([...used].sort()).toEqual([...allCautionFlags].sort());
  });

  it('hides nothing without filters', () => {
    expect(hiddenWith(noFilters)).toEqual([]);
  });

  it.each(Object.entries(hiddenBy))('%s hides exactly what docs/content.md says', (filter, ids) => {
    expect(hiddenWith({ ...noFilters, [filter]: true })).toEqual(ids);
  });

  it('all filters together hide the union, leaving the walk and three seated or standing moves', () => {
    const all: HealthFilters = {
      officeOnly: true,
      pregnant: true,
      pelvicGirdlePain: true,
      hipReplacement: true,
      outerHipFlare: true,
    };
    const union = new Set(Object.values(hiddenBy).flat());
    expect(hiddenWith(all)).toEqual(contentIds.filter((id) => union.has(id)));
    expect(allowedStretches(all, []).map((s) => s.id)).toEqual([
      'walk-break',
      'seated-glute-squeeze',
      'seated-pelvic-tilt',
      'standing-calf-stretch',
    ]);
  });

  it('hides what the user hid, on top of the filters', () => {
    expect(hiddenWith(noFilters, ['clamshell', 'leg-swings'])).toEqual(['leg-swings', 'clamshell']);
    expect(hiddenWith({ ...noFilters, outerHipFlare: true }, ['clamshell'])).toEqual([
      'standing-itb-stretch',
      'clamshell',
      'foam-roll-tfl',
    ]);
  });
});

describe('text in messages.json', () => {
  it('names its keys by the convention, with only allowed characters', () => {
    expect(stretchTextKeys(stretchById('seated-figure-4'))).toEqual({
      name: 'stretch_seated_figure_4_name',
      steps: [1, 2, 3, 4, 5].map((n) => `stretch_seated_figure_4_step${n}`),
      feel: 'stretch_seated_figure_4_feel',
      why: 'stretch_seated_figure_4_why',
      notes: ['stretch_seated_figure_4_note1', 'stretch_seated_figure_4_note2'],
    });
    for (const s of stretches) {
      const keys = stretchTextKeys(s);
      for (const key of [keys.name, ...keys.steps, keys.feel, keys.why, ...keys.notes]) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      }
    }
  });

  it.each(contentIds)('%s has 3–5 steps and every key present and non-empty', (id) => {
    const stretch = stretchById(id);
    expect(stretch.stepCount).toBeGreaterThanOrEqual(3);
    expect(stretch.stepCount).toBeLessThanOrEqual(5);
    for (const message of allText(id)) expect(message.trim()).not.toBe('');
  });

  it('has no step or note beyond the counts (a missing count would hide text)', () => {
    for (const s of stretches) {
      const prefix = `stretch_${s.id.replaceAll('-', '_')}_`;
      const keys = stretchTextKeys(s);
      const expected = [keys.name, ...keys.steps, keys.feel, keys.why, ...keys.notes].sort();
      const found = Object.keys(text).filter(
        (key) =>
          key.startsWith(prefix) &&
          /^(name|feel|why|step\d+|note\d+)$/.test(key.slice(prefix.length)),
      );
      expect(found.sort(), s.id).toEqual(expected);
    }
  });

  it('tells the desk-balance rule (S7) wherever the user stands on one leg or lunges', () => {
    for (const id of [
      'standing-itb-stretch',
      'standing-hip-flexor-lunge',
      'standing-hip-abduction',
      'leg-swings',
    ] as const) {
      expect(allText(id).join(' '), id).toMatch(/chair with wheels/);
    }
  });

  const banned: RegExp[] = [
    /lactic/i,
    /fascia.*unwind/i,
    /fascia.*grow/i,
    /loosen/i,
    /lengthen/i,
    /stretch.* (the )?IT band/i,
    /\bcur(e|es|ed|ing)\b/i,
    /prevent/i,
    /piriformis.*sciatica|sciatica.*piriformis/i,
  ];

  it.each(contentIds)('%s makes none of the claims docs/content.md rules out', (id) => {
    for (const message of allText(id)) {
      for (const pattern of banned) expect(message, `${id}: ${message}`).not.toMatch(pattern);
    }
  });
});
