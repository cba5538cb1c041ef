/** Tags of a highlight: chips with a remove button, and an input that autocompletes from tags in use. */
import { useState } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  tags: string[];
  /** Every tag in use, loaded when the input first gets focus (a *tags index read). */
  loadSuggestions: () => Promise<string[]>;
  onChange: (tags: string[]) => void;
  idPrefix: string;
}

/** Adds a tag on Enter or comma (、，too), removes one with its × button. */
export function TagEditor({ tags, loadSuggestions, onChange, idPrefix }: Props) {
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const listId = `${idPrefix}-tags`;
  const add = (raw: string) => {
    const fresh = raw.split(/[,，、]/).map((s) => s.trim().replace(/^#+/, '')).filter((s) => s && !tags.includes(s));
    if (fresh.length) onChange([...tags, ...fresh]);
  };
  return (
    <div class="tags">
      {tags.map((tag) => (
        <span class="tag" key={tag}>
          #{tag}
          <button type="button" class="tag-remove" aria-label={t('popupRemoveTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        class="tag-input"
        type="text"
        list={listId}
        aria-label={t('popupAddTag')}
        placeholder={t('popupAddTag')}
        onFocus={() => {
          if (!suggestions) loadSuggestions().then(setSuggestions, () => setSuggestions([]));
        }}
        onKeyDown={(e) => {
          const input = e.target as HTMLInputElement;
          if ((e.key === 'Enter' || e.key === ',') && input.value.trim()) {
            e.preventDefault();
            add(input.value);
            input.value = '';
          }
        }}
        // Picking a suggestion from the datalist fires `change` without a key press.
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          if (input.value.trim()) {
            add(input.value);
            input.value = '';
          }
        }}
      />
      <datalist id={listId}>
        {(suggestions ?? []).filter((s) => !tags.includes(s)).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
