// Cross-engine: the release site (dist/, served from a sub-folder) and the single file, in
// Firefox and WebKit over WebDriver: the app live without errors, the walkthrough by keyboard
// and by buttons, deep links, the calculator. One browser per engine for the whole file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { serveFolder } from '../support/server.mjs';
import {
  DIST, ENGINES, Key, calculatorReady, clearProblems, click, element, openLive, press, problems, startBrowser, waitUntil,
} from '../support/webdriver.mjs';
import { CALCULATOR_STEP } from '../support/embed-heights.mjs';
import { CALCULATOR_CHUNK } from '../../scripts/wasm.mjs';

const PREFIX = '/news/stargate/';
const SINGLE_FILE = pathToFileURL(resolve(DIST, 'stargate-explainer.html')).href;

/** The walkthrough's steps, from data/steps.toml (not from the page under test). */
const STEPS = [...(await readFile('data/steps.toml', 'utf8')).matchAll(/^slug = "(.+)"\n(?:.*\n)*?headline = "(.+)"/gm)]
  .map(([, slug, headline]) => ({ slug, headline }));

let server;
before(async () => {
  server = await serveFolder(DIST, { prefix: PREFIX });
});
after(() => server?.close());

/** What the page shows: the current step(s), the focused element's text, the address's step. */
const shown = (browser) =>
  browser.driver.executeScript(() => ({
    current: [...document.querySelectorAll('.step--current')].map((s) => s.id),
    visible: [...document.querySelectorAll('.step')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.id),
    focused: document.activeElement?.textContent,
    step: new URL(location.href).searchParams.get('step'),
  }));

