// The overlay painter ("Hide my highlights from page scripts"): boxes in a closed shadow root,
// nothing in CSS.highlights, the page's DOM untouched except for the host elements.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PALETTE } from '../../../src/core/settings/default-settings';
import { createOverlayPainter, OVERLAY_HOST_TAG } from '../../../src/dom/highlight/overlay-painter';

let roots: ShadowRoot[];
let text: Text;
const attach = Element.prototype.attachShadow;

function range(start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

beforeEach(() => {
  roots = [];
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  // jsdom has no layout: one 8 px wide box per character on one line, 100 px from the top.
  (Range.prototype as unknown as { getClientRects: () => DOMRectList }).getClientRects = function (this: Range) {
    const width = (this.endOffset - this.startOffset) * 8;
    return [new DOMRect(this.startOffset * 8, 100, width, 18)] as unknown as DOMRectList;
  };
  document.head.innerHTML = '';
  document.querySelectorAll(OVERLAY_HOST_TAG).forEach((host) => host.remove());
  document.body.removeAttribute('style');
  document.body.innerHTML = '<p>The council approved the river plan on Tuesday.</p>';
  text = document.querySelector('p')!.firstChild as Text;
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (Range.prototype as unknown as { getClientRects?: unknown }).getClientRects;
});

function boxes(): HTMLElement[] {
  return roots.flatMap((root) => [...root.querySelectorAll('div')]);
}

describe('createOverlayPainter', () => {
  it('draws a box per line fragment in a closed shadow root and leaves the page text and registry alone', () => {
    const html = document.body.innerHTML;
    const painter = createOverlayPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 0 });
    expect(document.querySelector(OVERLAY_HOST_TAG)).toBeNull(); // nothing before the first paint
    painter.paint('h1', range(4, 11), 'yellow');
    painter.paint('h2', range(25, 30), 'blue');
    painter.layoutNow();
    expect(document.body.innerHTML).toBe(html);
    const host = document.querySelector(OVERLAY_HOST_TAG) as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach the boxes
    expect(roots[0].mode).toBe('closed');
    const placed = boxes().map((b) => [b.style.left, b.style.width, b.style.background]);
    expect(placed).toEqual([
      ['32px', '56px', expect.stringMatching(/^(#fff3a3|rgb)/)],
      ['200px', '40px', expect.any(String)],
    ]);
    expect((globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
  });

  it('removes, clears, finds the highlight at a point, and gives out copies of its ranges', () => {
    const painter = createOverlayPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 0 });
    painter.paint('h1', range(4, 11), 'yellow');
    painter.paint('h2', range(25, 30), 'green');
    painter.layoutNow();
    expect(painter.idAtPoint(text, 27)).toBe('h2');
    const copy = painter.rangeOf('h1')!;
    copy.setEnd(text, 5);
    expect(painter.rangeOf('h1')!.toString()).toBe('council');
    painter.remove('h2');
    expect(boxes()).toHaveLength(1);
    painter.clear();
    expect(boxes()).toHaveLength(0);
  });

  it('puts its host back when the page removes or restyles it', () => {
    const painter = createOverlayPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 0 });
    painter.paint('h1', range(4, 11), 'yellow');
    painter.layoutNow();
    expect(painter.verify()).toBe(0);
    const host = document.querySelector(OVERLAY_HOST_TAG) as HTMLElement;
    host.remove();
    expect(painter.verify()).toBe(1);
    expect(document.querySelector(OVERLAY_HOST_TAG)).toBe(host);
    host.setAttribute('style', 'display:none');
    expect(painter.verify()).toBe(1);
    expect(host.getAttribute('style')).toContain('mix-blend-mode:multiply !important');
  });

  it('draws highlights on a dark background in the translucent layer', () => {
    document.body.style.backgroundColor = 'rgb(17, 17, 17)';
    const painter = createOverlayPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 0 });
    painter.paint('h1', range(4, 11), 'yellow');
    painter.layoutNow();
    const host = document.querySelector(OVERLAY_HOST_TAG) as HTMLElement;
    expect(host.getAttribute('style')).toContain('mix-blend-mode:normal !important');
    expect(host.getAttribute('style')).toContain('opacity:0.45 !important');
  });

  it('paints nothing for a colour outside the rules', () => {
    const painter = createOverlayPainter(document, [{ key: 'evil', name: 'x', value: 'url(https://evil.example/)' }], { verifyEveryMs: 0 });
    painter.paint('h1', range(4, 11), 'evil');
    painter.layoutNow();
    expect(boxes()).toHaveLength(0);
  });
});
