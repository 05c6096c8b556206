// Screenshots of the release site, served from a sub-folder, at 390 and 1280 CSS px wide in
// each engine (ENGINE=firefox|webkit, or both): /tmp/shots/<engine>-<width>.png, or the folder
// given as the first argument. Run: node tests/engines/screenshots.mjs [folder]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, openLive, problems, record, startBrowser, waitUntil } from '../support/webdriver.mjs';

const OUT = process.argv[2] ?? '/tmp/shots';
const PREFIX = '/news/stargate/';
const HEIGHT = 900;
// Shorter than either engine's viewport in a window HEIGHT tall, so the frame is all in view.
const FRAME_HEIGHT = 780;
await mkdir(OUT, { recursive: true });
// Neither engine's window gets narrower than about 450-500 px (headless Firefox clamps to 500,
// MiniBrowser's GTK window to 447), so a narrower view is the page in a same-origin frame of
// that width: its media queries see the frame's width, as they would a phone's.
const frame = (width) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${width}</title></head>
<body style="margin:0"><iframe id="frame" src="${PREFIX}" title="Stargate, explained" style="display:block;width:${width}px;height:${FRAME_HEIGHT}px;border:0"></iframe></body></html>`;
const server = await serveFolder(DIST, { prefix: PREFIX, pages: { '/frame-390.html': frame(390) } });

try {
  for (const engine of ENGINES) {
    const browser = await startBrowser(engine);
    const { driver } = browser;
    try {
      for (const width of [390, 1280]) {
        const file = join(OUT, `${engine}-${width}.png`);
        // setRect sizes the window; the viewport is narrower by the window's chrome.
        await driver.manage().window().setRect({ width, height: HEIGHT });
        await openLive(browser, server.url);
        const first = await driver.executeScript('return innerWidth');
        if (first !== width) await driver.manage().window().setRect({ width: 2 * width - first, height: HEIGHT });
        const viewport = await driver.executeScript('return [innerWidth, innerHeight]');
        let how;
        if (viewport[0] === width) {
          await writeFile(file, await driver.takeScreenshot(), 'base64');
          how = `viewport ${viewport.join(' × ')}`;
        } else {
          await driver.manage().window().setRect({ width: 1024, height: HEIGHT });
          await driver.get(new URL(`/frame-${width}.html`, server.url).href);
          const element = await driver.findElement({ css: '#frame' });
          await driver.switchTo().frame(element);
          await record(browser);
          await waitUntil(browser, () => document.documentElement.dataset.live === 'true');
          how = `a ${width} × ${FRAME_HEIGHT} frame${engine === 'webkit' ? ' at the left of the viewport' : ''} (the window stops at ${viewport[0]} px)`;
          await driver.switchTo().defaultContent();
          // WebKitWebDriver's element screenshot of the frame comes out shifted, with a black
          // band at the top (seen with WebKitGTK 2.50), so WebKit keeps the whole viewport,
          // the frame at its left edge.
          const shot = engine === 'webkit' ? driver.takeScreenshot() : element.takeScreenshot();
          await writeFile(file, await shot, 'base64');
          await driver.switchTo().frame(element);
        }
        how += `, problems: ${JSON.stringify(await problems(browser))}`;
        await driver.switchTo().defaultContent();
        console.log(`${file}: ${how}`);
      }
    } finally {
      await browser.quit();
    }
  }
} finally {
  await server.close();
}
