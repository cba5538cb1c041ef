/** One case of bench/sync.bench.ts, in its own process. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JianbaoDb } from '../../src/background/db/database';
import { tokensFor, updateHighlight } from '../../src/background/services/highlight-service';
import { runSync } from '../../src/background/sync/run-sync';
import type { ArticleRecord, Highlight } from '../../src/core/model';
import { Random } from '../anchor/random';

export function freshBenchDb(name: string): JianbaoDb {
  const factory = new IDBFactory();
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return new JianbaoDb(name);
}

const WORDS = '深入 推进 全面 依法治国 普法 工作 经济 社会 发展 人民 群众 生活 质量 提高 climate report city council budget school water energy'.split(' ');

/** A library like a reader's: quotes of 20–120 characters, a note on every third, tags, articles with 3,000-character bodies. */
export async function fillLibrary(db: JianbaoDb, highlights: number, perArticle: number): Promise<void> {
  const rng = new Random(20261202);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rng.next() * WORDS.length)]).join(' ');
  const now = Date.now() - 86_400_000;
  const articles: ArticleRecord[] = [];
  for (let a = 0; a < Math.ceil(highlights / perArticle); a++) {
    const url = `https://paper${a % 50}.example.cn/html/2024-01/${a}/content_${a}.htm`;
    articles.push({ id: url, url, title: words(4), authors: [{ name: '王子瑶', role: 'reporter' }], publication: '人民日报', date: '2024-01-02', page: '01', bodyText: words(500).slice(0, 3000), sentences: [], sources: {}, createdAt: now, updatedAt: now });
  }
  await db.articles.bulkAdd(articles);
  for (let start = 0; start < highlights; start += 5000) {
    const batch: Highlight[] = [];
    for (let i = start; i < Math.min(highlights, start + 5000); i++) {
      const exact = words(3 + Math.floor(rng.next() * 12));
      const article = articles[Math.floor(i / perArticle)];
      const base = {
        id: `h${String(i).padStart(7, '0')}`, pageUrl: article.url, pageTitle: article.title, articleId: article.id, exact,
        selectors: [{ type: 'TextQuoteSelector' as const, exact, prefix: words(4).slice(0, 32), suffix: words(4).slice(0, 32) }, { type: 'TextPositionSelector' as const, start: i, end: i + exact.length }],
        color: ['yellow', 'green', 'blue'][i % 3], note: i % 3 === 0 ? words(12) : '', tags: i % 5 === 0 ? ['法治'] : [],
        status: 'anchored' as const, createdAt: now + i, updatedAt: now + i,
      };
      batch.push({ ...base, tokens: tokensFor(base) });
    }
    await db.annotations.bulkAdd(batch);
  }
}

/** Peak resident memory, sampled every 20 ms while `run` runs. */
async function peakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: Math.round(peak / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

const PASS = { passphrase: 'bench passphrase 基准', iterations: 600_000 };

export async function measure(mode: string, url: string, dbName: string, encrypted: boolean, highlights: number, perArticle: number, fresh: typeof freshBenchDb, fill: typeof fillLibrary) {
  const target = { url, db: dbName };
  const secret = encrypted ? PASS : {};
  const suffix = encrypted ? ' e2e' : '';
  if (mode === 'first-up' || mode === 'first-down' || mode === 'incremental') {
    const db = fresh('bench');
    if (mode !== 'first-down') await fill(db, highlights, perArticle);
    if (mode === 'incremental') {
      // This library already synced (a device that holds everything): bring it there untimed, then change 10.
      await runSync(db, target, secret);
      for (let i = 0; i < 10; i++) await updateHighlight(db, `h${String((i * 997) % highlights).padStart(7, '0')}`, { note: `changed ${i}`, color: 'green' });
    }
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { value, peakMb } = await peakRss(() => runSync(db, target, secret));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const name = mode === 'first-up' ? 'first sync up' : mode === 'first-down' ? 'first sync down' : 'incremental, 10 changes';
    return { name: name + suffix, ms, cpuMs: (cpu.user + cpu.system) / 1000, up: value.bytesUp, down: value.bytesDown, peakRssMb: peakMb, sent: value.sent, received: value.received };
  }
  // The peer: PouchDB replicating the same records (as plain documents) between its own
  // IndexedDB-less memory store and the server, the way a PouchDB-based client would.
  const { default: PouchDB } = await import('pouchdb-core');
  const { default: memory } = await import('pouchdb-adapter-memory');
  const { default: http } = await import('pouchdb-adapter-http');
  const { default: replication } = await import('pouchdb-replication');
  // scripts/pouch-server.mjs (imported by the benchmark) may have added the plugins to the class already.
  const P = 'replicate' in PouchDB.prototype ? PouchDB : PouchDB.plugin(memory).plugin(http).plugin(replication);
  const local = new P(`local-${mode}`, { adapter: 'memory' });
  if (mode === 'pouch-up') {
    const db = fresh('bench');
    await fill(db, highlights, perArticle);
    const all = [...(await db.annotations.toArray()).map((h) => ({ _id: `highlight:${h.id}`, doc: h })), ...(await db.articles.toArray()).map((a) => ({ _id: `article:${a.id}`, doc: a }))];
    for (let i = 0; i < all.length; i += 5000) await local.bulkDocs(all.slice(i, i + 5000));
  }
  // Characters sent and received, counted the way CouchClient counts its own.
  let up = 0;
  let down = 0;
  const counting = async (input: string, init?: { body?: unknown }) => {
    if (typeof init?.body === 'string') up += init.body.length;
    const response = await (P as unknown as { fetch: (u: string, o?: unknown) => Promise<Response> }).fetch(input, init);
    // Read once and hand on a copy: node-fetch's clone() stalls on large bodies read one at a time.
    const text = await response.text();
    down += text.length;
    return new Response(text, { status: response.status, headers: [...response.headers.entries()] });
  };
  const remote = new P(`${url}/${dbName}`, { fetch: counting } as never);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { peakMb } = await peakRss(() => (mode === 'pouch-up' ? local.replicate.to(remote, { batch_size: 250 }) : local.replicate.from(remote, { batch_size: 250 })));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { name: mode === 'pouch-up' ? 'PouchDB replicate up (peer)' : 'PouchDB replicate down (peer)', ms, cpuMs: (cpu.user + cpu.system) / 1000, up, down, peakRssMb: peakMb };
}
