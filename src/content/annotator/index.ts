/**
 * The annotator: injected on demand (first selection, a page with stored highlights, a shortcut,
 * a context-menu click, or the popup asking about the page). It owns the on-page UI, the
 * highlights of the page and the reaction to page changes. A second injection is a no-op.
 */
import browser from 'webextension-polyfill';
import { copyWithCitation, isCitationStyle } from '../../core/export/format-citation';
import type { Highlight, Settings } from '../../core/model';
import { canonicalPageUrl } from '../../core/url/canonical-url';
import type { ContentEnvelope, PageInfo } from '../../messages';
import { snapRangeToWords } from '../../dom/selection/snap-to-words';
import { sentenceRangeAt } from '../../dom/selection/sentence-at';
import { buildHighlightMenu, buildUndoToast } from '../../dom/ui/highlight-menu';
import { buildNoteEditor } from '../../dom/ui/note-editor';
import { buildSelectionToolbar } from '../../dom/ui/selection-toolbar';
import { createUiHost } from '../../dom/ui/ui-host';
import { readerMessage } from './error-text';
import { call, t } from './messaging';
import { PageArticle } from './page-article';
import { PageHighlights } from './page-highlights';
import { watchPage } from './watch-page';

/** How long "Undo" stays offered after a delete. */
const UNDO_MS = 6000;

function pageKey(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonicalPageUrl(doc.location.href, canonical);
}

function currentSelectionRange(doc: Document, ui: { contains(n: Node | null): boolean }): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (ui.contains(range.commonAncestorContainer) || !range.toString().trim()) return null;
  return range;
}

