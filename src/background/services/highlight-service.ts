/**
 * The write side for highlights: the one place where the rules for creating, editing and
 * deleting a highlight live. The background router and the popup both come here.
 */
import { JianbaoError } from '../../core/errors';
import type * as v from 'valibot';
import type { AnchorStatus, Highlight } from '../../core/model';
import { searchTokens } from '../../core/text/search-tokens';
import type { highlightChangesSchema, newHighlightSchema } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/** A highlight as a page sends it, after the message schema checked it. */
export type NewHighlight = v.InferOutput<typeof newHighlightSchema>;

/** An edit of colour, note or tags, as the message schema checked it. */
export type HighlightChanges = v.InferOutput<typeof highlightChangesSchema>;

/**
 * Which page keys the caller may touch. A page's messages get a scope of their own site
 * (core/url/page-access.ts); a record outside it is treated as absent, so a page learns
 * nothing of another page's highlights, not even that an id exists.
 */
export type PageScope = (pageUrl: string) => boolean;
const anyPage: PageScope = () => true;

const notFound = (id: string) => new JianbaoError('HighlightNotFound', `No highlight with id ${id}.`);

/** Tags are trimmed, de-duplicated and never empty; a leading # is not part of a tag. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** What the search index holds for a highlight: its quote, note, tags and page title. */
export function tokensFor(h: Pick<Highlight, 'exact' | 'note' | 'tags' | 'pageTitle'>): string[] {
  return searchTokens([h.exact, h.note, h.tags.join(' '), h.pageTitle].join('\n'));
}

/**
 * Stores a new highlight. The id comes from the client, so saving the same highlight twice
 * (a retried message) keeps one record and its first creation time.
 */
export async function createHighlight(db: JianbaoDb, input: NewHighlight, now = Date.now(), scope: PageScope = anyPage): Promise<Highlight> {
  if (!scope(input.pageUrl)) throw new JianbaoError('InvalidMessage', 'A page can only save highlights of its own address.');
  if (!input.exact.trim()) {
    throw new JianbaoError('InvalidMessage', 'A highlight needs some text: the selection was empty or only spaces.');
  }
  return withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const existing = await db.annotations.get(input.id);
      // A retried save returns what the first stored; an id of another page's record is refused without saying whose.
      if (existing && !scope(existing.pageUrl)) throw new JianbaoError('InvalidMessage', 'This highlight id is already in use.');
      if (existing) return existing;
      const base = {
        id: input.id,
        pageUrl: input.pageUrl,
        pageTitle: input.pageTitle,
        exact: input.exact,
        selectors: input.selectors,
        color: input.color,
        note: input.note ?? '',
        tags: cleanTags(input.tags ?? []),
        status: 'anchored' as AnchorStatus,
        createdAt: now,
        updatedAt: now,
        ...(input.articleId ? { articleId: input.articleId } : {}),
        ...(input.sentenceRange ? { sentenceRange: input.sentenceRange } : {}),
      };
      const highlight: Highlight = { ...base, tokens: tokensFor(base) };
      await db.annotations.add(highlight);
      return highlight;
    }),
  );
}

export async function updateHighlight(
  db: JianbaoDb,
  id: string,
  changes: HighlightChanges,
  now = Date.now(),
  scope: PageScope = anyPage,
): Promise<Highlight> {
  return withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current || !scope(current.pageUrl)) throw notFound(id);
      const next: Highlight = {
        ...current,
        ...(changes.color !== undefined ? { color: changes.color } : {}),
        ...(changes.note !== undefined ? { note: changes.note } : {}),
        ...(changes.tags !== undefined ? { tags: cleanTags(changes.tags) } : {}),
        updatedAt: Math.max(now, current.updatedAt + 1),
      };
      next.tokens = tokensFor(next);
      await db.annotations.put(next);
      return next;
    }),
  );
}

/** A highlight grown over its neighbours: its new quote, selectors, article link, colour, and the ones it takes in. */
export interface HighlightExtension {
  exact: string;
  selectors: Highlight['selectors'];
  color: string;
  absorb: readonly string[];
  link?: { articleId?: string; sentenceRange?: [number, number] };
}

/**
 * Highlighting a passage that is already highlighted: the stored highlight takes the new extent
 * (the union of the selection and the highlights it touched) instead of a second, overlapping
 * record. The touched highlights of the same page join it: their notes are appended (none is
 * lost), their tags merged, and they are deleted. Returns the grown highlight and the removed ids.
 */
export async function extendHighlight(db: JianbaoDb, id: string, extension: HighlightExtension, now = Date.now(), scope: PageScope = anyPage): Promise<{ highlight: Highlight; removed: string[] }> {
  if (!extension.exact.trim()) throw new JianbaoError('InvalidMessage', 'A highlight needs some text: the selection was empty or only spaces.');
  return withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current || !scope(current.pageUrl)) throw notFound(id);
      const others = (await db.annotations.bulkGet(extension.absorb.filter((other) => other !== id))).filter(
        (h): h is Highlight => h !== undefined && h.pageUrl === current.pageUrl,
      );
      const notes = [current.note, ...others.map((h) => h.note)].map((n) => n.trim()).filter((n) => n);
      const next: Highlight = {
        ...current,
        exact: extension.exact,
        selectors: extension.selectors,
        color: extension.color,
        note: [...new Set(notes)].join('\n\n'),
        tags: cleanTags([current.tags, ...others.map((h) => h.tags)].flat()),
        status: 'anchored',
        updatedAt: Math.max(now, current.updatedAt + 1),
      };
      if (extension.link?.articleId) next.articleId = extension.link.articleId;
      if (extension.link?.sentenceRange) next.sentenceRange = extension.link.sentenceRange;
      else delete next.sentenceRange;
      next.tokens = tokensFor(next);
      await db.annotations.put(next);
      await db.annotations.bulkDelete(others.map((h) => h.id));
      return { highlight: next, removed: others.map((h) => h.id) };
    }),
  );
}

/** Deletes a highlight and returns it, so the caller can offer undo by restoring it. */
export async function deleteHighlight(db: JianbaoDb, id: string, scope: PageScope = anyPage): Promise<Highlight> {
  return withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current || !scope(current.pageUrl)) throw notFound(id);
      await db.annotations.delete(id);
      return current;
    }),
  );
}

/** Puts a deleted highlight back exactly as it was (undo). */
export async function restoreHighlight(db: JianbaoDb, highlight: Highlight, scope: PageScope = anyPage): Promise<Highlight> {
  if (!scope(highlight.pageUrl)) throw new JianbaoError('InvalidMessage', 'A page can only restore highlights of its own address.');
  const restored: Highlight = { ...highlight, tokens: tokensFor(highlight) };
  await withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      // Undo puts back a record of this page; it never overwrites another page's record that has the id.
      const current = await db.annotations.get(highlight.id);
      if (current && !scope(current.pageUrl)) throw new JianbaoError('InvalidMessage', 'This highlight id is already in use.');
      await db.annotations.put(restored);
    }),
  );
  return restored;
}

/** Records how each highlight of a page anchored this time; returns the page's orphan count. */
export async function recordAnchoring(
  db: JianbaoDb,
  pageUrl: string,
  results: { id: string; status: AnchorStatus }[],
): Promise<number> {
  return withStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      for (const { id, status } of results) {
        const current = await db.annotations.get(id);
        if (current && current.pageUrl === pageUrl && current.status !== status) {
          await db.annotations.update(id, { status });
        }
      }
      return db.annotations.where('pageUrl').equals(pageUrl).filter((h) => h.status === 'orphan').count();
    }),
  );
}
