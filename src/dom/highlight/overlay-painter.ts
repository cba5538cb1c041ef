/**
 * The painter page scripts cannot read ("Hide my highlights from page scripts"). The CSS Custom
 * Highlight API keeps its ranges in `CSS.highlights`, which any page script can list and turn
 * into text; this painter instead draws one positioned box per line fragment of each range,
 * inside a closed shadow root. The page sees two host elements (`<jianbao-paint>`) and their
 * size, never their content or the ranges.
 *
 * The boxes are in document coordinates, so scrolling the document moves them with the text at
 * no cost; they are placed again (one batched pass in the next animation frame) when the
 * layout can have moved the text: a resize, a scroll inside a scrolling element, a change of
 * the body's size, fonts loading, and printing (placed for the print layout, and back after).
 * Only highlights near the viewport (an IntersectionObserver on the elements that hold their
 * ends, one viewport of margin above and below) have boxes, so the cost of a pass follows what
 * is on screen, not the length of the page; printing places all of them.
 *
 * Colours blend with the text beneath (`mix-blend-mode: multiply`) on light backgrounds, so the
 * text stays readable without changing its colour (the overlay cannot); on a dark background
 * multiply would darken the colour to nothing, so those highlights go in a second layer drawn
 * as a translucent colour instead.
 */
import type { PaletteColor } from '../../core/model';
import { isSafePaletteColor } from '../../core/settings/color-rules';
import type { Painter } from './paint-highlights';
import { VERIFY_EVERY_MS } from './paint-highlights';

export const OVERLAY_HOST_TAG = 'jianbao-paint';
const FLASH_COLOR = '#ff922b';
const FLASH_MS = 1500;
const DARK_LAYER_OPACITY = 0.45;
/** Relative luminance under which a background counts as dark. */
const DARK_BELOW = 0.35;

interface Entry {
  range: Range;
  color: string;
  boxes: HTMLElement[];
  dark: boolean;
  /** The elements holding the range's start and end: the entry is placed while one is near the viewport. */
  anchors: Element[];
}

interface Layer {
  host: HTMLElement;
  root: ShadowRoot;
  style: string;
}

export interface OverlayPainter extends Painter {
  /**
   * Places the boxes now (tests and the benchmark; the painter itself batches in a frame): of
   * the highlights near the viewport, or with `all` of every one (printing).
   */
  layoutNow(all?: boolean): void;
  /** How many highlights have boxes right now (diagnostics, the benchmark). */
  placed(): number;
}

function hostStyle(blend: 'multiply' | 'normal', opacity: number): string {
  // !important inline declarations win over the page's own !important rules.
  return [
    'all:initial',
    'display:block',
    'position:absolute',
    'top:0',
    'left:0',
    'width:0',
    'height:0',
    'overflow:visible',
    'pointer-events:none',
    'z-index:2147483646',
    `mix-blend-mode:${blend}`,
    `opacity:${opacity}`,
    'print-color-adjust:exact',
    '-webkit-print-color-adjust:exact',
  ]
    .map((d) => `${d} !important`)
    .join(';');
}

