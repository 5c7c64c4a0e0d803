// The options page's "Care plan" view: the plan in force, and importing one after a preview.
import { useRef, useState } from 'preact/hooks';
import { type CarePlan, planRelation } from '../../core/care-plan';
import { t } from '../i18n';
import { type CarePlanDeps, extensionDeps } from './care-plan-deps';
import { PlanCard } from './PlanCard';
import { PlanImport, type PlanRead, type Problem } from './PlanImport';
import { PlanPreview } from './PlanPreview';
import { problemText } from './plan-text';
import { useCarePlan } from './use-care-plan';
import './care-plan.css';

type Step =
  | { step: 'idle' }
  | { step: 'preview'; plan: CarePlan; text: string }
  | { step: 'applying'; plan: CarePlan; text: string }
  | { step: 'applied'; clinic: string }
  | { step: 'removed' | 'cancelled' }
  | { step: 'refused'; problems: Problem[] };

/** `deps` is for tests; the options page renders `<CarePlanView />` on the extension itself. */
export function CarePlanView({ deps = extensionDeps }: { deps?: CarePlanDeps }) {
  const state = useCarePlan(deps);
  const [step, setStep] = useState<Step>({ step: 'idle' });
  // A double click on Apply applies once: the second comes before the disabled button renders.
  const applying = useRef(false);
  if (state.status !== 'ready') {
    return (
      <main class="options care-plan">
        <h1>{t('carePlanTitle')}</h1>
        <p class={state.status === 'error' ? 'notice' : 'quiet'} role="status">
          {t(state.status === 'error' ? 'carePlanCannotRead' : 'optionsLoading')}
        </p>
      </main>
    );
  }
  const current = state.inForce?.plan ?? null;

  // An older or the same revision of the plan in force is refused: it would undo the clinic's edit.
  const notNewer = (plan: CarePlan): Step | null =>
    current && planRelation(current, plan) === 'notNewer'
      ? {
          step: 'refused',
          problems: [{ key: 'carePlanNotNewer', params: [plan.revision, current.revision] }],
        }
      : null;

  const read = (result: PlanRead) => {
    if (!result.ok) return setStep({ step: 'refused', problems: result.problems });
    setStep(notNewer(result.plan) ?? { step: 'preview', plan: result.plan, text: result.text });
  };

  const apply = async (plan: CarePlan, text: string) => {
    if (applying.current) return;
    // A newer revision applied in another tab since this preview opened wins.
    const stale = notNewer(plan);
    if (stale) return setStep(stale);
    applying.current = true;
    setStep({ step: 'applying', plan, text });
    const reading = await deps
      .applyPlan(text, deps.now())
      .catch(() => null)
      .finally(() => {
        applying.current = false;
      });
    if (reading?.ok) setStep({ step: 'applied', clinic: reading.plan.clinic.name });
    else setStep({ step: 'refused', problems: reading?.ok === false ? reading.problems : [] });
  };

  const previewing = step.step === 'preview' || step.step === 'applying';
  return (
    <main class="options care-plan">
      <h1>{t('carePlanTitle')}</h1>
      <p>{t('carePlanIntro')}</p>
      {state.inForce ? (
        <PlanCard
          inForce={state.inForce}
          personal={state.personal}
          now={deps.now()}
          onRemove={async () => {
            await deps.removePlan();
            setStep({ step: 'removed' });
          }}
        />
      ) : (
        <p data-plan="none">{t('carePlanNone')}</p>
      )}
      <PlanImport onRead={read} busy={step.step === 'applying'} />
      {previewing && (
        <PlanPreview
          next={step.plan}
          current={current}
          personal={state.personal}
          applying={step.step === 'applying'}
          onApply={() => void apply(step.plan, step.text)}
          onCancel={() => setStep({ step: 'cancelled' })}
        />
      )}
      <p role="status">{statusText(step)}</p>
      <div role="alert" class="field-error">
        {step.step === 'refused' && <Refusal problems={step.problems} />}
      </div>
    </main>
  );
}

function Refusal({ problems }: { problems: Problem[] }) {
  return (
    <>
      <p>{t('carePlanRefused')}</p>
      {problems.length > 0 && (
        <ul data-list="plan-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function statusText(step: Step): string {
  switch (step.step) {
    case 'applied':
      return t('carePlanApplied', step.clinic);
    case 'removed':
      return t('carePlanRemoved');
    case 'cancelled':
      return t('carePlanUnchanged');
    default:
      return '';
  }
}
