// A small static server for the demo newspaper (demo/) on 127.0.0.1. The end-to-end tests use
// it too, with extra routes for edited and single-page-app variants of the pages.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.htm': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Starts the server. `routes` maps a path to a function returning { type, body } (or null for
 * a 404), consulted before the files, so tests can serve changed versions of a page.
 */
export function startDemoServer({ root = 'demo', port = 0, routes = {} } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // A malformed escape (/%E0) is the client's mistake, not a reason for the server to stop.
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad request');
      return;
    }
    const route = routes[pathname];
    if (route) {
      const answer = route(req);
      if (answer) {
        res.writeHead(200, { 'content-type': answer.type ?? TYPES['.html'], 'cache-control': 'no-store' });
        res.end(answer.body);
        return;
      }
    }
    const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    // base + separator: a sibling folder whose name starts like demo/ ("demo-secret") stays out.
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    // A port already in use (a second `npm start`) rejects with the reason instead of crashing.
    server.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is already in use (is another \`npm start\` running?)`) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
