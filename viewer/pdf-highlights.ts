/**
 * Highlights in the PDF reader, as on web pages: the annotator's selection toolbar and note
 * editor (src/dom/ui), the palette from the settings, a save through the background (which
 * links the quote to its item's article record), painting with the CSS Custom Highlight API on
 * pdf.js's text layer. Identity is the PDF's fingerprint (urn:x-pdf:…), so highlights come back
 * whatever address the PDF is opened from. Selectors: TextQuote and TextPosition over the whole
 * document text (src/core/pdf/document-text.ts) and a PageSelector (index, label).
 */
import { loadSettings } from '../src/background/settings-store';
import type { Highlight, PaletteColor, Settings } from '../src/core/model';
import { itemRanges, offsetAt, type DocumentText } from '../src/core/pdf/document-text';
import { highlightAtPoint, type ScreenBox } from '../src/core/pdf/hit-test';
import { anchorHighlight, describeSpan } from '../src/core/pdf/pdf-selectors';
import { isSafePaletteColor } from '../src/core/settings/color-rules';
import { DEFAULT_SETTINGS } from '../src/core/settings/default-settings';
import { buildHighlightMenu, buildUndoToast } from '../src/dom/ui/highlight-menu';
import { buildNoteEditor } from '../src/dom/ui/note-editor';
import { buildSelectionToolbar } from '../src/dom/ui/selection-toolbar';
import { createUiHost } from '../src/dom/ui/ui-host';
import { callBackground } from '../popup/background-call';
import { t } from '../popup/i18n';

/** What the highlighter needs of the open document. */
export interface HighlightContext {
  pageUrl: string;
  title: string;
  doc: DocumentText;
  /** Page labels (index → label) when the PDF has them. */
  labels: (string | null)[] | null;
  /** Per page, the pdf.js item index of each text-layer span in order (empty items get no span). */
  shownItems: ArrayLike<number>[];
}

const highlightName = (key: string) => `jianbao-pdf-${key}`;
/** The src/dom/ui panels take one optional substitution. */
const translate = (key: string, substitution?: string) => (substitution === undefined ? t(key) : t(key, substitution));

/** The text layer's spans of one page, indexed by item (pdf.js leaves empty items out of the DOM). */
function tagTextLayer(pageDiv: HTMLElement, shown: ArrayLike<number>): void {
  const layer = pageDiv.querySelector('.textLayer');
  if (!layer || (layer as HTMLElement).dataset.jbTagged === String(layer.childElementCount)) return;
  const spans = layer.querySelectorAll<HTMLElement>('span[role=presentation]');
  const count = Math.min(spans.length, shown.length);
  for (let k = 0; k < count; k++) spans[k]!.dataset.jbItem = String(shown[k]);
  (layer as HTMLElement).dataset.jbTagged = String(layer.childElementCount);
}

/** How long "Undo" stays offered after a delete, and a message stays up (as on web pages). */
const UNDO_MS = 6000;
const NOTICE_MS = 4000;

/** The document span of the current selection inside the text layer, or undefined. */
function selectedSpan(context: HighlightContext): { start: number; end: number } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const point = (node: Node, offset: number, side: 'start' | 'end'): number | undefined => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const span = element?.closest<HTMLElement>('span[data-jb-item]');
    const page = element?.closest<HTMLElement>('.page[data-page-number]');
    if (!page) return undefined;
    const pageIndex = Number(page.dataset.pageNumber) - 1;
    if (span && node.nodeType === Node.TEXT_NODE) return offsetAt(context.doc, pageIndex, Number(span.dataset.jbItem), offset, side);
    // An element boundary (the end of a line, a whole span): its first or last character.
    const spans = [...(element?.querySelectorAll<HTMLElement>('span[data-jb-item]') ?? [])];
    const target = side === 'start' ? (spans[offset] ?? spans[0]) : (spans[offset - 1] ?? spans[spans.length - 1]);
    if (!target) return undefined;
    return offsetAt(context.doc, pageIndex, Number(target.dataset.jbItem), side === 'start' ? 0 : (target.textContent ?? '').length, side);
  };
  const start = point(range.startContainer, range.startOffset, 'start');
  const end = point(range.endContainer, range.endOffset, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  if (!context.doc.text.slice(start, end).trim()) return undefined;
  return { start, end };
}

