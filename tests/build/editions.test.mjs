// The editions of the built site (`make dist`): the English in dist/, each translation `xx` of
// data/ (a folder holding a ui.toml) in dist/xx/, with the same files, its page in its language,
// and a service worker of its own (scripts/offline-assets.mjs) that keeps its edition's files
// alone, under a cache name of its own, deletes only its edition's older caches, and leaves
// another edition's folder to the network. The workers are run here in a sandbox, with the
// browser's cache and network played by the test.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

import { dataLanguages, editionFolders, editionOf, editionSubfolders } from '../../scripts/editions.mjs';
import { SERVED_PAGES, readValues } from '../../scripts/page.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const EDITIONS = editionFolders(DIST);
const named = (path) => relative(ROOT, path) || '.';

/** The files of an edition's folder (not another edition's inside it), hashes in names as `-HASH`. */
function layout(folder) {
  const others = editionSubfolders(folder);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => !others.some((other) => file.startsWith(`${other}/`)))
    .map((file) => file.replace(/-[0-9a-f]{16}(_bg)?\./, '-HASH$1.'))
    .sort();
}

test('every translation in data/ is built, in its own folder of dist/', () => {
  assert.deepEqual(editionSubfolders(DIST), dataLanguages(join(ROOT, 'data')));
  assert.ok(EDITIONS.length >= 2, `the English and at least one translation (${EDITIONS.map(named).join(', ')})`);
});

for (const folder of EDITIONS.slice(1)) {
  test(`${named(folder)}: the same files as the English edition, its own`, () => {
    assert.deepEqual(layout(folder), layout(DIST));
  });
}

for (const folder of EDITIONS) {
  const edition = editionOf(folder);

  test(`${named(folder)}: its pages and manifest are in its language (${edition.language})`, () => {
    for (const page of [...SERVED_PAGES, 'stargate-explainer.html', 'stargate-embed.html']) {
      const html = readFileSync(join(folder, page), 'utf8');
      assert.equal(html.match(/<html\b[^>]*\slang="([^"]+)"/)?.[1], edition.language, `${named(join(folder, page))}: <html lang>`);
    }
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.lang, edition.language, 'the manifest');
  });

  test(`${named(folder)}: its service worker keeps its own edition's files, under its own name`, () => {
    const worker = loadWorker(folder);
    assert.match(worker.CACHE, new RegExp(`^stargate-explainer-${edition.language}-[0-9a-f]{16}$`));
    assert.deepEqual(worker.OTHER_EDITIONS, editionSubfolders(folder).map((other) => `./${other}/`));
    assert.equal(worker.FILES[0], './');
    const others = editionSubfolders(folder).map((other) => `./${other}/`);
    for (const file of worker.FILES.slice(1)) {
      assert.ok(existsSync(join(folder, file)), `${file} is in ${named(folder)}`);
      for (const other of others) assert.ok(!file.startsWith(other), `${file} is another edition's`);
    }
    // What the page needs offline is there: its hashed files.
    for (const page of SERVED_PAGES) {
      const values = readValues(readFileSync(join(folder, page), 'utf8'));
      for (const file of [values.walkthrough.wasm, ...values.walkthrough.chunks]) {
        assert.ok(worker.FILES.includes(`./${file}`), `${page} needs ${file}`);
      }
    }
  });

  test(`${named(folder)}: its service worker deletes only its own edition's older caches`, async () => {
    const worker = loadWorker(folder);
    const others = EDITIONS.filter((other) => other !== folder).map((other) => loadWorker(other).CACHE);
    assert.ok(others.every((cache) => cache !== worker.CACHE), 'no two editions share a cache');
    const older = `stargate-explainer-${edition.language}-0123456789abcdef`;
    // A cache of a build from before there were editions, named without a language.
    const legacy = 'stargate-explainer-fedcba9876543210';
    const kept = [worker.CACHE, ...others, 'stargate-explainer-es-x', 'another-site'];
    const deleted = await worker.activate([...kept, older, legacy]);
    assert.deepEqual(deleted.sort(), (edition.translation ? [older] : [older, legacy]).sort());
  });

  test(`${named(folder)}: offline, its worker answers its own pages, and leaves other editions' to the network`, async () => {
    const worker = loadWorker(folder);
    const own = await worker.fetch({ url: `${worker.scope}?step=do-the-math`, mode: 'navigate' }, { offline: true });
    assert.equal(own, `cached ${worker.scope}`, 'its page, from its cache, whatever the query');
    const embed = await worker.fetch({ url: `${worker.scope}embed.html?view=step`, mode: 'navigate' }, { offline: true });
    assert.equal(embed, `cached ${worker.scope}embed.html`);
    const file = await worker.fetch({ url: `${worker.scope}${readValues(readFileSync(join(folder, 'index.html'), 'utf8')).walkthrough.wasm}`, mode: 'cors' });
    assert.match(file, /^cached /);
    for (const other of editionSubfolders(folder)) {
      const base = new URL(`${other}/`, worker.scope).href;
      for (const [url, mode] of [[`${base}?step=do-the-math`, 'navigate'], [base.slice(0, -1), 'navigate'], [`${base}embed.html`, 'navigate'], [`${base}web-0123456789abcdef_bg.wasm`, 'cors']]) {
        assert.equal(await worker.fetch({ url, mode }, { offline: true }), 'not answered', `${url} is ${other}'s`);
      }
    }
  });
}

