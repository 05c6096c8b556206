// End-to-end: after one online visit, the served site works offline through its service
// worker, whatever the query string; one cache per build; offline, a returning reader gets
// the build they last read, whole; each edition (dist/, dist/xx/) its own worker and cache,
// neither answering nor deleting the other's; a manifest with icons.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { cacheName, firstAndNextBuilds, keptBuildsInPage, standfirst } from '../support/builds.mjs';
import { watchPage, withContext } from '../support/browser.mjs';
import { serveFolder } from '../support/server.mjs';
import { DIST, TRANSLATIONS, calculatorReady, editionUrl, loadCalculator, servedSite } from '../support/site.mjs';

const site = servedSite('/offline/stargate/');

// The build published after dist/ (tests/support/builds.mjs): its standfirst ends with MARK.
const MARK = ' [next build]';
const builds = {};
before(async () => Object.assign(builds, await firstAndNextBuilds(DIST, MARK)));
after(() => builds.next && rm(builds.next.folder, { recursive: true, force: true }));

test('after one visit, a reload with the network off shows the full, working explainer', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, [builds.first.cache], 'one cache, for this build and edition');

  await context.setOffline(true);
  await page.goto(`${site.server.url}?step=do-the-math&secured=5`);
  await page.waitForSelector('html[data-live="true"]');
  // The calculator's module, from the cache too, applies the scenario in the address.
  await calculatorReady(page);
  assert.ok(await page.locator('#step-do-the-math.step--current').isVisible());
  const before = await page.locator('.calculator__summary').textContent();
  assert.match(before, /If \$5 billion is secured/);
  await page.focus('#calc-secured-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before);
  assert.deepEqual(problems, []);
}));

/** What each of the browser's caches keeps (`keptBuildsInPage`). */
const keptBuilds = (page) => page.evaluate(keptBuildsInPage);

/**
 * Waits until `predicate(arg)`, run in the page, resolves to something truthy (Playwright's
 * waitForFunction would take the promise itself for a truthy value); fails after 15 s, saying
 * `what`.
 */
async function until(page, predicate, arg, what) {
  for (const deadline = Date.now() + 15000; !(await page.evaluate(predicate, arg)); ) {
    if (Date.now() > deadline) assert.fail(`waited 15 s for this: ${what}`);
    await page.waitForTimeout(100);
  }
}

/**
 * A returning reader: reads dist/ once online (its worker installs), then, once the next build
 * is published at the same address, reads the page again as `readAgain(page, url)` does; then
 * reads it offline. `cacheControl` is what the host says about keeping its files.
 * Resolves to what the reader read online the second time and offline, and what the
 * browser kept before going offline.
 */
async function returningReader(context, { readAgain, cacheControl }) {
  const server = await serveFolder(DIST, { prefix: '/offline/returning/', cacheControl });
  try {
    const page = await context.newPage();
    const problems = watchPage(page, new URL(server.url).origin);
    await page.goto(server.url);
    await page.waitForSelector('html[data-live="true"]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => caches.keys()), [builds.first.cache]);

    server.deploy(builds.next.folder);
    const online = await readAgain(page, server.url);
    await page.waitForSelector('html[data-live="true"]');
    online.standfirst = await page.textContent('.site-header__dek');
    // Until the browser keeps only the next build, and its worker is the one that answers.
    const settled = (cache) =>
      caches.keys().then((keys) =>
        navigator.serviceWorker.getRegistration().then((r) => keys.length === 1 && keys[0] === cache && r.active?.state === 'activated' && !r.installing && !r.waiting),
      );
    await until(page, settled, builds.next.cache, 'the next build’s worker took over: else, offline, the reader would get the build before');
    const kept = await keptBuilds(page);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-live="true"]');
    // The calculator's module too, asked for later than the page: the same build's.
    await loadCalculator(page);
    const offline = { standfirst: await page.textContent('.site-header__dek') };
    return { online, kept, offline, problems };
  } finally {
    await context.setOffline(false);
    await server.close();
  }
}

/** Opens the page again, from a link or a bookmark: the worker answers (the network first). */
async function openAgain(page, url) {
  const [response] = await Promise.all([page.waitForResponse(url), page.goto(url)]);
  return { fromWorker: response.fromServiceWorker() };
}

