// End-to-end: the Spanish edition (dist/es/, served beside the English at es/) in headless
// Chromium, as the English tests check the English page: live with nothing logged and no CSP
// violation; the walkthrough by keyboard and by address; the calculator reading a Spanish
// decimal; the language switch keeping the step and the scenario, both ways; the embed posting
// its heights, within their limits; the page without JavaScript; axe-core; the lang attributes
// and the head; the one-file copy from file://; offline. The words expected are the
// translation's, read from data/es/ (tests/support/editions.mjs), never from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { watchPage, withContext } from '../support/browser.mjs';
import { serveFolder } from '../support/server.mjs';
import { cacheName } from '../support/builds.mjs';
import { axeViolations } from '../support/axe.mjs';
import { WIDTHS, cardHeight, variants } from '../support/embed-heights.mjs';
import { editionWords, fill, lead } from '../support/editions.mjs';
import { DIST, calculatorReady, editionUrl, loadCalculator, openLive, servedSite } from '../support/site.mjs';

const ES = 'es';
const words = await editionWords(ES);
const { ui, steps: STEPS } = words;
const site = servedSite('/noticias/stargate/');
const esUrl = () => editionUrl(site, ES);

/** The last line of each source article, as stored (they stay in English in every edition). */
const LAST_LINES = await Promise.all(
  ['000_8713a5ca968fbee1.txt', '004_e0a4f60127c18bcf.txt'].map(async (f) => (await readFile(`data/sources/${f}`, 'utf8')).trim().split('\n').pop().trim()),
);

/** The Spanish page opened with `query` in a new page of `context`, live (and its calculator, unless `calculator: false`). */
const openSpanish = (context, query = '', options = {}) => openLive(site, context, query, { language: ES, ...options });

/** Waits until step `index` is current: its heading focused, its slug in the address. */
async function atStep(page, index) {
  const { slug, headline } = STEPS[index];
  await page.waitForFunction(
    ([h, s]) => document.activeElement?.textContent === h && new URL(location.href).searchParams.get('step') === s,
    [headline, slug],
  );
}

/** What the page shows of the walkthrough. */
const shown = (page) =>
  page.evaluate(() => {
    const current = [...document.querySelectorAll('.step')].filter((s) => getComputedStyle(s).display !== 'none');
    return {
      count: current.length,
      headline: current[0]?.querySelector('h3')?.textContent,
      focused: document.activeElement?.id,
      step: new URL(location.href).searchParams.get('step'),
      live: document.querySelector('.walkthrough__live')?.textContent,
    };
  });

/** The calculator's number fields, by id. */
const fieldValues = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#calculator .calc-field__number')].map((input) => [input.id, input.value])));

/**
 * Types `text` into the field `id` key by key, after selecting what is there, as a reader
 * does; after each key no other field has changed.
 */
async function typeKeys(page, id, text) {
  const before = await fieldValues(page);
  await page.focus(`#${id}`);
  await page.evaluate((i) => document.getElementById(i).select(), id);
  for (const key of text) {
    await page.keyboard.press(key);
    const now = await fieldValues(page);
    for (const [other, value] of Object.entries(before)) {
      if (other !== id) assert.equal(now[other], value, `typing ${text} into ${id}: ${other} kept its value`);
    }
  }
  await page.waitForFunction(([i, t]) => document.getElementById(i).value === t, [id, text]);
  // On to the next control, as a reader does: the field shows the value in use from then on.
  await page.keyboard.press('Tab');
}

const param = (page, name) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);

