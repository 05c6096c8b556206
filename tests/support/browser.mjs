// Launches Debian's Chromium through playwright-core (never a downloaded browser), with the
// flags this sandboxed, offline machine needs.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What Chromium needs here: no sandbox (root), and nothing that reaches past 127.0.0.1. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Runs `body(context)` in a new browser context made with `options`, and closes the context
 * once `body` is done, whether it passed or threw: a failing test leaves no context (and no
 * pages) open behind it. Resolves to what `body` resolves to.
 */
export async function withContext(browser, options, body) {
  const context = await browser.newContext(options);
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}

/**
 * Stops the page clock of `context` (Playwright's clock) from the first page it opens: its
 * timers fire only when the test runs the clock on (`context.clock.runFor(ms)`), so a test
 * says how much page time passes instead of waiting real time out. Call it before the first
 * navigation; every later document of the context starts where the clock stands.
 */
export async function stopClock(context, time = new Date('2025-01-23T12:00:00Z')) {
  await context.clock.install({ time });
  await context.clock.pauseAt(time);
}

/** Records console messages, page errors and requests to other origins for a page. */
export function watchPage(page, origin) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      // A failed load is logged without its address: the message's location has it.
      const failedLoad = /^Failed to load resource/.test(message.text());
      problems.push(`console ${message.type()}: ${message.text()}${failedLoad ? ` (${message.location().url})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return problems;
}

/**
 * In the page (passed to `evaluate` or `executeScript`): asks for the calculator at once, as a
 * reader heading for it does, with a pointer over a link to its step, which every page carries
 * in its step list (src/hooks/use_calculator_island.rs). Says whether there was such a link.
 */
export function headForCalculator() {
  const link = document.querySelector('a[href*="step=do-the-math"]');
  link?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  return link !== null;
}
