// Thousands of mutated plans and share codes from a seeded generator: each is refused with problems
// the page can word, or accepted and then valid against the JSON Schema; nothing ever throws.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  carePlanErrorKeys,
  checkCarePlan,
  type PlanReading,
  readCarePlanText,
} from '../../../core/care-plan';
import { encodeShareCode, readShareCode } from '../../../core/share-code';
import { stretches } from '../../../core/stretches';
import schema from '../../../docs/care-plan.schema.json';
import { accepted, planWith, remove, sentence } from './care-plan-fixtures';

const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(
  schema,
);

/** mulberry32: small, fast, and the same numbers on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const ids = stretches.map((s) => s.id);
const numbers = [-1, 0, 1, 1.5, 4, 5, 8, 9, 10, 20, 21, 30, 31, 120, 121, 9999, 10_000, -0, 1e308];
const pieces = ['a', 'Z', '0', '-', '_', ' ', '\n', '\t', 'é', '🧘', '\u0000', '\ud800', '"', '/'];
const words = [
  ...ids,
  'both',
  'left',
  'right',
  'up',
  '2026-12-01',
  '2027-02-29',
  'https://x.example',
];
const keys = ['x', 'id', 'note', 'side', '__proto__', 'constructor', 'toString', 'holdSec'];

function text(r: Random, max: number): string {
  return Array.from({ length: r.int(max) }, () => r.pick(pieces)).join('');
}

function garbage(r: Random, depth = 0): unknown {
  switch (r.int(depth > 2 ? 5 : 7)) {
    case 0:
      return r.pick(numbers);
    case 1:
      return r.int(300) - 50;
    case 2:
      return r.next() < 0.5 ? text(r, r.pick([5, 90, 600])) : r.pick(words);
    case 3:
      return r.next() < 0.5;
    case 4:
      return null;
    case 5:
      return Array.from({ length: r.int(4) }, () => garbage(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(4) }, () => [r.pick(keys), garbage(r, depth + 1)]),
      );
  }
}

type Node = Record<string, unknown> | unknown[];
/** Every object and array in the plan, each with the keys it holds. */
function nodes(value: unknown, out: Node[] = []): Node[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value as Node);
    for (const child of Object.values(value)) nodes(child, out);
  }
  return out;
}

