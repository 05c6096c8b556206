// A small static file server for the end-to-end tests and the benchmark: serves a folder
// under a URL prefix (a sub-folder, as a newsroom's static host would), on 127.0.0.1 only.
// Its sub-folders too, as a static host does: dist/ served at <prefix> serves the Spanish
// edition, dist/es/, at <prefix>es/ (its index.html), and redirects <prefix>es to it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`. Resolves to `{ url, close, deploy }`.
 * A folder's address serves its index.html; without its last slash, it redirects to it (as
 * static hosts do: the page's relative addresses need the slash). Requests outside the prefix,
 * or escaping the folder, get a 404. `pages` maps paths to
 * HTML served as is (host pages for embedding tests). `compress`: gzip text and .wasm for
 * clients that accept it, as static hosts and CDNs do (the benchmark measures that case).
 * `cacheControl`: the header sent with every file (`no-cache` unless a test plays a host that
 * lets browsers keep files a while, as GitHub Pages does with `max-age=600`).
 * `deploy(folder)` serves another folder at the same address from the next request on, as a
 * host does once a new build is published there.
 */
export async function serveFolder(root, { prefix = '/', port = 0, pages = {}, compress = false, cacheControl = 'no-cache' } = {}) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const address = new URL(request.url, 'http://localhost');
    const path = decodeURIComponent(address.pathname);
    if (path in pages) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(pages[path]);
    }
    if (!path.startsWith(prefix)) return notFound(response);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) {
        if (!address.pathname.endsWith('/')) {
          response.writeHead(301, { location: `${address.pathname}/${address.search}`, 'cache-control': cacheControl });
          return response.end();
        }
        file = join(file, 'index.html');
      }
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl,
        // No CORS headers, as many static hosts send none: a frame sandboxed without
        // allow-same-origin (an opaque origin) opens the self-contained file, which needs
        // no further request (src/build/scripts/redirect.js).
      };
      if (compress && extname(file) !== '.png' && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  const deploy = (folder) => {
    root = folder;
    gzipped.clear();
  };
  // Open connections too (a browser keeps them alive): once closed, nothing answers at all.
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  return { url, close, deploy };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
