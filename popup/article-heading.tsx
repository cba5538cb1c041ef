/**
 * The heading of one article group: headline, byline (people with their roles) and edition
 * date; the reader corrects any field in place (article-editor.tsx) and confirms the fields
 * detection was unsure of (shown as suggestions, left out of exports until confirmed).
 */
import { useState } from 'preact/hooks';
import type { Correction } from '../src/core/article/article-corrections';
import { CORRECTABLE_FIELDS, type ArticleRecord, type CorrectableField, type Person } from '../src/core/model';
import { correctWithUndo } from './article-actions';
import { ArticleEditor } from './article-editor';
import { formatEditionDate } from './format-date';
import { t } from './i18n';
import type { Notify } from './notice';
import { LangText } from './lang-text';

function byline(people: Person[]): string {
  return people.map((p) => (p.role === 'author' ? p.name : t('popupRole', t(`role_${p.role}`), p.name))).join(t('listSeparator'));
}

/** Newspaper, print page, section, byline and edition date, whatever is known, in one line. */
function articleMeta(article: ArticleRecord): string {
  return [article.publication, article.page && t('popupPrintPage', article.page), article.section, byline(article.authors), formatEditionDate(article.date)]
    .filter(Boolean)
    .join(' · ');
}

/** A held-back value as the reader reads it. */
function suggestionText(article: ArticleRecord, field: CorrectableField): string {
  const value = article.detected?.[field];
  if (value === undefined) return '';
  if (field === 'authors') return byline(value as Person[]);
  if (field === 'date') return formatEditionDate(value as string) || (value as string);
  if (field === 'page') return t('popupPrintPage', value as string);
  return value as string;
}

interface Props {
  article: ArticleRecord;
  showHeadline?: boolean;
  /** Without them the heading is read-only (e.g. a page stand-in that is not stored). */
  notify?: Notify;
  onChanged?: () => void;
}

/** Headline (unless the page title above already shows it), the muted meta line, suggestions and the editor. */
export function ArticleHeading({ article, showHeadline = true, notify, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const editable = notify !== undefined && onChanged !== undefined;
  const save = (correction: Correction, text?: string) => (editable ? correctWithUndo(article, correction, notify, onChanged, text) : Promise.resolve(false));

  if (editing && editable) {
    return (
      <div class="article-heading editing" data-article-heading={article.id}>
        <ArticleEditor article={article} onSave={(c) => save(c)} onCancel={() => setEditing(false)} />
      </div>
    );
  }
  const meta = articleMeta(article);
  const suggestions = (article.suggested ?? []).filter((field) => suggestionText(article, field));
  const corrected = CORRECTABLE_FIELDS.filter((field) => article.readerFields?.[field] !== undefined);
  return (
    <div class="article-heading" data-article-heading={article.id}>
      <div class="heading-row">
        <div class="heading-text">
          {showHeadline && <h2 class="headline"><LangText text={article.title || article.url} /></h2>}
          {meta && <p class="byline muted"><LangText text={meta} /></p>}
          {corrected.length > 0 && (
            <p class="reader-mark muted" data-reader-fields={corrected.join(' ')}>
              {t('articleCorrectedFields', corrected.map((f) => t(`field_${f}`)).join(t('listSeparator')))}
            </p>
          )}
        </div>
        {editable && (
          <button type="button" class="icon edit-article" data-action="edit-article" aria-label={t('articleEdit')} title={t('articleEdit')} onClick={() => setEditing(true)}>
            ✎
          </button>
        )}
      </div>
      {editable && suggestions.length > 0 && (
        <ul class="suggestions" aria-label={t('articleSuggestions')}>
          {suggestions.map((field) => (
            <li key={field} class="suggestion" data-suggestion={field}>
              <span class="suggestion-text">
                <span class="muted">{t('articleSuggestion', t(`field_${field}`))}</span> {suggestionText(article, field)}
              </span>
              <button type="button" data-action="confirm-field" onClick={() => void save({ confirm: [field] }, t('articleConfirmed'))}>
                {t('articleConfirm')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
