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
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
