// Writes dist/stargate-explainer.html: the whole explainer in one file (HTML, CSS, the JS
// glue, the WebAssembly, gzipped, and the data) that opens from file:// with no network and
// no server; and dist/stargate-embed.html, the embed's card the same way, which a frame
// sandboxed without allow-same-origin opens. Run by `make dist` after trunk; then
// scripts/policy.mjs writes each copy's Content Security Policy for what it inlines (scripts
// and styles by SHA-256 hash, nothing loaded from anywhere).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { SERVED_PAGES, readValues, scriptByRole, withScriptText } from './page.mjs';

const DIST = process.argv[2] ?? 'dist';
// Each served page; its values name its self-contained copy (src/site.rs, PAGES).
const PAGES = await Promise.all(SERVED_PAGES.map(async (page) => [page, readValues(await readFile(join(DIST, page), 'utf8')).selfContained]));

const read = (file) => readFile(join(DIST, file.replace(/^\.\//, '')));

for (const [page, out] of PAGES) await writeSelfContained(page, out);

/** Writes `out`, the self-contained copy of the served page `page`. */
async function writeSelfContained(page, out) {
  let html = await readFile(join(DIST, page), 'utf8');

  // The page opens this file instead when its origin is opaque (src/build/scripts/redirect.js);
  // this file is where it goes, so it leaves that script out.
  const values = readValues(html, `${DIST}/${page}`);
  html = html.replace(scriptByRole(html, 'redirect', `${DIST}/${page}`).element, '');

  // The styles are already in the page (scripts/bundle-css.mjs runs first).
  if (/<link rel="stylesheet"/.test(html)) throw new Error(`${DIST}/${page}: a stylesheet is still linked: run bundle-css.mjs first`);
  if (!/<style>/.test(html)) throw new Error(`${DIST}/${page}: no styles to carry`);

  // The icon becomes a data: URL.
  html = await replaceAsync(html, /<link rel="icon" href="([^"]+\.svg)"\/?>/, async (tag, href) => {
    const svg = await read(href);
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}">`;
  });

  // No preloads and no manifest: there is nothing to fetch, and no service worker from disk.
  html = html.replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '');

  // The walkthrough's start script already holds its glue (scripts/inline-glue.mjs); the page's
  // early request for its WebAssembly (fetch-walkthrough.js) becomes the bytes, inlined. The
  // chunks (the calculator's) are carried too: the link module asks `self.stargateChunk` for a
  // chunk before it fetches one (scripts/split-wasm.mjs), and gets a response of its bytes.
  // Where there is no DecompressionStream, a start fails as a failed request does, and says so.
  const walkthrough = await packed(values.walkthrough.wasm);
  const chunks = await Promise.all(values.walkthrough.chunks.map(async (file) => `${JSON.stringify(file)}:()=>${await packed(file)}`));
  html = withScriptText(
    html,
    'fetch-walkthrough',
    `self.stargateWalkthroughBytes=('DecompressionStream' in window ? ${walkthrough} : Promise.reject(new Error('no DecompressionStream')));self.stargateWalkthroughBytes.catch(()=>{});` +
      `self.stargateChunk=(file)=>{const bytes={${chunks.join(',')}}[file];return bytes&&('DecompressionStream' in window?bytes().then((b)=>new Response(b,{headers:{'content-type':'application/wasm'}})):Promise.reject(new Error('no DecompressionStream')))};`,
    `${DIST}/${page}`,
  );

  await writeFile(join(DIST, out), html);
  console.log(`single-file: wrote ${DIST}/${out} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB)`);
}

/**
 * An expression that resolves to the bytes of `wasmFile`. The bytes travel gzipped (base64 of
 * 4/3 its size, so about 40% of the raw bytes in base64) and the browser's own
 * DecompressionStream unpacks them; where a browser lacks that, the page stays as prerendered:
 * all of it readable, nothing interactive.
 */
async function packed(wasmFile) {
  const gzipped = gzipSync(await read(wasmFile), { level: 9 }).toString('base64');
  return `new Response(new Blob([Uint8Array.from(atob('${gzipped}'), (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()`;
}

async function replaceAsync(text, pattern, replacer) {
  const match = text.match(pattern);
  return match ? text.replace(match[0], await replacer(...match)) : text;
}
