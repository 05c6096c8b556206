// Builds the explainer's WebAssembly as one module split in two: a main module, which the page
// starts, and a chunk per split point (`#[wasm_split(name)]` in src/: the calculator's), which
// the main module fetches when it first calls into it. The chunks import the main module's
// memory, table and stack pointer, so they share its one Yew runtime and allocator.
//
// trunk has no step between cargo and wasm-bindgen, so this runs as trunk's pre-build hook
// (Trunk.toml), and index.html's rust link only keeps trunk from building the crate itself:
//   1. cargo builds the `web` binary with the `split` feature, linked with its relocations
//      (`--emit-relocs`, which the splitter reads), in a target folder of its own so that the
//      other wasm builds keep theirs;
//   2. wasm-split-cli (wasm_split_cli_support, pinned in scripts/setup) splits it: main.wasm,
//      split_<name>.wasm and chunk_<n>.wasm (code several split points share), and
//      __wasm_split.js, which fetches and instantiates a chunk against the main module's exports;
//   3. wasm-bindgen writes the main module's glue, keeping the linker's exports the chunks need;
//   4. in a release build, wasm-opt optimises every module;
//   5. each file is named by a hash of its contents, as trunk names what it builds, and the
//      names are written where they are read: the chunks' in the link module, the link
//      module's in the glue, and all of them in `modules.json` for the prerenderer, which puts
//      them in each page's values and removes the file.
// The linked module, before the split, is kept in target/split/ with its function names for
// `make bench` (twiggy).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const STAGING = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!STAGING) throw new Error('split-wasm: name the folder to write into (trunk passes TRUNK_STAGING_DIR)');
const RELEASE = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const PROFILE = RELEASE ? 'release' : 'debug';
const TARGET_DIR = resolve('target/split');
const LINKED = join(TARGET_DIR, 'wasm32-unknown-unknown', PROFILE, 'web.wasm');
const WORK = join(TARGET_DIR, 'out', PROFILE);
/** The WebAssembly features the browsers the project supports all have (as index.html's trunk links did). */
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];
// wasm-opt may take the lowest 1 KiB of memory as unused and fold more address arithmetic into
// loads and stores (0.5 KB gzip): Rust's linker puts the 1 MiB stack first, growing down toward
// address 0, so a program reaches those bytes only by overflowing its stack.
// WASM_NAMES=1 keeps the functions' names in every module (wasm-opt's -g), for a profiler.
const OPTIMISE = ['-Oz', '--low-memory-unused', ...FEATURES, ...(process.env.WASM_NAMES === '1' ? ['-g'] : [])];

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

// 1. The crate, linked with its relocations.
run('cargo', ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'web', '--features', 'split', ...(RELEASE ? ['--release'] : [])], {
  CARGO_TARGET_DIR: TARGET_DIR,
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: '-Clink-args=--emit-relocs',
});

// 2. Split; 3. the main module's glue.
await rm(WORK, { recursive: true, force: true });
const [split, pkg] = [join(WORK, 'split'), join(WORK, 'pkg')];
await mkdir(pkg, { recursive: true });
run('wasm-split-cli', ['--out-name', 'web', LINKED, split]);
const splitFiles = await readdir(split);
// The main module, named by `--out-name`; every other module is a chunk.
const mainWasm = 'web.wasm';
if (!splitFiles.includes(mainWasm)) throw new Error(`split-wasm: wasm-split-cli wrote no ${mainWasm} (has it changed?)`);
run('wasm-bindgen', [join(split, mainWasm), '--out-dir', pkg, '--out-name', 'web', '--target', 'web', '--keep-lld-exports', '--no-typescript']);
const chunks = splitFiles.filter((file) => file.endsWith('.wasm') && file !== mainWasm);
if (chunks.length === 0) throw new Error(`split-wasm: ${LINKED} split into no chunk: is a #[wasm_split] function called?`);
for (const chunk of chunks) await copyFile(join(split, chunk), join(pkg, chunk));

