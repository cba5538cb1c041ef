/** The popup: the highlights of the current page, with export. */
import { buildMarkdown } from '../src/core/export/markdown-export';
import { fileNameFor } from '../src/core/export/export-formats';
import { DEFAULT_PALETTE } from '../src/core/settings/default-settings';
import { downloadText } from './download';
import { errorText } from './error-text';
import { t } from './i18n';
import { usePageHighlights, type PageState } from './use-page-highlights';

type Ready = Extract<PageState, { status: 'ready' }>;

function swatchOf(color: string): string {
  return DEFAULT_PALETTE.find((c) => c.key === color)?.value ?? '#ffe066';
}

function exportMarkdown(state: Ready): void {
  const exportedAt = new Date();
  const content = buildMarkdown({ articles: [...state.articles.values()], highlights: state.highlights, exportedAt });
  downloadText(fileNameFor('markdown', exportedAt), content, 'text/markdown;charset=utf-8');
}

function PageView({ state }: { state: Ready }) {
  const title = [...state.articles.values()][0]?.title || state.page.title || state.page.pageUrl;
  return (
    <section aria-labelledby="page-title">
      <p id="page-title" class="page-title">{title}</p>
      {state.highlights.length === 0 ? (
        <p class="empty">{t('popupNoHighlights')}</p>
      ) : (
        <ul class="highlights">
          {state.highlights.map((h) => (
            <li class="highlight" key={h.id} data-id={h.id} style={{ '--swatch': swatchOf(h.color) }}>
              <p class="quote">{h.exact}</p>
              {h.note && <p class="note">{h.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <div class="toolbar">
        <button type="button" class="primary" data-action="export-markdown" disabled={state.highlights.length === 0} onClick={() => exportMarkdown(state)}>
          {t('popupExportMarkdown')}
        </button>
      </div>
    </section>
  );
}

export function App() {
  const { state } = usePageHighlights();
  return (
    <>
      <header>
        <h1>{t('popupHeading')}</h1>
      </header>
      <main data-state={state.status}>
        {state.status === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {state.status === 'error' && <p class="error" role="alert">{errorText(state.error)}</p>}
        {state.status === 'ready' && <PageView state={state} />}
      </main>
    </>
  );
}
