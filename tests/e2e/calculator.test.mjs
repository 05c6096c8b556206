// End-to-end: the funding calculator, by keyboard, through the address and storage, with
// presets, hostile values and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { stopClock, withContext } from '../support/browser.mjs';
import { calculatorReady, openLive, servedSite } from '../support/site.mjs';
import { axeViolations } from '../support/axe.mjs';

const site = servedSite('/graphics/stargate/');

const open = (context, query = '?step=do-the-math') => openLive(site, context, query);

const readings = (page) =>
  page.evaluate(() => ({
    summary: document.querySelector('.calculator__summary').textContent,
    pledge: document.querySelector('#calc-pledge').value,
    secured: document.querySelector('#calc-secured').value,
    chart: [...document.querySelectorAll('.funding-chart__column')].map((column) => column.getAttribute('y')).join(' '),
    rows: [...document.querySelectorAll('.funding-chart__table tbody tr:not([hidden])')].length,
    query: location.search,
  }));

test('moving a slider with the keyboard updates the outputs, the chart and the address', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await open(context);
  const before = await readings(page);
  await page.focus('#calc-pledge-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before.summary);
  // The address is written once the scenario holds still.
  await page.waitForFunction(() => location.search.includes('pledge=510'));
  const after = await readings(page);
  assert.equal(after.pledge, '510');
  assert.match(after.summary, /planned \$510 billion/);
  assert.notEqual(after.chart, before.chart);
  assert.match(after.query, /pledge=510/);
  assert.match(after.query, /step=do-the-math/);
  assert.equal(await page.locator('#calc-pledge-slider').getAttribute('aria-valuetext'), '$510 billion');
  await page.focus('#calc-years-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelectorAll('.funding-chart__table tbody tr:not([hidden])').length === 5);
  assert.deepEqual(problems, []);
}));

test('a reload keeps the scenario, storage restores it, and a copied link reproduces it', () => withContext(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
  const { page } = await open(context);
  await page.fill('#calc-secured', '42.5');
  await page.waitForFunction(() => location.search.includes('secured=42.5'));
  const chosen = await readings(page);
  // The calculator's own module sets its values: until it has come, the page shows the
  // prerendered defaults, so each reading waits for it.
  await page.reload();
  await page.waitForSelector('html[data-live="true"]');
  await calculatorReady(page);
  assert.equal((await readings(page)).summary, chosen.summary, 'reload');
  // Without the scenario in the address, local storage brings it back.
  await page.goto(site.server.url + '?step=do-the-math');
  await page.waitForSelector('html[data-live="true"]');
  await calculatorReady(page);
  assert.equal((await readings(page)).secured, '42.5', 'storage');
  // The copy button puts the address on the clipboard; a fresh browser opens the same numbers.
  await page.locator('.calculator__action', { hasText: 'Copy link' }).click();
  await page.locator('.calculator__copied', { hasText: 'Link copied' }).waitFor();
  assert.equal(await page.locator('#calc-link').isHidden(), true, 'no field to copy from when the clipboard took it');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /secured=42.5/);
  await withContext(site.browser, {}, async (fresh) => {
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForSelector('html[data-live="true"]');
    await calculatorReady(other);
    assert.equal((await readings(other)).summary, chosen.summary, 'copied link');
  });
}));

test('where the clipboard refuses, "Copy link" says so and selects the link to copy by hand', () => withContext(site.browser, {}, async (context) => {
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  const { page, problems } = await open(context);
  assert.equal(await page.locator('#calc-link').isHidden(), true, 'no link field before a refusal');
  await page.fill('#calc-secured', '42.5');
  await page.waitForFunction(() => location.search.includes('secured=42.5'));
  await page.locator('.calculator__action', { hasText: 'Copy link' }).click();
  const status = page.locator('.calculator__copied', { hasText: 'did not let the page copy' });
  await status.waitFor();
  assert.doesNotMatch(await status.innerText(), /copied/i, 'never "copied" when it was not');
  const field = await page.evaluate(() => {
    const input = document.getElementById('calc-link');
    return {
      shown: !input.hidden && input.getBoundingClientRect().height > 0,
      focused: document.activeElement === input,
      selected: input.selectionStart === 0 && input.selectionEnd === input.value.length && input.value.length > 0,
      value: input.value,
      page: location.origin + location.pathname,
    };
  });
  assert.deepEqual([field.shown, field.focused, field.selected], [true, true, true], 'the link is shown, focused and selected');
  assert.ok(field.value.startsWith(field.page), field.value);
  assert.match(field.value, /secured=42\.5/);
  assert.deepEqual(problems, []);
}));

