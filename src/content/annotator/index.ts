/**
 * The annotator: injected on demand (first selection, a page with stored highlights, a shortcut,
 * a context-menu click, or the popup asking about the page). It owns the on-page UI, the
 * highlights of the page and the reaction to page changes. A second injection is a no-op.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../../core/model';
import type { BackgroundToContent, ClipReport, ContentEnvelope, PageInfo } from '../../messages';
import { caretFromPoint } from '../../dom/selection/selection-geometry';
import { sentenceRangeAt } from '../../dom/selection/sentence-at';
import { createUiHost } from '../../dom/ui/ui-host';
import { call, t } from './messaging';
import { PageArticle } from './page-article';
import { PageClipper } from './page-clipper';
import { PageHighlights } from './page-highlights';
import { Panels } from './panels';
import { watchPage } from './watch-page';
import { isFramePageKey } from '../../core/url/frame-key';
import { pageKeyOf } from '../page-key';

/**
 * The page key (content/page-key.ts). A frame written by a sandboxed parent has none the
 * background would take: its own address is sent, and every request naming it is refused.
 */
function pageKey(doc: Document): string {
  return pageKeyOf(doc) ?? doc.location.href;
}

/** Answers one background message once the annotator is set up; undefined for a type it does not know. */
type Answer = (message: ContentEnvelope) => Promise<unknown> | undefined;

async function start(doc: Document): Promise<Answer> {
  let settings: Settings = await call('cs-bg:get-settings', {});
  const ui = createUiHost(doc);
  const article = new PageArticle(doc);
  const highlights = new PageHighlights(doc, settings, article, pageKey(doc));
  const win = doc.defaultView!;
  const panels = new Panels(doc, ui, highlights, article, () => settings);
  const clipper = new PageClipper(doc, () => highlights.pageUrl);
  highlights.onCreated = (saved) => clipper.clipAfterHighlight(saved.exact);

  /** Clips the article (with the selection's item on a multi-article page) and says so on the page. */
  const clip = async (): Promise<ClipReport> => {
    const quote = panels.selection()?.toString();
    try {
      const report = await clipper.clip(quote);
      panels.showNotice(report.clippings.length > 0 ? t('clipDone', String(report.clippings.length)) : t('clipNothing'));
      return report;
    } catch (error) {
      panels.showError(error, (win.scrollX ?? 0) + 24, (win.scrollY ?? 0) + 24);
      throw error;
    }
  };

  const onSelectionEnd = (event: Event) => {
    if (ui.contains(event.target as Node)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      if (panels.selection()) panels.showToolbar();
    }, 0);
  };

  const onClick = (event: MouseEvent) => {
    if (ui.contains(event.target as Node) || panels.selection()) return;
    const caret = caretFromPoint(doc, event.clientX, event.clientY);
    const id = caret && highlights.painter.idAtPoint(caret.node, caret.offset);
    if (id) void panels.openHighlightMenu(id, event.pageX, event.pageY + 12);
    else if (ui.isOpen()) ui.hide();
  };

  doc.addEventListener('mouseup', onSelectionEnd, true);
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key.startsWith('Arrow')) onSelectionEnd(event);
  }, true);
  doc.addEventListener('click', onClick);

  const runCommand = async (command: string): Promise<boolean> => {
    if (command === 'clip-article') return clip().then(() => true, () => false);
    const selection = panels.selection();
    if (command === 'highlight-sentence') {
      const focus = doc.getSelection();
      const range = focus?.focusNode ? sentenceRangeAt(focus.focusNode, focus.focusOffset) : null;
      if (!range) return false;
      await panels.highlightRange(range, settings.defaultColor, false);
      return true;
    }
    if (!selection) return false;
    await panels.highlightRange(selection, settings.defaultColor, command === 'highlight-note');
    return true;
  };

  const scrollTo = (id: string): boolean => {
    const range = highlights.painter.rangeOf(id);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: 'smooth' });
    highlights.painter.flash(id);
    return true;
  };

  const answer: Answer = ({ type, payload }) => {
    switch (type) {
      case 'bg-cs:command':
        return runCommand((payload as { command: string }).command).then((done) => ({ done }));
      case 'bg-cs:page-info':
        return article.ensure(highlights.pageUrl).then(
          (records): PageInfo => ({ pageUrl: highlights.pageUrl, title: doc.title, articleIds: records.map((r) => r.id) }),
          (): PageInfo => ({ pageUrl: highlights.pageUrl, title: doc.title, articleIds: [] }),
        );
      case 'bg-cs:clip':
        return clip();
      case 'bg-cs:scroll-to-highlight':
        return Promise.resolve({ found: scrollTo((payload as { id: string }).id) });
      // One highlight edited in the popup: repaint that one, not the page (no text model, no re-anchor).
      case 'bg-cs:highlight-stored':
        return Promise.resolve({ repainted: highlights.applyStored((payload as BackgroundToContent['bg-cs:highlight-stored']).highlight) });
      case 'bg-cs:highlight-removed': {
        const { id, pageUrl } = payload as BackgroundToContent['bg-cs:highlight-removed'];
        return Promise.resolve({ repainted: highlights.applyRemoved(id, pageUrl) });
      }
      case 'bg-cs:highlights-changed': {
        // A note edited on another page leaves this one as it is: re-anchoring costs a text model.
        const { pageUrls } = (payload ?? {}) as BackgroundToContent['bg-cs:highlights-changed'];
        if (pageUrls && !pageUrls.includes(highlights.pageUrl)) return Promise.resolve({ repainted: 0 });
        return highlights.restore().then((r) => ({ repainted: r.anchored }));
      }
      case 'bg-cs:note-editor-closed': {
        const { token, highlight } = payload as BackgroundToContent['bg-cs:note-editor-closed'];
        return Promise.resolve({ closed: panels.noteEditorClosed(token, highlight) });
      }
      default:
        return undefined;
    }
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    void call('cs-bg:get-settings', {}).then((next) => {
      settings = next;
      highlights.applySettings(next);
    });
  });

  /** Another page is shown here now (or the same one again): its highlights, its article. */
  const showPage = () => {
    const next = pageKey(doc);
    if (next !== highlights.pageUrl) {
      highlights.clear();
      article.reset();
      clipper.reset();
      highlights.pageUrl = next;
    }
    void highlights.restore().catch(() => undefined);
  };
  const watcher = watchPage(doc, {
    // A frame its parent writes is keyed by its text: another text (a viewer's next message) is another page.
    onContentChanged: () => (isFramePageKey(highlights.pageUrl) ? showPage() : void highlights.restore().catch(() => undefined)),
    onNavigated: showPage,
  });

  highlights.onDomWrite = () => watcher.discardPending();
  // The first restore runs behind the answers: a popup asking about the page is not kept
  // waiting for the page's highlights to be anchored.
  void highlights.restore().catch((error) => console.info('[jianbao:annotator] restore', (error as Error).message));
  panels.showToolbar();
  return answer;
}

