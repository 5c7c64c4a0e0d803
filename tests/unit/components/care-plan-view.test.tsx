// @vitest-environment happy-dom
// The "Care plan" view on real extension storage (WXT's fake browser): a preview before anything
// changes, Apply and Cancel, refusals told one sentence a problem, revisions, another clinic's
// plan, what the filters leave out, Remove, the review notice, and text shown as text.

import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CarePlanView } from '../../../components/care-plan/CarePlanView';
import { type CarePlanDeps, extensionDeps } from '../../../components/care-plan/care-plan-deps';
import type { CarePlan } from '../../../core/care-plan';
import { defaultSettings, type Settings } from '../../../core/settings';
import { encodeShareCode } from '../../../core/share-code';
import { carePlanItem, settingsItem } from '../../../storage/items';
import { loadSettings, saveSettings } from '../../../storage/settings-store';
import { englishMessage } from '../background/fakes';

const exampleText = readFileSync('docs/care-plan.example.json', 'utf8');
const example = JSON.parse(exampleText) as CarePlan;
const personal: Settings = { ...defaultSettings, sittingLimitMin: 60, dailyGoal: 4 };
const dec2 = new Date(2026, 11, 2, 10).getTime();

function view(now = dec2) {
  const deps: CarePlanDeps = { ...extensionDeps, now: () => now };
  render(<CarePlanView deps={deps} />);
  return screen.findByRole('heading', { level: 2, name: 'Add a plan from your clinic' });
}

function chooseFile(text: string, name = 'riverside.hipcheck-plan.json') {
  const input = screen.getByLabelText('Choose the plan file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  fireEvent.change(input);
}

function paste(code: string) {
  fireEvent.input(screen.getByLabelText(/paste the share code/), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the code' }));
}

const preview = () => screen.findByRole('region', { name: /Check the plan from/ });
const apply = () => fireEvent.click(screen.getByRole('button', { name: 'Apply the plan' }));
const listOf = (selector: string) =>
  [...document.querySelectorAll(`${selector} li`)].map((li) => li.textContent);

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
  await saveSettings(personal);
});
afterEach(cleanup);

