import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../src/core/sync/hlc';
import { canonicalJson, docFor, splitDoc, stampLocal, valueHash } from '../../../src/core/sync/record-meta';
import { checkSyncDoc } from '../../../src/core/sync/remote-doc';
import { mergeDocs, readText } from '../../../src/core/sync/sync-doc';

function stamps(node: string) {
  let n = 0;
  return () => formatStamp({ wall: 1_800_000_000_000, counter: ++n, node });
}

const row = {
  id: 'h1', pageUrl: 'https://a.example/x', pageTitle: 'X', exact: 'quote', selectors: [], color: 'yellow',
  note: 'my note', tags: ['t'], tokens: ['quote'], status: 'anchored', createdAt: 5, updatedAt: 9,
};

describe('record meta: a record and its stamps, without a copy of the record', () => {
  it('stamps every synced field once, and nothing again until a value changes', () => {
    const first = stampLocal('highlight', 'h1', row, undefined, stamps('aaaa'), 'aaaa', 'highlight:h1');
    expect(first.changed).toBe(true);
    expect(Object.keys(first.meta.fields).sort()).toEqual(['articleId', 'color', 'createdAt', 'exact', 'pageTitle', 'pageUrl', 'selectors', 'sentenceRange', 'tags']);
    expect(JSON.stringify(first.meta)).not.toContain('quote'); // hashes, not values
    const same = stampLocal('highlight', 'h1', { ...row, status: 'orphan', tokens: [] }, first.meta, stamps('aaaa'), 'aaaa', 'highlight:h1');
    expect(same.changed).toBe(false);
    const edited = stampLocal('highlight', 'h1', { ...row, color: 'green' }, first.meta, () => formatStamp({ wall: 1_900_000_000_000, counter: 0, node: 'aaaa' }), 'aaaa', 'highlight:h1');
    expect(edited.changed).toBe(true);
    expect(edited.meta.fields.color.s > first.meta.fields.color.s).toBe(true);
    expect(edited.meta.fields.exact).toEqual(first.meta.fields.exact);
  });

  it('gives back the record it was built from, through the wire and the schema check', () => {
    const { meta } = stampLocal('highlight', 'h1', row, undefined, stamps('aaaa'), 'aaaa', 'highlight:h1');
    const doc = docFor(meta, row);
    const checked = checkSyncDoc(JSON.parse(JSON.stringify(doc)), 1_800_000_000_000);
    expect(checked.ok).toBe(true);
    const { values, meta: again } = splitDoc(doc, false, 'highlight:h1', '1-x', 0);
    const { tokens: _t, status: _s, updatedAt: _u, id: _i, ...synced } = row;
    expect(values).toEqual(synced);
    expect(again.fields).toEqual(meta.fields);
  });

  it('turns a deleted record into a tombstone that carries only its delete stamp', () => {
    const { meta } = stampLocal('highlight', 'h1', row, undefined, stamps('aaaa'), 'aaaa', 'highlight:h1');
    const gone = stampLocal('highlight', 'h1', undefined, meta, stamps('bbbb'), 'aaaa', 'highlight:h1');
    expect(gone.changed).toBe(true);
    expect(gone.meta.fields).toEqual({});
    expect(docFor(gone.meta, undefined)).toEqual({ kind: 'highlight', id: 'h1', fields: {}, texts: {}, deleted: gone.meta.deleted });
    expect(stampLocal('highlight', 'h1', undefined, gone.meta, stamps('cccc'), 'aaaa', 'highlight:h1').changed).toBe(false);
  });

  it('keeps a concurrent note as a conflict, and the next local edit supersedes both', () => {
    const a = stampLocal('highlight', 'h1', row, undefined, stamps('aaaa'), 'aaaa', 'highlight:h1').meta;
    const b = stampLocal('highlight', 'h1', { ...row, note: 'theirs' }, undefined, stamps('bbbb'), 'bbbb', 'highlight:h1').meta;
    const merged = mergeDocs(docFor(a, row), docFor(b, { ...row, note: 'theirs' }));
    expect([readText(merged, 'note').value, ...readText(merged, 'note').conflicts].sort()).toEqual(['my note', 'theirs']);
    const { values, meta } = splitDoc(merged, false, 'highlight:h1', undefined, 1);
    expect(meta.texts.note.conflicts).toHaveLength(1);
    const resolved = stampLocal('highlight', 'h1', { ...values, note: 'both' }, meta, () => formatStamp({ wall: 1_900_000_000_000, counter: 0, node: 'aaaa' }), 'aaaa', 'highlight:h1').meta;
    expect(resolved.texts.note.conflicts).toEqual([]);
    expect(readText(mergeDocs(merged, docFor(resolved, { ...values, note: 'both' })), 'note')).toEqual({ value: 'both', conflicts: [] });
  });

  it('hashes and serialises values whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] })).toBe('{"a":[{"x":1,"y":2}],"b":1}');
    expect(valueHash({ b: 1, a: 2 })).toBe(valueHash({ a: 2, b: 1 }));
    expect(valueHash('a')).not.toBe(valueHash('b'));
  });

  it('refuses documents with unknown fields or malformed stamps', () => {
    const s = formatStamp({ wall: 1_800_000_000_000, counter: 0, node: 'aaaa' });
    expect(checkSyncDoc({ kind: 'highlight', id: 'x', fields: { __proto__x: { v: 1, s } }, texts: {} }, 1_800_000_000_000).ok).toBe(false);
    expect(checkSyncDoc({ kind: 'highlight', id: 'x', fields: { color: { v: 'red', s: 'yesterday' } }, texts: {} }, 1_800_000_000_000).ok).toBe(false);
    expect(checkSyncDoc({ kind: 'bookmark', id: 'x', fields: {}, texts: {} }, 1_800_000_000_000).ok).toBe(false);
    expect(checkSyncDoc({ kind: 'settings', id: 'settings', fields: { hideHighlightsFromPage: { v: true, s } }, texts: {} }, 1_800_000_000_000).ok).toBe(false);
    expect(checkSyncDoc({ kind: 'highlight', id: 'x', fields: { color: { v: 'red', s } }, texts: {} }, 1_800_000_000_000).ok).toBe(true);
  });
});
