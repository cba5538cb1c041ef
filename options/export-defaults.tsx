/** The default export format (preselected in the popup) and the citation style. */
import { EXPORT_FORMAT_IDS } from '../src/core/export/export-formats';
import { BUNDLED_STYLES } from '../src/core/citation/bundled-styles';
import type { Settings } from '../src/core/model';
import { formatLabel } from '../popup/export-bar';
import { t } from '../popup/i18n';

/** Two labelled selects. */
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
      <label>
        {t('optionsCitationStyle')}
        <select data-setting="citationStyle" value={settings.citationStyle} onChange={(e) => onChange({ ...settings, citationStyle: (e.target as HTMLSelectElement).value })}>
          {BUNDLED_STYLES.map((style) => (
            <option key={style.id} value={style.id}>
              {t(`citationStyle_${style.id.replace(/-/g, '_')}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
