// Joins the page's stylesheets (one file per area in styles/, hashed by trunk) into one file,
// in the page's order, minified (esbuild), named by its content's hash, and links only that:
// one render-blocking request instead of ten on the first visit. Run by `make dist` after
// trunk, before the offline files are listed. `make serve` keeps the separate files, as
// written, which is easier to debug.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transform } from 'esbuild';

const DIST = process.argv[2] ?? 'dist';
const LINK = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"\/?>\n?\s*/g;

const indexPath = join(DIST, 'index.html');
const html = await readFile(indexPath, 'utf8');
const links = [...html.matchAll(LINK)];
if (links.length < 2) {
  console.log(`bundle-css: ${links.length} stylesheet in ${indexPath}, nothing to join`);
} else {
  const parts = await Promise.all(links.map(([, file]) => readFile(join(DIST, file), 'utf8')));
  const { code: css } = await transform(parts.join('\n'), { loader: 'css', minify: true });
  const name = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(DIST, name), css);
  let first = true;
  const bundled = html.replace(LINK, (match) => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}">\n    `;
  });
  await writeFile(indexPath, bundled);
  await Promise.all(links.map(([, file]) => rm(join(DIST, file))));
  console.log(`bundle-css: ${links.length} stylesheets joined into ${name} (${(css.length / 1024).toFixed(1)} KB)`);
}
