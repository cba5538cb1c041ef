/**
 * The reader-facing actions behind the on-page panels: the selection toolbar, the menu of a
 * highlight, the note editor, undo and error toasts. Each turns a click into a call on the page's
 * highlights and shows the outcome; failures become one sentence, never a stack.
 */
import { fallbackSentence, type StyleFallback } from '../../core/citation/style-fallback';
import type { Highlight, Settings } from '../../core/model';
import { snapRangeToWords } from '../../dom/selection/snap-to-words';
import { currentSelectionRange, pointBelow } from '../../dom/selection/selection-geometry';
import { buildHighlightMenu, buildUndoToast } from '../../dom/ui/highlight-menu';
import { buildNoteFramePanel } from '../../dom/ui/note-frame-panel';
import { buildSelectionToolbar } from '../../dom/ui/selection-toolbar';
import type { UiHost } from '../../dom/ui/ui-host';
import { readerMessage } from './error-text';
import browser from 'webextension-polyfill';
import { call, t } from './messaging';
import type { PageArticle } from './page-article';
import type { PageHighlights } from './page-highlights';

/** What copy with citation puts on the clipboard, and whether the reader's style was used. */
type CitedText = { text: string; fallback?: StyleFallback };

/** How long "Undo" stays offered after a delete. */
const UNDO_MS = 6000;
/** How long an error message stays up. */
const ERROR_MS = 4000;

export class Panels {
  constructor(
    private readonly doc: Document,
    private readonly ui: UiHost,
    private readonly highlights: PageHighlights,
    private readonly article: PageArticle,
    private readonly settings: () => Settings,
  ) {}

  /** The ticket of the note editor frame on show, if one is. */
  private noteToken: string | null = null;

  selection(): Range | null {
    return currentSelectionRange(this.doc, (node) => this.ui.contains(node));
  }

  /** A short confirmation near the top of the view (e.g. "Clipped to your book"). */
  showNotice(text: string): void {
    const message = this.doc.createElement('div');
    message.className = 'panel toast';
    message.setAttribute('role', 'status');
    message.textContent = text;
    const win = this.doc.defaultView;
    this.ui.show(message, (win?.scrollX ?? 0) + 24, (win?.scrollY ?? 0) + 24);
    setTimeout(() => {
      if (message.isConnected) this.ui.hide();
    }, ERROR_MS);
  }

  showError(error: unknown, x: number, y: number): void {
    const message = this.doc.createElement('div');
    message.className = 'panel toast';
    message.setAttribute('role', 'alert');
    message.textContent = readerMessage(error);
    this.ui.show(message, x, y);
    setTimeout(() => {
      if (message.isConnected) this.ui.hide();
    }, ERROR_MS);
  }

  /** Highlights a range (snapped to words if the reader wants), optionally opening the note editor. */
  async highlightRange(range: Range, color: string, withNote: boolean): Promise<void> {
    const target = (this.settings().snapToWords ? snapRangeToWords(range) : range).cloneRange();
    const [x, y] = pointBelow(target);
    // Done with this selection at once: the reader may already be selecting the next passage
    // while the save is on its way.
    this.doc.getSelection()?.removeAllRanges();
    this.ui.hide();
    try {
      const saved = await this.highlights.create(target, color);
      if (withNote) await this.openNoteEditor(saved, x, y);
    } catch (error) {
      this.showError(error, x, y);
    }
  }

  showToolbar(): void {
    const range = this.selection();
    if (!range) return;
    const { palette, defaultColor } = this.settings();
    const act = (color: string, withNote: boolean) => {
      const current = this.selection();
      if (current) void this.highlightRange(current, color, withNote);
    };
    const toolbar = buildSelectionToolbar(this.doc, {
      palette,
      defaultColor,
      t,
      onHighlight: (color) => act(color, false),
      onNote: (color) => act(color, true),
      onClose: () => this.ui.hide(),
    });
    const [x, y] = pointBelow(range);
    this.ui.show(toolbar, x, y);
  }

