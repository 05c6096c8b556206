// `make bench`: sizes of every file of the release site (raw, gzip, brotli), the first-load
// transfer, and the time from navigation start to hydrated in headless Chromium over many
// cold loads, each beside a hello-world Yew app built in the same run. Writes
// bench/results/bench.json and prints a table. Figures are measured, never typed in.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cpus } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

import { serveFolder } from '../tests/support/server.mjs';
import { CHROMIUM, launchChromium } from '../tests/support/browser.mjs';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15));
const SITES = [
  { name: 'explainer', dir: 'dist' },
  { name: 'baseline', dir: 'target/bench/baseline-dist' },
];
const PREFIX = '/bench/site/';
const UPDATES = 500;

async function filesOf(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const bytes = await readFile(path);
    files.push({
      file: relative(dir, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** One cold load: a fresh context (empty cache). Returns the hydration time and the files fetched. */
async function coldLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(PREFIX)) fetched.add(decodeURIComponent(path.slice(PREFIX.length)) || 'index.html');
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('stargate:hydrated').length > 0);
  const hydratedMs = await page.evaluate(() => performance.getEntriesByName('stargate:hydrated')[0].startTime);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { hydratedMs, fetched: [...fetched].sort() };
}

/**
 * The calculator's update budget: from an input event on the pledge slider to the updated
 * summary in the DOM, over many programmatic updates in one page.
 */
async function calculatorUpdates(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?step=do-the-math`);
  await page.waitForSelector('html[data-hydrated="true"]');
  const times = await page.evaluate(async (count) => {
    const slider = document.querySelector('#calc-pledge-slider');
    const summary = document.querySelector('.calculator__summary');
    const results = [];
    for (let i = 0; i < count; i++) {
      slider.value = String(20 + (i % 98) * 10);
      const before = summary.textContent;
      const start = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // Yew renders from the microtask queue: yield to it until the DOM has changed.
      for (let spins = 0; summary.textContent === before && spins < 1000; spins++) await Promise.resolve();
      if (summary.textContent === before) await new Promise((resolve) => requestAnimationFrame(resolve));
      results.push(performance.now() - start);
    }
    return results;
  }, UPDATES);
  await context.close();
  return times;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 100) / 100;
  return { runs: sorted.length, median: round(median), min: round(sorted[0]), p90: round(at(0.9)), p95: round(at(0.95)), max: round(sorted.at(-1)) };
}

function sum(files, key) {
  return files.reduce((total, f) => total + f[key], 0);
}

async function main() {
  const sites = {};
  for (const site of SITES) {
    sites[site.name] = { ...site, files: await filesOf(site.dir), server: await serveFolder(site.dir, { prefix: PREFIX }), loads: [] };
  }
  const browser = await launchChromium();
  // One warm-up load each, so the first measured load does not pay for starting the browser.
  for (const site of Object.values(sites)) await coldLoad(browser, site.server.url);
  // Alternate the two sites so that machine noise falls on both alike.
  for (let run = 0; run < RUNS; run++) {
    for (const site of Object.values(sites)) site.loads.push(await coldLoad(browser, site.server.url));
  }
  const updates = await calculatorUpdates(browser, sites.explainer.server.url);
  await browser.close();

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion() },
    cold_loads: RUNS,
    sites: {},
  };
  for (const [name, site] of Object.entries(sites)) {
    await site.server.close();
    const fetched = new Set(site.loads[0].fetched);
    const firstLoad = site.files.filter((f) => fetched.has(f.file));
    const wasm = site.files.filter((f) => f.file.endsWith('.wasm'));
    report.sites[name] = {
      dir: site.dir,
      files: site.files,
      total: { raw: sum(site.files, 'raw'), gzip: sum(site.files, 'gzip'), brotli: sum(site.files, 'brotli') },
      first_load: {
        files: firstLoad.map((f) => f.file),
        raw: sum(firstLoad, 'raw'),
        gzip: sum(firstLoad, 'gzip'),
        brotli: sum(firstLoad, 'brotli'),
      },
      wasm: { raw: sum(wasm, 'raw'), gzip: sum(wasm, 'gzip'), brotli: sum(wasm, 'brotli') },
      hydrated_ms: stats(site.loads.map((l) => l.hydratedMs)),
    };
  }
  const [ours, base] = [report.sites.explainer, report.sites.baseline];
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  report.ratio_to_baseline = {
    first_load_gzip: ratio(ours.first_load.gzip, base.first_load.gzip),
    wasm_gzip: ratio(ours.wasm.gzip, base.wasm.gzip),
    hydrated_median: ratio(ours.hydrated_ms.median, base.hydrated_ms.median),
  };
  report.calculator_update_ms = { ...stats(updates), budget: { median: 2, p95: 5 } };

  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/bench.json', JSON.stringify(report, null, 2) + '\n');
  printTable(report);
  console.log('\nwrote bench/results/bench.json');
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function printTable(report) {
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  for (const [name, site] of Object.entries(report.sites)) {
    console.log(`\n${name} (${site.dir})`);
    console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
    for (const f of site.files) console.log(`${f.file.padEnd(48)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
    const fl = site.first_load;
    console.log(`${'first load (' + fl.files.length + ' files)'.padEnd(48)} ${kb(fl.raw)} ${kb(fl.gzip)} ${kb(fl.brotli)}`);
  }
  console.log('\nsummary');
  console.log(`${'measure'.padEnd(34)} ${'explainer'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(7)}`);
  const { explainer: a, baseline: b } = report.sites;
  const r = report.ratio_to_baseline;
  const row = (label, x, y, ratio) => console.log(`${label.padEnd(34)} ${String(x).padStart(12)} ${String(y).padStart(12)} ${String(ratio ?? '').padStart(7)}`);
  row('first-load transfer, gzip (KB)', (a.first_load.gzip / 1024).toFixed(1), (b.first_load.gzip / 1024).toFixed(1), r.first_load_gzip);
  row('.wasm, gzip (KB)', (a.wasm.gzip / 1024).toFixed(1), (b.wasm.gzip / 1024).toFixed(1), r.wasm_gzip);
  row(`hydrated, median ms (${report.cold_loads} cold)`, a.hydrated_ms.median, b.hydrated_ms.median, r.hydrated_median);
  row('hydrated, min-max ms', `${a.hydrated_ms.min}-${a.hydrated_ms.max}`, `${b.hydrated_ms.min}-${b.hydrated_ms.max}`);
  row('hydrated, p90 ms', a.hydrated_ms.p90, b.hydrated_ms.p90);
  const u = report.calculator_update_ms;
  console.log(`\ncalculator: input event to updated DOM over ${u.runs} updates: median ${u.median} ms, p95 ${u.p95} ms, max ${u.max} ms (budget: median ≤ ${u.budget.median}, p95 ≤ ${u.budget.p95})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
