// A second build of the site, for the tests of what a returning reader gets once a new build
// is published: dist/ copied and changed as a new deploy changes it. Its page says something
// else, its hashed files have other names (as trunk names them after their contents), and its
// Content Security Policy and sw.js are written again by the build's own steps
// (scripts/policy.mjs for the changed inline scripts; scripts/offline-assets.mjs, so the cache
// is named after these files), in each edition's folder (dist/ and dist/xx/).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { editionFolders } from '../../scripts/editions.mjs';

/** The cache name that a build's sw.js keeps its files under. */
export async function cacheName(folder) {
  return (await readFile(join(folder, 'sw.js'), 'utf8')).match(/^const CACHE = "(.+)";$/m)[1];
}

/** The page's standfirst (the masthead's line under the title), as `folder`'s index.html has it. */
export async function standfirst(folder) {
  return (await readFile(join(folder, 'index.html'), 'utf8')).match(/<p class="site-header__dek">([^<]*)<\/p>/)[1];
}

/**
 * Run in the page (Playwright's `evaluate`, WebDriver's `executeScript`): what each of the
 * browser's caches keeps, its page's standfirst, and the hashed files that page names which the
 * same cache does not hold (none, if the build is whole).
 */
export async function keptBuildsInPage() {
  const kept = {};
  for (const key of await caches.keys()) {
    const cache = await caches.open(key);
    const html = await (await cache.match('./')).text();
    const named = [...new Set(html.match(/[\w-]+-[0-9a-f]{16}(?:_bg)?\.\w+/g))];
    const missing = [];
    for (const file of named) if (!(await cache.match(file))) missing.push(file);
    kept[key] = { standfirst: html.match(/<p class="site-header__dek">([^<]*)<\/p>/)[1], missing };
  }
  return kept;
}

/**
 * `dist` and the build published after it (`secondBuild`, its standfirst followed by `mark`),
 * each with the cache name its worker keeps it under and its standfirst; the next build's
 * folder too, for the caller to remove.
 */
export async function firstAndNextBuilds(dist, mark) {
  const folder = await secondBuild(dist, mark);
  return {
    first: { cache: await cacheName(dist), standfirst: await standfirst(dist) },
    next: { folder, cache: await cacheName(folder), standfirst: await standfirst(folder) },
  };
}

const HASHED = /-([0-9a-f]{16})(?:_bg)?\.[a-z]+$/;
const TEXT = /\.(html|js|json|webmanifest)$/;

/**
 * Writes the second build beside `dist` in a new temporary folder; resolves to the folder.
 * Its standfirst is the first build's followed by `mark`.
 */
export async function secondBuild(dist, mark) {
  const folder = await mkdtemp(join(tmpdir(), 'stargate-build-2-'));
  await cp(dist, folder, { recursive: true });
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  // Every hashed name gets another hash, in the files' names and wherever they are named.
  const renamed = new Map();
  for (const file of files) {
    const hash = file.match(HASHED)?.[1];
    if (hash && !renamed.has(hash)) renamed.set(hash, createHash('sha256').update(`${hash} 2`).digest('hex').slice(0, 16));
  }
  for (const file of files) {
    const hash = file.match(HASHED)?.[1];
    if (hash) await rename(file, file.replace(`-${hash}`, `-${renamed.get(hash)}`));
  }
  for (const file of files.filter((f) => TEXT.test(f) && !HASHED.test(f))) {
    const before = await readFile(file, 'utf8');
    let after = before;
    for (const [old, hash] of renamed) after = after.replaceAll(old, hash);
    if (file === join(folder, 'index.html')) {
      after = after.replace(/(<p class="site-header__dek">[^<]*)(<\/p>)/, `$1${mark}$2`);
    }
    if (after !== before) await writeFile(file, after);
  }
  for (const edition of editionFolders(folder)) {
    for (const step of ['scripts/policy.mjs', 'scripts/offline-assets.mjs']) {
      await promisify(execFile)(process.execPath, [step, edition]);
    }
  }
  return folder;
}
