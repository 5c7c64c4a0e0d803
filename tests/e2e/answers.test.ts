// One prompt, one outcome, in real Chromium and Firefox: double clicks count once, a prompt
// settled in the popup is followed by the prompt window, and closing the window mid-way or on the
// last screen counts what was done (docs/counting.md).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoutRecord, PromptRecord } from '../../core/engine-types';
import type { EngineReply } from '../../messages';
import { fastForward, pollCount } from './page-clock';
import {
  alwaysOn,
  answerPending,
  backgroundCaughtUp,
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two clicks in one go, faster than the page can render its disabled button. */
function doubleClick(page: ExtensionPage, selector: string) {
  return page.evaluate((css) => {
    const button = document.querySelector(css) as HTMLButtonElement;
    button.click();
    button.click();
  }, selector);
}

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());
  beforeEach(() => seedSettings(h, settings));
  // A test that failed half-way leaves its prompt open: settle it, so the next one starts clean.
  afterEach(async () => {
    if ((await storedState(h)).prompt) await answerPending(h, { type: 'skip' });
    for (const page of await openPrompts()) await page.close().catch(() => {});
  });

  async function openPrompts(): Promise<ExtensionPage[]> {
    if ((await popupWindowCount(h)) === 0) return [];
    const page = await h.waitForPage('prompt.html', 2_000).catch(() => null);
    return page ? [page] : [];
  }

  /** A bout four seconds short of the limit: the engine's own alarm opens the prompt window. */
  async function promptWindow(): Promise<{ page: ExtensionPage; id: string }> {
    await seedEngine(h, sittingFor(10 - 4 / 60));
    const page = await h.waitForPage('prompt.html', 20_000);
    await page.waitForText('h1', 'Time to stand up');
    const id = (await storedState(h)).prompt?.id ?? '';
    expect(id).not.toBe('');
    return { page, id };
  }

  async function startRoutine(page: ExtensionPage, id: string) {
    await page.waitFor(() => document.querySelectorAll('.overview li').length > 0);
    await page.click('button[data-command="start"]');
    await stateWhere(h, (s) => s.prompt?.id === id && s.prompt.routineStartedAt !== null);
  }

  /**
   * Rows naming `id`, once the background has handled any second message: it answers a later
   * one only after those before, so a second click's answer has counted or been refused by then.
   * `from`: the page that clicked, while it is still open, so the check follows its messages.
   */
  async function rowsFor(id: string, from?: ExtensionPage) {
    await backgroundCaughtUp(h, from);
    return (await logRows<PromptRecord>(h, 'prompts')).filter((r) => r.id === id);
  }

  it('counts a double click on "I took a break" once, and closes the prompt window', async () => {
    // Opened first: Firefox would open a new tab in the focused prompt window.
    const popup = await h.openPage('popup.html');
    const { id } = await promptWindow();
    const before = (await logRows<PromptRecord>(h, 'prompts')).length;
    await popup.waitFor(() => document.querySelector('button[data-command="done"]') !== null);
    await doubleClick(popup, 'button[data-command="done"]');
    expect(await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === id)).toMatchObject({
      outcome: 'done',
    });
    expect(await rowsFor(id, popup)).toHaveLength(1);
    expect(await logRows<PromptRecord>(h, 'prompts')).toHaveLength(before + 1);
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
    await popup.waitFor(
      () => document.querySelector('[data-status]')?.getAttribute('data-status') !== 'due',
    );
    expect(await popup.errors()).toEqual([]);
    await popup.close();
  });

  it('counts a double click on Done on the last screen once', async () => {
    const { page, id } = await promptWindow();
    await startRoutine(page, id);
    await fastForward(page, 10 * 60_000);
    await page.waitForText('h1', 'Nicely done');
    const before = (await logRows<PromptRecord>(h, 'prompts')).length;
    await doubleClick(page, 'button[data-command="done"]');
    const row = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === id);
    expect(row.outcome).toBe('done');
    expect(await rowsFor(id)).toHaveLength(1);
    expect(await logRows<PromptRecord>(h, 'prompts')).toHaveLength(before + 1);
    const routineBouts = (await logRows<BoutRecord>(h, 'bouts')).filter(
      (b) => b.end === 'routine' && b.endedAt === row.settledAt,
    );
    expect(routineBouts).toHaveLength(1);
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
  });

  it('follows a prompt settled in the popup: the window says so and its Done adds nothing', async () => {
    const popup = await h.openPage('popup.html');
    const { page, id } = await promptWindow();
    await startRoutine(page, id);
    await fastForward(page, 10 * 60_000);
    await page.waitForText('h1', 'Nicely done');
    await popup.click('button[data-command="done"]');
    await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === id);
    // The routine was started in the window, so it stays, and says the break is recorded.
    await page.waitForText('h1', 'Already recorded');
    expect(await page.evaluate(() => document.querySelector('[data-command="done"]'))).toBeNull();
    // A Done that was already on its way from the window is refused, and counts nothing.
    const reply = await h.evaluate(
      (api, promptId) =>
        api.runtime.sendMessage({
          type: 'routineFinished',
          promptId,
          outcome: 'done',
          completed: [],
        }) as Promise<EngineReply>,
      id,
    );
    expect(reply).toEqual({ answer: 'stale' });
    expect(await rowsFor(id)).toHaveLength(1);
    await popup.close();
    await page.clickClosing('button[data-command="close"]');
    expect(await pollCount(() => popupWindowCount(h), 0)).toBe(0);
  });

  it('counts the window closed on the last screen as done', async () => {
    const { page, id } = await promptWindow();
    await startRoutine(page, id);
    await fastForward(page, 10 * 60_000);
    await page.waitForText('h1', 'Nicely done');
    await stateWhere(h, (s) => (s.prompt?.progress?.completed.length ?? 0) > 0);
    await page.close();
    const row = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === id);
    expect(row.outcome).toBe('done');
    expect(row.completed.length).toBeGreaterThan(0);
    expect(row.completed).toEqual(row.offered);
  });

  it('counts the window closed mid-routine as partial, with the stretches timed out', async () => {
    await seedSettings(h, { ...settings, routineMinutes: 5 }); // several stretches
    const { page, id } = await promptWindow();
    await startRoutine(page, id);
    // Run the clock on until the first stretch is timed out, and stop before the last.
    let progress = (await storedState(h)).prompt?.progress;
    for (let i = 0; i < 60 && (progress?.completed.length ?? 0) === 0; i++) {
      await fastForward(page, 5_000);
      // Pacing, not hoping: one tick of the player (tickMs, 250 ms) takes up each 5 s, so the
      // clock stops between stretches; what the loop waits for is the progress it then reads.
      await sleep(250);
      progress = (await storedState(h)).prompt?.progress;
    }
    expect(progress?.completed.length).toBeGreaterThan(0);
    expect(progress?.completed.length).toBeLessThan(progress?.of ?? 0);
    await page.close();
    const row = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === id);
    expect(row.outcome).toBe('partial');
    expect(row.completed).toEqual(progress?.completed);
  });
});