/**
 * Runs `folder`'s sw.js in a sandbox, as if served at https://example.org/site/ (a translation
 * in its folder under it). Returns its constants and two ways to drive it: `activate(keys)`
 * (the caches the browser has; resolves to those it deleted), and `fetch(request, { offline })`
 * (resolves to `not answered` where the worker leaves the request to the browser, else to what
 * it answered: `cached <url>` from its cache, `network <url>`, or `nothing`).
 */
function loadWorker(folder) {
  const edition = relative(DIST, folder).split(sep).join('/');
  const scope = `https://example.org/site/${edition ? `${edition}/` : ''}`;
  const handlers = {};
  let cacheKeys = [];
  const deleted = [];
  let offline = false;
  // The cache holds what the worker's FILES name (the test checks that list against the folder).
  const cache = {
    match: async (request, { ignoreSearch } = {}) => {
      const url = new URL(typeof request === 'string' ? request : request.url, scope);
      if (ignoreSearch) url.search = '';
      const path = url.href === scope ? './' : `./${url.href.slice(scope.length)}`;
      return url.href.startsWith(scope) && constants.FILES.includes(path) ? `cached ${url.href}` : undefined;
    },
  };
  const sandbox = {
    URL,
    self: {
      location: new URL('sw.js', scope),
      addEventListener: (type, handler) => (handlers[type] = handler),
      skipWaiting: async () => {},
      clients: { claim: async () => {} },
    },
    caches: {
      keys: async () => cacheKeys,
      delete: async (key) => deleted.push(key),
      open: async () => cache,
    },
    fetch: async (request) => {
      if (offline) throw new TypeError('Failed to fetch');
      return `network ${request.url}`;
    },
  };
  const code = readFileSync(join(folder, 'sw.js'), 'utf8');
  // A worker of a build from before there were editions has no OTHER_EDITIONS: as none.
  const constants = runInNewContext(
    `${code}\n;({ CACHE, FILES, OTHER_EDITIONS: typeof OTHER_EDITIONS === 'undefined' ? [] : OTHER_EDITIONS })`,
    sandbox,
    { filename: named(join(folder, 'sw.js')) },
  );
  return {
    ...constants,
    // Arrays made in the sandbox are of its realm: copied, they compare as this realm's.
    FILES: [...constants.FILES],
    OTHER_EDITIONS: [...constants.OTHER_EDITIONS],
    scope,
    async activate(keys) {
      cacheKeys = keys;
      let done;
      handlers.activate({ waitUntil: (promise) => (done = promise) });
      await done;
      return [...deleted];
    },
    async fetch(request, options = {}) {
      offline = options.offline ?? false;
      let answer = null;
      handlers.fetch({ request: { method: 'GET', ...request }, respondWith: (promise) => (answer = promise) });
      return answer ? ((await answer) ?? 'nothing') : 'not answered';
    },
  };
}
