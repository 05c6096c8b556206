// End-to-end: the release site in dist/, served from a sub-folder on 127.0.0.1, in headless
// Chromium. Run by `make test` after `make dist`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { stopClock, watchPage, withContext } from '../support/browser.mjs';
import { servedSite } from '../support/site.mjs';

const SUB_FOLDER = '/any/folder/';
const site = servedSite(SUB_FOLDER);

/**
 * Opens the explainer in a page of `context` and waits until the WebAssembly has taken it over.
 */
async function openLive(context) {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective));
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      // The page read, before any WebAssembly runs (the start script runs just after, and
      // DOMContentLoaded only once it has): remember the prerendered text and one of its
      // nodes. (The text as written, not as rendered: the sources are not rendered until the
      // app is live.)
      if (document.readyState !== 'interactive') return;
      window.__prerenderedText = document.getElementById('app').textContent;
      window.__prerenderedHeading = document.querySelector('h1');
      window.__prerenderedLive = document.documentElement.dataset.live ?? null;
    });
  });
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  return { page, problems };
}

test('the page is complete HTML before any script runs, with relative asset URLs', async () => {
  const html = await (await fetch(site.server.url)).text();
  assert.match(html, /<h1[^>]*>Stargate, explained<\/h1>/);
  assert.match(html, /The dispute in brief/);
  assert.match(html, /Elon Musk and Sam Altman Clash Over Stargate Project on Social Media/);
  assert.match(html, /Trump said he would ensure the tech giants have everything they need/);
  assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, 'no root-relative asset URL');
});

test('comes to life in place, with no layout shift and nothing logged', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await openLive(context);
  const result = await page.evaluate(() => ({
    sameText: document.getElementById('app').textContent === window.__prerenderedText,
    sameHeadingNode: document.querySelector('h1') === window.__prerenderedHeading,
    readBeforeLive: window.__prerenderedText !== undefined && window.__prerenderedLive === null,
    layoutShift: window.__layoutShift,
    liveMark: performance.getEntriesByName('stargate:live').length,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    cspViolations: window.__cspViolations,
  }));
  assert.match(result.csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(result.csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(result.cspViolations, [], 'the app works under its strict policy');
  assert.equal(result.sameText, true, 'the live app shows the prerendered text as it was');
  assert.equal(result.sameHeadingNode, true, 'the live app keeps the prerendered parts’ nodes');
  assert.equal(result.readBeforeLive, true, 'the prerendered page was remembered before the app was live');
  assert.equal(result.layoutShift, 0);
  assert.equal(result.liveMark, 1);
  assert.deepEqual(problems, []);
}));

test('the walkthrough goes live in the task that starts it: the browser draws nothing between its first render and the takeover', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  await page.addInitScript(framesBeforeLive);
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  // Yew's scheduler gives the browser a turn once a pass has run 16 ms, and the first render
  // is longer: left to it, the browser laid out and drew the prerendered page before the
  // effects took it over (src/app.rs, run_first_pass_now).
  assert.equal(await page.evaluate(() => window.__framesBeforeLive), 0, 'no frame between the start and live');
}));

/**
 * In the page, before anything: from the moment the walkthrough's module is instantiated (in
 * the start script, which then starts the app in the same task), counts the frames the browser
 * begins before the app is live.
 */
