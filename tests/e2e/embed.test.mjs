// End-to-end: the embed's card (embed.html) in host article pages on another origin, served
// with no CORS headers: sized by the shipped host script, plain and sandboxed; each variant's
// height at an article column's widths; a cited passage opened in place by keyboard; the real
// Pym.js parent (npm pym.js 1.3.2) and AMP's resize request; the oEmbed answers; the snippet
// with its script stripped; and the "Embed this" panel, its previews each shown whole.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { serveFolder } from '../support/server.mjs';
import { launchChromium, watchPage, withContext } from '../support/browser.mjs';
import { DIST, calculatorReady } from '../support/site.mjs';
import { WIDTHS, cardHeight, stepSlugs, variants } from '../support/embed-heights.mjs';
import { previewReport, previewsSettle } from '../support/embed-previews.mjs';

let site;
let host;
let browser;
let embed;

const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body style="margin:0">${body}</body></html>`;

const hostPage = (src, sandbox) =>
  page('Host', `<h1>A news article</h1>
<iframe id="frame" src="${src}" data-stargate-explainer title="Stargate, explained" ${sandbox ? 'sandbox="allow-scripts allow-popups"' : ''} style="width:100%;border:0;height:150px"></iframe>
<p>After the explainer.</p><script src="${new URL('embed.js', src)}"></script>`);

before(async () => {
  site = await serveFolder(DIST, { prefix: '/embed/stargate/' });
  embed = `${site.url}embed.html`;
  const pym = await readFile('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
  host = await serveFolder(DIST, {
    prefix: '/nothing/',
    pages: {
      '/plain.html': hostPage(`${embed}?id=story-1`, false),
      '/sandboxed.html': hostPage(`${embed}?id=story-1`, true),
      '/sandboxed-calculator.html': hostPage(`${embed}?view=calculator&id=calc`, true),
      '/legacy.html': hostPage(`${site.url}?embed=1&step=the-money&id=old`, false),
      '/hidden.html': hostPage(`${embed}?id=story-1`, false).replace('<iframe id="frame"', '<div id="tab" hidden><iframe id="frame"').replace('</iframe>', '</iframe></div>'),
      '/pym.js': pym,
      '/pym.html': page('Pym host', `<h1>A news article</h1><div id="container"></div><p>After.</p>
<script src="/pym.js"></script><script>window.parentPym = new pym.Parent('container', ${JSON.stringify(`${embed}?step=the-feud`)}, { title: 'Stargate, explained' });</script>`),
      '/amp.html': page('AMP host', `<iframe id="frame" src="${embed}?id=amp" title="Stargate, explained" style="width:100%;height:300px;border:0"></iframe>
<script>window.ampMessages = []; addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') window.ampMessages.push(e.data); });</script>`),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** Sizes of the frame `selector` and of its content, once it is live and they agree within 2 px. */
async function fits(tab, selector = '#frame') {
  const frame = tab.frameLocator(selector);
  await frame.locator('html[data-live="true"]').waitFor();
  // Not an async function: its promise would be truthy at once, and the wait would end on the
  // first check whatever the frame's height.
  const handle = await tab.waitForFunction(
    (selector) => {
      const outer = document.querySelector(selector).getBoundingClientRect().height;
      return outer > 200 && outer;
    },
    selector,
  );
  const outer = await handle.jsonValue();
  const inner = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  if (Math.abs(outer - inner) > 2) {
    // The host sizes the frame after the content's message: wait for the two to agree.
    await tab.waitForFunction(
      ([selector, inner]) => Math.abs(document.querySelector(selector).getBoundingClientRect().height - inner) <= 2,
      [selector, inner],
    );
  }
  return { outer: await tab.locator(selector).evaluate((f) => f.getBoundingClientRect().height), inner };
}

/** Whether the document inside the frame can scroll: it never should once the host sizes it. */
const scrollsInside = (tab, selector = '#frame') =>
  tab.frameLocator(selector).locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);