// 4. Optimised, in a release build.
const wasmFiles = ['web_bg.wasm', ...chunks];
if (RELEASE) {
  for (const file of wasmFiles) run('wasm-opt', [...OPTIMISE, join(pkg, file), '-o', join(pkg, file)]);
}

// 5. Named by their contents, and each name written where it is read.
const hash = (...parts) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('hex').slice(0, 16);
};
const named = {};
for (const chunk of chunks) {
  const bytes = await readFile(join(pkg, chunk));
  const stem = chunk.replace(/^split_/, '').replace(/_/g, '-').replace(/\.wasm$/, '');
  named[chunk] = `${stem}-${hash(bytes)}.wasm`;
  await writeFile(join(STAGING, named[chunk]), bytes);
}
const mainBytes = await readFile(join(pkg, 'web_bg.wasm'));
const glueText = await readFile(join(pkg, 'web.js'), 'utf8');
const linkText = await readFile(join(split, '__wasm_split.js'), 'utf8');
const stem = `web-${hash(mainBytes, glueText, linkText, ...chunks.map((chunk) => named[chunk]))}`;
const files = { glue: `${stem}.js`, wasm: `${stem}_bg.wasm`, link: `${stem}-split.js` };
// The link module imports the glue (`./web.js`) and fetches each chunk by its file name; a page
// that carries its chunks (the one-file copies, scripts/single-file.mjs) answers for them first,
// through `self.stargateChunk(file)`.
let link = linkText.replaceAll('"./web.js"', `"./${files.glue}"`);
for (const chunk of chunks) {
  const file = named[chunk];
  link = link.replaceAll(
    `fetch(new URL("./${chunk}", import.meta.url))`,
    `(self.stargateChunk?.("${file}") ?? fetch(new URL("./${file}", import.meta.url)))`,
  );
}
// A chunk that cannot be fetched is the app's to say, in the page (src/chunks.rs): the link
// module hands the failure back to it without logging it too.
const logged = '            console.error(e);\n';
if (!link.includes(logged)) throw new Error('split-wasm: __wasm_split.js no longer logs a failed load as it did (has wasm-split-cli changed?)');
link = link.replace(logged, '');
// A chunk compiles as its bytes arrive, from the moment it is asked for: the link module
// instantiates it streaming only once the chunks it depends on are in (the calculator waits for
// the chunk it shares with the embed panel), so its compiling waited for theirs.
const instantiated = '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n';
const compiledFirst = '    const compiled = WebAssembly.compileStreaming(src);\n    compiled.catch(() => {});\n    return async (imports) => WebAssembly.instantiate(await compiled, imports);\n';
if (link.split(instantiated).length - 1 !== chunks.length) {
  throw new Error('split-wasm: __wasm_split.js no longer instantiates each chunk as it did (has wasm-split-cli changed?)');
}
link = link.replaceAll(instantiated, compiledFirst);
if (link.includes('"./web.js"') || chunks.some((chunk) => link.includes(`"./${chunk}"`) || !link.includes(`stargateChunk?.("${named[chunk]}")`))) {
  throw new Error('split-wasm: a name in __wasm_split.js was not rewritten (has wasm-split-cli changed?)');
}
// The glue imports the link module, once per split point (the main module's import object keeps
// its module's name).
const importLink = /(\bfrom\s*)"\.\/__wasm_split\.js"/g;
if ([...glueText.matchAll(importLink)].length === 0) throw new Error('split-wasm: the glue does not import __wasm_split.js');
const glue = glueText.replace(importLink, `$1"./${files.link}"`);
await writeFile(join(STAGING, files.glue), glue);
await writeFile(join(STAGING, files.link), link);
await writeFile(join(STAGING, files.wasm), mainBytes);
const modules = { ...files, chunks: chunks.map((chunk) => named[chunk]) };
await writeFile(join(STAGING, 'modules.json'), `${JSON.stringify(modules, null, 2)}\n`);
console.log(`split-wasm: ${files.wasm} and ${modules.chunks.join(', ')} (${PROFILE})`);
