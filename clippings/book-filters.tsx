/** Search box and filters of the book: paper, edition-date range, tag, highlight colour. */
import type { PaletteColor } from '../src/core/model';
import { t } from '../popup/i18n';
import type { BookFilter } from './book-filter';

interface Props {
  text: string;
  onText: (text: string) => void;
  filter: BookFilter;
  onFilter: (filter: BookFilter) => void;
  papers: string[];
  tags: string[];
  palette: PaletteColor[];
}

/** '' in a <select> means "any"; a paperless clipping's paper is the value NO_PAPER. */
const NO_PAPER = '\u0000';

export function BookFilters({ text, onText, filter, onFilter, papers, tags, palette }: Props) {
  const set = (changes: Partial<BookFilter>) => onFilter({ ...filter, ...changes });
  return (
    <div class="book-filters" role="search">
      <input type="search" data-role="book-search" aria-label={t('bookSearch')} placeholder={t('bookSearchPlaceholder')} value={text} onInput={(e) => onText((e.target as HTMLInputElement).value)} />
      <label>
        {t('bookFilterPaper')}
        <select
          data-role="filter-paper"
          value={filter.paper === undefined ? '' : filter.paper === '' ? NO_PAPER : filter.paper}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            set({ paper: v === '' ? undefined : v === NO_PAPER ? '' : v });
          }}
        >
          <option value="">{t('bookAny')}</option>
          {papers.map((p) => (
            <option key={p} value={p || NO_PAPER}>
              {p || t('bookNoPaper')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('bookFilterFrom')}
        <input type="date" data-role="filter-from" value={filter.from ?? ''} onChange={(e) => set({ from: (e.target as HTMLInputElement).value || undefined })} />
      </label>
      <label>
        {t('bookFilterTo')}
        <input type="date" data-role="filter-to" value={filter.to ?? ''} onChange={(e) => set({ to: (e.target as HTMLInputElement).value || undefined })} />
      </label>
      <label>
        {t('bookFilterTag')}
        <select data-role="filter-tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">{t('bookAny')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('bookFilterColor')}
        <select data-role="filter-color" value={filter.color ?? ''} onChange={(e) => set({ color: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">{t('bookAny')}</option>
          {palette.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
