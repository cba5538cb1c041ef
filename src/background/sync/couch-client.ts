/**
 * The few calls of the CouchDB HTTP API that sync needs, over fetch: the server's welcome,
 * the database's info, the changes feed, `_bulk_get`, `_bulk_docs` and `_local` checkpoint
 * documents. Every answer is checked for its shape; every failure becomes a SyncError whose
 * code the reader sees as one sentence (core/sync/sync-errors). No PouchDB: it would keep a
 * second copy of the library in its own store (docs/architecture/sync.md).
 */
import * as v from 'valibot';
import { SyncError } from '../../core/sync/sync-errors';

export interface CouchTarget {
  /** Server address, e.g. `https://couch.example.net:6984` (a path prefix is allowed). */
  url: string;
  db: string;
  user?: string;
  password?: string;
}

export interface CouchClientOptions {
  fetch?: typeof fetch;
  /** Per request; a slow server past it is "unreachable". */
  timeoutMs?: number;
}

const ChangesSchema = v.object({
  results: v.array(
    v.object({
      id: v.string(),
      seq: v.unknown(),
      changes: v.array(v.object({ rev: v.string() })),
      deleted: v.optional(v.boolean()),
    }),
  ),
  last_seq: v.unknown(),
});

const BulkGetSchema = v.object({
  results: v.array(
    v.object({
      id: v.string(),
      docs: v.array(v.object({ ok: v.optional(v.unknown()), error: v.optional(v.unknown()) })),
    }),
  ),
});

const BulkDocsSchema = v.array(
  v.object({ id: v.optional(v.string()), rev: v.optional(v.string()), ok: v.optional(v.boolean()), error: v.optional(v.string()), reason: v.optional(v.string()) }),
);

export type Changes = v.InferOutput<typeof ChangesSchema>;
export type BulkDocsResult = v.InferOutput<typeof BulkDocsSchema>;

/** A sequence as the server gives it (a number for PouchDB, an opaque string for CouchDB 2+). */
export type Seq = string | number;

const AllDocsKeysSchema = v.object({
  rows: v.array(v.object({ key: v.string(), error: v.optional(v.string()), value: v.optional(v.object({ deleted: v.optional(v.boolean()) })) })),
});

const AllDocsRangeSchema = v.object({
  rows: v.array(v.object({ id: v.string(), value: v.object({ rev: v.string() }) })),
});

