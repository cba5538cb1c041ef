/**
 * The data behind "All notes": the rows matching the filter in order, served by index.
 * The first screen is shown before the total is known: without a filter the first window
 * of the sort index comes before count(); with one, the first ids of the search stream
 * (src/background/db/notes-stream.ts) come before the rest of the result, which is read
 * after the first paint and then gives the exact total. Rows are cached per block.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../src/core/model';
import { isUsableHighlight } from '../src/core/usable-record';
import { openDb } from '../src/background/db/database';
import { openNotesStream } from '../src/background/db/notes-stream';
import { countAllHighlights, highlightsByIds, highlightsWindow, type NotesFilter, type NotesSort } from '../src/background/db/queries';

/** Rows read per database call; a popup shows about ten, so one block covers several screens. */
export const BLOCK_ROWS = 40;
/** Ids found before the first render of a search: the list shows five rows plus overscan. */
export const FIRST_SCREEN_ROWS = 10;

/**
 * The list's state. `total` is exact once `complete`; before that it is how many rows are
 * known so far (the first screen). `ids` is present when a filter is active.
 */
export type NotesState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; total: number; complete: boolean; ids: string[] | null; filtered: boolean };

type Ready = Extract<NotesState, { status: 'ready' }>;

/** Reads and caches the rows of one list state. */
export interface NotesRows {
  state: NotesState;
  /**
   * The row at an index, undefined while its block is being read (the read starts now), or
   * null for a damaged record, which the list shows as skipped instead of breaking.
   */
  rowAt(index: number): Highlight | null | undefined;
  /** Damaged records among the rows read so far. */
  skipped: number;
  /** Forget cached rows and read again (after a delete or an edit). */
  refresh(): void;
}

interface Block {
  rows: (Highlight | null)[] | 'loading';
  /** False when read from a partial id list: read again once more ids are known. */
  final: boolean;
}

const usableOrNull = (row: unknown): Highlight | null => (isUsableHighlight(row) ? row : null);

/** Resolves after the next paint, so background work does not delay the first screen. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** Runs the query for `filter`/`sort` and serves rows by index. */
export function useAllNotes(filter: NotesFilter, sort: NotesSort): NotesRows {
  const [state, setState] = useState<NotesState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [loadedBlocks, setLoadedBlocks] = useState(0);
  const blocks = useRef(new Map<number, Block>());
  const key = JSON.stringify(filter) + sort;

  // A layout effect starts the query in the same task as the render that changed the filter;
  // a plain effect would wait for the next frame first (measured in bench/popup.bench.ts).
  useLayoutEffect(() => {
    let stale = false;
    blocks.current = new Map();
    const publish = (ready: Omit<Ready, 'status'>) => !stale && setState({ status: 'ready', ...ready });
    (async () => {
      const db = openDb();
      const stream = await openNotesStream(db, filter, sort);
      if (!stream) {
        const first = await highlightsWindow(db, sort, 0, BLOCK_ROWS);
        if (stale) return;
        blocks.current.set(0, { rows: first.map(usableOrNull), final: true });
        const complete = first.length < BLOCK_ROWS;
        publish({ total: first.length, complete, ids: null, filtered: false });
        if (complete) return;
        await afterPaint();
        publish({ total: await countAllHighlights(db), complete: true, ids: null, filtered: false });
        return;
      }
      const first = await stream.next(FIRST_SCREEN_ROWS);
      const complete = first.length < FIRST_SCREEN_ROWS;
      publish({ total: first.length, complete, ids: first, filtered: true });
      if (complete || stale) return;
      await afterPaint();
      if (stale) return;
      const ids = [...first, ...(await stream.rest())];
      publish({ total: ids.length, complete: true, ids, filtered: true });
    })().catch((error: unknown) => !stale && setState({ status: 'error', error }));
    return () => {
      stale = true;
    };
    // `key` stands for filter + sort (objects would re-run on every render).
  }, [key, generation]);

  const rows = useMemo(() => {
    // Blocks read while only part of the ids was known are read again with the full list.
    for (const [index, block] of blocks.current) if (!block.final) blocks.current.delete(index);
    const rowAt = (index: number): Highlight | null | undefined => {
      if (state.status !== 'ready') return undefined;
      const block = Math.floor(index / BLOCK_ROWS);
      const cached = blocks.current.get(block);
      if (cached && cached.rows !== 'loading') return cached.rows[index - block * BLOCK_ROWS];
      if (!cached) {
        const map = blocks.current;
        const start = block * BLOCK_ROWS;
        const final = !state.ids || state.complete || start + BLOCK_ROWS <= state.ids.length;
        const entry: Block = { rows: 'loading', final };
        map.set(block, entry);
        const db = openDb();
        const read = state.ids
          ? highlightsByIds(db, state.ids.slice(start, start + BLOCK_ROWS))
          : highlightsWindow(db, sort, start, BLOCK_ROWS);
        read.then(
          (rows) => {
            if (blocks.current !== map || map.get(block) !== entry) return;
            entry.rows = rows.map(usableOrNull);
            setLoadedBlocks((n) => n + 1);
          },
          (error: unknown) => setState({ status: 'error', error }),
        );
      }
      return undefined;
    };
    return { state, rowAt, refresh: () => setGeneration((g) => g + 1) };
  }, [state, sort]);
  // Counted apart from the memo above, which must not run again on every block read (it
  // drops provisional blocks).
  let skipped = 0;
  for (const block of blocks.current.values()) if (block.rows !== 'loading') skipped += block.rows.filter((r) => r === null).length;
  void loadedBlocks; // a block read re-renders, and so recounts
  return { ...rows, skipped };
}
