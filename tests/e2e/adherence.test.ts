// The adherence journey in real Chromium and Firefox: a prompt answered with Done, the next one
// skipped, both shown in the popup's Today block and on the History page; then the log exported,
// erased and restored from its own backup on the Your data page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../core/engine-types';
import { alwaysOn, logRows, logRowWhere, seedEngine, seedSettings, sittingFor } from './seed';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

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

  /** The Today row of History's table: day, taken, due, missed, minutes sat, longest bout. */
  const todayRow = (page: ExtensionPage) =>
    page.evaluate(() =>
      [...(document.querySelector('.day-table tbody tr:last-child')?.children ?? [])].map(
        (cell) => cell.textContent,
      ),
    );

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
    expect((await todayRow(history)).slice(1, 4)).toEqual(['1', '2', '1']);
    await history.waitForText('.rate', '50%');
    // 30 days: the same day at the end of a longer table.
    await history.click('input[type="radio"][value="30"]');
    await history.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 30);
    expect(await history.errors()).toEqual([]);
    await history.close();
  });

  it('opens History from the popup; exports, erases and restores the log on Your data', async () => {
    // Uses the Done and the Skip logged by the journey above.
    const popup = await h.openPage('popup.html');
    await popup.waitForText('.today', 'Breaks taken');
    await popup.click('.today a');
    const page = await h.waitForPage('options.html');
    expect(await page.url()).toMatch(/#history$/);
    await page.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 7);
    expect((await todayRow(page)).slice(1, 4)).toEqual(['1', '2', '1']);

    await page.click('a[href="#data"]');
    await page.waitForText('#view-data .counts dd', '2');
    // Keep what the page hands the browser as a download; the download itself is the browser's.
    await page.evaluate(() => {
      const w = window as unknown as { saved: Blob[] };
      w.saved = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.saved.push(blob);
        return create(blob);
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!this.download) click.call(this);
      };
    });
    const saved = (index: number) =>
      page.waitFor(async (i) => {
        const blob = (window as unknown as { saved: Blob[] }).saved[i];
        return blob ? blob.text() : '';
      }, index);
    await page.click('button[data-command="export-csv"]');
    const csv = (await saved(0)).trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv.slice(1).map((line) => line.split(',')[6])).toEqual(['done', 'skipped']);
    await page.click('button[data-command="export-json"]');
    const backup = await saved(1);
    expect(JSON.parse(backup).prompts).toHaveLength(2);

    await page.click('button[data-command="erase"]');
    await page.click('button[data-command="erase-confirm"]');
    await page.waitForText('#view-data .counts dd', '0');
    expect(await logRows(h, 'prompts')).toEqual([]);

    // Restore that backup through the file input, as choosing the file would.
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#data-restore-file');
      const files = new DataTransfer();
      files.items.add(new File([text], 'hip-check-backup.json', { type: 'application/json' }));
      if (input) {
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, backup);
    await page.click('button[data-command="restore-confirm"]');
    await page.waitForText('#view-data .counts dd', '2');
    await page.click('a[href="#history"]');
    await page.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 7);
    await page.waitFor(
      () => document.querySelector('.day-table tbody tr:last-child td')?.textContent === '1',
    );
    expect((await todayRow(page)).slice(1, 4)).toEqual(['1', '2', '1']);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
});
