// End-to-end: printing gives the whole story in order, the calculator's current scenario,
// and the sources with their citations, without navigation or controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { serveFolder } from '../support/server.mjs';
import { launchChromium } from '../support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serveFolder('dist', { prefix: '/print/' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('print shows every step, the current scenario and the sources, and no controls', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?step=the-feud&secured=9.9`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => getComputedStyle(e).display !== 'none').length, selector);
  assert.equal(await shown('.step'), await page.locator('.step').count(), 'every step');
  for (const hidden of ['.step-nav', '.step-progress', '.calculator__presets', '.calculator__actions', '.embed-code', '.calc-field__slider']) {
    assert.equal(await shown(hidden), 0, hidden);
  }
  assert.match(await page.locator('.calculator__summary').textContent(), /With \$9\.9 billion secured/);
  assert.equal(await shown('.source-article'), 2);
  assert.ok((await page.locator('.citation-link .visually-hidden').first().evaluate((e) => e.getBoundingClientRect().width)) > 10, 'citations name their source on paper');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 50_000, 'a real document');
  await page.close();
});