function asSeq(value: unknown): Seq {
  if ((typeof value === 'string' && value.length <= 1000) || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new SyncError('BadResponse', 'The changes feed gave a sequence that is neither a number nor a short string.');
}

export class CouchClient {
  private readonly base: string;
  private readonly dbPath: string;
  private readonly headers: Record<string, string>;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  /** Bytes sent and received, for the options page and the benchmark. */
  bytesUp = 0;
  bytesDown = 0;
  /** Documents in the database when connect() looked (local documents not counted). */
  docCount = 0;

  constructor(target: CouchTarget, options: CouchClientOptions = {}) {
    this.base = target.url.replace(/\/+$/, '');
    this.dbPath = `/${encodeURIComponent(target.db)}`;
    this.headers = { accept: 'application/json' };
    if (target.user) this.headers.authorization = `Basic ${base64Utf8(`${target.user}:${target.password ?? ''}`)}`;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Checks that the address is a CouchDB-protocol server and that the database exists and we may read it. */
  async connect(): Promise<void> {
    const welcome = await this.request('GET', '/', undefined, { root: true });
    const w = welcome as Record<string, unknown> | null;
    if (!w || typeof w !== 'object' || !('couchdb' in w || 'express-pouchdb' in w)) {
      throw new SyncError('NotCouch', 'The server answered, but not as a CouchDB server does (no "couchdb" welcome).');
    }
    const info = await this.request('GET', this.dbPath);
    if (!info || typeof info !== 'object' || !('db_name' in info || 'update_seq' in info)) {
      throw new SyncError('NotCouch', 'The database address answered, but not with CouchDB database information.');
    }
    const count = (info as { doc_count?: unknown }).doc_count;
    this.docCount = typeof count === 'number' && Number.isFinite(count) ? count : 0;
  }

  /**
   * A page of the changes feed. `style=all_docs`: each change lists every leaf revision, so a
   * document with conflict branches (made by another tool: a second CouchDB replicating with
   * this one while both took writes, a `new_edits=false` writer) shows more than one, and sync
   * reads and merges them all instead of only CouchDB's arbitrary winner.
   */
  async changes(since: Seq, limit: number): Promise<Changes & { last: Seq }> {
    const query = `?since=${encodeURIComponent(String(since))}&limit=${limit}&style=all_docs`;
    const body = parse(ChangesSchema, await this.request('GET', `${this.dbPath}/_changes${query}`), 'changes feed');
    return { ...body, last: asSeq(body.last_seq) };
  }

  /** The current documents of `ids` (missing ones absent from the map). */
  async bulkGet(ids: string[]): Promise<Map<string, unknown>> {
    const body = parse(BulkGetSchema, await this.request('POST', `${this.dbPath}/_bulk_get`, { docs: ids.map((id) => ({ id })) }), '_bulk_get');
    const out = new Map<string, unknown>();
    for (const result of body.results) {
      const found = result.docs.find((d) => d.ok !== undefined);
      if (found && found.ok && typeof found.ok === 'object' && !(found.ok as { _deleted?: boolean })._deleted) out.set(result.id, found.ok);
    }
    return out;
  }

  /**
   * The bodies of these exact revisions (conflict branches), deleted ones left out. Each request
   * item has its own result in `_bulk_get`, in any order; the revision is read from the body.
   */
  async bulkGetRevs(wanted: { id: string; rev: string }[]): Promise<{ id: string; rev: string; body: unknown }[]> {
    if (!wanted.length) return [];
    const body = parse(BulkGetSchema, await this.request('POST', `${this.dbPath}/_bulk_get`, { docs: wanted }), '_bulk_get');
    const asked = new Set(wanted.map((w) => `${w.id}\u0000${w.rev}`));
    const out: { id: string; rev: string; body: unknown }[] = [];
    const seen = new Set<string>();
    for (const result of body.results) {
      for (const d of result.docs) {
        const doc = d.ok as { _rev?: unknown; _deleted?: unknown } | undefined;
        if (!doc || typeof doc !== 'object' || doc._deleted || typeof doc._rev !== 'string') continue;
        const key = `${result.id}\u0000${doc._rev}`;
        // Only what was asked for, once: a server that answers more is not believed.
        if (!asked.has(key) || seen.has(key)) continue;
        seen.add(key);
        out.push({ id: result.id, rev: doc._rev, body: doc });
      }
    }
    return out;
  }

  /** Which of `ids` the server has no live document for (POST _all_docs with keys). */
  async missing(ids: string[]): Promise<Set<string>> {
    const body = parse(AllDocsKeysSchema, await this.request('POST', `${this.dbPath}/_all_docs`, { keys: ids }), '_all_docs');
    const present = new Set(body.rows.filter((r) => r.value && !r.value.deleted && !r.error).map((r) => r.key));
    return new Set(ids.filter((id) => !present.has(id)));
  }

  /**
   * Ids and revisions of the live documents whose ids start with `prefix` (GET _all_docs over the
   * id range, a page of `page` at a time). Deleted documents are not listed by _all_docs.
   */
  async idsWithPrefix(prefix: string, page = 1_000): Promise<{ id: string; rev: string }[]> {
    const out: { id: string; rev: string }[] = [];
    let start = prefix;
    for (;;) {
      const query = `?startkey=${encodeURIComponent(JSON.stringify(start))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}&limit=${page}`;
      const body = parse(AllDocsRangeSchema, await this.request('GET', `${this.dbPath}/_all_docs${query}`), '_all_docs');
      // Each page after the first starts at the last id seen, which it lists again.
      const rows = out.length && body.rows[0]?.id === start ? body.rows.slice(1) : body.rows;
      for (const row of rows) out.push({ id: row.id, rev: row.value.rev });
      if (body.rows.length < page) return out;
      start = body.rows[body.rows.length - 1]!.id;
    }
  }

  async bulkDocs(docs: object[]): Promise<BulkDocsResult> {
    return parse(BulkDocsSchema, await this.request('POST', `${this.dbPath}/_bulk_docs`, { docs }), '_bulk_docs');
  }

  async getLocal(name: string): Promise<Record<string, unknown> | undefined> {
    try {
      const doc = await this.request('GET', `${this.dbPath}/_local/${encodeURIComponent(name)}`, undefined, { missingOk: true });
      return doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : undefined;
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }

  async putLocal(name: string, doc: Record<string, unknown>): Promise<void> {
    const current = await this.getLocal(name);
    const body = { ...doc, ...(current && typeof current._rev === 'string' ? { _rev: current._rev } : {}) };
    await this.request('PUT', `${this.dbPath}/_local/${encodeURIComponent(name)}`, body);
  }

  /** A plain document by id, undefined when it does not exist. */
  async getDoc(id: string): Promise<Record<string, unknown> | undefined> {
    try {
      const doc = await this.request('GET', `${this.dbPath}/${encodeURIComponent(id)}`, undefined, { missingOk: true });
      return doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : undefined;
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }

  private async request(method: string, path: string, body?: unknown, flags: { root?: boolean; missingOk?: boolean } = {}): Promise<unknown> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    if (text) this.bytesUp += text.length;
    let response: Response;
    try {
      response = await this.fetchImpl(this.base + path, {
        method,
        headers: text ? { ...this.headers, 'content-type': 'application/json' } : this.headers,
        body: text,
        signal: AbortSignal.timeout(this.timeoutMs),
        credentials: 'omit',
      });
    } catch (error) {
      throw new SyncError('Unreachable', `No answer from ${this.base}: ${String((error as Error)?.message ?? error)}`, { cause: error });
    }
    let raw: string;
    try {
      raw = await response.text();
    } catch (error) {
      throw new SyncError('Unreachable', `The answer from ${this.base} broke off.`, { cause: error });
    }
    this.bytesDown += raw.length;
    if (response.status === 401 || response.status === 403) throw new SyncError('Unauthorized', `${method} ${path}: ${response.status}`);
    if (response.status === 404) {
      if (flags.missingOk) throw new NotFound();
      if (flags.root) throw new SyncError('NotCouch', `${this.base} has no CouchDB at that address (404).`);
      throw new SyncError('NoDatabase', `${method} ${path}: 404`);
    }
    if (response.status >= 500) throw new SyncError('ServerError', `${method} ${path}: ${response.status}`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new SyncError('NotCouch', `${method} ${path}: the answer (${response.status}) is not JSON.`);
    }
    if (response.status >= 400) throw new SyncError('BadResponse', `${method} ${path}: ${response.status} ${raw.slice(0, 200)}`);
    return json;
  }
}

class NotFound extends Error {}

function parse<T extends v.GenericSchema>(schema: T, value: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new SyncError('NotCouch', `The ${what} answer is not in CouchDB's format: ${v.summarize(result.issues)}`);
  return result.output;
}

function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