test('the presets set their values, each tagged with its source or as an assumption', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await open(context);
  await page.locator('.calculator__preset', { hasText: 'If $9.9 billion is secured' }).click();
  await page.waitForFunction(() => document.querySelector('#calc-secured').value === '9.9');
  // $9.9 billion is a reading of Musk's "well under $10B", not his figure: an assumption that
  // says so, linked to the calculator's note on its assumptions.
  assert.match(await page.locator('#calc-secured-source').textContent(), /^Assumption: Musk’s “well under \$10B”, for SoftBank alone/);
  const securedHref = await page.locator('#calc-secured-source').getAttribute('href');
  assert.equal(securedHref, '#calculator-assumptions', 'an assumption links to the note on assumptions');
  await page.locator('.calculator__preset', { hasText: 'If $100 billion is secured' }).click();
  await page.waitForFunction(() => document.querySelector('#calc-secured').value === '100');
  assert.match(await page.locator('#calc-pledge-source').textContent(), /up to \$500 billion/);
  assert.match(await page.locator('#calc-initial-source').textContent(), /begin deploying \$100 billion immediately/);
  assert.match(await page.locator('#calc-jobs-source').textContent(), /^Assumption: Source B’s “over 100,000 jobs”, taken at 100,000\./);
  assert.match(await page.locator('#calc-secured-source').textContent(), /^Assumption/);
  // A cited value's tag opens its passage in the source article: the one it links to.
  const pledgeHref = await page.locator('#calc-pledge-source').getAttribute('href');
  assert.match(pledgeHref, /^#passage-\d+$/);
  await page.locator('#calc-pledge-source').click();
  await page.locator(`mark${pledgeHref}.passage--open`).waitFor();
  assert.match(await page.locator('.passage--open').textContent(), /up to \$500 billion/);
  // Reset brings back the defaults.
  await page.locator('.calculator__preset', { hasText: 'Reset' }).click();
  await page.waitForFunction(() => document.querySelector('#calc-secured').value === '0' && document.querySelector('#calc-jobs').value === '100000');
  assert.match(await page.locator('#calc-secured-source').textContent(), /Assumption/);
  assert.deepEqual(problems, []);
}));

