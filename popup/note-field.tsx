/** A highlight's note, edited in place: click (or Enter) to edit, blur or Ctrl+Enter saves, Escape cancels. */
import { useState } from 'preact/hooks';
import { t } from './i18n';

/** Shows the note (or an "Add a note" prompt) and turns into a textarea when activated. */
export function NoteField({ note, onSave }: { note: string; onSave: (note: string) => void }) {
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <button type="button" class={note ? 'note' : 'note add'} data-action="edit-note" onClick={() => setEditing(true)}>
        {note || t('popupAddNote')}
      </button>
    );
  }
  const finish = (value: string | null) => {
    setEditing(false);
    if (value !== null && value !== note) onSave(value);
  };
  return (
    <textarea
      class="note-editor"
      aria-label={t('noteLabel')}
      placeholder={t('notePlaceholder')}
      // Focus moves into the editor because the reader just asked to edit.
      ref={(el) => el?.focus()}
      defaultValue={note}
      onBlur={(e) => finish((e.target as HTMLTextAreaElement).value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(null);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          finish((e.target as HTMLTextAreaElement).value);
        }
      }}
    />
  );
}
