// Minifies what wasm-bindgen writes for each WebAssembly module, in place, keeping trunk's
// hashed file names: the JavaScript glue (esbuild), and the names the glue and its .wasm share;
// then the page's own inline scripts.
// wasm-bindgen names each import after the browser function and a hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`) and some exports after their Rust path; each name is
// written twice, in the .wasm's import or export section and in the glue, and the hashes do
// not compress: about 11 KB of the walkthrough's first load, 3 KB gzipped. Each is renamed to
// a short one in both. Unminified, the glue is a third larger even gzipped.
// Run by trunk's post-build hook in a release build (Trunk.toml), after the prerenderer and
// before the glue is written into the page; `make dist` then lists the offline files and builds
// the one file (scripts/single-file.mjs finds the glue's entry point by its export).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transform } from 'esbuild';

import { SCRIPT_TARGET, SERVED_PAGES, readValues, scriptsWithRoles, withScriptText } from './page.mjs';
import { readExports, readImports, readSections, writeExports, writeImports, writeSections } from './wasm.mjs';

const DIST = process.argv[2] ?? 'dist';

/** Short names, none a JavaScript keyword: a … z, A … Z, then two letters, and so on. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const total = letters.length ** length;
    for (let n = 0; n < total; n++) {
      let name = '';
      for (let i = 0, rest = n; i < length; i++, rest = Math.floor(rest / letters.length)) name += letters[rest % letters.length];
      if (!['do', 'if', 'in'].includes(name)) yield name;
    }
  }
}

const escapeRegExp = (text) => text.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&');

/**
 * Renames the .wasm's imports from its glue (every import of its one JavaScript module) and
 * the exports the glue reads only as properties (`wasm.name`), in both. Fails, rather than
 * writing a module that cannot start, when a name is not found in the glue as expected.
 */
function shortenNames(wasm, glue, what, { keep = '' } = {}) {
  const sections = readSections(wasm);
  const importSection = sections.find((s) => s.id === 2);
  const exportSection = sections.find((s) => s.id === 7);
  if (!importSection || !exportSection) throw new Error(`${what}: the .wasm has no import or no export section`);
  const imports = readImports(importSection.body);
  const exports = readExports(exportSection.body);
  // The glue's own imports (`./web_bg.js`); those of the link module, which loads the chunks
  // (scripts/split-wasm.mjs), keep their names.
  const modules = new Set(imports.map((i) => i.module).filter((module) => module.endsWith('_bg.js')));
  if (modules.size !== 1) throw new Error(`${what}: expected imports from one glue module, found ${[...modules].join(', ')}`);
  const exportNames = new Set(exports.map((e) => e.name));
  const names = shortNames();
  const taken = new Set([...imports.map((i) => i.name), ...exportNames]);
  const next = () => {
    for (;;) {
      const name = names.next().value;
      if (!taken.has(name)) return name;
    }
  };
  const occurrences = (pattern) => [...glue.matchAll(pattern)].length;
  let renamedImports = 0;
  for (const entry of imports) {
    if (!modules.has(entry.module)) continue;
    // An import is a key of the glue's import object, written once: `name:function(…){…}`.
    const key = new RegExp(`(?<![\\w$.])${escapeRegExp(entry.name)}(?=:)`, 'g');
    const anywhere = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}(?![\\w$])`, 'g');
    if (exportNames.has(entry.name) || occurrences(key) !== 1 || occurrences(anywhere) !== 1) {
      throw new Error(`${what}: the import ${entry.name} is not one key of the glue's import object`);
    }
    entry.name = next();
    glue = glue.replace(key, entry.name);
    renamedImports++;
  }
  let renamedExports = 0;
  for (const entry of exports) {
    // One of wasm-bindgen's own exports (`__wbindgen_malloc`, `wasm_bindgen__convert__…`)
    // that the glue reads only as `exports.name` is renamed; `memory`, and any other, keeps its.
    const property = new RegExp(`(?<=\\.)${escapeRegExp(entry.name)}(?![\\w$])`, 'g');
    const anywhere = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}(?![\\w$])`, 'g');
    const uses = occurrences(property);
    // The link module takes the main module's memory and table by name, for the chunks.
    const named = new RegExp(`(?<![\\w$])${escapeRegExp(entry.name)}(?![\\w$])`).test(keep);
    if (!entry.name.includes('__') || named || uses === 0 || uses !== occurrences(anywhere)) continue;
    entry.name = next();
    glue = glue.replace(property, entry.name);
    renamedExports++;
  }
  importSection.body = writeImports(imports);
  exportSection.body = writeExports(exports);
  return { wasm: writeSections(wasm.subarray(0, 8), sections), glue, imports: renamedImports, exports: renamedExports };
}

// The main module, named by the page's values (src/build/
// scripts.rs): its glue, which the page's start script imports until scripts/inline-glue.mjs
// writes it in. Its chunks import nothing of the glue's: they call the browser through it.
const html = await readFile(join(DIST, 'index.html'), 'utf8');
const values = readValues(html, `${DIST}/index.html`);
{
  const { glue: glueFile, wasm: wasmFile, link: linkFile } = values.walkthrough;
  if (!glueFile) throw new Error(`${DIST}/index.html: the page's values name no glue (run before inline-glue.mjs)`);
  const source = await readFile(join(DIST, glueFile), 'utf8');
  const { code } = await transform(source, { loader: 'js', format: 'esm', minify: true, target: 'es2020' });
  const wasm = await readFile(join(DIST, wasmFile));
  const keep = await readFile(join(DIST, linkFile), 'utf8');
  const shortened = shortenNames(wasm, code, `${DIST}/${glueFile}`, { keep });
  await writeFile(join(DIST, glueFile), shortened.glue);
  await writeFile(join(DIST, wasmFile), shortened.wasm);
  console.log(
    `minify-js: ${glueFile} ${(source.length / 1024).toFixed(1)} -> ${(shortened.glue.length / 1024).toFixed(1)} KB; ` +
      `${wasmFile} ${(wasm.length / 1024).toFixed(1)} -> ${(shortened.wasm.length / 1024).toFixed(1)} KB ` +
      `(${shortened.imports} imports and ${shortened.exports} exports renamed)`,
  );
}

// Each page's own scripts (src/build/scripts/*.js), written readable, go out minified. The
// start script is minified with the glue it is bundled with (scripts/inline-glue.mjs).
for (const page of SERVED_PAGES) {
  const path = join(DIST, page);
  let html = await readFile(path, 'utf8');
  let before = 0;
  let after = 0;
  for (const script of scriptsWithRoles(html).filter((s) => s.role !== 'start-walkthrough')) {
    const { code } = await transform(script.text, { loader: 'js', minify: true, target: SCRIPT_TARGET, ...(script.module ? { format: 'esm' } : {}) });
    html = withScriptText(html, script.role, code.trim(), path);
    before += script.text.length;
    after += code.trim().length;
  }
  await writeFile(path, html);
  console.log(`minify-js: ${path}: its own scripts ${(before / 1024).toFixed(1)} -> ${(after / 1024).toFixed(1)} KB`);
}
