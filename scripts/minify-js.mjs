// Minifies the JavaScript glue that wasm-bindgen writes (esbuild), in place: it is on the first
// load, and unminified it is a third larger even gzipped. The file keeps trunk's hashed name.
// Run by `make dist` after trunk, before the offline files are listed and the one file is
// built (scripts/single-file.mjs finds the glue's entry point by its export).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transform } from 'esbuild';

const DIST = process.argv[2] ?? 'dist';

const html = await readFile(join(DIST, 'index.html'), 'utf8');
// Both modules' glue: the walkthrough's, which trunk's loader imports, and the calculator's,
// which the page's calculator loader imports on demand (src/island.rs).
const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const walkthrough = scripts.map((s) => s.match(/from '\.\/([^']+\.js)'/)?.[1]).find(Boolean);
const calculator = scripts.map((s) => s.match(/import\('\.\/([^']+\.js)'\)/)?.[1]).find(Boolean);
if (!walkthrough) throw new Error(`${DIST}/index.html: trunk's loader names no glue file`);
if (!calculator) throw new Error(`${DIST}/index.html: the calculator's loader names no glue file`);
for (const glueFile of [walkthrough, calculator]) {
  const source = await readFile(join(DIST, glueFile), 'utf8');
  const { code } = await transform(source, { loader: 'js', format: 'esm', minify: true, target: 'es2020' });
  await writeFile(join(DIST, glueFile), code);
  console.log(`minify-js: ${glueFile} ${(source.length / 1024).toFixed(1)} -> ${(code.length / 1024).toFixed(1)} KB`);
}
