// The options page's "Your data" view: what the log holds, export, restore, erase and retention.
import { useEffect, useMemo } from 'preact/hooks';
import type { LogDb } from '../../storage/db';
import { t } from '../i18n';
import { CountList, formatDate } from './CountList';
import { type DataPageDeps, extensionDeps } from './data-deps';
import { EraseSection } from './EraseSection';
import { ExportSection } from './ExportSection';
import { RestoreSection } from './RestoreSection';
import { RetentionSection } from './RetentionSection';
import { useLogCounts } from './use-log-counts';
import './data.css';

/** `deps` is for tests; the options page renders `<DataPage />` on the extension itself. */
export function DataPage({ deps = extensionDeps }: { deps?: DataPageDeps }) {
  const db = useMemo(() => openOrNull(deps), [deps]);
  useEffect(() => () => db?.close(), [db]);
  const log = useLogCounts(db);

  return (
    <main class="options data">
      <h1>{t('dataTitle')}</h1>
      <p>{t('dataIntro')}</p>
      {log.status === 'loading' && <p class="quiet">{t('dataLoading')}</p>}
      {log.status === 'error' && (
        <p class="notice" role="alert">
          {t('dataCannotOpen')}
        </p>
      )}
      {log.status === 'ready' && db && (
        <>
          <section aria-labelledby="data-now">
            <h2 id="data-now">{t('dataNowHeading')}</h2>
            <CountList counts={log.counts} />
            <p class="quiet">
              {log.counts.from === null
                ? t('dataNowEmpty')
                : t('dataNowSince', formatDate(log.counts.from))}
            </p>
          </section>
          <ExportSection db={db} deps={deps} />
          <RestoreSection deps={deps} />
          <EraseSection counts={log.counts} deps={deps} />
        </>
      )}
      <RetentionSection deps={deps} db={db} />
    </main>
  );
}

/** Dexie opens lazily and reports most failures on the first read; a few throw at once. */
function openOrNull(deps: DataPageDeps): LogDb | null {
  try {
    return deps.openDb();
  } catch (error) {
    console.warn('Hip Check could not open its log', error);
    return null;
  }
}