for (const kind of ['plain', 'sandboxed']) {
  test(`a ${kind} iframe on a host without CORS headers fits the card, after load, a step change and a resize`, async () => {
    for (const width of [360, 640]) {
      await withContext(browser, { viewport: { width, height: 800 } }, async (context) => {
        const tab = await context.newPage();
        const problems = watchPage(tab, new URL(host.url).origin);
        await tab.goto(new URL(`/${kind}.html`, host.url).href);
        const first = await fits(tab);
        const frame = tab.frameLocator('#frame');
        for (const absent of ['.summary', '.differences', '.sources', '.site-header', '.site-footer']) {
          assert.equal(await frame.locator(absent).count(), 0, `${absent} is not in the card`);
        }
        assert.ok(await frame.locator('.embed-footer a[target="_blank"]').first().isVisible(), 'links out to the full explainer');
        assert.equal(await scrollsInside(tab), false, 'no scrolling inside the sized frame');
        // One step change: one new height, no flicker through others.
        await frame.locator('html').evaluate(() => {
          window.__heights = [];
          new ResizeObserver(() => window.__heights.push(Math.ceil(document.documentElement.getBoundingClientRect().height))).observe(document.documentElement);
        });
        await frame.locator('.step-nav__button--next').click();
        await frame.locator('#step-who-is-who.step--current').waitFor();
        const second = await fits(tab);
        assert.notEqual(Math.round(second.inner), Math.round(first.inner), 'the step changed the height');
        const heights = await frame.locator('html').evaluate(() => [...new Set(window.__heights)]);
        assert.ok(heights.length <= 2, `one change of height (observed ${heights.join(', ')})`);
        assert.equal(await scrollsInside(tab), false, 'still no scrolling inside');
        await tab.setViewportSize({ width: width === 360 ? 700 : 400, height: 800 });
        await fits(tab);
        const foreign = problems.filter((p) => p.startsWith('request to another origin') && !p.includes(new URL(site.url).origin));
        assert.deepEqual(foreign, [], `${kind} at ${width}px`);
        assert.deepEqual(problems.filter((p) => !p.startsWith('request to another origin')), [], `${kind}: nothing logged`);
      });
    }
  });
}

test('every variant keeps within its height at 360 and 640 px: each step of the story, each step alone, the calculator', async () => {
  const context = await browser.newContext();
  try {
    const slugs = await stepSlugs(await context.newPage(), embed);
    assert.equal(slugs.length, 10);
    const over = [];
    for (const variant of variants(slugs)) {
      for (const width of WIDTHS) {
        const height = await cardHeight(context, embed, variant.query, width);
        if (height > variant.limits[width]) over.push(`${variant.name} at ${width} px: ${height} > ${variant.limits[width]}`);
      }
    }
    assert.deepEqual(over, []);
  } finally {
    await context.close();
  }
});

test('one step alone has no progress list and no way to move; the calculator alone shows only the calculator', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(`${embed}?view=step&step=the-money`);
    await tab.waitForSelector('html[data-live="true"]');
    assert.ok(await tab.locator('#step-the-money.step--current').isVisible());
    for (const hidden of ['.step-progress', '.step-nav']) {
      assert.equal(await tab.locator(hidden).isVisible(), false, hidden);
    }
    // The walkthrough's heading is not shown, but stays for screen readers (the outline).
    const heading = await tab.locator('.walkthrough__heading').boundingBox();
    assert.ok(heading.width <= 1 && heading.height <= 1, `.walkthrough__heading is not shown: ${JSON.stringify(heading)}`);
    await tab.keyboard.press('ArrowRight');
    assert.ok(await tab.locator('#step-the-money.step--current').isVisible(), 'the arrow keys do not move a single step');
    await tab.goto(`${embed}?view=calculator&pledge=320&secured=12`);
    await tab.waitForSelector('html[data-live="true"]');
    // The scenario is the calculator module's to apply: until it comes, the defaults show.
    await calculatorReady(tab);
    assert.ok(await tab.locator('#calculator').isVisible());
    assert.equal(await tab.inputValue('#calc-pledge'), '320', 'the scenario in the address');
    for (const hidden of ['.step-progress', '.step-nav', '.step__headline', '.step__narrative']) {
      assert.equal(await tab.locator(hidden).first().isVisible(), false, hidden);
    }
    assert.equal(await tab.locator('.calc-split').isVisible(), false, 'the split folds');
    await tab.locator('.fold__summary', { hasText: 'More assumptions' }).click();
    assert.ok(await tab.locator('.calc-split').isVisible(), 'and opens');
  } finally {
    await context.close();
  }
});

