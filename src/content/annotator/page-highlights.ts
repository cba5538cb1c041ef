/**
 * The highlights of the page the reader is looking at: anchors stored highlights, paints them,
 * creates new ones from a selection, and keeps the background informed of orphans.
 * A highlight that cannot be placed is an orphan (listed in the popup), never an exception.
 */
import { JianbaoError } from '../../core/errors';
import type { AnchorStatus, Highlight, Settings } from '../../core/model';
import { anchorInModel, createTextModel, describe } from '../../dom/anchoring';
import { createOverlayPainter } from '../../dom/highlight/overlay-painter';
import { createPainter, type Painter } from '../../dom/highlight/paint-highlights';
import { call } from './messaging';
import { checkQuoteLength } from './selection-too-long';
import type { PageArticle } from './page-article';

/**
 * Whether two ranges cover some of the same (non-blank) text. Boundary points alone do not tell:
 * the wrapper painter's <jb-mark> puts "the end of a highlight" and "the start of the next
 * word" at different DOM points around the same character position.
 */
function sharesText(doc: Document, a: Range, b: Range): boolean {
  const laterStart = a.compareBoundaryPoints(Range.START_TO_START, b) >= 0 ? a : b;
  const earlierEnd = a.compareBoundaryPoints(Range.END_TO_END, b) <= 0 ? a : b;
  const probe = doc.createRange();
  probe.setStart(earlierEnd.endContainer, earlierEnd.endOffset);
  // The later start at or past the earlier end: nothing in common.
  if (probe.comparePoint(laterStart.startContainer, laterStart.startOffset) >= 0) return false;
  probe.setStart(laterStart.startContainer, laterStart.startOffset);
  probe.setEnd(earlierEnd.endContainer, earlierEnd.endOffset);
  return probe.toString().trim().length > 0;
}

export class PageHighlights {
  private currentPainter: Painter;
  private readonly records = new Map<string, Highlight>();
  /**
   * Called right after every change the painter makes to the page's DOM (the wrapper fallback
   * does; the CSS Custom Highlight API does not), whatever caused it: restore, create, a colour
   * change, remove, undo, clear. The page watcher drops those mutations so they cause no re-anchor.
   */
  onDomWrite: () => void = () => undefined;
  /** Called after a new highlight is stored (the annotator clips its article then). */
  onCreated: (highlight: Highlight) => void = () => undefined;
  /**
   * Highlights made here that no restore has listed yet. A restore clears the paint and
   * repaints what the background listed, but a save still on its way, or stored after the list
   * was read, is not in that list (the first command on a page races the annotator's first
   * restore): those are kept and painted again from their selectors.
   */
  private readonly unlisted = new Map<string, { selectors: Highlight['selectors']; color: string; saved?: Highlight }>();
  /**
   * Saves on their way, by highlight id. The paint is on the page before the background has
   * answered, so a reader can click a highlight whose record is not here yet: its menu waits
   * for this instead of doing nothing.
   */
  private readonly saving = new Map<string, Promise<Highlight>>();
  /** Bumped on every restore so a slow, outdated restore does not paint over a newer one. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly article: PageArticle,
    public pageUrl: string,
  ) {
    this.currentPainter = this.makePainter(settings);
  }

  /** The painter the reader chose: the overlay page scripts cannot read, or the Custom Highlight API. */
  private makePainter(settings: Settings): Painter {
    return settings.hideHighlightsFromPage
      ? createOverlayPainter(this.doc, settings.palette)
      : createPainter(this.doc, settings.palette, { onDomWrite: () => this.onDomWrite() });
  }

  get painter(): Painter {
    return this.currentPainter;
  }

  get root(): Element {
    return this.doc.body;
  }

  record(id: string): Highlight | undefined {
    return this.records.get(id);
  }

  /** The stored record of a painted highlight, once its save (if one is on its way) has answered. */
  async settledRecord(id: string): Promise<Highlight | undefined> {
    const known = this.records.get(id);
    if (known) return known;
    const pending = this.saving.get(id);
    if (!pending) return undefined;
    await pending.catch(() => undefined);
    return this.records.get(id);
  }

  all(): Highlight[] {
    return [...this.records.values()];
  }

  applySettings(settings: Settings): void {
    const switched = !!settings.hideHighlightsFromPage !== !!this.settings.hideHighlightsFromPage;
    this.settings = settings;
    if (!switched) {
      this.painter.setPalette(settings.palette);
      return;
    }
    // The other painter: take every trace of this one off the page, then paint again from storage.
    this.currentPainter.dispose();
    this.currentPainter = this.makePainter(settings);
    void this.restore().catch(() => undefined);
  }

