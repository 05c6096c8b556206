// End-to-end: the calculator is a chunk of the explainer's WebAssembly (src/chunks.rs), split
// off the main module and sharing its runtime. The first load leaves it out; it comes when the
// reader nears its step, heads for it, or the browser is idle, at once for an address that
// opens it; the calculator's root and the walkthrough's never take each other's events; a
// chunk that cannot be fetched is said so, and tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { calculatorReady, openLive, servedSite } from '../support/site.mjs';

const site = servedSite('/islands/stargate/');

/** The calculator's chunk, as scripts/split-wasm.mjs names it. */
const CHUNK = /\/calculator-[0-9a-f]{16}\.wasm$/;
const isCalculatorChunk = (url) => CHUNK.test(new URL(url).pathname);

/** In the page: when the walkthrough went live, and when the calculator's chunk was asked for. */
function timings() {
  const live = performance.getEntriesByName('stargate:live')[0]?.startTime ?? null;
  const calculator = performance
    .getEntriesByType('resource')
    .filter((entry) => /\/calculator-[0-9a-f]{16}\.wasm$/.test(new URL(entry.name).pathname))
    .map((entry) => entry.startTime);
  return { live, calculator };
}

/** A context whose pages' idle callbacks never come. */
async function contextWithoutIdle() {
  const context = await site.browser.newContext();
  // The idle callback is the only way the calculator loads without the reader: take it away,
  // so what remains is the reader's approach.
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  return context;
}

