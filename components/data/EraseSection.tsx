// Erase everything: asks first, naming what will be lost, then has the background delete the log.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { CountList, type Counts } from './CountList';
import type { DataPageDeps } from './data-deps';
import { refusalText } from './reply-text';

type Step =
  | { step: 'idle' | 'confirm' | 'erasing' | 'erased' | 'kept' }
  | { step: 'refused'; error: string; params: string[] };

export function EraseSection({ counts, deps }: { counts: Counts; deps: DataPageDeps }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus: a stray Enter keeps the data.
  useLayoutEffect(() => {
    if (state.step === 'confirm') keep.current?.focus();
  }, [state.step]);

  const erase = async () => {
    setState({ step: 'erasing' });
    const reply = await deps
      .send({ type: 'eraseLog' })
      .catch(() => ({ ok: false as const, error: 'dataErrNoAnswer', params: [] }));
    setState(reply.ok ? { step: 'erased' } : { step: 'refused', ...reply });
  };

  return (
    <section aria-labelledby="data-erase">
      <h2 id="data-erase">{t('dataEraseHeading')}</h2>
      <p>{t('dataEraseIntro')}</p>
      {state.step === 'confirm' ? (
        <fieldset class="confirm">
          <legend>{t('dataEraseQuestion')}</legend>
          <p>{t('dataEraseLoses')}</p>
          <CountList counts={counts} />
          <p class="warning">{t('dataEraseFinal')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-command="erase-confirm"
              onClick={() => void erase()}
            >
              {t('dataEraseConfirm')}
            </button>
            <button type="button" ref={keep} onClick={() => setState({ step: 'kept' })}>
              {t('dataEraseKeep')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          data-command="erase"
          disabled={state.step === 'erasing'}
          onClick={() => setState({ step: 'confirm' })}
        >
          {t('dataEraseStart')}
        </button>
      )}
      <p role="status">
        {state.step === 'erasing'
          ? t('dataErasing')
          : state.step === 'erased'
            ? t('dataErased')
            : state.step === 'kept'
              ? t('dataEraseKept')
              : ''}
      </p>
      <p role="alert" class="field-error">
        {state.step === 'refused' && refusalText(state.error, state.params)}
      </p>
    </section>
  );
}