function luminance(rgb: string): number | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(rgb);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null; // mostly transparent: the background is further up
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = parseFloat(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function createOverlayPainter(doc: Document, palette: PaletteColor[], options: { verifyEveryMs?: number } = {}): OverlayPainter {
  const win = doc.defaultView as Window;
  const entries = new Map<string, Entry>();
  let colors = new Map<string, string>();
  const layers: { light?: Layer; dark?: Layer } = {};
  let frame = 0;
  let listening = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let resizeObserver: ResizeObserver | undefined;
  const every = options.verifyEveryMs ?? VERIFY_EVERY_MS;
  const printQuery = win.matchMedia?.('print');
  /** Elements that hold a highlight's start or end, and which of them are near the viewport. */
  const anchored = new Map<Element, number>();
  const near = new Set<Element>();
  const intersection =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (records) => {
            for (const record of records) {
              if (record.isIntersecting) near.add(record.target);
              else near.delete(record.target);
            }
            schedule();
          },
          { rootMargin: '100% 0px 100% 0px' },
        )
      : null;

  function anchorsOf(range: Range): Element[] {
    const element = (node: Node) => (node.nodeType === 1 ? (node as Element) : node.parentElement);
    return [...new Set([element(range.startContainer), element(range.endContainer)].filter((e): e is Element => !!e))];
  }

  function watchAnchors(anchors: Element[], on: boolean): void {
    for (const anchor of anchors) {
      const count = (anchored.get(anchor) ?? 0) + (on ? 1 : -1);
      if (count > 0) {
        if (!anchored.has(anchor)) intersection?.observe(anchor);
        anchored.set(anchor, count);
      } else {
        anchored.delete(anchor);
        near.delete(anchor);
        intersection?.unobserve(anchor);
      }
    }
  }

  const isNear = (entry: Entry) => !intersection || entry.anchors.some((a) => near.has(a));

  function setPalette(p: PaletteColor[]): void {
    colors = new Map(p.filter(isSafePaletteColor).map((c) => [c.key, c.value]));
  }
  setPalette(palette);

  function layer(kind: 'light' | 'dark'): Layer {
    let found = layers[kind];
    if (!found) {
      const host = doc.createElement(OVERLAY_HOST_TAG);
      const style = kind === 'light' ? hostStyle('multiply', 1) : hostStyle('normal', DARK_LAYER_OPACITY);
      host.setAttribute('style', style);
      const root = host.attachShadow({ mode: 'closed' });
      const sheet = doc.createElement('style');
      // Printed too: browsers drop backgrounds in print unless told the colours matter.
      sheet.textContent = 'div{position:absolute;print-color-adjust:exact;-webkit-print-color-adjust:exact}';
      root.appendChild(sheet);
      found = { host, root, style };
      layers[kind] = found;
    }
    if (!found.host.isConnected) doc.documentElement.appendChild(found.host);
    return found;
  }

  /** Whether the text at the start of a range sits on a dark background (its nearest opaque one). */
  const darkCache = new Map<Element, boolean>();
  function onDark(range: Range): boolean {
    let el: Element | null = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const visited: Element[] = [];
    let dark = false; // the canvas of a page without a background is white
    while (el) {
      const cached = darkCache.get(el);
      if (cached !== undefined) {
        dark = cached;
        break;
      }
      visited.push(el);
      const lum = luminance(win.getComputedStyle(el).backgroundColor);
      if (lum !== null) {
        dark = lum < DARK_BELOW;
        break;
      }
      el = el.parentElement;
    }
    for (const v of visited) darkCache.set(v, dark);
    return dark;
  }

  /** The line boxes of a range's text (element boxes would paint whole blocks and overlap). */
  function textRects(range: Range): DOMRect[] {
    const rects: DOMRect[] = [];
    const common = range.commonAncestorContainer;
    const texts: Text[] = [];
    if (common.nodeType === 3) texts.push(common as Text);
    else {
      const walker = doc.createTreeWalker(common, 4 /* SHOW_TEXT */);
      while (walker.nextNode()) if (range.intersectsNode(walker.currentNode)) texts.push(walker.currentNode as Text);
    }
    const piece = doc.createRange();
    for (const text of texts) {
      const start = text === range.startContainer ? range.startOffset : 0;
      const end = text === range.endContainer ? range.endOffset : text.data.length;
      if (end <= start || !text.data.slice(start, end).trim()) continue;
      piece.setStart(text, start);
      piece.setEnd(text, end);
      for (const r of piece.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
    }
    return rects;
  }

  interface Placement {
    entry: Entry;
    color: string;
    dark: boolean;
    rects: DOMRect[];
  }

  /** Reads where an entry's text is (no writes: reading every entry first keeps it to one layout). */
  function measure(entry: Entry, color: string): Placement {
    return { entry, color, dark: onDark(entry.range), rects: textRects(entry.range) };
  }

  function place(placements: Placement[]): void {
    const origin: Record<'light' | 'dark', DOMRect | undefined> = { light: undefined, dark: undefined };
    for (const kind of ['light', 'dark'] as const) {
      if (placements.some((p) => p.dark === (kind === 'dark'))) origin[kind] = layer(kind).host.getBoundingClientRect();
    }
    for (const { entry, color, dark, rects } of placements) {
      const target = layer(dark ? 'dark' : 'light');
      const base = origin[dark ? 'dark' : 'light']!;
      if (entry.dark !== dark) for (const box of entry.boxes) box.remove();
      while (entry.boxes.length > rects.length) entry.boxes.pop()!.remove();
      while (entry.boxes.length < rects.length) entry.boxes.push(doc.createElement('div'));
      rects.forEach((r, i) => {
        const box = entry.boxes[i];
        box.style.cssText = `left:${r.left - base.left}px;top:${r.top - base.top}px;width:${r.width}px;height:${r.height}px;background:${color}`;
        if (box.parentNode !== target.root) target.root.appendChild(box);
      });
      entry.dark = dark;
    }
  }

  function layoutNow(all = false): void {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    darkCache.clear();
    const placements: Placement[] = [];
    for (const entry of entries.values()) {
      const color = colors.get(entry.color);
      if (color && (all || isNear(entry))) placements.push(measure(entry, color));
      else {
        // Far from the viewport (placed when it comes near), or a colour outside the rules.
        for (const box of entry.boxes) box.remove();
        entry.boxes = [];
      }
    }
    place(placements);
  }

  function schedule(): void {
    if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), layoutNow()));
  }

  const onScroll = (event: Event) => {
    // The boxes are in document coordinates: only a scrolling element moves text under them.
    if (event.target !== doc && event.target !== doc.documentElement && event.target !== doc.scrollingElement) schedule();
  };
  // Printing lays the whole document out again: every highlight is placed for paper, then back.
  const onPrint = (event?: Event) => layoutNow(event?.type === 'beforeprint' || !!printQuery?.matches);

  function listen(on: boolean): void {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    win[method]('resize', schedule);
    doc[method]('scroll', onScroll, { capture: true, passive: true } as AddEventListenerOptions);
    win[method]('beforeprint', onPrint);
    win[method]('afterprint', onPrint);
    printQuery?.[method]('change', onPrint);
    (doc as Document & { fonts?: FontFaceSet }).fonts?.[method]('loadingdone', schedule);
    if (on && typeof ResizeObserver === 'function') {
      resizeObserver = new ResizeObserver(schedule);
      resizeObserver.observe(doc.documentElement);
      if (doc.body) resizeObserver.observe(doc.body);
    } else {
      resizeObserver?.disconnect();
      resizeObserver = undefined;
      intersection?.disconnect();
      anchored.clear();
      near.clear();
    }
    if (on && every > 0) timer = setInterval(verify, every);
    if (!on && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  /** The page cannot read or change the boxes, but it can take the hosts out or restyle them. */
  function verify(): number {
    let repaired = 0;
    for (const found of Object.values(layers)) {
      if (!found) continue;
      const hasBoxes = found.root.childElementCount > 1; // the style sheet and at least one box
      if ((hasBoxes && !found.host.isConnected) || found.host.getAttribute('style') !== found.style) {
        found.host.setAttribute('style', found.style);
        if (hasBoxes && !found.host.isConnected) doc.documentElement.appendChild(found.host);
        repaired++;
      }
    }
    if (repaired) layoutNow();
    return repaired;
  }

  function removeEntry(entry: Entry): void {
    for (const box of entry.boxes) box.remove();
    entry.boxes = [];
    watchAnchors(entry.anchors, false);
  }

  return {
    mode: 'overlay',
    layoutNow,
    placed: () => [...entries.values()].filter((e) => e.boxes.length > 0).length,
    verify,
    paint(id, range, colorKey) {
      const previous = entries.get(id);
      if (previous) removeEntry(previous);
      const entry: Entry = { range: range.cloneRange(), color: colorKey, boxes: [], dark: false, anchors: anchorsOf(range) };
      entries.set(id, entry);
      listen(true);
      watchAnchors(entry.anchors, true);
      schedule();
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      entries.delete(id);
      removeEntry(entry);
      if (entries.size === 0) listen(false);
    },
    clear() {
      for (const entry of entries.values()) removeEntry(entry);
      entries.clear();
      listen(false);
    },
    dispose() {
      this.clear();
      for (const found of Object.values(layers)) found?.host.remove();
    },
    setPalette(p) {
      setPalette(p);
      if (entries.size) schedule();
    },
    has: (id) => entries.has(id),
    rangeOf: (id) => entries.get(id)?.range.cloneRange(),
    idAtPoint(node, offset) {
      for (const [id, entry] of [...entries.entries()].reverse()) {
        try {
          if (entry.range.isPointInRange(node, offset)) return id;
        } catch {
          // A point in another document or a detached node is in no range.
        }
      }
      return undefined;
    },
    flash(id, durationMs = FLASH_MS) {
      const entry = entries.get(id);
      if (!entry) return;
      const flash: Entry = { range: entry.range, color: '', boxes: [], dark: false, anchors: [] };
      place([measure(flash, FLASH_COLOR)]);
      setTimeout(() => flash.boxes.forEach((box) => box.remove()), durationMs);
    },
  };
}
