// Each built page carries the scripts src/build/scripts.rs lists, found by their roles, in the
// page's order, minified, and reading file names that exist: the walkthrough's glue written
// into its start script, the self-contained copies carrying their bytes in place of every
// request. Reads every edition of dist/ (`make dist`): the English in dist/, each translation in
// dist/xx/, each naming files of its own folder.
import assert from 'node:assert/strict';
import { access, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { editionFolders } from '../../scripts/editions.mjs';
import { SERVED_PAGES, readValues, scriptsWithRoles } from '../../scripts/page.mjs';
import { PAGES } from '../../scripts/policy.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const source = (role) => readFile(new URL(`../../src/build/scripts/${role}.js`, import.meta.url), 'utf8');
const ROLES = ['redirect', 'fetch-walkthrough', 'pre-paint', 'start-walkthrough'];

for (const edition of editionFolders(DIST)) {
  const dist = (file) => join(edition, file);
  const exists = (file) => access(dist(file)).then(() => true, () => false);
  const named = (page) => relative(ROOT, dist(page));

  for (const page of SERVED_PAGES) {
    test(`${named(page)}: its scripts, by role and in order, minified, naming files that exist`, async () => {
      const html = await readFile(dist(page), 'utf8');
      const scripts = scriptsWithRoles(html);
      assert.deepEqual(scripts.map((s) => s.role), ROLES);
      for (const script of scripts) {
        const firstComment = (await source(script.role)).split('\n')[0];
        assert.ok(!script.text.includes(firstComment), `${script.role} goes out without its comments`);
        assert.ok(!script.text.includes('\n  '), `${script.role} goes out minified, without its indentation`);
      }
      // A script's names are its own, so the minifier shortens them.
      assert.doesNotMatch(scripts.find((s) => s.role === 'fetch-walkthrough').text, /\bbytes\b/);
      const start = scripts.find((s) => s.role === 'start-walkthrough').text;
      assert.doesNotMatch(start, /\bimport\s*[{*]|\bfrom\s*["']/, 'the start script imports nothing: its glue is written in');
      assert.match(start, /WebAssembly\.Module/);
      const values = readValues(html);
      assert.equal(values.walkthrough.glue, undefined, 'the glue, written in, is named no more');
      assert.equal(values.walkthrough.link, undefined, 'nor the link module that loads the chunks, written in with it');
      assert.ok(values.walkthrough.chunks.length > 0, 'the calculator is a chunk');
      for (const file of [values.walkthrough.wasm, ...values.walkthrough.chunks, values.selfContained]) {
        assert.ok(await exists(file), `${named(page)} names ${file}, which its edition's folder has`);
      }
      // The start script fetches each chunk by its name, beside the page.
      for (const chunk of values.walkthrough.chunks) assert.ok(start.includes(`"./${chunk}"`), `the start script loads ${chunk}`);
      const left = (await readdir(dist(''))).filter((file) => /^web-[0-9a-f]{16}(-split)?\.js$/.test(file));
      assert.deepEqual(left, [], 'no glue or link module file is left: they are written into the page');
    });
  }

  for (const [page, kind] of PAGES.filter(([, kind]) => kind === 'selfContained')) {
    test(`${named(page)}: carries its bytes where the page requests them, and never opens itself`, async () => {
      const html = await readFile(dist(page), 'utf8');
      const roles = scriptsWithRoles(html).map((s) => s.role);
      assert.deepEqual(roles, ['fetch-walkthrough', 'pre-paint', 'start-walkthrough'], kind);
      const fetch = scriptsWithRoles(html).find((s) => s.role === 'fetch-walkthrough').text;
      assert.doesNotMatch(fetch, /XMLHttpRequest/);
      assert.match(fetch, /DecompressionStream/);
      // Each chunk is carried, and answered for by its name before the link module fetches it.
      assert.match(fetch, /stargateChunk=/);
      for (const chunk of readValues(html).walkthrough.chunks) assert.ok(fetch.includes(JSON.stringify(chunk)), `${named(page)} carries ${chunk}`);
      assert.doesNotMatch(html, /XMLHttpRequest\(\);[^<]*open\("GET"/);
    });
  }
}
