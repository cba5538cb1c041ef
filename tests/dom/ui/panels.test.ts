import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PALETTE } from '../../../src/core/settings/default-settings';
import { buildHighlightMenu, buildUndoToast } from '../../../src/dom/ui/highlight-menu';
import { buildNoteEditor, parseTagInput } from '../../../src/dom/ui/note-editor';
import { buildSelectionToolbar } from '../../../src/dom/ui/selection-toolbar';
import { createUiHost, UI_HOST_TAG } from '../../../src/dom/ui/ui-host';

const t = (key: string, sub?: string) => (sub ? `${key}:${sub}` : key);

describe('selection toolbar', () => {
  it('offers one labelled swatch per colour and a note button', () => {
    const onHighlight = vi.fn();
    const onNote = vi.fn();
    const toolbar = buildSelectionToolbar(document, { palette: DEFAULT_PALETTE, defaultColor: 'yellow', t, onHighlight, onNote, onClose: vi.fn() });
    const swatches = [...toolbar.querySelectorAll<HTMLButtonElement>('button.swatch')];
    expect(swatches.map((b) => b.getAttribute('aria-label'))).toEqual(DEFAULT_PALETTE.map((c) => `highlightIn:${c.name}`));
    swatches[2].click();
    expect(onHighlight).toHaveBeenCalledWith('blue');
    toolbar.querySelector<HTMLButtonElement>('[data-action="note"]')!.click();
    expect(onNote).toHaveBeenCalledWith('yellow');
  });

  it('moves focus with the arrow keys and closes on Escape', () => {
    const onClose = vi.fn();
    const toolbar = buildSelectionToolbar(document, { palette: DEFAULT_PALETTE, defaultColor: 'yellow', t, onHighlight: vi.fn(), onNote: vi.fn(), onClose });
    document.body.appendChild(toolbar);
    const buttons = toolbar.querySelectorAll('button');
    (buttons[0] as HTMLButtonElement).focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalled();
    toolbar.remove();
  });
});

describe('note editor', () => {
  it('saves the note and the parsed tags, with Chinese separators too', () => {
    const onSave = vi.fn();
    const { panel } = buildNoteEditor(document, { note: '', tags: [], knownTags: ['普法'], t, onSave, onCancel: vi.fn() });
    panel.querySelector('textarea')!.value = '  重要  ';
    panel.querySelector('input')!.value = '普法，#法治, policy';
    panel.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    expect(onSave).toHaveBeenCalledWith('重要', ['普法', '法治', 'policy']);
  });

  it('shows page text as text, never as markup', () => {
    const { panel } = buildNoteEditor(document, { note: '<img src=x onerror=alert(1)>', tags: [], knownTags: ['<b>x</b>'], t, onSave: vi.fn(), onCancel: vi.fn() });
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('textarea')!.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('saves on Ctrl+Enter and cancels on Escape when the key comes back up, so no key-up lands on the page after the frame is gone', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const { panel } = buildNoteEditor(document, { note: '', tags: [], knownTags: [], t, onSave, onCancel });
    document.body.appendChild(panel);
    const textarea = panel.querySelector('textarea')!;
    textarea.value = '要点';
    const down = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    textarea.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(onSave).toHaveBeenCalledWith('要点', []);
    // A plain Enter (a line break) and a key-up without its key-down do nothing.
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).not.toHaveBeenCalled();
    textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    panel.remove();
  });

  it('parses tag input', () => {
    expect(parseTagInput(' a ,b；c;; ')).toEqual(['a', 'b', 'c']);
  });
});

describe('highlight menu and undo toast', () => {
  it('marks the current colour and calls each action', () => {
    const actions = { onColor: vi.fn(), onNote: vi.fn(), onCopy: vi.fn(), onDelete: vi.fn(), onClose: vi.fn() };
    const menu = buildHighlightMenu(document, { palette: DEFAULT_PALETTE, currentColor: 'green', t, ...actions });
    expect(menu.querySelector('[aria-pressed="true"]')?.getAttribute('data-color')).toBe('green');
    menu.querySelector<HTMLButtonElement>('[data-color="pink"]')!.click();
    expect(actions.onColor).toHaveBeenCalledWith('pink');
    menu.querySelector<HTMLButtonElement>('[aria-label="deleteHighlight"]')!.click();
    expect(actions.onDelete).toHaveBeenCalled();
    const onUndo = vi.fn();
    buildUndoToast(document, t, onUndo).querySelector<HTMLButtonElement>('[data-action="undo"]')!.click();
    expect(onUndo).toHaveBeenCalled();
  });
});

describe('ui host', () => {
  it('keeps the panels in a closed shadow root that the page cannot reach', () => {
    const host = createUiHost(document);
    const panel = document.createElement('div');
    panel.textContent = 'inside';
    host.show(panel, 100, 200);
    const element = document.querySelector(UI_HOST_TAG) as HTMLElement;
    expect(element.shadowRoot).toBeNull();
    expect(element.textContent).toBe('');
    expect(element.style.display).toBe('block');
    expect(element.style.top).toBe('200px');
    expect(host.contains(panel)).toBe(true);
    host.hide();
    expect(element.style.display).toBe('none');
    host.destroy();
    expect(document.querySelector(UI_HOST_TAG)).toBeNull();
  });
});
