// Export: the prompts as CSV for a spreadsheet, or everything as a JSON backup to restore later.
import { useState } from 'preact/hooks';
import { dayKey } from '../../core/days';
import { exportAll, exportPromptsCsv } from '../../storage/data';
import type { LogDb } from '../../storage/db';
import { t } from '../i18n';
import type { DataPageDeps } from './data-deps';

type Kind = 'csv' | 'json';

export function ExportSection({ db, deps }: { db: LogDb; deps: DataPageDeps }) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');

  const exportAs = async (kind: Kind) => {
    setBusy(true);
    setSaid('');
    const now = deps.now();
    try {
      // Dated names, so exports made on different days sit side by side in the downloads.
      if (kind === 'csv') {
        const name = `hip-check-prompts-${dayKey(now)}.csv`;
        deps.saveFile(name, 'text/csv', await exportPromptsCsv(db));
        setSaid(t('dataExported', name));
      } else {
        const name = `hip-check-backup-${dayKey(now)}.json`;
        const [settings, carePlan] = await Promise.all([deps.loadSettings(), deps.loadCarePlan()]);
        const backup = await exportAll(db, now, settings, carePlan);
        deps.saveFile(name, 'application/json', JSON.stringify(backup));
        setSaid(t('dataExported', name));
      }
    } catch (error) {
      console.warn('Hip Check could not export its log', error);
      setSaid(t('dataExportFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-export">
      <h2 id="data-export">{t('dataExportHeading')}</h2>
      <p>{t('dataExportIntro')}</p>
      <div class="actions">
        <button
          type="button"
          data-command="export-csv"
          disabled={busy}
          onClick={() => void exportAs('csv')}
        >
          {t('dataExportCsv')}
        </button>
        <button
          type="button"
          data-command="export-json"
          disabled={busy}
          onClick={() => void exportAs('json')}
        >
          {t('dataExportJson')}
        </button>
      </div>
      <p role="status">{said}</p>
    </section>
  );
}