test('typing key by key into each field changes no other field; a capped value comes back when the total rises', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await open(context);
  const values = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#calculator .calc-field__number')].map((input) => [input.id, input.value])));
  // What a reader types into each, after selecting what is there: the 250 and 1000
  // into the planned total (each once lowered the first tranche to 10 for good), a first tranche
  // beyond the total, a decimal, and a number with a thousands comma.
  const typing = [['#calc-pledge', '250'], ['#calc-pledge', '1000'], ['#calc-initial', '700'], ['#calc-secured', '42.5'], ['#calc-years', '7'], ['#calc-jobs', '250,000'], ['#calc-pledge', '50']];
  for (const [field, text] of typing) {
    const before = await values();
    await page.focus(field);
    await page.keyboard.press('ControlOrMeta+A');
    for (const key of text) {
      await page.keyboard.type(key);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      const now = await values();
      for (const [id, value] of Object.entries(before)) {
        if (`#${id}` !== field) assert.equal(now[id], value, `typing ${text} into ${field}: ${id} kept its value`);
      }
    }
    assert.equal(await page.inputValue(field), text, `${field} shows what was typed`);
    await page.keyboard.press('Tab');
  }
  // The total is now 50: the first tranche keeps the reader's 700 and says what counts.
  assert.equal(await page.inputValue('#calc-initial'), '700');
  await page.locator('#calc-initial-message', { hasText: 'More than the planned total, so it counts as 50' }).waitFor();
  assert.equal(await page.getAttribute('#calc-initial', 'aria-invalid'), null, 'a capped value is not a wrong one');
  assert.match(await page.locator('.calculator__summary').textContent(), /If \$42\.5 billion is secured/);
  // The address holds what the reader set, capped or not.
  await page.waitForFunction(() => location.search.includes('pledge=50&') && location.search.includes('initial=700'));
  // Raised again, the total lets the reader's value count: nothing was lost.
  await page.focus('#calc-pledge');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('900');
  await page.locator('#calc-initial-message').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  assert.match(await page.locator('.calculator__summary').textContent(), /of a first tranche of \$700 billion/);
  // Half-typed or empty, a field says so and the results stay as they were.
  const summary = await page.locator('.calculator__summary').textContent();
  await page.focus('#calc-secured');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.locator('#calc-secured-message', { hasText: 'Type a number from 0 to 1000' }).waitFor();
  assert.equal(await page.locator('.calculator__summary').textContent(), summary);
  assert.deepEqual(problems, []);
}));

test('typed values are checked as they are typed; bad link values get a notice', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await open(context, '?step=do-the-math&pledge=abc&years=99&split=1,2&secured=%3Cb%3E');
  const notice = await page.locator('.calculator__notice').textContent();
  assert.match(notice, /Planned total \(up to\): “abc” is not a number/);
  assert.match(notice, /Period: 99 is more than the most/);
  assert.match(notice, /financing split/);
  assert.equal((await readings(page)).rows, 10);
  await page.fill('#calc-pledge', '2000');
  await page.locator('#calc-pledge-message', { hasText: 'Using 1000' }).waitFor();
  assert.equal(await page.inputValue('#calc-pledge'), '2000', 'what was typed stays');
  await page.fill('#calc-pledge', 'lots');
  await page.locator('#calc-pledge-message', { hasText: 'not a number' }).waitFor();
  assert.equal(await page.getAttribute('#calc-pledge', 'aria-invalid'), 'true');
  // Setting one share rebalances the others to 100%.
  await page.fill('#calc-split-0', '70');
  await page.waitForFunction(() => [...document.querySelectorAll('.calc-split__number')].reduce((t, i) => t + Number(i.value), 0) === 100
    && document.querySelector('#calc-split-0').value === '70');
  assert.deepEqual(problems, []);
}));

test('the calculator works in a page whose storage throws', () => withContext(site.browser, {}, async (context) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const { page, problems } = await open(context);
  await page.focus('#calc-initial-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('initial=105'));
  assert.deepEqual(problems.filter((p) => !p.includes('denied')), []);
}));

test('axe-core finds no violation in the calculator, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // bypassCSP: axe-core is injected as an inline script, which the page's policy refuses.
    await withContext(site.browser, { colorScheme, bypassCSP: true }, async (context) => {
      const { page } = await open(context, '?step=do-the-math&pledge=abc');
      await page.fill('#calc-secured', 'lots');
      assert.deepEqual(await axeViolations(page, '#calculator'), [], colorScheme);
    });
  }
});

