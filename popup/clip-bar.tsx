/** "Clip this article" (for the active tab) and "Open the clipping book", under the popup's tabs. */
import { useState } from 'preact/hooks';
import type { ClipReport } from '../src/messages';
import { askReader } from '../src/core/pdf/reader-channel';
import { callBackground } from './background-call';
import { openBook } from './book-link';
import { errorText } from './error-text';
import { t } from './i18n';
import type { Notify } from './notice';

interface Props {
  /** The active tab when Jianbao can read it; no clip button otherwise. */
  tabId?: number;
  /** The tab is Jianbao's PDF reader: it clips the article in view itself. */
  pdfReader?: boolean;
  notify: Notify;
}

/** A reader's answer, checked before it is shown (it comes over a channel, not the router). */
function clipReportOf(value: unknown): ClipReport {
  const report = value as Partial<ClipReport> | undefined;
  if (!report || !Array.isArray(report.clippings) || typeof report.images !== 'number' || typeof report.imagesSkipped !== 'number') throw new Error('The PDF reader gave no clip report.');
  return report as ClipReport;
}

export function ClipBar({ tabId, pdfReader, notify }: Props) {
  const [busy, setBusy] = useState(false);
  const clip = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    try {
      const report = pdfReader ? clipReportOf(await askReader(tabId, { type: 'clip' }, 30_000)) : await callBackground('ui-bg:clip-tab', { tabId });
      const clipped = report.clippings.length;
      notify({
        kind: 'info',
        text: clipped === 0 ? t('clipNothing') : report.imagesSkipped > 0 ? t('clipDoneSkipped', String(clipped), String(report.images), String(report.imagesSkipped)) : t('clipDoneImages', String(clipped), String(report.images)),
      });
    } catch (error) {
      notify({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="clip-bar">
      {tabId !== undefined && (
        <button type="button" data-action="clip" disabled={busy} onClick={() => void clip()}>
          {t('popupClip')}
        </button>
      )}
      <button type="button" data-action="open-book" class="link" onClick={() => void openBook()}>
        {t('popupOpenBook')}
      </button>
    </div>
  );
}
