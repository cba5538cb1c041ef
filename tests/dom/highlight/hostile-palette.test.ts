import { describe, expect, it, vi } from 'vitest';
import type { PaletteColor } from '../../../src/core/model';
import { DEFAULT_PALETTE } from '../../../src/core/settings/default-settings';
import { createPainter, cssFor } from '../../../src/dom/highlight/paint-highlights';
import { buildHighlightMenu } from '../../../src/dom/ui/highlight-menu';
import { buildSelectionToolbar } from '../../../src/dom/ui/selection-toolbar';

const HOSTILE: PaletteColor[] = [
  { key: 'a"]{}body{display:none}[x="', name: 'Evil key', value: '#ffffff' },
  { key: 'tracker', name: 'Evil value', value: 'url(https://evil.example/t)' },
  { key: 'green', name: 'Green', value: '#a9e5a1' },
];

describe('a palette entry outside the colour rules (defence in depth)', () => {
  it('is left out of the painter CSS', () => {
    const css = cssFor(HOSTILE);
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('url(');
    expect(css).not.toContain('tracker');
    expect(css).toContain('::highlight(jianbao-green){background-color:#a9e5a1;');
  });

  it('never reaches the style element a painter installs', () => {
    document.head.innerHTML = '';
    const painter = createPainter(document, DEFAULT_PALETTE);
    painter.setPalette(HOSTILE);
    const style = document.getElementById('jianbao-highlight-style')!;
    expect(style.textContent).not.toContain('body{');
    expect(style.textContent).toContain('jianbao-green');
  });

  it('gets no swatch in the selection toolbar or the highlight menu', () => {
    const t = (key: string) => key;
    const toolbar = buildSelectionToolbar(document, { palette: HOSTILE, defaultColor: 'green', t, onHighlight: vi.fn(), onNote: vi.fn(), onClose: vi.fn() });
    const menu = buildHighlightMenu(document, { palette: HOSTILE, currentColor: 'green', t, onColor: vi.fn(), onNote: vi.fn(), onCopy: vi.fn(), onDelete: vi.fn(), onClose: vi.fn() });
    for (const panel of [toolbar, menu]) {
      const swatches = [...panel.querySelectorAll<HTMLElement>('.swatch')];
      expect(swatches.map((s) => s.dataset.color)).toEqual(['green']);
      expect(swatches.map((s) => s.style.background).join(' ')).not.toContain('url');
    }
  });
});
