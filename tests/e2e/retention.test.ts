// Retention in real Chromium and Firefox: a keyboard user arrowing through the periods on the
// Your data page deletes nothing; Apply on a shorter one names what goes and deletes only that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/days';
import type { BoutRecord, PainRecord, PromptRecord } from '../../core/engine-types';
import { sampleMonth } from './sample-log';
import { backgroundCaughtUp, logRows, seedLog } from './seed';
import { type ExtensionApi, type ExtensionHarness, launch, targets } from './support';

const dayMs = 86_400_000;

interface Rows {
  prompts: PromptRecord[];
  bouts: BoutRecord[];
  pains: PainRecord[];
}

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
    // Thirty days of log ending twenty days ago: a 30-day period cuts it in two.
    await seedLog(h, sampleMonth(Date.now() - 20 * dayMs));
  });
  afterAll(() => h?.close());

  const rows = async (): Promise<Rows> => ({
    prompts: await logRows<PromptRecord>(h, 'prompts'),
    bouts: await logRows<BoutRecord>(h, 'bouts'),
    pains: await logRows<PainRecord>(h, 'pains'),
  });
  const ids = (log: Rows) => ({
    prompts: log.prompts.map((r) => r.id).sort(),
    bouts: log.bouts.map((r) => r.id).sort(),
    pains: log.pains.map((r) => r.id).sort(),
  });
  const storedRetention = () =>
    h.evaluate(async (api) => {
      const { settings } = await api.storage.local.get('settings');
      return (settings as { retentionDays?: number } | undefined)?.retentionDays ?? 0;
    });

  it('deletes nothing while the arrow keys pass every period, then deletes what it named', async () => {
    const before = await rows();
    expect(before.prompts.length).toBeGreaterThan(0);
    const page = await h.openPage('options.html#data');
    await page.waitFor(
      () => document.querySelector<HTMLSelectElement>('#data-retention-days')?.disabled === false,
    );
    // Focus, not a click: a click opens the list, where arrows move without choosing.
    await page.evaluate(() =>
      document.querySelector<HTMLSelectElement>('#data-retention-days')?.focus(),
    );
    const passed: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.press('ArrowDown');
      passed.push(
        await page.evaluate(
          () => document.querySelector<HTMLSelectElement>('#data-retention-days')?.value ?? '',
        ),
      );
    }
    for (let i = 0; i < 4; i++) await page.press('ArrowUp');
    expect(passed).toEqual(['30', '90', '180', '365', '730']);
    expect(
      await page.evaluate(
        () => document.querySelector<HTMLSelectElement>('#data-retention-days')?.value,
      ),
    ).toBe('30');
    // Had a key saved the period, the save (a read of the settings, then a write) began in the
    // page's change handler. A read from the page after the keys comes back after that read, so
    // by then the write has gone out; the background answers the page's next message only after
    // the purge that change queued. So nothing deleted now is nothing deleted at all.
    await page.evaluate(async () => {
      const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
      await (g.browser ?? g.chrome)?.storage.local.get('settings');
    });
    await backgroundCaughtUp(h, page);
    expect(ids(await rows())).toEqual(ids(before));
    expect(await storedRetention()).toBe(0);
    expect(
      await page.evaluate(() => document.querySelector('#view-data fieldset.confirm') === null),
    ).toBe(true);

    await page.click('button[data-command="retention-apply"]');
    // The question and the focus on "keep" arrive in one commit (a layout effect); waiting for
    // both rather than the first keeps a slow Firefox from reading the focus between them.
    await page.waitFor(
      () =>
        document.querySelector('#view-data fieldset.confirm .counts') !== null &&
        (document.activeElement as HTMLElement | null)?.dataset.command === 'retention-keep',
    );
    const named = await page.evaluate(() =>
      [...document.querySelectorAll('#view-data fieldset.confirm .counts dd')].map((dd) =>
        Number(dd.textContent?.replace(/\D/g, '')),
      ),
    );
    // The same ranges the purge deletes: prompts by when they were due, bouts by their end.
    const cutoff = addDays(Date.now(), -30);
    const expected = [
      before.prompts.filter((r) => r.dueAt < cutoff).length,
      before.bouts.filter((r) => r.endedAt < cutoff).length,
      before.pains.filter((r) => r.at < cutoff).length,
    ];
    expect(named).toEqual(expected);
    expect(expected[0]).toBeGreaterThan(0);
    expect(expected[0]).toBeLessThan(before.prompts.length);
    // Still nothing gone while the question waits.
    expect(ids(await rows())).toEqual(ids(before));

    await page.click('button[data-command="retention-confirm"]');
    await page.waitForText(
      '#view-data [aria-labelledby="data-retention"] [role="status"]',
      'Saved',
    );
    const deadline = Date.now() + 10_000;
    let after = await rows();
    while (
      after.prompts.length !== before.prompts.length - (expected[0] ?? 0) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await rows();
    }
    expect([
      before.prompts.length - after.prompts.length,
      before.bouts.length - after.bouts.length,
      before.pains.length - after.pains.length,
    ]).toEqual(expected);
    expect(after.prompts.every((r) => r.dueAt >= cutoff)).toBe(true);
    expect(await storedRetention()).toBe(30);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
});
