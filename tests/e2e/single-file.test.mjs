// End-to-end: dist/stargate-explainer.html, opened from file:// with the network off and no
// server: the walkthrough, the sources and the calculator all work, under its strict policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { launchChromium, withContext } from '../support/browser.mjs';
import { serveFolder } from '../support/server.mjs';
import { DIST, calculatorReady } from '../support/site.mjs';

const FILE = pathToFileURL(resolve(DIST, 'stargate-explainer.html')).href;
let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('the single file works from file:// with the network off', () => withContext(browser, {}, async (context) => {
  await context.setOffline(true);
  const problems = [];
  const page = await context.newPage();
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && problems.push(`request: ${r.url()}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto(FILE);
  await page.waitForSelector('html[data-live="true"]');
  // The walkthrough.
  await page.locator('.step-nav__button--next').click();
  await page.locator('#step-who-is-who.step--current').waitFor();
  // A citation opens its passage in the sources.
  await page.locator('#step-who-is-who a.citation-link').first().click();
  await page.locator('mark.passage--open').waitFor();
  // The calculator responds.
  await page.goto(`${FILE}?step=do-the-math`);
  await page.waitForSelector('html[data-live="true"]');
  // Its calculator module, inline, starts at once for this step.
  await calculatorReady(page);
  const before = await page.locator('.calculator__summary').textContent();
  await page.focus('#calc-secured-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before);
  assert.match(await page.locator('.calculator__summary').textContent(), /If \$0\.1 billion is secured/);

  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
}));

test('index.html opened from file:// opens the single file instead, with its query', () => withContext(browser, {}, async (context) => {
  await context.setOffline(true);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(`console ${m.type()}: ${m.text()}`));
  await page.goto(`${pathToFileURL(resolve(DIST, 'index.html')).href}?step=who-is-who`);
  await page.waitForURL(/stargate-explainer\.html\?step=who-is-who$/);
  await page.waitForSelector('html[data-live="true"]');
  assert.ok(await page.locator('#step-who-is-who.step--current').isVisible());
  // Nothing of index.html's own was requested and blocked before it moved on.
  assert.deepEqual(errors, []);
}));

test('the single file put on a web server as it is works there too, with nothing logged', async () => {
  // A newsroom may upload the one file to its own server: there it registers no service
  // worker (it links no web app manifest, and its policy allows none).
  const server = await serveFolder(DIST, { prefix: '/uploads/' });
  try {
    await withContext(browser, {}, async (context) => {
      const page = await context.newPage();
      const problems = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await page.goto(`${server.url}stargate-explainer.html?step=do-the-math`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-live="true"]');
      await calculatorReady(page);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
      assert.deepEqual(problems, []);
    });
  } finally {
    await server.close();
  }
});
