// Issue 4's figures, printed as one table: the popup's first paint (its JS and its time against
// an empty extension page), and the adherence log at 100,000 prompts in Chromium's IndexedDB.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, it } from 'vitest';
import { type ExtensionHarness, type ExtensionPage, launch } from '../e2e/support';
import { firstPaintBudget, firstPaintJs } from '../e2e/support/first-paint-js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const builtDir = join(repoRoot, '.output', 'chrome-mv3');
const paintRuns = 20;
const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 10_000);
const prompts = Number(process.env.BENCH_PROMPTS ?? 100_000);

/** The in-page half of the benchmark, bundled as one script to inject into an extension page. */
async function inPageScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(repoRoot, 'tests/bench/in-page/log-bench.ts'),
        name: 'hipBenchBundle',
        formats: ['iife'],
      },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('vite build gave no output');
  return output.output[0].code;
}

/** When the popup's status first stood in the page (components/popup/PopupApp.tsx marks it). */
async function statusShown(page: ExtensionPage): Promise<number> {
  return page.waitFor(() => performance.getEntriesByName('hip-check:status')[0]?.startTime ?? 0);
}

async function firstContentfulPaint(page: ExtensionPage): Promise<number> {
  return page.waitFor(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

let h: ExtensionHarness;
let copy: string;

beforeAll(async () => {
  // A copy of the build with one more page, empty but for a line of text (so it paints), to
  // compare the popup with the least an extension page can cost in the same browser.
  copy = mkdtempSync(join(tmpdir(), 'hip-check-bench-'));
  cpSync(builtDir, copy, { recursive: true });
  writeFileSync(
    join(copy, 'empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><p>Empty page</p></body></html>',
  );
  // And the least a page styled like the popup, with a module script, can cost: the popup's own
  // stylesheets and one line of script. What the popup costs beyond this is its own code.
  const links = [
    ...readFileSync(join(builtDir, 'popup.html'), 'utf8').matchAll(/<link rel="stylesheet"[^>]+>/g),
  ]
    .map((m) => m[0])
    .join('');
  writeFileSync(
    join(copy, 'floor.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>${links}<script type="module" src="/floor.js"></script></head><body><p id="app"></p></body></html>`,
  );
  writeFileSync(join(copy, 'floor.js'), "document.getElementById('app').textContent = 'Floor';");
  h = await launch('chromium', { buildDir: copy });
  await h.waitForBackground();
});
afterAll(async () => {
  await h?.close();
  rmSync(copy, { recursive: true, force: true });
});

it('adherence figures (issue 4)', async () => {
  const rows: [string, string, string, string][] = [];
  const js = firstPaintJs(builtDir);
  rows.push([
    'popup JS on the first-paint path (gzip -9)',
    `${(js.gzip / 1000).toFixed(1)} kB (${(js.raw / 1000).toFixed(1)} kB raw, ${js.files.length} files)`,
    `≤ ${firstPaintBudget / 1000} kB`,
    js.gzip <= firstPaintBudget ? 'met' : 'missed',
  ]);

  const popup: number[] = [];
  const status: number[] = [];
  const empty: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < paintRuns; i++) {
    // Alternate, so both see the same browser warm-up.
    for (const [path, into] of [
      ['empty.html', empty],
      ['floor.html', floor],
      ['popup.html', popup],
    ] as const) {
      const page = await h.openPage(path);
      into.push(await firstContentfulPaint(page));
      if (into === popup) status.push(await statusShown(page));
      await page.close();
    }
  }
  const ratio = median(popup) / median(empty);
  rows.push([
    `popup first paint vs empty extension page (median of ${paintRuns}, Chromium)`,
    `${median(popup).toFixed(0)} ms vs ${median(empty).toFixed(0)} ms = ${ratio.toFixed(2)}x`,
    '≤ 1.15x',
    ratio <= 1.15 ? 'met' : 'missed',
  ]);
  rows.push([
    "a page with the popup's stylesheets and a one-line module script, vs empty page",
    `${median(floor).toFixed(0)} ms = ${(median(floor) / median(empty)).toFixed(2)}x`,
    '',
    '',
  ]);
  rows.push([
    `popup status on the page (the view read from storage) vs empty page's first paint`,
    `${median(status).toFixed(0)} ms = ${(median(status) / median(empty)).toFixed(2)}x`,
    '',
    '',
  ]);

  const page = await h.openPage('options.html');
  await page.evaluateSource(await inPageScript());
  const now = Date.now();
  type Bench = Record<string, (...args: number[]) => Promise<number>>;
  const call = (name: string, ...args: number[]) =>
    page.evaluate(
      ([n, a]) =>
        (globalThis as unknown as { hipBench: Bench }).hipBench[n as string]?.(
          ...(a as number[]),
        ) ?? -1,
      [name, args] as const,
    );
  const seeded = await page.evaluate(
    ([count, at]) =>
      (
        globalThis as unknown as {
          hipBench: { seed(c: number, n: number): Promise<{ ms: number; days: number }> };
        }
      ).hipBench.seed(count, at),
    [prompts, now] as const,
  );
  const series = async (name: string, runs: number, gapMs = 0) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(await call(name, now + i));
      if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    }
    return times;
  };
  const many = async (name: string, runs: number) => median(await series(name, runs));
  // The seed wrote ~50 MB at once; in use the log grows a few rows at a time. Let Chromium's
  // storage finish settling that bulk load, and space the writes as outcomes are spaced in use
  // (minutes apart; 250 ms is enough for the disk to be idle again).
  await new Promise((r) => setTimeout(r, settleMs));
  // Writes are bimodal in Chromium (most take a few ms, some wait ~50 ms for the disk): show both.
  const writes = await series('logOutcome', 40, 250);
  const logging = median(writes);
  const slow = [...writes].sort((a, b) => a - b)[Math.floor(writes.length * 0.9)] ?? 0;
  rows.push([
    `logging an outcome (prompt + bout + summaries, median of ${writes.length})`,
    `${logging.toFixed(1)} ms (90th percentile ${slow.toFixed(0)} ms)`,
    '< 10 ms',
    logging < 10 ? 'met' : 'missed',
  ]);
  for (const [label, fast, scan] of [
    ["today's figures", 'today', 'todayScan'],
    ["30 days' figures (chart, rates, streak, stretches, pains)", 'month', 'monthScan'],
  ] as const) {
    const withSummaries = await many(fast, 10);
    const scanning = await many(scan, 3);
    rows.push([
      `${label} at ${prompts.toLocaleString('en')} prompts (median)`,
      `${withSummaries.toFixed(1)} ms (scanning the rows: ${scanning.toFixed(0)} ms)`,
      '< 20 ms',
      withSummaries < 20 ? 'met' : 'missed',
    ]);
  }
  const csv = await many('csv', 3);
  rows.push([
    `CSV export of ${prompts.toLocaleString('en')} prompts (median of 3)`,
    `${(csv / 1000).toFixed(2)} s`,
    '< 2 s',
    csv < 2000 ? 'met' : 'missed',
  ]);

  const header: [string, string, string, string] = ['measure', 'result', 'goal', ''];
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c]?.length ?? 0)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(
    [
      `Adherence benchmark, headless Chromium, ${new Date().toISOString().slice(0, 10)} ` +
        `(log: ${prompts.toLocaleString('en')} prompts over ${seeded.days} days, seeded in ${(seeded.ms / 1000).toFixed(1)} s)`,
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    ].join('\n'),
  );
});
