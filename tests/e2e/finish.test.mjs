// End-to-end: the finish a reader with a keyboard, a phone, a zoomed or dark screen, or a
// screen reader relies on: axe-core on the parts the other files leave out, Tab reaching every
// control with a visible focus indicator, no sideways scrolling, touch targets of 44 px, and
// short live announcements said once.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { stopClock, withContext } from '../support/browser.mjs';
import { calculatorReady, openLive, servedSite } from '../support/site.mjs';
import { axeViolations } from '../support/axe.mjs';

const site = servedSite('/explainers/stargate/');

const open = (context, query = '') => openLive(site, context, query);

/** The steps' slugs, as the progress list links to them. */
const slugs = (page) =>
  page.locator('.step-progress__item a').evaluateAll((links) =>
    links.map((a) => new URLSearchParams(a.getAttribute('href').split('#')[0].slice(1)).get('step')));

/** Shows step `index` through its progress link, and waits until it is the current step. */
async function goToStep(page, index, slug) {
  await page.locator('.step-progress__item a').nth(index).evaluate((a) => a.click());
  await page.waitForSelector(`#step-${slug}.step--current`);
}

/**
 * Runs `body(context)` in a browser context (reduced motion: no smooth scrolls to wait for)
 * whose pages have `__describe(element)`: a short CSS path for messages, by id or tag and first
 * classes. The context is closed afterwards, whether `body` passed or threw.
 */
const inContext = (options, body) => withContext(site.browser, { reducedMotion: 'reduce', ...options }, async (context) => {
  await context.addInitScript(() => {
    window.__describe = (element) => {
      const part = (e) => e.id ? `#${e.id}`
        : e.tagName.toLowerCase() + [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      const parts = [];
      for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(part(e));
        if (e.id) break;
      }
      return parts.join(' > ');
    };
  });
  return body(context);
});

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

test('axe-core finds no violation in the sources with a passage open, the differences and embed mode, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // bypassCSP: axe-core is injected as an inline script, which the page's policy refuses.
    await inContext({ colorScheme, bypassCSP: true }, async (context) => {
      const { page, problems } = await open(context);
      // A citation in the differences opens its passage in the sources, with the way back.
      const link = page.locator('#differences a.citation-link').first();
      const href = await link.getAttribute('href');
      await link.click();
      await page.locator(`mark${href}.passage--open`).waitFor();
      assert.ok(await page.locator('.passage__return').isVisible(), 'the way back is shown');
      assert.deepEqual(await axeViolations(page, '#sources'), [], `${colorScheme}: sources, a passage open`);
      assert.deepEqual(await axeViolations(page, '#differences'), [], `${colorScheme}: differences`);
      await page.locator('.embed-code__toggle').click();
      await page.locator('.embed-code__frame iframe').first().waitFor();
      assert.deepEqual(await axeViolations(page, '#embed-this'), [], `${colorScheme}: the "Embed this" panel`);
      assert.deepEqual(problems, []);

      for (const query of ['embed.html?step=the-money', 'embed.html?view=step&step=do-the-math', 'embed.html?view=calculator']) {
        const { page: embedded, problems: logged } = await open(context, query);
        assert.deepEqual(await axeViolations(embedded, 'body'), [], `${colorScheme}: ${query}`);
        const citation = embedded.locator('.step--current a.citation-link:visible').first();
        await citation.click();
        await embedded.locator('.passage-card--open').waitFor();
        assert.deepEqual(await axeViolations(embedded, 'body'), [], `${colorScheme}: ${query}, a passage open in place`);
        assert.deepEqual(logged, [], query);
      }
    });
  }
});

/**
 * Presses Tab from the top of the page until focus comes back round, recording each element
 * focused, with whether its outline or shadow then differs from the same element unfocused.
 * Returns descriptions: { visited, missed (visible, enabled controls never focused), count
 * (of those controls), first (the first of them in the document) }.
 */
