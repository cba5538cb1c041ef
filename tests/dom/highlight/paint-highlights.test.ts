import { beforeEach, describe, expect, it } from 'vitest';
import { createPainter, MARK_TAG } from '../../../src/dom/highlight/paint-highlights';
import { DEFAULT_PALETTE } from '../../../src/core/settings/default-settings';

function rangeOver(start: Text, startOffset: number, end: Text, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  return range;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<p id="a">本报讯（记者刘洁）3月29日至30日，<b>市政协</b>副主席带队调研。</p><p id="b">Second paragraph.</p>';
});

describe('createPainter (wrapper fallback, as on jsdom)', () => {
  it('wraps exactly the highlighted text, across inline markup, and keeps the text unchanged', () => {
    const painter = createPainter(document, DEFAULT_PALETTE);
    expect(painter.mode).toBe('wrap');
    const first = document.querySelector('#a')!.firstChild as Text;
    const bold = document.querySelector('#a b')!.firstChild as Text;
    const before = document.body.textContent;
    painter.paint('h1', rangeOver(first, 6, bold, 3), 'green');
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent).join('')).toBe('刘洁）3月29日至30日，市政协');
    expect(marks.every((m) => (m as HTMLElement).dataset.jbColor === 'green')).toBe(true);
    expect(document.body.textContent).toBe(before);
  });

  it('removes a highlight and leaves the DOM as it was', () => {
    const painter = createPainter(document, DEFAULT_PALETTE);
    const html = document.body.innerHTML;
    const text = document.querySelector('#b')!.firstChild as Text;
    painter.paint('h1', rangeOver(text, 0, text, 6), 'yellow');
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    painter.remove('h1');
    expect(document.body.innerHTML).toBe(html);
    expect(painter.has('h1')).toBe(false);
  });

  it('finds the highlight under a point inside it', () => {
    const painter = createPainter(document, DEFAULT_PALETTE);
    const text = document.querySelector('#b')!.firstChild as Text;
    painter.paint('h1', rangeOver(text, 0, text, 6), 'yellow');
    const mark = document.querySelector(MARK_TAG)!;
    expect(painter.idAtPoint(mark.firstChild!, 2)).toBe('h1');
    expect(painter.idAtPoint(document.querySelector('#a')!.firstChild!, 1)).toBeUndefined();
  });

  it('announces every DOM write it makes (wrap, split, unwrap, normalize), so a watcher can drop them all', () => {
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    let writes = 0;
    const painter = createPainter(document, DEFAULT_PALETTE, {
      onDomWrite: () => {
        writes++;
        observer.takeRecords();
      },
    });
    const text = document.querySelector('#b')!.firstChild as Text;
    try {
      painter.paint('h1', rangeOver(text, 2, text, 6), 'yellow');
      expect(observer.takeRecords()).toEqual([]);
      painter.paint('h1', painter.rangeOf('h1')!, 'green');
      expect(observer.takeRecords()).toEqual([]);
      painter.remove('h1');
      expect(observer.takeRecords()).toEqual([]);
      painter.paint('h2', rangeOver(document.querySelector('#b')!.firstChild as Text, 0, document.querySelector('#b')!.firstChild as Text, 6), 'blue');
      painter.clear();
      expect(observer.takeRecords()).toEqual([]);
      expect(writes).toBeGreaterThanOrEqual(6);
    } finally {
      observer.disconnect();
    }
  });

  it('installs one style element with a rule per palette colour and only safe colour values', () => {
    createPainter(document, [...DEFAULT_PALETTE, { key: 'evil', name: 'x', value: 'red;} body{display:none' }]);
    const styles = document.querySelectorAll('#jianbao-highlight-style');
    expect(styles).toHaveLength(1);
    const css = styles[0].textContent!;
    for (const c of DEFAULT_PALETTE) expect(css).toContain(`::highlight(jianbao-${c.key})`);
    expect(css).not.toContain('display:none');
  });
});

describe('createPainter (CSS Custom Highlight API)', () => {
  it('registers one Highlight per colour and never touches the DOM', () => {
    const registry = new Map<string, Set<Range>>();
    const win = window as unknown as { CSS: unknown; Highlight: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    };
    try {
      const painter = createPainter(document, DEFAULT_PALETTE);
      expect(painter.mode).toBe('custom-highlight');
      const html = document.body.innerHTML;
      const text = document.querySelector('#b')!.firstChild as Text;
      painter.paint('h1', rangeOver(text, 0, text, 6), 'yellow');
      painter.paint('h2', rangeOver(text, 7, text, 16), 'yellow');
      painter.paint('h3', rangeOver(text, 0, text, 3), 'blue');
      expect(registry.get('jianbao-yellow')?.size).toBe(2);
      expect(registry.get('jianbao-blue')?.size).toBe(1);
      expect(document.body.innerHTML).toBe(html);
      painter.remove('h3');
      expect(registry.has('jianbao-blue')).toBe(false);
      expect(painter.idAtPoint(text, 8)).toBe('h2');
    } finally {
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });
});