  /** Loads the page's stored highlights, anchors and paints them, and reports orphans. */
  async restore(): Promise<{ anchored: number; orphans: number }> {
    const generation = ++this.generation;
    const stored = await call('cs-bg:list-page-highlights', { pageUrl: this.pageUrl });
    if (generation !== this.generation) return { anchored: 0, orphans: 0 };
    if (stored.length > 0) void this.article.ensure(this.pageUrl).catch(() => undefined);
    // Paint is cleared before the text model is built (the wrapper fallback changes text
    // nodes), and every range is found before any is painted; then one model serves all.
    this.painter.clear();
    this.records.clear();
    const model = createTextModel(this.root);
    const placed = stored.map((h) => [h, anchorInModel(model, h.selectors)] as const);
    const results: { id: string; status: AnchorStatus }[] = [];
    for (const [highlight, range] of placed) {
      this.records.set(highlight.id, highlight);
      if (range) this.painter.paint(highlight.id, range, highlight.color);
      results.push({ id: highlight.id, status: range ? 'anchored' : 'orphan' });
    }
    for (const [id, entry] of this.unlisted) {
      if (this.records.has(id)) {
        this.unlisted.delete(id);
        continue;
      }
      if (entry.saved) this.records.set(id, entry.saved);
      const range = anchorInModel(model, entry.selectors);
      if (range) this.painter.paint(id, range, entry.saved?.color ?? entry.color);
    }
    const orphans = results.filter((r) => r.status === 'orphan').length;
    if (stored.length > 0) await call('cs-bg:report-anchoring', { pageUrl: this.pageUrl, results });
    return { anchored: results.length - orphans, orphans };
  }

  /** Ids of the painted highlights whose text overlaps `range` (touching ends do not count), oldest first. */
  private overlapping(range: Range): string[] {
    const ids: string[] = [];
    for (const h of [...this.records.values()].sort((a, b) => a.createdAt - b.createdAt)) {
      const painted = this.painter.rangeOf(h.id);
      if (!painted) continue;
      if (sharesText(this.doc, range, painted)) ids.push(h.id);
    }
    return ids;
  }

  /**
   * Highlighting over stored highlights edits instead of stacking a second, identical one: a
   * selection inside one highlight recolours it (the caller may then open its note); one that
   * reaches past them grows the oldest to the union of all, and the others join it (notes kept).
   */
  private async editOrExtend(range: Range, color: string, ids: string[]): Promise<Highlight> {
    const inside = ids.filter((id) => {
      const painted = this.painter.rangeOf(id)!;
      return painted.compareBoundaryPoints(Range.START_TO_START, range) <= 0 && painted.compareBoundaryPoints(Range.END_TO_END, range) >= 0;
    });
    if (inside.length > 0) {
      // The innermost (newest painted over the text) is the one the reader sees and edits.
      const id = inside[inside.length - 1];
      const current = this.records.get(id)!;
      return current.color === color ? current : this.update(id, { color });
    }
    const union = range.cloneRange();
    for (const id of ids) {
      const painted = this.painter.rangeOf(id)!;
      if (painted.compareBoundaryPoints(Range.START_TO_START, union) < 0) union.setStart(painted.startContainer, painted.startOffset);
      if (painted.compareBoundaryPoints(Range.END_TO_END, union) > 0) union.setEnd(painted.endContainer, painted.endOffset);
    }
    const selectors = describe(this.root, union);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
    checkQuoteLength(quote.exact);
    const [target, ...absorb] = ids;
    const { highlight, removed } = await call('cs-bg:extend-highlight', { id: target, exact: quote.exact, selectors, color, absorb });
    // Paint goes first (the wrapper fallback changes text nodes), then the grown one is found again.
    for (const id of [target, ...removed]) {
      this.painter.remove(id);
      if (id !== target) this.records.delete(id);
    }
    this.records.set(highlight.id, highlight);
    const placed = anchorInModel(createTextModel(this.root), highlight.selectors);
    if (placed) this.painter.paint(highlight.id, placed, highlight.color);
    return highlight;
  }

