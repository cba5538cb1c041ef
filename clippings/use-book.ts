/**
 * The book's data: every clipping's heading (read once, then after each edit), and the ids the
 * current search and colour filter allow (read from the token and colour indexes): a search
 * shows its newest matches first, then every match with the count.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { openDb } from '../src/background/db/database';
import { allClippings, bookPreview, clippingIdsWithColor, clippingSearch, type BookPreview } from '../src/background/db/clipping-queries';
import { applyFilter, isFiltered, type BookFilter } from './book-filter';

export type BookState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `all` undefined: only the first screen (`preview`) is read so far, and the total is not known. */
  | { status: 'ready'; total?: number; all?: Clipping[]; preview?: BookPreview };

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
        setState({ status: 'ready', preview });
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

export type FilteredState =
  | { status: 'pending' }
  /** `partial`: a search's newest matches only (FIRST_RESULTS); every match follows. */
  | { status: 'ready'; shown: Clipping[]; filter: BookFilter; partial: boolean }
  | { status: 'error'; error: unknown };

/** A search's first screen: this many of its newest matches, before every match is read. */
export const FIRST_RESULTS = 60;
/** Windows of the index walk the first screen may take before the rest is read at once. */
const FIRST_WINDOWS = 3;

/**
 * The clippings the filter lets through. A search shows its FIRST_RESULTS newest matches as
 * soon as they are found (a few windows of the time-ordered token index), then reads every
 * match for the count and the full contents; the other conditions (paper, dates, tag, colour)
 * are checked on the headings in memory and steer the walk, so the first screen is full.
 */
export function useFiltered(all: Clipping[] | undefined, filter: BookFilter): FilteredState {
  const [state, setState] = useState<FilteredState>({ status: 'pending' });
  useEffect(() => {
    if (!all) return;
    let live = true;
    const db = openDb();
    const fail = (error: unknown) => live && setState({ status: 'error', error });
    (async () => {
      const colorIds = filter.color ? await clippingIdsWithColor(db, filter.color) : undefined;
      const others = { ...filter, query: '' };
      // In contents order, as `all`; the search ids only pick from it.
      const byOthers = isFiltered(others) ? applyFilter(all, others, undefined, colorIds) : all;
      const search = filter.query.trim() ? await clippingSearch(db, filter.query, byOthers === all ? undefined : new Set(byOthers.map((c) => c.id))) : undefined;
      if (!search) {
        // A query without a searchable token (punctuation only) does not filter.
        if (live) setState({ status: 'ready', shown: byOthers, filter, partial: false });
        return;
      }
      // A few windows for the first screen; a rare combination (or none: 教育 budget) stops
      // there and reads the rest of the span at once instead of in ever wider windows.
      const first = await search.next(FIRST_RESULTS, FIRST_WINDOWS);
      if (!live) return;
      const byId = new Map(all.map((c) => [c.id, c]));
      const headings = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((c): c is Clipping => c !== undefined);
      if (first.length === FIRST_RESULTS) setState({ status: 'ready', shown: headings(first), filter, partial: true });
      // The walk goes on from where it stopped: every match is the first screen's and the rest's.
      const every = new Set([...first, ...(await search.rest())]);
      performance.mark('jianbao:search-ids');
      if (live) setState({ status: 'ready', shown: byOthers.filter((c) => every.has(c.id)), filter, partial: false });
    })().catch(fail);
    return () => {
      live = false;
    };
  }, [all, filter]);
  return state;
}
