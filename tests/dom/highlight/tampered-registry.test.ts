// The page shares CSS.highlights and every Highlight object in it with the painter: whatever the
// page does there, the painter repaints from its own ranges (issue 16).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PALETTE } from '../../../src/core/settings/default-settings';
import { createPainter, highlightName } from '../../../src/dom/highlight/paint-highlights';

class FakeHighlight extends Set<Range> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const win = window as unknown as { CSS: unknown; Highlight: unknown };
const saved = { CSS: win.CSS, Highlight: win.Highlight };
let registry: Map<string, FakeHighlight>;
let text: Text;

function range(start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

/** What the registry paints, as text, per colour: what a reader sees. */
function paintedText(): Record<string, string[]> {
  return Object.fromEntries([...registry].map(([name, h]) => [name, [...h].map((r) => r.toString()).sort()]));
}

beforeEach(() => {
  registry = new Map();
  win.CSS = { highlights: registry };
  win.Highlight = FakeHighlight;
  document.head.innerHTML = '';
  document.body.innerHTML = '<p>The council approved the river plan on Tuesday.</p>';
  text = document.querySelector('p')!.firstChild as Text;
});
afterEach(() => {
  win.CSS = saved.CSS;
  win.Highlight = saved.Highlight;
  vi.useRealTimers();
});

function paintTwo() {
  const painter = createPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 0 });
  painter.paint('h1', range(4, 11), 'yellow'); // council
  painter.paint('h2', range(25, 30), 'yellow'); // river
  painter.paint('h3', range(39, 46), 'blue'); // Tuesday
  const expected = { 'jianbao-yellow': ['council', 'river'], 'jianbao-blue': ['Tuesday'] };
  expect(paintedText()).toEqual(expected);
  expect(painter.verify()).toBe(0);
  return { painter, expected };
}

describe('the painter against a page that edits the highlight registry', () => {
  it('gives the registry copies: moving a registered range leaves its own range (and rangeOf) as it was', () => {
    const { painter, expected } = paintTwo();
    const [first] = registry.get('jianbao-yellow')!;
    first.setEnd(text, 47);
    expect(painter.rangeOf('h1')!.toString()).toBe('council');
    expect(painter.verify()).toBe(1);
    expect(paintedText()).toEqual(expected);
  });

  it('puts back a deleted entry, removes added ranges and restores removed ones', () => {
    const { painter, expected } = paintTwo();
    registry.delete(highlightName('yellow'));
    registry.get('jianbao-blue')!.add(range(0, 3));
    expect(painter.verify()).toBe(2);
    expect(paintedText()).toEqual(expected);
    registry.get('jianbao-yellow')!.clear();
    registry.get('jianbao-blue')!.delete([...registry.get('jianbao-blue')!][0]);
    expect(painter.verify()).toBe(2);
    expect(paintedText()).toEqual(expected);
  });

  it('replaces a Highlight the page swapped in under its name, or whose priority it raised', () => {
    const { painter, expected } = paintTwo();
    registry.set('jianbao-yellow', new FakeHighlight(range(0, 3)));
    registry.get('jianbao-blue')!.priority = 99;
    expect(painter.verify()).toBe(2);
    expect(paintedText()).toEqual(expected);
    expect(registry.get('jianbao-blue')!.priority).toBe(0);
  });

  it('re-installs its style sheet when the page removes or rewrites it', () => {
    const { painter } = paintTwo();
    const style = document.getElementById('jianbao-highlight-style')!;
    const css = style.textContent;
    style.textContent = '::highlight(jianbao-yellow){background:transparent}';
    expect(painter.verify()).toBe(1);
    expect(document.getElementById('jianbao-highlight-style')!.textContent).toBe(css);
    document.getElementById('jianbao-highlight-style')!.remove();
    expect(painter.verify()).toBe(1);
    expect(document.getElementById('jianbao-highlight-style')!.textContent).toBe(css);
  });

  it('checks on a timer while anything is painted, and stops when nothing is', () => {
    vi.useFakeTimers();
    const painter = createPainter(document, DEFAULT_PALETTE, { verifyEveryMs: 500 });
    painter.paint('h1', range(4, 11), 'yellow');
    registry.delete('jianbao-yellow');
    vi.advanceTimersByTime(499);
    expect(registry.has('jianbao-yellow')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(paintedText()).toEqual({ 'jianbao-yellow': ['council'] });
    painter.remove('h1');
    expect(vi.getTimerCount()).toBe(0);
  });
});
