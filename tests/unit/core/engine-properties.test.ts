// Property tests of the sitting engine: thousands of random days at a simulated desk (see
// engine-world.ts), with the counting rules of docs/counting.md checked after every step.
// HIP_CHECK_SEQUENCES=20000 npx vitest run tests/unit/core/engine-properties.test.ts runs longer.
import { describe, expect, it } from 'vitest';
import { World } from './engine-world';

const sequences = Number(process.env.HIP_CHECK_SEQUENCES ?? 1500);
/** About 2 ms a sequence here; a longer search gets the time it needs. */
const timeout = Math.max(30_000, sequences * 10);

function runMany(jumpy: boolean, count: number, firstSeed: number) {
  let events = 0;
  const violations: string[] = [];
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const report = new World({ seed, jumpy, steps: 120 }).run();
    events += report.events;
    violations.push(...report.violations);
  }
  // The figure the closing note of issue 9 reports.
  console.info(
    `${count} ${jumpy ? 'jumpy' : 'honest'} sequences, ${events} events, ${violations.length} violations`,
  );
  return violations;
}

describe('the engine, over random sequences', () => {
  it(
    'keeps every counting rule with an honest clock',
    () => {
      expect(runMany(false, sequences, 1).slice(0, 12)).toEqual([]);
    },
    timeout,
  );

  it(
    'keeps its bookkeeping when the clock jumps both ways',
    () => {
      expect(runMany(true, Math.ceil(sequences / 3), 100_001).slice(0, 12)).toEqual([]);
    },
    timeout,
  );
});
