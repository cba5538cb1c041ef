/**
 * The toolbar that appears under a selection: one swatch per palette colour (highlight in that
 * colour) and a note button (highlight, then write a note). Works from the keyboard: it is a
 * WAI-ARIA toolbar, arrow keys move between buttons, Escape closes it.
 */
import type { PaletteColor } from '../../core/model';
import { isSafePaletteColor } from '../../core/settings/color-rules';
import { el, enableArrowKeys } from './elements';

export type Translate = (key: string, substitution?: string) => string;

export interface SelectionToolbarOptions {
  palette: PaletteColor[];
  defaultColor: string;
  t: Translate;
  onHighlight(colorKey: string): void;
  onNote(colorKey: string): void;
  onClose(): void;
}

export function buildSelectionToolbar(doc: Document, options: SelectionToolbarOptions): HTMLElement {
  const { palette, t } = options;
  const toolbar = el(doc, 'div', { className: 'panel', attrs: { role: 'toolbar', 'aria-label': t('toolbarLabel') } });
  toolbar.dataset.jbPanel = 'selection-toolbar';
  // Key and value reach the swatch's style and attributes: only entries within the colour rules.
  for (const color of palette.filter(isSafePaletteColor)) {
    const swatch = el(doc, 'button', {
      className: 'swatch',
      label: t('highlightIn', color.name),
      attrs: { type: 'button', 'data-color': color.key },
    });
    swatch.style.background = color.value;
    swatch.addEventListener('click', () => options.onHighlight(color.key));
    toolbar.appendChild(swatch);
  }
  const note = el(doc, 'button', { text: '✎', label: t('highlightWithNote'), attrs: { type: 'button', 'data-action': 'note' } });
  note.addEventListener('click', () => options.onNote(options.defaultColor));
  toolbar.appendChild(note);
  toolbar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onClose();
  });
  enableArrowKeys(toolbar);
  return toolbar;
}
