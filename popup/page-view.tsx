/**
 * "This page": the page's highlights grouped by article (by item on a page holding several),
 * its orphans in their own section, and export of the page.
 */
import { groupHighlights } from '../src/core/export/export-bundle';
import type { Settings } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { allTags } from '../src/background/db/queries';
import { askReader, isPdfKey } from '../src/core/pdf/reader-channel';
import { ArticleHeading } from './article-heading';
import { callBackground } from './background-call';
import { errorText } from './error-text';
import { ExportBar } from './export-bar';
import { HighlightCard, type CardContext } from './highlight-card';
import { t } from './i18n';
import type { Notify } from './notice';
import { OrphanSection } from './orphan-section';
import type { PageState } from './use-page-highlights';

type Ready = Extract<PageState, { status: 'ready' }>;

interface Props {
  state: Ready;
  settings: Settings;
  notify: Notify;
  reload: () => void;
}

/** The page view; renders the page title once and a heading per article only when they differ from it. */
export function PageView({ state, settings, notify, reload }: Props) {
  const placed = state.highlights.filter((h) => h.status !== 'orphan');
  const orphans = state.highlights.filter((h) => h.status === 'orphan');
  const groups = groupHighlights({ articles: [...state.articles.values()], highlights: placed }).filter((g) => g.highlights.length > 0);
  const firstArticle = [...state.articles.values()][0];
  const title = (groups.length === 1 ? groups[0].article.title : firstArticle?.title) || state.page.title || state.page.pageUrl;
  const ctx: CardContext = {
    tabId: state.tabId,
    settings,
    articles: state.articles,
    notify,
    onChanged: reload,
    loadTags: () => allTags(openDb()),
  };
  const findAgain = async () => {
    try {
      // A PDF's reader tab is asked over the reader channel (no content script there).
      if (isPdfKey(state.page.pageUrl)) await askReader(state.tabId, { type: 'find-again' });
      else await callBackground('ui-bg:find-again', { tabId: state.tabId });
      reload();
      notify({ kind: 'info', text: t('popupFoundAgain') });
    } catch (error) {
      notify({ kind: 'error', text: errorText(error) });
    }
  };
  // A page without highlights still shows its one detected article, so the reader can correct it before highlighting.
  const onlyArticle = groups.length === 0 && state.articles.size === 1 ? firstArticle : undefined;
  const single = groups.length === 1 && groups[0].isStored;
  const headingArticle = single ? groups[0].article : onlyArticle;
  return (
    <section aria-labelledby="page-title">
      <p id="page-title" class="page-title">{title}</p>
      {headingArticle && <ArticleHeading article={headingArticle} showHeadline={false} notify={notify} onChanged={reload} />}
      {!!state.skipped && (
        <p class="muted skipped-records" role="status" data-skipped={state.skipped}>
          {t('popupSkippedRecords', String(state.skipped))}
        </p>
      )}
      {state.highlights.length === 0 && <p class="empty">{t('popupNoHighlights')}</p>}
      {groups.map((group) => (
        <section class="article-group" key={group.article.id} data-article={group.article.id}>
          {!single && (group.isStored || groups.length > 1) && (
            <ArticleHeading
              article={group.article}
              {...(group.isStored ? { notify, onChanged: reload } : {})}
            />
          )}
          <ul class="highlights">
            {group.highlights.map((h) => (
              <HighlightCard key={h.id} highlight={h} ctx={ctx} />
            ))}
          </ul>
        </section>
      ))}
      <OrphanSection orphans={orphans} ctx={ctx} onFindAgain={() => void findAgain()} />
      <ExportBar
        settings={settings}
        disabled={state.highlights.length === 0}
        label={t('popupExportPage')}
        notify={notify}
        collect={async () => ({ articles: [...state.articles.values()], highlights: state.highlights, exportedAt: new Date() })}
      />
    </section>
  );
}

