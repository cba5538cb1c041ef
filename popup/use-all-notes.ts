/**
 * The data behind "All notes": how many highlights match the filter and a way to read any
 * window of them in order. Without a filter that is count() plus offset/limit on the sort
 * index; with one, the matching ids come from the indexes (tokens, colour, tags…) and windows
 * are read by id. Rows are cached per block, so scrolling back costs nothing.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import {
  countAllHighlights,
  highlightsByIds,
  highlightsWindow,
  matchingHighlightIds,
  sortNoteIds,
  type NotesFilter,
  type NotesSort,
} from '../src/background/db/queries';

/** Rows read per database call; a popup shows about ten, so one block covers several screens. */
export const BLOCK_ROWS = 40;

/** The list's state; `ids` is present when a filter is active. */
export type NotesState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; total: number; ids: string[] | null; filtered: boolean };

/** Reads and caches the rows of one list state. */
export interface NotesRows {
  state: NotesState;
  /** The row at an index, or undefined while its block is being read (the read starts now). */
  rowAt(index: number): Highlight | undefined;
  /** Forget cached rows and read again (after a delete or an edit). */
  refresh(): void;
}

/** Runs the query for `filter`/`sort` and serves rows by index. */
export function useAllNotes(filter: NotesFilter, sort: NotesSort): NotesRows {
  const [state, setState] = useState<NotesState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [, setLoadedBlocks] = useState(0);
  const blocks = useRef(new Map<number, Highlight[] | 'loading'>());
  const key = JSON.stringify(filter) + sort;

  // A layout effect starts the query in the same task as the render that changed the filter;
  // a plain effect would wait for the next frame first (measured in bench/popup.bench.ts).
  useLayoutEffect(() => {
    let stale = false;
    blocks.current = new Map();
    (async () => {
      const db = openDb();
      const matched = await matchingHighlightIds(db, filter);
      if (!matched) return { total: await countAllHighlights(db), ids: null, filtered: false };
      const ids = await sortNoteIds(db, matched, sort);
      return { total: ids.length, ids, filtered: true };
    })().then(
      (ready) => !stale && setState({ status: 'ready', ...ready }),
      (error: unknown) => !stale && setState({ status: 'error', error }),
    );
    return () => {
      stale = true;
    };
    // `key` stands for filter + sort (objects would re-run on every render).
  }, [key, generation]);

  return useMemo(() => {
    const rowAt = (index: number): Highlight | undefined => {
      if (state.status !== 'ready') return undefined;
      const block = Math.floor(index / BLOCK_ROWS);
      const cached = blocks.current.get(block);
      if (cached && cached !== 'loading') return cached[index - block * BLOCK_ROWS];
      if (!cached) {
        const map = blocks.current;
        map.set(block, 'loading');
        const start = block * BLOCK_ROWS;
        const db = openDb();
        const read = state.ids
          ? highlightsByIds(db, state.ids.slice(start, start + BLOCK_ROWS))
          : highlightsWindow(db, sort, start, BLOCK_ROWS);
        read.then(
          (rows) => {
            if (blocks.current !== map) return;
            map.set(block, rows);
            setLoadedBlocks((n) => n + 1);
          },
          (error: unknown) => setState({ status: 'error', error }),
        );
      }
      return undefined;
    };
    return { state, rowAt, refresh: () => setGeneration((g) => g + 1) };
  }, [state, sort]);
}