test('the Spanish page comes to life in place from es/, in Spanish, with nothing logged and no CSP violation', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(esUrl());
  await page.waitForSelector('html[data-live="true"]');
  await loadCalculator(page);
  const result = await page.evaluate(() => ({
    path: location.pathname,
    lang: document.documentElement.lang,
    liveMark: performance.getEntriesByName('stargate:live').length,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    cspViolations: window.__cspViolations,
    title: document.querySelector('h1').textContent,
    dek: document.querySelector('.site-header__dek').textContent,
    summary: document.getElementById('summary-heading')?.textContent,
    walkthrough: document.querySelector('.walkthrough__heading')?.textContent,
    next: document.querySelector('.step-nav__button--next').textContent,
    calculator: document.querySelector('.calculator__heading')?.textContent,
  }));
  assert.equal(result.path, new URL(esUrl()).pathname);
  assert.equal(result.liveMark, 1, 'the live mark, as the English page sets it');
  assert.match(result.csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(result.csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(result.cspViolations, [], 'the Spanish page works under its strict policy');
  assert.deepEqual(problems, []);
  // In Spanish: the story's words (data/es/story.toml), then the interface's (data/es/ui.toml).
  assert.equal(result.title, words.story.title);
  assert.equal(result.dek, words.story.dek);
  assert.equal(result.lang, ES);
  assert.equal(result.summary, ui.summary.heading);
  assert.equal(result.walkthrough, fill(ui.walkthrough.heading, { count: STEPS.length }, ES));
  assert.ok(result.next.startsWith(ui.walkthrough.next), `Next is "${ui.walkthrough.next}": ${result.next}`);
  assert.equal(result.calculator, ui.calculator.heading);
}));

test('the keyboard alone goes through every Spanish step: heading, focus, address and what is announced at each', () => withContext(site.browser, {}, async (context) => {
  assert.equal(STEPS.length, 10, 'ten steps');
  assert.ok(STEPS.every((step) => step.headline), 'data/es/steps.toml gives every step a headline');
  const { page, problems } = await openSpanish(context, '', { calculator: false });
  const progress = await page.locator('.step-progress__item .step-progress__title').allTextContents();
  assert.deepEqual(progress, STEPS.map((step) => step.headline), 'the progress list names the steps in Spanish');
  assert.equal((await shown(page)).headline, STEPS[0].headline);
  // What the page announces at each step, checked once the keys have been.
  const announced = [];
  for (let i = 1; i < STEPS.length; i++) {
    await page.keyboard.press('ArrowRight');
    await atStep(page, i);
    const state = await shown(page);
    assert.deepEqual([state.count, state.headline, state.focused], [1, STEPS[i].headline, `step-${STEPS[i].slug}-heading`], `step ${i + 1}`);
    announced.push(state.live);
  }
  await page.keyboard.press('ArrowRight');
  assert.equal((await shown(page)).step, STEPS.at(-1).slug, 'no step after the last');
  await page.keyboard.press('Home');
  await atStep(page, 0);
  await page.keyboard.press('End');
  await atStep(page, STEPS.length - 1);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, STEPS.length - 2);
  await page.keyboard.press('Home');
  await atStep(page, 0);
  // Next, focused and pressed with Enter.
  await page.locator('.step-nav__button--next').focus();
  await page.keyboard.press('Enter');
  await atStep(page, 1);
  assert.equal(new URL(page.url()).pathname, new URL(esUrl()).pathname, 'still the Spanish page');
  assert.deepEqual(problems, []);
  assert.deepEqual(announced, STEPS.slice(1).map((step, i) => fill(ui.walkthrough.announcement, { number: i + 2, total: STEPS.length, headline: step.headline }, ES)));
}));

test('es/?step=<slug> opens that step, in Spanish; Back returns to the step before', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  for (const [index, step] of STEPS.entries()) {
    await page.goto(`${esUrl()}?step=${step.slug}`);
    await page.waitForSelector('html[data-live="true"]');
    const state = await shown(page);
    assert.deepEqual([state.count, state.headline, state.step], [1, step.headline, step.slug], step.slug);
    assert.equal(await page.locator('.step-nav__button--previous').isDisabled(), index === 0, `${step.slug}: Previous`);
    assert.equal(await page.locator('.step-nav__button--next').isDisabled(), index === STEPS.length - 1, `${step.slug}: Next`);
    assert.equal(await page.locator('.walkthrough__notice').textContent(), '', `${step.slug}: no notice`);
  }
  // Moves made in the page go into the history: Back comes back to the step before.
  await page.locator('.step-nav__button--previous').click();
  await atStep(page, STEPS.length - 2);
  await page.goBack();
  await page.waitForFunction((h) => document.querySelector('.step--current h3')?.textContent === h, STEPS.at(-1).headline);
  // An unknown step: the first step, with the Spanish notice.
  await page.goto(`${esUrl()}?step=no-such-step`);
  await page.waitForSelector('html[data-live="true"]');
  assert.equal((await shown(page)).headline, STEPS[0].headline);
  assert.deepEqual(problems, []);
  assert.equal(await page.locator('.walkthrough__notice').textContent(), fill(ui.walkthrough['unknown-step'], { slug: 'no-such-step' }, ES));
}));

