// Shown in place of a routine whose prompt was answered somewhere else: nothing here counts twice.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from './i18n';

export function AlreadyRecorded({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The screen changed under the user: a screen reader should hear why.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="routine" data-screen="already-recorded">
      <h1 ref={heading} tabIndex={-1}>
        {t('routineAlreadyRecorded')}
      </h1>
      <p>{t('routineAlreadyRecordedBody')}</p>
      <div class="actions">
        <button type="button" class="primary" data-command="close" onClick={onClose}>
          {t('routineClose')}
        </button>
      </div>
    </section>
  );
}
