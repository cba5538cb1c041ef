/**
 * Paints highlights without moving the page's layout. Where the browser has the CSS Custom
 * Highlight API, ranges are registered in one Highlight per colour and the DOM is untouched;
 * elsewhere each text node of a range is wrapped in an inline <jb-mark> (no box changes, and
 * the anchoring text model treats it as transparent). Every paint can be undone exactly.
 *
 * The registry (`CSS.highlights`) and its Highlight objects are shared with the page's scripts,
 * which can read, add, remove and move their ranges. The painter never reads state back from
 * them: its own map of ranges is the truth, the registry gets separate copies of those ranges,
 * and `verify` (on a timer while anything is painted) puts the registry and the style sheet back
 * when the page changed them. Nothing the page does there reaches storage: the annotator's
 * records come from the background, never from the painter.
 */
import type { PaletteColor } from '../../core/model';
import { isSafePaletteColor } from '../../core/settings/color-rules';

/** Text colour on every highlight: dark text on an opaque light colour reads on light and dark pages alike. */
const HIGHLIGHT_TEXT_COLOR = '#111';
const STYLE_ID = 'jianbao-highlight-style';
const FLASH = 'flash';
/** Long enough to catch the eye after a smooth scroll. */
const FLASH_MS = 1500;
export const MARK_TAG = 'jb-mark';

export interface Painter {
  paint(id: string, range: Range, colorKey: string): void;
  remove(id: string): void;
  clear(): void;
  setPalette(palette: PaletteColor[]): void;
  has(id: string): boolean;
  rangeOf(id: string): Range | undefined;
  /** The highlight under a DOM point (the caret position of a click), if any. */
  idAtPoint(node: Node, offset: number): string | undefined;
  /** Briefly shows a highlight in the flash colour (after the popup scrolls to it). */
  flash(id: string, durationMs?: number): void;
  /**
   * Checks what the page can change (the registry, our Highlight objects and their ranges, the
   * style element) against the painter's own model and repairs every difference. Returns the
   * number of colours (or style sheets) it had to repair.
   */
  verify(): number;
  /** Stops the verification timer and removes everything painted. */
  dispose(): void;
  /** How the painter paints here, for diagnostics and tests. */
  readonly mode: 'custom-highlight' | 'wrap' | 'overlay';
}

/** How often the registry is checked while something is painted: cheap (about 1 µs a highlight), and a tampered paint is back within this. */
export const VERIFY_EVERY_MS = 500;

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  get(name: string): unknown;
  delete(name: string): void;
}

type HighlightLike = Set<Range> & { priority?: number; type?: string };

function customHighlightApi(win: Window): { registry: HighlightRegistryLike; make: (...r: Range[]) => HighlightLike } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new (...r: Range[]) => HighlightLike }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: (...r) => new Ctor(...r) };
}