/** Waits until step `index` is the current one, focused, and named in the address. */
async function atStep(browser, index, how) {
  const { slug, headline } = STEPS[index];
  await waitUntil(
    browser,
    (id, h, s) => document.querySelector(`#${id}.step--current`) && document.activeElement?.textContent === h && new URL(location.href).searchParams.get('step') === s,
    [`step-${slug}`, headline, slug],
    `${how}: step ${index + 1} (${slug}) current, focused and in the address`,
  );
  const state = await shown(browser);
  assert.deepEqual(state.current, [`step-${slug}`], `${how}: one current step`);
  assert.deepEqual(state.visible, [`step-${slug}`], `${how}: one step shown`);
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await startBrowser(engine);
    });
    after(() => browser?.quit());

    test('comes to life from a sub-folder with no page errors', async () => {
      await clearProblems(browser);
      await openLive(browser, server.url);
      assert.equal(new URL(await browser.driver.getCurrentUrl()).pathname, PREFIX);
      assert.equal(await (await element(browser, 'html')).getAttribute('data-live'), 'true');
      assert.ok(await (await element(browser, '#step-announcement.step--current')).isDisplayed());
      assert.deepEqual(await problems(browser), []);
    });

    test('an address with an #anchor keeps the reader at it once the app is live', async () => {
      // The app renders off the page and takes the prerendered page's place (src/takeover/adopt.rs): the
      // place the browser scrolled to for the anchor must be where the reader still is.
      // A fresh load (from another page: the same page with only a new #anchor would not load).
      await browser.driver.get('about:blank');
      await clearProblems(browser);
      await openLive(browser, `${server.url}#source-untitled`);
      // Where an element's top is in the window, in the page.
      const topOf = (id) => Math.round(document.getElementById(id).getBoundingClientRect().top);
      const atTop = (id) => {
        const top = document.getElementById(id).getBoundingClientRect().top;
        return top >= -2 && top < 120;
      };
      // The browser may scroll to the anchor only once the page has loaded: wait for it, then
      // see that it stays.
      await waitUntil(browser, atTop, ['source-untitled'], 'the anchored article at the top of the window');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const settled = await browser.driver.executeScript(topOf, 'source-untitled');
      assert.ok(settled >= -2 && settled < 120, `the anchored article stays at the top of the window (${settled} px)`);
      // Following an anchor on the page keeps the reader there too: the walkthrough does not
      // take it for a move (Back and Forward within a step are no move).
      await browser.driver.executeScript(() => {
        location.hash = '#differences';
      });
      await waitUntil(browser, atTop, ['differences'], 'at the differences');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const differences = await browser.driver.executeScript(topOf, 'differences');
      assert.ok(differences >= -2 && differences < 120, `still at the differences (${differences} px)`);
      // The corrections log, last on the page, as the embed's footer links to it: a fresh load
      // lands on it, with everything above it laid out.
      await browser.driver.get('about:blank');
      await openLive(browser, `${server.url}#corrections`);
      await waitUntil(browser, atTop, ['corrections'], 'the corrections log at the top of the window');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const corrections = await browser.driver.executeScript(topOf, 'corrections');
      assert.ok(corrections >= -2 && corrections < 120, `the corrections log stays at the top of the window (${corrections} px)`);
      assert.deepEqual(await problems(browser), []);
    });

    test('the walkthrough by keyboard and by buttons; the address follows', async () => {
      assert.equal(STEPS.length, 10, 'data/steps.toml has ten steps');
      await openLive(browser, server.url);
      await clearProblems(browser);
      // The stepper's keys work anywhere on the page outside form fields: start from the
      // first step's heading, as a reader who clicked into the walkthrough would.
      await browser.driver.executeScript(() => document.querySelector('.step--current h3').focus({ preventScroll: true }));
      for (let i = 1; i < STEPS.length; i++) {
        await press(browser, Key.ARROW_RIGHT);
        await atStep(browser, i, 'ArrowRight');
      }
      await press(browser, Key.HOME);
      await atStep(browser, 0, 'Home');
      await press(browser, Key.END);
      await atStep(browser, STEPS.length - 1, 'End');
      await press(browser, Key.ARROW_LEFT);
      await atStep(browser, STEPS.length - 2, 'ArrowLeft');
      await press(browser, Key.HOME);
      await atStep(browser, 0, 'Home');

      // The Next button, focused and pressed with Enter, then Next and Back by clicking.
      await browser.driver.executeScript(() => document.querySelector('.step-nav__button--next').focus());
      await press(browser, Key.ENTER);
      await atStep(browser, 1, 'Enter on Next');
      await click(browser, await element(browser, '.step-nav__button--next'));
      await atStep(browser, 2, 'Next');
      await click(browser, await element(browser, '.step-nav__button--previous'));
      await atStep(browser, 1, 'Back');
      assert.deepEqual(await problems(browser), []);
    });

    test('a deep link ?step=<slug> opens that step', async () => {
      await clearProblems(browser);
      for (const [index, { slug }] of STEPS.entries()) {
        await openLive(browser, `${server.url}?step=${slug}`);
        const state = await shown(browser);
        assert.deepEqual([state.current, state.visible, state.step], [[`step-${slug}`], [`step-${slug}`], slug], slug);
        const previous = await element(browser, '.step-nav__button--previous');
        const next = await element(browser, '.step-nav__button--next');
        assert.equal(await previous.isEnabled(), index > 0, `${slug}: Back`);
        assert.equal(await next.isEnabled(), index < STEPS.length - 1, `${slug}: Next`);
        assert.deepEqual(await problems(browser), [], slug);
      }
    });

    test('the calculator\'s chunk is not in the first load; it is fetched once, when the reader reaches the step before it', async (t) => {
      await browser.driver.get('about:blank');
      await clearProblems(browser);
      await openLive(browser, server.url, { calculator: false });
      // What the page has fetched, in its own log (resource timing, which all three engines keep).
      const fetched = () => ({
        now: performance.now(),
        live: performance.getEntriesByName('stargate:live')[0]?.startTime,
        wasm: performance.getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.wasm'))
          .map((entry) => ({ file: new URL(entry.name).pathname.split('/').pop(), at: Math.round(entry.startTime) })),
      });
      const atLive = await browser.driver.executeScript(fetched);
      t.diagnostic(`${engine}, live at ${Math.round(atLive.live)} ms: ${JSON.stringify(atLive.wasm)}`);
      assert.equal(atLive.wasm.filter(({ file }) => CALCULATOR_CHUNK.test(file)).length, 0, 'no calculator chunk by the time the walkthrough is live');
      assert.equal(atLive.wasm.length, 1, 'the main module alone');
      // The step before the calculator's, from the step list (a link to another step, so only
      // the step's nearness asks for the chunk), well before the browser's idle time would.
      const near = STEPS.findIndex(({ slug }) => slug === CALCULATOR_STEP) - 1;
      await click(browser, await element(browser, `.step-progress a[href^="?step=${STEPS[near].slug}#"]`));
      await atStep(browser, near, 'the step before the calculator\'s');
      const movedAt = (await browser.driver.executeScript(fetched)).now;
      await calculatorReady(browser);
      const later = await browser.driver.executeScript(fetched);
      t.diagnostic(`${engine}, moved at ${Math.round(movedAt)} ms: ${JSON.stringify(later.wasm)}`);
      const chunks = later.wasm.filter(({ file }) => CALCULATOR_CHUNK.test(file));
      assert.equal(chunks.length, 1, 'the calculator chunk, once');
      assert.ok(movedAt - atLive.live < 2500, `moved ${Math.round(movedAt - atLive.live)} ms after live, before the idle time (3 s) could ask for it`);
      assert.ok(chunks[0].at <= movedAt && chunks[0].at > atLive.now, `fetched at ${chunks[0].at} ms, with the move (${Math.round(atLive.now)}–${Math.round(movedAt)} ms)`);
      assert.deepEqual(await problems(browser), []);
    });

    test('the calculator: a typed value changes the outputs and the address', async () => {
      await openLive(browser, `${server.url}?step=do-the-math`);
      await clearProblems(browser);
      const readings = () =>
        browser.driver.executeScript(() => ({
          summary: document.querySelector('.calculator__summary').textContent,
          chart: document.querySelector('.funding-chart__secured').getAttribute('y1'),
          slider: document.querySelector('#calc-secured-slider').value,
        }));
      const before = await readings();
      const field = await element(browser, '#calc-secured');
      // Select what is there and type over it, as a person would.
      await browser.driver.executeScript('arguments[0].focus(); arguments[0].select()', field);
      await field.sendKeys('42.5');
      await waitUntil(browser, () => new URL(location.href).searchParams.get('secured') === '42.5', [], 'secured=42.5 in the address');
      const after = await readings();
      assert.match(after.summary, /If \$42\.5 billion is secured/);
      assert.notEqual(after.summary, before.summary);
      assert.notEqual(after.chart, before.chart, 'the chart’s secured line moved');
      assert.equal(after.slider, '42.5', 'the slider follows the field');
      assert.equal(new URL(await browser.driver.getCurrentUrl()).searchParams.get('step'), 'do-the-math');
      assert.equal(await field.getAttribute('value'), '42.5');
      assert.deepEqual(await problems(browser), []);
    });

    test('the calculator: typed key by key, each field changes no other', async () => {
      await openLive(browser, `${server.url}?step=do-the-math`);
      await clearProblems(browser);
      const values = () =>
        browser.driver.executeScript(() => Object.fromEntries([...document.querySelectorAll('#calculator .calc-field__number')].map((input) => [input.id, input.value])));
      // The case: the planned total typed as 250 and as 1000 once lowered the first
      // tranche to 10 for good; then a first tranche beyond a lowered total.
      for (const [id, text] of [['calc-pledge', '250'], ['calc-pledge', '1000'], ['calc-initial', '700'], ['calc-secured', '42.5'], ['calc-pledge', '50']]) {
        const before = await values();
        const field = await element(browser, `#${id}`);
        await browser.driver.executeScript('arguments[0].focus(); arguments[0].select()', field);
        for (const key of text) {
          await field.sendKeys(key);
          const now = await values();
          for (const [other, value] of Object.entries(before)) {
            if (other !== id) assert.equal(now[other], value, `typing ${text} into ${id}: ${other} kept its value`);
          }
        }
        await waitUntil(browser, (i, t) => document.getElementById(i).value === t, [id, text], `${id} shows ${text}`);
      }
      await waitUntil(browser, () => /More than the planned total/.test(document.querySelector('#calc-initial-message').textContent), [], 'the first tranche says the total caps it');
      await waitUntil(browser, () => new URL(location.href).searchParams.get('initial') === '700', [], 'initial=700 in the address');
      assert.equal(await (await element(browser, '#calc-initial')).getAttribute('value'), '700');
      assert.deepEqual(await problems(browser), []);
    });

    test('the chart: a year read by keyboard; "Download chart" gives an SVG and a PNG that open as images', async () => {
      await openLive(browser, `${server.url}?step=do-the-math&secured=9.9`);
      await clearProblems(browser);
      const plot = await element(browser, '#calculator .funding-chart__plot');
      await browser.driver.executeScript('arguments[0].scrollIntoView({ block: "center" }); arguments[0].focus()', plot);
      await press(browser, Key.HOME);
      await waitUntil(browser, () => /^2025: \$100 billion/.test(document.querySelector('#calculator .funding-chart__reading').textContent), [], 'Home reads 2025');
      await press(browser, Key.ARROW_RIGHT);
      await waitUntil(browser, () => document.querySelector('#calculator .funding-chart__plot').getAttribute('aria-valuenow') === '2026', [], '→ reads 2026');
      assert.equal(new URL(await browser.driver.getCurrentUrl()).searchParams.get('step'), 'do-the-math', 'the arrow key did not change the step');
      // Each download's file, caught as the page hands it over, opened as an image in the page.
      const opened = await browser.driver.executeAsyncScript((done) => {
        // The page's policy lets neither fetch nor an image read a blob: address, so the files
        // are caught as blobs as the page makes their addresses, and read as data: addresses.
        const blobs = [];
        const names = [];
        const { createObjectURL } = URL;
        const click = HTMLAnchorElement.prototype.click;
        URL.createObjectURL = (blob) => {
          blobs.push(blob);
          return createObjectURL(blob);
        };
        HTMLAnchorElement.prototype.click = function () {
          names.push(this.download);
        };
        const buttons = [...document.querySelectorAll('#calculator .calculator__action')].filter((button) => /Download chart/.test(button.textContent));
        buttons.forEach((button) => button.click());
        const open = async (blob, name) => {
          const text = name.endsWith('.svg') ? await blob.text() : '';
          const address = await new Promise((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result);
            reader.readAsDataURL(blob);
          });
          const size = await new Promise((resolve) => {
            const image = new Image();
            image.onload = () => resolve([image.naturalWidth, image.naturalHeight]);
            image.onerror = () => resolve(null);
            image.src = address;
          });
          return { name, type: blob.type, size, scenario: /If \$9\.9 billion is secured/.test(text), sources: /Sources: Source A/.test(text), address: /secured=9\.9/.test(text) };
        };
        const started = Date.now();
        const wait = () => {
          if (names.length === 2 && blobs.length === 2) {
            URL.createObjectURL = createObjectURL;
            HTMLAnchorElement.prototype.click = click;
            Promise.all(blobs.map((blob, index) => open(blob, names[index]))).then(done, (error) => done(String(error)));
          } else if (Date.now() - started > 10_000) done(`only ${names.length} files`);
          else setTimeout(wait, 50);
        };
        wait();
      });
      assert.equal(typeof opened, 'object', String(opened));
      const [svg, png] = [...opened].sort((a, b) => a.name.localeCompare(b.name)).reverse();
      assert.deepEqual([svg.name, svg.type, svg.scenario, svg.sources, svg.address], ['stargate-scenario-chart.svg', 'image/svg+xml;charset=utf-8', true, true, true]);
      assert.equal(svg.size?.[0], 960, 'the SVG opens as an image 960 px wide');
      assert.deepEqual([png.name, png.type], ['stargate-scenario-chart.png', 'image/png']);
      assert.deepEqual(png.size, [1920, 2 * svg.size[1]], 'the PNG opens as an image at twice the size');
      assert.deepEqual(await problems(browser), []);
    });

    test('the single file comes to life from file:// with no page errors', async () => {
      await clearProblems(browser);
      await openLive(browser, SINGLE_FILE);
      await click(browser, await element(browser, '.step-nav__button--next'));
      await atStep(browser, 1, 'Next, from file://');
      assert.deepEqual(await problems(browser), []);
    });
  });
}
