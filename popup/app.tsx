/** The popup: "This page" and "All notes", with a notice strip for undo and errors. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { AllNotesView } from './all-notes-view';
import { ClipBar } from './clip-bar';
import { errorText } from './error-text';
import { t } from './i18n';
import { NoticeBar } from './notice-bar';
import type { Notice } from './notice';
import { PageView } from './page-view';
import { isPdfKey } from '../src/core/pdf/reader-channel';
import { PdfBar } from './pdf-bar';
import { SyncErrorLine } from './sync-parts';
import { usePageHighlights } from './use-page-highlights';
import { useSettings } from './use-settings';

type View = 'page' | 'all';

/** Notices without an action disappear after this long; an undo offer stays until used or replaced. */
const NOTICE_MS = 6_000;

/** `?view=all&q=…` opens "All notes" with a search (end-to-end tests, the benchmark). */
function initialView(search = location.search): { view: View; query: string } {
  const params = new URLSearchParams(search);
  return { view: params.get('view') === 'all' ? 'all' : 'page', query: params.get('q') ?? '' };
}

/** The popup root. */
export function App() {
  const start = initialView();
  const [view, setView] = useState<View>(start.view);
  const [notice, setNotice] = useState<Notice | null>(null);
  const settings = useSettings();
  const { state, reload } = usePageHighlights();

  useEffect(() => {
    if (!notice || notice.action) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  // The moment the page's highlights are in the DOM, for bench/popup.bench.ts.
  useLayoutEffect(() => {
    if (state.status === 'ready') performance.mark('jianbao:page-rendered');
  }, [state]);

  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view === id}
      aria-controls={`panel-${id}`}
      tabIndex={view === id ? 0 : -1}
      class={view === id ? 'tab active' : 'tab'}
      onClick={() => setView(id)}
      onKeyDown={(e) => {
        // Arrow keys move between the two tabs (WAI-ARIA tabs pattern).
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = id === 'page' ? 'all' : 'page';
          setView(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <>
      <header>
        <h1>{t('popupTitle')}</h1>
        <div role="tablist" aria-label={t('popupViews')}>
          {tab('page', t('popupThisPage'))}
          {tab('all', t('popupAllNotes'))}
        </div>
      </header>
      <PdfBar />
      <SyncErrorLine />
      <ClipBar tabId={state.status === 'ready' ? state.tabId : undefined} pdfReader={state.status === 'ready' && isPdfKey(state.page.pageUrl)} notify={setNotice} />
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} data-view={view} data-state={state.status}>
        {view === 'page' && state.status === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {view === 'page' && state.status === 'error' && <p class="error" role="alert">{errorText(state.error)}</p>}
        {view === 'page' && state.status === 'ready' && <PageView state={state} settings={settings} notify={setNotice} reload={reload} />}
        {view === 'all' && <AllNotesView settings={settings} notify={setNotice} initialQuery={start.query} />}
      </main>
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
