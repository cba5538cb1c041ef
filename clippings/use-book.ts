/**
 * The book's data: every clipping's heading (read once, then after each edit), and the ids the
 * current search and colour filter allow (read from the token and colour indexes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { openDb } from '../src/background/db/database';
import { allClippings, clippingIdsWithColor, searchClippingIds } from '../src/background/db/clipping-queries';
import { applyFilter, type BookFilter } from './book-filter';

export type BookState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; all: Clipping[] };

export function useBookHeadings(version: number): BookState {
  const [state, setState] = useState<BookState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    allClippings(openDb()).then(
      (all) => live && setState({ status: 'ready', all }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
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
