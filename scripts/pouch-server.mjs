/**
 * A CouchDB-protocol server for tests, benchmarks and trying sync out: express-pouchdb with
 * in-memory PouchDB, mounted as the top-level app (inside an Express 5 app its use of
 * req.query breaks), optionally behind Basic auth. Listens on 127.0.0.1 only.
 *
 *   node scripts/pouch-server.mjs [port] [user:password]
 */
import http from 'node:http';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import expressPouchdb from 'express-pouchdb';

// Plugins change the PouchDB class itself: once per process.
const Base = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(mapreduce).plugin(replication);
let instances = 0;

/**
 * Starts a server; `auth` ("user:password") makes every request without those credentials a 401.
 * `onRequest` is awaited before each request is answered (tests hold a request there to stop
 * the browser's background while it is on its way). Each server has its own PouchDB (databases
 * are not shared between servers). `stop()` closes the port but keeps the databases, `start()`
 * listens on the same port again: a server that is down, then back.
 * @param {{ port?: number, auth?: string, onRequest?: (req: import('node:http').IncomingMessage) => unknown }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, stop: () => Promise<void>, start: () => Promise<void>, PouchDB: any }>}
 */
export async function startPouchServer(options = {}) {
  const prefix = `jbsrv${++instances}-${process.pid}-`;
  const Pouch = Base.defaults({ adapter: 'memory', prefix });
  const app = expressPouchdb(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const expected = options.auth ? `Basic ${Buffer.from(options.auth).toString('base64')}` : undefined;
  const server = http.createServer(async (req, res) => {
    if (expected && req.headers.authorization !== expected) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="test"' });
      res.end('{"error":"unauthorized","reason":"Name or password is incorrect."}');
      return;
    }
    if (options.onRequest) await options.onRequest(req);
    app(req, res);
  });
  // Node's defaults end a request that takes over 300 s to arrive and close a kept-alive socket
  // after 5 s idle. A 100,000-record benchmark on a loaded machine reaches both: the server is
  // slow to read a large _bulk_docs, and undici reuses a socket the server is just closing
  // ("other side closed"). CouchDB itself keeps connections far longer; so does this server.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  const listen = (port) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => (server.off('error', reject), resolve(undefined)));
  });
  await listen(options.port ?? 0);
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const stop = () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); });
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    PouchDB: Pouch,
    close: stop,
    stop,
    start: () => listen(address.port),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 5984);
  const started = await startPouchServer({ port, auth: process.argv[3] });
  console.log(`CouchDB-protocol test server at ${started.url}`);
}