test('the scenario downloads as CSV, and the live region speaks once the sliders settle', () => withContext(site.browser, { acceptDownloads: true }, async (context) => {
  // Page time moves only when the test moves it: "while the slider moves" is exactly that,
  // however slowly the keys arrive.
  await stopClock(context);
  const { page, problems } = await open(context, '?step=do-the-math&secured=9.9');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.calculator__action', { hasText: 'CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'stargate-scenario.csv');
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.match(csv, /^Stargate funding scenario\r\n/);
  assert.match(csv, /\r\nAssumed secured,9\.9,\$ billion,"Assumption: Musk’s “well under \$10B”, for SoftBank alone/);
  assert.match(csv, /\r\n2028,133.33,500.00,490.10\r\n/);

  const live = page.locator('#calculator > [aria-live]');
  assert.equal(await live.textContent(), '', 'nothing is announced when the page opens');
  await page.focus('#calc-pledge-slider');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#calc-pledge-slider'), '550', 'the slider moved');
  assert.equal(await live.textContent(), '', 'nothing while the slider moves');
  // Within 3 s of page time once it holds still (it was up to 3 s of real time).
  await context.clock.runFor(3000);
  await live.filter({ hasText: 'planned $550 billion' }).waitFor();
  assert.deepEqual(problems, []);
}));

test('below the fold the calculator’s blocks wait unrendered, and come into view whole: no shift, focus rings unclipped, none left out for an #anchor', async () => {
  // The blocks left unrendered (content-visibility: auto): shown, but their contents skipped.
  const unrendered = (page) =>
    page.evaluate(() =>
      ['.calc-split', '.funding-chart', '.calc-results', '.calculator__actions', '.calculator__assumptions'].filter((block) => {
        const inside = document.querySelector(`#calculator-island ${block} > *`);
        return inside.checkVisibility() && !inside.checkVisibility({ contentVisibilityAuto: true });
      }),
    );
  for (const [width, height] of [[390, 844], [1280, 720]]) {
    await withContext(site.browser, { viewport: { width, height } }, async (context) => {
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
      });
      const { page, problems } = await openLive(site, context, '', { calculator: false });
      await page.locator('.step-progress a[href^="?step=do-the-math"]').click();
      await calculatorReady(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // The step opens at its heading: the results, the actions and the notes are well below.
      const waiting = await unrendered(page);
      for (const block of ['.calc-results', '.calculator__actions', '.calculator__assumptions']) {
        assert.ok(waiting.includes(block), `${width} px: ${block} waits unrendered (${waiting})`);
      }
      // Scrolled through by the wheel, half a screen at a time, each is laid out whenever it is
      // on screen, and nothing on screen moves as it comes into view (its estimate is only ever
      // below the screen). Blocks far off screen may be skipped again, so each is checked while
      // it is in view, not all at once at the end.
      const onScreenUnrendered = (page) =>
        page.evaluate(() =>
          ['.calc-split', '.funding-chart', '.calc-results', '.calculator__actions', '.calculator__assumptions'].map((block) => {
            const element = document.querySelector(`#calculator-island ${block}`);
            const box = element.getBoundingClientRect();
            const inside = element.firstElementChild;
            const onScreen = box.bottom > 0 && box.top < innerHeight;
            return { block, onScreen, waiting: inside.checkVisibility() && !inside.checkVisibility({ contentVisibilityAuto: true }) };
          }),
        );
      const seen = new Set();
      await page.mouse.move(width / 2, height / 2);
      for (let turn = 0; turn < 60 && seen.size < 5; turn++) {
        await page.mouse.wheel(0, height / 2);
        // Until the scroll holds still, read just after a frame is drawn (a frame finds what is
        // near the screen and lays it out after its animation callbacks run).
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              let last = -1;
              const drawn = () =>
                requestAnimationFrame(() =>
                  setTimeout(() => {
                    if (scrollY === last) return resolve();
                    last = scrollY;
                    drawn();
                  }),
                );
              drawn();
            }),
        );
        for (const { block, onScreen, waiting } of await onScreenUnrendered(page)) {
          if (!onScreen) continue;
          assert.equal(waiting, false, `${width} px: ${block} is laid out while on screen`);
          seen.add(block);
        }
      }
      assert.equal(seen.size, 5, `${width} px: every block came on screen (${[...seen]})`);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${width} px: no layout shift`);
      // A block clips what it paints, but not the focus ring of what is at its edge. Reached
      // by the keyboard, as its ring shows only then (:focus-visible).
      await page.locator('.calculator__action').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.matches('.calculator__action:focus-visible')), true);
      const room = await page.evaluate(() => {
        const focused = getComputedStyle(document.activeElement);
        const block = getComputedStyle(document.activeElement.closest('.calculator__actions'));
        return { ring: parseFloat(focused.outlineWidth) + parseFloat(focused.outlineOffset), margin: parseFloat(block.overflowClipMargin), visibility: block.contentVisibility };
      });
      assert.equal(room.visibility, 'auto');
      assert.ok(room.ring > 0 && room.margin >= room.ring, `${width} px: the focus ring (${room.ring} px) paints within the clip margin (${room.margin} px)`);
      assert.deepEqual(problems, []);
    });
  }
  // With an #anchor in the address, which may be below the calculator (all of it shows
  // without JavaScript), nothing in the calculator is left at an estimate.
  await withContext(site.browser, { javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}#sources`);
    assert.deepEqual(await unrendered(page), []);
    await page.goto(site.server.url);
    assert.ok((await unrendered(page)).length > 0, 'without an anchor, the blocks below the fold wait');
  });
});