test('a citation opens its passage in place, by keyboard; Escape closes it and focus returns', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const tab = await context.newPage();
    const problems = watchPage(tab, new URL(site.url).origin);
    await tab.goto(`${embed}?step=the-money`);
    await tab.waitForSelector('html[data-live="true"]');
    const link = tab.locator('#step-the-money .step__narrative a.citation-link').first();
    const [id, href] = await link.evaluate((a) => [a.id, a.getAttribute('href')]);
    await link.focus();
    await tab.keyboard.press('Enter');
    const card = tab.locator('.passage-card--open');
    await card.waitFor();
    assert.equal(await tab.evaluate(() => document.activeElement.classList.contains('passage-card')), true, 'focus on the card');
    assert.equal(await card.evaluate((c, id) => c.previousElementSibling.contains(document.getElementById(id)), id), true, 'right after the cited paragraph');
    await tab.keyboard.press('Escape');
    // In a list, the card is the cited item's last child: the list holds only items.
    await tab.locator('#money-figure-0').click();
    const parent = await tab.locator('.passage-card--open').evaluate((c) => [c.parentElement.className, c.parentElement.contains(document.getElementById('money-figure-0'))]);
    assert.deepEqual(parent, ['money__row', true]);
    await tab.keyboard.press('Escape');
    await link.focus();
    await tab.keyboard.press('Enter');
    await card.waitFor();
    assert.match(await card.locator('.passage-card__label').innerText(), /^From Source [AB]/);
    const marked = card.locator('mark.passage-card__passage--open');
    assert.equal(await marked.getAttribute('id'), href.slice(1), 'the cited words are marked');
    const background = await marked.evaluate((m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'and highlighted');
    const full = card.locator('a.passage-card__full');
    assert.equal(await full.getAttribute('target'), '_blank');
    assert.equal(await full.getAttribute('href'), `./${href}`);
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.equal(await tab.locator('.passage-card:visible').count(), 0, 'closed');
    assert.equal(await tab.evaluate(() => document.activeElement.id), id, 'focus back on the citation');
    // The Close button does the same, and a step change closes an open passage.
    await link.focus();
    await tab.keyboard.press('Enter');
    await tab.locator('.passage-card--open .passage-card__close').click();
    assert.equal(await tab.evaluate(() => document.activeElement.id), id);
    await link.click();
    await tab.locator('.passage-card--open').waitFor();
    await tab.locator('.step-nav__button--next').click();
    await tab.locator('.passage-card--open').waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('without JavaScript a citation in the card still shows its passage', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(`${embed}?step=the-money`);
    const href = await tab.locator('#step-the-money .step__narrative a.citation-link').first().getAttribute('href');
    await tab.goto(`${embed}?step=the-money${href}`);
    assert.ok(await tab.locator(`.passage-card:has(${href})`).isVisible());
    assert.equal(await tab.locator('.passage-card__close').first().isVisible(), false, 'no Close button without the app');
  } finally {
    await context.close();
  }
});

