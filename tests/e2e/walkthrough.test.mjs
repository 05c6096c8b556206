// End-to-end: the guided walkthrough, by keyboard, by address, with Back and Forward, with
// hostile addresses, and under axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchPage, withContext } from '../support/browser.mjs';
import { servedSite } from '../support/site.mjs';
import { axeViolations } from '../support/axe.mjs';

const site = servedSite('/stories/stargate/');

/**
 * Opens the site with `query` in a new context made with `options`, waits until it has
 * live, and runs `body({ context, page, problems })`; the context is closed afterwards,
 * whether `body` passed or threw.
 */
const opened = (query, options, body) =>
  withContext(site.browser, options, async (context) => {
    const page = await context.newPage();
    const problems = watchPage(page, new URL(site.server.url).origin);
    await page.goto(site.server.url + query);
    await page.waitForSelector('html[data-live="true"]');
    return body({ context, page, problems });
  });

/** The steps, as the progress list names them: [{ slug, headline }]. */
async function steps(page) {
  return page.locator('.step-progress__item a').evaluateAll((links) =>
    links.map((a) => ({
      slug: new URLSearchParams(a.getAttribute('href').split('#')[0].slice(1)).get('step'),
      headline: a.querySelector('.step-progress__title').textContent,
    })),
  );
}

async function shown(page) {
  return page.evaluate(() => {
    const current = [...document.querySelectorAll('.step')].filter((s) => getComputedStyle(s).display !== 'none');
    return {
      count: current.length,
      headline: current[0]?.querySelector('h3')?.textContent,
      focused: document.activeElement?.id,
      step: new URL(location.href).searchParams.get('step'),
      live: document.querySelector('.walkthrough__live')?.textContent,
    };
  });
}

test('the keyboard alone goes through every step: heading, focus and address at each', () => opened('', {}, async ({ page, problems }) => {
  const all = await steps(page);
  assert.ok(all.length >= 8 && all.length <= 10, `${all.length} steps`);
  let state = await shown(page);
  assert.equal(state.count, 1);
  assert.equal(state.headline, all[0].headline);
  for (let i = 1; i < all.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((h) => document.activeElement?.textContent === h, all[i].headline);
    state = await shown(page);
    assert.deepEqual(
      [state.count, state.headline, state.focused, state.step],
      [1, all[i].headline, `step-${all[i].slug}-heading`, all[i].slug],
      `step ${i + 1}`,
    );
    assert.equal(state.live, `Step ${i + 1} of ${all.length}: ${all[i].headline}`);
  }
  await page.keyboard.press('ArrowRight');
  assert.equal((await shown(page)).step, all.at(-1).slug, 'no step after the last');
  await page.keyboard.press('Home');
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[0].headline);
  assert.equal((await shown(page)).step, all[0].slug);
  await page.keyboard.press('End');
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all.at(-1).headline);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all.at(-2).headline);

  // The Next and Previous buttons, reached with Tab and pressed with Enter.
  await page.keyboard.press('Home');
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[0].headline);
  await page.locator('.step-nav__button--next').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[1].headline);
  assert.equal((await shown(page)).step, all[1].slug);
  assert.deepEqual(problems, []);
}));

test('arrow keys in a form field or with a modifier do not change the step', () => opened('', {}, async ({ page }) => {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'probe';
    document.body.append(input);
  });
  await page.focus('#probe');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  assert.equal((await shown(page)).step, null);
  await page.locator('h1').click();
  await page.keyboard.press('Alt+ArrowRight');
  assert.equal((await shown(page)).step, null);
}));

