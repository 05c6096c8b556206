// Draws the link-preview image (dist/preview.png, 1200 × 630) that the page's Open Graph and
// Twitter tags name, with Debian's Chromium: a screenshot of the card the prerenderer writes
// from the explainer's own words and sources (dist/preview-card.html, src/build/artifacts.rs), which
// is then removed. No external service, nothing typed in here. Run by `make dist` after trunk.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { launchChromium } from '../tests/support/browser.mjs';

const DIST = process.argv[2] ?? 'dist';
const CARD = join(DIST, 'preview-card.html');

const html = await readFile(join(DIST, 'index.html'), 'utf8');
const attribute = (property) => {
  const match = html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`));
  if (!match) throw new Error(`${DIST}/index.html: no ${property} meta tag (is it prerendered?)`);
  return match[1];
};
const [file, width, height] = [attribute('og:image'), Number(attribute('og:image:width')), Number(attribute('og:image:height'))];
const card = await readFile(CARD, 'utf8');

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
// The card is the image's source, not part of the site.
await rm(CARD);
