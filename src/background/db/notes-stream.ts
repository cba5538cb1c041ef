/**
 * Opens the "All notes" result for a filter and order as a stream of ids (see notes-search.ts):
 * the time orders walk the time-ordered index window by window; "by page" has no such index
 * and sorts the full match set instead.
 */
import type { JianbaoDb } from './database';
import { arrayStream, notesIndex, windowedStream, type NotesStream } from './notes-search';
import { fieldConditions, textConditions } from './search-conditions';
import { isFilterActive, keysForSiteAndPublication, matchingHighlightIds, sortNoteIds, type NotesFilter, type NotesSort } from './queries';

export type { NotesStream } from './notes-search';

/** The matching ids as a stream in list order, or null when nothing filters (the whole list). */
export async function openNotesStream(db: JianbaoDb, filter: NotesFilter, sort: NotesSort): Promise<NotesStream | null> {
  if (!isFilterActive(filter)) return null;
  if (sort === 'page') {
    const ids = await matchingHighlightIds(db, filter);
    return arrayStream(ids ? await sortNoteIds(db, ids, sort) : []);
  }
  const [text, allowed] = await Promise.all([textConditions(db, filter.query ?? ''), keysForSiteAndPublication(db, filter)]);
  return windowedStream(notesIndex(db), {
    conditions: [...text, ...fieldConditions(filter.color, filter.tag)],
    allowed,
    fromMs: filter.fromMs,
    toMs: filter.toMs,
    newestFirst: sort === 'newest',
  });
}
