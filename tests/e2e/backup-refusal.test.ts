// A far-future backup in real Chromium and Firefox: one time of 8.64e15 used to pass the checks and
// make the restore build a summary for every day up to the year 275760. Now the page refuses it
// within seconds, naming the row, the background refuses it too when sent directly, and the log
// stays exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataReply } from '../../messages';
import { sampleMonth } from './sample-log';
import { logRows, seedLog } from './seed';
import { type ExtensionHarness, launch, targets } from './support';

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
    await seedLog(h, sampleMonth(Date.now()));
  });
  afterAll(() => h?.close());

  const snapshot = async () => ({
    bouts: await logRows(h, 'bouts'),
    prompts: await logRows(h, 'prompts'),
    pains: await logRows(h, 'pains'),
  });

  it('refuses a far-future backup within seconds, on the page and in the background', async () => {
    const before = await snapshot();
    expect(before.prompts.length).toBeGreaterThan(20);
    const backup = sampleMonth(Date.now());
    backup.bouts[2] = { ...backup.bouts[2], endedAt: 8.64e15 } as (typeof backup.bouts)[number];
    const text = JSON.stringify(backup);

    const page = await h.openPage('options.html#data');
    await page.waitForText('#view-data .counts dd', String(before.prompts.length));
    const started = Date.now();
    await page.evaluate((file) => {
      const input = document.querySelector<HTMLInputElement>('#data-restore-file');
      const files = new DataTransfer();
      files.items.add(new File([file], 'hip-check-backup.json', { type: 'application/json' }));
      if (input) {
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, text);
    await page.waitForText(
      '#view-data [role="alert"]',
      'Spell of sitting number 3 in this backup has a time before the year 2000',
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await page.text('#view-data [role="alert"]')).toContain('Your log is just as it was.');
    expect(await page.evaluate(() => document.querySelector('.confirm') === null)).toBe(true);

    // A page with a bug (or none at all) sending it anyway: the background checks again.
    const sent = Date.now();
    const reply = await h.evaluate(
      async (api, value): Promise<DataReply | undefined> =>
        api.runtime.sendMessage({ type: 'restoreBackup', backup: value, withSettings: true }),
      JSON.parse(text),
    );
    expect(reply).toEqual({ ok: false, error: 'backupErrBoutTime', params: ['3'] });
    expect(Date.now() - sent).toBeLessThan(5_000);

    expect(await snapshot()).toEqual(before);
    await page.waitForText('#view-data .counts dd', String(before.prompts.length));
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
});
