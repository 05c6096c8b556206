// The editions of a built site, as `make dist` lays them out: the English edition at the root of
// dist/, each translation `xx` in dist/xx/ (a folder of data/ holding a ui.toml), each with the
// same files. A build script is given one edition's folder and finishes that edition alone;
// these tell it which edition that is and which folders are other editions', never to be
// read, listed or rewritten as its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A built edition's folder holds its page and its web app manifest (the prerenderer writes
 * both); that is how a folder is told to be one (the repository's index.html, trunk's
 * template, has no manifest beside it).
 */
export const isEdition = (folder) => existsSync(join(folder, 'index.html')) && existsSync(join(folder, 'manifest.webmanifest'));

/** The names of the sub-folders of `folder` that are editions of their own (`['es']` for dist/). */
export function editionSubfolders(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && isEdition(join(folder, entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** Every edition's folder of the site built in `dist`: `dist` itself first, then each translation's (dist/es). */
export function editionFolders(dist) {
  return [dist, ...editionSubfolders(dist).map((name) => join(dist, name))];
}

/** The language its page declares: `<html lang="…">` of the folder's index.html. */
export function pageLanguage(folder) {
  const path = join(folder, 'index.html');
  const lang = readFileSync(path, 'utf8').match(/<html\b[^>]*\slang="([^"]+)"/)?.[1];
  if (!lang) throw new Error(`${path}: no <html lang="…">`);
  return lang;
}

/**
 * The edition in `folder`: its language, and whether it is a translation (a folder of an
 * edition, named for its language) or the edition at the root. A translation's language is its
 * folder's name (the Makefile names it after data/xx/); the root's, its page's `<html lang>`.
 * `page`: the language its page declares, which should be the same.
 */
export function editionOf(folder) {
  const page = pageLanguage(folder);
  const translation = isEdition(dirname(resolve(folder)));
  return { folder, translation, language: translation ? basename(resolve(folder)) : page, page };
}

/** The translations the data has: each folder of data/ with a ui.toml (`['es']`), as the Makefile finds them. */
export function dataLanguages(data = 'data') {
  return readdirSync(data, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(data, entry.name, 'ui.toml')))
    .map((entry) => entry.name)
    .sort();
}
