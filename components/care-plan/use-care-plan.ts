// The plan in force and the personal settings, read once and followed, for the care plan view.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { PlanInForce } from '../../storage/care-plan-store';
import type { CarePlanDeps } from './care-plan-deps';

export type CarePlanState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; inForce: PlanInForce | null; personal: Settings };

export function useCarePlan(deps: CarePlanDeps): CarePlanState {
  const [state, setState] = useState<CarePlanState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const patch = (next: Partial<{ inForce: PlanInForce | null; personal: Settings }>) =>
      live && setState((old) => (old.status === 'ready' ? { ...old, ...next } : old));
    // Changes made in another tab, or by a restored backup, show here at once.
    const unwatch = [
      deps.watchPlan((inForce) => patch({ inForce })),
      deps.watchSettings((personal) => patch({ personal })),
    ];
    Promise.all([deps.loadPlan(), deps.loadSettings()]).then(
      ([inForce, personal]) => live && setState({ status: 'ready', inForce, personal }),
      (error) => {
        console.warn('Hip Check could not read its care plan', error);
        if (live) setState({ status: 'error' });
      },
    );
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, [deps]);
  return state;
}
