/**
 * End-to-end encrypted sync against a real express-pouchdb server: the server holds ids,
 * revisions and ciphertext only; the same passphrase reads everything elsewhere; a wrong or
 * missing one says so and changes nothing on either side.
 */
import { describe, expect, it } from 'vitest';
import { updateHighlight } from '../../../src/background/services/highlight-service';
import { runSync } from '../../../src/background/sync/run-sync';
import { MIN_ITERATIONS } from '../../../src/core/sync/sync-crypto';
import { freshDb } from '../fake-db';
import { addHighlight, codeOf, library, putServerDoc, serverDocs, usePouchServer } from './sync-lib';

const { newTarget } = usePouchServer('enc');

const secret = { passphrase: '一把 long passphrase', iterations: MIN_ITERATIONS };

describe('encrypted sync', () => {
  it('puts no quote, note, tag, title or address on the server, and a second browser with the passphrase reads it all', async () => {
    const target = await newTarget();
    const a = freshDb();
    await addHighlight(a, 'h1', '深入推进普法工作', { note: '这是我的私人笔记', tags: ['秘密标签'] });
    await addHighlight(a, 'h2', 'The confidential climate report', { note: 'private thought' });
    await a.articles.put({ id: 'https://news.example.com/a.html', url: 'https://news.example.com/a.html', title: 'Secret headline', authors: [], bodyText: 'Body words here.', sentences: [], sources: {}, createdAt: Date.now(), updatedAt: Date.now() });
    await runSync(a, target, secret);

    const text = JSON.stringify(await serverDocs(target.url, target.db));
    for (const secretText of ['深入推进', '普法', '私人笔记', '秘密标签', 'confidential', 'private thought', 'Secret headline', 'Body words', 'news.example.com', '"highlight:', '"article:', 'TextQuoteSelector']) {
      expect(text).not.toContain(secretText);
    }
    const docs = await serverDocs(target.url, target.db);
    expect(docs.map((d) => d._id).filter((id) => id !== 'jianbao-keyinfo').every((id) => /^e:[A-Za-z0-9_-]{43}$/.test(String(id)))).toBe(true);
    expect(docs).toHaveLength(4);

    const b = freshDb();
    const result = await runSync(b, target, secret);
    expect(result.received).toBe(3);
    expect(await library(b)).toEqual(await library(a));

    await updateHighlight(b, 'h1', { note: '改过的笔记' });
    await runSync(b, target, secret);
    await runSync(a, target, secret);
    expect((await a.annotations.get('h1'))?.note).toBe('改过的笔记');
    expect(JSON.stringify(await serverDocs(target.url, target.db))).not.toContain('改过');
  });

  it('says the passphrase is wrong, or missing, and changes nothing here or on the server', async () => {
    const target = await newTarget();
    const a = freshDb();
    await addHighlight(a, 'h1', 'Encrypted quote');
    await runSync(a, target, secret);
    const onServer = await serverDocs(target.url, target.db);

    const b = freshDb();
    await addHighlight(b, 'mine', 'Only here');
    const before = await library(b);
    expect(await codeOf(runSync(b, target, { ...secret, passphrase: 'not the passphrase' }))).toBe('WrongPassphrase');
    expect(await codeOf(runSync(b, target))).toBe('NeedPassphrase');
    expect(await library(b)).toEqual(before);
    expect(await b.syncMeta.count()).toBe(0);
    expect(await b.syncState.count()).toBe(0);
    expect(await serverDocs(target.url, target.db)).toEqual(onServer);
  });

  it('refuses to encrypt into a database that holds unencrypted notes', async () => {
    const target = await newTarget();
    const a = freshDb();
    await addHighlight(a, 'h1', 'Plain quote');
    await runSync(a, target);
    expect(await codeOf(runSync(a, target, secret))).toBe('NotEncrypted');
  });

  it('skips a document whose ciphertext was altered or moved to another id, and reports it', async () => {
    const target = await newTarget();
    const a = freshDb();
    await addHighlight(a, 'h1', 'First');
    await addHighlight(a, 'h2', 'Second');
    await runSync(a, target, secret);
    const [one, two] = (await serverDocs(target.url, target.db)).filter((d) => String(d._id).startsWith('e:'));
    // Body of one document under the id of the other (the AAD binds the body to its id).
    await putServerDoc(target.url, target.db, { ...two, e: one.e });
    const sealed = String(one.e);
    const flipped = sealed.slice(0, 30) + (sealed[30] === 'A' ? 'B' : 'A') + sealed.slice(31);
    await putServerDoc(target.url, target.db, { ...one, e: flipped });

    const b = freshDb();
    const result = await runSync(b, target, secret);
    expect(result.skipped.map((s) => s.id).sort()).toEqual([one._id, two._id].sort());
    expect(result.skipped[0].reason).toMatch(/decrypt/);
    expect(await b.annotations.count()).toBe(0);
  });
});
