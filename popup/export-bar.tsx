/**
 * The export picker: a format from EXPORT_FORMATS (the reader's default preselected) and an
 * Export button for the scope the view passes in (this page, the current result, everything).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ExportBundle } from '../src/core/export/export-bundle';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../src/core/export/export-formats';
import type { Settings } from '../src/core/model';
import { fallbackSentence } from '../src/core/citation/style-fallback';
import { errorText } from './error-text';
import { exportBundle, isExportFormatId } from './export-files';
import { t } from './i18n';
import type { Notify } from './notice';

interface Props {
  settings: Settings;
  /** Reads the records of the scope only when the reader clicks Export. */
  collect: () => Promise<ExportBundle>;
  disabled: boolean;
  label: string;
  notify: Notify;
}

/** Format names come from _locales (exportFormat_<id>, with - as _). */
export function formatLabel(id: ExportFormatId): string {
  return t(`exportFormat_${id.replace(/-/g, '_')}`);
}

/** Format select + Export button; the button's data-action names the format (export-markdown…). */
export function ExportBar({ settings, collect, disabled, label, notify }: Props) {
  const initial = isExportFormatId(settings.exportFormat) ? settings.exportFormat : 'markdown';
  const [format, setFormat] = useState<ExportFormatId>(initial);
  const [busy, setBusy] = useState(false);
  // Settings arrive after the first render; follow them until the reader picks something.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setFormat(initial);
  }, [initial, touched]);

  const run = async () => {
    setBusy(true);
    try {
      const bundle = await collect();
      const { names, fallback } = await exportBundle(format, { ...bundle, settings });
      const exported = t('popupExported', String(bundle.highlights.length), names.join(', '));
      notify({ kind: 'info', text: fallback ? `${exported} ${fallbackSentence(fallback, t)}` : exported });
    } catch (error) {
      notify({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="toolbar export-bar">
      <select
        aria-label={t('popupExportFormat')}
        data-role="export-format"
        value={format}
        onChange={(e) => {
          setTouched(true);
          setFormat((e.target as HTMLSelectElement).value as ExportFormatId);
        }}
      >
        {EXPORT_FORMAT_IDS.map((id) => (
          <option key={id} value={id}>
            {formatLabel(id)}
          </option>
        ))}
      </select>
      <button type="button" class="primary" data-action={`export-${format}`} disabled={disabled || busy} onClick={() => void run()}>
        {label}
      </button>
    </div>
  );
}
