/**
 * The book as printed: a contents page (paper → date → page → headline), then every shown
 * clipping on pages of its own, with highlights in their colours and notes as footnotes
 * (book.css, @media print). Every clipping is loaded first, then the print dialog opens.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { contentsByPaper, isChineseText, pageLabel } from '../src/core/clippings/book-contents';
import type { Settings } from '../src/core/model';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { LangText } from '../popup/lang-text';
import { renderCitations } from '../popup/citations';
import { cslItem } from '../src/core/citation/csl-item';
import { ClippingArticle } from './clipping-article';
import { articleOfClipping } from '../src/core/clippings/clipping';
import { loadClippingDetails, releaseDetails, type ClippingDetails } from './use-clipping';

interface Props {
  clippings: Clipping[];
  settings: Settings;
  onDone: () => void;
  /** Open the print dialog once everything is in (off for `?print`, which tests print to PDF). */
  autoPrint: boolean;
}

export function PrintBook({ clippings, settings, onDone, autoPrint }: Props) {
  const [details, setDetails] = useState<ClippingDetails[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [citations, setCitations] = useState<string[]>([]);
  const papers = contentsByPaper(clippings);
  // Print order is contents order.
  const ordered = papers.flatMap((p) => p.dates.flatMap((d) => d.pages.flatMap((pg) => pg.clippings)));

  useEffect(() => {
    let live = true;
    const loaded: ClippingDetails[] = [];
    (async () => {
      for (const c of ordered) {
        const d = await loadClippingDetails(c.id);
        if (d) loaded.push(d);
      }
      // One engine request for the whole book; a failed engine leaves the references out, not the book.
      const items = loaded.map((d) => cslItem(articleOfClipping(d.clipping, d.bodyText), new Date(d.clipping.createdAt)));
      const cited = await renderCitations({ style: settings.citationStyle, format: 'text', kind: 'references', items }).catch((e: unknown) => {
        console.error('[jianbao:book] citations', e);
        return loaded.map(() => '');
      });
      if (live) {
        setCitations(cited);
        setDetails(loaded);
      }
    })().catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
      loaded.forEach(releaseDetails);
    };
  }, [clippings]);

  useLayoutEffect(() => {
    if (!details) return;
    document.body.dataset.printReady = 'true';
    if (!autoPrint) return;
    const done = () => onDone();
    addEventListener('afterprint', done, { once: true });
    // Images decode before the dialog takes its snapshot.
    void Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))).then(() => print());
    return () => removeEventListener('afterprint', done);
  }, [details]);

  if (error) return <p class="error" role="alert">{errorText(error)}</p>;
  if (!details) return <p class="muted">{t('bookPreparingPrint', String(clippings.length))}</p>;
  return (
    <div class="print-book">
      <p class="screen-only print-bar">
        <button type="button" onClick={onDone}>
          {t('bookBackToBook')}
        </button>
      </p>
      <section class="contents-page">
        <h1>{t('bookTitle')}</h1>
        <h2>{t('bookContents')}</h2>
        {papers.map((paper) => (
          <section key={paper.paper} class="contents-paper">
            <h3>{paper.paper || t('bookNoPaper')}</h3>
            {paper.dates.map((date) => (
              <div key={date.date} class="contents-date">
                <h4>{date.date || t('bookNoDate')}</h4>
                {date.pages.map((page) => (
                  <ul key={page.page}>
                    {page.clippings.map((c) => (
                      <li key={c.id}>
                        <span class="contents-page-label">{pageLabel(page.page, isChineseText(c.publication ?? c.title))}</span>{' '}
                        <LangText text={c.title || c.url} lang={c.language} />
                      </li>
                    ))}
                  </ul>
                ))}
              </div>
            ))}
          </section>
        ))}
      </section>
      {details.map((d, i) => (
        <div class="print-article" key={d.clipping.id}>
          <ClippingArticle details={d} settings={settings} citation={citations[i] ?? ''} />
          {d.clipping.note.trim() && (
            <section class="article-note">
              <h2>{t('bookArticleNote')}</h2>
              <p class="note-print">{d.clipping.note}</p>
            </section>
          )}
          {d.clipping.tags.length > 0 && <p class="article-tags">{d.clipping.tags.map((tag) => `#${tag}`).join(' ')}</p>}
        </div>
      ))}
    </div>
  );
}
