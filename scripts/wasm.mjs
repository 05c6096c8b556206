// The WebAssembly binary format, as far as the build reads and writes it: sections, and in the
// import and export sections the names, with everything else copied as it is. Used by
// scripts/minify-js.mjs (which renames what the glue and its module share) and by the tests that
// hold the split to one runtime (tests/build/split.test.mjs).

export function reader(bytes) {
  let at = 0;
  const r = {
    get at() {
      return at;
    },
    done: () => at >= bytes.length,
    byte: () => bytes[at++],
    u32() {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80)) return value;
      }
    },
    bytes(length) {
      const out = bytes.subarray(at, at + length);
      at += length;
      return out;
    },
    name: () => Buffer.from(r.bytes(r.u32())).toString('utf8'),
    limits() {
      const flags = r.u32();
      r.u32();
      if (flags & 1) r.u32();
    },
  };
  return r;
}

export const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
export const nameBytes = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
};

export function readSections(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const r = reader(wasm.subarray(8));
  const sections = [];
  while (!r.done()) {
    const id = r.byte();
    sections.push({ id, body: r.bytes(r.u32()) });
  }
  return sections;
}

export function writeSections(header, sections) {
  return Buffer.concat([header, ...sections.flatMap((s) => [Buffer.from([s.id]), u32(s.body.length), s.body])]);
}

export function readImports(body) {
  const r = reader(body);
  return Array.from({ length: r.u32() }, () => {
    const module = r.name();
    const name = r.name();
    const start = r.at;
    const kind = r.byte();
    if (kind === 0) r.u32(); // a function: its type
    else if (kind === 1) (r.byte(), r.limits()); // a table: element type, limits
    else if (kind === 2) r.limits(); // a memory
    else if (kind === 3) (r.byte(), r.byte()); // a global: type, mutability
    else if (kind === 4) (r.byte(), r.u32()); // a tag
    else throw new Error(`an import of unknown kind ${kind}`);
    return { module, name, rest: Buffer.from(body.subarray(start, r.at)) };
  });
}

export function writeImports(imports) {
  return Buffer.concat([u32(imports.length), ...imports.flatMap((i) => [nameBytes(i.module), nameBytes(i.name), i.rest])]);
}

export function readExports(body) {
  const r = reader(body);
  return Array.from({ length: r.u32() }, () => {
    const name = r.name();
    const kind = r.byte();
    return { name, kind, index: r.u32() };
  });
}

export function writeExports(exports) {
  return Buffer.concat([u32(exports.length), ...exports.flatMap((e) => [nameBytes(e.name), Buffer.from([e.kind]), u32(e.index)])]);
}


/**
 * The names of the functions a module defines (not those it imports), from its name section:
 * present in a module as the linker writes it, before wasm-bindgen and wasm-opt.
 */
export function definedFunctionNames(wasm) {
  const sections = readSections(wasm);
  const imports = sections.find((s) => s.id === 2);
  const importedFunctions = imports ? readImports(imports.body).filter((i) => i.rest[0] === 0).length : 0;
  const names = [];
  for (const section of sections.filter((s) => s.id === 0)) {
    const r = reader(section.body);
    if (r.name() !== 'name') continue;
    while (!r.done()) {
      const kind = r.byte();
      const body = reader(r.bytes(r.u32()));
      if (kind !== 1) continue;
      for (let count = body.u32(); count > 0; count--) {
        const index = body.u32();
        const name = body.name();
        if (index >= importedFunctions) names.push(name);
      }
    }
  }
  return names;
}

/**
 * The functions of Yew's runtime, its scheduler and its DOM bundle, that a module defines (from
 * its names, as `definedFunctionNames` reads them): with one runtime, all in the main module and
 * none in a chunk. The shims the splitter writes for a chunk's indirect calls are not Yew's.
 */
export function yewRuntimeFunctions(wasm) {
  const runtime = /yew(::|\d+)(scheduler|dom_bundle)/;
  return definedFunctionNames(wasm).filter((name) => runtime.test(name) && !name.includes('indirect_call_shim'));
}

/** The calculator's chunk, as scripts/split-wasm.mjs names it (a file name, no folder). */
export const CALCULATOR_CHUNK = /^calculator-[0-9a-f]{16}\.wasm$/;
