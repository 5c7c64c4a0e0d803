// The care plan in force: kept as the file was given, read back through the same checks as an import.
// Pages apply and remove it (as they save settings); the background follows it with the settings.
import { type CarePlan, type PlanReading, readCarePlanText } from '../core/care-plan';
import { isRecord } from '../core/is-record';
import { carePlanItem } from './items';

/** What storage holds: the file's text as given, and when it was applied. */
export interface StoredCarePlan {
  text: string;
  appliedAt: number;
}

export interface PlanInForce extends StoredCarePlan {
  plan: CarePlan;
}

/**
 * The plan in force, or null. A stored plan this version no longer accepts (a stretch dropped
 * from the catalogue, say) counts as none rather than as half a plan; the text stays stored.
 */
export function readPlanInForce(stored: unknown): PlanInForce | null {
  if (!isRecord(stored)) return null;
  const { text, appliedAt } = stored;
  if (typeof text !== 'string' || typeof appliedAt !== 'number') return null;
  const reading = readCarePlanText(text);
  return reading.ok ? { text, appliedAt, plan: reading.plan } : null;
}

export async function loadCarePlan(): Promise<PlanInForce | null> {
  return readPlanInForce(await carePlanItem.getValue());
}

/**
 * Checks `text` again and stores it only if it passes, so nothing a caller forgot to check can
 * reach the engine; a refusal leaves storage exactly as it was.
 */
export async function applyCarePlan(text: string, at: number): Promise<PlanReading> {
  const reading = readCarePlanText(text);
  if (reading.ok) await carePlanItem.setValue({ text, appliedAt: at } satisfies StoredCarePlan);
  return reading;
}

/** The plan in force as stored (its text as given), for a backup; null for none. */
export async function loadStoredCarePlan(): Promise<StoredCarePlan | null> {
  const care = await loadCarePlan();
  return care ? { text: care.text, appliedAt: care.appliedAt } : null;
}

/** Puts a backup's plan in force as it was (checked by core/backup.ts), or none. */
export async function restoreCarePlan(stored: StoredCarePlan | null): Promise<void> {
  await carePlanItem.setValue(stored ? { text: stored.text, appliedAt: stored.appliedAt } : null);
}

/** The personal settings were never changed by the plan: removing it is all it takes. */
export async function removeCarePlan(): Promise<void> {
  await carePlanItem.setValue(null);
}

export function watchCarePlan(
  onChange: (next: PlanInForce | null, previous: PlanInForce | null) => void,
): () => void {
  return carePlanItem.watch((next, previous) =>
    onChange(readPlanInForce(next), readPlanInForce(previous)),
  );
}
