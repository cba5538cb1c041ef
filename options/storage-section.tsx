/** How much Jianbao stores, and "Delete everything" behind an explicit confirmation. */
import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../src/background/db/database';
import { countAllArticles, countAllHighlights } from '../src/background/db/queries';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
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

/** Counts and size; the delete button first asks, naming what will be lost. */
export function StorageSection({ refreshKey }: { refreshKey: number }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    readUsage().then(setUsage, (error: unknown) => setMessage({ text: errorText(error), error: true }));
  }, [version, refreshKey]);

  const deleteAll = async () => {
    setConfirming(false);
    try {
      const removed = await callBackground('ui-bg:delete-everything', { confirm: true });
      setMessage({ text: t('optionsDeleted', String(removed.highlights), String(removed.articles)), error: false });
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
        <button type="button" class="danger" data-action="delete-everything" onClick={() => setConfirming(true)}>
          {t('optionsDeleteEverything')}
        </button>
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
