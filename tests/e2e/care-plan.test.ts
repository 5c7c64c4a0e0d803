// Care plans in real Chromium and Firefox: the example plan imported through the file input and
// previewed, then in force (popup, routines, the log's plans), a revision pasted as a share code,
// a broken file and a damaged code refused with storage unchanged, and removal.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CarePlan } from '../../core/care-plan';
import { dayKey } from '../../core/days';
import type { PainCheckRecord } from '../../core/engine-types';
import type { Settings } from '../../core/settings';
import { encodeShareCode } from '../../core/share-code';
import type { PlanRecord } from '../../storage/db';
import { fastForward } from './page-clock';
import {
  alwaysOn,
  answerPending,
  backgroundCaughtUp,
  logRows,
  logRowWhere,
  promptDueFor,
  seedEngine,
  seedSettings,
  sittingFor,
  stateWhere,
  storedState,
} from './seed';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

const exampleText = readFileSync(
  new URL('../../docs/care-plan.example.json', import.meta.url),
  'utf8',
);
const example = JSON.parse(exampleText) as CarePlan;
const planIds = example.stretches.map((s) => s.id);

/** The personal settings: a 60-minute limit and a goal of 4, which the plan's 45 and 6 lie over. */
const personal: Settings = {
  ...alwaysOn,
  delivery: 'badge',
  sittingLimitMin: 60,
  dailyGoal: 4,
  routineMinutes: 2,
};