/**
 * The messages the annotator answers (the rest are not for it). A record over every
 * background → content type, so a new type that is not listed here does not compile.
 */
const ANSWERED: Record<keyof BackgroundToContent, true> = {
  'bg-cs:command': true,
  'bg-cs:page-info': true,
  'bg-cs:scroll-to-highlight': true,
  'bg-cs:highlights-changed': true,
  'bg-cs:note-editor-closed': true,
  'bg-cs:highlight-stored': true,
  'bg-cs:highlight-removed': true,
  'bg-cs:clip': true,
};

const marker = globalThis as { __jianbaoAnnotator?: boolean };
if (!marker.__jianbaoAnnotator) {
  marker.__jianbaoAnnotator = true;
  const ready = start(document);
  ready.catch((error) => console.error('[jianbao:annotator] could not start', error));
  // Listener first, then everything else: the background sends its message (the popup's page
  // info, a shortcut) the moment the injection returns, while the settings are still on their
  // way. A message that arrives early waits for the annotator instead of finding nobody there
  // ("Receiving end does not exist", which the popup would show as "cannot run on this page").
  browser.runtime.onMessage.addListener((message: unknown) => {
    const envelope = (message ?? {}) as ContentEnvelope;
    if (!Object.hasOwn(ANSWERED, envelope.type)) return undefined;
    return ready.then((answer) => answer(envelope));
  });
}
