// Drives Firefox (geckodriver) and WebKitGTK (WebKitWebDriver + MiniBrowser) over WebDriver
// with npm selenium-webdriver, for the cross-engine suite in tests/engines/. Every binary is
// named explicitly, so selenium-manager never runs and nothing is downloaded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { Builder, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import getLogInspector from 'selenium-webdriver/bidi/logInspector.js';
import getScriptManager from 'selenium-webdriver/bidi/scriptManager.js';
import httpUtil from 'selenium-webdriver/http/util.js';

import { editionSubfolders } from '../../scripts/editions.mjs';
import { headForCalculator } from './browser.mjs';

export { By, Key, until } from 'selenium-webdriver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The built site under test: dist/, or another build's folder in E2E_DIST (as tests/e2e/). */
export const DIST = process.env.E2E_DIST ?? 'dist';

/** The translations built beside the English edition, each served at `xx/` of the site (dist/xx/): `['es']`. */
export const TRANSLATIONS = existsSync(DIST) ? editionSubfolders(DIST) : [];

/** The engines to run: `ENGINE=firefox|webkit`, or both. */
export const ENGINES = process.env.ENGINE ? [process.env.ENGINE] : ['firefox', 'webkit'];
for (const engine of ENGINES) {
  if (!['firefox', 'webkit'].includes(engine)) throw new Error(`ENGINE=${engine}: expected firefox or webkit`);
}

/** How long any wait on a condition may take. */
export const TIMEOUT = 15_000;

/**
 * Starts one browser. Resolves to `{ engine, driver, problems, quit }`: `problems` collects
 * what the engine reports on its own (Firefox only, over BiDi); `quit` ends the session and,
 * for WebKit, the driver process started here.
 * `javascript: false` starts it with the page's scripts off.
 */
export async function startBrowser(engine, { javascript = true } = {}) {
  if (engine !== 'firefox') return startWebKit(javascript);
  try {
    return await startFirefox(javascript);
  } catch (error) {
    // Once in a clean-clone CI run, the BiDi socket of a fresh session answered its upgrade
    // with HTTP 405 (selenium gives each session its own port). The session is already ended
    // by then; a second one has always connected.
    if (!String(error?.message).includes('BiDi connection error')) throw error;
    return startFirefox(javascript);
  }
}

async function startFirefox(javascript) {
  const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless').enableBidi();
  if (!javascript) options.setPreference('javascript.enabled', false);
  const driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
    .build();
  const browser = { engine: 'firefox', driver, problems: [], quit: () => driver.quit() };
  try {
    // Every console message and JavaScript error of every page and frame, errors and warnings
    // kept. Firefox also reports each CSP violation here, as a "javascript" entry of level
    // "error" ("Content-Security-Policy: The page’s settings blocked …").
    const logs = await getLogInspector(driver);
    await logs.onLog((entry) => {
      if (entry.level === 'error' || entry.level === 'warn') browser.problems.push(`${entry.type} ${entry.level}: ${entry.text}`);
    });
    // The same recorder WebKit gets after load (below), but here before any of the page's own
    // scripts run, in every document and frame: BiDi preload scripts.
    const scripts = await getScriptManager([], driver);
    await scripts.addPreloadScript(String(installRecorder));
  } catch (error) {
    await driver.quit();
    throw error;
  }
  return browser;
}

async function startWebKit(javascript) {
  // WebKitWebDriver starts MiniBrowser, which needs a display: xvfb-run gives it one. It runs
  // in its own process group so that quitting ends xvfb-run, Xvfb and the driver together.
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  // Also if this process ends without quitting (a crash, or Ctrl-C).
  process.once('exit', stop);
  try {
    const server = `http://127.0.0.1:${port}`;
    await waitForDriver(server, child);
    const args = ['--automation'];
    // MiniBrowser takes each WebKitSettings property as an option. --enable-javascript=false
    // is what a reader's "disable JavaScript" does (CSS then sees `scripting: none`), and
    // WebKitWebDriver's element commands still work under it. (--enable-javascript-markup=false
    // is not the same: it blocks the page's scripts but leaves `scripting` enabled, so the
    // page shows one step at a time with nothing to drive it.)
    if (!javascript) args.push('--enable-javascript=false');
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } })
      .build();
    return {
      engine: 'webkit',
      driver,
      problems: [],
      quit: async () => {
        try {
          await driver.quit();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Waits until the driver at `server` answers that it is ready: selenium's own wait on a
 * driver's status (the one it uses for the drivers it starts, geckodriver here), which asks
 * again while the port refuses connections, as WebKitWebDriver says nothing else when it is
 * up. Fails as soon as the driver exits, or after TIMEOUT.
 */
async function waitForDriver(server, child) {
  let exitCode;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exitCode = code ?? signal))));
  let status;
  try {
    status = await httpUtil.waitForServer(server, TIMEOUT, exited);
  } catch (error) {
    if (error instanceof httpUtil.CancellationError) throw new Error(`WebKitWebDriver exited with ${exitCode}`);
    throw error;
  }
  if (status?.ready !== true) throw new Error(`WebKitWebDriver at ${server} is not ready: ${JSON.stringify(status)}`);
}

