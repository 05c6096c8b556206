// End-to-end: the funding calculator, by keyboard, through the address and storage, with
// presets, hostile values and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openHydrated, servedSite } from '../support/site.mjs';
import { axeViolations } from '../support/axe.mjs';

const site = servedSite('/graphics/stargate/');

const open = (context, query = '?step=do-the-math') => openHydrated(site, context, query);

const readings = (page) =>
  page.evaluate(() => ({
    summary: document.querySelector('.calculator__summary').textContent,
    pledge: document.querySelector('#calc-pledge').value,
    secured: document.querySelector('#calc-secured').value,
    chart: document.querySelector('.funding-chart__needed').getAttribute('points'),
    rows: [...document.querySelectorAll('.funding-chart__table tbody tr:not([hidden])')].length,
    query: location.search,
  }));

test('moving a slider with the keyboard updates the outputs, the chart and the address', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await open(context);
  const before = await readings(page);
  await page.focus('#calc-pledge-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((old) => document.querySelector('.calculator__summary').textContent !== old, before.summary);
  // The address is written once the scenario holds still.
  await page.waitForFunction(() => location.search.includes('pledge=510'));
  const after = await readings(page);
  assert.equal(after.pledge, '510');
  assert.match(after.summary, /\$510 billion pledge/);
  assert.notEqual(after.chart, before.chart);
  assert.match(after.query, /pledge=510/);
  assert.match(after.query, /step=do-the-math/);
  assert.equal(await page.locator('#calc-pledge-slider').getAttribute('aria-valuetext'), '$510 billion');
  await page.focus('#calc-years-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelectorAll('.funding-chart__table tbody tr:not([hidden])').length === 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload keeps the scenario, storage restores it, and a copied link reproduces it', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await open(context);
  await page.fill('#calc-secured', '42.5');
  await page.waitForFunction(() => location.search.includes('secured=42.5'));
  const chosen = await readings(page);
  await page.reload();
  await page.waitForSelector('html[data-hydrated="true"]');
  assert.equal((await readings(page)).summary, chosen.summary, 'reload');
  // Without the scenario in the address, local storage brings it back.
  await page.goto(site.server.url + '?step=do-the-math');
  await page.waitForSelector('html[data-hydrated="true"]');
  assert.equal((await readings(page)).secured, '42.5', 'storage');
  // The copy button puts the address on the clipboard; a fresh browser opens the same numbers.
  await page.locator('.calculator__action', { hasText: 'Copy link' }).click();
  await page.locator('.calculator__copied', { hasText: 'copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /secured=42.5/);
  const fresh = await site.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.waitForSelector('html[data-hydrated="true"]');
  assert.equal((await readings(other)).summary, chosen.summary, 'copied link');
  await fresh.close();
  await context.close();
});

test('the presets set their cited values', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await open(context);
  await page.locator('.calculator__preset', { hasText: 'Musk’s claim' }).click();
  await page.waitForFunction(() => document.querySelector('#calc-secured').value === '9.9');
  assert.match(await page.locator('#calc-secured-source').textContent(), /well under \$10B/);
  assert.equal(await page.locator('#calc-secured-source').getAttribute('href'), await page.evaluate(() => '#' + document.querySelector('#calc-secured-source').getAttribute('href').slice(1)));
  await page.locator('.calculator__preset', { hasText: 'As announced' }).click();
  await page.waitForFunction(() => document.querySelector('#calc-secured').value === '100');
  assert.match(await page.locator('#calc-pledge-source').textContent(), /up to \$500 billion/);
  assert.match(await page.locator('#calc-initial-source').textContent(), /\$100 billion immediately/);
  assert.match(await page.locator('#calc-jobs-source').textContent(), /hundreds of thousands/);
  assert.match(await page.locator('#calc-secured-source').textContent(), /Assumption/);
  // A cited value's tag opens its passage in the source article.
  await page.locator('#calc-pledge-source').click();
  await page.locator('.passage--open').waitFor();
  await page.locator('.calculator__preset', { hasText: 'Reset' }).click().catch(() => {});
  assert.deepEqual(problems, []);
  await context.close();
});

test('typed values are checked as they are typed; bad link values get a notice', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await open(context, '?step=do-the-math&pledge=abc&years=99&split=1,2&secured=%3Cb%3E');
  const notice = await page.locator('.calculator__notice').textContent();
  assert.match(notice, /Pledge: “abc” is not a number/);
  assert.match(notice, /Period: 99 is more than the most/);
  assert.match(notice, /financing split/);
  assert.equal((await readings(page)).rows, 10);
  await page.fill('#calc-pledge', '2000');
  await page.locator('#calc-pledge-message', { hasText: 'Using 1000' }).waitFor();
  assert.equal(await page.inputValue('#calc-pledge'), '2000', 'what was typed stays');
  await page.fill('#calc-pledge', 'lots');
  await page.locator('#calc-pledge-message', { hasText: 'not a number' }).waitFor();
  assert.equal(await page.getAttribute('#calc-pledge', 'aria-invalid'), 'true');
  // Setting one share rebalances the others to 100%.
  await page.fill('#calc-split-0', '70');
  await page.waitForFunction(() => [...document.querySelectorAll('.calc-split__number')].reduce((t, i) => t + Number(i.value), 0) === 100
    && document.querySelector('#calc-split-0').value === '70');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the calculator works in a page whose storage throws', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const { page, problems } = await open(context);
  await page.focus('#calc-initial-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('initial=105'));
  assert.deepEqual(problems.filter((p) => !p.includes('denied')), []);
  await context.close();
});

test('axe-core finds no violation in the calculator, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // bypassCSP: axe-core is injected as an inline script, which the page's policy refuses.
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const { page } = await open(context, '?step=do-the-math&pledge=abc');
    await page.fill('#calc-secured', 'lots');
    assert.deepEqual(await axeViolations(page, '#calculator'), [], colorScheme);
    await context.close();
  }
});

test('the scenario downloads as CSV, and the live region speaks once the sliders settle', async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await open(context, '?step=do-the-math&secured=9.9');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.calculator__action', { hasText: 'CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'stargate-scenario.csv');
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.match(csv, /^Stargate funding scenario\r\n/);
  assert.match(csv, /Actually secured,9.9,\$ billion/);
  assert.match(csv, /\r\n2028,133.33,500.00,490.10\r\n/);

  const live = page.locator('#calculator > [aria-live]');
  assert.equal(await live.textContent(), '', 'nothing is announced when the page opens');
  await page.focus('#calc-pledge-slider');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await live.textContent(), '', 'nothing while the slider moves');
  await live.filter({ hasText: '$550 billion pledge' }).waitFor({ timeout: 3000 });
  assert.deepEqual(problems, []);
  await context.close();
});
