/**
 * The clipping book's share of storage: clippings, images and image bytes per paper, and a way
 * to free room by dropping the images of old clippings (of every paper or one); their text,
 * notes and highlights stay (clipping-service dropOldImages).
 */
import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../src/background/db/database';
import { clippingStorageByPaper } from '../src/background/db/clipping-queries';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { formatBytes } from './format-bytes';

type PaperUse = Awaited<ReturnType<typeof clippingStorageByPaper>>[number];

/** A year before today (local calendar day), the default "older than". */
function aYearAgo(now = new Date()): string {
  const d = new Date(now.getFullYear() - 1, now.getMonth(), now.getDate());
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** '' in the paper menu = every paper; a paperless clipping's paper is NO_PAPER. */
const ALL = '';
const NO_PAPER = '\u0000';

export function ClippingStorage({ refreshKey, onChanged }: { refreshKey: number; onChanged: () => void }) {
  const [papers, setPapers] = useState<PaperUse[] | null>(null);
  const [before, setBefore] = useState(aYearAgo);
  const [paper, setPaper] = useState(ALL);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    clippingStorageByPaper(openDb()).then(setPapers, (error: unknown) => setMessage({ text: errorText(error), error: true }));
  }, [version, refreshKey]);

  if (!papers) return <p class="muted">{t('popupLoading')}</p>;
  if (papers.length === 0) return <p class="muted" data-role="clipping-storage">{t('optionsClippingsNone')}</p>;
  const total = papers.reduce((sum, p) => ({ clippings: sum.clippings + p.clippings, images: sum.images + p.images, bytes: sum.bytes + p.bytes }), { clippings: 0, images: 0, bytes: 0 });
  const paperName = (p: string) => p || t('bookNoPaper');

  const drop = async () => {
    setConfirming(false);
    try {
      const publication = paper === ALL ? undefined : paper === NO_PAPER ? '' : paper;
      const dropped = await callBackground('ui-bg:drop-clipping-images', { before, ...(publication !== undefined ? { publication } : {}) });
      setMessage({ text: t('optionsImagesDropped', String(dropped.clippings), formatBytes(dropped.bytes)), error: false });
      onChanged();
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
    setVersion((v) => v + 1);
  };

  return (
    <div class="clipping-storage" data-role="clipping-storage">
      <h3>{t('optionsClippingStorage')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optionsPaper')}</th>
            <th scope="col">{t('optionsClippingCount')}</th>
            <th scope="col">{t('optionsImageCount')}</th>
            <th scope="col">{t('optionsImageBytes')}</th>
          </tr>
        </thead>
        <tbody>
          {papers.map((p) => (
            <tr key={p.paper} data-paper={p.paper}>
              <th scope="row">{paperName(p.paper)}</th>
              <td>{p.clippings.toLocaleString()}</td>
              <td>{p.images.toLocaleString()}</td>
              <td>{formatBytes(p.bytes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-role="clipping-total">
            <th scope="row">{t('optionsTotal')}</th>
            <td>{total.clippings.toLocaleString()}</td>
            <td>{total.images.toLocaleString()}</td>
            <td>{formatBytes(total.bytes)}</td>
          </tr>
        </tfoot>
      </table>
      <div class="drop-images">
        <label>
          {t('optionsDropBefore')}{' '}
          <input type="date" data-role="drop-before" value={before} required onChange={(e) => setBefore((e.target as HTMLInputElement).value || aYearAgo())} />
        </label>{' '}
        <label>
          {t('optionsDropPaper')}{' '}
          <select data-role="drop-paper" value={paper} onChange={(e) => setPaper((e.target as HTMLSelectElement).value)}>
            <option value={ALL}>{t('optionsAllPapers')}</option>
            {papers.map((p) => (
              <option key={p.paper} value={p.paper || NO_PAPER}>
                {paperName(p.paper)}
              </option>
            ))}
          </select>
        </label>{' '}
        {!confirming ? (
          <button type="button" data-action="drop-images" disabled={total.images === 0} onClick={() => setConfirming(true)}>
            {t('optionsDropImages')}
          </button>
        ) : (
          <span class="confirm" role="alertdialog" aria-labelledby="drop-confirm-text">
            <span id="drop-confirm-text">{t('optionsDropConfirm', paper === ALL ? t('optionsAllPapers') : paperName(paper === NO_PAPER ? '' : paper), before)}</span>{' '}
            <button type="button" class="danger" data-action="confirm-drop" onClick={() => void drop()}>
              {t('optionsDropImages')}
            </button>{' '}
            <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        )}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-role="drop-result">
          {message.text}
        </p>
      )}
    </div>
  );
}
