import { describe, expect, it, vi } from 'vitest';
import { buildNoteFramePanel } from '../../../src/dom/ui/note-frame-panel';
import { createUiHost, UI_HOST_TAG } from '../../../src/dom/ui/ui-host';

describe('the note editor frame panel', () => {
  it('holds a frame of the given address and no text input of its own', () => {
    const { panel } = buildNoteFramePanel(document, 'chrome-extension://x/note-frame/note-frame.html#t', { label: 'Note', onNavigatedAway: vi.fn() });
    const frame = panel.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('chrome-extension://x/note-frame/note-frame.html#t');
    expect(frame.title).toBe('Note');
    expect(panel.querySelector('textarea, input, [contenteditable]')).toBeNull();
  });

  it('takes the frame down when it loads a second time (the page navigated it)', () => {
    const onNavigatedAway = vi.fn();
    const { panel } = buildNoteFramePanel(document, 'about:blank', { label: 'Note', onNavigatedAway });
    const frame = panel.querySelector('iframe')!;
    frame.dispatchEvent(new Event('load'));
    expect(onNavigatedAway).not.toHaveBeenCalled();
    frame.dispatchEvent(new Event('load'));
    expect(onNavigatedAway).toHaveBeenCalledTimes(1);
    expect(panel.querySelector('iframe')).toBeNull();
  });
});

describe('the UI host', () => {
  it('inserts nothing into the page until a panel is shown', () => {
    document.body.innerHTML = '<p>text</p>';
    const ui = createUiHost(document);
    expect(document.querySelector(UI_HOST_TAG)).toBeNull();
    ui.show(document.createElement('div'), 10, 10);
    expect(document.querySelectorAll(UI_HOST_TAG)).toHaveLength(1);
    ui.hide();
    ui.show(document.createElement('div'), 10, 10);
    expect(document.querySelectorAll(UI_HOST_TAG)).toHaveLength(1);
    ui.destroy();
  });
});
