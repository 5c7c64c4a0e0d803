// Accessibility in real browsers: axe-core on every page in both themes, and a whole routine done
// with the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../core/engine-types';
import { sampleMonth } from './sample-log';
import {
  alwaysOn,
  logRowWhere,
  seedEngine,
  seedLog,
  seedSettings,
  sittingFor,
  stateWhere,
} from './seed';
import { type ExtensionHarness, type ExtensionPage, launch, targets } from './support';

const examplePlan = readFileSync(
  new URL('../../docs/care-plan.example.json', import.meta.url),
  'utf8',
);

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Finding {
  id: string;
  impact: string;
  targets: string[];
}

/** Runs axe on the page; returns every violation with its impact. */
async function axe(page: ExtensionPage): Promise<Finding[]> {
  await page.evaluateSource(`${axeSource};true`);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe
      .run;
    type AxeResult = {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const result = await run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Something a user does on a page before axe looks at it again. */
interface Step {
  name: string;
  act: (page: ExtensionPage) => Promise<void>;
}

/** Each page is checked once `ready` matches, then again after each of its steps. */
const pages: { path: string; ready: string; steps?: Step[] }[] = [
  { path: 'popup.html', ready: '[data-status]' },
  { path: 'prompt.html', ready: '.overview li' },
  { path: 'options.html', ready: 'form' },
  // History with the sample month: chart, rate, streak, stretches and pains all drawn.
  {
    path: 'options.html#history',
    ready: '.history .pains li',
    steps: [
      {
        name: 'table shown',
        act: async (page) => {
          await page.click('.day-table summary');
          await page.waitFor(() => document.querySelector('.day-table')?.hasAttribute('open'));
        },
      },
      {
        name: '30 days',
        act: async (page) => {
          await page.click('input[name="history-period"][value="30"]');
          await page.waitFor(() => document.querySelectorAll('.day-table tbody tr').length === 30);
        },
      },
    ],
  },
  {
    path: 'options.html#data',
    ready: '#data-erase',
    steps: [
      {
        name: 'erase asked',
        act: async (page) => {
          await page.click('section[aria-labelledby="data-erase"] > button');
          await page.waitFor(() => document.querySelector('.data .confirm') !== null);
        },
      },
      {
        name: 'erase cancelled',
        act: async (page) => {
          await page.click('.data .confirm .actions button:not(.danger)');
          await page.waitFor(() => document.querySelector('.data .confirm') === null);
        },
      },
    ],
  },
  // The Care plan view: empty, with the example plan's preview, then with its card.
  {
    path: 'options.html#plan',
    ready: '#plan-import-heading',
    steps: [
      {
        name: 'preview',
        act: async (page) => {
          await page.evaluate((text) => {
            const box = document.querySelector<HTMLTextAreaElement>('#plan-code');
            if (!box) return;
            box.value = text;
            box.dispatchEvent(new Event('input', { bubbles: true }));
          }, examplePlan);
          await page.click('.plan-code button[type="submit"]');
          await page.waitFor(() => document.querySelector('.plan-preview') !== null);
        },
      },
      {
        name: 'applied',
        act: async (page) => {
          await page.click('button[data-command="apply-plan"]');
          await page.waitFor(() => document.querySelector('#plan-card-heading') !== null);
        },
      },
      {
        name: 'refusal',
        act: async (page) => {
          await page.evaluate(() => {
            const box = document.querySelector<HTMLTextAreaElement>('#plan-code');
            if (!box) return;
            box.value = 'HC1.damaged';
            box.dispatchEvent(new Event('input', { bubbles: true }));
          });
          await page.click('.plan-code button[type="submit"]');
          await page.waitFor(() => document.querySelector('[data-list="plan-problems"]') !== null);
        },
      },
    ],
  },
  { path: 'onboarding.html', ready: 'form' },
];

describe.each(targets)('%s', (target) => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launch(target);
    await h.waitForBackground();
  });
  afterAll(() => h?.close());

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no axe violation of any impact on any page, ${theme} theme`, async () => {
      // Badge-only delivery: the pending prompt must not pop a window over the pages under test.
      await seedSettings(h, { ...alwaysOn, theme, delivery: 'badge' });
      await seedEngine(h, { ...sittingFor(31), prompt: null });
      await seedLog(h, sampleMonth(Date.now()));
      // The Care plan view starts empty in each theme (its steps apply the example plan).
      await h.evaluate((api) => api.storage.local.remove('carePlan'));
      const report: string[] = [];
      const violations: Finding[] = [];
      for (const { path, ready, steps = [] } of pages) {
        if (path === 'prompt.html') await seedEngine(h, dueState());
        const page = await h.openPage(path);
        await page.waitFor((sel) => document.querySelector(sel) !== null, ready);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        for (const step of [null, ...steps]) {
          await step?.act(page);
          const found = await axe(page);
          const list = found.map((f) => `${f.id} (${f.impact})`).join(', ');
          report.push(`${step ? `${path}, ${step.name}` : path}: ${list || 'none'}`);
          violations.push(...found);
        }
        await page.close();
      }
      console.log(`axe, ${target}, ${theme}:\n  ${report.join('\n  ')}`);
      expect(violations).toEqual([]);
    });
  }

  it('lets a keyboard-only user go through a whole routine', async () => {
    await seedSettings(h, { ...alwaysOn, delivery: 'badge', routineMinutes: 1 });
    await seedEngine(h, dueState());
    const page = await h.openPage('prompt.html');
    await page.waitFor(() => document.querySelectorAll('.overview li').length > 0);
    const promptId = (await stateWhere(h, (s) => s.prompt !== null)).prompt?.id;

    await tabTo(page, 'start');
    await page.press('Enter');
    await page.waitForText('.countdown-label', 'Get into position');
    // Pause and resume from the keyboard, then let the routine run to its end.
    await tabTo(page, 'pause');
    await page.press(' ');
    await page.waitForText('button[data-command="pause"]', 'Resume');
    await page.press('Enter');
    await page.waitForText('button[data-command="pause"]', 'Pause');
    await page.evaluate(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 10 * 60_000;
    });
    await page.waitForText('h1', 'Nicely done');
    await tabTo(page, 'done');
    // Done settles the prompt and the background closes this window, perhaps before the key is
    // released; the row below proves the press counted.
    await page.pressClosing('Enter');

    const row = await logRowWhere<PromptRecord>(h, 'prompts', (r) => r.id === promptId);
    expect(row.outcome).toBe('done');
  });
});

/** A bout of 31 minutes with its prompt on screen now. */
function dueState() {
  const now = Date.now();
  return {
    ...sittingFor(31, now),
    prompt: {
      id: `p-a11y-${now}`,
      trigger: 'limit' as const,
      dueAt: now,
      shownAt: now,
      offered: [],
      routineStartedAt: null,
      progress: null,
    },
  };
}

/** Presses Tab until the button with this data-command has focus (at most 40 presses). */
async function tabTo(page: ExtensionPage, command: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.command ?? null,
    );
    if (focused === command) return;
    await page.press('Tab');
  }
  throw new Error(`Tab never reached the ${command} button`);
}
