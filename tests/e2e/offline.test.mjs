// End-to-end: after one online visit, the served site works offline through its service
// worker, whatever the query string; one cache per build; a manifest with icons.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchPage, withContext } from '../support/browser.mjs';
import { calculatorReady, servedSite } from '../support/site.mjs';

const site = servedSite('/offline/stargate/');

test('after one visit, a reload with the network off shows the full, working explainer', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((k) => k.startsWith('stargate-explainer-')).length, 1, 'one cache, for this build');

  await context.setOffline(true);
  await page.goto(`${site.server.url}?step=do-the-math&secured=5`);
  await page.waitForSelector('html[data-hydrated="true"]');
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
