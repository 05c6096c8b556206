// End-to-end: what a link preview or a search engine reads from the built page: the title and
// description, Open Graph and Twitter card tags, the preview image drawn at build time, and
// JSON-LD naming the two sources as the page itself does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { withContext } from '../support/browser.mjs';
import { DIST, servedSite } from '../support/site.mjs';

const site = servedSite('/sharing/');

test('the head carries the card tags, a preview image of the stated size, and JSON-LD', () => withContext(site.browser, { javaScriptEnabled: false }, async (context) => {
  const page = await context.newPage();
  await page.goto(site.server.url);
  const meta = (key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  const title = await page.title();
  assert.equal(await meta('og:title'), title);
  assert.equal(await meta('twitter:title'), title);
  const description = await meta('description');
  assert.ok(description.length > 40 && description.length <= 200, description);
  assert.equal(await meta('og:description'), description);
  assert.equal(await meta('og:type'), 'article');
  assert.equal(await meta('twitter:card'), 'summary_large_image');
  assert.ok((await meta('og:image:alt')).startsWith(title));

  // The image the tags name is served, is a PNG, and has the size the tags state.
  const image = await meta('og:image');
  assert.equal(await meta('twitter:image'), image);
  const response = await page.request.get(new URL(image, page.url()).href);
  assert.equal(response.status(), 200);
  const png = await response.body();
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(await meta('og:image:width')), Number(await meta('og:image:height'))]);
  assert.deepEqual(png, await readFile(join(DIST, image)));

  // JSON-LD: an article based on the two sources, each pointing at its place on the page.
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Article');
  assert.equal(ld.headline, title);
  assert.equal(ld.isBasedOn.length, 2);
  for (const source of ld.isBasedOn) {
    const anchor = page.locator(source.url);
    assert.equal(await anchor.count(), 1, source.url);
    assert.ok((await anchor.textContent()).includes(source.name), `${source.name} is named in ${source.url}`);
  }
  // The corrections log, as the page shows it: each a CorrectionComment with the page's date,
  // pointing at its entry in the log, the newest date the article's dateModified.
  const shown = await page.$$eval('#corrections .correction', (items) => items.map((item) => ({
    date: item.querySelector('time').getAttribute('datetime'),
    url: `#${item.id}`,
  })));
  assert.ok(shown.length > 0, 'the page shows its corrections');
  assert.deepEqual(ld.correction.map((c) => ({ date: c.datePublished, url: c.url })), shown);
  assert.equal(shown.at(-1).url, '#correction-1', 'numbered from the oldest');
  assert.ok(ld.correction.every((c) => c['@type'] === 'CorrectionComment'));
  assert.equal(ld.dateModified, shown[0].date);
}));