async function tabAround(page, cap = 400) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    const ring = (e) => {
      const s = getComputedStyle(e);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`, shadow: s.boxShadow, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    };
    window.__tabbed = [];
    window.__focusIn = (event) => {
      const e = event.target;
      if (!(e instanceof Element)) return;
      window.__tabbed.push({ element: e, name: window.__describe(e), focused: ring(e) });
    };
    window.__ring = ring;
    document.addEventListener('focusin', window.__focusIn);
  });
  // Round when focus leaves the page (to the browser's own controls) or is back on the first.
  for (let i = 0; i < cap; i++) {
    await page.keyboard.press('Tab');
    const round = await page.evaluate(() => {
      const e = document.activeElement;
      return !e || e === document.body || (window.__tabbed.length > 1 && e === window.__tabbed[0].element);
    });
    if (round) break;
  }
  return page.evaluate((selector) => {
    document.removeEventListener('focusin', window.__focusIn);
    document.activeElement?.blur();
    const tabbed = window.__tabbed;
    // The same elements unfocused, now that focus has left them.
    const visited = tabbed.map(({ element, name, focused }) => {
      const unfocused = window.__ring(element);
      const shown = (focused.style !== 'none' && focused.width > 0 && focused.outline !== unfocused.outline) || focused.shadow !== unfocused.shadow;
      return { element, name, shown };
    });
    const reached = new Set(tabbed.map((t) => t.element));
    const controls = [...document.querySelectorAll(selector)].filter((e) =>
      !e.matches(':disabled') && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0);
    return {
      visited: visited.map(({ name, shown }) => ({ name, shown })),
      missed: controls.filter((e) => !reached.has(e)).map(window.__describe),
      first: controls[0] && window.__describe(controls[0]),
      count: controls.length,
    };
  }, CONTROLS);
}

test('Tab alone reaches every control of every step, each with a visible focus indicator', () => inContext({}, async (context) => {
  const { page, problems } = await open(context);
  const all = await slugs(page);
  for (const slug of all) {
    await page.goto(`${site.server.url}?step=${slug}`);
    await page.waitForSelector(`html[data-live="true"] #step-${slug}.step--current`);
    const { visited, missed, count, first } = await tabAround(page);
    assert.equal(visited[0]?.name, first, `${slug}: the first Tab goes to the first control`);
    assert.deepEqual(missed, [], `${slug}: controls Tab never reached`);
    assert.ok(count > 20 && visited.length >= count, `${slug}: ${visited.length} focused of ${count} controls`);
    assert.deepEqual(visited.filter((v) => !v.shown).map((v) => v.name), [], `${slug}: focused without a visible indicator`);
  }
  assert.deepEqual(problems, []);
}));

/** Null if the page does not scroll sideways; otherwise which elements stick out. */
const sideways = (page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const out = (e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    };
    const sticking = [...document.body.querySelectorAll('*')].filter(out);
    const name = (e) => `${window.__describe(e)} (${Math.round(e.getBoundingClientRect().left)}–${Math.round(e.getBoundingClientRect().right)} px)`;
    // The outermost elements that stick out, and the innermost (whose children all fit).
    const outermost = sticking.filter((e) => !(e.parentElement && e.parentElement !== document.body && out(e.parentElement)));
    const innermost = sticking.filter((e) => ![...e.children].some(out));
    return `scrollWidth ${scrollWidth} > ${width}: outermost ${outermost.slice(0, 3).map(name).join('; ') || 'none found'}; `
      + `innermost ${innermost.slice(0, 4).map(name).join('; ') || 'none found'}`;
  });

const WIDTHS = [320, 390, 768, 1024, 1280, 1440];

/** Every step, then the differences and the sources with a passage open, at each width. */
async function checkEverywhere(page, label, widths, height) {
  const all = await slugs(page);
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    const name = `${width === 640 ? '1280 px at 200%' : `${width} px`}${label}`;
    for (const [index, slug] of all.entries()) {
      await goToStep(page, index, slug);
      assert.equal(await sideways(page), null, `${name}, step ${slug}`);
    }
    if (label) {
      // The embed: a passage open in place, under its citation, on the last step.
      if (!(await page.locator('.passage-card--open').count())) {
        await page.locator('.step--current a.citation-link').last().click();
        await page.locator('.passage-card--open').waitFor();
      }
      assert.equal(await sideways(page), null, `${name}, a passage open in place`);
      continue;
    }
    // A passage open in the sources (it stays open for the next widths), with its way back.
    if (!(await page.locator('.passage--open').count())) {
      await page.locator('#differences a.citation-link').last().click();
      await page.locator('.passage--open').waitFor();
    }
    await page.locator('.passage--open').scrollIntoViewIfNeeded();
    assert.equal(await sideways(page), null, `${name}, a passage open in the sources`);
    await page.locator('#differences').scrollIntoViewIfNeeded();
    assert.equal(await sideways(page), null, `${name}, the differences`);
  }
}