test('the calculator reads a Spanish decimal typed key by key: "9,9" gives the result for 9.9, and secured=9.9 in the address', async () => {
  // The result for 9.9, as an address that sets it gives it.
  const expected = await withContext(site.browser, {}, async (context) => {
    const { page } = await openSpanish(context, '?step=do-the-math&secured=9.9');
    return page.evaluate(() => ({
      summary: document.querySelector('.calculator__summary').textContent,
      line: document.querySelector('.funding-chart__secured').getAttribute('y1'),
    }));
  });
  await withContext(site.browser, {}, async (context) => {
    const { page, problems } = await openSpanish(context, '?step=do-the-math');
    const before = await page.locator('.calculator__summary').textContent();
    // (typeKeys waits until the field shows "9,9" as typed.)
    await typeKeys(page, 'calc-secured', '9,9');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('secured') === '9.9');
    const after = await page.evaluate(() => ({
      summary: document.querySelector('.calculator__summary').textContent,
      line: document.querySelector('.funding-chart__secured').getAttribute('y1'),
      slider: document.getElementById('calc-secured-slider').value,
      message: document.getElementById('calc-secured-message').textContent,
    }));
    assert.notEqual(after.summary, before);
    assert.equal(after.summary, expected.summary, 'the same result as secured=9.9');
    assert.equal(after.line, expected.line, 'the chart’s secured line where 9.9 puts it');
    assert.equal(after.slider, '9.9', 'the slider follows the field');
    assert.equal(after.message, '', 'nothing to say about it: a number');
    assert.equal(await param(page, 'step'), 'do-the-math');
    // A Spanish thousands point: "250.000" jobs is two hundred and fifty thousand (on the
    // English page it is two hundred and fifty).
    await typeKeys(page, 'calc-jobs', '250.000');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('jobs') === '250000');
    assert.equal(await page.locator('#calc-jobs-message').textContent(), '');
    assert.equal(await param(page, 'secured'), '9.9', 'the amount secured kept');
    // In Spanish words; and, left, the field shows the value in use as Spanish writes it.
    assert.ok(after.summary.startsWith(lead(ui.calculator.summary.gap.other)), `the result in Spanish: ${after.summary}`);
    assert.equal(await page.inputValue('#calc-secured'), '9,9', 'the settled field, with a decimal comma');
    assert.deepEqual(problems, []);
  });
});

test('the language switch opens the English page at the same step with the same scenario, and its switch comes back', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await openSpanish(context, '?step=do-the-math');
  await typeKeys(page, 'calc-secured', '12,5');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('secured') === '12.5');
  // Then to another step: the scenario stays in the address.
  await page.locator('.step-nav__button--previous').click();
  await atStep(page, STEPS.findIndex((step) => step.slug === 'do-the-math') - 1);
  const step = await param(page, 'step');
  const query = await page.evaluate(() => location.search);
  assert.match(query, /secured=12\.5/);

  const toEnglish = page.locator('nav.language-switch a[data-edition]');
  assert.equal(await toEnglish.count(), 1, 'one other edition');
  assert.deepEqual(
    await toEnglish.evaluate((a) => [a.getAttribute('data-edition'), a.getAttribute('href'), a.hreflang, a.lang, a.textContent]),
    // The link takes the page's query as it is followed (src/browser.rs), not before.
    ['../', '../', words.original.language, words.original.language, words.original.name],
  );
  const label = await toEnglish.evaluate((a) => a.closest('nav').getAttribute('aria-label'));
  await toEnglish.click();
  await page.waitForURL((url) => url.pathname === new URL(site.server.url).pathname);
  await page.waitForSelector('html[data-live="true"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), words.original.language, 'the English page');
  assert.deepEqual([await param(page, 'step'), await param(page, 'secured')], [step, '12.5'], 'the English page at the same step and scenario');
  assert.ok(await page.locator(`#step-${step}.step--current`).isVisible());
  await loadCalculator(page);
  assert.equal(await page.inputValue('#calc-secured'), '12.5');

  const toSpanish = page.locator('nav.language-switch a[data-edition]');
  const back = await page.evaluate(() => location.search);
  assert.ok(back.includes('secured=12.5'), back);
  assert.deepEqual(await toSpanish.evaluate((a) => [a.getAttribute('href'), a.hreflang, a.textContent]), [`${ES}/`, ES, words.edition.name]);
  await toSpanish.click();
  await page.waitForURL((url) => url.pathname === new URL(esUrl()).pathname);
  await page.waitForSelector('html[data-live="true"]');
  assert.deepEqual([await param(page, 'step'), await param(page, 'secured')], [step, '12.5'], 'back in Spanish at the same step and scenario');
  assert.equal((await shown(page)).headline, STEPS.find((s) => s.slug === step).headline);
  await calculatorReady(page);
  assert.match(await page.inputValue('#calc-secured'), /^12[.,]5$/);
  assert.deepEqual(problems, []);
  assert.equal(await page.evaluate(() => document.documentElement.lang), ES, 'the Spanish page');
  assert.equal(label, ui['language-switch'].label, 'the switch named in Spanish');
}));

