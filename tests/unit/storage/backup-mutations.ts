// Seeded damage to a backup, for the fuzz test: numbers pushed to extremes, rows deleted, doubled
// or swapped, fields dropped or of another type, ids changed to awkward ones, arrays made huge.
import { maxRows } from '../../../core/backup-checks';
import { stretches } from '../../../core/stretches';
import type { randomFrom } from './random-log';

type Random = ReturnType<typeof randomFrom>;
type Node = Record<string, unknown> | unknown[];

const day = 24 * 60 * 60_000;

const awkwardStrings = [
  'constructor',
  '__proto__',
  'toString',
  '',
  'x'.repeat(65),
  'x'.repeat(100_000),
  'unknown-id',
  'walk-break',
  '=cmd|calc',
  '<img src=x onerror=alert(1)>',
];

function extremeNumber(random: Random, value: number, now: number): unknown {
  return random.pick([
    8.64e15,
    -8.64e15,
    8.64e15 + 1,
    -1,
    0,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Date.UTC(2000, 0, 1) - 1,
    Date.UTC(2000, 0, 1),
    now + day,
    now + day + 1,
    value + 1,
    value - 1,
    value + 60 * 60_000,
    value - day,
    value + 25 * 60 * 60_000,
    value * 2,
    1.5,
    Number.MAX_SAFE_INTEGER,
    String(value),
    null,
  ]);
}

function otherType(random: Random): unknown {
  return random.pick([null, true, 42, 'text', [], {}, [1, 2], { id: 'x' }, undefined]);
}

/** Every object or array inside `root` with the key of each of its entries. */
function slots(root: Node): [Node, string | number][] {
  const found: [Node, string | number][] = [];
  const walk = (node: Node) => {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      found.push([node, key]);
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) walk(child as Node);
    }
  };
  walk(root);
  return found;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Changes one thing in `backup` (a plain object, changed in place). */
export function mutate(random: Random, backup: Record<string, unknown>, now: number): void {
  const tables = ['bouts', 'prompts', 'pains', 'plans'] as const;
  const table = backup[random.pick(tables)];
  const kind = random.next();
  if (kind < 0.45) {
    const all = slots(backup);
    const [node, key] = random.pick(all);
    const record = node as Record<string | number, unknown>;
    const value = record[key];
    const roll = random.next();
    if (roll < 0.1 && !Array.isArray(node)) delete record[key];
    else if (roll < 0.2) record[key] = otherType(random);
    else if (typeof value === 'number') record[key] = extremeNumber(random, value, now);
    else if (typeof value === 'string') {
      // Another id of the backup now and then, so references can point at the wrong row.
      const ids = all.filter(([, k]) => k === 'id').map(([n]) => (n as { id: unknown }).id);
      record[key] = random.next() < 0.3 ? random.pick(ids) : random.pick(awkwardStrings);
    } else record[key] = otherType(random);
  } else if (kind < 0.75 && Array.isArray(table) && table.length > 0) {
    const i = random.int(0, table.length - 1);
    const j = random.int(0, table.length - 1);
    const roll = random.next();
    if (roll < 0.35) table.splice(i, 1);
    else if (roll < 0.6) table.splice(j, 0, structuredClone(table[i]));
    else if (roll < 0.85) [table[i], table[j]] = [table[j], table[i]];
    else table.push(otherType(random));
  } else if (kind < 0.85) {
    // A small shift of every time of one row: still believable, so the counting gets odd input.
    const rows = backup[random.pick(tables)];
    if (!Array.isArray(rows) || rows.length === 0) return;
    const row = random.pick(rows) as Record<string, unknown>;
    // An earlier change may have left something that is no row at all there.
    if (!isObject(row)) return;
    const shift = random.pick([-day, -60 * 60_000, -60_000, 60_000, 60 * 60_000, 23 * 60 * 60_000]);
    for (const field of ['startedAt', 'endedAt', 'dueAt', 'shownAt', 'settledAt', 'at']) {
      if (typeof row[field] === 'number') row[field] = (row[field] as number) + shift;
    }
  } else if (kind < 0.93) {
    const prompts = backup.prompts;
    if (!Array.isArray(prompts) || prompts.length === 0) return;
    const prompt = random.pick(prompts) as Record<string, unknown>;
    if (!isObject(prompt)) return;
    const ids = stretches.map((s) => s.id);
    prompt[random.pick(['offered', 'completed'])] = random.pick([
      [...ids, ids[0]],
      ['constructor', '__proto__'],
      new Array(100_000).fill('walk-break'),
      ids,
      [],
    ]);
  } else if (kind < 0.98) {
    backup[random.pick(['version', 'exportedAt', 'settings', 'format'])] = random.pick([
      1,
      2,
      3,
      '2',
      0,
      null,
      { dailyGoal: 99 },
      extremeNumber(random, now, now),
    ]);
  } else if (random.next() < 0.1) {
    backup[random.pick(tables)] = new Array(maxRows + 1).fill(null);
  }
}