describe('CarePlanView', () => {
  it('previews the example plan, changes nothing until Apply, then shows its card', async () => {
    await view();
    expect(screen.getByText(/No care plan is in force/)).toBeTruthy();
    chooseFile(exampleText);
    const box = await preview();
    expect(
      within(box).getByText(
        'Gentle glute stretches between meetings. Stop if the pain goes above 3 out of 10.',
      ),
    ).toBeTruthy();
    expect(listOf('.plan-preview .plan-stretches').length).toBe(3);
    expect(box.textContent).toContain('Hold 30 s · right side only · 3 times a day');
    expect(box.textContent).toContain('Keep the hips level');
    expect(listOf('[data-list="setting-changes"]')).toEqual([
      'Sitting limit: 60 min → 45 min',
      'Daily goal: 4 → 6',
    ]);
    expect(await carePlanItem.getValue()).toBeNull();

    apply();
    await screen.findByText('The plan from Riverside Physiotherapy is in force.');
    expect(await carePlanItem.getValue()).toEqual({ text: exampleText, appliedAt: dec2 });
    const card = await screen.findByRole('region', {
      name: 'In force: the plan from Riverside Physiotherapy',
    });
    expect(card.textContent).toContain(
      'Sitting limit: 45 min while the plan is in force (yours: 60 min)',
    );
    // The personal settings were never touched.
    expect(await loadSettings()).toEqual(personal);
  });

  it('applies once on a double click, and Cancel leaves storage as it was', async () => {
    await view();
    chooseFile(exampleText);
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Nothing was changed.');
    expect(await carePlanItem.getValue()).toBeNull();

    chooseFile(exampleText);
    await preview();
    const writes: unknown[] = [];
    const unwatch = carePlanItem.watch((value) => writes.push(value));
    apply();
    apply();
    await screen.findByText('The plan from Riverside Physiotherapy is in force.');
    unwatch();
    expect(writes).toHaveLength(1);
  });

  it('refuses a broken plan with one sentence a problem, and keeps the plan in force', async () => {
    await carePlanItem.setValue({ text: exampleText, appliedAt: 1 });
    const before = await carePlanItem.getValue();
    await view();
    const broken = JSON.parse(exampleText);
    broken.stretches[0].id = 'pigeon';
    broken.stretches[1].holdSec = 500;
    broken.settings.dailyGoal = 0;
    chooseFile(JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(listOf('[data-list="plan-problems"]').length).toBe(3));
    expect(listOf('[data-list="plan-problems"]')).toEqual([
      'A daily goal of 0 breaks is not possible: it must be a whole number from 1 to 20.',
      'Stretch 1 names "pigeon", which Hip Check doesn\'t know.',
      'Stretch 2: a hold of 500 s is not possible; it must be a whole number from 5 to 120.',
    ]);
    expect(alert.textContent).toContain("This plan can't be used, so nothing was changed.");
    expect(screen.queryByRole('button', { name: 'Apply the plan' })).toBeNull();
    expect(await carePlanItem.getValue()).toEqual(before);

    chooseFile('{"format": "hip-check-care-plan", "version": 1, ');
    await screen.findByText('This is not a care plan file: it is not JSON text.');
    paste('HC1.this-is-not-it');
    await screen.findByText(/This code is damaged or incomplete/);
    expect(await carePlanItem.getValue()).toEqual(before);
  });

  it('shows what a pasted revision changes; an older or equal revision is refused', async () => {
    await carePlanItem.setValue({ text: exampleText, appliedAt: 1 });
    await view();
    const revision = {
      ...example,
      revision: 2,
      settings: { sittingLimitMin: 40 },
      stretches: [
        { ...example.stretches[0], holdSec: 45, perDay: 4 },
        example.stretches[1],
        { id: 'standing-calf-stretch' },
      ],
    } as CarePlan;
    paste(`  ${(await encodeShareCode(revision)).replace(/(.{50})/g, '$1\n')}  `);
    await preview();
    expect(listOf('[data-list="revision-changes"]')).toEqual([
      'Sitting limit: 45 min → 40 min',
      'Daily goal: 6 → not set',
      'Seated figure-4: 30 s → 45 s',
      expect.stringContaining(
        'Seated figure-4: Hold 30 s · right side only · 3 times a day → Hold 45 s · right side only · 4 times a day',
      ),
      expect.stringMatching(/^Added: /),
      expect.stringMatching(/^No longer in the plan: /),
    ]);
    apply();
    await screen.findByText('The plan from Riverside Physiotherapy is in force.');

    paste(await encodeShareCode(example));
    await screen.findByText(
      'This is revision 1 of the plan in force, which is already at revision 2. Only a newer revision can replace it.',
    );
  });

  it("says whose plan another clinic's plan replaces", async () => {
    await carePlanItem.setValue({ text: exampleText, appliedAt: 1 });
    await view();
    const other = { ...example, planId: 'harbour-7', clinic: { name: 'Harbour Sports Clinic' } };
    paste(JSON.stringify(other));
    const box = await preview();
    expect(box.textContent).toContain(
      'This plan will take the place of the plan from Riverside Physiotherapy. Apply it only if Harbour Sports Clinic is now looking after you.',
    );
  });

  it('names the prescribed stretches the health settings or hidden stretches leave out', async () => {
    await saveSettings({
      ...personal,
      filters: { ...personal.filters, hipReplacement: true },
      hiddenStretches: ['seated-glute-squeeze'],
    });
    await view();
    chooseFile(exampleText);
    await preview();
    const items = document.querySelectorAll('.plan-preview .plan-stretches li');
    expect(items[0]?.textContent).toContain('Left out because of your health settings');
    expect(items[1]?.textContent).toContain('Left out because you chose to hide it');
    expect(items[2]?.textContent).not.toContain('Left out');
  });

  it('removes the plan only after asking, and the personal settings stay as they were', async () => {
    await carePlanItem.setValue({ text: exampleText, appliedAt: 1 });
    await view();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove this plan' }));
    expect(await carePlanItem.getValue()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove this plan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the plan' }));
    await screen.findByText('The care plan was removed. Your own settings are in force again.');
    expect(await carePlanItem.getValue()).toBeNull();
    expect(await settingsItem.getValue()).toMatchObject({ sittingLimitMin: 60, dailyGoal: 4 });
    await screen.findByText(/No care plan is in force/);
  });

  it('suggests a review only after the review date, and shows the clinic’s words as text', async () => {
    const plan = {
      ...example,
      note: '<b>Bold?</b> <img src=x onerror=alert(1)>',
      clinic: { ...example.clinic, website: 'https://riverside.example/book' },
    };
    await carePlanItem.setValue({ text: JSON.stringify(plan), appliedAt: 1 });
    await view(new Date(2027, 0, 12, 23, 59).getTime());
    await screen.findByRole('region', { name: /In force/ });
    expect(document.querySelector('[data-notice="review"]')).toBeNull();
    expect(screen.getByText('<b>Bold?</b> <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('.plan-card b, .plan-card img[src="x"]')).toBeNull();
    const link = screen.getByRole('link', { name: 'https://riverside.example/book' });
    expect(link.getAttribute('href')).toBe('https://riverside.example/book');
    cleanup();
    await view(new Date(2027, 0, 13, 0, 0).getTime());
    await screen.findByRole('region', { name: /In force/ });
    expect(document.querySelector('[data-notice="review"]')?.textContent).toContain(
      'It may be a good moment to book a review with Riverside Physiotherapy',
    );
  });
});
