/**
 * The menu of an existing highlight (opened by clicking it): change colour, edit note and
 * tags, copy the quote with its citation, delete.
 */
import type { PaletteColor } from '../../core/model';
import { isSafePaletteColor } from '../../core/settings/color-rules';
import { el, enableArrowKeys } from './elements';
import type { Translate } from './selection-toolbar';

export interface HighlightMenuOptions {
  palette: PaletteColor[];
  currentColor: string;
  t: Translate;
  onColor(colorKey: string): void;
  onNote(): void;
  onCopy(): void;
  onDelete(): void;
  onClose(): void;
}

export function buildHighlightMenu(doc: Document, options: HighlightMenuOptions): HTMLElement {
  const { t } = options;
  const menu = el(doc, 'div', { className: 'panel', attrs: { role: 'toolbar', 'aria-label': t('highlightMenuLabel') } });
  menu.dataset.jbPanel = 'highlight-menu';
  // Key and value reach the swatch's style and attributes: only entries within the colour rules.
  for (const color of options.palette.filter(isSafePaletteColor)) {
    const swatch = el(doc, 'button', {
      className: 'swatch',
      label: t('changeColorTo', color.name),
      attrs: { type: 'button', 'data-color': color.key, 'aria-pressed': String(color.key === options.currentColor) },
    });
    swatch.style.background = color.value;
    swatch.addEventListener('click', () => options.onColor(color.key));
    menu.appendChild(swatch);
  }
  const actions: [string, string, () => void][] = [
    ['✎', t('editNote'), options.onNote],
    ['⧉', t('copyWithCitation'), options.onCopy],
    ['🗑', t('deleteHighlight'), options.onDelete],
  ];
  for (const [symbol, label, action] of actions) {
    const button = el(doc, 'button', { text: symbol, label, attrs: { type: 'button' } });
    button.addEventListener('click', action);
    menu.appendChild(button);
  }
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onClose();
  });
  enableArrowKeys(menu);
  return menu;
}

/** "Highlight deleted — Undo", shown for a few seconds after a delete. */
export function buildUndoToast(doc: Document, t: Translate, onUndo: () => void): HTMLElement {
  const undo = el(doc, 'button', { className: 'primary', text: t('undo'), attrs: { type: 'button', 'data-action': 'undo' } });
  undo.addEventListener('click', onUndo);
  const toast = el(doc, 'div', { className: 'panel toast', attrs: { role: 'status' } }, [
    el(doc, 'span', { text: t('highlightDeleted') }),
    undo,
  ]);
  toast.dataset.jbPanel = 'undo-toast';
  return toast;
}
