// End-to-end: every citation link on the page leads to its highlighted passage and back,
// with JavaScript (mouse and keyboard) and without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchPage, withContext } from '../support/browser.mjs';
import { servedSite } from '../support/site.mjs';

const site = servedSite('/news/2025/stargate/');

/** Resolves once the element is in the viewport (smooth scrolling may take a moment). */
const inView = (page, selector) =>
  page.waitForFunction((sel) => {
    const box = document.querySelector(sel).getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, selector, { timeout: 3000 });

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

// Reduced motion: scrolling is instant, so the test does not wait on smooth scrolls.
test('every citation opens its passage, highlighted, focused and in view, and leads back', () => withContext(site.browser, { viewport: { width: 390, height: 800 }, reducedMotion: 'reduce' }, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  const stepCount = await page.locator('.step').count();
  const tested = new Set();
  for (let step = 0; step < stepCount; step++) {
    if (step > 0) await page.locator('.step-progress__item a').nth(step).click();
    // The links on show: those outside the walkthrough, and the current step's.
    const links = (await page.locator('a.citation-link').evaluateAll((all) =>
      all.filter((a) => a.offsetParent !== null).map((a) => ({ id: a.id, href: a.getAttribute('href') })),
    )).filter(({ id }) => !tested.has(id));
    for (const { id, href } of links) {
      tested.add(id);
      await followAndReturn(page, id, href);
    }
  }
  assert.ok(tested.size >= 80, `${tested.size} citation links`);
  assert.deepEqual(problems, []);
}));

/** Clicks a citation link, checks its passage, and comes back by the passage's button. */
async function followAndReturn(page, id, href) {
  await page.locator(`#${id}`).click();
  const passage = page.locator(`mark${href}.passage--open`);
  await passage.waitFor();
  assert.equal(await activeId(page), href.slice(1), `${id}: focus on its passage`);
  assert.equal(await page.locator('.passage--open').count(), 1, `${id}: one passage highlighted`);
  await assert.doesNotReject(inView(page, href), `${id}: passage scrolled into view`);
  await page.locator('.passage__return').click();
  await page.locator('.passage--open').waitFor({ state: 'detached' });
  assert.equal(await activeId(page), id, `${id}: focus back on the link`);
}

test('a citation in the differences view works from the keyboard alone', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  const link = page.locator('#differences a.citation-link').first();
  const [id, href] = [await link.getAttribute('id'), await link.getAttribute('href')];
  // Tab from the differences heading's neighbourhood until the link has focus.
  await page.locator('#differences-heading').evaluate((h) => { h.tabIndex = -1; h.focus(); });
  for (let i = 0; i < 5 && (await activeId(page)) !== id; i++) await page.keyboard.press('Tab');
  assert.equal(await activeId(page), id);
  await page.keyboard.press('Enter');
  await page.locator(`mark${href}.passage--open`).waitFor();
  assert.equal(await activeId(page), href.slice(1));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('.passage--open').waitFor({ state: 'detached' });
  assert.equal(await activeId(page), id);
}));

// No script runs in this page, so nothing inside it can wait for a scroll to end. With reduced
// motion the browser jumps to the passage (no smooth scroll) as part of the click's navigation,
// so its place can be read once, straight after.
test('without JavaScript every citation is a link to a passage on the page', () => withContext(site.browser, { javaScriptEnabled: false, reducedMotion: 'reduce' }, async (context) => {
  const page = await context.newPage();
  await page.goto(site.server.url);
  const hrefs = await page.locator('a.citation-link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.equal(await page.locator(`mark${href}`).count(), 1, href);
  const link = page.locator('#differences a.citation-link').last();
  const href = await link.getAttribute('href');
  const onScreen = (box) => Boolean(box) && box.y + box.height > 0 && box.y < page.viewportSize().height;
  assert.equal(onScreen(await page.locator(`mark${href}`).boundingBox()), false, `${href} out of view before the click`);
  await link.click();
  assert.equal(new URL(page.url()).hash, href);
  assert.equal(await page.locator(`mark${href}:target`).count(), 1);
  assert.ok(onScreen(await page.locator(`mark${href}`).boundingBox()), `${href} in view`);
}));