test('the real Pym.js parent sizes the frame exactly, and AMP gets its resize request', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(new URL('/pym.html', host.url).href);
    await tab.frameLocator('#container iframe').locator('html[data-live="true"]').waitFor();
    const sizes = await fits(tab, '#container iframe');
    assert.ok(sizes.inner <= 1000, `the feud step in Pym: ${sizes.inner}px`);
    assert.equal(await scrollsInside(tab, '#container iframe'), false);

    await tab.goto(new URL('/amp.html', host.url).href);
    const handle = await tab.waitForFunction(() => window.ampMessages.find((m) => m.type === 'embed-size'));
    const message = await handle.jsonValue();
    const inner = await tab.frameLocator('#frame').locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    assert.equal(message.height, inner, 'AMP is asked for the card’s height');
  } finally {
    await context.close();
  }
});

test('each view has a static oEmbed answer, discovered from both pages’ heads', async () => {
  for (const name of ['index.html', 'embed.html']) {
    const html = await readFile(`${DIST}/${name}`, 'utf8');
    assert.match(html, /<link rel="alternate" type="application\/json\+oembed" href="oembed\/story.json" title="Stargate, explained">/, name);
  }
  const views = { story: [/embed\.html\?id=stargate-explainer"/, 1000], calculator: [/view=calculator/, 1600], 'step-the-money': [/step=the-money&amp;view=step/, 1000] };
  for (const [file, [src, height]] of Object.entries(views)) {
    const response = await fetch(`${site.url}oembed/${file}.json`);
    assert.equal(response.status, 200, file);
    const answer = await response.json();
    assert.equal(answer.version, '1.0');
    assert.equal(answer.type, 'rich');
    assert.equal(answer.provider_name, 'Stargate, explained');
    assert.match(answer.title, /^Stargate, explained/);
    assert.equal(answer.width, 640);
    assert.equal(answer.height, height, file);
    assert.match(answer.html, /^<iframe src="embed\.html/);
    assert.match(answer.html, src, file);
    assert.match(answer.html, new RegExp(`height:${height}px`));
  }
});

test('with its script stripped, the snippet still shows the whole card at 640 px; the old ?embed=1 address opens the card', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  try {
    const tab = await context.newPage();
    for (const view of ['story', 'calculator']) {
      const answer = await (await fetch(`${site.url}oembed/${view}.json`)).json();
      const iframe = answer.html.replace(/<script[^>]*><\/script>/, '').replace('<iframe ', '<iframe id="frame" ').replace('src="embed.html', `src="${embed}`);
      await tab.setContent(page('No script', iframe));
      const frame = tab.frameLocator('#frame');
      await frame.locator('html[data-live="true"]').waitFor();
      const outer = await tab.locator('#frame').evaluate((f) => f.getBoundingClientRect().height);
      assert.equal(outer, answer.height, 'the frame keeps the snippet’s height');
      assert.equal(await scrollsInside(tab), false, `${view}: the whole card shows without scrolling`);
    }
    await tab.goto(new URL('/legacy.html', host.url).href);
    await fits(tab);
    const frameUrl = tab.frames().find((f) => f.url().includes('/embed/stargate/'))?.url();
    assert.match(frameUrl, /\/embed\.html\?embed=1&step=the-money&id=old$/);
    assert.ok(await tab.frameLocator('#frame').locator('#step-the-money.step--current').isVisible());
  } finally {
    await context.close();
  }
});

test('a sandboxed frame of the calculator alone comes to life from a host without CORS', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(new URL('/sandboxed-calculator.html', host.url).href);
    const sizes = await fits(tab);
    assert.ok(sizes.inner <= 2200, `${sizes.inner}px`);
    assert.ok(await tab.frameLocator('#frame').locator('#calculator').isVisible());
    // The self-contained copy carries the calculator's module inline, and starts it for this view.
    const inner = tab.frames().find((frame) => frame !== tab.mainFrame());
    await calculatorReady(inner);
    await inner.click('.calculator__preset >> nth=1');
    await inner.waitForFunction(() => document.querySelector('#calc-secured-slider').value === '9.9');
  } finally {
    await context.close();
  }
});

