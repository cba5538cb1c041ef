/** The default export format (preselected in the popup); the citation style has its own section. */
import { EXPORT_FORMAT_IDS } from '../src/core/export/export-formats';
import type { Settings } from '../src/core/model';
import { formatLabel } from '../popup/export-bar';
import { t } from '../popup/i18n';

/** One labelled select. */
export function ExportDefaults({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('optionsExport')}</h2>
      <label>
        {t('optionsExportFormat')}
        <select data-setting="exportFormat" value={settings.exportFormat} onChange={(e) => onChange({ ...settings, exportFormat: (e.target as HTMLSelectElement).value })}>
          {EXPORT_FORMAT_IDS.map((id) => (
            <option key={id} value={id}>
              {formatLabel(id)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
