// Cross-engine: the embed's card (embed.html) in a host page on another origin (another
// port, no CORS headers) with the shipped embed.js, plain and sandboxed with allow-scripts:
// the frame is sized to its content after load and after a step change. Also each variant's
// height at 360 and 640 px, a passage opened in place by keyboard, AMP's resize request, and
// the "Embed this" panel's previews, each shown whole.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, Key, TIMEOUT, clearProblems, clickInFrame, element, openLive, press, problems, record, startBrowser, waitUntil } from '../support/webdriver.mjs';
import { FRAME_HEIGHT, LIMITS, WIDTHS, variants } from '../support/embed-heights.mjs';
import { previewReport, previewsSettle } from '../support/embed-previews.mjs';

const hostPage = (src, sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>A news article</h1>
<iframe id="frame" src="${src}" data-stargate-explainer title="Stargate, explained" ${sandbox ? 'sandbox="allow-scripts"' : ''} style="width:100%;border:0;height:150px"></iframe>
<p>After the explainer.</p><script src="${new URL('embed.js', src)}"></script></body></html>`;

let site;
let host;
before(async () => {
  site = await serveFolder(DIST, { prefix: '/news/stargate/' });
  const src = `${site.url}embed.html?id=x`;
  const sized = (width) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Column</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="frame" title="Stargate, explained" style="display:block;width:${width}px;height:${FRAME_HEIGHT}px;border:0"></iframe></body></html>`;
  host = await serveFolder(DIST, {
    prefix: '/nothing-here/',
    pages: {
      '/plain.html': hostPage(src, false),
      '/sandboxed.html': hostPage(src, true),
      '/sandboxed-calculator.html': hostPage(`${site.url}embed.html?view=calculator&id=c`, true),
      '/amp.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AMP</title><link rel="icon" href="data:,"></head><body>
<iframe id="frame" src="${site.url}embed.html?id=amp" title="Stargate, explained" style="width:100%;height:300px;border:0"></iframe>
<script>window.ampMessages = []; addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') window.ampMessages.push(e.data); });</script></body></html>`,
      ...Object.fromEntries(WIDTHS.map((width) => [`/column-${width}.html`, sized(width)])),
      // The full page in a frame the test narrows: neither engine's window gets as narrow as 390 px.
      '/page.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="frame" src="${site.url}?step=the-money" title="Stargate, explained" style="display:block;width:1280px;height:900px;border:0"></iframe></body></html>`,
    },
  });
  assert.notEqual(new URL(site.url).origin, new URL(host.url).origin);
});
after(async () => {
  await site?.close();
  await host?.close();
});

/**
 * Waits until the frame is live and its height is within 2 px of its content's (and
 * more than 200 px). Reads the frame's box in the host page and the content's inside the
 * frame (WebDriver switches into it; the host's scripts cannot look into another origin).
 * Resolves to the sizes; on a timeout the message says what was last seen.
 */
