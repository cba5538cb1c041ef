/**
 * Sync in the popup: the last sync's error, plainly (the badge shows "!" meanwhile), and a
 * note that was changed in two browsers at once, with both versions to choose from.
 */
import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../src/background/db/database';
import { noteConflicts } from '../src/background/db/sync-queries';
import { loadSyncConfig, loadSyncStatus, type SyncStatus } from '../src/background/sync/sync-config';
import { callBackground } from './background-call';
import { errorText } from './error-text';
import { t } from './i18n';
import type { Notify } from './notice';

/** "Sync failed: …" when sync is on and its last run failed; nothing otherwise. */
export function SyncErrorLine() {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  useEffect(() => {
    void Promise.all([loadSyncConfig(), loadSyncStatus()]).then(([config, last]) => setStatus(config.enabled ? last : undefined), () => undefined);
  }, []);
  if (!status || status.ok) return null;
  return (
    <p class="error sync-error" role="alert" data-role="sync-error">
      {t('popupSyncError', t(`syncError${status.code ?? 'Unreachable'}`))}
    </p>
  );
}

/** The other versions of a highlight's note, each with "use it"; "keep this note" ends the conflict too. */
export function NoteConflict({ id, note, notify, onChanged }: { id: string; note: string; notify: Notify; onChanged: () => void }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    void noteConflicts(openDb(), [id]).then((found) => setOthers(found.get(id) ?? []), () => setOthers([]));
  }, [id, note]);
  if (!others.length) return null;
  const choose = async (text: string) => {
    try {
      await callBackground('ui-bg:resolve-note-conflict', { id, note: text });
      setOthers([]);
      onChanged();
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  };
  return (
    <div class="note-conflict" role="group" aria-label={t('popupNoteConflict')} data-role="note-conflict">
      <p>{t('popupNoteConflict')}</p>
      {others.map((text, i) => (
        <div key={i}>
          <blockquote>{text}</blockquote>
          <button type="button" data-action="use-other-note" onClick={() => void choose(text)}>
            {t('popupUseOtherNote')}
          </button>
        </div>
      ))}
      <button type="button" data-action="keep-note" onClick={() => void choose(note)}>
        {t('popupKeepThisNote')}
      </button>
    </div>
  );
}
