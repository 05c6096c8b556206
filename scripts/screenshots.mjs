// Screenshots for looking at the explainer as a reader would: 390 px and 1280 px wide, light
// and dark, full page and the walkthrough of each step named.
// Usage: node scripts/screenshots.mjs [url] [out-folder] [step-slug …]
// (default: dist/ served from a sub-folder, into target/screenshots/). Prints anything the
// page logged.
import { mkdir } from 'node:fs/promises';

import { serveFolder } from '../tests/support/server.mjs';
import { headForCalculator, launchChromium, watchPage } from '../tests/support/browser.mjs';

const [urlArg, out = 'target/screenshots', ...slugs] = process.argv.slice(2);
const server = urlArg && urlArg !== '-' ? null : await serveFolder('dist', { prefix: '/explainer/' });
const url = server ? server.url : urlArg;
await mkdir(out, { recursive: true });
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const problems = watchPage(page, new URL(url).origin);
    await page.goto(url);
    await page.waitForSelector('html[data-live="true"]');
    const file = `${out}/${width}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    await page.screenshot({ path: file.replace('.png', '-top.png') });
    for (const slug of slugs) {
      await page.goto(`${url}?step=${slug}`);
      await page.waitForSelector('html[data-live="true"]');
      // The calculator's own module (src/takeover/island.rs), asked for at once as a reader heading for it does.
      await page.evaluate(headForCalculator);
      await page.waitForSelector('#calculator-island[data-live="true"]', { state: 'attached' });
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await page.locator('.walkthrough').screenshot({ path: `${out}/${width}-${colorScheme}-step-${slug}.png` });
    }
    console.log(file, problems.length ? problems : 'no console messages');
    await context.close();
  }
}
await browser.close();
await server?.close();