function sameBoundaries(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

export function highlightName(colorKey: string): string {
  return `jianbao-${colorKey}`;
}

/**
 * The style sheet of the palette. Keys and values are pasted into CSS, so an entry outside the
 * colour rules is left out (its highlights stay unpainted) rather than escaped: storage and
 * import already refuse such entries, this is the last line if one slips through.
 */
export function cssFor(palette: PaletteColor[]): string {
  return [...palette, { key: FLASH, name: FLASH, value: '#ff922b' }]
    .filter(isSafePaletteColor)
    .map(
      (c) =>
        `::highlight(${highlightName(c.key)}){background-color:${c.value};color:${HIGHLIGHT_TEXT_COLOR}}` +
        `${MARK_TAG}[data-jb-color="${c.key}"]{background-color:${c.value};color:${HIGHLIGHT_TEXT_COLOR}}`,
    )
    .join('\n');
}

export interface PainterOptions {
  forceWrap?: boolean;
  /** Verification period in ms (0: only when `verify` is called, as tests do). */
  verifyEveryMs?: number;
  /**
   * Called right after the painter changed the page's DOM (wrapping or unwrapping <jb-mark>,
   * which also splits and joins text nodes), so a mutation watcher can drop those records
   * instead of mistaking them for the page changing. Never called in custom-highlight mode.
   */
  onDomWrite?: () => void;
}

export function createPainter(doc: Document, palette: PaletteColor[], options: PainterOptions = {}): Painter {
  const win = doc.defaultView as Window;
  const announce = options.onDomWrite ?? (() => undefined);
  const api = options.forceWrap ? null : customHighlightApi(win);
  const ranges = new Map<string, { range: Range; color: string; marks: HTMLElement[] }>();
  /** Per colour: the Highlight object we registered and, per highlight id, the copy of its range in it. */
  const registered = new Map<string, { highlight: HighlightLike; copies: Map<string, Range> }>();
  let css = '';
  let style: HTMLStyleElement | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const every = options.verifyEveryMs ?? VERIFY_EVERY_MS;

  function installStyle(p: PaletteColor[]): void {
    css = cssFor(p);
    if (!style) {
      style = (doc.getElementById(STYLE_ID) as HTMLStyleElement | null) ?? doc.createElement('style');
      style.id = STYLE_ID;
    }
    if (!style.isConnected) (doc.head ?? doc.documentElement).appendChild(style);
    if (style.textContent !== css) style.textContent = css;
  }

  /** Rebuilds the registry entry of one colour from the painter's own ranges (fresh copies, a fresh Highlight). */
  function syncColor(color: string): void {
    if (!api) return;
    const copies = new Map<string, Range>();
    for (const [id, entry] of ranges) if (entry.color === color) copies.set(id, entry.range.cloneRange());
    if (copies.size === 0) {
      registered.delete(color);
      api.registry.delete(highlightName(color));
      return;
    }
    const highlight = api.make(...copies.values());
    registered.set(color, { highlight, copies });
    api.registry.set(highlightName(color), highlight);
  }

  /** One highlight added to its colour (a copy of its range), without rebuilding the others. */
  function addToColor(id: string, color: string): void {
    if (!api) return;
    const current = registered.get(color);
    if (!current || api.registry.get(highlightName(color)) !== current.highlight) return syncColor(color);
    const copy = ranges.get(id)!.range.cloneRange();
    current.copies.set(id, copy);
    current.highlight.add(copy);
  }

  function removeFromColor(id: string, color: string): void {
    if (!api) return;
    const current = registered.get(color);
    const copy = current?.copies.get(id);
    if (!current || !copy || current.copies.size === 1) return syncColor(color);
    current.copies.delete(id);
    current.highlight.delete(copy);
  }

  function colorIntact(color: string, entry: { highlight: HighlightLike; copies: Map<string, Range> }): boolean {
    const { highlight, copies } = entry;
    if (api!.registry.get(highlightName(color)) !== highlight || highlight.size !== copies.size) return false;
    if ((highlight.priority ?? 0) !== 0 || (highlight.type ?? 'highlight') !== 'highlight') return false;
    for (const [id, copy] of copies) {
      const own = ranges.get(id);
      if (!own || !highlight.has(copy) || !sameBoundaries(copy, own.range)) return false;
    }
    return true;
  }

  function verify(): number {
    let repaired = 0;
    if (style && (!style.isConnected || style.textContent !== css)) {
      installStyle(lastPalette);
      repaired++;
    }
    if (!api) return repaired;
    for (const [color, entry] of [...registered]) {
      if (colorIntact(color, entry)) continue;
      syncColor(color);
      repaired++;
    }
    return repaired;
  }

  function schedule(): void {
    if (every > 0 && ranges.size > 0 && timer === undefined) timer = setInterval(verify, every);
    if (ranges.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  function wrap(id: string, range: Range, color: string): HTMLElement[] {
    const marks: HTMLElement[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer as Text);
    while (walker.nextNode()) if (range.intersectsNode(walker.currentNode)) texts.push(walker.currentNode as Text);
    for (let text of texts) {
      const start = text === range.startContainer ? range.startOffset : 0;
      const end = text === range.endContainer ? range.endOffset : text.data.length;
      if (end <= start || !text.data.slice(start, end).trim()) continue;
      if (end < text.data.length) text.splitText(end);
      if (start > 0) text = text.splitText(start);
      const mark = doc.createElement(MARK_TAG);
      mark.dataset.jbId = id;
      mark.dataset.jbColor = color;
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      marks.push(mark);
    }
    if (marks.length) announce();
    return marks;
  }

  function unwrap(marks: HTMLElement[]): void {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    if (marks.length) announce();
  }

  let lastPalette = palette;
  installStyle(palette);

  return {
    mode: api ? 'custom-highlight' : 'wrap',
    paint(id, range, colorKey) {
      const previous = ranges.get(id);
      if (previous) this.remove(id);
      const marks = api ? [] : wrap(id, range, colorKey);
      ranges.set(id, { range: api ? range.cloneRange() : range, color: colorKey, marks });
      addToColor(id, colorKey);
      schedule();
    },
    remove(id) {
      const entry = ranges.get(id);
      if (!entry) return;
      ranges.delete(id);
      unwrap(entry.marks);
      removeFromColor(id, entry.color);
      schedule();
    },
    clear() {
      const colors = new Set([...ranges.values()].map((r) => r.color));
      for (const entry of ranges.values()) unwrap(entry.marks);
      ranges.clear();
      for (const color of colors) syncColor(color);
      schedule();
    },
    setPalette(p) {
      lastPalette = p;
      installStyle(p);
    },
    verify,
    dispose() {
      this.clear();
      style?.remove();
    },
    flash(id, durationMs = FLASH_MS) {
      const entry = ranges.get(id);
      if (!entry) return;
      if (api) {
        const flash = api.make(entry.range.cloneRange());
        flash.priority = 1; // above the colour highlights it overlaps
        api.registry.set(highlightName(FLASH), flash);
        setTimeout(() => api.registry.delete(highlightName(FLASH)), durationMs);
      } else {
        for (const mark of entry.marks) mark.dataset.jbColor = FLASH;
        setTimeout(() => entry.marks.forEach((mark) => (mark.dataset.jbColor = entry.color)), durationMs);
      }
    },
    has(id) {
      return ranges.has(id);
    },
    rangeOf(id) {
      const entry = ranges.get(id);
      if (!entry) return undefined;
      if (entry.marks.length === 0) return entry.range.cloneRange();
      const range = doc.createRange();
      range.setStartBefore(entry.marks[0]);
      range.setEndAfter(entry.marks[entry.marks.length - 1]);
      return range;
    },
    idAtPoint(node, offset) {
      const mark = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(MARK_TAG) as HTMLElement | null;
      if (mark?.dataset.jbId && ranges.has(mark.dataset.jbId)) return mark.dataset.jbId;
      // Newest first: a highlight made on top of another is the one the reader means.
      for (const [id, entry] of [...ranges.entries()].reverse()) {
        if (entry.marks.length) continue;
        try {
          if (entry.range.isPointInRange(node, offset)) return id;
        } catch {
          // A point in another document or a detached node is in no range.
        }
      }
      return undefined;
    },
  };
}
