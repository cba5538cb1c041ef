/**
 * The clipping book page: contents (by paper → date → page, by tag, by month) with search and
 * filters on the left, the chosen clipping on the right, rendered from the stored record. The
 * address keeps the place: `#clip=<id>&hl=<highlight id>`. Printing renders a contents page and
 * every shown clipping, one per page.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { errorText } from '../popup/error-text';
import { t, uiLanguage } from '../popup/i18n';
import { useSettings } from '../popup/use-settings';
import { isFiltered, filterChoices, type BookFilter } from './book-filter';
import { BookFilters } from './book-filters';
import { ClippingArticle } from './clipping-article';
import { ClippingNotes } from './clipping-notes';
import { ContentsTree, type ContentsView } from './contents-tree';
import { BOOK_FORMATS, exportBook, type BookFormat } from './export-book';
import { PrintBook } from './print-book';
import { useBookHeadings, useFiltered } from './use-book';
import { useClipping } from './use-clipping';

const SEARCH_DEBOUNCE_MS = 150;

function readHash(): { clip?: string; hl?: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  return { clip: params.get('clip') ?? undefined, hl: params.get('hl') ?? undefined };
}

function ClippingPane({ id, focus, version, settings, knownTags, onChanged }: { id: string; focus?: string; version: number; settings: ReturnType<typeof useSettings>; knownTags: () => Promise<string[]>; onChanged: () => void }) {
  const state = useClipping(id, version);
  const [error, setError] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark('jianbao:clipping-rendered');
    const target = focus ? document.querySelector(`mark[data-hl="${CSS.escape(focus)}"]`) : null;
    if (target) target.scrollIntoView?.({ block: 'center' });
    else document.querySelector('.reader')?.scrollTo?.({ top: 0 });
  }, [state, focus]);
  if (state.status === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (state.status === 'missing') return <p class="muted">{t('bookClippingGone')}</p>;
  if (state.status === 'error') return <p class="error" role="alert">{errorText(state.error)}</p>;
  return (
    <>
      {error && <p class="error" role="alert">{error}</p>}
      <ClippingArticle details={state.details} settings={settings} focusHighlight={focus}>
        <ClippingNotes clipping={state.details.clipping} noteConflicts={state.details.noteConflicts} knownTags={knownTags} onSaved={onChanged} onError={setError} />
      </ClippingArticle>
    </>
  );
}

export function BookApp() {
  const settings = useSettings();
  const [version, setVersion] = useState(0);
  const [place, setPlace] = useState(readHash);
  const book = useBookHeadings(version, !place.clip);
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<BookFilter>({ query: '' });
  const [view, setView] = useState<ContentsView>('paper');
  const [printing, setPrinting] = useState(() => new URLSearchParams(location.search).has('print'));
  const [exporting, setExporting] = useState<BookFormat | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const all = book.status === 'ready' ? book.all : undefined;
  const preview = book.status === 'ready' ? book.preview : undefined;
  const filtered = useFiltered(all, filter);
  const choices = useMemo(() => (all ? filterChoices(all) : (preview?.choices ?? { papers: [], tags: [] })), [all, preview]);

  useEffect(() => {
    const onHash = () => setPlace(readHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (text === filter.query) return;
    const timer = setTimeout(() => {
      performance.mark('jianbao:search-start');
      setFilter((f) => ({ ...f, query: text }));
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  // Marks for the benchmark: a search's first screen (its newest matches, or all when few), then its count.
  const searchShown = useRef<BookFilter | null>(null);
  useLayoutEffect(() => {
    if (filtered.status !== 'ready') return;
    if (!filtered.filter.query) return void performance.mark('jianbao:contents-rendered');
    if (searchShown.current !== filtered.filter) performance.mark('jianbao:search-rendered');
    searchShown.current = filtered.filter;
    if (!filtered.partial) performance.mark('jianbao:search-counted');
  }, [filtered]);
  // The first screen until the filter over every heading is ready: the paper view of the whole book only.
  const previewShown = !!preview && filtered.status !== 'ready' && view === 'paper' && !isFiltered(filter);
  useLayoutEffect(() => {
    if (previewShown) performance.mark('jianbao:contents-rendered');
  }, [preview]);

  const select = (id: string) => {
    location.hash = new URLSearchParams({ clip: id }).toString();
  };
  const shown: Clipping[] = filtered.status === 'ready' ? filtered.shown : [];
  const knownTags = async () => choices.tags;
  const runExport = async (format: BookFormat) => {
    setExporting(format);
    setExportError(null);
    try {
      await exportBook(format, shown, settings, uiLanguage());
    } catch (error) {
      console.error('[jianbao:book] export', error instanceof Error ? error.stack : error);
      setExportError(errorText(error));
    } finally {
      setExporting(null);
    }
  };

  if (printing && filtered.status === 'ready') {
    return <PrintBook clippings={shown} settings={settings} onDone={() => setPrinting(false)} autoPrint={!new URLSearchParams(location.search).has('print')} />;
  }

  return (
    <div class="book">
      <nav class="toc" aria-label={t('bookContents')}>
        <h1 class="book-title">{t('bookTitle')}</h1>
        <BookFilters text={text} onText={setText} filter={filter} onFilter={setFilter} papers={choices.papers} tags={choices.tags} palette={settings.palette} />
        <div class="views" role="radiogroup" aria-label={t('bookViews')}>
          {(['paper', 'tag', 'month'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="view" value={v} checked={view === v} onChange={() => setView(v)} /> {t(`bookView_${v}`)}
            </label>
          ))}
        </div>
        {book.status === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {book.status === 'error' && <p class="error" role="alert">{errorText(book.error)}</p>}
        {filtered.status === 'error' && <p class="error" role="alert">{errorText(filtered.error)}</p>}
        {book.status === 'ready' && filtered.status === 'pending' && !previewShown && <p class="muted">{t('popupLoading')}</p>}
        {(filtered.status === 'ready' || previewShown) && (
          <>
            {/* The total comes with the headings (an index count costs as much as reading them). */}
            {book.status === 'ready' && book.total !== undefined && (
              <p class="muted" data-role="count">
                {filtered.status === 'ready' && isFiltered(filtered.filter)
                  ? t(filtered.partial ? 'bookShownAtLeast' : 'bookShownOf', String(shown.length), String(book.total))
                  : t('bookCount', String(book.total))}
              </p>
            )}
            <div class="toc-tree" data-role="contents">
              {/* One element for the first screen and the full contents: the open groups stay open when the headings arrive. */}
              <ContentsTree key={`${view}:${JSON.stringify(filtered.status === 'ready' ? filtered.filter : filter)}`} clippings={shown} papers={previewShown ? preview.papers : undefined} view={view} selected={place.clip} expanded={filtered.status === 'ready' && isFiltered(filtered.filter) && shown.length <= 200} onSelect={select} />
            </div>
            {/* Print and export need every heading: not on the first screen. */}
            {filtered.status === 'ready' && !filtered.partial && (
            <>
            <div class="book-actions">
              <button type="button" data-action="print" disabled={shown.length === 0} onClick={() => setPrinting(true)}>
                {t('bookPrint')}
              </button>
            </div>
            <div class="book-actions" role="group" aria-label={t('bookExportLabel', String(shown.length))}>
              <span class="muted">{t('bookExportLabel', String(shown.length))}</span>
              {BOOK_FORMATS.map((format) => (
                <button key={format} type="button" data-export={format} disabled={shown.length === 0 || exporting !== null} onClick={() => void runExport(format)}>
                  {exporting === format ? t('bookExporting') : t(`bookExport_${format}`)}
                </button>
              ))}
            </div>
            {exportError && <p class="error" role="alert">{exportError}</p>}
            </>
            )}
          </>
        )}
      </nav>
      <main class="reader">
        {place.clip ? (
          <ClippingPane key={place.clip} id={place.clip} focus={place.hl} version={version} settings={settings} knownTags={knownTags} onChanged={() => setVersion((n) => n + 1)} />
        ) : (
          book.status === 'ready' && (book.total !== undefined || book.preview) && <p class="muted empty-book">{book.total === 0 ? t('bookEmpty') : t('bookPick')}</p>
        )}
      </main>
    </div>
  );
}