test('no width from 320 px to 1440 px, nor 200% zoom, scrolls sideways: steps, sections, embed', async () => {
  // One page per mode, resized: a 1280 px window at 200% zoom is 640 CSS px at twice the density.
  for (const [deviceScaleFactor, widths, height] of [[1, WIDTHS, 800], [2, [640], 400]]) {
    await inContext({ viewport: { width: widths[0], height }, deviceScaleFactor }, async (context) => {
      for (const query of ['', '?embed=1']) {
        const { page } = await open(context, query);
        await checkEverywhere(page, query, widths, height);
        await page.close();
      }
      const { page } = await open(context, 'embed.html?view=calculator&pledge=1000&secured=0.1&jobs=100000&years=10');
      for (const width of widths) {
        await page.setViewportSize({ width, height });
        assert.equal(await sideways(page), null, `${width} px, dpr ${deviceScaleFactor}, embedded calculator`);
        const closed = page.locator('.step--current .fold:not([open]) > .fold__summary');
        while ((await closed.count()) > 0) await closed.first().click();
        assert.equal(await sideways(page), null, `${width} px, dpr ${deviceScaleFactor}, embedded calculator, folds open`);
      }
      // The "Embed this" panel, open, with its previews.
      const { page: full } = await open(context);
      await full.locator('.embed-code__toggle').click();
      await full.locator('.embed-code__frame iframe').first().waitFor();
      for (const width of widths) {
        await full.setViewportSize({ width, height });
        assert.equal(await sideways(full), null, `${width} px, dpr ${deviceScaleFactor}, the "Embed this" panel`);
      }
    });
  }
});