async function fits(browser) {
  const { driver } = browser;
  let seen = 'nothing yet';
  const sizes = await driver.wait(
    async () => {
      const frame = await driver.findElement({ css: '#frame' });
      const outer = await driver.executeScript('return arguments[0].getBoundingClientRect().height', frame);
      await driver.switchTo().frame(frame);
      try {
        // The recorder, for WebKit, whose page errors only an in-page recorder sees.
        await record(browser);
        const inner = await driver.executeScript(() => ({
          live: document.documentElement.dataset.live === 'true',
          height: document.documentElement.getBoundingClientRect().height,
          problems: window.__problems,
        }));
        seen = `frame ${outer}px, content ${inner.height}px, live: ${inner.live}, in-frame problems: ${JSON.stringify(inner.problems)}`;
        return inner.live && inner.height > 200 && Math.abs(outer - inner.height) <= 2 && { outer, inner: inner.height };
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    TIMEOUT,
    () => `the frame did not fit its content: ${seen}; engine reports: ${JSON.stringify(browser.problems)}`,
  );
  return sizes;
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await startBrowser(engine);
    });
    after(() => browser?.quit());

    for (const kind of ['plain', 'sandboxed']) {
      test(`a ${kind} iframe on another origin fits its content, after load and after a step change`, async () => {
        const { driver } = browser;
        await clearProblems(browser);
        await driver.get(new URL(`/${kind}.html`, host.url).href);
        await record(browser);
        const first = await fits(browser);

        const frame = await driver.findElement({ css: '#frame' });
        await driver.switchTo().frame(frame);
        try {
          await element(browser, '.step-nav');
          // The full page's other sections stay out of the card.
          for (const absent of ['.summary', '.sources', '.differences']) {
            assert.equal((await driver.findElements({ css: absent })).length, 0, `${absent} is not in the card`);
          }
        } finally {
          await driver.switchTo().defaultContent();
        }
        await clickInFrame(browser, frame, '.step-nav__button--next');
        await driver.switchTo().frame(frame);
        try {
          await driver.wait(async () => (await driver.findElements({ css: '#step-who-is-who.step--current' })).length === 1, TIMEOUT, 'the next step');
          assert.deepEqual(await problems(browser), [], `${kind}: nothing wrong in the frame`);
        } finally {
          await driver.switchTo().defaultContent();
        }
        const second = await fits(browser);
        assert.notEqual(Math.round(second.inner), Math.round(first.inner), 'the step changed the height');
        assert.deepEqual(await problems(browser), [], `${kind}: nothing wrong in the host page`);
      });
    }

    test('every variant keeps within its height at 360 and 640 px', async (t) => {
      const { driver } = browser;
      // The steps' slugs, in order, as the built card lists them.
      await openLive(browser, `${site.url}embed.html`);
      const slugs = await driver.executeScript(() => [...document.querySelectorAll('.step')].map((step) => step.id.replace(/^step-/, '')));
      assert.equal(slugs.length, 10);
      const seen = [];
      const over = [];
      for (const width of WIDTHS) {
        await driver.get(new URL(`/column-${width}.html`, host.url).href);
        const frame = await driver.findElement({ css: '#frame' });
        for (const variant of variants(slugs)) {
          // A marker per load, so that the old document is never measured for the new one.
          const marker = `&n=${seen.length}`;
          await driver.executeScript('arguments[0].src = arguments[1]', frame, `${site.url}embed.html${variant.query}${marker}`);
          await driver.switchTo().frame(frame);
          try {
            const height = await driver.wait(
              () =>
                driver.executeAsyncScript((marker, done) => {
                  const root = document.documentElement;
                  const ready = root && location.search.endsWith(marker) && root.dataset.live === 'true' && document.querySelector('.step--current');
                  if (!ready) return done(null);
                  document.fonts.ready.then(() => done(Math.ceil(document.documentElement.getBoundingClientRect().height)));
                }, marker),
              TIMEOUT,
              `${variant.name} at ${width} px: not live`,
            );
            seen.push(`${variant.name} ${width}: ${height}`);
            if (height > variant.limits[width]) over.push(`${variant.name} at ${width} px: ${height} > ${variant.limits[width]}`);
          } finally {
            await driver.switchTo().defaultContent();
          }
        }
      }
      t.diagnostic(`${engine} card heights: ${seen.join('; ')}`);
      assert.deepEqual(over, [], seen.join('; '));
    });

    test('the calculator’s chart fills its card at 360 and 640 px, with text of at least 12 px', async () => {
      const { driver } = browser;
      const seen = [];
      for (const width of WIDTHS) {
        await driver.get(new URL(`/column-${width}.html`, host.url).href);
        const frame = await driver.findElement({ css: '#frame' });
        await driver.executeScript('arguments[0].src = arguments[1]', frame, `${site.url}embed.html?view=calculator&id=chart-${width}`);
        await driver.switchTo().frame(frame);
        try {
          const sizes = await driver.wait(
            () =>
              driver.executeScript(() => {
                if (document.querySelector('#calculator-island')?.dataset.live !== 'true') return null;
                const drawing = document.querySelector('#calculator .funding-chart__drawing').getBoundingClientRect();
                const card = document.querySelector('#calculator .funding-chart').getBoundingClientRect();
                const texts = [...document.querySelectorAll('#calculator .funding-chart__drawing text')].filter((text) => getComputedStyle(text).display !== 'none');
                return {
                  drawing: Math.round(drawing.width),
                  card: Math.round(card.width),
                  smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize))),
                  dashed: getComputedStyle(document.querySelector('#calculator .funding-chart__secured')).strokeDasharray !== 'none',
                };
              }),
            TIMEOUT,
            `the calculator at ${width} px: not live`,
          );
          seen.push(`${width}: ${JSON.stringify(sizes)}`);
          assert.ok(sizes.drawing >= sizes.card - 1 && sizes.card >= width * 0.75, `${width} px: the drawing is as wide as its card (${JSON.stringify(sizes)})`);
          assert.ok(sizes.smallest >= 12, `${width} px: its smallest text is ${sizes.smallest} px`);
          assert.ok(sizes.dashed, `${width} px: the line secured is dashed`);
        } finally {
          await driver.switchTo().defaultContent();
        }
      }
    });

    test('a citation opens its passage in place by keyboard; Escape closes it and focus returns', async () => {
      await clearProblems(browser);
      await openLive(browser, `${site.url}embed.html`);
      // The first citation of the first step, focused as a keyboard would leave it.
      const { id, href, focused } = await browser.driver.executeScript(() => {
        const link = document.querySelector('.step').querySelector('a[href^="#passage-"]');
        link.focus();
        return { id: link.id, href: link.getAttribute('href'), focused: document.activeElement === link };
      });
      assert.ok(id && focused, `the first step's first citation (#${id}) takes focus`);
      assert.match(href, /^#passage-\d+$/);
      await press(browser, Key.ENTER);
      const opened = await waitUntil(
        browser,
        (id) => {
          const card = document.querySelector('.passage-card--open');
          const full = card?.querySelector('a.passage-card__full');
          return card && {
            focused: document.activeElement === card,
            tabindex: card.getAttribute('tabindex'),
            follows: Boolean(card.previousElementSibling?.contains(document.getElementById(id))),
            holder: card.previousElementSibling?.localName,
            marked: card.querySelector('mark.passage-card__passage--open')?.id,
            full: full && [full.target, full.getAttribute('href')],
            close: Boolean(card.querySelector('button.passage-card__close')),
          };
        },
        [id],
        'the passage opens in place',
      );
      const { holder, full, ...rest } = opened;
      assert.ok(['p', 'figure', 'li'].includes(holder), `the card follows a p, figure or li: ${JSON.stringify(opened)}`);
      assert.ok(full?.[0] === '_blank' && full[1]?.endsWith(href), `the full link ${JSON.stringify(full)} opens ${href} in a new tab`);
      assert.deepEqual(rest, { focused: true, tabindex: '-1', follows: true, marked: href.slice(1), close: true });
      await press(browser, Key.ESCAPE);
      const closed = await waitUntil(
        browser,
        (passage) =>
          !document.querySelector('.passage-card--open') && {
            hidden: getComputedStyle(document.getElementById(passage).closest('.passage-card')).display === 'none',
            focus: document.activeElement.id,
          },
        [href.slice(1)],
        'Escape closes it',
      );
      assert.deepEqual(closed, { hidden: true, focus: id });
      assert.deepEqual(await problems(browser), []);
    });

    test('"Embed this" shows each preview whole at 1280 and 390 px, its box following its height', async () => {
      const { driver } = browser;
      await driver.manage().window().setRect({ width: 1400, height: 1000 });
      await driver.get(new URL('/page.html', host.url).href);
      const frame = await driver.findElement({ css: '#frame' });
      await driver.switchTo().frame(frame);
      try {
        await record(browser);
        await waitUntil(browser, () => document.documentElement.dataset.live === 'true', [], 'the page is live');
        await clearProblems(browser);
        await driver.executeScript(() => document.querySelector('.embed-code__toggle').click());
        // The same panel as the column narrows, then with another view, of another height.
        for (const [width, view] of [[1280, 'story'], [390, 'story'], [390, 'step'], [1280, 'step']]) {
          await driver.switchTo().defaultContent();
          await driver.executeScript((width) => { document.getElementById('frame').style.width = `${width}px`; }, width);
          await driver.switchTo().frame(frame);
          await driver.executeScript((view) => document.getElementById(`embed-view-${view}`).click(), view);
          const label = `${engine}, ${width} px, ${view}`;
          assert.deepEqual(await previewsSettle(() => driver.executeScript(previewReport), label), [], label);
        }
        assert.deepEqual(await problems(browser), []);
      } finally {
        await driver.switchTo().defaultContent();
      }
    });

    test('AMP gets its resize request, and a sandboxed calculator alone fits', async () => {
      const { driver } = browser;
      await driver.get(new URL('/amp.html', host.url).href);
      let messages = [];
      const message = await driver.wait(
        async () => {
          messages = await driver.executeScript(() => window.ampMessages);
          return messages.find((m) => m.type === 'embed-size' && typeof m.height === 'number' && m.height > 200);
        },
        TIMEOUT,
        () => `an AMP embed-size message with a height over 200 px; received: ${JSON.stringify(messages)}`,
      );
      assert.equal(message.sentinel, 'amp', JSON.stringify(message));
      await clearProblems(browser);
      await driver.get(new URL('/sandboxed-calculator.html', host.url).href);
      await record(browser);
      const sizes = await fits(browser);
      // The host's column is the window's width; the loosest of the calculator's limits.
      assert.ok(sizes.inner <= LIMITS.calculator[WIDTHS[0]], `${sizes.inner}px`);
      const frame = await driver.findElement({ css: '#frame' });
      await driver.switchTo().frame(frame);
      try {
        const inside = await driver.executeScript(() => ({
          page: location.pathname.split('/').pop(),
          view: new URLSearchParams(location.search).get('view'),
        }));
        // The opaque origin was sent to the self-contained copy, with the query kept.
        assert.deepEqual(inside, { page: 'stargate-embed.html', view: 'calculator' });
        assert.ok(await (await element(browser, '#calculator')).isDisplayed(), '#calculator is displayed in the frame');
        assert.deepEqual(await problems(browser), [], 'nothing wrong in the frame');
      } finally {
        await driver.switchTo().defaultContent();
      }
      assert.deepEqual(await problems(browser), [], 'nothing wrong in the host page');
    });
  });
}
