/** One highlight in the page view: quote (click to scroll there), colour, note, tags and actions. */
import type { ArticleRecord, Highlight, Settings } from '../src/core/model';
import { changeHighlight, copyCitation, deleteWithUndo, scrollToHighlight } from './highlight-actions';
import { t } from './i18n';
import { NoteField } from './note-field';
import type { Notify } from './notice';
import { colorName, nameOfKey, swatchOf } from './palette-colors';
import { NoteConflict } from './sync-parts';
import { TagEditor } from './tag-editor';
import { LangText } from './lang-text';

/** What a card needs from the view around it. */
export interface CardContext {
  tabId: number;
  settings: Settings;
  articles: ReadonlyMap<string, ArticleRecord>;
  notify: Notify;
  /** Reload after a write (the view re-reads the page's highlights). */
  onChanged: () => void;
  loadTags: () => Promise<string[]>;
}

/** A list item; the quote is a button so keyboard users can scroll the page to it as well. */
export function HighlightCard({ highlight: h, ctx }: { highlight: Highlight; ctx: CardContext }) {
  const save = async (changes: Parameters<typeof changeHighlight>[1]) => {
    if (await changeHighlight(h.id, changes, ctx.notify)) ctx.onChanged();
  };
  const colors = ctx.settings.palette.some((c) => c.key === h.color)
    ? ctx.settings.palette
    : [...ctx.settings.palette, { key: h.color, name: nameOfKey(ctx.settings.palette, h.color), value: swatchOf(ctx.settings.palette, h.color) }];
  return (
    <li class="highlight" data-id={h.id} style={{ '--swatch': swatchOf(ctx.settings.palette, h.color) }}>
      <button type="button" class="quote" title={t('popupScrollTo')} onClick={() => void scrollToHighlight(ctx.tabId, h, ctx.notify)}>
        <LangText text={h.exact} />
      </button>
      <NoteField note={h.note} onSave={(note) => void save({ note })} />
      <NoteConflict id={h.id} note={h.note} notify={ctx.notify} onChanged={ctx.onChanged} />
      <TagEditor tags={h.tags} idPrefix={`h-${h.id}`} loadSuggestions={ctx.loadTags} onChange={(tags) => void save({ tags })} />
      <div class="card-actions">
        <select
          aria-label={t('popupColour')}
          value={h.color}
          onChange={(e) => void save({ color: (e.target as HTMLSelectElement).value })}
        >
          {colors.map((c) => (
            <option key={c.key} value={c.key}>
              {colorName(c)}
            </option>
          ))}
        </select>
        <button type="button" data-action="copy-citation" onClick={() => void copyCitation(h, ctx.articles, ctx.settings, ctx.notify)}>
          {t('copyWithCitation')}
        </button>
        <button type="button" class="danger" data-action="delete" aria-label={t('deleteHighlight')} onClick={() => void deleteWithUndo(h, ctx.notify, ctx.onChanged)}>
          {t('popupDelete')}
        </button>
      </div>
    </li>
  );
}