/** A forced reload (Shift+Reload), which bypasses the worker and the browser's HTTP cache. */
async function forcedReload(page, url) {
  const cdp = await page.context().newCDPSession(page);
  const [response] = await Promise.all([page.waitForResponse(url), page.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
  return { fromWorker: response.fromServiceWorker() };
}

test('a returning reader who read the next build online reads it offline, with its own files', () => withContext(site.browser, {}, async (context) => {
  const { online, kept, offline, problems } = await returningReader(context, { readAgain: openAgain });
  assert.deepEqual(online, { fromWorker: true, standfirst: builds.next.standfirst });
  assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
  assert.equal(offline.standfirst, builds.next.standfirst);
  assert.deepEqual(problems, []);
}));

test('after a forced reload, which the worker never sees, the next build is still the one kept offline', () => withContext(site.browser, {}, async (context) => {
  // The browser looks for a new worker by itself only after a navigation the worker answered:
  // here only the page can ask.
  const { online, kept, offline, problems } = await returningReader(context, { readAgain: forcedReload });
  assert.deepEqual(online, { fromWorker: false, standfirst: builds.next.standfirst });
  assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
  assert.equal(offline.standfirst, builds.next.standfirst);
  assert.deepEqual(problems, []);
}));

test('where the host lets browsers keep its files a while, the next build is still kept whole', () => withContext(site.browser, {}, async (context) => {
  // GitHub Pages says max-age=600: the browser may show the build before for a while, but the
  // next build's worker must keep the next build's page with its files, not the page before.
  const { kept, offline, problems } = await returningReader(context, { readAgain: openAgain, cacheControl: 'max-age=600' });
  assert.deepEqual(kept, { [builds.next.cache]: { standfirst: builds.next.standfirst, missing: [] } });
  assert.equal(offline.standfirst, builds.next.standfirst);
  assert.deepEqual(problems, []);
}));

/** Opens `url` in `page` and waits until it is live, and its edition's worker (`worker`, its sw.js) controls it. */
async function openControlled(page, url, worker) {
  await page.goto(url);
  await page.waitForSelector('html[data-live="true"]');
  await page.waitForFunction((script) => navigator.serviceWorker.controller?.scriptURL === script, worker, { timeout: 15000 });
}

for (const language of TRANSLATIONS) {
  test(`each edition keeps its own files offline (${language} beside the English), and a new build of one leaves the other's alone`, () => withContext(site.browser, {}, async (context) => {
    const server = await serveFolder(DIST, { prefix: '/offline/editions/' });
    try {
      const url = { en: server.url, [language]: editionUrl({ server }, language) };
      const first = { en: builds.first.cache, [language]: await cacheName(join(DIST, language)) };
      const next = { en: builds.next.cache, [language]: await cacheName(join(builds.next.folder, language)) };
      assert.notEqual(first.en, first[language], 'two editions, two caches');
      assert.notEqual(next[language], first[language], 'each build of the translation a cache of its own too');
      const page = await context.newPage();
      const problems = watchPage(page, new URL(server.url).origin);
      await openControlled(page, url.en, `${url.en}sw.js`);
      // The translation's page has its own worker, scoped to its folder, not the English one's.
      await openControlled(page, `${url[language]}?step=do-the-math`, `${url[language]}sw.js`);
      await until(page, (keys) => caches.keys().then((now) => now.sort().join() === keys), [first.en, first[language]].sort().join(), 'both editions’ caches');

      // The next build: the English worker that takes over deletes its edition's cache before, never the translation's.
      server.deploy(builds.next.folder);
      await page.goto(url.en);
      await until(page, (keys) => caches.keys().then((now) => now.sort().join() === keys), [next.en, first[language]].sort().join(), 'the English edition’s next build kept, the translation’s cache left alone');

      await context.setOffline(true);
      await openControlled(page, `${url[language]}?step=do-the-math&secured=5`, `${url[language]}sw.js`);
      await calculatorReady(page);
      assert.ok(await page.locator('#step-do-the-math.step--current').isVisible());
      assert.equal(await page.evaluate(() => location.pathname), new URL(url[language]).pathname);
      assert.equal(await page.textContent('.site-header__dek'), await standfirst(join(DIST, language)), 'its own page, from its own cache');
      await openControlled(page, url.en, `${url.en}sw.js`);
      assert.equal(await page.textContent('.site-header__dek'), builds.next.standfirst);
      assert.deepEqual(problems, []);
    } finally {
      await context.setOffline(false);
      await server.close();
    }
  }));

  test(`offline, the English worker never answers for the ${language} edition it does not keep`, () => withContext(site.browser, {}, async (context) => {
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.waitForSelector('html[data-live="true"]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    await context.setOffline(true);
    try {
      for (const path of [`${language}/`, `${language}/?step=the-money`, language, `${language}/embed.html`]) {
        const answered = await page.goto(new URL(path, site.server.url).href).then(
          (response) => `${response.status()} from ${response.fromServiceWorker() ? 'the worker' : 'the network'}`,
          (error) => error.message.split('\n')[0],
        );
        assert.match(answered, /ERR_INTERNET_DISCONNECTED/, `${path}: offline, not the English page in the ${language} edition's place`);
      }
    } finally {
      await context.setOffline(false);
    }
  }));
}

test('the manifest names the explainer as its page does, and its generated icons', async () => {
  const manifest = await (await fetch(new URL('manifest.webmanifest', site.server.url))).json();
  const page = await (await fetch(site.server.url)).text();
  assert.equal(manifest.name, 'Stargate, explained');
  assert.equal(`<title>${manifest.name}</title>`, page.match(/<title>[^<]*<\/title>/)[0]);
  assert.ok(page.includes(`<meta name="description" content="${manifest.description}">`), manifest.description);
  assert.ok(page.startsWith(`<!doctype html>\n<html lang="${manifest.lang}">`), 'the language of the page');
  assert.equal((await fetch(new URL('preview-card.html', site.server.url))).status, 404, 'the preview card is not published');
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, site.server.url));
    assert.equal(response.status, 200, icon.src);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.sizes);
  }
});
