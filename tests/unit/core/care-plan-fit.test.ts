// Which prescribed stretches the user's own settings leave out: health filters first, then the
// stretches they chose to hide, in the plan's order.
import { describe, expect, it } from 'vitest';
import { leftOutOfPlan } from '../../../core/care-plan-fit';
import { type HealthFilters, noFilters, type StretchId } from '../../../core/stretches';

const plan = (...ids: StretchId[]) => ({ stretches: ids.map((id) => ({ id })) });
const settings = (filters: Partial<HealthFilters>, hiddenStretches: StretchId[] = []) => ({
  filters: { ...noFilters, ...filters },
  hiddenStretches,
});
const example = plan('seated-figure-4', 'seated-glute-squeeze', 'walk-break');

describe('leftOutOfPlan', () => {
  it('leaves nothing out with no filter on and nothing hidden', () => {
    expect(leftOutOfPlan(example, settings({}))).toEqual([]);
  });

  it.each<[keyof HealthFilters, StretchId[]]>([
    [
      'hipReplacement',
      ['seated-figure-4', 'standing-hip-flexor-lunge', 'clamshell', 'pigeon-pose'],
    ],
    ['pregnant', ['pigeon-pose', 'glute-bridge', 'side-plank', 'foam-roll-tfl']],
    ['pelvicGirdlePain', ['standing-itb-stretch', 'lateral-band-walk']],
    ['outerHipFlare', ['standing-itb-stretch', 'foam-roll-tfl']],
    ['officeOnly', ['lateral-band-walk', 'pigeon-pose', 'glute-bridge', 'foam-roll-tfl']],
  ])('names the stretches the %s filter hides "health"', (filter, hidden) => {
    const prescribed = plan(...hidden, 'walk-break', 'seated-glute-squeeze');
    expect(leftOutOfPlan(prescribed, settings({ [filter]: true }))).toEqual(
      hidden.map((id) => ({ id, reason: 'health' })),
    );
  });

  it('names the stretches the user hid "hidden"', () => {
    expect(leftOutOfPlan(example, settings({}, ['seated-glute-squeeze', 'clamshell']))).toEqual([
      { id: 'seated-glute-squeeze', reason: 'hidden' },
    ]);
  });

  it('names a stretch both filtered and hidden "health": the reason the clinic must hear', () => {
    expect(leftOutOfPlan(example, settings({ hipReplacement: true }, ['seated-figure-4']))).toEqual(
      [{ id: 'seated-figure-4', reason: 'health' }],
    );
  });

  it("keeps the plan's order, whatever the reason", () => {
    const prescribed = plan(
      'pigeon-pose',
      'walk-break',
      'clamshell',
      'seated-pelvic-tilt',
      'seated-figure-4',
    );
    const chosen = settings({ hipReplacement: true }, ['seated-figure-4', 'walk-break']);
    expect(leftOutOfPlan(prescribed, chosen)).toEqual([
      { id: 'pigeon-pose', reason: 'health' },
      { id: 'walk-break', reason: 'hidden' },
      { id: 'clamshell', reason: 'health' },
      { id: 'seated-figure-4', reason: 'health' },
    ]);
  });

  it('passes over an id the catalogue no longer has', () => {
    const old = {
      stretches: [{ id: 'hamstring-sweep' as StretchId }, { id: 'pigeon-pose' as const }],
    };
    expect(
      leftOutOfPlan(old, settings({ pregnant: true }, ['hamstring-sweep' as StretchId])),
    ).toEqual([{ id: 'pigeon-pose', reason: 'health' }]);
  });
});
