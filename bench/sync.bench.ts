/**
 * Sync benchmark: a first sync of a big library up to a CouchDB-protocol server and down into
 * an empty second library, then an incremental sync of 10 changes, without and with
 * end-to-end encryption; PouchDB's own replication of the same documents (into the same
 * kind of server) runs beside it as the peer. The server is express-pouchdb with in-memory
 * PouchDB on 127.0.0.1 (scripts/pouch-server.mjs) in this process; each case runs in a fresh
 * Node process on fake-indexeddb (the database lives in the JS heap, so peak memory includes
 * the library itself: compare cases, not absolute numbers with a browser).
 * Run: npm run bench:sync   (BENCH_HIGHLIGHTS=20000 for a quick run; BENCH_CASES=first-up,first-down
 * and BENCH_MODES=e (or p) pick cases: a down or incremental case needs its first-up before it)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startPouchServer } from '../scripts/pouch-server.mjs';

const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 100_000);
const PER_ARTICLE = 20;
const CASES = (process.env.BENCH_CASES ?? 'first-up,first-down,incremental,pouch-up,pouch-down').split(',');
const MODES = (process.env.BENCH_MODES ?? 'p,e').split(',');

interface CaseResult {
  name: string;
  ms: number;
  /** CPU time of the syncing process (user + system): less swayed by the machine's load than ms. */
  cpuMs: number;
  up: number;
  down: number;
  peakRssMb: number;
  sent?: number;
  received?: number;
}

async function child(mode: string, url: string, db: string, encrypted: boolean): Promise<CaseResult> {
  const { freshBenchDb, fillLibrary, measure } = await import('./lib/sync-bench-child');
  return measure(mode, url, db, encrypted, HIGHLIGHTS, PER_ARTICLE, freshBenchDb, fillLibrary);
}

if (process.argv[2] === '--case') {
  const [, , , mode, url, db, enc] = process.argv;
  const result = await child(mode, url, db, enc === 'e');
  console.log(JSON.stringify(result));
  process.exit(0);
}

const server = await startPouchServer();
const results: CaseResult[] = [];
// Asynchronous: the server runs in this process and must go on answering while a case runs.
async function runCase(mode: string, db: string, encrypted: boolean): Promise<CaseResult> {
  const { stdout: out, stderr } = await promisify(execFile)(process.execPath, ['--import', './bench/lib/extension-global.mjs', 'scripts/run-ts.mjs', 'bench/sync.bench.ts', '--case', mode, server.url, db, encrypted ? 'e' : 'p'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (stderr.trim()) console.error(stderr.trim());
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as CaseResult;
  results.push(result);
  console.error(`${result.name}: ${(result.ms / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), up ${(result.up / 1e6).toFixed(1)} MB, down ${(result.down / 1e6).toFixed(1)} MB, peak RSS ${result.peakRssMb} MB`);
  return result;
}

for (const encrypted of MODES.map((m) => m === 'e')) {
  const db = encrypted ? 'bench-e' : 'bench-p';
  await fetch(`${server.url}/${db}`, { method: 'PUT' });
  for (const mode of ['first-up', 'first-down', 'incremental']) if (CASES.includes(mode)) await runCase(mode, db, encrypted);
}
await fetch(`${server.url}/bench-pouch`, { method: 'PUT' });
for (const mode of ['pouch-up', 'pouch-down']) if (CASES.includes(mode)) await runCase(mode, 'bench-pouch', false);
await server.close();

const by = (name: string) => results.find((r) => r.name === name);
console.log(`\nSync of ${HIGHLIGHTS.toLocaleString('en')} highlights and ${Math.ceil(HIGHLIGHTS / PER_ARTICLE).toLocaleString('en')} articles (express-pouchdb in memory, 127.0.0.1, fake-indexeddb)\n`);
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('| case | time | CPU (sync process) | sent | received | peak RSS | time vs plain |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  const plain = r.name.endsWith(' e2e') ? by(r.name.replace(' e2e', '')) : r.name.startsWith('PouchDB') ? by(r.name.includes('up') ? 'first sync up' : 'first sync down') : undefined;
  const ratio = plain ? `${(r.ms / plain.ms).toFixed(2)}×` : plain === undefined && (r.name.endsWith(' e2e') || r.name.startsWith('PouchDB')) ? '–' : '1×';
  console.log(`| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${(r.up / 1e6).toFixed(1)} MB | ${(r.down / 1e6).toFixed(1)} MB | ${r.peakRssMb} MB | ${ratio} |`);
}