/** The reader page's highlighter for one open document. */
export function createPdfHighlighter(context: HighlightContext, options: { container: HTMLElement; pageDiv(page: number): HTMLElement | undefined; onChange(highlights: PaintedHighlight[]): void }) {
  let settings: Settings = DEFAULT_SETTINGS;
  const host = createUiHost(document);
  const painted = new Map<string, PaintedHighlight>();
  /** Each painted highlight's ranges on the rendered text layers (for clicks on it). */
  const rangesById = new Map<string, Range[]>();
  const style = document.createElement('style');
  document.head.append(style);

  const applyPalette = (palette: PaletteColor[]) => {
    // Translucent over the page image (the text layer's glyphs are transparent).
    style.textContent = palette
      .filter(isSafePaletteColor)
      .map((c) => `::highlight(${highlightName(c.key)}){background-color:${c.value}80}`)
      .join('\n');
  };
  applyPalette(settings.palette);
  void loadSettings().then((loaded) => {
    settings = loaded;
    applyPalette(loaded.palette);
  });

  /** Rebuilds every colour's Highlight from the rendered pages (pdf.js renders text layers lazily). */
  const tagRenderedPages = () => {
    context.shownItems.forEach((shown, page) => {
      const div = options.pageDiv(page);
      if (div) tagTextLayer(div, shown);
    });
  };

  const repaint = () => {
    tagRenderedPages();
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const byColor = new Map<string, Range[]>();
    rangesById.clear();
    for (const entry of painted.values()) {
      if (!entry.span) continue;
      for (const piece of itemRanges(context.doc, entry.span)) {
        const div = options.pageDiv(piece.page);
        if (!div) continue;
        const node = div.querySelector(`.textLayer span[data-jb-item="${piece.item}"]`)?.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const length = (node.textContent ?? '').length;
        const range = document.createRange();
        range.setStart(node, Math.min(piece.from, length));
        range.setEnd(node, Math.min(piece.to, length));
        byColor.set(entry.highlight.color, [...(byColor.get(entry.highlight.color) ?? []), range]);
        rangesById.set(entry.highlight.id, [...(rangesById.get(entry.highlight.id) ?? []), range]);
      }
    }
    for (const color of settings.palette) CSS.highlights.delete(highlightName(color.key));
    for (const [color, ranges] of byColor) CSS.highlights.set(highlightName(color), new Highlight(...ranges));
  };

  const changed = () => {
    repaint();
    options.onChange([...painted.values()]);
  };

  /** Anchored or orphan, as a web page reports it: stored status, and the count on the tab's badge. */
  const report = () =>
    callBackground('ui-bg:report-pdf-anchoring', {
      pageUrl: context.pageUrl,
      results: [...painted.values()].map((entry) => ({ id: entry.highlight.id, status: entry.span ? ('anchored' as const) : ('orphan' as const) })),
    }).catch((error: Error) => console.info('[jianbao:pdf] anchoring report', error.message));

  const notice = (text: string, x: number, y: number, role: 'status' | 'alert' = 'alert') => {
    const message = document.createElement('div');
    message.className = 'panel toast';
    message.setAttribute('role', role);
    message.textContent = text;
    host.show(message, x, y);
    setTimeout(() => {
      if (message.isConnected) host.hide();
    }, NOTICE_MS);
  };

  const update = async (id: string, changes: { color?: string; note?: string; tags?: string[] }, x: number, y: number) => {
    try {
      const updated = await callBackground('ui-bg:update-highlight', { id, changes });
      const entry = painted.get(updated.id);
      if (entry) entry.highlight = updated;
      changed();
    } catch (error) {
      notice((error as Error).message, x, y);
    }
  };

  const deleteWithUndo = async (id: string, x: number, y: number) => {
    const entry = painted.get(id);
    try {
      const deleted = await callBackground('ui-bg:delete-highlight', { id });
      painted.delete(id);
      changed();
      const toast = buildUndoToast(document, translate, () => {
        host.hide();
        void callBackground('ui-bg:restore-highlight', { highlight: deleted }).then(
          (restored) => {
            painted.set(restored.id, { highlight: restored, span: entry?.span ?? anchorHighlight(context.doc, restored) });
            changed();
          },
          (error: Error) => notice(error.message, x, y),
        );
      });
      host.show(toast, x, y);
      setTimeout(() => {
        if (toast.isConnected) host.hide();
      }, UNDO_MS);
    } catch (error) {
      notice((error as Error).message, x, y);
    }
  };

  /** The menu of a painted highlight: colours, note, copy with citation, delete — as on web pages. */
  const openMenu = (id: string, x: number, y: number) => {
    const entry = painted.get(id);
    if (!entry) return;
    // Asked for as the menu opens: a style's first citation can take longer than the click's
    // permission to write the clipboard lasts.
    const cited = callBackground('ui-bg:cite-pdf-highlight', { id }).then((reply) => reply.text);
    cited.catch(() => undefined);
    const menu = buildHighlightMenu(document, {
      palette: settings.palette,
      currentColor: entry.highlight.color,
      t: translate,
      onColor: (color) => {
        host.hide();
        void update(id, { color }, x, y);
      },
      onNote: () => openNote(painted.get(id)?.highlight ?? entry.highlight, x, y),
      onCopy: () => {
        host.hide();
        void cited
          .then((text) => navigator.clipboard.writeText(text))
          .then(
            () => notice(t('popupCopied'), x, y, 'status'),
            () => notice(t('popupCopyFailed'), x, y),
          );
      },
      onDelete: () => void deleteWithUndo(id, x, y),
      onClose: () => host.hide(),
    });
    host.show(menu, x, y);
    menu.querySelector('button')?.focus();
  };

  const save = async (color: string, span: { start: number; end: number }): Promise<Highlight> => {
    const selectors = describeSpan(context.doc, context.labels, span);
    const highlight = await callBackground('ui-bg:save-pdf-highlight', {
      highlight: { id: crypto.randomUUID(), pageUrl: context.pageUrl, pageTitle: context.title.slice(0, 2_000), exact: context.doc.text.slice(span.start, span.end), selectors, color },
    });
    painted.set(highlight.id, { highlight, span });
    changed();
    return highlight;
  };

  const openNote = (highlight: Highlight, x: number, y: number) => {
    const editor = buildNoteEditor(document, {
      note: highlight.note,
      tags: highlight.tags,
      knownTags: [],
      t: translate,
      onSave: (note, tags) => {
        host.hide();
        void update(highlight.id, { note, tags }, x, y);
      },
      onCancel: () => host.hide(),
    });
    host.show(editor.panel, x, y);
    editor.focus();
  };

  const showToolbar = () => {
    tagRenderedPages();
    const span = selectedSpan(context);
    if (!span) return;
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const x = rect.left + window.scrollX;
    const y = rect.bottom + window.scrollY + 6;
    const toolbar = buildSelectionToolbar(document, {
      palette: settings.palette,
      defaultColor: settings.palette[0]?.key ?? 'yellow',
      t: translate,
      onHighlight: (color) => {
        host.hide();
        void save(color, span).then(() => document.getSelection()?.removeAllRanges());
      },
      onNote: (color) => {
        void save(color, span).then((highlight) => {
          document.getSelection()?.removeAllRanges();
          openNote(highlight, x, y);
        });
      },
      onClose: () => host.hide(),
    });
    host.show(toolbar, x, y);
  };

  options.container.addEventListener('mouseup', (event) => {
    if (host.contains(event.target as Node)) return;
    // A collapsed selection is a click: the click handler below opens a menu or closes the panel.
    setTimeout(() => {
      if (document.getSelection()?.isCollapsed === false) showToolbar();
    }, 0);
  });
  // A click on a painted highlight (no selection made) opens its menu.
  options.container.addEventListener('click', (event) => {
    if (host.contains(event.target as Node) || document.getSelection()?.isCollapsed === false) return;
    const boxes = [...rangesById].map(([id, ranges]) => [id, ranges.flatMap((range) => [...range.getClientRects()])] as [string, ScreenBox[]]);
    const id = highlightAtPoint(boxes, event.clientX, event.clientY);
    if (id) openMenu(id, event.pageX, event.pageY + 12);
    else host.hide();
  });
  options.container.addEventListener('keyup', (event) => {
    if (event.shiftKey && document.getSelection()?.isCollapsed === false) showToolbar();
  });

  return {
    /** Loads the PDF's stored highlights and anchors them in this document's text. */
    async restore(): Promise<void> {
      const stored = await callBackground('ui-bg:list-pdf-highlights', { pageUrl: context.pageUrl });
      painted.clear();
      for (const highlight of stored) painted.set(highlight.id, { highlight, span: anchorHighlight(context.doc, highlight) });
      changed();
      await report();
    },
    /** pdf.js re-rendered a page's text layer: paint on it again. */
    repaint,
    /** Where a highlight starts (page index, pdf.js item), or undefined when it is not in this PDF. */
    locate(id: string): { page: number; item: number } | undefined {
      const span = painted.get(id)?.span;
      const first = span ? itemRanges(context.doc, span)[0] : undefined;
      return first ? { page: first.page, item: first.item } : undefined;
    },
    /** The text-layer element of an item once its page's text layer is drawn (and tagged). */
    itemElement(page: number, item: number): HTMLElement | undefined {
      tagRenderedPages();
      return options.pageDiv(page)?.querySelector<HTMLElement>(`.textLayer span[data-jb-item="${item}"]`) ?? undefined;
    },
    highlights: () => [...painted.values()],
    /**
     * The extension's shortcuts and selection menu items (Alt+Shift+H, Alt+Shift+K by default),
     * as on web pages: the browser hands them to the background, which passes them on here.
     * False when there is no selection in the text layer.
     */
    command(command: 'highlight' | 'highlight-note'): boolean {
      tagRenderedPages();
      const span = selectedSpan(context);
      if (!span) return false;
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      host.hide();
      const x = rect.left + window.scrollX;
      const y = rect.bottom + window.scrollY + 6;
      void save(settings.palette[0]?.key ?? 'yellow', span).then(
        (highlight) => {
          document.getSelection()?.removeAllRanges();
          if (command === 'highlight-note') openNote(highlight, x, y);
        },
        (error: Error) => notice(error.message, x, y),
      );
      return true;
    },
  };
}

/** A highlight of the document and where it is in its text (none: an orphan). */
export interface PaintedHighlight {
  highlight: Highlight;
  span?: { start: number; end: number };
}
