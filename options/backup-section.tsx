/**
 * Backup (everything + settings) and restore, both done here in the options page, which has the
 * database's origin: a backup is streamed from the database into a file (backup-file.ts), and a
 * restore reads the chosen file a slice at a time, validates every record, then writes them in
 * one transaction (restore-file.ts), with a progress bar for both phases, then indexes them for
 * search in a second pass with a progress bar of its own. Nothing large goes through runtime
 * messaging.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../src/core/model';
import { fileNameFor } from '../src/core/export/export-formats';
import { openDb } from '../src/background/db/database';
import type { ImportReport } from '../src/messages';
import { downloadBlob } from '../popup/download';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { backupFile } from './backup-file';
import { indexRestored, restoreFile, type RestoreProgress } from './restore-file';

/** The sentence shown after a restore: what was added, updated and left as it was. */
function reportText(report: ImportReport): string {
  const h = report.highlights;
  const a = report.articles;
  const parts = [t('optionsRestored', String(h.added), String(h.updated), String(h.unchanged), String(a.added + a.updated))];
  const c = report.clippings;
  if (c && c.added + c.updated + c.unchanged > 0) parts.push(t('optionsClippingsRestored', String(c.added), String(c.updated), String(c.unchanged)));
  if (report.settingsRestored) parts.push(t('optionsSettingsRestored'));
  if (report.warnings.length) parts.push(t('optionsImportWarnings', String(report.warnings.length)));
  return parts.join(' ');
}

interface Props {
  settings: Settings;
  /** After a restore: settings may have changed and counts did. */
  onRestored: () => void;
}

/** Two actions, a progress bar while one runs, and one status line. */
export function BackupSection({ settings, onRestored }: Props) {
  const [status, setStatus] = useState<{ text: string; error: boolean; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  // The restore's second pass (search index): null when idle, else 0–1; 'done' after a pass that ran here.
  const [indexing, setIndexing] = useState<number | 'done' | null>(null);

  const runIndex = async () => {
    let ran = false;
    try {
      const indexed = await indexRestored((fraction) => {
        ran = true;
        setIndexing(fraction);
      });
      setIndexing(ran || indexed ? 'done' : null);
    } catch {
      // Left in the backlog: the background (at its next start) or this page (next time) goes on.
      setIndexing(null);
    }
  };

  // A pass cut off earlier (this page closed during it) goes on when the page opens again.
  useEffect(() => {
    void runIndex();
  }, []);

  const backup = async () => {
    setBusy(true);
    try {
      const exportedAt = new Date();
      const file = await backupFile(openDb(), settings, exportedAt);
      const filename = fileNameFor('backup', exportedAt);
      downloadBlob(filename, file.blob);
      const saved = t('optionsBackedUp', String(file.highlights), filename);
      const text = file.clippings ? `${saved} ${t('optionsBackedUpClippings', String(file.clippings), String(file.images))}` : saved;
      setStatus({ text: file.skipped ? `${text} ${t('popupSkippedRecords', String(file.skipped))}` : text, error: false });
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
    setStatus(null);
    setProgress({ phase: 'reading', fraction: 0 });
    try {
      const report = await restoreFile(file, setProgress);
      setStatus({ text: reportText(report), error: false });
      onRestored();
      void runIndex();
    } catch (error) {
      // The validator's sentence says what is wrong and where; the code's sentence says what it means.
      setStatus({ text: errorText(error), detail: (error as { detail?: string }).detail, error: true });
    } finally {
      setBusy(false);
      setProgress(null);
      input.value = '';
    }
  };

  const percent = progress ? Math.floor(progress.fraction * 100) : 0;
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
      {progress && (
        <div class="restore-progress" data-role="restore-progress" data-phase={progress.phase}>
          <label>
            {t(progress.phase === 'reading' ? 'optionsRestoreReading' : 'optionsRestoreWriting', String(percent))}
            <progress max={100} value={percent} />
          </label>
        </div>
      )}
      {indexing !== null && (
        <div class="restore-progress" data-role="search-index" data-state={indexing === 'done' ? 'done' : 'indexing'}>
          {indexing === 'done' ? (
            <p>{t('optionsSearchIndexed')}</p>
          ) : (
            <label>
              {t('optionsSearchIndexing', String(Math.floor(indexing * 100)))}
              <progress max={100} value={Math.floor(indexing * 100)} />
            </label>
          )}
        </div>
      )}
      {status && (
        <div role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'ok'} data-role="restore-status">
          <p>{status.text}</p>
          {status.detail && <p class="muted small">{status.detail}</p>}
        </div>
      )}
    </section>
  );
}