test('the Spanish embed posts its heights to its host, plain and sandboxed, and its frame fits the card after a step change', async () => {
  const embed = `${esUrl()}embed.html`;
  const hostPage = (sandbox) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Un artículo</title><link rel="icon" href="data:,"></head><body style="margin:0">
<h1>Un artículo</h1><iframe id="frame" src="${embed}?id=es-1" data-stargate-explainer title="Stargate, explicado" ${sandbox ? 'sandbox="allow-scripts allow-popups"' : ''} style="width:100%;border:0;height:150px"></iframe>
<p>Después del explicador.</p><script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'stargate-explainer:height') window.heights.push(e.data); });</script>
<script src="${esUrl()}embed.js"></script></body></html>`;
  const host = await serveFolder(DIST, { prefix: '/nada/', pages: { '/plain.html': hostPage(false), '/sandboxed.html': hostPage(true) } });
  const languages = {};
  try {
    for (const kind of ['plain', 'sandboxed']) {
      await withContext(site.browser, { viewport: { width: 360, height: 800 } }, async (context) => {
        const tab = await context.newPage();
        const problems = watchPage(tab, new URL(host.url).origin);
        await tab.goto(new URL(`/${kind}.html`, host.url).href);
        const frame = tab.frameLocator('#frame');
        await frame.locator('html[data-live="true"]').waitFor();
        languages[kind] = await frame.locator('html').getAttribute('lang');
        const fits = async () => {
          const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
          await tab.waitForFunction(
            (h) => Math.abs(document.getElementById('frame').getBoundingClientRect().height - h) <= 2 && window.heights.some((m) => m.id === 'es-1' && Math.abs(m.height - h) <= 2),
            inner,
          );
          return inner;
        };
        const first = await fits();
        await frame.locator('.step-nav__button--next').click();
        await frame.locator('#step-who-is-who.step--current').waitFor();
        // The card's new height, once it has settled.
        await tab.waitForFunction(
          (h) => window.heights.length > 0 && window.heights.at(-1).height !== h,
          first,
        );
        const second = await fits();
        assert.notEqual(second, first, `${kind}: the step changed the height`);
        assert.equal(await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1), false, `${kind}: no scrolling inside`);
        const foreign = problems.filter((p) => p.startsWith('request to another origin') && !p.includes(new URL(site.server.url).origin));
        assert.deepEqual(foreign, [], kind);
        assert.deepEqual(problems.filter((p) => !p.startsWith('request to another origin')), [], `${kind}: nothing logged`);
      });
    }
  } finally {
    await host.close();
  }
  assert.deepEqual(languages, { plain: ES, sandboxed: ES }, 'the Spanish card (the sandboxed frame: es/stargate-embed.html)');
});

test('every variant of the Spanish card keeps within its height at 360 and 640 px', () => withContext(site.browser, {}, async (context) => {
  const embed = `${esUrl()}embed.html`;
  const over = [];
  const jobs = variants(STEPS.map((step) => step.slug)).flatMap((variant) => WIDTHS.map((width) => ({ variant, width })));
  // A few at a time: each in a page of its own.
  for (let i = 0; i < jobs.length; i += 6) {
    await Promise.all(jobs.slice(i, i + 6).map(async ({ variant, width }) => {
      const height = await cardHeight(context, embed, variant.query, width);
      if (height > variant.limits[width]) over.push(`${variant.name} at ${width} px: ${height} > ${variant.limits[width]}`);
    }));
  }
  assert.deepEqual(over, []);
}));

test('without JavaScript the Spanish page reads in full: its summary, every step in order, both articles in English', () => withContext(site.browser, { javaScriptEnabled: false }, async (context) => {
  const page = await context.newPage();
  await page.goto(esUrl());
  assert.equal(await page.locator('html[data-live]').count(), 0);
  assert.ok(await page.locator('.summary__text').isVisible(), 'the summary');
  const visible = await page.evaluate(() => [...document.querySelectorAll('.step')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.querySelector('h3').textContent));
  assert.deepEqual(visible, STEPS.map((step) => step.headline), 'every step, in order');
  assert.equal(await page.locator('.step-nav').isVisible(), false, 'no dead buttons');
  const articles = page.locator('#sources .source-article__text');
  assert.equal(await articles.count(), 2);
  for (const [index, line] of LAST_LINES.entries()) {
    const article = articles.nth(index);
    assert.equal(await article.getAttribute('lang'), 'en', `article ${index + 1} is marked English`);
    // Its text as written (the sources are drawn only when scrolled to: content-visibility), and shown.
    assert.ok((await article.textContent()).replace(/\s+/g, ' ').includes(line.replace(/\s+/g, ' ')), `article ${index + 1} reads to its last line`);
    assert.ok(await article.isVisible(), `article ${index + 1} is shown`);
  }
  // The switch is a plain link without JavaScript.
  assert.equal(await page.locator('nav.language-switch a[data-edition]').getAttribute('href'), '../');
  assert.equal(await page.locator('html').getAttribute('lang'), ES);
  assert.ok(await page.getByRole('heading', { name: ui.summary.heading }).isVisible(), `the summary's heading: ${ui.summary.heading}`);
}));

