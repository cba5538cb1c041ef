/**
 * The panel that holds the note editor frame (an extension page) in the annotator's closed
 * shadow root. The page can see that a frame exists (its window in `window.frames`, the focus
 * leaving its document) but not the frame's document, its address or what is typed in it.
 *
 * The page can navigate a cross-origin frame it can reach (`frames[i].location = …`) and put a
 * look-alike editor of its own there. The frame loads exactly once; a second `load` means it
 * was navigated away, and the panel is taken down at once.
 */
import { el } from './elements';

export const NOTE_FRAME_WIDTH = 280;
export const NOTE_FRAME_HEIGHT = 186;

export interface NoteFramePanel {
  panel: HTMLElement;
}

export function buildNoteFramePanel(
  doc: Document,
  src: string,
  options: { label: string; onNavigatedAway(): void },
): NoteFramePanel {
  const frame = el(doc, 'iframe', { attrs: { src, title: options.label } });
  frame.setAttribute(
    'style',
    `display:block;border:0;width:${NOTE_FRAME_WIDTH}px;height:${NOTE_FRAME_HEIGHT}px;background:transparent;color-scheme:normal;`,
  );
  const panel = el(doc, 'div', { className: 'frame-panel' }, [frame]);
  panel.dataset.jbPanel = 'note-editor';
  let loads = 0;
  frame.addEventListener('load', () => {
    loads += 1;
    if (loads === 1) frame.focus();
    else {
      frame.remove();
      options.onNavigatedAway();
    }
  });
  return { panel };
}
