// Cross-engine: the prerendered page with the page's scripts off reads in full: the summary,
// all ten steps' headlines in order, and both source articles. Firefox turns JavaScript off
// with the pref javascript.enabled, WebKit with MiniBrowser's --enable-javascript=false (see
// startBrowser); both leave WebDriver's element commands working, which is all this uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, element, startBrowser } from '../support/webdriver.mjs';

const HEADLINES = [...(await readFile('data/steps.toml', 'utf8')).matchAll(/^headline = "(.+)"/gm)].map(([, h]) => h);
/** The last line of each source article, as stored. */
const LAST_LINES = await Promise.all(
  ['000_8713a5ca968fbee1.txt', '004_e0a4f60127c18bcf.txt'].map(async (f) => (await readFile(`data/sources/${f}`, 'utf8')).trim().split('\n').pop().trim()),
);

let server;
before(async () => {
  server = await serveFolder(DIST, { prefix: '/news/stargate/' });
});
after(() => server?.close());

/** The text of every element matching `selector` that is displayed, in document order. */
async function displayedTexts(browser, selector) {
  const texts = [];
  for (const found of await browser.driver.findElements({ css: selector })) {
    if (await found.isDisplayed()) texts.push((await found.getText()).trim());
  }
  return texts;
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await startBrowser(engine, { javascript: false });
    });
    after(() => browser?.quit());

    test('without JavaScript the summary, every step and the sources are there and readable', async () => {
      assert.equal(HEADLINES.length, 10, 'data/steps.toml has ten headlines');
      await browser.driver.get(server.url);
      await element(browser, '#sources');
      // The scripts really are off: the pre-paint script would have marked <html>, and with
      // them on, only the current step shows.
      const html = await element(browser, 'html');
      assert.equal(await html.getAttribute('data-live'), null);
      assert.doesNotMatch((await html.getAttribute('class')) ?? '', /defer-reference/);

      // getText gives the rendered text, and the heading is set in capitals by its style.
      assert.deepEqual((await displayedTexts(browser, '#summary-heading')).map((t) => t.toLowerCase()), ['the dispute in brief']);
      const [summary] = await displayedTexts(browser, '.summary');
      assert.ok(summary.length > 300, `the summary reads (${summary.length} characters)`);
      assert.deepEqual(await displayedTexts(browser, '.step h3'), HEADLINES, 'every step, in order');
      assert.deepEqual(await displayedTexts(browser, '.step-nav'), [], 'no dead buttons');
      const sources = await displayedTexts(browser, '#sources .source-article');
      assert.equal(sources.length, 2, 'both articles');
      for (const [index, line] of LAST_LINES.entries()) {
        assert.ok(sources[index].replace(/\s+/g, ' ').includes(line.replace(/\s+/g, ' ')), `article ${index + 1} reads to its last line`);
      }
    });
  });
}