/** Puts a file in a file input as choosing it does: files set, then a change event. */
function chooseFile(page: ExtensionPage, selector: string, text: string, name: string) {
  return page.evaluate(
    ([sel, file, fileName]) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      const files = new DataTransfer();
      files.items.add(new File([file], fileName, { type: 'application/json' }));
      if (input) {
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    [selector, text, name] as const,
  );
}

/** Pastes into the share code box and presses "Read the code". */
async function pasteCode(page: ExtensionPage, code: string) {
  await page.evaluate((text) => {
    const box = document.querySelector<HTMLTextAreaElement>('#plan-code');
    if (box) {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, code);
  await page.click('.plan-code button[type="submit"]');
}

function storedPlan(h: ExtensionHarness): Promise<unknown> {
  return h.evaluate(async (api) => (await api.storage.local.get('carePlan')).carePlan ?? null);
}

async function openPlanView(h: ExtensionHarness): Promise<ExtensionPage> {
  const page = await h.openPage('options.html#plan');
  await page.waitFor(() => document.querySelector('#plan-import-heading') !== null);
  return page;
}

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
    await seedSettings(h, personal);
    await h.evaluate((api) => api.storage.local.remove('carePlan'));
  });
  afterAll(() => h?.close());

  it('imports the example plan from its file after a preview; the popup names the clinic', async () => {
    const page = await openPlanView(h);
    expect(await page.text('[data-plan="none"]')).toContain('No care plan is in force');
    await chooseFile(page, '#plan-file', exampleText, 'riverside.hipcheck-plan.json');
    await page.waitForText('#plan-preview-heading', 'Riverside Physiotherapy');
    const preview = await page.text('.plan-preview');
    expect(preview).toContain('Gentle glute stretches between meetings.');
    expect(preview).toContain('Hold 30 s · right side only · 3 times a day');
    expect(preview).toContain('Keep the hips level');
    expect(preview).toContain('10 reps');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.plan-preview .plan-stretches li')].map(
          (li) => (li as HTMLElement).dataset.stretch,
        ),
      ),
    ).toEqual(planIds);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-list="setting-changes"] li')].map(
          (li) => li.textContent,
        ),
      ),
    ).toEqual(['Sitting limit: 60 min → 45 min', 'Daily goal: 4 → 6']);
    // Nothing changes before Apply.
    expect(await storedPlan(h)).toBeNull();

    await page.click('button[data-command="apply-plan"]');
    await page.waitForText(
      '.care-plan [role="status"]',
      'The plan from Riverside Physiotherapy is in force.',
    );
    expect(await storedPlan(h)).toMatchObject({ text: exampleText });
    await page.waitForText('#plan-card-heading', 'In force: the plan from Riverside Physiotherapy');
    // The log keeps the plan with the settings in force: the plan's limit and goal.
    const row = await logRowWhere<PlanRecord>(
      h,
      'plans',
      (p) => p.carePlan?.planId === example.planId,
    );
    expect(row.settings).toMatchObject({ sittingLimitMin: 45, dailyGoal: 6 });
    expect(row.carePlan?.revision).toBe(1);

    const popup = await h.openPage('popup.html');
    await popup.waitForText('.clinic', 'Care plan from Riverside Physiotherapy');
    expect(await popup.errors()).toEqual([]);
    // Its refresh answered first: a page closed with a message in flight is an error in Firefox.
    await backgroundCaughtUp(h, popup);
    await popup.close();
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it("counts the plan's sitting limit, and a due prompt offers only the plan's stretches", async () => {
    // 44 minutes sat: under the personal 60, one minute short of the plan's 45.
    await seedEngine(h, sittingFor(44));
    const state = await stateWhere(h, (s) => s.bout !== null);
    const view = await h.evaluate(
      async (api) => (await api.storage.local.get('popupView')).popupView,
    );
    const { breakDueAt, boutStartedAt } = view as { breakDueAt: number; boutStartedAt: number };
    expect(breakDueAt - boutStartedAt).toBe(45 * 60_000);
    expect(state.bout?.startedAt).toBe(boutStartedAt);

    const now = Date.now();
    const id = `p-plan-${now}`;
    await seedEngine(h, promptDueFor(46, id, now));
    const page = await h.openPage('prompt.html');
    const offered = await stateWhere(h, (s) => s.prompt?.id === id && s.prompt.offered.length > 0);
    const ids = offered.prompt?.offered ?? [];
    expect(ids.length).toBeGreaterThan(0);
    for (const stretch of ids) expect(planIds).toContain(stretch);
    expect(ids).not.toContain('walk-break');
    // The prescribed figure-4 leads today (three times a day, none yet): its side and note show.
    expect(ids[0]).toBe('seated-figure-4');
    await page.click('button[data-command="start"]');
    await page.waitFor(() => document.body.textContent?.includes('Keep the hips level'));
    expect(await page.text('body')).toMatch(/right side only/i);
    await answerPending(h, { type: 'skip' });
    await page.close();
  });

  it('asks the daily pain check after the first routine, logs one answer, and not again that day', async () => {
    // The engine opens the prompt window itself at the plan's 45 minutes.
    await seedSettings(h, { ...personal, delivery: 'window' });
    await seedEngine(h, sittingFor(45 - 4 / 60));
    const page = await h.waitForPage('prompt.html', 20_000);
    await page.click('button[data-command="start"]');
    await fastForward(page, 10 * 60_000);
    await page.waitForText('h1', 'Nicely done');
    await page.click('button[data-command="done"]');
    await page.waitForText('h1', 'How is the pain today?');
    await page.clickClosing('button[data-score="3"]');
    const check = await logRowWhere<PainCheckRecord>(h, 'painChecks', (c) => c.score === 3);
    expect(check.at).toBeGreaterThan(0);
    expect((await storedState(h)).painCheckedOn).toBe(dayKey(Date.now()));

    // The next routine the same day closes on Done, with no question.
    await seedEngine(h, sittingFor(45 - 4 / 60));
    const again = await h.waitForPage('prompt.html', 20_000);
    await again.click('button[data-command="start"]');
    await fastForward(again, 10 * 60_000);
    await again.waitForText('h1', 'Nicely done');
    await again.clickClosing('button[data-command="done"]');
    await backgroundCaughtUp(h);
    expect(await logRows(h, 'painChecks')).toHaveLength(1);
    await seedSettings(h, personal);
  });

  it('previews a revision pasted as a share code with what it changes, then applies it', async () => {
    const revision: CarePlan = {
      ...example,
      revision: 2,
      stretches: example.stretches.map((s) =>
        s.id === 'seated-figure-4' ? { ...s, holdSec: 45 } : s,
      ),
    };
    const code = await encodeShareCode(revision);
    const page = await openPlanView(h);
    // Pasted as an email would wrap it, with line breaks.
    await pasteCode(page, code.replace(/(.{60})/g, '$1\n'));
    await page.waitForText('#plan-preview-heading', 'Riverside Physiotherapy');
    expect(await page.text('[data-list="revision-changes"]')).toContain(
      'Seated figure-4: 30 s → 45 s',
    );
    await page.click('button[data-command="apply-plan"]');
    await page.waitForText('.care-plan [role="status"]', 'is in force');
    await logRowWhere<PlanRecord>(h, 'plans', (p) => p.carePlan?.revision === 2);
    await page.close();
  });

  it('refuses a broken plan file and a damaged code with their reasons, and changes nothing', async () => {
    const before = { plan: await storedPlan(h), plans: await logRows(h, 'plans') };
    const broken = JSON.parse(exampleText);
    broken.stretches[0].id = 'pigeon';
    broken.settings.sittingLimitMin = 500;
    const page = await openPlanView(h);
    // Dropped on the page this time, as a user dragging it from their downloads would.
    await page.evaluate((text) => {
      const files = new DataTransfer();
      files.items.add(new File([text], 'broken.hipcheck-plan.json', { type: 'application/json' }));
      const zone = document.querySelector('[data-drop="plan"]');
      zone?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }),
      );
    }, JSON.stringify(broken));
    await page.waitForText('.care-plan [role="alert"]', "can't be used");
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('[data-list="plan-problems"] li')].map(
        (li) => li.textContent ?? '',
      ),
    );
    expect(problems.length).toBe(2);
    expect(problems.join(' ')).toContain('pigeon');
    expect(problems.join(' ')).toContain('500');

    const code = await encodeShareCode(example);
    const middle = Math.floor(code.length / 2);
    const damaged = `${code.slice(0, middle)}${code[middle] === 'A' ? 'B' : 'A'}${code.slice(middle + 1)}`;
    await pasteCode(page, damaged);
    await page.waitForText('[data-list="plan-problems"]', /damaged or incomplete/i);
    await backgroundCaughtUp(h);
    expect({ plan: await storedPlan(h), plans: await logRows(h, 'plans') }).toEqual(before);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('removes the plan after asking: the personal sitting limit and goal are back', async () => {
    const page = await openPlanView(h);
    await page.click('button[data-command="remove"]');
    await page.click('button[data-command="remove-confirm"]');
    await page.waitForText('.care-plan [role="status"]', 'The care plan was removed.');
    expect(await storedPlan(h)).toBeNull();
    const last = await logRowWhere<PlanRecord>(
      h,
      'plans',
      (p) => p.carePlan === null && p.settings.sittingLimitMin === 60,
    );
    expect(last.settings.dailyGoal).toBe(4);
    const stored = await h.evaluate(
      async (api) => (await api.storage.local.get('settings')).settings,
    );
    expect(stored).toMatchObject({ sittingLimitMin: 60, dailyGoal: 4 });
    const popup = await h.openPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-status]') !== null);
    await popup.waitFor(() => document.querySelector('.clinic') === null);
    await popup.close();
    await page.close();
  });
});
