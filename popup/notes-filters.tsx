/**
 * The filters of "All notes": colour, tag, site, newspaper, date range and order. The choices
 * for tag, site and newspaper are read (distinct index keys) only when the panel is opened.
 */
import { useState } from 'preact/hooks';
import type { PaletteColor } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { allPageUrls, allPublications, allTags, NOTES_SORTS, type NotesFilter, type NotesSort } from '../src/background/db/queries';
import { t } from './i18n';
import { colorName } from './palette-colors';

interface Choices {
  tags: string[];
  sites: string[];
  publications: string[];
}

async function loadChoices(): Promise<Choices> {
  const db = openDb();
  const [tags, urls, publications] = await Promise.all([allTags(db), allPageUrls(db), allPublications(db)]);
  const sites = new Set<string>();
  for (const url of urls) {
    try {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'http:' || protocol === 'https:') sites.add(hostname);
    } catch {
      // A stored URL that does not parse has no site to filter by.
    }
  }
  return { tags, sites: [...sites].sort(), publications };
}

/** Local midnight of a yyyy-mm-dd input value (start or end of that day). */
function dayBoundary(value: string, end: boolean): number | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return end ? new Date(y, m - 1, d, 23, 59, 59, 999).getTime() : new Date(y, m - 1, d).getTime();
}

function dayValue(ms: number | undefined): string {
  if (ms === undefined) return '';
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

interface Props {
  filter: NotesFilter;
  sort: NotesSort;
  palette: readonly PaletteColor[];
  onFilter: (filter: NotesFilter) => void;
  onSort: (sort: NotesSort) => void;
}

/** A collapsible panel; each control is labelled and applies at once. */
export function NotesFilters({ filter, sort, palette, onFilter, onSort }: Props) {
  const [choices, setChoices] = useState<Choices | null>(null);
  const set = (patch: Partial<NotesFilter>) => onFilter({ ...filter, ...patch });
  const pick = (value: string) => value || undefined;
  return (
    <details
      class="filters"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !choices) loadChoices().then(setChoices, () => setChoices({ tags: [], sites: [], publications: [] }));
      }}
    >
      <summary>{t('popupFilters')}</summary>
      <div class="filter-grid">
        <label>
          {t('popupColour')}
          <select data-filter="color" value={filter.color ?? ''} onChange={(e) => set({ color: pick((e.target as HTMLSelectElement).value) })}>
            <option value="">{t('popupAny')}</option>
            {palette.map((c) => (
              <option key={c.key} value={c.key}>
                {colorName(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tagsLabel')}
          <select data-filter="tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: pick((e.target as HTMLSelectElement).value) })}>
            <option value="">{t('popupAny')}</option>
            {(choices?.tags ?? []).map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupSite')}
          <select data-filter="site" value={filter.site ?? ''} onChange={(e) => set({ site: pick((e.target as HTMLSelectElement).value) })}>
            <option value="">{t('popupAny')}</option>
            {(choices?.sites ?? []).map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupNewspaper')}
          <select data-filter="publication" value={filter.publication ?? ''} onChange={(e) => set({ publication: pick((e.target as HTMLSelectElement).value) })}>
            <option value="">{t('popupAny')}</option>
            {(choices?.publications ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupFrom')}
          <input type="date" data-filter="from" value={dayValue(filter.fromMs)} onChange={(e) => set({ fromMs: dayBoundary((e.target as HTMLInputElement).value, false) })} />
        </label>
        <label>
          {t('popupTo')}
          <input type="date" data-filter="to" value={dayValue(filter.toMs)} onChange={(e) => set({ toMs: dayBoundary((e.target as HTMLInputElement).value, true) })} />
        </label>
        <label>
          {t('popupSort')}
          <select data-filter="sort" value={sort} onChange={(e) => onSort((e.target as HTMLSelectElement).value as NotesSort)}>
            {NOTES_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`popupSort_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
