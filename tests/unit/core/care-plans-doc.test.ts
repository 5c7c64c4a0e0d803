// docs/care-plans.md against the code: its catalogue table is core/stretch-catalogue.ts, and its
// Node snippet makes a share code Hip Check reads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShareCode } from '../../../core/share-code';
import { catalogue } from '../../../core/stretch-catalogue';
import type { Dose } from '../../../core/stretches';
import { accepted, examplePlan } from './care-plan-fixtures';

const docs = new URL('../../../docs/', import.meta.url);
const page = readFileSync(new URL('care-plans.md', docs), 'utf8');

/** The rows of the page's catalogue table, as the page writes them. */
function tableRows(): string[][] {
  const start = page.indexOf('| id | kind | default dose | two-sided |');
  expect(start).toBeGreaterThan(0);
  const lines = page.slice(start).split('\n');
  const table = lines.slice(
    2,
    lines.findIndex((line, i) => i > 0 && !line.startsWith('|')),
  );
  return table.map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

function asTheDocsSay(dose: Dose): [string, string, string] {
  switch (dose.kind) {
    case 'walk':
      return ['walk', `${dose.seconds} s`, 'no'];
    case 'hold':
      return ['hold', `${dose.seconds} s`, dose.sides === 2 ? 'yes' : 'no'];
    case 'reps':
      return ['reps', `${dose.count} reps`, dose.sides === 2 ? 'yes' : 'no'];
  }
}

describe('docs/care-plans.md', () => {
  it("lists the catalogue's stretches, in its order, with their kind, default dose and sides", () => {
    expect(tableRows()).toEqual(
      catalogue.map((stretch) => [`\`${stretch.id}\``, ...asTheDocsSay(stretch.dose)]),
    );
  });

  it('gives a Node snippet whose code Hip Check reads as the example plan', async () => {
    const snippet = /```js\n([\s\S]*?)```/.exec(page)?.[1];
    expect(snippet).toContain("CompressionStream('deflate')");
    const folder = mkdtempSync(join(tmpdir(), 'hip-check-doc-'));
    writeFileSync(join(folder, 'share-code.mjs'), snippet ?? '');
    const code = execFileSync(
      process.execPath,
      [join(folder, 'share-code.mjs'), new URL('care-plan.example.json', docs).pathname],
      { encoding: 'utf8' },
    ).trim();
    expect(code).toMatch(/^HC1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(1000);
    expect(await readShareCode(code)).toEqual({ ok: true, plan: accepted(examplePlan) });
  });
});
