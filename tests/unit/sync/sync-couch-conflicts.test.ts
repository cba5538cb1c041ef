/**
 * Conflict branches on the server that Jianbao did not make: two CouchDB databases that
 * replicate with each other while each takes writes (here: two databases on the test server,
 * replicated by PouchDB's own replicator, as a second CouchDB or a NAS mirror would). CouchDB
 * then keeps both edits as leaves and shows one, its arbitrary winner; sync must read every
 * leaf, merge them all, and close the losing branches.
 */
import PouchDB from 'pouchdb-core';
import { describe, expect, it } from 'vitest';
import { updateHighlight } from '../../../src/background/services/highlight-service';
import { runSync, type SyncOptions } from '../../../src/background/sync/run-sync';
import { MIN_ITERATIONS } from '../../../src/core/sync/sync-crypto';
import { freshDb } from '../fake-db';
import { addHighlight, library, usePouchServer } from './sync-lib';

// scripts/pouch-server.mjs (through sync-lib) has added the http adapter and replication to the class.
const Remote = PouchDB as unknown as {
  new (url: string): object;
  replicate(from: object, to: object): Promise<unknown>;
};
const { newTarget } = usePouchServer('branch');

/** Both ways, to the end: what a continuous CouchDB replication between the two would do. */
async function replicateBoth(url: string, one: string, other: string): Promise<void> {
  const a = new Remote(`${url}/${one}`);
  const b = new Remote(`${url}/${other}`);
  await Remote.replicate(a, b);
  await Remote.replicate(b, a);
}

/** Every server document's conflict leaves (CouchDB's `_conflicts`), by id, only those with any. */
async function serverConflicts(url: string, db: string): Promise<Record<string, string[]>> {
  const response = await fetch(`${url}/${db}/_all_docs?include_docs=true&conflicts=true`);
  const body = (await response.json()) as { rows: { id: string; doc: { _conflicts?: string[] } }[] };
  return Object.fromEntries(body.rows.filter((r) => r.doc._conflicts?.length).map((r) => [r.id, r.doc._conflicts!]));
}

const modes: [string, SyncOptions][] = [
  ['plain', {}],
  ['encrypted', { passphrase: '同一个 passphrase', iterations: MIN_ITERATIONS }],
];

describe('conflict branches made by CouchDB replication between two servers', () => {
  it.each(modes)('%s: every branch is merged (fields and both note texts), the losers are closed, and it settles', async (_mode, options) => {
    const home = await newTarget();
    const mirror = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await addHighlight(a, 'h1', 'Shared quote', { note: 'first', tags: ['x'] });
    await addHighlight(a, 'h2', 'Untouched quote');
    await runSync(a, home, options);
    await replicateBoth(home.url, home.db, mirror.db);
    await runSync(b, mirror, options);
    expect((await b.annotations.get('h1'))?.note).toBe('first');

    // Each device edits against its own server; the servers then replicate: two leaves each.
    await updateHighlight(a, 'h1', { color: 'green', note: 'from A' });
    await updateHighlight(b, 'h1', { tags: ['x', 'climate'], note: 'from B' });
    await runSync(a, home, options);
    await runSync(b, mirror, options);
    await replicateBoth(home.url, home.db, mirror.db);
    expect(Object.keys(await serverConflicts(home.url, home.db))).toHaveLength(1);

    // A third device reads the home server: it gets both branches' edits, not only the winner's.
    const c = freshDb();
    const first = await runSync(c, home, options);
    expect(first.skipped).toEqual([]);
    const h1 = await c.annotations.get('h1');
    expect(h1?.color).toBe('green');
    expect(h1?.tags).toEqual(['x', 'climate']);
    const meta = await c.syncMeta.get('highlight:h1');
    expect([h1?.note, ...(meta?.texts.note.conflicts.map((v) => v.v) ?? [])].sort()).toEqual(['from A', 'from B']);
    // The merge went on top of the winner and the losing branch was closed in the same request.
    expect(await serverConflicts(home.url, home.db)).toEqual({});
    expect(meta?.losers).toBeUndefined();
    expect(meta?.dirty).toBe(0);

    // It settles: nothing more to read or send, here or for the devices that made the edits.
    expect(await runSync(c, home, options)).toMatchObject({ sent: 0, received: 0, skipped: [] });
    await runSync(a, home, options);
    expect(await library(a)).toEqual(await library(c));
    await replicateBoth(home.url, home.db, mirror.db);
    await runSync(b, mirror, options);
    expect(await library(b)).toEqual(await library(c));
    expect(await serverConflicts(mirror.url, mirror.db)).toEqual({});
    expect(await runSync(b, mirror, options)).toMatchObject({ sent: 0, received: 0, skipped: [] });
  });

  it('a device holding the record reads the other branch too, keeps its own unsent edit, and closes the branch', async () => {
    const home = await newTarget();
    const mirror = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await addHighlight(a, 'h1', 'Shared quote', { tags: ['x'] });
    await runSync(a, home);
    await replicateBoth(home.url, home.db, mirror.db);
    await runSync(b, mirror);
    await updateHighlight(a, 'h1', { color: 'green' });
    await runSync(a, home);
    await updateHighlight(b, 'h1', { color: 'blue', tags: ['y'] });
    await runSync(b, mirror);
    await replicateBoth(home.url, home.db, mirror.db);

    // a edits again before it syncs: the newest colour is its own, the tags come from b's branch.
    await updateHighlight(a, 'h1', { color: 'red' });
    await runSync(a, home);
    const h1 = await a.annotations.get('h1');
    expect(h1?.color).toBe('red');
    expect(h1?.tags).toEqual(['y']);
    expect(await serverConflicts(home.url, home.db)).toEqual({});
  });
});