  /**
   * Opens the note editor: a frame of Jianbao's own (note-frame/) in the closed shadow root,
   * so what the reader types never passes through the page's document or its listeners. The
   * frame loads and saves the note with the background; this side only shows and hides it.
   */
  async openNoteEditor(highlight: Highlight, x: number, y: number): Promise<void> {
    try {
      const { token } = await call('cs-bg:open-note-editor', { id: highlight.id });
      const src = `${browser.runtime.getURL('note-frame/note-frame.html')}#${token}`;
      const { panel } = buildNoteFramePanel(this.doc, src, {
        label: t('noteLabel'),
        onNavigatedAway: () => {
          if (this.noteToken === token) this.closeNoteEditor();
        },
      });
      this.noteToken = token;
      this.ui.show(panel, x, y);
    } catch (error) {
      this.showError(error, x, y);
    }
  }

  /** The background says the note editor is done (saved, with the stored record, or cancelled). */
  noteEditorClosed(token: string, saved?: Highlight): boolean {
    if (saved) this.highlights.noteSaved(saved);
    if (token !== this.noteToken) return false;
    this.closeNoteEditor();
    return true;
  }

  private closeNoteEditor(): void {
    this.noteToken = null;
    this.ui.hide();
  }

  async openHighlightMenu(id: string, x: number, y: number): Promise<void> {
    // A highlight clicked while its save is on its way opens once the background has answered.
    const record = await this.highlights.settledRecord(id);
    if (!record) return;
    const latest = () => this.highlights.record(id) ?? record;
    // The citation is asked for as the menu opens, so that by the click it is usually made: the
    // engine runs in the background and a style's first citation takes seconds to build, longer
    // than a browser keeps the click's permission to write the clipboard.
    let cited: Promise<CitedText> | undefined;
    const citation = () => (cited ??= this.citedText(record));
    citation().catch(() => undefined);
    const menu = buildHighlightMenu(this.doc, {
      palette: this.settings().palette,
      currentColor: record.color,
      t,
      onColor: (color) => {
        this.ui.hide();
        this.highlights.update(id, { color }).catch((error) => this.showError(error, x, y));
      },
      onNote: () => void this.openNoteEditor(latest(), x, y),
      onCopy: () => void this.copyWithCitation(citation, x, y),
      onDelete: () => void this.deleteWithUndo(id, x, y),
      onClose: () => this.ui.hide(),
    });
    this.ui.show(menu, x, y);
    // Keyboard users continue from here with the arrow keys; Escape closes.
    menu.querySelector('button')?.focus();
  }

  /**
   * The quote, note and reference of a highlight, made by the background's citation engine in
   * the reader's style. The highlight's own article is cited; the page's article is detected
   * (and stored) first, and without one the page itself is cited, as the popup does.
   */
  private async citedText(highlight: Highlight): Promise<CitedText> {
    await this.article.ensure(this.highlights.pageUrl).catch(() => []);
    return call('cs-bg:cite-highlight', { id: highlight.id });
  }

  private async copyWithCitation(cited: () => Promise<CitedText>, x: number, y: number): Promise<void> {
    this.ui.hide();
    try {
      const { text, fallback } = await cited();
      await this.doc.defaultView!.navigator.clipboard.writeText(text);
      // The reader's own style could not be used: the copy is in the default style, and they are told why.
      if (fallback) this.showNotice(fallbackSentence(fallback, t));
    } catch (error) {
      this.showError(error, x, y);
    }
  }

  private async deleteWithUndo(id: string, x: number, y: number): Promise<void> {
    try {
      const deleted = await this.highlights.remove(id);
      const toast = buildUndoToast(this.doc, t, () => {
        this.ui.hide();
        this.highlights.undoRemove(deleted).catch((error) => this.showError(error, x, y));
      });
      this.ui.show(toast, x, y);
      setTimeout(() => {
        if (toast.isConnected) this.ui.hide();
      }, UNDO_MS);
    } catch (error) {
      this.showError(error, x, y);
    }
  }
}
