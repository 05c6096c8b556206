// End-to-end: the explainer embedded in a host page on another origin, sized by the shipped
// host script, plain and sandboxed; and a Pym-style parent receiving the height messages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { serveFolder } from '../support/server.mjs';
import { launchChromium, watchPage } from '../support/browser.mjs';

let site;
let host;
let browser;

const hostPage = (src, sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>A news article</h1>
<iframe id="frame" src="${src}" data-stargate-explainer title="Stargate, explained" ${sandbox ? 'sandbox="allow-scripts allow-popups"' : ''} style="width:100%;border:0;height:150px"></iframe>
<p>After the explainer.</p><script src="${new URL('embed.js', src)}"></script></body></html>`;

const pymPage = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pym host</title><link rel="icon" href="data:,"></head><body>
<iframe id="frame" src="${src}" title="Stargate, explained" style="width:100%;border:0"></iframe>
<script>
  window.pymMessages = [];
  addEventListener('message', (e) => { if (typeof e.data === 'string' && e.data.startsWith('pymxPYMx')) window.pymMessages.push(e.data); });
</script></body></html>`;

before(async () => {
  site = await serveFolder('dist', { prefix: '/embed/stargate/' });
  const src = `${site.url}?embed=1&id=story-1`;
  host = await serveFolder('dist', {
    prefix: '/nothing/',
    pages: {
      '/plain.html': hostPage(src, false),
      '/sandboxed.html': hostPage(src, true),
      '/calculator.html': hostPage(`${site.url}?embed=1&view=calculator&id=calc`, false),
      '/pym.html': pymPage(`${site.url}?embed=1&childId=pym-7`),
      '/hidden.html': hostPage(src, false).replace('<iframe id="frame"', '<div id="tab" hidden><iframe id="frame"').replace('</iframe>', '</iframe></div>'),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** Waits until the iframe's height is within 2 px of its content's height. */
async function fits(page) {
  const frame = page.frameLocator('#frame');
  await frame.locator('html[data-hydrated="true"]').waitFor();
  await page.waitForFunction(async () => true);
  const measure = async () => {
    const outer = await page.locator('#frame').evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    return { outer, inner };
  };
  let sizes;
  for (let i = 0; i < 50; i++) {
    sizes = await measure();
    if (Math.abs(sizes.outer - sizes.inner) <= 2 && sizes.inner > 200) return sizes;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe ${sizes.outer}px, content ${sizes.inner}px`);
}

for (const kind of ['plain', 'sandboxed']) {
  test(`a ${kind} iframe on another origin fits its content after load, a step change and a resize`, async () => {
    for (const width of [320, 1200]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems = watchPage(page, new URL(host.url).origin);
      await page.goto(new URL(`/${kind}.html`, host.url).href);
      const first = await fits(page);
      const frame = page.frameLocator('#frame');
      assert.equal(await frame.locator('.site-header').isVisible(), false, 'compact chrome');
      assert.ok(await frame.locator('.embed-footer a[target="_blank"]').isVisible(), 'a link out to the full explainer');
      await frame.locator('.step-nav__button--next').click();
      await frame.locator('#step-who-is-who.step--current').waitFor();
      const second = await fits(page);
      assert.notEqual(Math.round(second.inner), Math.round(first.inner), 'the step changed the height');
      await page.setViewportSize({ width: width === 320 ? 700 : 900, height: 800 });
      await fits(page);
      // Only requests to the explainer's own origin and the host's.
      const foreign = problems.filter((p) => p.startsWith('request to another origin') && !p.includes(new URL(site.url).origin));
      assert.deepEqual(foreign, [], `${kind} at ${width}px`);
      assert.deepEqual(problems.filter((p) => !p.startsWith('request to another origin')), [], `${kind}: nothing logged`);
      await context.close();
    }
  });
}

test('the calculator view embeds the calculator alone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('/calculator.html', host.url).href);
  await fits(page);
  const frame = page.frameLocator('#frame');
  assert.ok(await frame.locator('#calculator').isVisible());
  for (const hidden of ['.summary', '.differences', '.sources', '.step-progress', '.step-nav']) {
    assert.equal(await frame.locator(hidden).first().isVisible(), false, hidden);
  }
  await context.close();
});

test('a Pym-style parent receives the height messages with its childId', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/pym.html', host.url).href);
  await page.frameLocator('#frame').locator('html[data-hydrated="true"]').waitFor();
  await page.waitForFunction(() => window.pymMessages.length > 0);
  const [message] = await page.evaluate(() => window.pymMessages);
  assert.match(message, /^pymxPYMxpym-7xPYMxheightxPYMx\d+$/);
  // A width message from the parent is answered with the height.
  const before = await page.evaluate(() => window.pymMessages.length);
  await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage('pymxPYMxpym-7xPYMxwidthxPYMx600', '*'));
  await page.waitForFunction((n) => window.pymMessages.length > n, before);
  await context.close();
});

test('"Embed this" gives a working snippet for the current view, and copies it', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${site.url}?step=the-money`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.locator('.embed-code__toggle').click();
  const code = await page.inputValue('#embed-code-text');
  assert.match(code, /step=the-money&amp;embed=1&amp;id=stargate-explainer/);
  assert.match(code, /title="Stargate, explained/);
  assert.match(code, /loading="lazy"/);
  await page.locator('.embed-code__copy').click();
  await page.locator('.embed-code__status', { hasText: 'copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The snippet, pasted into a host page, shows that step in embed mode, sized to fit.
  const hostPage = await context.newPage();
  await hostPage.setContent(`<!doctype html><html lang="en"><head><title>Paste</title><link rel="icon" href="data:,"></head><body>${code.replace('<iframe ', '<iframe id="frame" ')}</body></html>`);
  await fits(hostPage);
  assert.ok(await hostPage.frameLocator('#frame').locator('#step-the-money.step--current').isVisible());
  await context.close();
});

test('a frame that starts hidden (a closed tab) fits once it is shown', async () => {
  const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('/hidden.html', host.url).href);
  await page.frameLocator('#frame').locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => { document.getElementById('tab').hidden = false; });
  await fits(page);
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  await context.close();
});
