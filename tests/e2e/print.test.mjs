// End-to-end: printing gives the whole story in order, the calculator's current scenario,
// and the sources with their citations, without navigation or controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { withContext } from '../support/browser.mjs';
import { calculatorReady, servedSite } from '../support/site.mjs';

const site = servedSite('/print/');

test('print shows every step, the current scenario and the sources, and no controls', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  await page.goto(`${site.server.url}?step=the-feud&secured=9.9`);
  await page.waitForSelector('html[data-live="true"]');
  // A scenario in the address has the calculator's module loaded at once (src/takeover/island.rs).
  await calculatorReady(page);
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => getComputedStyle(e).display !== 'none').length, selector);
  assert.equal(await shown('.step'), await page.locator('.step').count(), 'every step');
  for (const hidden of ['.step-nav', '.step-progress', '.calculator__presets', '.calculator__actions', '.embed-code', '.calc-field__slider']) {
    assert.equal(await shown(hidden), 0, hidden);
  }
  assert.match(await page.locator('.calculator__summary').textContent(), /If \$9\.9 billion is secured/);
  assert.equal(await shown('.source-article'), 2);
  assert.ok((await page.locator('.citation-link .visually-hidden').first().evaluate((e) => e.getBoundingClientRect().width)) > 10, 'citations name their source on paper');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 50_000, 'a real document');
}));
