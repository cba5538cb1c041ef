/**
 * "All notes": search (Chinese and English, through the tokens index), filters, order, a
 * virtualised list, and export of the current result or of everything.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExportBundle } from '../src/core/export/export-bundle';
import type { Settings } from '../src/core/model';
import { usableArticles, usableHighlights } from '../src/core/usable-record';
import { openDb } from '../src/background/db/database';
import { allArticles, allHighlights, articlesFor, highlightsByIds, searchBacklogSize, type NotesFilter, type NotesSort } from '../src/background/db/queries';
import { openNotesStream } from '../src/background/db/notes-stream';
import { errorText } from './error-text';
import { ExportBar } from './export-bar';
import { t } from './i18n';
import { NoteRow } from './note-row';
import type { Notify } from './notice';
import { NotesFilters } from './notes-filters';
import { useAllNotes } from './use-all-notes';
import { VirtualList } from './virtual-list';

/** Typing pauses this long before a search runs, so each key press does not start a query. */
const SEARCH_DEBOUNCE_MS = 150;
/** Row height in CSS pixels; popup.css gives .note-row the same height. */
export const ROW_HEIGHT_PX = 64;
/** The tallest a popup can be (Chrome caps it at 600 px; popup.css gives the body 580 px at most). */
export const POPUP_MAX_HEIGHT_PX = 580;
/** A list is never squeezed below this, even under many open filters. */
const MIN_LIST_HEIGHT_PX = 3 * ROW_HEIGHT_PX;
/** Before the first measurement (one frame), the list takes what a popup without open filters leaves. */
const FIRST_LIST_HEIGHT_PX = 320;

/** The view; `initialQuery` lets a test or the bench open it with a search (`?q=`). */
export function AllNotesView({ settings, notify, initialQuery = '' }: { settings: Settings; notify: Notify; initialQuery?: string }) {
  const [text, setText] = useState(initialQuery);
  const [filter, setFilter] = useState<NotesFilter>({ query: initialQuery });
  const [sort, setSort] = useState<NotesSort>('newest');
  const [scope, setScope] = useState<'result' | 'all'>('result');
  const rows = useAllNotes(filter, sort);
  const section = useRef<HTMLElement>(null);
  const [room, setRoom] = useState(FIRST_LIST_HEIGHT_PX);

  useEffect(() => {
    if (text === (filter.query ?? '')) return;
    const timer = setTimeout(() => {
      performance.mark('jianbao:search-start');
      setFilter((f) => ({ ...f, query: text }));
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { state } = rows;
  const firstRow = state.status === 'ready' && state.total > 0 ? rows.rowAt(0) : undefined;
  // Marks the moment rows are in the DOM (layout effect: before paint, not a frame later) for the bench.
  useLayoutEffect(() => {
    if (firstRow || (state.status === 'ready' && state.total === 0)) performance.mark('jianbao:notes-rendered');
    if (state.status === 'ready' && state.complete) performance.mark('jianbao:notes-counted');
  }, [firstRow, state]);

  // The list takes the popup's height: what the rest of the popup leaves of its largest size
  // (measured after each layout change: results, filters opening, notices), never less than three rows.
  const total = state.status === 'ready' ? state.total : 0;
  useLayoutEffect(() => {
    const measure = () => {
      const list = section.current?.querySelector<HTMLElement>('.vlist');
      const others = document.documentElement.scrollHeight - (list?.offsetHeight ?? 0);
      const next = Math.max(MIN_LIST_HEIGHT_PX, POPUP_MAX_HEIGHT_PX - others);
      setRoom((current) => (Math.abs(current - next) > 1 ? next : current));
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    for (const el of section.current?.querySelectorAll<HTMLElement>(':scope > :not(.vlist)') ?? []) observer?.observe(el);
    return () => observer?.disconnect();
  }, [total, state.status]);

  const filtered = state.status === 'ready' && state.filtered;
  // A restore's search-index pass still running: a filtered list may miss what it has not reached.
  const [unindexed, setUnindexed] = useState(0);
  useEffect(() => {
    if (!filtered) return;
    let live = true;
    searchBacklogSize(openDb()).then(
      (n) => live && setUnindexed(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [filter, filtered]);
  // Without a filter the current result is everything.
  const effectiveScope = filtered ? scope : 'all';
  const collect = async (): Promise<ExportBundle> => {
    const db = openDb();
    if (effectiveScope === 'all' || state.status !== 'ready' || !state.ids) {
      const [stored, articles] = await Promise.all([allHighlights(db), allArticles(db)]);
      return { highlights: usableHighlights(stored).highlights, articles: usableArticles(articles).articles, exportedAt: new Date() };
    }
    // A result still being read is read whole here, so the export never misses its tail.
    const ids = state.complete ? state.ids : ((await (await openNotesStream(db, filter, sort))?.rest()) ?? state.ids);
    const { highlights } = usableHighlights(await highlightsByIds(db, ids));
    return { highlights, articles: usableArticles([...(await articlesFor(db, highlights)).values()]).articles, exportedAt: new Date() };
  };

  return (
    <section class="all-notes" aria-label={t('popupAllNotes')} ref={section}>
      <input
        type="search"
        class="search"
        data-role="search"
        aria-label={t('popupSearch')}
        placeholder={t('popupSearchPlaceholder')}
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <NotesFilters filter={filter} sort={sort} palette={settings.palette} onFilter={setFilter} onSort={setSort} />
      {state.status === 'loading' && <p class="muted">{t('popupLoading')}</p>}
      {state.status === 'error' && <p class="error" role="alert">{errorText(state.error)}</p>}
      {state.status === 'ready' && (
        <>
          {/* Until the whole result is read the count is a lower bound ("10+"); data-total only carries the exact total. */}
          <p class="result-count muted" role="status" data-total={state.complete ? state.total : undefined}>
            {(() => {
              const count = state.total.toLocaleString() + (state.complete ? '' : '+');
              return filtered ? t('popupMatches', count) : t('popupTotal', count);
            })()}
          </p>
          {filtered && unindexed > 0 && (
            <p class="muted unindexed" role="status" data-unindexed={unindexed}>
              {t('popupNotIndexedYet', String(unindexed))}
            </p>
          )}
          {rows.skipped > 0 && (
            <p class="muted skipped-records" role="status" data-skipped={rows.skipped}>
              {t('popupSkippedRecords', String(rows.skipped))}
            </p>
          )}
          {state.total === 0 ? (
            <p class="empty">{filtered ? t('popupNoMatches') : t('popupNoNotesYet')}</p>
          ) : (
            <VirtualList
              count={state.total}
              rowHeightPx={ROW_HEIGHT_PX}
              heightPx={Math.min(room, state.total * ROW_HEIGHT_PX)}
              label={t('popupAllNotes')}
              renderRow={(i) => <NoteRow highlight={rows.rowAt(i)} palette={settings.palette} notify={notify} />}
            />
          )}
          <div class="export-scope">
            <select aria-label={t('popupExportScope')} data-role="export-scope" value={effectiveScope} onChange={(e) => setScope((e.target as HTMLSelectElement).value as 'result' | 'all')}>
              <option value="result" disabled={!filtered}>
                {t('popupScopeResult')}
              </option>
              <option value="all">{t('popupScopeAll')}</option>
            </select>
            <ExportBar
              settings={settings}
              disabled={state.total === 0 && effectiveScope === 'result'}
              label={t('popupExport')}
              notify={notify}
              collect={collect}
            />
          </div>
        </>
      )}
    </section>
  );
}
