// A care plan through the real background: applied and removed while it runs, the engine counts
// the plan's sitting limit, the popup's view names the clinic, and the log keeps which plan was in
// force; removing it gives the personal limit back.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyCarePlan, removeCarePlan } from '../../../storage/care-plan-store';
import { openLogDb } from '../../../storage/db';
import { settingsItem } from '../../../storage/items';
import { readPopupView } from '../../../storage/popup-view-read';
import { loadSettings } from '../../../storage/settings-store';
import { anytime, at } from '../core/drive';
import { stubBrowserGaps } from './fakes';
import { liveBackground } from './live';

const exampleText = readFileSync('docs/care-plan.example.json', 'utf8');
const personal = { ...anytime, delivery: 'badge' as const, sittingLimitMin: 60, dailyGoal: 4 };
let runs = 0;
let live = liveBackground('care-plan');

beforeEach(async () => {
  live.dispose();
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  live = liveBackground(`care-plan-${++runs}`);
  await settingsItem.setValue(personal);
  live.clock = at('09:00');
  await live.start();
});

async function plans() {
  const db = openLogDb(`care-plan-${runs}`);
  const rows = await db.plans.orderBy('at').toArray();
  db.close();
  return rows;
}

describe('a care plan in the running background', () => {
  it("moves the next break to the plan's limit at once, names the clinic, and logs the plan", async () => {
    expect(await readPopupView()).toMatchObject({ breakDueAt: at('10:00'), clinic: null });
    // The alarms run meanwhile: ten silent minutes would read as a machine asleep.
    await live.runUntil(at('09:10'));
    expect((await applyCarePlan(exampleText, at('09:10'))).ok).toBe(true);
    await live.settled();
    expect(await readPopupView()).toMatchObject({
      breakDueAt: at('09:45'),
      dailyGoal: 6,
      clinic: 'Riverside Physiotherapy',
    });
    const last = (await plans()).at(-1);
    expect(last?.settings).toMatchObject({ sittingLimitMin: 45, dailyGoal: 6 });
    expect(last?.carePlan).toMatchObject({ planId: 'riverside-0042', revision: 1 });
    // The prompt comes at the plan's 45 minutes, not the personal 60.
    await live.runUntil(at('09:45:30'));
    expect(await readPopupView()).toMatchObject({ status: 'due' });
    expect(await loadSettings()).toEqual(personal);
  });

  it('gives the personal limit and goal back when the plan is removed', async () => {
    await applyCarePlan(exampleText, at('09:00'));
    await live.settled();
    await live.runUntil(at('09:20'));
    await removeCarePlan();
    await live.settled();
    expect(await readPopupView()).toMatchObject({
      breakDueAt: at('10:00'),
      dailyGoal: 4,
      clinic: null,
    });
    const last = (await plans()).at(-1);
    expect(last).toMatchObject({ carePlan: null, settings: { sittingLimitMin: 60, dailyGoal: 4 } });
  });

  it('refuses a broken plan without touching storage or the engine', async () => {
    const broken = JSON.parse(exampleText);
    broken.stretches[0].holdSec = 500;
    const before = { view: await readPopupView(), plans: await plans() };
    expect((await applyCarePlan(JSON.stringify(broken), at('09:05'))).ok).toBe(false);
    await live.settled();
    expect(await fakeBrowser.storage.local.get('carePlan')).toEqual({});
    expect({ view: await readPopupView(), plans: await plans() }).toEqual(before);
  });
});