test('"Embed this" builds each view’s snippet for the current step and scenario, previews it, and copies it', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    const problems = watchPage(tab, new URL(site.url).origin);
    await tab.goto(`${site.url}?step=the-money&pledge=320`);
    await tab.waitForSelector('html[data-live="true"]');
    await tab.locator('.embed-code__toggle').click();
    const code = () => tab.inputValue('#embed-code-text');
    const folder = site.url.replace(/&/g, '&amp;');
    await tab.waitForFunction((folder) => document.getElementById('embed-code-text').value.includes(folder), folder);
    assert.match(await code(), /src="http:\/\/127\.0\.0\.1:\d+\/embed\/stargate\/embed\.html\?step=the-money&amp;pledge=320&amp;(?:[^"]*&amp;)?id=stargate-explainer"/);
    assert.match(await code(), /height:1000px/);
    assert.match(await code(), /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\/stargate\/embed\.js" defer><\/script>$/);
    // Both previews load the embed and are sized to it by embed.js, as in an article.
    for (const width of [360, 640]) {
      const frame = `.embed-code__frame[data-width="${width}"] iframe`;
      const sizes = await fits(tab, frame);
      assert.ok(sizes.inner <= (width === 360 ? 1300 : 1000), `preview at ${width}: ${sizes.inner}`);
    }
    await tab.locator('#embed-view-step').check();
    assert.match(await code(), /step=the-money&amp;pledge=320&amp;(?:[^"]*&amp;)?view=step&amp;id=stargate-explainer"/);
    await tab.locator('#embed-view-calculator').check();
    assert.match(await code(), /embed\.html\?pledge=320&amp;(?:[^"]*&amp;)?view=calculator&amp;id=stargate-explainer"/);
    assert.match(await code(), /height:1600px/);
    await tab.locator('.embed-code__copy').click();
    await tab.locator('.embed-code__status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), await code());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('"Embed this" shows each preview whole at 1280 and 390 px: laid out at its width, drawn smaller where the column is narrower, its box following its height', async () => {
  await withContext(browser, { viewport: { width: 1280, height: 900 } }, async (context) => {
    const tab = await context.newPage();
    const problems = watchPage(tab, new URL(site.url).origin);
    await tab.goto(`${site.url}?step=the-money`);
    await tab.waitForSelector('html[data-live="true"]');
    await tab.locator('.embed-code__toggle').click();
    // The same panel as the window narrows, then with another view, of another height.
    for (const [width, view] of [[1280, 'story'], [390, 'story'], [390, 'step'], [1280, 'step']]) {
      await tab.setViewportSize({ width, height: 900 });
      await tab.locator(`#embed-view-${view}`).check();
      const label = `${width} px, ${view}`;
      assert.deepEqual(await previewsSettle(() => tab.evaluate(previewReport), label), [], label);
    }
    assert.deepEqual(problems, []);
  });
});

test('where the clipboard refuses, "Embed this" selects the code and says how to copy it', async () => {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(site.url);
    await tab.waitForSelector('html[data-live="true"]');
    await tab.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await tab.locator('.embed-code__toggle').click();
    await tab.locator('.embed-code__copy').click();
    await tab.locator('.embed-code__status', { hasText: 'press Ctrl+C' }).waitFor();
    assert.equal(await tab.locator('.embed-code__status').innerText().then((t) => t.includes('Copied')), false);
    const selected = await tab.evaluate(() => {
      const text = document.getElementById('embed-code-text');
      return document.activeElement === text && text.selectionStart === 0 && text.selectionEnd === text.value.length;
    });
    assert.equal(selected, true, 'the code is selected');
  } finally {
    await context.close();
  }
});

test('a frame that starts hidden (a closed tab) fits once it is shown', async () => {
  const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(new URL('/hidden.html', host.url).href);
    await tab.frameLocator('#frame').locator('html[data-live="true"]').waitFor({ state: 'attached' });
    await tab.evaluate(() => { document.getElementById('tab').hidden = false; });
    await fits(tab);
    assert.deepEqual(await context.cookies(), [], 'no cookies');
  } finally {
    await context.close();
  }
});
