// The popup's first-paint budget (issue 10): at most 12 kB of gzipped JavaScript before it can
// paint, in every build, without the polyfill. Bytes, unlike times, are the same on every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targets } from './support';
import { requireBuild } from './support/environment';
import { firstPaintBudget, firstPaintJs } from './support/first-paint-js';

describe.each(targets)('%s build', (target) => {
  const { dir } = requireBuild(target);
  const js = firstPaintJs(dir);

  it(`loads at most ${firstPaintBudget / 1000} kB gzip of JavaScript before the popup paints`, () => {
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzip).toBeLessThanOrEqual(firstPaintBudget);
  });

  it('paints before webextension-polyfill loads (it comes with the first click)', () => {
    const code = js.files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    // A string the polyfill throws outside an extension: present in its code, and nowhere else.
    expect(code).not.toContain('This script should only be loaded in a browser extension');
  });
});
