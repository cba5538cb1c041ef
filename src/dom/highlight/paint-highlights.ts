/**
 * Paints highlights without moving the page's layout. Where the browser has the CSS Custom
 * Highlight API, ranges are registered in one Highlight per colour and the DOM is untouched;
 * elsewhere each text node of a range is wrapped in an inline <jb-mark> (no box changes, and
 * the anchoring text model treats it as transparent). Every paint can be undone exactly.
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
  /** How the painter paints here, for diagnostics and tests. */
  readonly mode: 'custom-highlight' | 'wrap';
}

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function customHighlightApi(win: Window): { registry: HighlightRegistryLike; make: (...r: Range[]) => Set<Range> } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new (...r: Range[]) => Set<Range> }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: (...r) => new Ctor(...r) };
}

function highlightName(colorKey: string): string {
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

  function installStyle(p: PaletteColor[]): void {
    let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
    if (!style) {
      style = doc.createElement('style');
      style.id = STYLE_ID;
      (doc.head ?? doc.documentElement).appendChild(style);
    }
    style.textContent = cssFor(p);
  }

  /** Rebuilds the registry entry of one colour from the ranges that have it. */
  function syncColor(color: string): void {
    if (!api) return;
    const list = [...ranges.values()].filter((r) => r.color === color).map((r) => r.range);
    if (list.length === 0) api.registry.delete(highlightName(color));
    else api.registry.set(highlightName(color), api.make(...list));
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

  installStyle(palette);

  return {
    mode: api ? 'custom-highlight' : 'wrap',
    paint(id, range, colorKey) {
      const previous = ranges.get(id);
      if (previous) this.remove(id);
      const marks = api ? [] : wrap(id, range, colorKey);
      ranges.set(id, { range: api ? range.cloneRange() : range, color: colorKey, marks });
      syncColor(colorKey);
    },
    remove(id) {
      const entry = ranges.get(id);
      if (!entry) return;
      ranges.delete(id);
      unwrap(entry.marks);
      syncColor(entry.color);
    },
    clear() {
      const colors = new Set([...ranges.values()].map((r) => r.color));
      for (const entry of ranges.values()) unwrap(entry.marks);
      ranges.clear();
      for (const color of colors) syncColor(color);
    },
    setPalette(p) {
      installStyle(p);
    },
    flash(id, durationMs = FLASH_MS) {
      const entry = ranges.get(id);
      if (!entry) return;
      if (api) {
        const flash = api.make(entry.range) as Set<Range> & { priority?: number };
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
      if (entry.marks.length === 0) return entry.range;
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
