/**
 * "Open in Jianbao's reader" when the active tab shows a PDF: content scripts do not run in the
 * browsers' own PDF viewers, so highlighting a newspaper PDF happens in the reader page.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isPdfAddress, readerAddress } from '../src/core/pdf/pdf-address';
import { activeTab, type PopupTab } from './active-tab';
import { t } from './i18n';

export function PdfBar() {
  const [tab, setTab] = useState<PopupTab | undefined>();
  useEffect(() => {
    void activeTab().then((found) => setTab(isPdfAddress(found?.url) ? found : undefined));
  }, []);
  if (!tab?.url) return null;
  const open = async () => {
    await browser.tabs.update(tab.id, { url: readerAddress(browser.runtime.getURL('viewer/viewer.html'), tab.url!) });
    window.close();
  };
  return (
    <div class="pdf-bar" role="region" aria-label={t('popupOpenInReader')}>
      <p>{t('popupPdfHint')}</p>
      <button type="button" data-action="open-pdf-reader" onClick={() => void open()}>
        {t('popupOpenInReader')}
      </button>
    </div>
  );
}
