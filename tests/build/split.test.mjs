// The explainer's WebAssembly is one module split in two, with one runtime (scripts/split-wasm.mjs,
// src/chunks.rs), and cannot silently become two runtimes again, or one module: in each edition
// of dist/ (`make dist`), the page names at least one chunk, the calculator's; the main module
// owns the memory and the table; and every chunk imports both from it, with nothing of the
// browser's of its own (its calls to the browser go through the main module). Where `make dist`
// kept the linked modules with their names (target/linked/<language>/), Yew's scheduler and its
// DOM bundle are defined in the main module only.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { editionFolders } from '../../scripts/editions.mjs';
import { SERVED_PAGES, readValues } from '../../scripts/page.mjs';
import { CALCULATOR_CHUNK, readExports, readImports, readSections, yewRuntimeFunctions } from '../../scripts/wasm.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Section ids: imports, tables, memories, exports. */
const [IMPORT, TABLE, MEMORY, EXPORT] = [2, 4, 5, 7];
/** Import kinds: a table, a memory. */
const [TABLE_KIND, MEMORY_KIND] = [1, 2];

const module = async (folder, file) => readSections(await readFile(join(folder, file)));
const imports = (sections) => readImports(sections.find((s) => s.id === IMPORT)?.body ?? Buffer.from([0]));

for (const folder of editionFolders(DIST)) {
  const named = relative(ROOT, folder) || 'dist';
  const language = basename(folder) === 'dist' ? 'en' : basename(folder);

  test(`${named}: one main module, and the calculator as a chunk sharing its memory and table`, async () => {
    for (const page of SERVED_PAGES) {
      const { walkthrough } = readValues(await readFile(join(folder, page), 'utf8'));
      assert.ok(walkthrough.chunks.some((chunk) => CALCULATOR_CHUNK.test(chunk)), `${page}: the calculator is a chunk: ${walkthrough.chunks}`);

      const main = await module(folder, walkthrough.wasm);
      assert.ok(main.some((s) => s.id === MEMORY) && main.some((s) => s.id === TABLE), `${walkthrough.wasm} defines the memory and the table`);
      const exported = readExports(main.find((s) => s.id === EXPORT).body).map((e) => e.name);
      for (const name of ['memory', '__indirect_function_table']) assert.ok(exported.includes(name), `${walkthrough.wasm} exports ${name} for its chunks`);

      for (const chunk of walkthrough.chunks) {
        const sections = await module(folder, chunk);
        assert.ok(!sections.some((s) => s.id === MEMORY || s.id === TABLE), `${chunk} defines no memory or table of its own`);
        const from = imports(sections);
        assert.deepEqual([...new Set(from.map((i) => i.module))], ['__wasm_split'], `${chunk} imports from the main module alone, nothing of the browser's`);
        assert.ok(from.some((i) => i.name === 'memory' && i.rest[0] === MEMORY_KIND), `${chunk} imports the main module's memory`);
        assert.ok(from.some((i) => i.name === '__indirect_function_table' && i.rest[0] === TABLE_KIND), `${chunk} imports the main module's table`);
      }
    }
  });

  const linked = join(ROOT, 'target/linked', language);
  test(`${named}: Yew's scheduler and DOM bundle live in the main module only`, { skip: !existsSync(join(linked, 'calculator.wasm')) && 'no linked modules kept (make dist keeps them)' }, async () => {
    const defined = async (file) => yewRuntimeFunctions(await readFile(join(linked, file)));
    assert.ok((await defined('web.wasm')).length > 10, 'the main module runs Yew');
    assert.deepEqual(await defined('calculator.wasm'), [], 'the calculator calls the main module\'s Yew');
  });
}
