// Draws the link-preview image (dist/preview.png, 1200 × 630) that the page's Open Graph and
// Twitter tags name, with Debian's Chromium, from the built page's own head: its title, its
// description and the sources its JSON-LD lists. No external service, nothing typed in here
// but the layout. Run by `make dist` after trunk.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { launchChromium } from '../tests/support/browser.mjs';

const DIST = process.argv[2] ?? 'dist';

const html = await readFile(join(DIST, 'index.html'), 'utf8');
const attribute = (property) => {
  const match = html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`));
  if (!match) throw new Error(`${DIST}/index.html: no ${property} meta tag (is it prerendered?)`);
  return match[1];
};
const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
if (!ld) throw new Error(`${DIST}/index.html: no JSON-LD`);
const article = JSON.parse(ld[1]);
const [file, width, height] = [attribute('og:image'), Number(attribute('og:image:width')), Number(attribute('og:image:height'))];
// The attributes are already HTML-escaped; the JSON-LD names are escaped here.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sources = article.isBasedOn.map((source) => {
  const publisher = source.publisher ? ` (${escape(source.publisher.name)})` : '';
  const unnamed = !source.headline && !source.publisher ? ', which states no headline or outlet' : '';
  return `<li>${escape(source.headline ? `“${source.headline}”` : source.name)}${publisher}${unnamed}</li>`;
});

const card = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body { width: ${width}px; height: ${height}px; box-sizing: border-box; padding: 72px 80px 64px;
    background: #12263a; color: #fbfaf7; display: flex; flex-direction: column;
    font-family: "Iowan Old Style", Palatino, Georgia, "DejaVu Serif", serif; }
  .mark { display: flex; align-items: center; gap: 20px; font: 600 26px/1 system-ui, "DejaVu Sans", sans-serif;
    letter-spacing: 0.08em; text-transform: uppercase; color: #f2b441; }
  h1 { font-size: 88px; line-height: 1.02; margin: 36px 0 24px; font-weight: 700; }
  p { font-size: 36px; line-height: 1.3; margin: 0; max-width: 30em; color: #dfe6ee; }
  footer { margin-top: auto; font: 22px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #b8c4d1; }
  ul { margin: 6px 0 0; padding: 0; list-style: none; }
</style></head><body>
  <div class="mark"><svg width="56" height="56" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="12" fill="#0b1a29"/><circle cx="32" cy="32" r="17" fill="none" stroke="#f2b441" stroke-width="6"/><circle cx="32" cy="32" r="5" fill="#f2b441"/></svg>Interactive explainer</div>
  <h1>${attribute('og:title')}</h1>
  <p>${attribute('og:description')}</p>
  <footer>Every figure linked to the passage it comes from. Based on:<ul>${sources.join('')}</ul></footer>
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.setContent(card);
  const overflow = await page.evaluate(() => document.body.scrollHeight > innerHeight || document.body.scrollWidth > innerWidth);
  if (overflow) throw new Error('the preview text does not fit the image');
  const out = join(DIST, file.split('/').pop());
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
  console.log(`preview-image: wrote ${out} (${width}×${height}, ${(await stat(out)).size} bytes)`);
} finally {
  await browser.close();
}
