// Cross-engine: the harness itself. Proves, on tiny plain pages served here, (1) that the
// problem recorder sees what it claims to (so "no problems" in the other files means
// something), and (2) each driver quirk the other files work round, asserting the quirk as it
// is today: if a future driver fixes one, its test fails and says so, and the workaround in
// tests/support/webdriver.mjs can go.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, TIMEOUT, clearProblems, clickInFrame, element, problems, record, startBrowser } from '../support/webdriver.mjs';

const BUTTON = `<button id="b" onclick="this.textContent = 'clicked'">Press</button>`;
const tall = (style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Button</title><style>${style}</style></head>
<body><div style="height: 1500px">Scroll down.</div>${BUTTON}</body></html>`;
const host = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>Host</h1><iframe id="frame" src="${src}" style="width: 100%; height: 1700px; border: 0"></iframe></body></html>`;
// A page whose policy refuses inline scripts, with one in its markup.
const STRICT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script>window.ran = true</script></head><body><p>Strict.</p></body></html>`;

let pages;
let other;
before(async () => {
  pages = await serveFolder(DIST, {
    prefix: '/nothing-here/',
    pages: { '/plain.html': tall(), '/smooth.html': tall('html { scroll-behavior: smooth }'), '/strict.html': STRICT, '/host-same.html': host('/plain.html') },
  });
  const plain = new URL('/plain.html', pages.url).href;
  // Another origin (another port) hosting the same button page in a frame.
  other = await serveFolder(DIST, { prefix: '/nothing-here/', pages: { '/host.html': host(plain) } });
});
after(async () => {
  await pages?.close();
  await other?.close();
});

const url = (server, path) => new URL(path, server.url).href;

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await startBrowser(engine);
    });
    after(() => browser?.quit());

    test('the recorder sees uncaught errors, rejections, console errors and CSP violations', async () => {
      await clearProblems(browser);
      await browser.driver.get(url(pages, '/strict.html'));
      await record(browser);
      // A violation in the markup, before any WebDriver script can run: Firefox's preload
      // recorder and BiDi log see it; in WebKit nothing can (the blind spot that
      // webdriver.mjs describes), and this asserts that honestly.
      const early = (await problems(browser)).some((p) => /CSP|Content-Security-Policy/.test(p));
      assert.equal(early, engine === 'firefox', 'a violation in the markup is seen only in Firefox');
      await browser.driver.executeScript(() => {
        // In the page, and what is under test, not a wait of the test's: an error thrown from a
        // later task, after this script has returned, which only a recorder in the page sees.
        setTimeout(() => {
          throw new Error('thrown-later');
        });
        Promise.reject(new Error('rejected-later'));
        console.error('logged-error');
        const script = document.createElement('script');
        script.textContent = 'window.ran = true';
        document.body.append(script);
      });
      const expected = [/thrown-later/, /rejected-later/, /logged-error/, /CSP|Content-Security-Policy/];
      let seen = [];
      await browser.driver.wait(
        async () => {
          seen = await problems(browser);
          return expected.every((pattern) => seen.some((p) => pattern.test(p)));
        },
        TIMEOUT,
        () => `recorded: ${JSON.stringify(seen)}`,
      );
      assert.equal(await browser.driver.executeScript(() => window.ran ?? false), false, 'the policy held');
    });

    test('a plain button below the fold takes a WebDriver click', async () => {
      await browser.driver.get(url(pages, '/plain.html'));
      const button = await element(browser, '#b');
      await button.click();
      assert.equal(await button.getText(), 'clicked');
    });

    test('with scroll-behavior: smooth, WebKitWebDriver refuses a click on a button below the fold', async () => {
      await browser.driver.get(url(pages, '/smooth.html'));
      const button = await element(browser, '#b');
      if (engine === 'webkit') {
        // The driver's own scroll into view is animated, and it hit-tests before it ends.
        await assert.rejects(button.click(), { name: 'ElementNotInteractableError' });
        assert.equal(await button.getText(), 'Press');
        // A person could click it: once in view, it takes the click.
        await browser.driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', button);
        await button.click();
      } else {
        await button.click();
      }
      assert.equal(await button.getText(), 'clicked');
    });

    test('a click in a frame, on a button below the top-level fold, is lost without an error', async () => {
      const { driver } = browser;
      // Firefox loses it in any frame; WebKit only in a cross-origin one.
      const cases = [
        ['same-origin', url(pages, '/host-same.html'), engine === 'firefox'],
        ['cross-origin', url(other, '/host.html'), true],
      ];
      for (const [kind, address, lost] of cases) {
        await driver.get(address);
        const frame = await element(browser, '#frame');
        await driver.switchTo().frame(frame);
        try {
          const button = await element(browser, '#b');
          // The driver resolves the click only once its events are dispatched, so the
          // button's text, read next, already shows whether the click arrived.
          await button.click();
          assert.equal(await button.getText(), lost ? 'Press' : 'clicked', `${kind}: the click was ${lost ? 'lost' : 'delivered'}`);
        } finally {
          await driver.switchTo().defaultContent();
        }
        // The workaround (scroll the top-level page first) delivers it.
        await driver.navigate().refresh();
        await clickInFrame(browser, await element(browser, '#frame'), '#b');
        await driver.switchTo().frame(await element(browser, '#frame'));
        try {
          assert.equal(await (await element(browser, '#b')).getText(), 'clicked', `${kind}: with the workaround`);
        } finally {
          await driver.switchTo().defaultContent();
        }
      }
    });
  });
}
