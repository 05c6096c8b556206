// Joins each page's stylesheets (one file per area in styles/, hashed by trunk) into one file,
// in the page's order, minified (esbuild), named by its content's hash, and links only that:
// one render-blocking request instead of ten on the first visit. Each page leaves out the
// styles of what it does not carry: the full page the card's, the embed's card the summary's,
// the differences' and the articles'. Run by
// `make dist` after trunk, before the offline files are listed. `make serve` keeps the
// separate files, as written, which is easier to debug.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transform } from 'esbuild';

const DIST = process.argv[2] ?? 'dist';
const LINK = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"\/?>\n?\s*/g;

// Each page (src/page.rs, PAGES), and the styles/ files it does without.
const PAGES = [
  ['index.html', ['embed']],
  ['embed.html', ['summary', 'differences', 'source_article']],
];

const joined = new Set();
for (const [page, without] of PAGES) {
  const path = join(DIST, page);
  const html = await readFile(path, 'utf8');
  const links = [...html.matchAll(LINK)];
  if (links.length < 2) {
    console.log(`bundle-css: ${links.length} stylesheet in ${path}, nothing to join`);
    continue;
  }
  const area = (file) => file.replace(/-[0-9a-f]{16}\.css$/, '');
  const kept = links.filter(([, file]) => !without.includes(area(file)));
  const parts = await Promise.all(kept.map(([, file]) => readFile(join(DIST, file), 'utf8')));
  const { code: css } = await transform(parts.join('\n'), { loader: 'css', minify: true });
  const name = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(DIST, name), css);
  let first = true;
  const bundled = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}">\n    `;
  });
  await writeFile(path, bundled);
  for (const [, file] of links) joined.add(file);
  console.log(`bundle-css: ${path}: ${kept.length} stylesheets joined into ${name} (${(css.length / 1024).toFixed(1)} KB)`);
}
await Promise.all([...joined].map((file) => rm(join(DIST, file))));
