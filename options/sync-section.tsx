/**
 * Options → Sync: the server, database, account and optional passphrase (kept in this
 * browser's extension storage only, never in backups), on/off, "Sync now", and the last
 * result with how many records went each way. Turning sync on asks for access to that
 * server's address only (docs/architecture/sync.md).
 */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t, uiLanguage } from '../popup/i18n';
import { SYNC_STATUS_KEY, loadSyncConfig, loadSyncStatus, originPattern, saveSyncConfig, type SyncConfig, type SyncStatus } from '../src/background/sync/sync-config';

/** The sentence of a sync result: when, and what happened. */
export function syncStatusText(status: SyncStatus, lang = uiLanguage()): string {
  const when = new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(status.at);
  if (!status.ok) return t('syncFailedAt', when, t(`syncError${status.code ?? 'Unreachable'}`));
  const counts = t('syncCounts', String(status.sent), String(status.received));
  return `${t('syncDoneAt', when)} ${counts}${status.skipped ? ` ${t('syncSkipped', String(status.skipped))}` : ''}`;
}

export function SyncSection() {
  const [config, setConfig] = useState<SyncConfig | null>(null);
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void loadSyncConfig().then(setConfig);
    void loadSyncStatus().then(setStatus);
    // A sync the background ran by itself (alarm, after a change) updates the line too.
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SYNC_STATUS_KEY in changes) void loadSyncStatus().then(setStatus);
    };
    browser.storage.onChanged?.addListener(listener);
    return () => browser.storage.onChanged?.removeListener(listener);
  }, []);
  if (!config) return null;

  // From the latest state, not this render's: a password manager fills the user and password in
  // one go, and a second change before the re-render would otherwise undo the first.
  const edit = (field: keyof SyncConfig) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value.trim();
    setConfig((current) => (current ? { ...current, [field]: value } : current));
  };

  /** Saves; turning on first asks for the server's origin (from the click, as the browser requires). */
  const save = async (next: SyncConfig): Promise<boolean> => {
    setMessage(null);
    if (next.enabled) {
      const pattern = originPattern(next.url);
      if (!pattern || !next.db) {
        setMessage({ text: t('syncNeedServer'), error: true });
        return false;
      }
      const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
      if (!granted) {
        setMessage({ text: t('syncErrorNoPermission'), error: true });
        return false;
      }
    }
    await saveSyncConfig(next);
    setConfig(next);
    setMessage({ text: t('optionsSaved'), error: false });
    return true;
  };

  const syncNowClick = async () => {
    setBusy(true);
    try {
      // "Sync now" saves what is in the fields and turns sync on (asking for the server's origin) first.
      if (await save({ ...config, enabled: true })) setStatus(await callBackground('ui-bg:sync-now', {}));
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="sync-title" data-section="sync">
      <h2 id="sync-title">{t('syncHeading')}</h2>
      <p class="muted">{t('syncHelp')}</p>
      <label>
        {t('syncServer')}{' '}
        <input type="url" data-sync="url" placeholder="https://couch.example.net:6984" value={config.url} onChange={edit('url')} />
      </label>
      <label>
        {t('syncDatabase')} <input type="text" data-sync="db" placeholder="jianbao" value={config.db} onChange={edit('db')} />
      </label>
      <label>
        {t('syncUser')} <input type="text" data-sync="user" autocomplete="username" value={config.user} onChange={edit('user')} />
      </label>
      <label>
        {t('syncPassword')} <input type="password" data-sync="password" autocomplete="current-password" value={config.password} onChange={edit('password')} />
      </label>
      <label>
        {t('syncPassphrase')}{' '}
        <input type="password" data-sync="passphrase" autocomplete="new-password" value={config.passphrase} onChange={edit('passphrase')} />
        <span class="muted"> {t('syncPassphraseHelp')}</span>
      </label>
      <label>
        <input
          type="checkbox"
          data-sync="enabled"
          checked={config.enabled}
          onChange={(e) => void save({ ...config, enabled: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('syncEnabled')}
      </label>
      <label>
        <input
          type="checkbox"
          data-sync="settings"
          checked={config.settings}
          onChange={(e) => void save({ ...config, settings: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('syncSettings')}
        <span class="muted"> {t('syncSettingsHelp')}</span>
      </label>
      <p>
        <button type="button" data-action="sync-save" onClick={() => void save(config)}>
          {t('syncSave')}
        </button>{' '}
        <button type="button" data-action="sync-now" disabled={busy} onClick={() => void syncNowClick()}>
          {busy ? t('syncRunning') : t('syncNow')}
        </button>
      </p>
      {status && (
        <p data-role="sync-status" role={status.ok ? 'status' : 'alert'} class={status.ok ? 'muted' : 'error'}>
          {syncStatusText(status)}
        </p>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
