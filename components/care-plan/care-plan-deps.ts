// What the care plan view needs from the extension, as one object, so tests hand in fakes.
import type { PlanReading } from '../../core/care-plan';
import type { Settings } from '../../core/settings';
import {
  applyCarePlan,
  loadCarePlan,
  type PlanInForce,
  removeCarePlan,
  watchCarePlan,
} from '../../storage/care-plan-store';
import { loadSettings, watchSettings } from '../../storage/settings-store';

export interface CarePlanDeps {
  loadPlan: () => Promise<PlanInForce | null>;
  watchPlan: (onChange: (next: PlanInForce | null) => void) => () => void;
  /** Checks the text again and stores it only if it passes (storage/care-plan-store.ts). */
  applyPlan: (text: string, at: number) => Promise<PlanReading>;
  removePlan: () => Promise<void>;
  /** The personal settings: what a plan lies over, and what comes back when it goes. */
  loadSettings: () => Promise<Settings>;
  watchSettings: (onChange: (next: Settings) => void) => () => void;
  now: () => number;
}

export const extensionDeps: CarePlanDeps = {
  loadPlan: loadCarePlan,
  watchPlan: watchCarePlan,
  applyPlan: applyCarePlan,
  removePlan: removeCarePlan,
  loadSettings,
  watchSettings,
  now: () => Date.now(),
};
