// The setup every end-to-end file shares: dist/ served under a sub-folder, and one Chromium,
// both started before the file's tests and stopped after them.
import { after, before } from 'node:test';

import { serveFolder } from './server.mjs';
import { launchChromium } from './browser.mjs';

/** The built site under test: dist/, or another build's folder given in E2E_DIST. */
export const DIST = process.env.E2E_DIST ?? 'dist';

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