test('the first load leaves the calculator out; it is fetched a few seconds after the walkthrough is live, once the browser is idle', async () => {
  const context = await site.browser.newContext();
  try {
    const requested = [];
    context.on('request', (request) => isCalculatorChunk(request.url()) && requested.push(request.url()));
    const { page, problems } = await openLive(site, context, '', { calculator: false });
    assert.deepEqual((await page.evaluate(timings)).calculator, [], 'nothing asked for when the walkthrough is live');
    await calculatorReady(page);
    const { live, calculator } = await page.evaluate(timings);
    assert.equal(calculator.length, 1, `the chunk, once: ${requested.join(', ')}`);
    for (const at of calculator) assert.ok(at > live, `asked for at ${at} ms, after the walkthrough went live at ${live} ms`);
    assert.equal(new Set(requested).size, 1, 'one chunk (the service worker may ask for it too, to keep it offline)');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an address that opens the calculator, or carries a scenario, fetches it as the walkthrough goes live, and its scenario applies', async () => {
  for (const query of ['?step=do-the-math&pledge=300', '?view=calculator&pledge=300', '?step=the-feud&pledge=300']) {
    // Without an idle browser or a reader heading for it: the address alone asks for it.
    const context = await contextWithoutIdle();
    try {
      const { page, problems } = await openLive(site, context, query, { calculator: false });
      await calculatorReady(page);
      const { calculator } = await page.evaluate(timings);
      assert.equal(calculator.length, 1, query);
      assert.equal(await page.inputValue('#calc-pledge-slider'), '300', query);
      assert.deepEqual(problems, [], query);
    } finally {
      await context.close();
    }
  }
});

test('without an idle browser, the calculator comes when the reader heads for its step (pointer, focus, click) or nears it', async () => {
  const context = await contextWithoutIdle();
  try {
    const { page, problems } = await openLive(site, context, '', { calculator: false });
    assert.deepEqual((await page.evaluate(timings)).calculator, [], 'nothing asked for at the first step');
    // A pointer on the progress list's link to the calculator's step.
    await page.hover('.step-progress a[href^="?step=do-the-math"]');
    await calculatorReady(page);

    // Focus reaching that link does the same.
    const byFocus = await openLive(site, context, '', { calculator: false });
    await byFocus.page.focus('.step-progress a[href^="?step=do-the-math"]');
    await calculatorReady(byFocus.page);

    // A click with no pointer over it first (a script's, a switch's): the chunk is asked for
    // as the click starts, before the walkthrough has moved to the step.
    const byClick = await openLive(site, context, '', { calculator: false });
    await byClick.page.evaluate(() => {
      const fetch = window.fetch;
      window.fetch = (input, ...rest) => {
        if (/\/calculator-[0-9a-f]{16}\.wasm$/.test(new URL(input, location.href).pathname)) {
          window.__askedBeforeTheMove ??= document.querySelector('#step-do-the-math.step--current') === null;
        }
        return fetch(input, ...rest);
      };
      document.querySelector('.step-progress a[href^="?step=do-the-math"]').click();
    });
    await calculatorReady(byClick.page);
    assert.equal(await byClick.page.evaluate(() => window.__askedBeforeTheMove), true);

    // The step before the calculator's.
    const near = await openLive(site, context, '?step=the-politics', { calculator: false });
    await calculatorReady(near.page);
    assert.deepEqual([...problems, ...byFocus.problems, ...byClick.problems, ...near.problems], []);
  } finally {
    await context.close();
  }
});

test('clicks in the calculator are the calculator’s alone: the walkthrough takes none of them', async () => {
  const context = await site.browser.newContext();
  try {
    const { page, problems } = await openLive(site, context, '?step=do-the-math');
    const address = () => page.evaluate(() => new URL(location.href).searchParams.get('step'));
    const buttons = page.locator('#calculator button');
    const count = await buttons.count();
    assert.ok(count >= 5, `presets and actions: ${count}`);
    // Each of the walkthrough's own listeners would move, open or close something: a wrong
    // one run by a calculator click would change the step, the address or the open passage.
    for (let index = 0; index < count; index++) {
      const button = buttons.nth(index);
      if (!(await button.isVisible())) continue;
      const label = await button.textContent();
      if (/Download/.test(label)) continue; // starts a download; its own test covers it
      await button.click();
      assert.equal(await page.locator('.step--current').getAttribute('id'), 'step-do-the-math', `after “${label}”`);
      assert.equal(await address(), 'do-the-math', `after “${label}”`);
    }
    // A click the walkthrough took would run its listener of the same index, as often as not
    // a link to a step: from another step, one that leads back to the calculator's shows too.
    await page.click('.step-nav__button--previous');
    const from = await address();
    await page.evaluate(() => {
      for (const button of document.querySelectorAll('#calculator button')) {
        if (!button.closest('.calculator__downloads')) button.click();
      }
    });
    assert.equal(await address(), from, 'every button of the calculator clicked from the step before');
    // Why neither takes the other's: Yew numbers its roots and marks the elements it listens
    // on with that number, and the one runtime numbers the calculator's root after the
    // walkthrough's.
    const numbers = await page.evaluate(() => ['app', 'calculator-island'].map((id) => document.getElementById(id).__yew_subtree_id));
    assert.notEqual(numbers[0], numbers[1], `the two roots are numbered ${numbers}`);
    await page.click('.step-nav__button--next');
    await page.click('#calculator .calculator__preset >> nth=1');
    await page.waitForFunction(() => document.querySelector('#calc-secured-slider').value === '9.9');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a calculator that cannot be fetched says so, and comes when the reader returns to its step', async () => {
  const context = await contextWithoutIdle();
  try {
    let refuse = true;
    await context.route(CHUNK, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    const { page } = await openLive(site, context, '?step=do-the-math', { calculator: false });
    const notice = page.locator('#calculator-load-status');
    await page.waitForFunction(() => /could not load/.test(document.querySelector('#calculator-load-status').textContent));
    assert.match(await notice.textContent(), /check your connection/);
    assert.equal(await notice.getAttribute('role'), 'status', 'said to screen readers too');

    refuse = false;
    await page.click('.step-nav__button--previous');
    await page.click('.step-nav__button--next');
    await calculatorReady(page);
    assert.ok(await page.locator('#step-do-the-math.step--current').isVisible());
    await page.click('#calculator .calculator__preset >> nth=1');
    await page.waitForFunction(() => document.querySelector('#calc-secured-slider').value === '9.9');
    await page.waitForFunction(() => document.querySelector('#calculator-load-status').textContent === '');
  } finally {
    await context.close();
  }
});

test('what the reader did in the calculator before its module came is kept: a typed value, a moved slider, focus', async () => {
  const context = await contextWithoutIdle();
  try {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route(CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    const { page, problems } = await openLive(site, context, '?step=do-the-math', { calculator: false });
    const before = await page.textContent('.calculator__summary');
    await page.fill('#calc-pledge', '320');
    await page.focus('#calc-secured-slider');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#calc-secured-slider'), '0.1', 'the prerendered slider moves on its own');
    release();
    await calculatorReady(page);
    assert.equal(await page.inputValue('#calc-pledge'), '320');
    assert.equal(await page.inputValue('#calc-pledge-slider'), '320', 'taken by the calculator');
    assert.equal(await page.inputValue('#calc-secured-slider'), '0.1');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'calc-secured-slider', 'focus stays where it was');
    assert.notEqual(await page.textContent('.calculator__summary'), before);
    assert.match(await page.textContent('.calculator__summary'), /If \$0\.1 billion is secured.*planned \$320 billion/);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pledge') === '320');
    assert.equal(await page.locator('#calculator-island').count(), 1, 'one calculator in the page');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the live calculator takes the prerendered one’s place with nothing drawn in between, and answers at once', async () => {
  const context = await site.browser.newContext();
  try {
    // Before each frame is drawn: was the calculator's root there, and empty? Its module puts
    // an empty root in the prerendered one's place and renders into it in the same task.
    await context.addInitScript(() => {
      window.__framesWithoutCalculator = 0;
      const look = () => {
        const root = document.getElementById('calculator-island');
        if (root && !root.querySelector('.calculator')) window.__framesWithoutCalculator++;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}?step=do-the-math`);
    await calculatorReady(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await page.evaluate(() => window.__framesWithoutCalculator), 0);
    // Live means answering: the slider moves the summary.
    const before = await page.locator('.calculator__summary').textContent();
    await page.focus('#calc-secured-slider');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before);
  } finally {
    await context.close();
  }
});
