// How long from the engine's alarm to a painted routine in the prompt window, in real Chromium.
import { afterAll, beforeAll, it } from 'vitest';
import { alwaysOn, seedEngine, seedSettings, sittingFor, stateWhere } from '../e2e/seed';
import { type ExtensionHarness, launch } from '../e2e/support';

const runs = 10;
let h: ExtensionHarness;

beforeAll(async () => {
  h = await launch('chromium');
  await h.waitForBackground();
  await seedSettings(h, { ...alwaysOn, sittingLimitMin: 10 });
});
afterAll(() => h?.close());

it(`alarm to painted routine, ${runs} runs`, async () => {
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    await seedEngine(h, sittingFor(10 - 3 / 60));
    const page = await h.waitForPage('prompt.html', 20_000);
    // The tick that raised the prompt is stamped with the alarm's arrival: lastSeenAt.
    const state = await stateWhere(h, (s) => s.prompt !== null);
    const paintedAt = await page.waitFor(() => {
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      const listed = document.querySelectorAll('.overview li').length > 0;
      return paint && listed ? performance.timeOrigin + paint.startTime : 0;
    });
    latencies.push(paintedAt - state.lastSeenAt);
    await page.click('button[data-command="skip"]');
    await stateWhere(h, (s) => s.prompt === null);
  }
  latencies.sort((a, b) => a - b);
  const median = ((latencies[4] ?? 0) + (latencies[5] ?? 0)) / 2;
  console.log(
    `prompt window, alarm -> painted routine (Chromium, ms): median ${median.toFixed(0)}, ` +
      `min ${latencies[0]?.toFixed(0)}, max ${latencies.at(-1)?.toFixed(0)}`,
  );
});
