/**
 * Settling a note conflict (the popup for a highlight, the book for a clipping): the chosen text
 * becomes one version that has seen every version, so every replica that merges it ends the
 * conflict with that text; a newer edit made elsewhere meanwhile is not lost.
 */
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../src/core/sync/hlc';
import { docFor, resolveTextConflict, splitDoc, stampLocal, type SyncMeta } from '../../../src/core/sync/record-meta';
import { mergeDocs, readText, type SyncDoc } from '../../../src/core/sync/sync-doc';

/** A replica's clock: stamps from `wall` on, one per call. */
function clock(node: string, wall: number) {
  let n = 0;
  return () => formatStamp({ wall, counter: ++n, node });
}

const clipping = {
  id: 'https://epaper.example.cn/a.htm', pageUrl: 'https://epaper.example.cn/a.htm', url: 'https://epaper.example.cn/a.htm', title: '标题',
  authors: [], tags: ['环保'], imagesSkipped: 0, createdAt: 1, bodyText: '正文。', images: [], note: '',
};
const KEY = 'clipping:' + clipping.id;

/** Replica `node` edits the note of the shared record (whose doc it last merged) to `note`. */
function edit(node: string, wall: number, shared: SyncDoc, note: string): SyncDoc {
  const { values, meta } = splitDoc(shared, false, KEY, undefined, 0);
  const row = { ...clipping, ...values, note };
  return docFor(stampLocal('clipping', clipping.id, row, meta, clock(node, wall), node, KEY).meta, row);
}

/** A conflict: both replicas edited the note after the same synced state; each then merged both. */
function conflicted(): { base: SyncDoc; merged: SyncDoc; meta: SyncMeta; row: Record<string, unknown> } {
  const first = stampLocal('clipping', clipping.id, { ...clipping, note: 'first' }, undefined, clock('aaaa', 1_800_000_000_000), 'aaaa', KEY);
  const base = docFor(first.meta, { ...clipping, note: 'first' });
  const fromA = edit('aaaa', 1_800_000_100_000, base, '来自 A 的笔记');
  const fromB = edit('bbbb', 1_800_000_200_000, base, 'note from B');
  const merged = mergeDocs(fromA, fromB);
  const { values, meta } = splitDoc(merged, false, KEY, '2-x', 0);
  return { base, merged, meta, row: { ...clipping, ...values } };
}

/** What replica `node` holds after choosing `note`: its doc as the next sync sends it. */
function resolveOn(node: string, wall: number, meta: SyncMeta, row: Record<string, unknown>, note: string): { doc: SyncDoc; meta: SyncMeta } {
  const resolved = resolveTextConflict(meta, 'note', note, clock(node, wall), node);
  return { meta: resolved, doc: docFor(resolved, { ...row, note }) };
}

describe('resolving a note conflict', () => {
  it('both texts are there before; "use the other version" ends the conflict on both replicas with that text', () => {
    const { merged, meta, row } = conflicted();
    const before = readText(merged, 'note');
    expect([before.value, ...before.conflicts].sort()).toEqual(['note from B', '来自 A 的笔记']);
    // The device showing B's text (the later one is the note) chooses A's, "the other version".
    const other = before.conflicts[0]!;
    const { doc, meta: after } = resolveOn('bbbb', 1_800_000_300_000, meta, row, other);
    expect(after.dirty).toBe(1);
    expect(after.texts.note.conflicts).toEqual([]);
    // The other replica still holds the conflict; merging the resolution in either order ends it.
    expect(readText(mergeDocs(merged, doc), 'note')).toEqual({ value: other, conflicts: [] });
    expect(readText(mergeDocs(doc, merged), 'note')).toEqual({ value: other, conflicts: [] });
    // The fields are untouched.
    expect(mergeDocs(merged, doc).fields).toEqual(merged.fields);
  });

  it('"keep this note" with the text already shown still writes a version that ends the conflict elsewhere', () => {
    const { merged, meta, row } = conflicted();
    const shown = readText(merged, 'note').value;
    const { doc, meta: after } = resolveOn('aaaa', 1_800_000_300_000, meta, row, shown);
    expect(after.texts.note.s > meta.texts.note.s).toBe(true);
    expect(readText(mergeDocs(merged, doc), 'note')).toEqual({ value: shown, conflicts: [] });
  });

  it('the resolution made with a clock behind the versions still supersedes them (it has seen them)', () => {
    const { merged, meta, row } = conflicted();
    const { doc } = resolveOn('cccc', 1_700_000_000_000, meta, row, 'note from B');
    expect(readText(mergeDocs(merged, doc), 'note')).toEqual({ value: 'note from B', conflicts: [] });
  });

  it('an edit on the other device that had not seen the resolution is kept as a new conflict, not lost', () => {
    const { merged, meta, row } = conflicted();
    const { doc } = resolveOn('aaaa', 1_800_000_300_000, meta, row, 'note from B');
    const later = edit('bbbb', 1_800_000_400_000, merged, 'B wrote again');
    const both = readText(mergeDocs(doc, later), 'note');
    expect([both.value, ...both.conflicts].sort()).toEqual(['B wrote again', 'note from B']);
    expect(both.value).toBe('B wrote again');
  });

  it('the three-way case: a choice made with two other versions ends all of them', () => {
    const { base, merged } = conflicted();
    const fromC = edit('cccc', 1_800_000_250_000, base, 'C too');
    const three = mergeDocs(merged, fromC);
    expect(readText(three, 'note').conflicts).toHaveLength(2);
    const { values, meta } = splitDoc(three, false, KEY, '3-x', 0);
    const { doc } = resolveOn('cccc', 1_800_000_300_000, meta, { ...clipping, ...values }, 'C too');
    expect(readText(mergeDocs(fromC, mergeDocs(merged, doc)), 'note')).toEqual({ value: 'C too', conflicts: [] });
  });
});
