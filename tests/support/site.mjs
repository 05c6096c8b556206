// The setup every end-to-end file shares: dist/ served under a sub-folder, and one Chromium,
// both started before the file's tests and stopped after them. Serving dist/ serves every
// edition: the English at the site's address, each translation `xx` at `xx/` (dist/xx/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';

import { editionSubfolders } from '../../scripts/editions.mjs';
import { serveFolder } from './server.mjs';
import { headForCalculator, launchChromium, watchPage } from './browser.mjs';

/** The built site under test: dist/, or another build's folder given in E2E_DIST. */
export const DIST = process.env.E2E_DIST ?? 'dist';

/** The translations built beside the English edition, each in its folder of DIST: `['es']`. */
export const TRANSLATIONS = existsSync(DIST) ? editionSubfolders(DIST) : [];

/** The folder of an edition's files: DIST for the English (`en`), DIST/xx for a translation. */
export const editionDir = (language = 'en') => (language === 'en' ? DIST : join(DIST, language));

/** The address of an edition on the served site (`site.server.url`): its root, or `xx/` for a translation. */
export const editionUrl = (site, language = 'en') => (language === 'en' ? site.server.url : new URL(`${language}/`, site.server.url).href);

/** Returns `{ server, browser }`, filled in before the tests run. */
export function servedSite(prefix) {
  const site = {};
  before(async () => {
    site.server = await serveFolder(DIST, { prefix });
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens the served site with `query` in a new page of `context` and waits until the app is
 * live: the walkthrough, and, unless `calculator: false`, the calculator too. `language`: the
 * edition to open (`es`: the site's `es/`, with `query` after it); the English by default.
 * `problems` collects console errors and warnings, page errors and requests to other origins.
 */
export async function openLive(site, context, query, { calculator = true, language = 'en' } = {}) {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(site.server.url).origin);
  await page.goto(editionUrl(site, language) + query);
  await page.waitForSelector('html[data-live="true"]');
  if (calculator) await loadCalculator(page);
  return { page, problems };
}

/**
 * The calculator is a chunk of the WebAssembly of its own, which the page asks for when the
 * reader nears it, or a few seconds after the walkthrough is live (src/chunks.rs). A test that
 * is not about when it comes asks at once, as a reader heading for it does (a pointer over a
 * link to its step, which every page carries in its step list), and waits until it is live.
 */
export async function loadCalculator(frame) {
  if (!(await frame.evaluate(headForCalculator))) throw new Error('no link to the calculator\'s step to head for');
  await calculatorReady(frame);
}

/** Waits until the calculator's module has made it live, in `frame` (a page or a frame). */
export function calculatorReady(frame) {
  return frame.waitForSelector('#calculator-island[data-live="true"]', { state: 'attached' });
}