function framesBeforeLive() {
  const Instance = WebAssembly.Instance;
  function Counted(...args) {
    const instance = new Instance(...args);
    if (window.__framesBeforeLive === undefined) {
      window.__framesBeforeLive = 0;
      const count = () => {
        if (document.documentElement.dataset.live === 'true') return;
        window.__framesBeforeLive += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    }
    return instance;
  }
  Counted.prototype = Instance.prototype;
  WebAssembly.Instance = Counted;
}

test('what the reader did before the walkthrough came is kept: where the page is scrolled, focus on a control or in the text', () => withContext(site.browser, { reducedMotion: 'reduce', serviceWorkers: 'block' }, async (context) => {
  // (Reduced motion: the page scrolls at once, not smoothly, so where it is can be read. No
  // service worker: each page fetches the module, and waits for it, afresh.)
  // The walkthrough's module renders the app off the page and puts it in the prerendered
  // page's place (src/takeover/adopt.rs): hold its WebAssembly back while the reader is already at work.
  let held;
  let release;
  await context.route(/\/web-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const cases = [
    // A control the app renders anew (Next), and a link inside a prerendered part.
    { focus: '.step-nav__button--next', scroll: false },
    { focus: '#step-announcement a.citation-link', scroll: false },
    // Focus elsewhere than where the reader scrolled to: the scroll stays too.
    { focus: null, scroll: true },
  ];
  for (const { focus, scroll } of cases) {
    held = new Promise((resolve) => (release = resolve));
    const page = await context.newPage();
    const problems = watchPage(page, new URL(site.server.url).origin);
    await page.goto(site.server.url, { waitUntil: 'commit' });
    await page.waitForSelector('.step-nav__button--next');
    if (focus) await page.focus(focus);
    if (scroll) await page.evaluate(() => window.scrollTo(0, document.querySelector('#differences').offsetTop - 40));
    const before = await page.evaluate(() => ({
      scrollY: Math.round(window.scrollY),
      active: document.activeElement.outerHTML.slice(0, 120),
      live: document.documentElement.dataset.live ?? null,
    }));
    assert.equal(before.live, null, 'the walkthrough is held back');
    release();
    await page.waitForSelector('html[data-live="true"]');
    const after = await page.evaluate(() => ({
      scrollY: Math.round(window.scrollY),
      active: document.activeElement.outerHTML.slice(0, 120),
    }));
    assert.equal(after.scrollY, before.scrollY, `scrolled where the reader left it (${focus ?? 'scrolled'})`);
    assert.equal(after.active, before.active, 'focus on the same control or link');
    if (focus?.startsWith('.step-nav')) {
      // The control works: Enter moves on.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === 'who-is-who');
    } else if (focus) {
      // The link, moved with its part, opens its passage.
      await page.keyboard.press('Enter');
      await page.waitForSelector('.passage--open');
    }
    // Playwright says it blocked the service worker, as this test asked.
    assert.deepEqual(problems.filter((problem) => !/blocked by Playwright/.test(problem)), []);
    await page.close();
  }
}));

test('the differences and sources are rendered once the app is live and drawn, or after 4 s without it, or at once for an #anchor', async () => {
  // Page time stands still in these pages unless the test runs it on (Playwright's clock):
  // the 4 s fallback fires only when the test says 4 s have passed, so a page that is live
  // earlier was made so by the app, and one without the app is timed in page time exactly.
  const deferred = (page) => page.evaluate(() => document.documentElement.classList.contains('defer-reference'));
  const deferredAt = (path, { blockWasm = false, wait }) => withContext(site.browser, {}, async (context) => {
    await stopClock(context);
    const page = await context.newPage();
    if (blockWasm) await page.route(/\.wasm$/, (route) => route.abort());
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__deferredOnLoad = document.documentElement.classList.contains('defer-reference');
      });
    });
    await page.goto(new URL(path, site.server.url).href);
    await wait(page, context.clock);
    return page.evaluate(() => ({
      onLoad: window.__deferredOnLoad,
      now: document.documentElement.classList.contains('defer-reference'),
      sourcesVisibility: getComputedStyle(document.getElementById('sources')).contentVisibility,
    }));
  });
  // Live, and then drawn: the app lets them be drawn after the frame that follows (an
  // animation frame, then a timer), which this page's clock runs on to.
  const live = async (page, clock) => {
    await page.waitForSelector('html[data-live="true"]');
    const anchored = new URL(page.url()).hash !== '';
    assert.equal(await deferred(page), !anchored, 'live, not yet drawn: still deferred (unless never)');
    await clock.runFor(100);
  };
  assert.deepEqual(await deferredAt('./', { wait: live }), { onLoad: true, now: false, sourcesVisibility: 'auto' });
  assert.deepEqual(await deferredAt('./#passage-3', { wait: live }), { onLoad: false, now: false, sourcesVisibility: 'auto' });
  const stranded = await deferredAt('./', {
    blockWasm: true,
    wait: async (page, clock) => {
      // The page has loaded (goto waits for its load event), and the app cannot start.
      assert.equal(await deferred(page), true, 'deferred while the app is awaited');
      await clock.runFor(3_999);
      assert.equal(await deferred(page), true, 'still deferred just before 4 s');
      await clock.runFor(1);
      await page.waitForFunction(() => !document.documentElement.classList.contains('defer-reference'));
    },
  });
  assert.deepEqual(stranded, { onLoad: true, now: false, sourcesVisibility: 'auto' }, 'without the app, the sources still render');
});

