// Writes what one edition of the served site needs to work offline: the PNG icons its
// prerendered web app manifest lists, drawn here (no external tool), and sw.js, a service worker
// whose cache name is derived from the edition's language and this build's files, so two builds
// never share a cache, nor two editions. Run by `make dist` after trunk, on each edition's
// folder: dist/ (the English) and dist/xx/ (each translation, scripts/editions.mjs). Each
// edition's worker is its own, in its folder, its scope that folder: it keeps its edition's
// files alone, never another edition's folder's (dist/es/ is inside the English worker's scope,
// and its files must not be kept, answered or deleted by it), deletes only its own edition's
// older caches, and leaves a navigation into another edition's folder to the network.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { deflateSync } from 'node:zlib';

import { editionOf, editionSubfolders } from './editions.mjs';

const DIST = process.argv[2] ?? 'dist';
const EDITION = editionOf(DIST);
if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(EDITION.language)) throw new Error(`${DIST}: "${EDITION.language}" is not a language tag`);
if (EDITION.page !== EDITION.language) {
  console.warn(`offline-assets: warning: ${DIST}/index.html says <html lang="${EDITION.page}">, but its folder is the ${EDITION.language} edition's`);
}
// The other editions' folders inside this one (the translations', in the English edition's
// folder): not this edition's files.
const OTHER_EDITIONS = editionSubfolders(DIST);
const PREFIX = 'stargate-explainer-';
// Not needed to read the page offline: the self-contained copies of the pages, the
// link-preview image, and the oEmbed answers (for a host's server, not for a reader).
const NOT_CACHED = new Set(['sw.js', 'stargate-explainer.html', 'stargate-embed.html', 'preview.png']);

/** The icon: a rounded navy square with a gold ring and dot, as in assets/icon.svg. */
function iconPixels(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const navy = [0x12, 0x26, 0x3a];
  const gold = [0xf2, 0xb4, 0x41];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / size;
      const ring = d > 17 / 64 - 3 / 64 && d < 17 / 64 + 3 / 64;
      const colour = ring || d < 5 / 64 ? gold : navy;
      pixels.set([...colour, 255], (y * size + x) * 4);
    }
  }
  return pixels;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function png(size) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const pixels = iconPixels(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The prerenderer writes the manifest, with the explainer's words (src/build/artifacts.rs); the icons
// it lists are drawn here.
const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
for (const icon of manifest.icons) await writeFile(join(DIST, icon.src), png(Number(icon.sizes.split('x')[0])));

const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((file) => !OTHER_EDITIONS.some((folder) => file.startsWith(`${folder}/`)))
  .filter((file) => !NOT_CACHED.has(file) && !file.startsWith('.') && !file.startsWith('oembed/'))
  .sort();
const fingerprint = createHash('sha256');
for (const file of files) fingerprint.update(file).update(await readFile(join(DIST, file)));
const cacheName = `${PREFIX}${EDITION.language}-${fingerprint.digest('hex').slice(0, 16)}`;
// The caches this worker may delete once it is active: its own edition's, of builds before
// this one; at the root, also those of the builds from before there were editions, named
// without a language. Never another edition's: its worker keeps it.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownCaches = `^${escape(PREFIX)}(?:${escape(EDITION.language)}-${EDITION.translation ? '' : '|'})[0-9a-f]{16}$`;

const worker = `// Generated by scripts/offline-assets.mjs for one build of the ${EDITION.language} edition: do not edit.
const CACHE = ${JSON.stringify(cacheName)};
const OWN_CACHES = new RegExp(${JSON.stringify(ownCaches)});
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
// The other editions' folders inside this one's: their own workers' (each scoped to its
// folder), never answered from this edition's cache.
const OTHER_EDITIONS = ${JSON.stringify(OTHER_EDITIONS.map((folder) => `./${folder}/`))};

// This build's files as the server has them now (revalidated), not as the browser's HTTP
// cache may have kept them: where the host lets pages be kept a while, that would be the page
// before, kept with this build's files, and offline it would ask for files no cache holds.
// Once they are all kept, this worker takes over at once, so that offline the reader gets the
// build they last read online.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

// This edition's old builds' caches go (another edition's stay: its worker keeps them); this
// build's files are never mixed with another's. The open pages, a first visit's too, are this
// worker's from now on.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => OWN_CACHES.test(key) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Whether \`url\` is in another edition's folder (or is that folder, without its last slash). */
function inOtherEdition(url) {
  return OTHER_EDITIONS.some((folder) => {
    const path = new URL(folder, self.location.href).pathname;
    return url.pathname.startsWith(path) || url.pathname === path.slice(0, -1);
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Another edition's page or file, before its own worker is there: the network's to answer,
  // online or not; never this edition's page in its place.
  if (inOtherEdition(url)) return;
  if (request.mode === 'navigate') {
    // The network first (a new build shows at once); offline, the cached page (the embed, or
    // the full explainer), whatever the query string.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || cache.match('./'))),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
`;
await writeFile(join(DIST, 'sw.js'), worker);
console.log(`offline-assets: ${DIST}: icons and sw.js (${files.length + 1} files, cache ${cacheName}${OTHER_EDITIONS.length ? `; not the other editions in ${OTHER_EDITIONS.map((f) => `${f}/`).join(', ')}` : ''})`);
