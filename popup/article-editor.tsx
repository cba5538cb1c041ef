/**
 * The article heading as a form: every field the reader can correct (headline, kicker,
 * subtitle, people with roles, date, newspaper, page 版次, section 版名). Only the fields the
 * reader changed are sent; the background stores them as the reader's.
 */
import { useState } from 'preact/hooks';
import { cleanFieldValue, shownValue, type Correction } from '../src/core/article/article-corrections';
import { CORRECTABLE_FIELDS, type ArticleFields, type ArticleRecord, type CorrectableField, type Person } from '../src/core/model';
import { isEditionDate } from '../src/messages';
import { t } from './i18n';
import { PeopleEditor } from './people-editor';

type TextField = Exclude<CorrectableField, 'authors'>;

/** The text fields in the order of a printed heading, with their limits (as the message schema has them). */
const TEXT_FIELDS: { field: TextField; max: number }[] = [
  { field: 'kicker', max: 2000 },
  { field: 'title', max: 2000 },
  { field: 'subtitle', max: 2000 },
];
const EDITION_FIELDS: { field: TextField; max: number }[] = [
  { field: 'publication', max: 2000 },
  { field: 'date', max: 40 },
  { field: 'page', max: 40 },
  { field: 'section', max: 2000 },
];

interface Draft {
  text: Record<TextField, string>;
  authors: Person[];
}

/** The date as the form edits it: a full ISO date-time is shown as its calendar day. */
function editableDate(date: string | undefined): string {
  if (!date) return '';
  const day = /^\d{4}-\d{2}-\d{2}(?=T)/.exec(date);
  return day ? day[0] : date;
}

function draftOf(article: ArticleRecord): Draft {
  const text = {} as Record<TextField, string>;
  for (const field of CORRECTABLE_FIELDS) {
    if (field === 'authors') continue;
    const value = (shownValue(article, field) as string | undefined) ?? '';
    text[field] = field === 'date' ? editableDate(value) : value;
  }
  return { text, authors: (shownValue(article, 'authors') ?? []).map((p) => ({ ...p })) };
}

/** What the reader changed, as a correction ("set" of the changed fields only), or null when nothing changed. */
export function changesOf(before: Draft, after: Draft): Correction | null {
  const set: Partial<ArticleFields> = {};
  for (const field of CORRECTABLE_FIELDS) {
    if (field === 'authors') {
      const was = JSON.stringify(cleanFieldValue('authors', before.authors));
      const now = cleanFieldValue('authors', after.authors) ?? [];
      if (JSON.stringify(now) !== was) set.authors = now;
      continue;
    }
    const was = cleanFieldValue(field, before.text[field]) ?? '';
    const now = cleanFieldValue(field, after.text[field]) ?? '';
    if (now !== was) (set as Record<string, string>)[field] = now;
  }
  return Object.keys(set).length ? { set } : null;
}

/** The first problem with a draft, as a sentence for the reader, or null. */
function problemOf(draft: Draft): { field: CorrectableField; text: string } | null {
  if (!draft.text.title.trim()) return { field: 'title', text: t('articleTitleEmpty') };
  if (!isEditionDate(draft.text.date.trim()) && draft.text.date.trim() !== '') return { field: 'date', text: t('articleDateInvalid') };
  return null;
}

interface Props {
  article: ArticleRecord;
  onSave: (correction: Correction) => Promise<boolean>;
  onCancel: () => void;
}

export function ArticleEditor({ article, onSave, onCancel }: Props) {
  const [initial] = useState(() => draftOf(article));
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<ReturnType<typeof problemOf>>(null);
  const [saving, setSaving] = useState(false);
  const idPrefix = `edit-${article.id.length}-${article.id.slice(-12).replace(/[^a-z0-9]/gi, '')}`;
  const unsure = new Set(article.suggested ?? []);

  const input = ({ field, max }: { field: TextField; max: number }) => {
    const id = `${idPrefix}-${field}`;
    const invalid = problem?.field === field;
    return (
      <div class="field" key={field} data-field={field}>
        <label for={id}>
          {t(`field_${field}`)}
          {unsure.has(field) && <span class="unsure"> · {t('articleUnsure')}</span>}
          {article.readerFields?.[field] !== undefined && <span class="reader-mark"> · {t('articleYours')}</span>}
        </label>
        <input
          type="text"
          id={id}
          name={field}
          value={draft.text[field]}
          maxLength={max}
          placeholder={field === 'date' ? t('articleDatePlaceholder') : ''}
          inputMode={field === 'date' ? 'numeric' : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${idPrefix}-problem` : undefined}
          onInput={(e) => setDraft({ ...draft, text: { ...draft.text, [field]: (e.target as HTMLInputElement).value } })}
        />
      </div>
    );
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = problemOf(draft);
    setProblem(found);
    if (found) {
      document.getElementById(found.field === 'authors' ? `${idPrefix}-name-0` : `${idPrefix}-${found.field}`)?.focus();
      return;
    }
    const correction = changesOf(initial, draft);
    if (!correction) return onCancel();
    setSaving(true);
    const saved = await onSave(correction);
    setSaving(false);
    if (saved) onCancel();
  };

  return (
    <form
      class="article-editor"
      aria-label={t('articleEditLabel')}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {TEXT_FIELDS.map(input)}
      <PeopleEditor people={draft.authors} idPrefix={idPrefix} onChange={(authors) => setDraft({ ...draft, authors })} />
      {unsure.has('authors') && <p class="unsure">{t('articleUnsurePeople')}</p>}
      <div class="field-grid">{EDITION_FIELDS.map(input)}</div>
      {problem && (
        <p class="error" role="alert" id={`${idPrefix}-problem`}>
          {problem.text}
        </p>
      )}
      <div class="editor-actions">
        <button type="submit" class="primary" data-action="save-article" disabled={saving}>
          {t('save')}
        </button>
        <button type="button" data-action="cancel-article" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
