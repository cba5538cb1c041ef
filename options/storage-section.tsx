/** How much Jianbao stores, and "Delete everything" behind an explicit confirmation. */
import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../src/background/db/database';
import { countAllArticles, countAllHighlights } from '../src/background/db/queries';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { isUsable, loadSyncConfig } from '../src/background/sync/sync-config';
import { ClippingStorage } from './clipping-storage';
import { formatBytes } from './format-bytes';

interface Usage {
  highlights: number;
  articles: number;
  /** Bytes the browser reports for this extension's origin, when it says. */
  bytes?: number;
}

async function readUsage(): Promise<Usage> {
  const db = openDb();
  const [highlights, articles, estimate] = await Promise.all([
    countAllHighlights(db),
    countAllArticles(db),
    navigator.storage?.estimate?.().catch(() => undefined),
  ]);
  return { highlights, articles, bytes: estimate?.usage };
}

type Scope = 'here' | 'everywhere';

/**
 * Counts and size; the delete button first asks, naming what will be lost. With sync on it asks
 * where: in this browser only (sync goes off here, the server and the other browsers keep
 * everything) or everywhere (the next sync deletes on the server and in every syncing browser).
 */
export function StorageSection({ refreshKey }: { refreshKey: number }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [syncOn, setSyncOn] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    readUsage().then(setUsage, (error: unknown) => setMessage({ text: errorText(error), error: true }));
  }, [version, refreshKey]);

  const ask = async () => {
    // Read when asked, not when the page opened: sync may have been turned on since.
    setSyncOn(await loadSyncConfig().then(isUsable, () => false));
    setConfirming(true);
  };

  const deleteAll = async (scope?: Scope) => {
    setConfirming(false);
    try {
      const removed = await callBackground('ui-bg:delete-everything', scope ? { confirm: true, scope } : { confirm: true });
      const key = scope === 'here' ? 'optionsDeletedHere' : scope === 'everywhere' ? 'optionsDeletedEverywhere' : 'optionsDeleted';
      setMessage({ text: t(key, String(removed.highlights), String(removed.articles)), error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
    setVersion((v) => v + 1);
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('optionsStorage')}</h2>
      <p data-role="usage">
        {usage
          ? t('optionsUsage', usage.highlights.toLocaleString(), usage.articles.toLocaleString()) +
            (usage.bytes !== undefined ? ` ${t('optionsUsageBytes', formatBytes(usage.bytes))}` : '')
          : t('popupLoading')}
      </p>
      <ClippingStorage refreshKey={refreshKey + version} onChanged={() => setVersion((v) => v + 1)} />
      {!confirming ? (
        <button type="button" class="danger" data-action="delete-everything" onClick={() => void ask()}>
          {t('optionsDeleteEverything')}
        </button>
      ) : syncOn ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('optionsDeleteConfirmSync', String(usage?.highlights ?? 0), String(usage?.articles ?? 0))}</p>
          <button type="button" class="danger" data-action="confirm-delete-here" onClick={() => void deleteAll('here')}>
            {t('optionsDeleteHereOnly')}
          </button>{' '}
          <button type="button" class="danger" data-action="confirm-delete-everywhere" onClick={() => void deleteAll('everywhere')}>
            {t('optionsDeleteEverywhere')}
          </button>{' '}
          <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('optionsDeleteConfirm', String(usage?.highlights ?? 0), String(usage?.articles ?? 0))}</p>
          <button type="button" class="danger" data-action="confirm-delete" onClick={() => void deleteAll()}>
            {t('optionsDeleteConfirmButton')}
          </button>{' '}
          <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
