/**
 * The note editor frame: an extension page the annotator embeds in its closed shadow root when
 * the reader writes a note. Everything typed here (keys, composition, clipboard, selection)
 * happens in this extension-origin document, which the page's scripts cannot read and whose
 * events never reach the page's listeners; the note goes from here to the background and into
 * storage. The frame listens to no `message` events: whatever the page posts to it is ignored.
 *
 * Its only input is the ticket in the address fragment, which the background made for this tab
 * and this highlight; the fragment is dropped from the address at once.
 */
import { buildNoteEditor } from '../src/dom/ui/note-editor';
import { MAX_NOTE_LENGTH, type NoteSession } from '../src/messages';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';

const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname);
document.documentElement.lang = t('@@ui_locale').replace('_', '-');

const mount = document.getElementById('editor')!;

function showError(error: unknown): void {
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = errorText(error);
  mount.querySelector('.error')?.remove();
  (mount.firstElementChild ?? mount).appendChild(message);
}

function close(): void {
  void callBackground('ui-bg:close-note', { token }).catch(() => undefined);
}

function render(session: NoteSession): void {
  let saving = false;
  const editor = buildNoteEditor(document, {
    note: session.note,
    tags: session.tags,
    knownTags: session.knownTags,
    maxLength: MAX_NOTE_LENGTH,
    t: (key, sub) => t(key, ...(sub === undefined ? [] : [sub])),
    onSave: (note, tags) => {
      if (saving) return;
      saving = true;
      // The background closes the frame once the note is stored; a failure stays here, with the text.
      callBackground('ui-bg:save-note', { token, note, tags }).catch((error) => {
        saving = false;
        showError(error);
      });
    },
    onCancel: close,
  });
  mount.replaceChildren(editor.panel);
  editor.focus();
  // The annotator focuses the frame once it has loaded; the caret then belongs in the note.
  addEventListener('focus', () => {
    if (!document.activeElement || document.activeElement === document.body) editor.focus();
  });
}

callBackground('ui-bg:note-session', { token }).then(render, (error) => {
  const panel = document.createElement('div');
  panel.className = 'panel';
  mount.replaceChildren(panel);
  showError(error);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('cancel');
  dismiss.addEventListener('click', close);
  panel.appendChild(dismiss);
});
