// Care plan test helpers: the docs' example plan, edits to it by path, a problem's English sentence.
import { type CarePlan, checkCarePlan, type PlanProblem } from '../../../core/care-plan';
import example from '../../../docs/care-plan.example.json';
import enMessages from '../../../public/_locales/en/messages.json';

export const examplePlan: Readonly<Record<string, unknown>> = example;

/** As an edit's value: take the key out instead of setting it. */
export const remove = Symbol('remove');

/** A dotted path into the plan ("stretches.0.holdSec") and the value it gets. */
export type Edit = [path: string, value: unknown];

/** A fresh copy of the example plan with the edits made. */
export function planWith(...edits: Edit[]): Record<string, unknown> {
  const plan = structuredClone(example) as Record<string, unknown>;
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = plan;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === remove) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return plan;
}

/** A table row: what it is, the path edited, its value, and the one problem it gives or 'ok'. */
export type Row = [what: string, path: string, value: unknown, expected: PlanProblem | 'ok'];

/** The plan the checks give back, or a failed test that names the problems. */
export function accepted(value: unknown): CarePlan {
  const reading = checkCarePlan(value);
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problems)}`);
  return reading.plan;
}

export const problem = (key: PlanProblem['key'], ...params: (string | number)[]): PlanProblem => ({
  key,
  params,
});

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const en = enMessages as Record<string, LocaleEntry>;

/**
 * The sentence the page shows, made as the browser's getMessage does ($NAME$ → $1 → the value).
 * Throws when the key has no English message, or when the params and the placeholders disagree.
 */
export function sentence({ key, params }: PlanProblem): string {
  const entry = en[key];
  if (!entry) throw new Error(`${key} has no English message`);
  const placeholders = entry.placeholders ?? {};
  if (Object.keys(placeholders).length !== params.length) {
    throw new Error(
      `${key} takes ${Object.keys(placeholders).length} values, got ${params.length}`,
    );
  }
  return entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content;
    const index = /^\$(\d)$/.exec(content ?? '')?.[1];
    if (index === undefined) throw new Error(`${key}: no placeholder ${name}`);
    return String(params[Number(index) - 1]);
  });
}

export const letters = (count: number) => 'a'.repeat(count);
