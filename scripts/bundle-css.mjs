// Joins each page's stylesheets (one file per area in styles/, hashed by trunk) into one,
// in the page's order, minified (esbuild), and writes it into the page's head as a <style>
// element (scripts/policy.mjs, run last, allows it by its hash): no render-blocking request at all, where there were ten and then one (a round trip before the
// first paint, and before the WebAssembly could start: scripts wait for stylesheets). About
// 5 KB gzip, which the page's first load carried anyway. Each page leaves out the styles of
// what it does not carry: the full page the card's, the embed's card the summary's, the
// differences' and the articles'. Run by `make dist` after trunk, before the offline files are
// listed. `make serve` keeps the separate files, as written, which is easier to debug.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transform } from 'esbuild';

const DIST = process.argv[2] ?? 'dist';
const LINK = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"\/?>\n?\s*/g;

// Each page (src/site.rs, PAGES), and the styles/ files it does without.
const PAGES = [
  ['index.html', ['embed']],
  ['embed.html', ['summary', 'differences', 'source_article']],
];

const joined = new Set();
for (const [page, without] of PAGES) {
  const path = join(DIST, page);
  const html = await readFile(path, 'utf8');
  const links = [...html.matchAll(LINK)];
  if (links.length === 0) throw new Error(`${path}: no stylesheet to write into the page`);
  const area = (file) => file.replace(/-[0-9a-f]{16}\.css$/, '');
  const kept = links.filter(([, file]) => !without.includes(area(file)));
  const parts = await Promise.all(kept.map(([, file]) => readFile(join(DIST, file), 'utf8')));
  const { code } = await transform(parts.join('\n'), { loader: 'css', minify: true });
  // Nothing in a stylesheet may end the element it is written in.
  const css = code.trimEnd();
  if (/<\/style/i.test(css)) throw new Error(`${path}: the styles contain "</style"`);
  let first = true;
  const bundled = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<style>${css}</style>\n    `;
  });
  await writeFile(path, bundled);
  for (const [, file] of links) joined.add(file);
  console.log(`bundle-css: ${path}: ${kept.length} stylesheets joined into the page's head (${(css.length / 1024).toFixed(1)} KB)`);
}
await Promise.all([...joined].map((file) => rm(join(DIST, file))));