/** The chart as a reader sees it: its drawing's width against its card's, its smallest text. */
const chartSizes = (frame) =>
  frame.evaluate(() => {
    const drawing = document.querySelector('#calculator .funding-chart__drawing').getBoundingClientRect();
    const card = document.querySelector('#calculator .funding-chart').getBoundingClientRect();
    const texts = [...document.querySelectorAll('#calculator .funding-chart__drawing text')].filter((text) => text.checkVisibility());
    const secured = getComputedStyle(document.querySelector('#calculator .funding-chart__secured'));
    return {
      drawing: Math.round(drawing.width),
      card: Math.round(card.width),
      height: Math.round(drawing.height),
      smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize))),
      // Told apart without colour: columns (rectangles) for the money needed, a dashed line for
      // the money secured.
      columns: document.querySelectorAll('#calculator .funding-chart__drawing rect.funding-chart__column').length,
      dashed: secured.strokeDasharray !== 'none',
    };
  });

/** What the chart reads out for the year the reader is on. */
const chartReading = (page) => page.locator('#calculator .funding-chart__reading').textContent();

test('the chart uses its card’s width at 360, 640 and 1280 px, with text of at least 12 px, needed and secured told apart without colour', async () => {
  for (const width of [360, 640, 1280]) {
    await withContext(site.browser, { viewport: { width, height: 900 } }, async (context) => {
      const { page, problems } = await open(context);
      await page.locator('#calculator .funding-chart').scrollIntoViewIfNeeded();
      const sizes = await chartSizes(page);
      assert.ok(sizes.drawing >= sizes.card - 1, `${width} px: the drawing is as wide as its card (${sizes.drawing} of ${sizes.card} px)`);
      assert.ok(sizes.height >= 200, `${width} px: ${sizes.height} px tall`);
      assert.ok(sizes.smallest >= 12, `${width} px: its smallest text is ${sizes.smallest} px`);
      assert.deepEqual([sizes.columns, sizes.dashed], [4, true], `${width} px: a column a year, a dashed line secured`);
      assert.deepEqual(problems, []);
    });
  }
});

