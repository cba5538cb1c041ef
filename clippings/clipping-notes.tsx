/** The reader's note on the whole article and its tags, under the clipping (screen); plain text in print. */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { TagEditor } from '../popup/tag-editor';
import { ClippingNoteConflict } from './note-conflict';

interface Props {
  clipping: Clipping;
  /** Other devices' versions of the note, kept by sync until the reader chooses. */
  noteConflicts: string[];
  knownTags: () => Promise<string[]>;
  onSaved: (clipping: Clipping) => void;
  onError: (text: string) => void;
}

export function ClippingNotes({ clipping, noteConflicts, knownTags, onSaved, onError }: Props) {
  const [note, setNote] = useState(clipping.note);
  useEffect(() => setNote(clipping.note), [clipping.id, clipping.note]);
  const save = async (changes: { note?: string; tags?: string[] }) => {
    try {
      onSaved(await callBackground('ui-bg:update-clipping', { id: clipping.id, changes }));
    } catch (error) {
      onError(errorText(error));
    }
  };
  return (
    <section class="article-note" aria-label={t('bookArticleNote')}>
      <h2 class="print-only">{t('bookArticleNote')}</h2>
      <label class="screen-only" for="article-note">
        {t('bookArticleNote')}
      </label>
      <ClippingNoteConflict clippingId={clipping.id} current={note} others={noteConflicts} onResolved={onSaved} onError={onError} />
      <textarea
        id="article-note"
        class="screen-only"
        data-role="article-note"
        rows={3}
        maxLength={20_000}
        value={note}
        placeholder={t('bookArticleNotePlaceholder')}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        onBlur={() => {
          if (note !== clipping.note) void save({ note });
        }}
      />
      {clipping.note.trim() && <p class="print-only note-print">{clipping.note}</p>}
      <div class="screen-only">
        <TagEditor tags={clipping.tags} loadSuggestions={knownTags} onChange={(tags) => void save({ tags })} idPrefix="clip" />
      </div>
      {clipping.tags.length > 0 && <p class="print-only">{clipping.tags.map((tag) => `#${tag}`).join(' ')}</p>}
    </section>
  );
}
