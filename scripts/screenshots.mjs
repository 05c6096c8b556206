// Screenshots for looking at the explainer as a reader would: 390 px and 1280 px wide, light
// and dark, full page. Usage: node scripts/screenshots.mjs [url] [out-folder]
// (default: dist/ served from a sub-folder, into target/screenshots/). Prints anything the
// page logged.
import { mkdir } from 'node:fs/promises';

import { serveFolder } from '../tests/support/server.mjs';
import { launchChromium, watchPage } from '../tests/support/browser.mjs';

const [urlArg, out = 'target/screenshots'] = process.argv.slice(2);
const server = urlArg ? null : await serveFolder('dist', { prefix: '/explainer/' });
const url = urlArg ?? server.url;
await mkdir(out, { recursive: true });
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const problems = watchPage(page, new URL(url).origin);
    await page.goto(url);
    await page.waitForSelector('html[data-hydrated="true"]');
    const file = `${out}/${width}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    await page.screenshot({ path: file.replace('.png', '-top.png') });
    console.log(file, problems.length ? problems : 'no console messages');
    await context.close();
  }
}
await browser.close();
await server?.close();