test('?step=<slug> opens each step; Back and Forward move between steps', () => opened('', {}, async ({ page, problems }) => {
  const all = await steps(page);
  for (const [index, step] of all.entries()) {
    await page.goto(`${site.server.url}?step=${step.slug}`);
    await page.waitForSelector('html[data-live="true"]');
    const state = await shown(page);
    assert.deepEqual([state.count, state.headline], [1, step.headline], step.slug);
    // The live app starts from the prerendered first step: nothing of it may linger.
    assert.equal(await page.locator('.step-nav__button--previous').isDisabled(), index === 0, `${step.slug}: Previous`);
    assert.equal(await page.locator('.step-nav__button--next').isDisabled(), index === all.length - 1, `${step.slug}: Next`);
    assert.equal(await page.locator('.step-progress [aria-current="step"]').count(), 1, `${step.slug}: one current step`);
    assert.equal(await page.locator('.step-progress [aria-current="step"] .step-progress__title').textContent(), step.headline);
    assert.equal(await page.locator('.walkthrough__notice').textContent(), '');
  }
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-live="true"]');
  await page.locator('.step-nav__button--next').click();
  await page.locator('.step-nav__button--next').click();
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[2].headline);
  await page.goBack();
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[1].headline);
  assert.equal((await shown(page)).step, all[1].slug);
  await page.goBack();
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[0].headline);
  await page.goForward();
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[1].headline);
  assert.equal((await shown(page)).headline, all[1].headline);
  // The progress list jumps straight to a step.
  await page.locator('.step-progress__item a').nth(6).click();
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[6].headline);
  assert.equal((await shown(page)).step, all[6].slug);
  assert.deepEqual(problems, []);
}));

test('an unknown or hostile step opens the first step with a notice, never an error', async () => {
  for (const value of ['no-such-step', '', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '%E0%A4%A', 'x'.repeat(3000), '..%2F..%2Fetc']) {
    await opened(`?embed=1&step=${value}`, {}, async ({ page, problems }) => {
      page.on('dialog', () => problems.push('a dialog opened'));
      const state = await shown(page);
      const all = await steps(page);
      assert.equal(state.headline, all[0].headline, value.slice(0, 30));
      const notice = await page.locator('.walkthrough__notice').textContent();
      assert.match(notice, /first step/, value.slice(0, 30));
      assert.ok(notice.length < 160);
      assert.equal(await page.locator('img[src="x"]').count(), 0);
      assert.deepEqual(problems, []);
    });
  }
});

test('axe-core finds no violation on any step, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // bypassCSP: axe-core is injected as an inline script, which the page's policy refuses.
    await opened('', { colorScheme, bypassCSP: true }, async ({ page }) => {
      const all = await steps(page);
      for (let i = 0; i < all.length; i++) {
        if (i > 0) {
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction((h) => document.activeElement?.textContent === h, all[i].headline);
        }
        assert.deepEqual(await axeViolations(page), [], `${colorScheme}, step ${all[i].slug}`);
      }
    });
  }
});

test('without JavaScript every step reads in order, with its visuals’ text equivalents', () => withContext(site.browser, { javaScriptEnabled: false }, async (context) => {
  const page = await context.newPage();
  await page.goto(site.server.url);
  const visible = await page.evaluate(() => [...document.querySelectorAll('.step')].filter((s) => getComputedStyle(s).display !== 'none').length);
  const all = await steps(page);
  assert.equal(visible, all.length);
  assert.equal(await page.locator('.step-nav').isVisible(), false, 'no dead buttons');
  assert.ok(await page.locator('.timeline__list').first().isVisible());
  assert.ok(await page.locator('.money__rows').isVisible());
}));

test('swiping across a step moves to the next and previous step', () => opened('', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } }, async ({ page }) => {
  const all = await steps(page);
  const swipe = (fromX, toX) =>
    page.locator('.walkthrough__steps').evaluate((element, [x0, x1]) => {
      const touch = (x) => new Touch({ identifier: 1, target: element, clientX: x, clientY: 300 });
      element.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0)], changedTouches: [touch(x0)], bubbles: true }));
      element.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1)], bubbles: true }));
    }, [fromX, toX]);
  await swipe(300, 100);
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[1].headline);
  await swipe(100, 300);
  await page.waitForFunction((h) => document.activeElement?.textContent === h, all[0].headline);
  await swipe(300, 280);
  assert.equal((await shown(page)).headline, all[0].headline, 'a short drag is not a swipe');
}));