/** The controls on show that are under 44 × 44 CSS px, except links inside running text. */
const smallTargets = (page) =>
  page.evaluate(() => {
    const blockOf = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        if (!getComputedStyle(p).display.startsWith('inline') && getComputedStyle(p).display !== 'contents') return p;
      }
      return document.body;
    };
    // WCAG 2.5.8's inline exception: a link set as text (display: inline) in a block that holds
    // other words is sized by the line of text. A link styled as a box is a control.
    const inText = (a) => {
      if (getComputedStyle(a).display !== 'inline') return false;
      const block = blockOf(a);
      const others = block.textContent.replace(a.textContent, '');
      return others.trim().length > 0;
    };
    // The embed's one row of ten step links: each 44 px tall, but in a narrow column narrower
    // (WCAG 2.5.8's 24 px, with gaps between), so the card spends one row on where the reader is.
    const embedStep = (e) => e.matches('html.embed .step-progress__item a') && e.getBoundingClientRect().width >= 24;
    const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea')]
      .filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0)
      .filter((e) => !(e.tagName === 'A' && inText(e)))
      .filter((e) => !(embedStep(e) && e.getBoundingClientRect().height >= 44 - 0.01));
    return {
      checked: targets.length,
      small: targets
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 - 0.01 || box.height < 44 - 0.01)
        .map(({ e, box }) => `${window.__describe(e)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
    };
  });

test('at 390 px every button, field and link outside running text is at least 44 × 44 px', () => inContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true }, async (context) => {
  for (const query of ['', '?embed=1']) {
    const { page } = await open(context, query);
    const all = await slugs(page);
    let checked = 0;
    // Each small target once, with where it was first seen.
    const small = new Map();
    const note = (where, result) => {
      checked += result.checked;
      for (const target of result.small) if (!small.has(target)) small.set(target, where);
    };
    for (const [index, slug] of all.entries()) {
      if (index > 0) await goToStep(page, index, slug);
      note(`step ${slug}`, await smallTargets(page));
    }
    // A passage open (in the sources, with its button back; in the embed, in place); the
    // embed code panel open.
    if (query) {
      await page.locator('.step--current a.citation-link').first().click();
      await page.locator('.passage-card--open').waitFor();
    } else {
      await page.locator('#differences a.citation-link').first().click();
      await page.locator('.passage--open').waitFor();
      await page.locator('.embed-code__toggle').click();
    }
    note('passage and panels open', await smallTargets(page));
    assert.deepEqual([...small].map(([target, where]) => `${target} (${where})`), [], `${query || 'page'}: targets under 44 × 44 px`);
    // The card carries fewer controls than the page (no sources, no differences).
    assert.ok(checked > (query ? 60 : 100), `${checked} targets checked`);
    await page.close();
  }
}));

/** Records each distinct text the page's live regions take, per region, from now on. */
const recordLiveRegions = (page) =>
  page.evaluate(() => {
    window.__spoken = [];
    const regions = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')];
    regions.forEach((region) => {
      const name = window.__describe(region);
      let last = region.textContent;
      new MutationObserver(() => {
        if (region.textContent !== last) {
          last = region.textContent;
          window.__spoken.push({ region: name, text: last });
        }
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
  });

const spoken = (page) => page.evaluate(() => window.__spoken);

// Page time moves here only when the test runs the clock on (Playwright's clock): "nothing late
// or repeated" then means nothing in so many seconds of the page's time, every timer due in them
// having fired, instead of a real wait that a slow machine could outrun.
test('live regions speak once, briefly: a step when it is reached, the calculator once it settles', () => inContext({}, async (context) => {
  await stopClock(context);
  const { page, problems } = await open(context);
  const all = await slugs(page);
  assert.equal(await page.locator('.walkthrough__live').textContent(), '', 'nothing said on opening');
  await recordLiveRegions(page);
  for (let i = 1; i < all.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`#step-${all[i]}.step--current`);
    await page.waitForFunction((n) => window.__spoken.length >= n, i);
  }
  // Time for anything late or repeated to show: five seconds of page time.
  await context.clock.runFor(5000);
  const steps = await spoken(page);
  assert.deepEqual([...new Set(steps.map((s) => s.region))], ['#main > section.walkthrough > p.walkthrough__live.visually-hidden'], 'only the step region spoke');
  assert.equal(new Set(steps.map((s) => s.text)).size, all.length - 1, 'each step said once');
  steps.forEach((s, i) => assert.match(s.text, new RegExp(`^Step ${i + 2} of ${all.length}: `)));
  for (const s of steps) assert.ok(s.text.length <= 250, `${s.text.length} characters: ${s.text}`);

  // The calculator: eight quick moves of two sliders, then one announcement once they settle.
  await page.goto(`${site.server.url}?step=do-the-math`);
  await page.waitForSelector('html[data-live="true"]');
  // Its own module takes the prerendered calculator's place, live regions and all: the regions
  // to check and to listen to are the live calculator's.
  await calculatorReady(page);
  // A live region left out of the page while empty (display: none) is not in the
  // accessibility tree, and screen readers miss what it says when it appears.
  const hidden = await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')]
    .filter((region) => region.parentElement.checkVisibility() && !region.checkVisibility())
    .map((region) => window.__describe(region)));
  assert.deepEqual(hidden, [], 'live regions not rendered while empty');
  await recordLiveRegions(page);
  await page.focus('#calc-pledge-slider');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.focus('#calc-years-slider');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await spoken(page), [], 'nothing said while the sliders move');
  // Said within 3 s of page time once they hold still (it was up to 3 s of real time) ...
  await context.clock.runFor(3000);
  await page.waitForFunction(() => window.__spoken.some((s) => s.region === '#calculator > p.visually-hidden'));
  // ... and nothing late or repeated in the next five.
  await context.clock.runFor(5000);
  const said = (await spoken(page)).filter((s) => s.text.trim() !== '');
  assert.equal(said.length, 1, `one announcement, not ${JSON.stringify(said.map((s) => s.text))}`);
  assert.match(said[0].text, /planned \$550 billion/);
  assert.ok(said[0].text.length <= 250, `${said[0].text.length} characters: ${said[0].text}`);
  // Nothing more is said while nothing changes, nor when focus moves on.
  await page.locator('.calculator__preset', { hasText: 'If $100 billion is secured' }).focus();
  await context.clock.runFor(5000);
  assert.equal((await spoken(page)).filter((s) => s.text.trim() !== '').length, 1, 'said once');
  assert.deepEqual(problems, []);
}));
