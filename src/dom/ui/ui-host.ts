/**
 * One host element for all of Jianbao's on-page UI, with a closed shadow root: page CSS cannot
 * reach inside, and our CSS cannot leak out. The host is absolutely positioned at the box of
 * whatever panel is open, so it never takes space in the page's layout. The host joins the
 * page's DOM only when the first panel is shown: nothing is inserted before the reader acts.
 *
 * A closed shadow root hides the panels' DOM from the page, not their events: a key pressed in
 * an input here is seen first by the page's capture-phase listeners on window and document.
 * That is why no text input lives here; the note editor is a frame (note-frame-panel.ts).
 */
export const UI_HOST_TAG = 'jianbao-ui';

const STYLE = `
:host { all: initial; }
.panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 4px; display: flex; gap: 4px; align-items: center; }
.panel.column { flex-direction: column; align-items: stretch; padding: 8px; width: 260px; gap: 6px; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 6px;
  min-width: 28px; height: 28px; padding: 0 6px; cursor: pointer; }
button:hover { background: #f3f4f6; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.swatch { width: 22px; min-width: 22px; height: 22px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); padding: 0; }
.swatch[aria-pressed="true"] { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #0969da; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
textarea, input { font: inherit; color: inherit; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 6px; }
textarea { min-height: 64px; resize: vertical; }
.primary { background: #0969da; color: #fff; }
.primary:hover { background: #0860c4; }
.toast { padding: 6px 10px; gap: 10px; }
.frame-panel { border-radius: 8px; overflow: hidden; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) {
  .panel { color: #e6edf3; background: #161b22; border-color: #30363d; }
  button:hover { background: #21262d; }
  textarea, input { background: #0d1117; border-color: #30363d; }
}
`;

export interface UiHost {
  /** Shows a panel at page coordinates (document space), replacing whatever was open. */
  show(panel: HTMLElement, pageX: number, pageY: number): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
  readonly doc: Document;
  destroy(): void;
}

export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('style', 'all:initial;position:absolute;z-index:2147483647;top:0;left:0;display:none;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.appendChild(style);
  let current: HTMLElement | null = null;

  // Keep the reader's selection alive when they press one of our buttons.
  root.addEventListener('mousedown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.closest('textarea,input')) event.preventDefault();
  });

  return {
    doc,
    show(panel, pageX, pageY) {
      current?.remove();
      current = panel;
      root.appendChild(panel);
      if (!host.isConnected) doc.documentElement.appendChild(host);
      const maxX = (doc.defaultView?.scrollX ?? 0) + (doc.documentElement.clientWidth || 800) - 8;
      host.style.left = `${Math.max(4, Math.min(pageX, maxX - 280))}px`;
      host.style.top = `${Math.max(4, pageY)}px`;
      host.style.display = 'block';
    },
    hide() {
      current?.remove();
      current = null;
      host.style.display = 'none';
    },
    isOpen: () => current !== null,
    contains: (node) => !!node && (node === host || host.contains(node) || root.contains(node)),
    destroy() {
      host.remove();
    },
  };
}