test('where the walkthrough’s WebAssembly cannot be had, the console says so once and the page stays as written', () => withContext(site.browser, { serviceWorkers: 'block' }, async (context) => {
  await context.route(/\/web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  const said = [];
  page.on('console', (message) => message.type() === 'error' && said.push(message.text()));
  page.on('pageerror', (error) => said.push(`page error: ${error.message}`));
  const failed = page.waitForEvent('console', (message) => /the walkthrough could not start/.test(message.text()));
  await page.goto(site.server.url);
  await failed;
  await page.waitForTimeout(200);
  // The browser's own line for the refused request, and the start script's: nothing uncaught.
  assert.deepEqual(said.filter((text) => !/Failed to load resource/.test(text)).map((text) => text.split(':')[0]), ['Stargate, explained']);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.live ?? null), null);
  assert.equal(await page.locator('#step-do-the-math-heading').count(), 1, 'every step is still in the page');
}));

test('a citation opens its highlighted passage, by mouse and by keyboard, and leads back', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await openLive(context);
  const link = page.locator('a.citation-link').first();
  const passageId = (await link.getAttribute('href')).slice(1);
  const linkId = await link.getAttribute('id');

  await link.click();
  const passage = page.locator(`#${passageId}`);
  await assert.doesNotReject(passage.and(page.locator('.passage--open')).waitFor());
  assert.equal(await page.evaluate(() => document.activeElement.id), passageId);
  assert.equal(new URL(page.url()).pathname, SUB_FOLDER, 'the page did not navigate away');

  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'passage__return');
  await page.keyboard.press('Enter');
  await page.locator('.passage--open').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), linkId);

  await page.keyboard.press('Enter');
  await passage.and(page.locator('.passage--open')).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), passageId);
  assert.deepEqual(problems, []);
}));

/** Resolves once the page has stopped scrolling (a smooth scroll takes a while), to where it is. */
async function settledScroll(page) {
  let last = null;
  for (let still = 0, reads = 0; still < 3 && reads < 100; reads++) {
    const now = await page.evaluate(() => window.scrollY);
    still = now === last ? still + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}

test('an address with an anchor lands on it, with JavaScript and without: nothing above it is left at an estimated height', async () => {
  // Scrolling smoothly, as the page does unless the reader asks for reduced motion: Chromium
  // then went to where the anchor was when the scroll began.
  for (const javaScriptEnabled of [true, false]) {
    await withContext(site.browser, { javaScriptEnabled }, async (context) => {
      const page = await context.newPage();
      for (const anchor of ['sources', 'source-untitled', 'passage-60', 'step-do-the-math', 'corrections']) {
        await page.goto('about:blank');
        await page.goto(`${site.server.url}#${anchor}`);
        if (javaScriptEnabled) await page.waitForSelector('html[data-live="true"]');
        await page.waitForLoadState('load');
        await settledScroll(page);
        // Where the browser put the reader once the page has loaded (and the app is live).
        const at = await page.evaluate((id) => Math.round(document.getElementById(id).getBoundingClientRect().top), anchor);
        const where = `#${anchor}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
        if (anchor === 'step-do-the-math' && javaScriptEnabled) {
          // With JavaScript the steps are a stepper: the link opens the walkthrough at the top.
          continue;
        }
        assert.ok(at >= -2 && at < 120, `${where}: at the top of the window (${at} px)`);
      }
    });
  }
});

test('without JavaScript the summary and both articles are readable, and citations still link', () => withContext(site.browser, { javaScriptEnabled: false }, async (context) => {
  const page = await context.newPage();
  await page.goto(site.server.url);
  assert.equal(await page.locator('html[data-live]').count(), 0);
  await assert.doesNotReject(page.getByRole('heading', { name: 'The dispute in brief' }).waitFor());
  for (const file of ['000_8713a5ca968fbee1.txt', '004_e0a4f60127c18bcf.txt']) {
    const lastLine = (await readFile(`data/sources/${file}`, 'utf8')).trim().split('\n').pop();
    assert.equal(await page.getByText(lastLine, { exact: false }).first().isVisible(), true, file);
  }
  const link = page.locator('a.citation-link').first();
  const target = await link.getAttribute('href');
  await link.click();
  assert.equal(new URL(page.url()).hash, target);
  assert.equal(await page.locator(`${target}:target`).count(), 1);
}));