  /**
   * Highlights a range: paints at once, then stores; a failed save takes the paint back. A range
   * over stored highlights edits or extends them instead (editOrExtend).
   */
  async create(range: Range, color: string, note?: string): Promise<Highlight> {
    const selectors = describe(this.root, range);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote || !quote.exact.trim()) {
      throw new JianbaoError('InvalidMessage', 'A highlight needs some text: the selection was empty or only spaces.');
    }
    checkQuoteLength(quote.exact);
    const over = this.overlapping(range);
    if (over.length > 0) return this.editOrExtend(range, color, over);
    const id = crypto.randomUUID();
    this.painter.paint(id, range, color);
    const local: { selectors: Highlight['selectors']; color: string; saved?: Highlight } = { selectors, color };
    this.unlisted.set(id, local);
    const saving = this.store(id, color, selectors, quote.exact, local, note);
    this.saving.set(id, saving);
    try {
      return await saving;
    } finally {
      this.saving.delete(id);
    }
  }

  /** Sends a painted highlight to the background; a failed save takes the paint back. */
  private async store(
    id: string,
    color: string,
    selectors: Highlight['selectors'],
    exact: string,
    local: { selectors: Highlight['selectors']; color: string; saved?: Highlight },
    note?: string,
  ): Promise<Highlight> {
    try {
      // Detection runs before the save so the background can link the highlight to its
      // article (and sentences); the background decides which article, not the page.
      const articles = await this.article.ensure(this.pageUrl).catch(() => []);
      // The page title is the article's only when the page is that one article; an e-paper
      // page of several items is titled by its document (item 1 is not the page).
      const articleTitle = articles.length === 1 ? articles[0].title : '';
      const saved = await call('cs-bg:save-highlight', {
        highlight: {
          id,
          pageUrl: this.pageUrl,
          pageTitle: (articleTitle || this.doc.title || this.pageUrl).slice(0, 2000),
          exact,
          selectors,
          color,
          ...(note ? { note } : {}),
        },
      });
      local.saved = saved;
      this.records.set(id, saved);
      this.onCreated(saved);
      return saved;
    } catch (error) {
      // The paint goes only when the save is known not to be stored. A failure reply says so;
      // a background that never answered may have stored it before it went away, so it is asked.
      const stored = error instanceof JianbaoError && error.code === 'ContextInvalidated' ? await this.storedRecord(id) : undefined;
      if (stored) {
        local.saved = stored;
        this.records.set(id, stored);
        this.onCreated(stored);
        return stored;
      }
      this.unlisted.delete(id);
      this.painter.remove(id);
      throw error;
    }
  }

  /** The stored record of a highlight of this page, if the background has it and can say so. */
  private async storedRecord(id: string): Promise<Highlight | undefined> {
    try {
      return (await call('cs-bg:list-page-highlights', { pageUrl: this.pageUrl })).find((h) => h.id === id);
    } catch {
      return undefined;
    }
  }

  async update(id: string, changes: { color?: string; note?: string; tags?: string[] }): Promise<Highlight> {
    const updated = await call('cs-bg:update-highlight', { id, changes });
    this.records.set(id, updated);
    const local = this.unlisted.get(id);
    if (local) local.saved = updated;
    const range = this.painter.rangeOf(id);
    if (changes.color && range) this.painter.paint(id, range, changes.color);
    return updated;
  }

  /** A note the note editor frame stored: keep the record current (tags, citation copy). */
  noteSaved(saved: Highlight): void {
    if (this.records.has(saved.id)) this.records.set(saved.id, saved);
  }

  async remove(id: string): Promise<Highlight> {
    const deleted = await call('cs-bg:delete-highlight', { id });
    this.records.delete(id);
    this.unlisted.delete(id);
    this.painter.remove(id);
    return deleted;
  }

  async undoRemove(highlight: Highlight): Promise<void> {
    const restored = await call('cs-bg:restore-highlight', { highlight });
    this.records.set(restored.id, restored);
    const range = anchorInModel(createTextModel(this.root), restored.selectors);
    if (range) this.painter.paint(restored.id, range, restored.color);
  }

  /**
   * A highlight of this page was edited or put back elsewhere (the popup): repaint that one.
   * A painted one keeps its range and takes the new colour; one not painted here is anchored
   * alone. Nothing else on the page is touched. Returns how many highlights were repainted.
   */
  applyStored(highlight: Highlight): number {
    if (highlight.pageUrl !== this.pageUrl) return 0;
    this.records.set(highlight.id, highlight);
    const range = this.painter.rangeOf(highlight.id) ?? anchorInModel(createTextModel(this.root), highlight.selectors);
    if (!range) return 0;
    this.painter.paint(highlight.id, range, highlight.color);
    return 1;
  }

  /** A highlight of this page was deleted elsewhere: its paint goes. */
  applyRemoved(id: string, pageUrl: string): number {
    if (pageUrl !== this.pageUrl || !this.records.has(id)) return 0;
    this.records.delete(id);
    this.unlisted.delete(id);
    this.painter.remove(id);
    return 1;
  }

  /** Leaves the page exactly as it was (SPA navigation, or the annotator shutting down). */
  clear(): void {
    this.generation++;
    this.painter.clear();
    this.records.clear();
    this.unlisted.clear();
  }
}