function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (withPosition.caretPositionFromPoint) {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

async function start(doc: Document): Promise<void> {
  let settings: Settings = await call('cs-bg:get-settings', {});
  const ui = createUiHost(doc);
  const article = new PageArticle(doc);
  const highlights = new PageHighlights(doc, settings, article, pageKey(doc));
  const win = doc.defaultView!;

  const belowRange = (range: Range): [number, number] => {
    const rect = range.getBoundingClientRect();
    return [rect.left + win.scrollX, rect.bottom + win.scrollY + 6];
  };

  const showError = (error: unknown, x: number, y: number) => {
    const message = doc.createElement('div');
    message.className = 'panel toast';
    message.setAttribute('role', 'alert');
    message.textContent = readerMessage(error);
    ui.show(message, x, y);
    setTimeout(() => ui.hide(), 4000);
  };

  const openNoteEditor = (highlight: Highlight, x: number, y: number) => {
    const knownTags = [...new Set(highlights.all().flatMap((h) => h.tags))];
    const editor = buildNoteEditor(doc, {
      note: highlight.note,
      tags: highlight.tags,
      knownTags,
      t,
      onSave: (note, tags) => {
        ui.hide();
        highlights.update(highlight.id, { note, tags }).catch((error) => showError(error, x, y));
      },
      onCancel: () => ui.hide(),
    });
    ui.show(editor.panel, x, y);
    editor.focus();
  };

  const highlightRange = async (range: Range, color: string, withNote: boolean) => {
    const target = (settings.snapToWords ? snapRangeToWords(range) : range).cloneRange();
    const [x, y] = belowRange(target);
    // Done with this selection at once: the reader may already be selecting the next passage
    // while the save is on its way.
    doc.getSelection()?.removeAllRanges();
    ui.hide();
    try {
      const saved = await highlights.create(target, color);
      if (withNote) openNoteEditor(saved, x, y);
    } catch (error) {
      showError(error, x, y);
    }
  };

  const showToolbar = () => {
    const range = currentSelectionRange(doc, ui);
    if (!range) return;
    const [x, y] = belowRange(range);
    const toolbar = buildSelectionToolbar(doc, {
      palette: settings.palette,
      defaultColor: settings.defaultColor,
      t,
      onHighlight: (color) => {
        const current = currentSelectionRange(doc, ui);
        if (current) void highlightRange(current, color, false);
      },
      onNote: (color) => {
        const current = currentSelectionRange(doc, ui);
        if (current) void highlightRange(current, color, true);
      },
      onClose: () => ui.hide(),
    });
    ui.show(toolbar, x, y);
  };

  const openHighlightMenu = (id: string, x: number, y: number) => {
    const record = highlights.record(id);
    if (!record) return;
    const menu = buildHighlightMenu(doc, {
      palette: settings.palette,
      currentColor: record.color,
      t,
      onColor: (color) => {
        ui.hide();
        highlights.update(id, { color }).catch((error) => showError(error, x, y));
      },
      onNote: () => openNoteEditor(highlights.record(id) ?? record, x, y),
      onCopy: async () => {
        ui.hide();
        try {
          const [first] = await article.ensure(highlights.pageUrl);
          const current = highlights.record(id) ?? record;
          const style = isCitationStyle(settings.citationStyle) ? settings.citationStyle : 'gbt7714-2015';
          const text = first ? copyWithCitation(current, first, style) : `“${current.exact}”\n\n${highlights.pageUrl}`;
          await win.navigator.clipboard.writeText(text);
        } catch (error) {
          showError(error, x, y);
        }
      },
      onDelete: async () => {
        try {
          const deleted = await highlights.remove(id);
          const toast = buildUndoToast(doc, t, () => {
            ui.hide();
            highlights.undoRemove(deleted).catch((error) => showError(error, x, y));
          });
          ui.show(toast, x, y);
          setTimeout(() => {
            if (toast.isConnected) ui.hide();
          }, UNDO_MS);
        } catch (error) {
          showError(error, x, y);
        }
      },
      onClose: () => ui.hide(),
    });
    ui.show(menu, x, y);
    // Keyboard users continue from here with the arrow keys; Escape closes.
    menu.querySelector('button')?.focus();
  };

  const onSelectionEnd = (event: Event) => {
    if (ui.contains(event.target as Node)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      if (currentSelectionRange(doc, ui)) showToolbar();
    }, 0);
  };

  const onClick = (event: MouseEvent) => {
    if (ui.contains(event.target as Node) || currentSelectionRange(doc, ui)) return;
    const caret = caretFromPoint(doc, event.clientX, event.clientY);
    const id = caret && highlights.painter.idAtPoint(caret.node, caret.offset);
    if (id) openHighlightMenu(id, event.pageX, event.pageY + 12);
    else if (ui.isOpen()) ui.hide();
  };

  doc.addEventListener('mouseup', onSelectionEnd, true);
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key.startsWith('Arrow')) onSelectionEnd(event);
  }, true);
  doc.addEventListener('click', onClick);

  const runCommand = async (command: string): Promise<boolean> => {
    const selection = currentSelectionRange(doc, ui);
    if (command === 'highlight-sentence') {
      const focus = doc.getSelection();
      const range = focus?.focusNode ? sentenceRangeAt(focus.focusNode, focus.focusOffset) : null;
      if (!range) return false;
      await highlightRange(range, settings.defaultColor, false);
      return true;
    }
    if (!selection) return false;
    await highlightRange(selection, settings.defaultColor, command === 'highlight-note');
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

  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = (message ?? {}) as ContentEnvelope;
    switch (type) {
      case 'bg-cs:command':
        return runCommand((payload as { command: string }).command).then((done) => ({ done }));
      case 'bg-cs:page-info':
        return article.ensure(highlights.pageUrl).then(
          (records): PageInfo => ({ pageUrl: highlights.pageUrl, title: doc.title, articleIds: records.map((r) => r.id) }),
          (): PageInfo => ({ pageUrl: highlights.pageUrl, title: doc.title, articleIds: [] }),
        );
      case 'bg-cs:scroll-to-highlight':
        return Promise.resolve({ found: scrollTo((payload as { id: string }).id) });
      case 'bg-cs:highlights-changed':
        return highlights.restore().then((r) => ({ repainted: r.anchored }));
      default:
        return undefined;
    }
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    void call('cs-bg:get-settings', {}).then((next) => {
      settings = next;
      highlights.applySettings(next);
    });
  });

  const watcher = watchPage(doc, {
    onContentChanged: () => void highlights.restore().catch(() => undefined),
    onNavigated: () => {
      const next = pageKey(doc);
      if (next !== highlights.pageUrl) {
        highlights.clear();
        article.reset();
        highlights.pageUrl = next;
      }
      void highlights.restore().catch(() => undefined);
    },
  });

  highlights.onDomWrite = () => watcher.discardPending();
  await highlights.restore().catch((error) => console.info('[jianbao:annotator] restore', (error as Error).message));
  showToolbar();
}

const marker = globalThis as { __jianbaoAnnotator?: boolean };
if (!marker.__jianbaoAnnotator) {
  marker.__jianbaoAnnotator = true;
  void start(document);
}