test('a year reads on the chart by pointer, touch and keyboard, and the step stays', () => withContext(site.browser, { hasTouch: true, viewport: { width: 390, height: 844 } }, async (context) => {
  const { page, problems } = await open(context, '?step=do-the-math&secured=100');
  const plot = page.locator('#calculator .funding-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  // Before the reader chooses, the total is labelled and the last year read.
  assert.match(await chartReading(page), /^2028: \$500 billion assumed spent by the end of the year/);
  // A point over a year's column, in the plot's own box: Playwright finds the plot where it is
  // at the moment of the action, once it holds still (the blocks above it may still be laid
  // out as they come into view, and move it).
  const { width, height } = await plot.boundingBox();
  const at = (year) => ({ position: { x: width * (year + 0.5) / 4, y: height / 2 } });
  // A pointer over the second year's column.
  await plot.hover(at(1));
  await page.locator('#calculator .funding-chart__reading', { hasText: /^2026: \$233\.3 billion/ }).waitFor();
  assert.equal(await page.locator('#calculator .funding-chart__column--chosen').count(), 1);
  assert.match(await page.locator('#calculator .funding-chart__label--value').textContent(), /\$233\.3bn/);
  // A tap on the third.
  await plot.tap(at(2));
  await page.locator('#calculator .funding-chart__reading', { hasText: /^2027: \$366\.7 billion/ }).waitFor();
  // The keyboard: the chart is a slider over the years; ← and Home move it, not the walkthrough.
  await plot.focus();
  await page.keyboard.press('ArrowLeft');
  await page.locator('#calculator .funding-chart__reading', { hasText: /^2026:/ }).waitFor();
  await page.keyboard.press('Home');
  await page.locator('#calculator .funding-chart__reading', { hasText: /^2025: \$100 billion assumed spent by the end of the year, \$0 billion beyond/ }).waitFor();
  assert.equal(await plot.getAttribute('aria-valuenow'), '2025');
  assert.match(await plot.getAttribute('aria-valuetext'), /^2025: /);
  assert.equal(new URL(page.url()).searchParams.get('step'), 'do-the-math', 'the step did not change');
  assert.equal(await page.locator('#step-do-the-math.step--current').count(), 1);
  assert.deepEqual(problems, []);
}));

/** A downloaded file's bytes. */
const bytesOf = async (download) => Buffer.concat(await (await download.createReadStream()).toArray());

/** Opens an image's bytes as an image in `page`: its natural size, or an error. */
const openAsImage = (page, bytes, type) =>
  page.evaluate(
    ({ base64, type }) =>
      new Promise((resolve) => {
        const image = new Image();
        image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
        image.onerror = () => resolve({ error: 'did not open' });
        // A data: address, which the page's policy allows for images (blob: it does not).
        image.src = `data:${type};base64,${base64}`;
      }),
    { base64: bytes.toString('base64'), type },
  );

test('"Download chart" gives an SVG and a PNG, each with its title, the scenario, the sources and the address on it', () => withContext(site.browser, { acceptDownloads: true }, async (context) => {
  const { page, problems } = await open(context, '?step=do-the-math&secured=9.9');
  const take = async (format) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.calculator__action', { hasText: `Download chart as ${format}` }).click()]);
    return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
  };
  const svg = await take('SVG');
  assert.equal(svg.name, 'stargate-scenario-chart.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="960" height="(\d+)"/);
  // Its words, whatever their lines.
  const words = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.ok(words.includes('Stargate: one assumed scenario of its spending, year by year (the articles: it plans to invest “up to $500 billion”)'), words);
  assert.match(text, /If \$9\.9 billion is secured, 9\.9% of a first tranche of \$100 billion is covered/);
  // Lines of the footer, as wrapped.
  assert.match(text, />Sources: Source A, “Elon Musk and Sam Altman Clash Over Stargate Project on Social Media” \(NationPress\);<\/text>/);
  assert.match(text, />Source B, which states no headline or outlet\./);
  assert.match(text, />Stargate, explained:<\/text><text [^>]+>http:\/\/127\.0\.0\.1:\d+\/graphics\/stargate\/\?step=do-the-math&amp;secured=9\.9&amp;/);
  assert.doesNotMatch(text, /class=|%"/, 'its looks written out, in pixels');
  const height = Number(text.match(/height="(\d+)"/)[1]);
  assert.deepEqual(await openAsImage(page, svg.bytes, 'image/svg+xml'), { width: 960, height });

  const png = await take('PNG');
  assert.equal(png.name, 'stargate-scenario-chart.png');
  assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual(await openAsImage(page, png.bytes, 'image/png'), { width: 1920, height: 2 * height }, 'drawn at twice the size');
  assert.deepEqual(problems, []);
}));