/**
 * The steps axe-core checks: each kind of part the Spanish words fill (the masthead with its
 * switch, quote cards with their translations, the who's who, the money, the timeline, the most
 * quotes, the calculator). The English suite checks every step of the same parts.
 */
const AXE_STEPS = ['announcement', 'who-is-who', 'the-money', 'the-feud', 'the-politics', 'do-the-math'];

test('axe-core finds no violation on the Spanish page, at a step of each kind, and in dark at the calculator', async () => {
  // bypassCSP: axe-core is injected as an inline script, which the page's policy refuses.
  await withContext(site.browser, { colorScheme: 'light', bypassCSP: true }, async (context) => {
    const { page } = await openSpanish(context, '');
    for (let i = 0; i < STEPS.length; i++) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        await atStep(page, i);
      }
      if (AXE_STEPS.includes(STEPS[i].slug)) assert.deepEqual(await axeViolations(page), [], `light, step ${STEPS[i].slug}`);
    }
  });
  await withContext(site.browser, { colorScheme: 'dark', bypassCSP: true }, async (context) => {
    const { page } = await openSpanish(context, '?step=do-the-math');
    assert.deepEqual(await axeViolations(page), [], 'dark, step do-the-math');
  });
});

test('lang attributes and the head: the page in Spanish, the quotes and articles marked English with the translation beside each quote', () => withContext(site.browser, {}, async (context) => {
  const { page, problems } = await openSpanish(context, '', { calculator: false });
  const found = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    quotes: [...document.querySelectorAll('.quote-card')].map((card) => {
      const quote = card.querySelector('blockquote.quote-card__quote');
      const translation = quote?.nextElementSibling;
      return {
        quoteLang: quote?.getAttribute('lang'),
        isTranslation: translation?.classList.contains('quote-card__translation') ?? false,
        label: translation?.querySelector('.quote-card__translation-label')?.textContent,
        text: translation?.textContent,
        translationLang: translation?.closest('[lang]')?.getAttribute('lang'),
      };
    }),
    articles: [...document.querySelectorAll('#sources .source-article__text')].map((a) => a.getAttribute('lang')),
    alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.getAttribute('href')])),
    meta: Object.fromEntries([...document.querySelectorAll('meta[property]')].map((m) => [m.getAttribute('property'), m.content])),
  }));
  assert.ok(found.quotes.length >= 5, `${found.quotes.length} quote cards`);
  const translations = new Set(Object.values(words.translations).map((t) => fill(ui.quote.marks, { quote: t })));
  for (const [index, quote] of found.quotes.entries()) {
    assert.equal(quote.quoteLang, 'en', `quote ${index + 1}: the English words, marked English`);
    assert.equal(quote.isTranslation, true, `quote ${index + 1}: the translation right under it`);
    const text = quote.text.slice(quote.label.length).trim();
    assert.ok(translations.has(text), `quote ${index + 1}: a translation from data/es/claims.toml: ${text}`);
  }
  assert.deepEqual(found.articles, ['en', 'en'], 'both articles marked English');
  // hreflang alternates take absolute addresses, so only a build told its address (SITE_URL)
  // writes them (src/build/head.rs tests them); the switch's links carry hreflang here.
  assert.deepEqual(found.alternates, {});
  assert.equal(found.meta['og:locale'], words.edition.locale);
  assert.equal(found.meta['og:locale:alternate'], words.original.locale);
  assert.equal(found.meta['article:published_time'], words.edition.published);
  // A citation still opens the English passage, highlighted, in the English article.
  await page.locator('a.citation-link').first().click();
  const passage = page.locator('mark.passage--open');
  await passage.waitFor();
  assert.equal(await passage.evaluate((m) => m.closest('[lang]').getAttribute('lang')), 'en');
  assert.deepEqual(problems, []);
  // The page, and so each translation, in Spanish; each marked as the project's translation.
  assert.equal(found.lang, ES);
  assert.deepEqual(new Set(found.quotes.map((q) => q.translationLang)), new Set([ES]), 'the translations in Spanish');
  assert.deepEqual(new Set(found.quotes.map((q) => q.label)), new Set([ui.quote.translation]), 'each marked as a translation');
}));