/**
 * Runs in the page: records uncaught errors, unhandled rejections and CSP violations in
 * `window.__problems`. Installed once per document. In Firefox it runs before the page's
 * scripts (a BiDi preload script); in WebKit only once `record` below installs it, after the
 * load, so WebKit misses whatever went wrong before then. That early window is covered,
 * indirectly, by requiring `html[data-live="true"]`: the app only sets it once its
 * WebAssembly has loaded and run, which a refused script or a load error would prevent.
 * It cannot catch a console.error or warning logged before the install (WebKitWebDriver has
 * no log endpoint and no BiDi); those logged after it are caught by wrapping console.
 */
function installRecorder() {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  // Capturing, to see failed loads too (their error events do not bubble).
  addEventListener('error', (e) => problems.push(e.target === window ? `error: ${e.message}` : `failed to load: <${e.target.localName}> ${e.target.src || e.target.href || '(inline)'}`), true);
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`console ${level}: ${args.map(String).join(' ')}`);
      return original.apply(this, args);
    };
  }
}

/** Installs the in-page recorder in the current document (a no-op where it already runs). */
export async function record(browser) {
  await browser.driver.executeScript(installRecorder);
}

/**
 * Everything wrong so far: the engine's own reports (Firefox) and the in-page recorder's,
 * for the current document (and, in Firefox, every document since the browser started).
 */
export async function problems(browser) {
  const inPage = await browser.driver.executeScript(() => window.__problems ?? ['the recorder is not installed']);
  return [...browser.problems, ...inPage];
}

/** Clears what was recorded, so the next check covers only what follows. */
export async function clearProblems(browser) {
  browser.problems.length = 0;
  await browser.driver.executeScript(() => window.__problems && (window.__problems.length = 0));
}

/** Loads `url`, installs the recorder (WebKit) and waits until the app is live. */
export async function openLive(browser, url, { calculator = true } = {}) {
  await browser.driver.get(url);
  await record(browser);
  await waitUntil(browser, () => document.documentElement.dataset.live === 'true', [], `live: ${url}`);
  if (calculator) {
    // As tests/support/site.mjs's loadCalculator: ask for it at once, as a reader heading for it does.
    await browser.driver.executeScript(headForCalculator);
    await calculatorReady(browser);
  }
}

/**
 * Waits until the calculator's module, which loads once the reader nears it or a few seconds
 * after the walkthrough is live (src/takeover/island.rs), has made it live.
 */
export function calculatorReady(browser) {
  return waitUntil(browser, () => document.getElementById('calculator-island')?.dataset.live === 'true', [], 'the calculator is live');
}

/** Waits until `fn(...args)`, run in the page, returns something truthy; resolves to it. */
export function waitUntil(browser, fn, args = [], message = String(fn)) {
  return browser.driver.wait(() => browser.driver.executeScript(fn, ...args), TIMEOUT, message);
}

/** Waits for the element `selector` to be in the page; resolves to it. */
export function element(browser, selector) {
  return browser.driver.wait(until.elementLocated({ css: selector }), TIMEOUT, selector);
}

/**
 * Clicks an element as a person would. WebKitWebDriver scrolls an element into view before
 * clicking it, but in a page with `scroll-behavior: smooth` (this one, unless the reader
 * prefers reduced motion) that scroll is animated: the driver checks the element while it is
 * still out of view and refuses with "element not interactable" (proved on a plain button in
 * tests/engines/driver-quirks.test.mjs). So in WebKit the element is first scrolled into
 * view instantly; the click itself is still WebDriver's.
 */
export async function click(browser, target) {
  if (browser.engine === 'webkit') {
    await browser.driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', target);
  }
  await target.click();
}

/**
 * Clicks `selector` inside the iframe `frame` (an element of the current, top-level page),
 * and comes back to the top-level page. Both drivers lose a click on an element of a frame
 * when the element lies below the top-level page's fold: no error, and no event reaches it
 * (Firefox in any frame, WebKit in a cross-origin one; proved in driver-quirks.test.mjs).
 * So the top-level page is first scrolled, instantly, to bring the element into view.
 */
export async function clickInFrame(browser, frame, selector) {
  const { driver } = browser;
  await driver.switchTo().frame(frame);
  try {
    const target = await element(browser, selector);
    const box = await driver.executeScript('const r = arguments[0].getBoundingClientRect(); return { top: r.top, height: r.height }', target);
    await driver.switchTo().defaultContent();
    await driver.executeScript(
      (f, b) => scrollTo({ top: f.getBoundingClientRect().top + scrollY + b.top + b.height / 2 - innerHeight / 2, behavior: 'instant' }),
      frame,
      box,
    );
    await driver.switchTo().frame(frame);
    await click(browser, target);
  } finally {
    await driver.switchTo().defaultContent();
  }
}

/** Presses keys on whatever has focus. */
export async function press(browser, ...keys) {
  const actions = browser.driver.actions();
  for (const key of keys) actions.keyDown(key).keyUp(key);
  await actions.perform();
}
