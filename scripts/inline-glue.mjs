// Writes the walkthrough's glue (wasm-bindgen's JavaScript, as minify-js.mjs left it) into
// each page's start script (src/page.rs, start_script) in place of the script's import, and
// drops the glue's file and its preload. A module script that imports waits for its module
// graph, which in Chromium comes only after the page is first drawn; one without imports runs
// as soon as the page is read, so the walkthrough starts before that first drawing where its
// WebAssembly is already in (the page's early request, src/page.rs, fetch_script), and the
// page is drawn once, live. Run by `make dist` after minify-js.mjs (scripts/policy.mjs, run
// last, allows the new script by its hash); `make serve` keeps the import.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { splitGlue } from './glue.mjs';

const DIST = process.argv[2] ?? 'dist';
// Each page (src/page.rs, PAGES).
const PAGES = ['index.html', 'embed.html'];
const START = /<script type="module">import\{initSync\}from'\.\/([^']+\.js)';([\s\S]*?)<\/script>/;

const inlined = new Set();
for (const page of PAGES) {
  const path = join(DIST, page);
  let html = await readFile(path, 'utf8');
  const start = html.match(START);
  if (!start) throw new Error(`${path}: no start script that imports the walkthrough's glue`);
  const [element, glueFile, rest] = start;
  const { body, exports } = splitGlue(await readFile(join(DIST, glueFile), 'utf8'), `${DIST}/${glueFile}`);
  const initSync = exports.get('initSync');
  if (!initSync) throw new Error(`${DIST}/${glueFile}: the glue exports no initSync`);
  // The glue's top-level names stay its own, inside a function; only initSync comes out.
  const script = `const initSync=(()=>{${body}\nreturn ${initSync}})();${rest}`;
  if (/<\/script/i.test(script)) throw new Error(`${path}: the glue contains "</script"`);
  html = html.replace(element, () => `<script type="module">${script}</script>`);
  html = html.replace(new RegExp(`<link rel="modulepreload" href="\\./${glueFile.replace(/\./g, '\\.')}"[^>]*>`), '');
  await writeFile(path, html);
  inlined.add(glueFile);
  console.log(`inline-glue: ${path}: ${glueFile} written into the start script (${(script.length / 1024).toFixed(1)} KB)`);
}
await Promise.all([...inlined].map((file) => rm(join(DIST, file))));