test('the Spanish one-file copy works from file:// with the network off', () => withContext(site.browser, {}, async (context) => {
  const file = pathToFileURL(resolve(DIST, ES, 'stargate-explainer.html')).href;
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
  await page.goto(file);
  await page.waitForSelector('html[data-live="true"]');
  assert.equal(await page.locator('h1').textContent(), words.story.title);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.locator('.step-nav__button--next').click();
  await atStep(page, 1);
  await page.goto(`${file}?step=do-the-math`);
  await page.waitForSelector('html[data-live="true"]');
  await calculatorReady(page);
  const before = await page.locator('.calculator__summary').textContent();
  await page.focus('#calc-secured-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before);
  const summary = await page.locator('.calculator__summary').textContent();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  assert.equal(lang, ES);
  assert.ok(summary.startsWith(lead(ui.calculator.summary.gap.other)), `in Spanish: ${summary}`);
}));

test('after one visit, the Spanish page reloads offline as the Spanish page, from its own worker (es/sw.js)', () => withContext(site.browser, {}, async (context) => {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.goto(esUrl());
  await page.waitForSelector('html[data-live="true"]');
  await page.waitForFunction((worker) => navigator.serviceWorker.controller?.scriptURL === worker, `${esUrl()}sw.js`, { timeout: 15000 });
  // Its edition's cache holds the page. (Polled: waitForFunction would take the promise for true.)
  const cache = await cacheName(join(DIST, ES));
  for (const deadline = Date.now() + 15000; !(await page.evaluate((name) => caches.has(name).then((has) => has && caches.open(name).then((c) => c.match('./'))).then(Boolean), cache)); ) {
    if (Date.now() > deadline) assert.fail(`the cache ${cache} does not hold the Spanish page`);
    await page.waitForTimeout(100);
  }

  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('html[data-live="true"]');
    const offline = await page.evaluate(() => ({
      path: location.pathname,
      lang: document.documentElement.lang,
      title: document.querySelector('h1').textContent,
      summary: document.getElementById('summary-heading')?.textContent,
    }));
    assert.deepEqual([offline.path, offline.title], [new URL(esUrl()).pathname, words.story.title], 'the Spanish page, from the cache');
    // A step and a scenario, offline: the calculator's module from the same cache.
    await page.goto(`${esUrl()}?step=do-the-math&secured=5`);
    await page.waitForSelector('html[data-live="true"]');
    await calculatorReady(page);
    assert.equal((await shown(page)).headline, STEPS.find((step) => step.slug === 'do-the-math').headline);
    assert.equal(await page.inputValue('#calc-secured'), '5');
    assert.deepEqual(problems, []);
    assert.deepEqual([offline.lang, offline.summary], [ES, ui.summary.heading], 'in Spanish');
  } finally {
    await context.setOffline(false);
  }
}));