/** Sets a key as the plan's own, even __proto__, as JSON.parse would. */
function put(node: Node, key: string, value: unknown) {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(r: Random, plan: Record<string, unknown>) {
  const node = r.pick(nodes(plan));
  const present = Object.keys(node);
  // In a list only its places: one of them, or one past the end.
  const key = Array.isArray(node)
    ? String(r.int(node.length + 1))
    : present.length > 0 && r.next() < 0.85
      ? r.pick(present)
      : r.pick(keys);
  const old = (node as Record<string, unknown>)[key];
  switch (r.int(9)) {
    case 0:
      return Array.isArray(node) ? node.splice(Number(key), 1) : Reflect.deleteProperty(node, key);
    case 1:
      return put(node, key, garbage(r));
    case 2:
      return put(node, key, r.pick(numbers));
    case 3:
      return put(node, key, text(r, r.pick([3, 82, 202, 502])));
    case 4:
      if (Array.isArray(node)) return node.push(garbage(r));
      return put(node, r.pick(keys), garbage(r));
    case 5:
      if (typeof old !== 'string' || old.length === 0) return put(node, key, r.pick(words));
      return put(
        node,
        key,
        old.slice(0, r.int(old.length)) + r.pick(pieces) + old.slice(r.int(old.length)),
      );
    case 6: {
      const list = plan.stretches;
      if (Array.isArray(list) && list.length > 0) list.push(structuredClone(r.pick(list)));
      return;
    }
    case 7:
      return put(node, key, r.pick(words));
    default: {
      const list = plan.stretches;
      if (Array.isArray(list))
        list.push({ id: r.pick(ids), [r.pick(['holdSec', 'reps'])]: r.int(40) });
    }
  }
}

const bases = [
  planWith(),
  planWith(['reviewDate', remove], ['settings', remove], ['stretches', [{ id: 'walk-break' }]]),
  planWith(['stretches', ids.slice(0, 8).map((id) => ({ id }))]),
  planWith(['stretches.1', { id: 'clamshell', reps: 12, side: 'left', perDay: 2 }]),
];

const tally = new Map<string, number>();
function judge(reading: PlanReading, input: unknown) {
  if (reading.ok) {
    tally.set('accepted', (tally.get('accepted') ?? 0) + 1);
    if (input !== undefined && !validate(input))
      throw new Error(`schema refuses ${JSON.stringify(input)}`);
    if (!validate(reading.plan)) throw new Error(`schema refuses ${JSON.stringify(reading.plan)}`);
    return;
  }
  expect(reading.problems.length).toBeGreaterThan(0);
  for (const problem of reading.problems) {
    expect(carePlanErrorKeys).toContain(problem.key);
    expect(sentence(problem).length).toBeGreaterThan(0);
    tally.set(problem.key, (tally.get(problem.key) ?? 0) + 1);
  }
}
const summary = () => [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);

describe('mutated plans', () => {
  it('are each refused with worded problems, or accepted and valid against the schema', () => {
    const r = generator(20_261_201);
    const count = 6000;
    tally.clear();
    for (let i = 0; i < count; i++) {
      const plan = structuredClone(r.pick(bases));
      for (let m = 1 + r.int(4); m > 0; m--) mutate(r, plan);
      const reading = checkCarePlan(plan);
      judge(reading, plan);
      // The same plan as a file's text reads the same.
      expect(readCarePlanText(JSON.stringify(plan))).toEqual(reading);
      if (reading.ok) expect(checkCarePlan(reading.plan)).toEqual(reading);
    }
    console.log(`${count} mutated plans: ${summary().join(', ')}`);
    expect(tally.get('accepted')).toBeGreaterThan(count / 20);
    expect(tally.size).toBeGreaterThan(20);
  });
});

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= \n.*é';

async function mutatedCodes(r: Random, count: number): Promise<string[]> {
  const codes = await Promise.all(bases.map((plan) => encodeShareCode(accepted(plan))));
  return Array.from({ length: count }, () => {
    let code = r.pick(codes);
    for (let m = 1 + r.int(3); m > 0; m--) {
      const at = r.int(code.length);
      switch (r.int(5)) {
        case 0:
          code = code.slice(0, at) + r.pick([...alphabet]) + code.slice(at + 1);
          break;
        case 1:
          code = code.slice(0, at) + r.pick([...alphabet]) + code.slice(at);
          break;
        case 2:
          code = code.slice(0, at) + code.slice(at + 1 + r.int(3));
          break;
        case 3:
          code = code.slice(0, at);
          break;
        default:
          code = code.slice(0, at) + code.slice(at - r.int(at), at) + code.slice(at);
      }
    }
    return code;
  });
}

/** Codes a clinic's system might make of a broken plan: the mutated plan's JSON, deflated. */
async function codesOfMutatedPlans(r: Random, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const plan = structuredClone(r.pick(bases));
      for (let m = 1 + r.int(3); m > 0; m--) mutate(r, plan);
      const json = new Blob([JSON.stringify(plan)]).stream();
      const deflated = await new Response(
        json.pipeThrough(new CompressionStream('deflate')),
      ).arrayBuffer();
      return `HC1.${Buffer.from(deflated).toString('base64url')}`;
    }),
  );
}

describe('mutated share codes', () => {
  it('are each refused with worded problems, or read as a plan valid against the schema', async () => {
    const r = generator(42);
    const codes = [...(await mutatedCodes(r, 4000)), ...(await codesOfMutatedPlans(r, 1000))];
    tally.clear();
    for (let i = 0; i < codes.length; i += 250) {
      const batch = codes.slice(i, i + 250);
      const readings = await Promise.all(batch.map((code) => readShareCode(code)));
      for (const reading of readings) judge(reading, undefined);
    }
    console.log(
      `${codes.length} share codes (4000 mutated, 1000 of mutated plans): ${summary().join(', ')}`,
    );
    expect(tally.get('planErrCodeDamaged')).toBeGreaterThan(1000);
    expect(tally.get('accepted')).toBeGreaterThan(50);
  });
});
