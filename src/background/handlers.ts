/**
 * The handler table: one function per message type, each a thin call into a service.
 * Kept apart from the entry point so it can be tested with a fake database.
 */
import { announcePdfChange } from '../core/pdf/reader-channel';
import browser from 'webextension-polyfill';
import { JianbaoError } from '../core/errors';
import type { ContentEnvelope } from '../messages';
import { showOrphanBadge } from './badge';
import { isPageExcluded, isTabExcluded } from './excluded-sites';
import { openDb } from './db/database';
import { countHighlightsForPage, highlightsForPage } from './db/queries';
import { injectAnnotator, sendToAnnotator } from './inject-annotator';
import type { HandlerTable, PageSender } from './router';
import { mayAccessPage } from '../core/url/page-access';
import type { Highlight } from '../core/model';
import type { PageScope } from './services/highlight-service';
import { saveDetectedArticle } from './services/article-service';
import {
  createHighlight,
  deleteHighlight,
  extendHighlight,
  recordAnchoring,
  restoreHighlight,
  updateHighlight,
} from './services/highlight-service';
import { linkHighlight } from './services/cover-highlight';
import { loadSettings, saveSettings } from './settings-store';
import { parseImportFile } from '../core/import/parse-import-file';
import { importPlan } from './services/import-service';
import { deleteEverything } from './services/delete-everything';
import { correctArticle } from './services/correct-article';
import { noteEditorHandlers } from './note-editor/note-editor-handlers';
import { clipArticle, refreshClippingHeading } from './clippings/clip-service';
import { deleteClipping, dropOldImages, updateClipping } from './clippings/clipping-service';
import type { RenderCitationsReport } from '../core/citation/style-fallback';
import { citedQuoteText } from '../core/citation/cite-highlight';
import { cslItem } from '../core/citation/csl-item';
import { pageArticle } from '../core/export/export-bundle';
import { hostRenderCitations } from './citation-host';
import { withStorage } from './db/map-error';
import { resolveClippingNoteConflict, resolveNoteConflict } from './sync/local-store';
import { syncNow, turnSyncOff } from './sync/sync-service';

/**
 * Tells the annotators that stored highlights changed (they repaint from storage): those
 * showing one of `pageUrls`, or all when no list is given (import, delete everything).
 */
async function notifyPages(pageUrls?: string[]): Promise<void> {
  // PDF reader tabs are extension pages: tabs.sendMessage does not reach them, the channel does.
  if (pageUrls) for (const pageUrl of pageUrls) announcePdfChange(pageUrl);
  else announcePdfChange();
  // Every tab is told: a page's canonical key can differ from its tab's address, and a tab
  // without the annotator simply does not answer.
  const tabs = await browser.tabs.query({});
  const message: ContentEnvelope<'bg-cs:highlights-changed'> = { type: 'bg-cs:highlights-changed', payload: { pageUrls } };
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

/**
 * Tells the tabs that may show `pageUrl` (by the address the browser reports, the same rule as
 * a page's own messages) that one highlight changed, with the record: the annotator repaints
 * that one highlight instead of re-anchoring the page, and no other site hears of it. Only the
 * top frame is told: the tab's address says nothing of its frames' sites, and a frame of another
 * site must not receive the record (a frame's page repaints on its next restore).
 */
async function notifyPageOf(pageUrl: string, message: ContentEnvelope<'bg-cs:highlight-stored' | 'bg-cs:highlight-removed'>): Promise<void> {
  // A PDF's highlights are shown by reader tabs (extension pages), which tabs.sendMessage cannot reach.
  announcePdfChange(pageUrl);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || !mayAccessPage(tab.url, pageUrl)
        ? undefined
        : browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined),
    ),
  );
}

const stored = (highlight: Highlight): ContentEnvelope<'bg-cs:highlight-stored'> => ({ type: 'bg-cs:highlight-stored', payload: { highlight } });

/** What a page's messages may touch: the records of its own site (core/url/page-access.ts). */
const scopeOf = (sender: PageSender): PageScope => (pageUrl) => mayAccessPage(sender.url, pageUrl);

/** Refuses a page key that is not the sender's own site. */
function requireOwnPage(sender: PageSender, pageUrl: string): void {
  if (!mayAccessPage(sender.url, pageUrl)) {
    throw new JianbaoError('InvalidMessage', 'A page can only read and write the highlights of its own address.');
  }
}

