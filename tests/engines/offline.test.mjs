// Cross-engine: offline, a returning reader gets the build they last read, whole, in Firefox
// and WebKit over WebDriver, as tests/e2e/offline.test.mjs checks it in Chromium. Offline here
// is the server stopped: nothing answers at the site's address, as on a train.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';

import { firstAndNextBuilds, keptBuildsInPage } from '../support/builds.mjs';
import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, clearProblems, openLive, problems, startBrowser, waitUntil } from '../support/webdriver.mjs';

const PREFIX = '/news/returning/';
// The build published after dist/ (tests/support/builds.mjs): its standfirst ends with MARK.
const MARK = ' [next build]';
const builds = {};
before(async () => Object.assign(builds, await firstAndNextBuilds(DIST, MARK)));
after(() => builds.next && rm(builds.next.folder, { recursive: true, force: true }));

/** The standfirst the page shows. */
const shownStandfirst = (browser) => browser.driver.executeScript(() => document.querySelector('.site-header__dek').textContent);

/** What each of the browser's caches keeps (`keptBuildsInPage`). */
const keptBuilds = (browser) => browser.driver.executeScript(keptBuildsInPage);

/**
 * As in tests/e2e/offline.test.mjs: reads dist/ online, then the next build as `readAgain`
 * does once it is published at the same address, then the page offline.
 */
async function returningReader(browser, { readAgain, cacheControl }) {
  const server = await serveFolder(DIST, { prefix: PREFIX, cacheControl });
  try {
    await clearProblems(browser);
    await openLive(browser, server.url, { calculator: false });
    await waitUntil(browser, () => navigator.serviceWorker.controller !== null, [], 'the worker controls the page');
    assert.deepEqual(await browser.driver.executeScript(() => caches.keys()), [builds.first.cache]);

    server.deploy(builds.next.folder);
    await readAgain(browser, server.url);
    await waitUntil(browser, () => document.documentElement.dataset.live === 'true', [], 'live again');
    const online = { standfirst: await shownStandfirst(browser) };
    await waitUntil(
      browser,
      (cache) =>
        caches.keys().then((keys) =>
          navigator.serviceWorker.getRegistration().then((r) => keys.length === 1 && keys[0] === cache && r.active?.state === 'activated' && !r.installing && !r.waiting),
        ),
      [builds.next.cache],
      'the next build’s worker took over: else, offline, the reader would get the build before',
    );
    const kept = await keptBuilds(browser);

    await server.close();
    await openLive(browser, server.url);
    const offline = { standfirst: await shownStandfirst(browser) };
    return { online, kept, offline, problems: await problems(browser) };
  } finally {
    await server.close();
  }
}

/** Opens the page again, from a link or a bookmark: the worker answers. */
const openAgain = (browser, url) => browser.driver.get(url);

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await startBrowser(engine);
    });
    after(() => browser?.quit());

    test('a returning reader who read the next build online reads it offline, with its own files', async () => {
      const { online, kept, offline, problems } = await returningReader(browser, { readAgain: openAgain });
      assert.deepEqual(online, { standfirst: builds.next.standfirst });
      assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
      assert.equal(offline.standfirst, builds.next.standfirst);
      assert.deepEqual(problems, []);
    });

    test('where the host lets browsers keep its files a while, the next build is still kept whole', async () => {
      const { kept, offline, problems } = await returningReader(browser, { readAgain: openAgain, cacheControl: 'max-age=600' });
      assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
      assert.equal(offline.standfirst, builds.next.standfirst);
      assert.deepEqual(problems, []);
    });

    // WebKitWebDriver has no forced reload: WebDriver's Refresh is a plain one, it speaks no
    // BiDi, WebKit ignores location.reload(true)'s argument (the worker answers that reload,
    // and then looks for a new build by itself), and Shift+Ctrl+R or Shift+F5 from WebDriver's
    // actions reach the page, not MiniBrowser's shortcuts (nothing reloads).
    const noForcedReload = engine === 'webkit' && 'WebKitWebDriver has no reload that bypasses the worker';
    test('after a forced reload, which the worker never sees, the next build is still the one kept offline', { skip: noForcedReload }, async () => {
      // Firefox still takes location.reload(true) for Shift+Reload, which bypasses the worker;
      // WebDriver has no forced reload of its own (BiDi's ignoreCache: "not supported yet").
      const forcedReload = async (b) => {
        await b.driver.executeScript(() => {
          window.beforeReload = true;
          location.reload(true);
        });
        await waitUntil(b, () => !window.beforeReload && document.readyState === 'complete', [], 'the page reloaded');
      };
      const { online, kept, offline, problems } = await returningReader(browser, { readAgain: forcedReload });
      assert.deepEqual(online, { standfirst: builds.next.standfirst });
      assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
      assert.equal(offline.standfirst, builds.next.standfirst);
      assert.deepEqual(problems, []);
    });
  });
}
