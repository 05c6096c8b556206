// Cross-engine: the explainer embedded in a host page on another origin (another port) with
// the shipped embed.js, plain and sandboxed with allow-scripts: the frame is sized to its
// content after load and after a step change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { serveFolder } from '../support/server.mjs';
import { DIST, ENGINES, TIMEOUT, clearProblems, clickInFrame, element, problems, record, startBrowser } from '../support/webdriver.mjs';

const hostPage = (src, sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>A news article</h1>
<iframe id="frame" src="${src}" data-stargate-explainer title="Stargate, explained" ${sandbox ? 'sandbox="allow-scripts"' : ''} style="width:100%;border:0;height:150px"></iframe>
<p>After the explainer.</p><script src="${new URL('embed.js', src)}"></script></body></html>`;

let site;
let host;
before(async () => {
  site = await serveFolder(DIST, { prefix: '/news/stargate/' });
  const src = `${site.url}?embed=1&id=x`;
  host = await serveFolder(DIST, {
    prefix: '/nothing-here/',
    pages: { '/plain.html': hostPage(src, false), '/sandboxed.html': hostPage(src, true) },
  });
  assert.notEqual(new URL(site.url).origin, new URL(host.url).origin);
});
after(async () => {
  await site?.close();
  await host?.close();
});

/**
 * Waits until the frame has hydrated and its height is within 2 px of its content's (and
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
          hydrated: document.documentElement.dataset.hydrated === 'true',
          height: document.documentElement.getBoundingClientRect().height,
          problems: window.__problems,
        }));
        seen = `frame ${outer}px, content ${inner.height}px, hydrated: ${inner.hydrated}, in-frame problems: ${JSON.stringify(inner.problems)}`;
        return inner.hydrated && inner.height > 200 && Math.abs(outer - inner.height) <= 2 && { outer, inner: inner.height };
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
          assert.equal(await (await element(browser, '.site-header')).isDisplayed(), false, 'compact chrome');
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
  });
}
