/**
 * The book's data: every clipping's heading (read once, then after each edit), and the ids the
 * current search and colour filter allow (read from the token and colour indexes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { openDb } from '../src/background/db/database';
import { allClippings, bookPreview, clippingIdsWithColor, searchClippingIds, type BookPreview } from '../src/background/db/clipping-queries';
import { applyFilter, type BookFilter } from './book-filter';

export type BookState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `all` undefined: only the first screen (`preview`) is read so far. */
  | { status: 'ready'; total: number; all?: Clipping[]; preview?: BookPreview };

/**
 * The headings. On the first read (`previewFirst`: no clipping asked for in the address, whose
 * groups the preview could not open) the first screen comes from indexes, then every heading is
 * read once it is drawn; after an edit (`version`) every heading is read again.
 */
export function useBookHeadings(version: number, previewFirst: boolean): BookState {
  const [state, setState] = useState<BookState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const db = openDb();
    const fail = (error: unknown) => live && setState({ status: 'error', error });
    const readAll = () =>
      allClippings(db).then((all) => {
        performance.mark('jianbao:headings-read');
        // The preview stays until the filter over `all` is ready (the contents never blink out).
        if (live) setState((s) => ({ status: 'ready', total: all.length, all, preview: s.status === 'ready' ? s.preview : undefined }));
      }, fail);
    if (version === 0 && previewFirst) {
      bookPreview(db).then((preview) => {
        if (!live) return;
        performance.mark('jianbao:preview-read');
        if (!preview) return void readAll();
        setState({ status: 'ready', total: preview.total, preview });
        // After the render (Preact renders in a microtask): the big read must not delay the first screen.
        setTimeout(() => live && void readAll(), 0);
      }, fail);
    } else void readAll();
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}

export type FilteredState = { status: 'pending' } | { status: 'ready'; shown: Clipping[]; filter: BookFilter } | { status: 'error'; error: unknown };

/** The clippings the filter lets through (search and colour ids looked up first). */
export function useFiltered(all: Clipping[] | undefined, filter: BookFilter): FilteredState {
  const [state, setState] = useState<FilteredState>({ status: 'pending' });
  useEffect(() => {
    if (!all) return;
    let live = true;
    const db = openDb();
    Promise.all([
      filter.query.trim() ? searchClippingIds(db, filter.query) : Promise.resolve(undefined),
      filter.color ? clippingIdsWithColor(db, filter.color) : Promise.resolve(undefined),
    ]).then(
      ([searchIds, colorIds]) => {
        if (filter.query.trim()) performance.mark('jianbao:search-ids');
        if (!live) return;
        setState({ status: 'ready', shown: applyFilter(all, filter, searchIds, colorIds), filter });
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [all, filter]);
  return state;
}
