// The guided routine in real Chromium and Firefox: a due prompt opens the prompt window, the user
// goes through the routine (its clock fast-forwarded), and the outcome lands in IndexedDB.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoutRecord, PainRecord, PromptRecord } from '../../core/engine-types';
import { fastForward, pollCount } from './page-clock';
import {
  alwaysOn,
  answerPending,
  logRows,
  logRowWhere,
  popupWindowCount,
  seedEngine,
  seedSettings,
  sittingFor,
  stateWhere,
  storedState,
} from './seed';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

const settings = { ...alwaysOn, sittingLimitMin: 10, routineMinutes: 1 as const };

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());

  /** A bout four seconds short of the limit: the engine's own alarm raises the prompt. */
  async function promptWindow(): Promise<ExtensionPage> {
    await seedEngine(h, sittingFor(10 - 4 / 60));
    const page = await h.waitForPage('prompt.html', 20_000);
    await page.waitForText('h1', 'Time to stand up');
    return page;
  }

  beforeEach(async () => {
    await seedSettings(h, settings);
  });

  it('opens the prompt window for a due prompt; Done logs the stretches and ends the bout', async () => {
    const page = await promptWindow();
    const { prompt } = await storedState(h);
    await page.waitFor(async () => document.querySelectorAll('.overview li').length > 0);
    await page.click('button[data-command="start"]');
    await page.waitForText('.countdown-label', 'Get into position');
    await fastForward(page, 10 * 60_000);
    await page.waitForText('h1', 'Nicely done');
    await page.clickClosing('button[data-command="done"]');
    const row = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === prompt?.id);
    expect(row).toMatchObject({ outcome: 'done', trigger: 'limit' });
    expect(row.offered.length).toBeGreaterThan(0);
    expect(row.completed).toEqual(row.offered);
    await logRowWhere<BoutRecord>(
      h,
      'bouts',
      (b) => b.end === 'routine' && b.endedAt === row.settledAt,
    );
    const after = await storedState(h);
    expect(after.prompt).toBeNull();
    expect(after.bout?.startedAt).toBe(row.settledAt);
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
  });

  it('brings the prompt back after Snooze', async () => {
    const page = await promptWindow();
    const first = (await storedState(h)).prompt?.id;
    await page.clickClosing('button[data-command="snooze"]');
    const snoozed = await stateWhere(h, (s) => s.prompt === null);
    expect(snoozed.snoozesInRow).toBe(1);
    expect(snoozed.snoozedUntil).toBeGreaterThan(Date.now());
    // Bring the snooze's end to four seconds from now; the engine's alarm does the rest.
    await seedEngine(h, { ...snoozed, snoozedUntil: Date.now() + 4_000, lastSeenAt: Date.now() });
    const again = await h.waitForPage('prompt.html', 20_000);
    await again.waitForText('h1', 'Time to stand up');
    const second = (await storedState(h)).prompt?.id;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const snoozedRow = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === first);
    expect(snoozedRow.outcome).toBe('snoozed');
    await again.clickClosing('button[data-command="skip"]');
  });

  it('stops on "This hurt", shows the safety advice, logs the report and can hide the stretch', async () => {
    const page = await promptWindow();
    const { prompt } = await storedState(h);
    await page.waitFor(async () => document.querySelectorAll('.overview li').length > 0);
    await page.click('button[data-command="start"]');
    const stretchId = await page.waitFor(() =>
      document.querySelector('.stretch-card h2')?.id.replace('stretch-', ''),
    );
    await page.click('button[data-command="hurt"]');
    await page.waitForText('#safety-heading', 'Stop, and take care');
    await stateWhere(h, (s) => s.prompt === null);
    expect(await page.text('.safety')).toMatch(/urgent medical help/);

    const pain = await logRowWhere<PainRecord>(h, 'pains', (r) => r.promptId === prompt?.id);
    expect(pain.stretchId).toBe(stretchId);
    expect(await logRows<PainRecord>(h, 'pains')).toHaveLength(1);
    const hurtRow = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === prompt?.id);
    expect(hurtRow.outcome).toBe('hurt');

    await page.click('button[data-command="hide"]');
    await page.waitForText('[role="status"]', 'is now hidden from your routines');
    const stored = await h.evaluate(
      async (api) => (await api.storage.local.get('settings')).settings,
    );
    expect((stored as { hiddenStretches: string[] }).hiddenStretches).toContain(stretchId);
    await page.clickClosing('button[data-command="close"]');
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
  });

  it('never opens a second window for a prompt that is already on screen', async () => {
    await promptWindow();
    expect(await popupWindowCount(h)).toBe(1);
    for (let i = 0; i < 3; i++) {
      await h.evaluate((api) => api.runtime.sendMessage({ type: 'refresh' }));
    }
    if (h.stopBackground) {
      await h.stopBackground(); // the next start says "show this prompt" again
      await h.evaluate((api) => api.runtime.sendMessage({ type: 'refresh' }));
    }
    expect(await popupWindowCount(h)).toBe(1);
    await answerPending(h, { type: 'skip' });
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
  });
});
