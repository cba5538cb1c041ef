/** One row of "All notes": colour, quote (two lines at most), page and date, tags; opens its page. */
import browser from 'webextension-polyfill';
import { safeHttpUrl } from '../src/core/export/escape-html';
import type { Highlight, PaletteColor } from '../src/core/model';
import { openBook } from './book-link';
import { formatMoment } from './format-date';
import { t } from './i18n';
import type { Notify } from './notice';
import { swatchOf } from './palette-colors';
import { LangText } from './lang-text';

/** A placeholder row while its block is read, a one-line "skipped" for a damaged record; a real row otherwise. */
export function NoteRow({ highlight: h, palette, notify }: { highlight?: Highlight | null; palette: readonly PaletteColor[]; notify: Notify }) {
  if (h === undefined) return <div class="note-row placeholder" aria-busy="true" />;
  if (h === null) return <div class="note-row skipped muted" data-role="skipped-row">{t('popupSkippedRow')}</div>;
  const open = () => {
    // Only web pages: a stored URL is page data, and javascript:/data: must never be opened from here.
    const url = safeHttpUrl(h.pageUrl);
    if (!url) {
      notify({ kind: 'error', text: t('popupCannotOpen') });
      return;
    }
    browser.tabs.create({ url }).catch(() => notify({ kind: 'error', text: t('popupCannotOpen') }));
  };
  return (
    <div class="note-row" data-id={h.id} style={{ '--swatch': swatchOf(palette, h.color) }}>
      <button type="button" class="row-quote" title={t('popupOpenPage')} onClick={open}>
        <LangText text={h.exact} />
      </button>
      <p class="row-meta muted">
        <span class="row-title"><LangText text={h.pageTitle || h.pageUrl} /></span>
        <span> · {formatMoment(h.createdAt)}</span>
        {h.note && <span> · ✎</span>}
        {h.tags.length > 0 && <span> · {h.tags.map((tag) => `#${tag}`).join(' ')}</span>}
      </p>
      {h.articleId && (
        <button
          type="button"
          class="row-book"
          data-action="open-in-book"
          title={t('popupOpenInBook')}
          aria-label={t('popupOpenInBook')}
          onClick={() => void openBook(h.articleId, h.id).catch(() => notify({ kind: 'error', text: t('popupCannotOpen') }))}
        >
          📖
        </button>
      )}
    </div>
  );
}
