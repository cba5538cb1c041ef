/**
 * Backup (everything + settings, the 'backup' export format) and restore: the file is checked
 * here first (parseImportFile, for a quick, precise message), then sent to the background,
 * which validates it again and writes it in one transaction.
 */
import { useState } from 'preact/hooks';
import { parseImportFile } from '../src/core/import/parse-import-file';
import type { Settings } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { allArticles, allHighlights } from '../src/background/db/queries';
import type { ImportReport } from '../src/messages';
import { callBackground } from '../popup/background-call';
import { exportBundle } from '../popup/export-files';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';

/** A chosen file's text (FileReader: available in every browser we support and in test DOMs). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** The sentence shown after a restore: what was added, updated and left as it was. */
function reportText(report: ImportReport): string {
  const h = report.highlights;
  const a = report.articles;
  const parts = [t('optionsRestored', String(h.added), String(h.updated), String(h.unchanged), String(a.added + a.updated))];
  if (report.settingsRestored) parts.push(t('optionsSettingsRestored'));
  if (report.warnings.length) parts.push(t('optionsImportWarnings', String(report.warnings.length)));
  return parts.join(' ');
}

interface Props {
  settings: Settings;
  /** After a restore: settings may have changed and counts did. */
  onRestored: () => void;
}

/** Two actions with one status line between them. */
export function BackupSection({ settings, onRestored }: Props) {
  const [status, setStatus] = useState<{ text: string; error: boolean; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const backup = async () => {
    setBusy(true);
    try {
      const db = openDb();
      const [highlights, articles] = await Promise.all([allHighlights(db), allArticles(db)]);
      const [filename] = exportBundle('backup', { highlights, articles, settings, exportedAt: new Date() });
      setStatus({ text: t('optionsBackedUp', String(highlights.length), filename), error: false });
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const text = await readText(file);
      const checked = parseImportFile(text);
      if (!checked.ok) {
        // The validator's sentence says what is wrong and where; the code's sentence says what it means.
        setStatus({ text: t(`error${checked.error.code}`), detail: checked.error.detail, error: true });
        return;
      }
      const report = await callBackground('ui-bg:import-file', { text });
      setStatus({ text: reportText(report), error: false });
      onRestored();
    } catch (error) {
      setStatus({ text: errorText(error), detail: (error as { detail?: string }).detail, error: true });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackup')}</h2>
      <p class="muted">{t('optionsBackupHelp')}</p>
      <div class="row">
        <button type="button" data-action="backup" disabled={busy} onClick={() => void backup()}>
          {t('optionsBackupButton')}
        </button>
        <label class="file-button">
          {t('optionsRestoreButton')}
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" data-action="restore" disabled={busy} onChange={(e) => void restore(e.target as HTMLInputElement)} />
        </label>
      </div>
      {status && (
        <div role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'ok'} data-role="restore-status">
          <p>{status.text}</p>
          {status.detail && <p class="muted small">{status.detail}</p>}
        </div>
      )}
    </section>
  );
}
