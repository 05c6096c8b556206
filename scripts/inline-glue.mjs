// Writes the walkthrough's glue (wasm-bindgen's JavaScript) into each page's start script
// (src/build/scripts/start-walkthrough.js, role `start-walkthrough`): esbuild bundles the script
// with the glue it imports as `walkthrough-glue` (the file the page's values name) and the link
// module the glue imports to load the chunks (scripts/split-wasm.mjs), keeping only what the
// script uses, and minifies it. A chunk's address is then taken from the page's
// (`import.meta.url`), beside which it is. Then the two files and their names in the values go.
// A module script that imports waits for its module graph, which in Chromium comes only after
// the page is first drawn; one without imports runs as soon as the page is read, so the
// walkthrough starts before that first drawing where its WebAssembly is already in (the page's
// early request, fetch-walkthrough.js), and the page is drawn once, live. Run by trunk's
// post-build hook (Trunk.toml), after minify-js.mjs in a release build; scripts/policy.mjs, run
// last, allows the new script by its hash.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { build } from 'esbuild';

import { SCRIPT_TARGET, SERVED_PAGES, readValues, scriptByRole, withScriptText, withValues } from './page.mjs';

const DIST = process.argv[2] ?? 'dist';
const ROLE = 'start-walkthrough';

const inlined = new Set();
for (const page of SERVED_PAGES) {
  const path = join(DIST, page);
  let html = await readFile(path, 'utf8');
  const values = readValues(html, path);
  const glueFile = values.walkthrough.glue;
  if (!glueFile) throw new Error(`${path}: the page's values name no walkthrough glue (already written in?)`);
  const glue = resolve(DIST, glueFile);
  const bundled = await build({
    stdin: { contents: scriptByRole(html, ROLE, path).text, loader: 'js', sourcefile: `${page}#${ROLE}` },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: SCRIPT_TARGET,
    logLevel: 'silent',
    plugins: [
      {
        name: 'walkthrough-glue',
        setup(build) {
          build.onResolve({ filter: /^walkthrough-glue$/ }, () => ({ path: glue }));
        },
      },
    ],
  });
  const script = bundled.outputFiles[0].text.trim();
  html = withScriptText(html, ROLE, script, path);
  inlined.add(glueFile).add(values.walkthrough.link);
  delete values.walkthrough.glue;
  delete values.walkthrough.link;
  await writeFile(path, withValues(html, values, path));
  console.log(`inline-glue: ${path}: ${glueFile} written into the start script (${(script.length / 1024).toFixed(1)} KB)`);
}
await Promise.all([...inlined].map((file) => rm(join(DIST, file))));