export function createHandlers(db = openDb(), renderCitations: RenderCitationsReport = hostRenderCitations): HandlerTable {
  /** Quote, note and reference of a stored highlight, in the reader's citation style (or the fallback's). */
  const citeStored = async (highlight: Highlight) => {
    // The highlight's own article; without a stored one, the page itself (as the popup cites it).
    const article = (highlight.articleId && (await db.articles.get(highlight.articleId))) || pageArticle(highlight);
    const settings = await loadSettings();
    // The access date is when the highlight was made, which is when the reader read the page.
    const { values, fallback } = await renderCitations({ style: settings.citationStyle, format: 'text', kind: 'references', items: [cslItem(article, new Date(highlight.createdAt))] });
    return { text: citedQuoteText(highlight, values[0] ?? ''), ...(fallback && { fallback }) };
  };
  return {
    async 'cs-bg:page-opened'({ pageUrl }, sender) {
      requireOwnPage(sender, pageUrl);
      if (await isPageExcluded(pageUrl)) return { highlightCount: 0, injected: false };
      const highlightCount = await countHighlightsForPage(db, pageUrl);
      if (highlightCount > 0) await injectAnnotator(sender.tabId, sender.frameId ?? 0);
      return { highlightCount, injected: highlightCount > 0 };
    },
    async 'cs-bg:inject-annotator'(_payload, sender) {
      if (await isTabExcluded(sender.tabId)) return { injected: false };
      await injectAnnotator(sender.tabId, sender.frameId ?? 0);
      return { injected: true };
    },
    async 'cs-bg:save-highlight'({ highlight }, sender) {
      requireOwnPage(sender, highlight.pageUrl);
      // The background decides which article (and sentences) a highlight belongs to: the page
      // only knows its own guess, and on a multi-article page that guess is the whole page.
      // A quote no stored body holds is put into the body it sits next to, or becomes its own item.
      const link = await linkHighlight(db, highlight);
      return createHighlight(db, { ...highlight, ...link }, Date.now(), scopeOf(sender));
    },
    async 'cs-bg:update-highlight'({ id, changes }, sender) {
      return updateHighlight(db, id, changes, Date.now(), scopeOf(sender));
    },
    async 'cs-bg:extend-highlight'({ id, exact, selectors, color, absorb }, sender) {
      const scope = scopeOf(sender);
      const current = await db.annotations.get(id);
      if (!current || !scope(current.pageUrl)) throw new JianbaoError('HighlightNotFound', `No highlight with id ${id}.`);
      const link = await linkHighlight(db, { id, pageUrl: current.pageUrl, pageTitle: current.pageTitle, exact, selectors }, Date.now(), true);
      return extendHighlight(db, id, { exact, selectors, color, absorb, link }, Date.now(), scope);
    },
    async 'cs-bg:delete-highlight'({ id }, sender) {
      return deleteHighlight(db, id, scopeOf(sender));
    },
    async 'cs-bg:restore-highlight'({ highlight }, sender) {
      return restoreHighlight(db, highlight, scopeOf(sender));
    },
    async 'cs-bg:list-page-highlights'({ pageUrl }, sender) {
      requireOwnPage(sender, pageUrl);
      return highlightsForPage(db, pageUrl);
    },
    async 'cs-bg:report-anchoring'({ pageUrl, results }, sender) {
      requireOwnPage(sender, pageUrl);
      const orphans = await recordAnchoring(db, pageUrl, results);
      if ((sender.frameId ?? 0) === 0) await showOrphanBadge(sender.tabId, orphans);
      return { orphans };
    },
    async 'cs-bg:save-article'({ article }, sender) {
      requireOwnPage(sender, article.url);
      return saveDetectedArticle(db, article);
    },
    async 'cs-bg:get-settings'() {
      return loadSettings();
    },
    async 'ui-bg:page-info'({ tabId }) {
      return sendToAnnotator(tabId, { type: 'bg-cs:page-info', payload: {} });
    },
    async 'ui-bg:scroll-to-highlight'({ tabId, id }) {
      return sendToAnnotator(tabId, { type: 'bg-cs:scroll-to-highlight', payload: { id } });
    },
    async 'ui-bg:update-highlight'({ id, changes }) {
      const updated = await updateHighlight(db, id, changes);
      await notifyPageOf(updated.pageUrl, stored(updated));
      return updated;
    },
    async 'ui-bg:delete-highlight'({ id }) {
      const deleted = await deleteHighlight(db, id);
      await notifyPageOf(deleted.pageUrl, { type: 'bg-cs:highlight-removed', payload: { id, pageUrl: deleted.pageUrl } });
      return deleted;
    },
    async 'ui-bg:save-pdf-article'({ article }) {
      return saveDetectedArticle(db, article);
    },
    async 'ui-bg:save-pdf-highlight'({ highlight }) {
      // As for a page: the background links the quote to the item whose body holds it.
      const link = await linkHighlight(db, highlight);
      return createHighlight(db, { ...highlight, ...link }, Date.now());
    },
    async 'ui-bg:list-pdf-highlights'({ pageUrl }) {
      return highlightsForPage(db, pageUrl);
    },
    async 'ui-bg:report-pdf-anchoring'({ pageUrl, results }, sender) {
      const orphans = await recordAnchoring(db, pageUrl, results);
      // The reader is an extension page in a tab: that tab's badge, as a web page's.
      if (sender.embeddedIn) await showOrphanBadge(sender.embeddedIn.tabId, orphans);
      return { orphans };
    },
    async 'ui-bg:restore-highlight'({ highlight }) {
      const restored = await restoreHighlight(db, highlight);
      await notifyPageOf(restored.pageUrl, stored(restored));
      return restored;
    },
    async 'ui-bg:find-again'({ tabId }) {
      return sendToAnnotator(tabId, { type: 'bg-cs:highlights-changed', payload: {} });
    },
    async 'ui-bg:import-file'({ text }) {
      const settings = await loadSettings();
      const parsed = parseImportFile(text, { defaultColor: settings.defaultColor });
      if (!parsed.ok) throw new JianbaoError(parsed.error.code, parsed.error.detail);
      const plan = parsed.value;
      const written = await importPlan(db, plan);
      // Settings only after the records are in, so a failed import changes nothing at all.
      if (plan.settings) await saveSettings(plan.settings);
      // Open tabs show the imported highlights (and a restored palette) without a reload.
      await notifyPages();
      return { source: plan.source, ...written, settingsRestored: !!plan.settings, warnings: plan.warnings.slice(0, 20) };
    },
    async 'ui-bg:correct-article'({ articleId, correction }) {
      const corrected = await correctArticle(db, articleId, correction);
      await refreshClippingHeading(db, corrected);
      return corrected;
    },
    async 'cs-bg:clip-article'(request, sender) {
      // A clip stores the detected article under its address: only the page's own site may.
      requireOwnPage(sender, request.article.url);
      const settings = await loadSettings();
      return clipArticle(db, request, { settings: settings.clipping });
    },
    async 'ui-bg:clip-pdf-article'(request) {
      const settings = await loadSettings();
      return clipArticle(db, request, { settings: settings.clipping });
    },
    async 'ui-bg:clip-tab'({ tabId }) {
      return sendToAnnotator(tabId, { type: 'bg-cs:clip', payload: {} });
    },
    async 'ui-bg:update-clipping'({ id, changes }) {
      return updateClipping(db, id, changes);
    },
    async 'ui-bg:delete-clipping'({ id }) {
      return deleteClipping(db, id);
    },
    async 'ui-bg:sync-now'() {
      return syncNow({ full: true });
    },
    async 'ui-bg:resolve-note-conflict'({ id, note }) {
      const highlight = (await withStorage(() => resolveNoteConflict(db, id, note))) as Highlight | undefined;
      if (!highlight) throw new JianbaoError('HighlightNotFound', `No highlight with id ${id}.`);
      await notifyPageOf(highlight.pageUrl, stored(highlight));
      return highlight;
    },
    async 'ui-bg:resolve-clipping-note-conflict'({ id, note }) {
      const clipping = await withStorage(() => resolveClippingNoteConflict(db, id, note));
      if (!clipping) throw new JianbaoError('ClippingNotFound', 'That clipping is no longer in the book.');
      return clipping;
    },
    async 'ui-bg:drop-clipping-images'(request) {
      return dropOldImages(db, request);
    },
    async 'ui-bg:render-citations'(request) {
      return renderCitations(request);
    },
    async 'cs-bg:cite-highlight'({ id }, sender) {
      const highlight = await db.annotations.get(id);
      // Another site's highlight is "not found": the page learns nothing of it.
      if (!highlight || !mayAccessPage(sender.url, highlight.pageUrl)) throw new JianbaoError('HighlightNotFound', `No highlight ${id}.`);
      return citeStored(highlight);
    },
    async 'ui-bg:cite-pdf-highlight'({ id }) {
      const highlight = await db.annotations.get(id);
      if (!highlight || !highlight.pageUrl.startsWith('urn:x-pdf:')) throw new JianbaoError('HighlightNotFound', `No PDF highlight ${id}.`);
      return citeStored(highlight);
    },
    async 'ui-bg:imported'() {
      await notifyPages();
      return { notified: true };
    },
    async 'ui-bg:delete-everything'({ scope }) {
      // Sync goes off before the delete, so no sync can start in between and send deletes.
      if (scope === 'here') await turnSyncOff();
      const removed = await deleteEverything(db, { forgetSync: scope === 'here' });
      await notifyPages();
      return removed;
    },
    ...noteEditorHandlers(db),
  };
}
