// The adherence journey in real Chromium and Firefox: a prompt answered with Done, the next one
// skipped, and both show in the popup's Today block and on the History page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../core/engine-types';
import { alwaysOn, logRowWhere, seedEngine, seedSettings, sittingFor } from './seed';
import { type ExtensionHarness, launch, targets } from './support';

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
    // Badge-only delivery: the popup carries the answers, no window opens.
    await seedSettings(h, { ...alwaysOn, sittingLimitMin: 10, delivery: 'badge', dailyGoal: 4 });
  });
  afterAll(() => h?.close());

  /** A bout four seconds short of the limit; the engine's own alarm raises the prompt. */
  async function answerNextPrompt(command: 'done' | 'skip', outcome: PromptRecord['outcome']) {
    await seedEngine(h, sittingFor(10 - 4 / 60));
    const popup = await h.openPage('popup.html');
    await popup.waitForText('[data-status]', /Time to stand up/, 20_000);
    await popup.click(`button[data-command="${command}"]`);
    await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.outcome === outcome);
    await popup.close();
  }

  it('shows a Done and a Skip in the popup Today block and on the History page', async () => {
    await answerNextPrompt('done', 'done');
    await answerNextPrompt('skip', 'skipped');

    const popup = await h.openPage('popup.html');
    await popup.waitForText('.today', 'Breaks taken');
    await popup.waitForText('.today dl div:nth-child(1) dd', '1 of 2 due');
    await popup.waitForText('.today dl div:nth-child(2) dd', '1 of 4');
    expect(await popup.errors()).toEqual([]);
    await popup.close();

    const history = await h.openPage('options.html#history');
    await history.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 7);
    const today = await history.evaluate(() =>
      [...(document.querySelector('.day-table tbody tr:last-child')?.children ?? [])].map(
        (cell) => cell.textContent,
      ),
    );
    // Day, taken, due, missed, minutes sat, longest bout.
    expect(today.slice(1, 4)).toEqual(['1', '2', '1']);
    await history.waitForText('.rate', '50%');
    // 30 days: the same day at the end of a longer table.
    await history.click('input[type="radio"][value="30"]');
    await history.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 30);
    expect(await history.errors()).toEqual([]);
    await history.close();
  });
});
