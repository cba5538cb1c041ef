/**
 * The note editor: a note and comma-separated tags for one highlight. Ctrl/⌘+Enter saves,
 * Escape cancels. Tags the reader used before are offered through a datalist.
 *
 * It is built inside the note editor frame (note-frame/, an extension page), never in the
 * page's document: keys typed into the page's document, even inside a closed shadow root, pass
 * through the page's capture-phase listeners first.
 */
import { el } from './elements';
import type { Translate } from './selection-toolbar';

export interface NoteEditorOptions {
  note: string;
  tags: string[];
  knownTags: string[];
  /** The longest note storage accepts (the frame passes the message schema's limit). */
  maxLength?: number;
  t: Translate;
  onSave(note: string, tags: string[]): void;
  onCancel(): void;
}

export function parseTagInput(value: string): string[] {
  return value
    .split(/[,，;；]/)
    .map((tag) => tag.trim().replace(/^#+/, ''))
    .filter(Boolean);
}

export function buildNoteEditor(doc: Document, options: NoteEditorOptions): { panel: HTMLElement; focus(): void } {
  const { t } = options;
  const textarea = el(doc, 'textarea', { label: t('noteLabel'), attrs: { placeholder: t('notePlaceholder'), ...(options.maxLength ? { maxlength: String(options.maxLength) } : {}) } });
  textarea.value = options.note;
  const listId = 'jb-known-tags';
  const datalist = el(doc, 'datalist', { attrs: { id: listId } }, options.knownTags.map((tag) => el(doc, 'option', { attrs: { value: tag } })));
  const tagsInput = el(doc, 'input', { label: t('tagsLabel'), attrs: { type: 'text', list: listId, placeholder: t('tagsPlaceholder') } });
  tagsInput.value = options.tags.join(', ');
  const save = el(doc, 'button', { className: 'primary', text: t('save'), attrs: { type: 'button', 'data-action': 'save' } });
  const cancel = el(doc, 'button', { text: t('cancel'), attrs: { type: 'button', 'data-action': 'cancel' } });
  const panel = el(doc, 'div', { className: 'panel column', attrs: { role: 'dialog', 'aria-label': t('noteLabel') } }, [
    textarea,
    tagsInput,
    datalist,
    el(doc, 'div', { className: 'row' }, [save, cancel]),
  ]);
  panel.dataset.jbPanel = 'note-editor';
  const submit = () => options.onSave(textarea.value.trim(), parseTagInput(tagsInput.value));
  save.addEventListener('click', submit);
  cancel.addEventListener('click', () => options.onCancel());
  // Ctrl/⌘+Enter and Escape act when the key comes back up, not when it goes down: saving or
  // cancelling takes the editor (a frame on the page) down, and a key released after that
  // would be delivered to the page's document instead of this one.
  let pending: 'save' | 'cancel' | null = null;
  panel.addEventListener('keydown', (event) => {
    event.stopPropagation(); // the page's own shortcuts must not fire while the reader types
    if (event.key === 'Escape') pending = 'cancel';
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault(); // no line break in the note
      pending = 'save';
    } else pending = null;
  });
  panel.addEventListener('keyup', (event) => {
    event.stopPropagation();
    const action = pending;
    if (event.key === 'Escape' && action === 'cancel') options.onCancel();
    else if (event.key === 'Enter' && action === 'save') submit();
    else return;
    pending = null;
  });
  return { panel, focus: () => textarea.focus() };
}
